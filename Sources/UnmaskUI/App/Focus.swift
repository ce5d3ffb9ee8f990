/// The panel that has the focus: its border is highlighted and its explanation shown.
public enum Focus: Int, CaseIterable, Sendable {
    case heatmap
    case schedules
    case sampler

    /// The next (+1) or previous (−1) panel among those on screen.
    func moved(by offset: Int, among panels: [Focus]) -> Focus {
        guard let index = panels.firstIndex(of: self) else { return panels.first ?? self }
        return panels[((index + offset) % panels.count + panels.count) % panels.count]
    }
}
