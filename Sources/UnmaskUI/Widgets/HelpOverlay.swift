/// The `?` overlay: every binding of the key table, by group, in two columns.
///
/// The groups are paired so that the columns come out about equally long (Heatmap with General,
/// Schedules and tokens with Sampler). A description wider than its column wraps at word boundaries
/// onto indented continuation lines, and one blank column always separates the two columns. Where the
/// terminal has too few rows for a column, its last row says so.
public struct HelpOverlay {
    public let keys: KeyTable
    public let theme: Theme

    /// The groups of each column, in order.
    static let columnGroups: [[KeyTable.Group]] = [[.heatmap, .general], [.schedules, .sampler]]
    /// Width of the keys (the longest label, `g Home`, is 6) and the gap after them.
    static let keyWidth = 7

    public init(keys: KeyTable, theme: Theme) {
        self.keys = keys
        self.theme = theme
    }

    struct Line: Equatable {
        var keys: String
        var help: String
        var isTitle: Bool
    }

    /// The lines of one column: a group title, then `keys  help` rows with each description wrapped to
    /// `helpWidth`, then a blank line before the next group.
    func lines(for groups: [KeyTable.Group], helpWidth: Int) -> [Line] {
        var lines: [Line] = []
        for group in groups {
            if !lines.isEmpty { lines.append(Line(keys: "", help: "", isTitle: false)) }
            lines.append(Line(keys: group.rawValue, help: "", isTitle: true))
            for binding in keys.bindings(in: group) {
                let wrapped = TextBlock.wrap(binding.help, width: helpWidth)
                for (index, part) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                    lines.append(Line(keys: index == 0 ? binding.keyLabel : "", help: part, isTitle: false))
                }
            }
        }
        return lines
    }

    public func draw(in screen: Rect, into buffer: inout CellBuffer) {
        let columnWidth = Swift.min(56, (screen.width - 5) / 2)
        // keys, one space, the description, and one blank column before the next column
        let helpWidth = columnWidth - Self.keyWidth - 2
        let columns = Self.columnGroups.map { lines(for: $0, helpWidth: helpWidth) }
        let height = (columns.map(\.count).max() ?? 0) + 3
        let box = screen.centered(width: 2 * columnWidth + 4, height: height)
        buffer.fill(box, style: theme[.helpText])
        let inner = Panel(title: "keys — Esc or ? closes", focused: false)
        var border = theme
        border.set(.border, .style(theme[.helpBorder]))
        border.set(.title, .style(theme[.helpKey]))
        let area = inner.draw(in: box, into: &buffer, theme: border)
        let rows = area.height - 1
        for (index, column) in columns.enumerated() {
            let x = area.x + 1 + index * (columnWidth + 1)
            let right = Swift.min(area.maxX, x + columnWidth - 1)
            for (row, line) in column.prefix(rows).enumerated() {
                let y = area.y + 1 + row
                if row == rows - 1, column.count > rows {
                    buffer.write("… enlarge the terminal for the rest", x: x, y: y, style: theme[.helpText], limit: right)
                } else if line.isTitle {
                    buffer.write(line.keys, x: x, y: y, style: theme[.helpKey].adding(.underline), limit: right)
                } else {
                    buffer.write(line.keys, x: x, y: y, style: theme[.helpKey], limit: x + Self.keyWidth)
                    buffer.write(line.help, x: x + Self.keyWidth + 1, y: y, style: theme[.helpText], limit: right)
                }
            }
        }
    }
}
