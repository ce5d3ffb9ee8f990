/// The heatmap's legend: a vertical ramp from the scale's top (upper value) to its bottom with
/// three value labels, then the marks for +∞, not yet computed and the optimum (on the lowest
/// level's colour, as on the map). For measured scores (`measuredOnly`) the marks are "no data"
/// (not measured), pending and the best, on the highest level's colour. Without `showsValues`
/// (a lesson's question awaiting its answer) the ramp has no value labels.
public struct ColorBar: Widget {
    public let scale: ValueScale?
    public let ramp: ColorRamp
    public let halfBlocks: Bool
    public let theme: Theme
    public let measuredOnly: Bool
    public let showsValues: Bool

    public init(scale: ValueScale?, ramp: ColorRamp, halfBlocks: Bool, theme: Theme, measuredOnly: Bool = false,
                showsValues: Bool = true) {
        self.scale = scale
        self.ramp = ramp
        self.halfBlocks = halfBlocks
        self.theme = theme
        self.measuredOnly = measuredOnly
        self.showsValues = showsValues
    }

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        guard rect.width >= 6, rect.height >= 1 else { return }
        // On the map the ◆ sits on the lowest level's colour (the minimum's), so it does here too:
        // over the terminal's background it could vanish (white on white in the light themes).
        var optimum = theme[.heatmapOptimum]
        if halfBlocks { optimum.background = ramp.color(level: measuredOnly ? ramp.levels - 1 : 0) }
        let legend: [(Character, Style, String)] = measuredOnly ? [
            (HeatmapWidget.notMeasuredGlyph, Style(foreground: theme[.muted].foreground, background: theme.base.background), "no data"),
            (HeatmapWidget.pendingGlyph, theme[.heatmapPending], "pending"),
            ("◆", optimum, "best"),
        ] : [
            (HeatmapWidget.infiniteGlyph, theme[.heatmapInfinite], "+∞"),
            (HeatmapWidget.pendingGlyph, theme[.heatmapPending], "pending"),
            ("◆", optimum, "min"),
        ]
        let legendRows = Swift.min(legend.count, Swift.max(0, rect.height - 3))
        let barRows = rect.height - legendRows
        let barX = rect.x + 1
        let labelX = rect.x + 4
        let labelStyle = theme[.heatmapAxis]
        for row in 0..<barRows {
            let span = Double(Swift.max(1, 2 * barRows - 1))
            let upper = 1 - Double(2 * row) / span
            let lower = 1 - Double(2 * row + 1) / span
            for column in 0..<2 {
                if halfBlocks {
                    buffer.put("▀", x: barX + column, y: rect.y + row,
                               style: Style(foreground: ramp.color(at: upper), background: ramp.color(at: Swift.max(0, lower))))
                } else {
                    let level = ramp.level(at: (upper + Swift.max(0, lower)) / 2)
                    buffer.put(HeatmapWidget.shades[Swift.min(level, HeatmapWidget.shades.count - 1)], x: barX + column,
                               y: rect.y + row, style: Style(foreground: ramp.color(level: level)))
                }
            }
        }
        if let scale, showsValues {
            let labels = [(0, 1.0), (barRows / 2, 0.5), (barRows - 1, 0.0)]
            for (row, position) in labels where row >= 0 && (row != barRows / 2 || barRows >= 5) {
                buffer.write(NumberFormat.label(scale.value(at: position), width: rect.maxX - labelX), x: labelX,
                             y: rect.y + row, style: labelStyle, limit: rect.maxX)
            }
        }
        for (index, entry) in legend.prefix(legendRows).enumerated() {
            let y = rect.y + barRows + index
            buffer.put(entry.0, x: barX, y: y, style: entry.1)
            buffer.put(entry.0, x: barX + 1, y: y, style: entry.1)
            buffer.write(entry.2, x: labelX, y: y, style: labelStyle, limit: rect.maxX)
        }
    }
}
