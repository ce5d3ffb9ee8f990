import Foundation

/// Error against the number of denoiser calls (NFE), one braille polyline per series with its
/// points marked by the series' glyph, a legend at the right and labelled axes:
///
///     TV against NFE on paper-balanced
///     0.80┤L                     L linear N = 1…5
///         │ ⠑⢄   S               S sin² …
///     0.00┤    ⠉⠒⠤⣀●⣀⣀L          ● cursor
///         └┬───┬───┬───┬
///          1   2   3   4
///
/// x is NFE from 1 to the largest NFE of any point: dot column round((nfe − 1) / (max − 1) ·
/// (dots − 1)). y is the error from 0 to the largest error (1 where all are 0): dot row
/// round((top − error) / top · (dots − 1)), 0 at the top. Points are joined in NFE order; a
/// series of one point is its glyph alone. `highlight` (the cursor's schedule) is drawn last,
/// over every series.
public struct FrontierPlot: Widget {
    public struct Series: Equatable, Sendable {
        public let name: String
        public let glyph: Character
        public let color: TerminalColor?
        /// (NFE, error) pairs.
        public let points: [Point]

        public init(name: String, glyph: Character, color: TerminalColor?, points: [Point]) {
            self.name = name
            self.glyph = glyph
            self.color = color
            self.points = points.sorted { $0.nfe < $1.nfe }
        }
    }

    public struct Point: Equatable, Sendable {
        public let nfe: Double
        public let error: Double

        public init(nfe: Double, error: Double) {
            self.nfe = nfe
            self.error = error
        }
    }

    public let title: String
    public let series: [Series]
    public let highlight: Series?
    public let axisStyle: Style
    public let labelStyle: Style

    public init(title: String, series: [Series], highlight: Series?, axisStyle: Style = Style(), labelStyle: Style = Style()) {
        self.title = title
        self.series = series
        self.highlight = highlight
        self.axisStyle = axisStyle
        self.labelStyle = labelStyle
    }

    private var all: [Series] { series + (highlight.map { [$0] } ?? []) }

    /// The NFE the x axis spans: 1 … the largest.
    public var nfeRange: (lo: Double, hi: Double) {
        (1, Swift.max(2, all.flatMap { $0.points.map(\.nfe) }.filter(\.isFinite).max() ?? 2))
    }

    /// The error the y axis spans: 0 … the largest (1 when all are 0).
    public var errorTop: Double {
        let top = all.flatMap { $0.points.map(\.error) }.filter(\.isFinite).max() ?? 0
        return top > 0 ? top : 1
    }

    public func dotColumn(nfe: Double, dots: Int) -> Int {
        let (lo, hi) = nfeRange
        return Swift.min(dots - 1, Swift.max(0, Int(((nfe - lo) / (hi - lo) * Double(dots - 1)).rounded())))
    }

    public func dotRow(error: Double, dots: Int) -> Int {
        let clamped = Swift.min(Swift.max(error, 0), errorTop)
        return Int(((errorTop - clamped) / errorTop * Double(dots - 1)).rounded())
    }

    /// The smallest size that shows a plot: 40 × 8.
    public static let minimumWidth = 40, minimumHeight = 8

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        guard rect.width >= Self.minimumWidth, rect.height >= Self.minimumHeight else { return }
        buffer.write(title, x: rect.x, y: rect.y, style: labelStyle.adding(.bold), limit: rect.maxX)
        let top = Self.label(errorTop), bottom = "0"
        let axisColumn = rect.x + Swift.max(top.count, bottom.count)
        let legendLines = all.indices.map { index in
            "\(all[index].glyph) \(all[index].name)" + (hiddenUnder(index).map { " (on \($0))" } ?? "")
        }
        let legendWidth = Swift.min(legendLines.map(\.terminalColumns).max() ?? 2, rect.width / 3)
        let canvasRect = Rect(x: axisColumn + 1, y: rect.y + 1, width: Swift.max(1, rect.maxX - legendWidth - 2 - axisColumn - 1),
                              height: Swift.max(1, rect.height - 3))
        let axisRow = canvasRect.maxY
        for row in 0..<canvasRect.height { buffer.put("│", x: axisColumn, y: canvasRect.y + row, style: axisStyle) }
        for (row, text) in [(0, top), (canvasRect.height - 1, bottom)] {
            buffer.write(text, x: axisColumn - text.count, y: canvasRect.y + row, style: labelStyle)
            buffer.put("┤", x: axisColumn, y: canvasRect.y + row, style: axisStyle)
        }
        buffer.put("└", x: axisColumn, y: axisRow, style: axisStyle)
        for column in 0..<canvasRect.width { buffer.put("─", x: canvasRect.x + column, y: axisRow, style: axisStyle) }
        var canvas = BrailleCanvas(width: canvasRect.width, height: canvasRect.height)
        let dots = (columns: canvas.dotColumns, rows: canvas.dotRows)
        let (lo, hi) = nfeRange
        var labelEnd = canvasRect.x - 1
        for value in Self.ticks(lo: lo, hi: hi) {
            let column = canvasRect.x + dotColumn(nfe: value, dots: dots.columns) / 2
            buffer.put("┬", x: column, y: axisRow, style: axisStyle)
            let text = value.compactDescription
            let start = Swift.min(Swift.max(column - (text.count - 1) / 2, canvasRect.x), canvasRect.maxX - text.count)
            guard start > labelEnd else { continue }
            labelEnd = buffer.write(text, x: start, y: axisRow + 1, style: labelStyle)
        }
        let finite = { (point: Point) in point.nfe.isFinite && point.error.isFinite }
        for entry in series {
            var previous: (x: Int, y: Int)?
            for point in entry.points where finite(point) {
                let dot = (x: dotColumn(nfe: point.nfe, dots: dots.columns), y: dotRow(error: point.error, dots: dots.rows))
                if let previous { canvas.line(from: previous, to: dot, color: entry.color ?? .default) }
                previous = dot
            }
        }
        canvas.draw(in: canvasRect, into: &buffer)
        for entry in all {
            for point in entry.points where finite(point) {
                buffer.put(entry.glyph, x: canvasRect.x + dotColumn(nfe: point.nfe, dots: dots.columns) / 2,
                           y: canvasRect.y + dotRow(error: point.error, dots: dots.rows) / 4,
                           style: Style(foreground: entry.color).adding(entry == highlight ? .bold : []))
            }
        }
        let legend = Rect(x: rect.maxX - legendWidth, y: rect.y + 1, width: legendWidth, height: rect.height - 1)
        for (index, entry) in all.prefix(legend.height).enumerated() {
            buffer.write(legendLines[index], x: legend.x, y: legend.y + index, style: Style(foreground: entry.color),
                         limit: legend.maxX)
        }
    }

    /// The glyph of the one later series whose points cover every point of series `index` (each
    /// equal to one of its points to 1e-12, so drawn under its glyph), if there is one: the best
    /// Beta's points and the optimal profile's coincide wherever their KL̄ does, and the legend
    /// then says `B best Beta by KL̄ (on O)` rather than list a glyph the plot does not show.
    private func hiddenUnder(_ index: Int) -> Character? {
        let points = all[index].points.filter { $0.nfe.isFinite && $0.error.isFinite }
        guard !points.isEmpty else { return nil }
        let same = { (p: Point, q: Point) in abs(p.nfe - q.nfe) <= 1e-12 && abs(p.error - q.error) <= 1e-12 }
        let covering = all.indices.dropFirst(index + 1).filter { other in
            points.allSatisfy { point in all[other].points.contains { same(point, $0) } }
        }
        return covering.count == 1 ? all[covering[0]].glyph : nil
    }

    /// The x ticks: every whole NFE when there are at most 12, else about 6 evenly spaced.
    static func ticks(lo: Double, hi: Double) -> [Double] {
        let span = Int(hi.rounded(.down)) - Int(lo.rounded(.up))
        let stride = span <= 11 ? 1 : Int((Double(span) / 5).rounded(.up))
        return Swift.stride(from: Int(lo.rounded(.up)), through: Int(hi.rounded(.down)), by: Swift.max(1, stride)).map(Double.init)
    }

    /// The top y label: the value exactly when short, else three significant digits.
    static func label(_ value: Double) -> String {
        let exact = value.compactDescription
        return exact.count <= 6 ? exact : String(format: "%.3g", value)
    }
}
