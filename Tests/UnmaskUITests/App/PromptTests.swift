import Testing
import UnmaskCore
import UnmaskUI

@Suite("UI update: the status-line prompt and the jump to the minimum")
struct PromptTests {
    private func typing(_ text: String, into model: inout Model) {
        for character in text { _ = update(&model, .key(.character(character))) }
    }

    @Test func goToMovesTheCursorExactlyZoomingInWhereNeeded() {
        var model = TestModels.model()
        _ = update(&model, .key(.character(":")))
        #expect(model.prompt?.purpose == .goTo)
        typing("0.37,1.13", into: &model)
        #expect(TestModels.render(model).textLines.last?.contains("go to a,b: 0.37,1.13▏") == true)
        _ = update(&model, .key(.enter))
        #expect(model.prompt == nil)
        #expect(model.cursor == BetaPoint(a: 37, b: 113))
        #expect(model.spacing == 1)
        #expect(model.cursorCell != nil)
        _ = update(&model, .key(.character(":")))
        typing("2 2", into: &model)
        _ = update(&model, .key(.enter))
        #expect(model.cursor == BetaPoint(a: 200, b: 200))
        #expect(model.spacing == 1)
    }

    @Test func aRefusedValueKeepsThePromptWithTheReason() {
        var model = TestModels.model()
        let start = model.cursor
        _ = update(&model, .key(.character(":")))
        typing("0.001,1", into: &model)
        _ = update(&model, .key(.enter))
        #expect(model.prompt?.error == "a = 0.001 is outside 0.01…100")
        #expect(TestModels.render(model).textLines.last?.contains("✗ a = 0.001 is outside") == true)
        _ = update(&model, .key(.backspace))
        #expect(model.prompt?.text == "0.001,")
        #expect(model.prompt?.error == nil)
        _ = update(&model, .key(.escape))
        #expect(model.prompt == nil)
        #expect(model.cursor == start)
        _ = update(&model, .key(.character(":")))
        typing("x", into: &model)
        _ = update(&model, .key(.enter))
        #expect(model.prompt?.error == "expected a,b, e.g. 0.9,0.3")
    }

    /// Keys typed into a prompt are text, not commands: `q` does not quit.
    @Test func keysInAPromptAreText() {
        var model = TestModels.model()
        _ = update(&model, .key(.character("@")))
        let effects = update(&model, .key(.character("q")))
        #expect(effects.isEmpty)
        #expect(model.prompt?.text == "q")
        #expect(update(&model, .key(.control("c"))) == [.quit])
    }

    @Test func typedWeightsAndPinsTakeEffect() {
        var model = TestModels.model()
        _ = update(&model, .key(.character("@")))
        typing("beta:2,5", into: &model)
        _ = update(&model, .key(.enter))
        #expect(model.weight == MaskSchedule(.beta(a: 2, b: 5)))
        _ = update(&model, .key(.character("P")))
        typing("cosine", into: &model)
        _ = update(&model, .key(.enter))
        #expect(model.pins == [MaskSchedule(.cosine)])
        _ = update(&model, .key(.character("P")))
        typing("beta:1e17,1", into: &model)
        _ = update(&model, .key(.enter))
        #expect(model.prompt?.error?.contains("outside the accurate domain") == true)
    }

    @Test func theJumpGoesToTheBestCell() throws {
        var model = TestModels.model()
        _ = update(&model, .key(.character("b")))
        #expect(model.notice == "no minimum yet: nothing computed")
        model = TestModels.computed(model)
        let optimum = try #require(model.heatmap.optimum)
        let grid = try #require(model.heatmap.snapshot?.grid)
        let values = try #require(model.heatmap.snapshot?.values)
        #expect(values[optimum] == values.filter { !$0.isNaN }.min())
        _ = update(&model, .key(.character("b")))
        let point = grid.point(at: optimum)
        #expect(model.cursor == BetaPoint(a: Int((point.a * 100).rounded()), b: Int((point.b * 100).rounded())))
        // With Beta(1, 1) in view, that is the uniform weight's optimum α* = sin².
        _ = update(&model, .key(.character(":")))
        typing("1,1", into: &model)
        _ = update(&model, .key(.enter))
        _ = update(&model, .key(.character("Z")))
        model = TestModels.computed(model)
        _ = update(&model, .key(.right))
        _ = update(&model, .key(.character("b")))
        #expect(model.cursor == BetaPoint(a: 100, b: 100))
    }

    @Test func withTheSamplerFocusedLeftAndRightStep() {
        var model = TestModels.model()
        let cursor = model.cursor
        _ = update(&model, .key(.tab))
        _ = update(&model, .key(.tab))
        #expect(model.focus == .sampler)
        _ = update(&model, .key(.right))
        _ = update(&model, .key(.right))
        _ = update(&model, .key(.left))
        #expect(model.sampler.step == 1)
        #expect(model.cursor == cursor)
    }

    @Test func theHelpHasTheContractLines() {
        let lines = KeyTable.explorer.bindings.map { "\($0.keyLabel) \($0.help)" }
        #expect(lines.contains { $0.hasPrefix("b ") && $0.contains("minimum") })
        #expect(lines.contains { $0.hasPrefix(": ") && $0.contains("go to") })
    }
}

@Suite("UI view: Monte Carlo cells in the readout")
struct MonteCarloReadoutTests {
    /// Beyond exact evaluation the cursor's cell is estimated (only it is evaluated here, the
    /// rest of the plane is filled in), and the readout says so.
    @Test func anEstimatedCellReadsAsApproximate() throws {
        var model = TestModels.beyondExactEvaluation()
        let request = try #require(model.heatmap.request)
        let cell = try #require(model.cursorCell)
        let cursorIndex = cell.j * request.grid.a.count + cell.i
        let evaluate = request.metric.evaluator()
        let values = (0..<request.grid.cellCount).map { index -> Double in
            guard index == cursorIndex else { return 0 }
            let point = request.grid.point(at: index)
            return evaluate(point.a, point.b)
        }
        _ = update(&model, .computeFinished(GridSnapshot(generation: request.generation, grid: request.grid, values: values, stride: 1)))
        let estimate = try #require(model.cursorEstimate)
        #expect(estimate.value == model.cursorValue)
        let readout = TestModels.render(model).textLines.first { $0.contains("a=0.90 b=0.30") } ?? ""
        #expect(readout.contains("TV≈") && readout.contains("±") && readout.contains("(MC)"), "\(readout)")
    }
}
