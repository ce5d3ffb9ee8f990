import UnmaskCore

/// A recorded run's step map, positions across and steps down (the first step at the top): each
/// character cell is two grid rows, drawn as half blocks. From 256 colours, with a ramp that has
/// colours, a cell's halves take the heatmap ramp's colour of their count (relative to the
/// largest); otherwise `▀` `▄` `█` mark which halves revealed anything. Empty halves are the
/// background. The row of the shown step is marked `▶` in the column left of the map.
public struct StepMapWidget: Widget {
    public let grid: StepMapGrid
    /// The grid row of the shown step, nil at step 0.
    public let shownRow: Int?
    public let theme: Theme
    public let colorDepth: ColorDepth

    public init(grid: StepMapGrid, shownRow: Int?, theme: Theme, colorDepth: ColorDepth) {
        self.grid = grid
        self.shownRow = shownRow
        self.theme = theme
        self.colorDepth = colorDepth
    }

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        guard rect.width >= 1, rect.height >= 1 else { return }
        let stops = ColorRamp(stops: theme.colors(.heatmapStops), levels: colorDepth == .trueColor ? 64 : 32)
        let colored = colorDepth >= .palette256 && stops.hasColors
        let ramp = stops.fitted(to: colorDepth, background: theme.assumedBackground, avoiding: nil)
        let largest = Double(Swift.max(1, grid.counts.max() ?? 1))
        let plain = theme[.tokenBar]
        // Each grid column and row spans a whole number of screen columns and half rows.
        let across = Swift.max(1, rect.width / grid.columns), down = Swift.max(1, rect.height * 2 / grid.rows)
        func count(column: Int, pixelRow: Int) -> Int {
            let row = pixelRow / down
            return row < grid.rows ? grid[column, row] : 0
        }
        for y in 0..<Swift.min(rect.height, (grid.rows * down + 1) / 2) {
            for x in 0..<Swift.min(rect.width, grid.columns * across) {
                let upper = count(column: x / across, pixelRow: 2 * y), lower = count(column: x / across, pixelRow: 2 * y + 1)
                guard upper > 0 || lower > 0 else { continue }
                if colored {
                    let color = { (count: Int) in count > 0 ? ramp.color(at: Double(count) / largest) : theme.base.background }
                    let style = Style(foreground: color(upper > 0 ? upper : lower), background: upper > 0 ? color(lower) : theme.base.background)
                    buffer.put(upper > 0 ? "▀" : "▄", x: rect.x + x, y: rect.y + y, style: style)
                } else {
                    buffer.put(upper > 0 && lower > 0 ? "█" : upper > 0 ? "▀" : "▄", x: rect.x + x, y: rect.y + y, style: plain)
                }
            }
        }
        if let shownRow, shownRow * down / 2 < rect.height {
            buffer.put("▶", x: rect.x - 1, y: rect.y + shownRow * down / 2, style: theme[.heatmapCursor])
        }
    }
}
