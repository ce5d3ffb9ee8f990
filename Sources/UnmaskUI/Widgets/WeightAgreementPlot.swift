import UnmaskCore

/// ρ over a plane of weights γ = Beta(a_w, b_w) (`unmask scores weight --format plot`): the
/// heatmap on a fixed scale from ρ = −1 to 1, b_w up and a_w across with their end and middle
/// values, the largest ρ marked ◆, and a legend. Undefined cells draw as the heatmap's pending `·`.
public struct WeightAgreementPlot: Widget {
    public let title: String
    public let grid: ParameterGrid
    /// ρ per weight in the grid's order (a fastest), NaN where undefined.
    public let values: [Double]
    public let theme: Theme
    public let colorDepth: ColorDepth

    public init(title: String, grid: ParameterGrid, values: [Double], theme: Theme, colorDepth: ColorDepth) {
        self.title = title
        self.grid = grid
        self.values = values
        self.theme = theme
        self.colorDepth = colorDepth
    }

    /// Rows the plot needs for the whole plane: the title, the map (two weights per row), the
    /// axis, its labels and two legend lines.
    public static func height(for grid: ParameterGrid) -> Int { (grid.b.count + 1) / 2 + 5 }

    /// Columns of the b_w labels and their axis line.
    static let labelWidth = 7

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        guard rect.width > Self.labelWidth + 4, rect.height >= 6 else { return }
        let label = theme[.heatmapAxis]
        buffer.write(title, x: rect.x, y: rect.y, style: theme[.accent], limit: rect.maxX)
        let mapRows = Swift.min((grid.b.count + 1) / 2, rect.height - 5)
        let mapColumns = Swift.min(grid.a.count, rect.width - Self.labelWidth)
        let mapX = rect.x + Self.labelWidth, mapY = rect.y + 1
        let best = WeightAgreement.best(of: values)
        HeatmapWidget(columns: mapColumns, rows: 2 * mapRows,
                      values: GridSnapshot(generation: 0, grid: grid, values: values, stride: 1),
                      scale: ValueScale(lower: -1, upper: 1, logarithmic: false), optimum: best?.cells.first, cursor: nil,
                      theme: theme, colorDepth: colorDepth)
            .draw(in: Rect(x: mapX, y: mapY, width: mapColumns, height: mapRows), into: &buffer)
        for row in 0..<mapRows {
            // the upper point of each row, the lower one on the bottom row (as the explorer's axis)
            let j = row == mapRows - 1 ? 0 : 2 * (mapRows - 1 - row) + 1
            let labelled = row == 0 || row == mapRows - 1 || row == mapRows / 2
            if labelled {
                let b = grid.b.value(at: Swift.min(j, grid.b.count - 1))
                buffer.write(NumberFormat.readout(b).leftPadded(to: Self.labelWidth - 2), x: rect.x, y: mapY + row, style: label)
            }
            buffer.put(labelled ? "┤" : "│", x: mapX - 1, y: mapY + row, style: label)
        }
        let axisY = mapY + mapRows
        buffer.write("b_w↑", x: rect.x, y: axisY, style: label)
        for column in 0..<mapColumns { buffer.put("─", x: mapX + column, y: axisY, style: label) }
        for column in Set([0, mapColumns / 2, mapColumns - 1]) {
            buffer.put("┬", x: mapX + column, y: axisY, style: label)
            let text = NumberFormat.readout(grid.a.value(at: column))
            let x = column == 0 ? mapX : column == mapColumns - 1 ? mapX + column + 1 - text.count : mapX + column - text.count / 2
            buffer.write(text, x: Swift.max(rect.x, x), y: axisY + 1, style: label, limit: rect.maxX)
        }
        buffer.write("a_w→", x: rect.x, y: axisY + 1, style: label)
        let summary: String
        if let best {
            let point = grid.point(at: best.cells[0])
            summary = "◆ largest ρ = \(NumberFormat.readout(best.rho)) at \(best.cells.count) of \(grid.cellCount) weights,"
                + " e.g. a_w = \(NumberFormat.readout(point.a)), b_w = \(NumberFormat.readout(point.b))"
        } else {
            summary = "ρ is undefined at every weight"
        }
        buffer.write(summary, x: rect.x, y: axisY + 2, style: label, limit: rect.maxX)
        let scale = colorDepth >= .palette256 ? "colour: ρ from −1 (low) to 1 (high)" : "▁ … █: ρ from −1 to 1"
        buffer.write(scale + "; ·: undefined (all energies equal, e.g. +∞)", x: rect.x, y: axisY + 3, style: label, limit: rect.maxX)
    }
}
