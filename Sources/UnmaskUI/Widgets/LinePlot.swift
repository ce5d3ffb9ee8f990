/// A braille line plot of curves y(t) on [0, 1] × [0, 1] with a title and labelled axes:
///
///     α_t
///     1┤   ⢀⡠⠔⠊
///      │ ⡠⠊
///     0┼⠊──────
///       0  t  1
public struct LinePlot: Widget {
    public struct Series {
        public let name: String
        public let color: TerminalColor
        /// y at t = k/(count − 1) for k = 0…count − 1.
        public let values: [Double]

        public init(name: String, color: TerminalColor, values: [Double]) {
            self.name = name
            self.color = color
            self.values = values
        }
    }

    public let title: String
    public let series: [Series]
    public let theme: Theme

    public init(title: String, series: [Series], theme: Theme) {
        self.title = title
        self.series = series
        self.theme = theme
    }

    /// Samples a curve at the resolution a plot of this width needs (one per dot column).
    public static func samples(width: Int, _ curve: (Double) -> Double) -> [Double] {
        let count = Swift.max(2, (width - 2) * 2)
        return (0..<count).map { curve(Double($0) / Double(count - 1)) }
    }

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        guard rect.width >= 6, rect.height >= 4 else { return }
        let axis = theme[.plotAxis], label = theme[.plotLabel]
        buffer.write(title, x: rect.x, y: rect.y, style: label.adding(.bold), limit: rect.maxX)
        let plotTop = rect.y + 1
        let plotRows = rect.height - 2
        let canvasX = rect.x + 2
        let canvasWidth = rect.width - 2
        for row in 0..<plotRows {
            buffer.put(row == 0 ? "┤" : row == plotRows - 1 ? "┼" : "│", x: rect.x + 1, y: plotTop + row, style: axis)
        }
        buffer.write("1", x: rect.x, y: plotTop, style: label)
        buffer.write("0", x: rect.x, y: plotTop + plotRows - 1, style: label)
        for column in 0..<canvasWidth {
            buffer.put("─", x: canvasX + column, y: plotTop + plotRows - 1, style: axis)
        }
        var canvas = BrailleCanvas(width: canvasWidth, height: plotRows, style: theme.base)
        for curve in series.reversed() where curve.values.count >= 2 {
            var previous: (x: Int, y: Int)?
            for (k, value) in curve.values.enumerated() {
                let x = Int((Double(k) / Double(curve.values.count - 1) * Double(canvas.dotColumns - 1)).rounded())
                let clamped = Swift.min(1, Swift.max(0, value.isNaN ? 0 : value))
                let y = Int(((1 - clamped) * Double(canvas.dotRows - 1)).rounded())
                if let previous { canvas.line(from: previous, to: (x, y), color: curve.color) } else { canvas.set(x: x, y: y, color: curve.color) }
                previous = (x, y)
            }
        }
        canvas.draw(in: Rect(x: canvasX, y: plotTop, width: canvasWidth, height: plotRows), into: &buffer)
        let labelRow = rect.maxY - 1
        buffer.write("0", x: canvasX, y: labelRow, style: label)
        buffer.write("t", x: canvasX + canvasWidth / 2, y: labelRow, style: label)
        buffer.write("1", x: rect.maxX - 1, y: labelRow, style: label)
    }
}
