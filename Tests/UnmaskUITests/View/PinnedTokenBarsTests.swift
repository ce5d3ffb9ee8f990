import Testing
import UnmaskCore
import UnmaskUI

/// The token bars of the pinned schedules beside the cursor's: titled with their names, on one
/// scale, and a count of those that did not fit.
@Suite("UI view: the pins' token bars beside the cursor's")
struct PinnedTokenBarsTests {
    static let linear = MaskSchedule(.linear), sine = MaskSchedule(.sine)

    /// The schedules panel's rows from the token bars' header down, and the header's column.
    static func barRows(_ model: Model) -> (rows: [String], x: Int) {
        let lines = TestModels.render(model).textLines
        let header = lines.firstIndex { $0.contains("tokens/step") }!
        let x = lines[header].ranges(of: "tokens/step").first!.lowerBound
        let column = lines[header].distance(from: lines[header].startIndex, to: x)
        let panelEnd = lines[header...].firstIndex { $0.contains("└") }!
        return (lines[header..<panelEnd].map { String($0.dropFirst(column).prefix { $0 != "│" }) }, column)
    }

    /// How many eighths of a cell tall column `x` of the bar rows is (rows from the top, baseline last).
    static func height(of x: Int, in bars: [String]) -> Int {
        let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        return bars.reduce(0) { total, row in
            let glyph = Array(row).indices.contains(x) ? Array(row)[x] : " "
            return total + ((eighths.firstIndex(of: glyph)).map { $0 + 1 } ?? 0)
        }
    }

    @Test func eachPinGetsItsOwnTitledBarsOnTheCursorsScale() throws {
        let model = TestModels.model(width: 120, height: 40, options: ExplorerOptions(pins: [Self.linear, Self.sine]))
        let (rows, _) = Self.barRows(model)
        #expect(!rows[0].contains("hidden"))
        let titles = rows[1]
        let starts = ["beta:0.90,0.30", "linear", "sine"].map { titles.ranges(of: $0).first.map { titles.distance(from: titles.startIndex, to: $0.lowerBound) } }
        #expect(starts.allSatisfy { $0 != nil }, "titles: \(titles)")
        let xs = starts.compactMap { $0 }
        #expect(xs == xs.sorted() && Set(xs).count == 3)
        // the bars between the titles row and the counts row
        let bars = Array(rows[2..<(rows.count - 1)])
        let request = TokenCountRequest(length: 256, steps: 8)
        let cursor = try StepPlan(MaskSchedule(.beta(a: 0.9, b: 0.3)), request).counts
        let linear = try StepPlan(Self.linear, request).counts
        #expect(cursor.max()! > linear.max()! && Set(linear).count == 1)
        let cursorTallest = (xs[0]..<xs[1]).map { Self.height(of: $0, in: bars) }.max()!
        let linearHeights = (xs[1]..<xs[2]).map { Self.height(of: $0, in: bars) }.filter { $0 > 0 }
        #expect(cursorTallest == 8 * bars.count)
        // One scale: linear's equal steps are drawn at 32/134 of the cursor's tallest, not full height.
        let expected = Int((Double(linear[0]) / Double(cursor.max()!) * Double(8 * bars.count)).rounded())
        #expect(Set(linearHeights) == [expected], "linear's columns: \(linearHeights)")
    }

    @Test func at80x24TheCursorsBarsStayAndTheRestAreCounted() {
        let pins = [Self.linear, Self.sine, MaskSchedule(.cosine)]
        let model = TestModels.model(options: ExplorerOptions(pins: pins))
        let (rows, _) = Self.barRows(model)
        let titles = rows[1]
        #expect(titles.hasPrefix("beta:0.90,0.30"))
        let shown = 1 + ["linear", "sine", "cosine"].filter { titles.contains($0) }.count
        #expect(shown < 4)
        let hidden = 4 - shown
        #expect(rows[0].hasSuffix("+\(hidden) pin\(hidden == 1 ? "" : "s") hidden"), "header: \(rows[0])")
        // the pins shown are the first ones, in order
        #expect(["linear", "sine", "cosine"].prefix(shown - 1).allSatisfy { titles.contains($0) })
    }

    @Test func withoutPinsTheHeaderHasNoHiddenNote() {
        let (rows, _) = Self.barRows(TestModels.model())
        #expect(rows[0].hasPrefix("tokens/step L=256 N=8 cumulative") && !rows[0].contains("hidden"))
    }
}
