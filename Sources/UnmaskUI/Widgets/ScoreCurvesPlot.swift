import Foundation
import UnmaskCore

/// Benchmark score against sampling steps N, one braille curve per schedule, with a title, a
/// legend at the right and labelled axes:
///
///     gsm8k: score against steps …
///     49.2┤       ⢀⡠⠔⠊A      A linear
///         │   ⡠⠔⠊⠁          B sine
///      0.2┤⠔⠊
///         └┬───┬───┬───┬
///          8  16  32  64
///
/// x is log₂ N, so 8, 16, …, 256 are evenly spaced: the dot column of N is
/// round((log₂ N − log₂ N_min) / (log₂ N_max − log₂ N_min) · (dots − 1)). y is the score from the
/// lowest to the highest of all curves (a range of 2 around it when they are all equal): dot row
/// round((hi − score) / (hi − lo) · (dots − 1)), 0 at the top. Linear (Beta(0.5, 0.5)) comes first
/// in the legend and takes the palette's first colour and marker, and is drawn last, on top.
/// With `markers` each point is also drawn as its series' letter, which keeps the curves apart
/// without colour.
public struct ScoreCurvesPlot: Widget {
    public let title: String
    /// The curves in legend order: linear first, then as given.
    public let curves: [ScoreCurve]
    public let markers: Bool
    public let axisStyle: Style
    public let labelStyle: Style

    public init(title: String, curves: [ScoreCurve], markers: Bool, axisStyle: Style = Style(), labelStyle: Style = Style()) {
        self.title = title
        self.curves = curves.filter(\.isLinear) + curves.filter { !$0.isLinear }
        self.markers = markers
        self.axisStyle = axisStyle
        self.labelStyle = labelStyle
    }

    /// The colour of the k-th curve in legend order.
    public func color(_ index: Int) -> TerminalColor { SeriesPalette.color(index) }

    /// The steps values of all curves, ascending.
    public var steps: [Int] { Array(Set(curves.flatMap { $0.points.map(\.steps) })).sorted() }

    /// The score range the y axis shows.
    public var scoreRange: (lo: Double, hi: Double) {
        let scores = curves.flatMap { $0.points.map(\.score) }
        guard let lo = scores.min(), let hi = scores.max() else { return (0, 1) }
        return lo == hi ? (lo - 1, hi + 1) : (lo, hi)
    }

    /// The smallest size that shows a plot: 40 × 10.
    public static let minimumWidth = 40, minimumHeight = 10

    /// Where the parts go in a rectangle.
    public struct Layout: Equatable {
        /// The braille area and the columns of the y axis and its labels.
        public var canvas: Rect
        public var axisColumn: Int
        /// The legend's first column and rows.
        public var legend: Rect
    }

    public func layout(in rect: Rect) -> Layout {
        let (lo, hi) = scoreRange
        let labelWidth = [Self.label(hi), Self.label(lo), Self.middleLabel((lo + hi) / 2)].map(\.count).max() ?? 1
        let wanted = (curves.map { $0.schedule.terminalColumns }.max() ?? 0) + 2
        let legendWidth = Swift.min(wanted, rect.width / 3)
        let axisColumn = rect.x + labelWidth
        let canvasX = axisColumn + 1
        let canvasWidth = Swift.max(1, rect.maxX - legendWidth - 2 - canvasX)
        return Layout(canvas: Rect(x: canvasX, y: rect.y + 1, width: canvasWidth, height: Swift.max(1, rect.height - 3)),
                      axisColumn: axisColumn,
                      legend: Rect(x: rect.maxX - legendWidth, y: rect.y + 1, width: legendWidth, height: rect.height - 1))
    }

    /// The dot column of N on a canvas `dots` wide.
    public func dotColumn(steps value: Int, dots: Int) -> Int {
        let all = steps
        guard let first = all.first, let last = all.last, last > first else { return (dots - 1) / 2 }
        let position = (log2(Double(value)) - log2(Double(first))) / (log2(Double(last)) - log2(Double(first)))
        return Int((position * Double(dots - 1)).rounded())
    }

    /// The dot row of a score on a canvas `dots` high, 0 at the top.
    public func dotRow(score: Double, dots: Int) -> Int {
        let (lo, hi) = scoreRange
        return Int(((hi - score) / (hi - lo) * Double(dots - 1)).rounded())
    }

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        guard rect.width >= Self.minimumWidth, rect.height >= Self.minimumHeight else { return }
        buffer.write(title, x: rect.x, y: rect.y, style: labelStyle.adding(.bold), limit: rect.maxX)
        let parts = layout(in: rect)
        let canvasRect = parts.canvas
        let axisRow = canvasRect.maxY
        let (lo, hi) = scoreRange
        for row in 0..<canvasRect.height {
            buffer.put("│", x: parts.axisColumn, y: canvasRect.y + row, style: axisStyle)
        }
        var canvas = BrailleCanvas(width: canvasRect.width, height: canvasRect.height)
        let dots = (columns: canvas.dotColumns, rows: canvas.dotRows)
        // The middle label names the score at the centre of its row of cells.
        let middleRow = (canvasRect.height - 1) / 2
        let middleScore = hi - (Double(middleRow * 4) + 1.5) / Double(dots.rows - 1) * (hi - lo)
        for (row, text) in [(0, Self.label(hi)), (middleRow, Self.middleLabel(middleScore)), (canvasRect.height - 1, Self.label(lo))] {
            buffer.write(text, x: parts.axisColumn - text.count, y: canvasRect.y + row, style: labelStyle)
            buffer.put("┤", x: parts.axisColumn, y: canvasRect.y + row, style: axisStyle)
        }
        buffer.put("└", x: parts.axisColumn, y: axisRow, style: axisStyle)
        for column in 0..<canvasRect.width { buffer.put("─", x: canvasRect.x + column, y: axisRow, style: axisStyle) }
        var labelEnd = canvasRect.x - 1
        for value in steps {
            let column = canvasRect.x + dotColumn(steps: value, dots: dots.columns) / 2
            buffer.put("┬", x: column, y: axisRow, style: axisStyle)
            let text = String(value)
            let start = Swift.min(Swift.max(column - (text.count - 1) / 2, canvasRect.x), canvasRect.maxX - text.count)
            guard start > labelEnd else { continue }
            labelEnd = buffer.write(text, x: start, y: axisRow + 1, style: labelStyle)
        }
        for (index, curve) in curves.enumerated().reversed() {
            var previous: (x: Int, y: Int)?
            for point in curve.points {
                let dot = (x: dotColumn(steps: point.steps, dots: dots.columns), y: dotRow(score: point.score, dots: dots.rows))
                if let previous { canvas.line(from: previous, to: dot, color: color(index)) } else { canvas.set(x: dot.x, y: dot.y, color: color(index)) }
                previous = dot
            }
        }
        canvas.draw(in: canvasRect, into: &buffer)
        if markers {
            for (index, curve) in curves.enumerated().reversed() {
                for point in curve.points {
                    buffer.put(SeriesPalette.marker(index), x: canvasRect.x + dotColumn(steps: point.steps, dots: dots.columns) / 2,
                               y: canvasRect.y + dotRow(score: point.score, dots: dots.rows) / 4, style: Style(foreground: color(index)))
                }
            }
        }
        let shown = curves.count <= parts.legend.height ? curves.count : parts.legend.height - 1
        for (index, curve) in curves.prefix(shown).enumerated() {
            let key = markers ? SeriesPalette.marker(index) : "━"
            buffer.write("\(key) \(curve.schedule)", x: parts.legend.x, y: parts.legend.y + index,
                         style: Style(foreground: color(index)), limit: parts.legend.maxX)
        }
        if shown < curves.count {
            buffer.write("+\(curves.count - shown) more", x: parts.legend.x, y: parts.legend.y + shown, style: labelStyle, limit: parts.legend.maxX)
        }
    }

    /// The top and bottom y labels: the highest and lowest score exactly (shortest text that
    /// reads back), or with one decimal when that is longer than 7 characters.
    static func label(_ value: Double) -> String {
        let exact = value.compactDescription
        return exact.count <= 7 ? exact : String(format: "%.1f", value)
    }

    /// The middle y label, a score between the table's: one decimal.
    static func middleLabel(_ value: Double) -> String { String(format: "%.1f", value) }
}
