/// The `?` overlay, in two pages that Tab (or ←/→) turns: every binding of the key table by group,
/// and what every glyph means and what the mouse does (`GlyphLegend`), each in two columns.
///
/// The sections are paired so that the columns come out about equally long (Heatmap with General,
/// Schedules and tokens with Sampler; the heatmap's glyphs with the mouse). A description wider than
/// its column wraps at word boundaries onto indented continuation lines, and at least two blank
/// columns separate the two columns. Where the terminal has too few rows for the longer column, both
/// scroll together (`scroll` lines down, from the vertical cursor keys) and the overlay's first and
/// last rows say which way there is more.
public struct HelpOverlay: Widget, Sendable {
    /// The overlay's pages, in the order Tab turns them.
    public enum Page: Int, CaseIterable, Sendable {
        case keys, glyphs

        /// The panel title: what the page shows, how to reach the other one and how to close.
        public var title: String {
            switch self {
            case .keys: return "keys — Tab: glyphs and mouse — Esc or ? closes"
            case .glyphs: return "glyphs and mouse — Tab: keys — Esc or ? closes"
            }
        }

        /// The other page (there are two, so Tab and Shift-Tab both turn to it).
        public var other: Page { self == .keys ? .glyphs : .keys }
    }

    public let keys: KeyTable
    public let theme: Theme
    public let page: Page
    /// Lines the columns are scrolled down by, limited to what the screen needs when drawn.
    public let scroll: Int

    /// The groups of each column of the keys page, in order.
    static let columnGroups: [[KeyTable.Group]] = [[.heatmap, .general, .lesson], [.schedules, .sampler]]
    /// The sections of each column of the glyphs page, in order.
    static let glyphColumns: [[GlyphLegend.Section]] = [[GlyphLegend.heatmap, GlyphLegend.mouse],
                                                         [GlyphLegend.schedules, GlyphLegend.sampler]]
    /// Width of the keys (the longest label, `g Home`, is 6) and the gap after them.
    static let keyWidth = 7
    static let moreBelow = "… more below: j or ↓"
    static let moreAbove = "… more above: k or ↑"

    public init(keys: KeyTable, theme: Theme, page: Page = .keys, scroll: Int = 0) {
        self.keys = keys
        self.theme = theme
        self.page = page
        self.scroll = scroll
    }

    struct Line {
        var keys: String
        var help: String
        var isTitle: Bool
    }

    /// Where everything goes on a screen of a given size.
    struct Geometry {
        let box: Rect
        let columnWidth: Int
        let columns: [[Line]]
        /// Rows for lines inside the box, below the padding row under the title.
        let rows: Int
        /// Lines of the longer column.
        var longest: Int { columns.map(\.count).max() ?? 0 }
        /// 0 when everything fits; else the last row says there is more, so one row fewer shows lines.
        var maximumScroll: Int { longest > rows ? longest - rows + 1 : 0 }
        var visibleRows: Int { maximumScroll > 0 ? rows - 1 : rows }
    }

    /// One column's sections on this page: titles and their (label, description) entries.
    func sections(ofColumn column: Int) -> [(title: String, entries: [(label: String, help: String)])] {
        switch page {
        case .keys:
            // A group without bindings (Lesson outside a lesson) is left out.
            return Self.columnGroups[column].compactMap { group -> (title: String, entries: [(label: String, help: String)])? in
                let entries = keys.bindings(in: group).filter(\.listed).map { (label: $0.keyLabel, help: $0.help) }
                return entries.isEmpty ? nil : (title: group.rawValue, entries: entries)
            }
        case .glyphs:
            return Self.glyphColumns[column].map { section in (section.title, section.entries.map { ($0.glyphs, $0.meaning) }) }
        }
    }

    /// The lines of one column: a section title, then `label  help` rows with each description
    /// wrapped to `helpWidth`, then a blank line before the next section.
    func lines(ofColumn column: Int, helpWidth: Int) -> [Line] {
        var lines: [Line] = []
        for section in sections(ofColumn: column) {
            if !lines.isEmpty { lines.append(Line(keys: "", help: "", isTitle: false)) }
            lines.append(Line(keys: section.title, help: "", isTitle: true))
            for entry in section.entries {
                let wrapped = TextBlock.wrap(entry.help, width: helpWidth)
                for (index, part) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                    lines.append(Line(keys: index == 0 ? entry.label : "", help: part, isTitle: false))
                }
            }
        }
        return lines
    }

    func geometry(in screen: Rect) -> Geometry {
        // The whole width up to 116 columns, so that no panel border shows beside the overlay's own.
        let boxWidth = Swift.min(116, screen.width)
        let columnWidth = (boxWidth - 4) / 2
        // keys, one space, the description, and a blank column before the next column
        let helpWidth = columnWidth - Self.keyWidth - 2
        let columns = (0..<2).map { lines(ofColumn: $0, helpWidth: helpWidth) }
        let box = screen.centered(width: boxWidth, height: (columns.map(\.count).max() ?? 0) + 3)
        // inside the border: the padding row, then the lines
        return Geometry(box: box, columnWidth: columnWidth, columns: columns, rows: Swift.max(0, box.height - 3))
    }

    /// How far the columns can scroll on a screen of this size (0 when everything fits).
    public func maximumScroll(in screen: Rect) -> Int {
        geometry(in: screen).maximumScroll
    }

    /// Draws the overlay centred on `screen`, scrolled by `scroll`.
    public func draw(in screen: Rect, into buffer: inout CellBuffer) {
        draw(in: screen, scroll: scroll, into: &buffer)
    }

    /// Draws the overlay centred on `screen`, scrolled by the given lines instead of `scroll`.
    public func draw(in screen: Rect, scroll: Int, into buffer: inout CellBuffer) {
        let geometry = geometry(in: screen)
        let scroll = Swift.min(Swift.max(0, scroll), geometry.maximumScroll)
        buffer.fill(geometry.box, style: theme[.helpText])
        let panel = Panel(title: page.title, borderStyle: theme[.helpBorder], titleStyle: theme[.helpKey])
        panel.draw(in: geometry.box, into: &buffer)
        let area = panel.content(in: geometry.box)
        if scroll > 0 {
            buffer.write(Self.moreAbove, x: area.x + 1, y: area.y, style: theme[.helpKey], limit: area.maxX)
        }
        if scroll < geometry.maximumScroll {
            buffer.write(Self.moreBelow, x: area.x + 1, y: area.y + area.height - 1, style: theme[.helpKey], limit: area.maxX)
        }
        for (index, column) in geometry.columns.enumerated() {
            let x = area.x + 1 + index * (geometry.columnWidth + 1)
            let right = Swift.min(area.maxX, x + geometry.columnWidth - 1)
            for (row, line) in column.dropFirst(scroll).prefix(geometry.visibleRows).enumerated() {
                let y = area.y + 1 + row
                if line.isTitle {
                    buffer.write(line.keys, x: x, y: y, style: theme[.helpKey].adding(.underline), limit: right)
                } else {
                    buffer.write(line.keys, x: x, y: y, style: theme[.helpKey], limit: x + Self.keyWidth)
                    buffer.write(line.help, x: x + Self.keyWidth + 1, y: y, style: theme[.helpText], limit: right)
                }
            }
        }
    }
}
