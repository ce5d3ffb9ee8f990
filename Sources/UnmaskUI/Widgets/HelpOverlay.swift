/// The `?` overlay: every binding of the key table, by group, in two columns.
public struct HelpOverlay {
    public let keys: KeyTable
    public let theme: Theme

    public init(keys: KeyTable, theme: Theme) {
        self.keys = keys
        self.theme = theme
    }

    /// The lines of one column: a group title, then `keys  help` rows, then a blank line.
    private func lines(for groups: [KeyTable.Group]) -> [(keys: String, help: String, isTitle: Bool)] {
        var lines: [(String, String, Bool)] = []
        for group in groups {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((group.rawValue, "", true))
            for binding in keys.bindings(in: group) { lines.append((binding.keyLabel, binding.help, false)) }
        }
        return lines
    }

    public func draw(in screen: Rect, into buffer: inout CellBuffer) {
        let columns = [lines(for: [.heatmap, .schedules]), lines(for: [.sampler, .general])]
        let keyWidth = 9
        let columnWidth = Swift.min(56, (screen.width - 5) / 2)
        let height = (columns.map(\.count).max() ?? 0) + 4
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
            for (row, line) in column.prefix(rows).enumerated() {
                let y = area.y + 1 + row
                if row == rows - 1, column.count > rows {
                    buffer.write("… enlarge the terminal for the rest", x: x, y: y, style: theme[.helpText], limit: area.maxX)
                } else if line.isTitle {
                    buffer.write(line.keys, x: x, y: y, style: theme[.helpKey].adding(.underline), limit: area.maxX)
                } else {
                    buffer.write(line.keys, x: x, y: y, style: theme[.helpKey], limit: x + keyWidth)
                    buffer.write(line.help, x: x + keyWidth + 1, y: y, style: theme[.helpText], limit: Swift.min(area.maxX, x + columnWidth))
                }
            }
        }
    }
}
