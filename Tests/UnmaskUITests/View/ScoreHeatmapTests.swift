import Testing
import UnmaskCore
@testable import UnmaskUI

/// The measured-score plane (`explore --scores`): measured cells at their (a, b) (at the nearest
/// grid point when zoomed out), every other cell "not measured", the readout, the ◆ on the
/// highest score, the title, and `e` changing the task.
@Suite("UI view: the measured-score heatmap")
struct ScoreHeatmapTests {
    /// Two tasks at N = 8; gsm8k's cells as the paper's Beta schedules, one with a standard error.
    static let scoreSets = [
        MeasuredScores(task: "gsm8k", steps: 8, metric: "acc", cells: [
            .init(a: 0.3, b: 0.9, score: 11.5, stderr: nil),
            .init(a: 0.9, b: 0.3, score: 19.9, stderr: 0.35),
            .init(a: 1, b: 0.2, score: 19.98, stderr: nil),
            .init(a: 0.9, b: 0.9, score: 19.28, stderr: nil),
            .init(a: 1, b: 1, score: 19.3, stderr: nil),
        ]),
        MeasuredScores(task: "gsm8k", steps: 16, metric: "acc", cells: [.init(a: 1, b: 1, score: 30, stderr: nil)]),
        MeasuredScores(task: "mbpp", steps: 8, metric: "pass@1", cells: [.init(a: 0.5, b: 0.5, score: 7, stderr: nil)]),
    ]

    static func options(cursor: BetaPoint = BetaPoint(a: 200, b: 200), onScore: Bool = true) -> ExplorerOptions {
        var options = ExplorerOptions(cursor: cursor, steps: 8)
        options.scoreSets = scoreSets
        options.startsOnScore = onScore
        return options
    }

    static func model(cursor: BetaPoint = BetaPoint(a: 200, b: 200), depth: ColorDepth = .none) -> Model {
        TestModels.computed(TestModels.model(width: 120, height: 40, options: options(cursor: cursor), depth: depth))
    }

    /// The character drawn for lattice point `point` on the map.
    static func glyph(at point: BetaPoint, in model: Model, screen: CellBuffer) throws -> Character {
        let (i, j) = try #require(model.cell(of: point), "\(point.readout) is in the window")
        let map = model.layout.map
        return Array(screen.line(map.maxY - 1 - j / 2))[map.x + i]
    }

    static func readout(_ model: Model) -> String {
        let screen = TestModels.render(model)
        let rect = model.layout.readout
        return String(screen.line(rect.y).dropFirst(rect.x).prefix(rect.width))
    }

    static func mapText(_ model: Model, screen: CellBuffer) -> String {
        let map = model.layout.map
        return (map.y..<map.maxY).map { String(Array(screen.line($0))[map.x..<map.maxX]) }.joined()
    }

    @Test func measuredCellsAreDrawnAtTheirPointsAndTheRestReadsNotMeasured() throws {
        let model = Self.model()
        #expect(model.metric == .score && model.spacing == 5)
        let screen = TestModels.render(model)
        let best = BetaPoint(a: 100, b: 20)
        for cell in Self.scoreSets[0].cells {
            let point = BetaPoint(a: Int((cell.a * 100).rounded()), b: Int((cell.b * 100).rounded()))
            let glyph = try Self.glyph(at: point, in: model, screen: screen)
            if point == best {
                #expect(glyph == "◆", "the highest score is the best cell")
            } else {
                #expect(HeatmapWidget.shades.contains(glyph), "\(point.readout): \(glyph)")
            }
        }
        let map = Self.mapText(model, screen: screen)
        #expect(map.filter { $0 != HeatmapWidget.notMeasuredGlyph }.count == 6, "5 cells and the cursor: \(map)")
        #expect(!map.contains(HeatmapWidget.pendingGlyph), "a complete plane has nothing pending")
        #expect(model.heatmap.percentDone == nil)
        let bar = model.layout.colorBar
        let legend = (bar.y..<bar.maxY).map { String(Array(screen.line($0))[bar.x..<bar.maxX]) }.joined(separator: "\n")
        #expect(legend.contains("░░ no data") && legend.contains("◆◆ best") && !legend.contains("min"), "\(legend)")
    }

    @Test func zoomedOutACellShowsAtTheNearestGridPointAndTheReadoutSaysWhere() throws {
        var model = TestModels.model(width: 120, height: 40, options: Self.options(cursor: BetaPoint(a: 100, b: 100)))
        _ = update(&model, .key(.character("Z")))
        _ = update(&model, .key(.character("Z")))
        model = TestModels.computed(model)
        #expect(model.spacing == 20)
        // (0.3, 0.9) is not on the 0.2 lattice: it shows at (0.4, 1.0); (0.9, 0.9) and (1, 1) share (1.0, 1.0).
        let screen = TestModels.render(model)
        #expect(HeatmapWidget.shades.contains(try Self.glyph(at: BetaPoint(a: 40, b: 100), in: model, screen: screen)))
        #expect(model.measuredCells(at: BetaPoint(a: 100, b: 100)).map(\.score) == [19.3, 19.28])
        #expect(Self.readout(model).hasPrefix("a=1.00 b=1.00  score=19.3 (best of 2 here; z: zoom in)"), "\(Self.readout(model))")
        _ = update(&model, .key(.character(":")))
        for character in "0.4,1" { _ = update(&model, .key(.character(character))) }
        _ = update(&model, .key(.enter))
        #expect(model.spacing == 20, "0.4, 1.0 is on the lattice")
        #expect(Self.readout(model).hasPrefix("a=0.40 b=1.00  score=11.5 at a=0.3 b=0.9"), "\(Self.readout(model))")
        #expect(model.heatmap.optimum != nil)
    }

    @Test func theReadoutGivesTheScoreAndItsStandardErrorOrNotMeasured() {
        #expect(Self.readout(Self.model(cursor: BetaPoint(a: 90, b: 30))).hasPrefix("a=0.90 b=0.30  score=19.9 ± 0.35 "))
        #expect(Self.readout(Self.model(cursor: BetaPoint(a: 30, b: 90))).hasPrefix("a=0.30 b=0.90  score=11.5 "))
        #expect(Self.readout(Self.model()).hasPrefix("a=2.00 b=2.00  score: not measured "))
        // on another metric the score is listed beside the others where measured
        var model = Self.model(cursor: BetaPoint(a: 90, b: 30))
        while model.metric != .energy { _ = update(&model, .key(.character("m"))) }
        #expect(Self.readout(model).contains(" score=19.9"), "\(Self.readout(model))")
    }

    @Test func theReadoutCountsMeasuredCellsOffTheMap() {
        // zoomed in to 0.02 around (0.9, 0.3) the window no longer holds (0.3, 0.9)
        var model = TestModels.model(width: 120, height: 40, options: Self.options(cursor: BetaPoint(a: 90, b: 30)))
        _ = update(&model, .key(.character("z")))
        model = TestModels.computed(model)
        let off = Self.scoreSets[0].cells.filter {
            model.cell(of: BetaPoint(a: Int(($0.a * 100).rounded()), b: Int(($0.b * 100).rounded()))) == nil
        }.count
        #expect(off >= 1 && model.cell(of: BetaPoint(a: 30, b: 90)) == nil)
        #expect(Self.readout(model).contains("  \(off) of 5 measured off the map"), "\(Self.readout(model))")
        #expect(!Self.readout(Self.model()).contains("off the map"), "at 120×40 and 0.05 all five are on it")
    }

    @Test func bJumpsToTheHighestScore() {
        var model = Self.model()
        _ = update(&model, .key(.character("b")))
        #expect(model.cursor == BetaPoint(a: 100, b: 20))
        #expect(Self.readout(model).hasPrefix("a=1.00 b=0.20  score=19.98"))
    }

    @Test func theTitleNamesTaskNAndMetricAndSaysWhenNothingWasMeasured() {
        var model = Self.model()
        #expect(TestModels.render(model).line(0).contains("Measured score · gsm8k · N=8 · acc"))
        _ = update(&model, .key(.character("+")))
        model = TestModels.computed(model)
        let screen = TestModels.render(model)
        #expect(screen.line(0).contains("Measured score · gsm8k · nothing measured at N=9 (N = 8, 16)"), "\(screen.line(0))")
        let map = Self.mapText(model, screen: screen)
        #expect(map.filter { $0 != HeatmapWidget.notMeasuredGlyph }.count == 1, "only the cursor: \(map)")
        #expect(model.heatmap.percentDone == nil && model.heatmap.optimum == nil)
        #expect(model.notice == "no scores at N=9; measured: N = 8, 16")
        _ = update(&model, .key(.character("*")))
        #expect(model.notice == "no scores at N=18; measured: N = 8, 16")
        _ = update(&model, .key(.character("/")))
        _ = update(&model, .key(.character("-")))
        #expect(model.notice == nil && model.steps == 8)
    }

    @Test func inColourTheNotMeasuredCellsAreDistinctToo() throws {
        let model = Self.model(depth: .palette256)
        let screen = TestModels.render(model)
        #expect(try Self.glyph(at: BetaPoint(a: 150, b: 150), in: model, screen: screen) == HeatmapWidget.notMeasuredGlyph)
        #expect(try Self.glyph(at: BetaPoint(a: 90, b: 90), in: model, screen: screen) == "▀")
    }
}

@Suite("UI update: e changes the measured score's task")
struct ScoreTaskKeyTests {
    @Test func eCyclesTheTasksAndShowsTheScore() {
        var model = TestModels.model(width: 120, height: 40, options: ScoreHeatmapTests.options(onScore: false))
        #expect(model.metric == .energy && model.scoreTask == "gsm8k")
        #expect(model.metricCycle.contains(.score))
        _ = update(&model, .key(.character("e")))
        #expect(model.scoreTask == "mbpp" && model.metric == .score)
        #expect(model.heatmap.request?.metric.inputs.scores?.task == "mbpp", "the plane is requested for the new task")
        _ = update(&model, .key(.character("e")))
        #expect(model.scoreTask == "gsm8k")
        _ = update(&model, .key(.character("E")))
        #expect(model.scoreTask == "mbpp")
        #expect(model.notice == nil)
    }

    @Test func withoutScoresTheStatusLineSaysWhy() {
        var model = TestModels.model()
        _ = update(&model, .key(.character("e")))
        #expect(model.scoreTask == nil && model.metric == .energy)
        #expect(model.notice?.contains("--scores") == true)
        #expect(!model.metricCycle.contains(.score))
    }
}
