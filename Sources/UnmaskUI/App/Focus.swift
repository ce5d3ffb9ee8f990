/// The panel that has the focus: its border is highlighted and its explanation shown.
public enum Focus: Int, CaseIterable, Sendable {
    case heatmap
    case schedules
    case sampler

    /// The next (+1) or previous (−1) panel.
    func moved(by offset: Int) -> Focus {
        let all = Self.allCases
        return all[((rawValue + offset) % all.count + all.count) % all.count]
    }
}
