/// Tokens revealed per step as vertical bars, one group of columns per step, heights in eighths
/// of a cell relative to the largest step (or to a scale shared with bars beside them), the count
/// written under each bar. A step that reveals nothing is marked `×` (docs/theory.md §7: zero-token
/// steps happen and must be seen). When the counts do not fit under the bars they are written as
/// one line instead. With more steps than columns, each bar is the sum of k consecutive steps
/// (k the fewest that fit), `×` where all k revealed nothing, scaled to the largest such sum, and
/// the title says so.
public struct TokenBars: Widget {
    public let title: String
    public let counts: [Int]
    public let theme: Theme
    /// The title's colour, where it names a series of the plots above (the plot label's otherwise).
    public let titleColor: TerminalColor?
    /// The count a full-height bar stands for: the largest step's unless bars beside these share a scale.
    public let largest: Int

    public init(title: String, counts: [Int], theme: Theme, titleColor: TerminalColor? = nil, largest: Int? = nil) {
        self.title = title
        self.counts = counts
        self.theme = theme
        self.titleColor = titleColor
        self.largest = Swift.max(1, largest ?? counts.max() ?? 1)
    }

    static let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        guard rect.width >= 8, rect.height >= 3 else { return }
        let label = theme[.plotLabel], zero = theme[.tokenZero]
        var titleStyle = label.adding(.bold)
        if let titleColor { titleStyle.foreground = titleColor }
        var x = buffer.write(title, x: rect.x, y: rect.y, style: titleStyle, limit: rect.maxX)
        let empty = counts.filter { $0 == 0 }.count
        if empty > 0 {
            x = buffer.write("  \(empty) empty step\(empty == 1 ? "" : "s")", x: x, y: rect.y, style: zero, limit: rect.maxX)
        }
        let perBar = (counts.count + rect.width - 1) / rect.width
        if perBar > 1 { buffer.write("  \(perBar) steps a bar", x: x, y: rect.y, style: label, limit: rect.maxX) }
        let counts = perBar > 1 ? stride(from: 0, to: self.counts.count, by: perBar).map {
            self.counts[$0..<Swift.min(self.counts.count, $0 + perBar)].reduce(0, +)
        } : self.counts
        let largest = perBar > 1 ? Swift.max(1, counts.max() ?? 1) : self.largest
        let group = rect.width / Swift.max(1, counts.count)
        let labelsFit = group >= (counts.map { String($0).count }.max() ?? 1) + (group > 2 ? 1 : 0)
        let barRows = rect.height - 2
        guard barRows >= 1 else {
            writeCountLine(in: rect, row: rect.y + 1, into: &buffer)
            return
        }
        let barWidth = Swift.max(1, group > 2 ? group - 1 : group)
        let baseline = rect.y + 1 + barRows - 1
        for (step, count) in counts.enumerated() {
            let left = rect.x + step * group
            if count == 0 {
                for column in 0..<barWidth { buffer.put("×", x: left + column, y: baseline, style: zero) }
            } else {
                let eighthsTall = Swift.max(1, Int((Double(count) / Double(largest) * Double(barRows * 8)).rounded()))
                for row in 0..<barRows {
                    let filled = eighthsTall - row * 8
                    guard filled > 0 else { break }
                    let glyph = Self.eighths[Swift.min(8, filled) - 1]
                    for column in 0..<barWidth { buffer.put(glyph, x: left + column, y: baseline - row, style: theme[.tokenBar]) }
                }
            }
            if labelsFit {
                let text = String(count)
                buffer.write(text, x: left + Swift.max(0, (barWidth - text.count + 1) / 2), y: rect.maxY - 1,
                             style: count == 0 ? zero : label, limit: left + group)
            }
        }
        if !labelsFit { writeCountLine(in: rect, row: rect.maxY - 1, into: &buffer) }
    }

    private func writeCountLine(in rect: Rect, row: Int, into buffer: inout CellBuffer) {
        var text = counts.map(String.init).joined(separator: " ")
        if text.count > rect.width { text = String(text.prefix(rect.width - 1)) + "…" }
        buffer.write(text, x: rect.x, y: row, style: theme[.plotLabel], limit: rect.maxX)
    }
}
