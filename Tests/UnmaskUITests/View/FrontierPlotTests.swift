import Testing
@testable import UnmaskUI

@Suite("UI widgets: the error–NFE plot")
struct FrontierPlotTests {
    /// Points at the corners of the ranges land on the canvas corners: (1, top) at the top left,
    /// the largest NFE at error 0 at the bottom right; the highlight is drawn over a series point
    /// it shares, and the legend lists every series, the highlight last.
    @Test func pointsLandWhereTheScalesPutThem() {
        let a = FrontierPlot.Series(name: "linear", glyph: "L", color: nil,
                                    points: [.init(nfe: 5, error: 0), .init(nfe: 1, error: 0.8), .init(nfe: 3, error: 0.4)])
        let cursor = FrontierPlot.Series(name: "cursor", glyph: "●", color: nil, points: [.init(nfe: 3, error: 0.4)])
        let plot = FrontierPlot(title: "TV against NFE", series: [a], highlight: cursor)
        var buffer = CellBuffer(width: 60, height: 12)
        plot.draw(in: Rect(x: 0, y: 0, width: 60, height: 12), into: &buffer)
        let lines = (0..<12).map { buffer.line($0) }
        #expect(lines[0].hasPrefix("TV against NFE"))
        #expect(plot.errorTop == 0.8 && plot.nfeRange.hi == 5)
        // The canvas starts right of the axis "0.8┤": column 4, row 1; 9 rows down to row 9.
        #expect(lines[1].hasPrefix("0.8┤L"), "\(lines[1])")
        #expect(lines[9].hasPrefix("  0┤"), "\(lines[9])")
        let bottom = Array(lines[9])
        let right = bottom.lastIndex(of: "L")
        #expect(right != nil)
        // (3, 0.4) is half way across and down: the highlight ● there, not the series' L.
        let middle = lines[5]
        #expect(middle.contains("●") && !middle.contains("L"), "\(middle)")
        #expect(lines[1].contains("L linear") && lines[2].contains("● cursor"))
        #expect(lines[10].hasPrefix("   └"))
        #expect(lines[11].contains("1") && lines[11].contains("5"))
    }

    /// A series whose every point is another later series' (the best Beta's and the optimal
    /// profile's where their KL̄ agree) cannot be seen under its glyph: the legend says where it
    /// is. One with a point of its own is listed plainly.
    @Test func aSeriesUnderAnotherSaysSo() {
        let points: [FrontierPlot.Point] = [.init(nfe: 1, error: 0.4), .init(nfe: 2, error: 0.1), .init(nfe: 3, error: 0)]
        let best = FrontierPlot.Series(name: "best Beta", glyph: "B", color: nil, points: points)
        let optimal = FrontierPlot.Series(name: "optimal", glyph: "O", color: nil, points: points)
        let linear = FrontierPlot.Series(name: "linear", glyph: "L", color: nil, points: points.dropLast() + [.init(nfe: 3, error: 0.2)])
        var buffer = CellBuffer(width: 70, height: 12)
        FrontierPlot(title: "TV", series: [best, linear, optimal], highlight: nil).draw(in: buffer.bounds, into: &buffer)
        let text = buffer.textLines.joined(separator: "\n")
        #expect(text.contains("B best Beta (on O)") && text.contains("O optimal") && !text.contains("optimal (on"), "\(text)")
        #expect(text.contains("L linear") && !text.contains("linear (on"))
        #expect(!buffer.textLines.dropFirst().contains { $0.dropLast(22).contains("B") }, "no B on the canvas")
    }

    @Test func ticks() {
        #expect(FrontierPlot.ticks(lo: 1, hi: 5) == [1, 2, 3, 4, 5])
        #expect(FrontierPlot.ticks(lo: 1, hi: 64.5) == [1, 14, 27, 40, 53])
    }
}
