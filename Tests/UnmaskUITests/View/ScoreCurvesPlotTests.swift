import Foundation
import Testing
import UnmaskCore
import UnmaskUI

@Suite("UI: the score-against-steps plot of scores curves, read back")
struct ScoreCurvesPlotTests {
    static let curves = Chen2025Scores.table.curves(task: "humaneval")

    static func drawn(markers: Bool = true, width: Int = 78, height: Int = 20) -> (ScoreCurvesPlot, CellBuffer) {
        let plot = ScoreCurvesPlot(title: "humaneval: score", curves: curves, markers: markers)
        var buffer = CellBuffer(width: width, height: height)
        plot.draw(in: buffer.bounds, into: &buffer)
        return (plot, buffer)
    }

    @Test func theLegendNamesEverySchedulelinearFirstWithItsLetter() {
        let (plot, buffer) = Self.drawn()
        let legend = plot.layout(in: buffer.bounds).legend
        let entries = (0..<Self.curves.count).map { row in
            String(buffer.line(legend.y + row).dropFirst(legend.x))
        }
        #expect(entries.first == "A linear")
        #expect(Set(entries.map { String($0.dropFirst(2)) }) == Set(Self.curves.map(\.schedule)))
        #expect(entries.map(\.first) == Array("ABCDEFG").map(Optional.some))
    }

    @Test func theXLabelsAreTheTasksStepsEvenlySpacedOnLog2() throws {
        let (plot, buffer) = Self.drawn()
        let labels = buffer.line(buffer.height - 1).split(separator: " ").map(String.init)
        #expect(labels == Chen2025Scores.table.steps(task: "humaneval").map(String.init))
        let canvas = plot.layout(in: buffer.bounds).canvas
        let ticks = buffer.textLines[buffer.height - 2].enumerated().filter { $0.element == "┬" }.map(\.offset)
        #expect(ticks.count == 6 && ticks.first == canvas.x && ticks.last == canvas.maxX - 1)
        let gaps = zip(ticks.dropFirst(), ticks).map { $0 - $1 }
        #expect(gaps.max()! - gaps.min()! <= 1, "\(gaps)")
    }

    @Test func theYLabelsAreTheScoreRange() {
        let (plot, buffer) = Self.drawn()
        let canvas = plot.layout(in: buffer.bounds).canvas
        let scores = Self.curves.flatMap { $0.points.map(\.score) }
        #expect(buffer.line(canvas.y).hasPrefix("32.32┤") && scores.max() == 32.32)
        #expect(buffer.line(canvas.maxY - 1).hasPrefix(" 1.83┤") && scores.min() == 1.83)
    }

    @Test func linearsPointsAreItsLetterInTheirColumnAndRow() {
        let (plot, buffer) = Self.drawn()
        let canvas = plot.layout(in: buffer.bounds).canvas
        let linear = Self.curves.first { $0.isLinear }!
        // 256 steps, 32.32: the highest score at the largest N, the canvas's top right cell.
        #expect(buffer[canvas.maxX - 1, canvas.y].grapheme == "A")
        for point in linear.points {
            let position = log2(Double(point.steps) / 8) / 5
            let column = canvas.x + Int((position * Double(canvas.width * 2 - 1)).rounded()) / 2
            let row = canvas.y + Int(((32.32 - point.score) / (32.32 - 1.83) * Double(canvas.height * 4 - 1)).rounded()) / 4
            #expect(buffer[column, row].grapheme == "A", "\(point)")
            #expect(buffer[column, row].foreground == plot.color(0))
        }
    }

    @Test func withoutMarkersTheCanvasIsBrailleOnly() {
        let (plot, buffer) = Self.drawn(markers: false)
        let canvas = plot.layout(in: buffer.bounds).canvas
        for row in canvas.y..<canvas.maxY {
            for column in canvas.x..<canvas.maxX {
                let grapheme = buffer[column, row].grapheme
                #expect(grapheme == " " || (0x2800...0x28FF).contains(grapheme.unicodeScalars.first!.value))
            }
        }
        #expect(String(buffer.line(plot.layout(in: buffer.bounds).legend.y).suffix(8)) == "━ linear")
    }

    @Test func distinctSeriesNeverShareAColourAt256Or16Colours() {
        for depth in [ColorDepth.palette256, .ansi16, .trueColor] {
            let numbers = SeriesPalette.colors.map(depth.colorNumber(of:))
            #expect(Set(numbers).count == SeriesPalette.colors.count, "\(depth): \(numbers)")
        }
        let (plot, buffer) = Self.drawn()
        let legend = plot.layout(in: buffer.bounds).legend
        let shown = (0..<Self.curves.count).map { ColorDepth.palette256.colorNumber(of: buffer[legend.x, legend.y + $0].foreground) }
        #expect(Set(shown).count == Self.curves.count && !shown.contains(-1))
    }

    @Test func tooSmallARectangleDrawsNothing() {
        let (_, buffer) = Self.drawn(width: ScoreCurvesPlot.minimumWidth - 1)
        #expect(buffer.textLines.allSatisfy { $0.isEmpty })
    }

    @Test func sgrTextOfAnUnstyledBufferIsItsPlainText() {
        let (_, buffer) = Self.drawn()
        var plain = CellBuffer(width: buffer.width, height: buffer.height)
        for (row, line) in buffer.textLines.enumerated() { plain.write(line, x: 0, y: row) }
        #expect(plain.sgrText(depth: .palette256) == plain.textSnapshot + "\n")
        #expect(buffer.sgrText(depth: .none).contains("\u{1B}[0;1m") && !buffer.sgrText(depth: .none).contains("38;"))
    }

    @Test func sgrTextWritesEachDepthsColourCodes() {
        var buffer = CellBuffer(width: 3, height: 1)
        buffer.put("x", x: 0, y: 0, style: Style(foreground: SeriesPalette.color(0)))
        buffer.put("y", x: 1, y: 0, style: Style(foreground: .ansi(12), background: .ansi(1)))
        #expect(buffer.sgrText(depth: .trueColor) == "\u{1B}[0;38;2;255;85;85mx\u{1B}[0;94;41my\u{1B}[0m\n")
        #expect(buffer.sgrText(depth: .palette256) == "\u{1B}[0;38;5;203mx\u{1B}[0;94;41my\u{1B}[0m\n")
        #expect(buffer.sgrText(depth: .ansi16) == "\u{1B}[0;91mx\u{1B}[0;94;41my\u{1B}[0m\n")
        #expect(buffer.sgrText(depth: .ansi8) == "\u{1B}[0;31mx\u{1B}[0;34;41my\u{1B}[0m\n")
        #expect(buffer.sgrText(depth: .none) == "xy\n")
    }
}
