import Testing
import UnmaskCore
@testable import UnmaskUI

/// The frontier view (`F`): its data is the Core frontier of the sampler's target with the
/// explorer's bounds, the cursor's point follows the cursor without recomputing the frontier,
/// and Esc closes it.
@Suite("UI view: the error–NFE frontier view")
struct FrontierViewTests {
    static func model(steps: Int = 3) throws -> Model {
        var options = ExplorerOptions(steps: steps)
        options.targetIndex = try #require(ToyTarget.builtIn.firstIndex { $0.name == "paper-balanced" })
        return TestModels.model(width: 120, height: 40, options: options)
    }

    @Test func opensWithTheTargetsFrontierAndTheCursorsPoint() throws {
        var model = try Self.model()
        _ = update(&model, .key(.character("F")))
        let view = try #require(model.frontierView)
        let target = model.sampler.target
        let policies = FrontierRequest.sweptPolicies.flatMap { FrontierRequest.sweep(of: $0) ?? [] }
        let expected = try frontier(of: target, FrontierRequest(steps: [1, 2, 3, 4, 5], policies: policies,
                                                                monteCarloSamples: model.monteCarloSamples, exactWorkLimit: FrontierView.workLimit))
        #expect(view.frontier == expected)
        // The cursor's point is its exact TV at N = 3, as eval computes it.
        let exact = try exactOutputDistribution(of: target, SamplerConfiguration(schedule: model.cursorSchedule, steps: 3))
        #expect(view.cursor?.tv == SamplingErrorMetric.tv.value(exact, target: target))
        #expect(view.cursor?.nfeMean == 3)
        let screen = TestModels.render(model).textLines
        #expect(screen[0].hasPrefix("┌ Error–NFE frontier · paper-balanced · TV · F or Esc closes"))
        let readout = "● beta:0.90,0.30 at N=3: TV \(NumberFormat.readout(view.cursor!.tv!)), KL̄ \(NumberFormat.readout(view.cursor!.klOrders!))"
        #expect(screen.contains { $0.contains(readout) }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("every point exact") })
        for legend in ["L linear", "S sin²", "B best Beta by KL̄", "O KL̄-optimal counts", "T threshold", "E entropy-bound", "K klass",
                       "● cursor"] {
            #expect(screen.contains { $0.contains(legend) }, "\(legend)")
        }
    }

    @Test func theCursorMovesAloneAndEscCloses() throws {
        var model = try Self.model()
        _ = update(&model, .key(.character("F")))
        let first = try #require(model.frontierView)
        _ = update(&model, .key(.character("l")))
        let moved = try #require(model.frontierView)
        #expect(moved.frontier == first.frontier)
        #expect(moved.key.cursor == model.cursorSchedule)
        #expect(moved.cursor != first.cursor)
        // N beyond n: no cursor point, and the readout says why.
        for _ in 0..<3 { _ = update(&model, .key(.character("+"))) }
        #expect(model.frontierView?.cursor == nil)
        #expect(TestModels.render(model).textLines.contains { $0.contains("N exceeds the target's n = 5") })
        _ = update(&model, .key(.escape))
        #expect(!model.showsFrontier && model.frontierView == nil)
    }

    /// With the KL plane the view plots KL.
    @Test func followsTheHeatmapsKL() throws {
        var model = try Self.model()
        while model.metric != .kl { _ = update(&model, .key(.character("m"))) }
        _ = update(&model, .key(.character("F")))
        #expect(TestModels.render(model).textLines[0].contains("· KL ·"))
    }
}
