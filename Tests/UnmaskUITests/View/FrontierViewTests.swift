import Testing
import UnmaskCore
@testable import UnmaskUI

/// The frontier view (`F`): its data is the Core frontier of the sampler's target with the
/// explorer's bounds, computed off the main thread (`update` asks for it and takes the result),
/// the cursor's point follows the cursor without recomputing the frontier, and Esc closes it.
@Suite("UI view: the error–NFE frontier view")
struct FrontierViewTests {
    static func model(steps: Int = 3) throws -> Model {
        var options = ExplorerOptions(steps: steps)
        options.targetIndex = try #require(ToyTarget.builtIn.firstIndex { $0.name == "paper-balanced" })
        return TestModels.model(width: 120, height: 40, options: options)
    }

    /// Applies a message and carries out the frontier computations it asks for, as the program
    /// does off the main thread.
    @discardableResult
    static func send(_ msg: Msg, to model: inout Model) -> [Effect] {
        let effects = update(&model, msg)
        for case let .computeFrontier(key, view) in effects {
            _ = update(&model, .frontierComputed(FrontierView.computed(for: key, reusing: view)))
        }
        return effects
    }

    /// Opening asks for the view's data and says it is computing until the data arrives; a
    /// result for a key no longer asked for, or after the view closed, is dropped.
    @Test func computesOffTheMainThreadAndDropsStaleResults() throws {
        var model = try Self.model()
        let effects = update(&model, .key(.character("F")))
        let key = model.frontierViewKey
        #expect(effects.contains(.computeFrontier(key, reusing: nil)) && model.frontierPending == key && model.frontierView == nil)
        #expect(TestModels.render(model).textLines.contains { $0.contains("computing the frontier of paper-balanced: 50 points, N = 1…5") })
        // The cursor moves before the result arrives: the first result is stale.
        let moved = update(&model, .key(.character("l")))
        #expect(moved.contains(.computeFrontier(model.frontierViewKey, reusing: nil)))
        _ = update(&model, .frontierComputed(FrontierView.computed(for: key, reusing: nil)))
        #expect(model.frontierView == nil && model.frontierPending == model.frontierViewKey)
        _ = update(&model, .frontierComputed(FrontierView.computed(for: model.frontierViewKey, reusing: nil)))
        #expect(model.frontierView?.key == model.frontierViewKey && model.frontierPending == nil)
        // Moving again reuses the frontier; the readout says the cursor's point is on its way.
        let shown = try #require(model.frontierView)
        #expect(update(&model, .key(.character("l"))).contains(.computeFrontier(model.frontierViewKey, reusing: shown)))
        #expect(TestModels.render(model).textLines.contains { $0.contains("● computing the point of") })
        // Moving back to what is shown asks for nothing and drops the result on its way.
        #expect(!update(&model, .key(.character("h"))).contains { if case .computeFrontier = $0 { true } else { false } })
        #expect(model.frontierPending == nil && model.frontierView == shown)
        // Closed, the view drops what arrives.
        let pendingKey = model.frontierViewKey
        _ = update(&model, .key(.escape))
        _ = update(&model, .frontierComputed(FrontierView.computed(for: pendingKey, reusing: shown)))
        #expect(model.frontierView == nil && model.frontierPending == nil)
    }

    @Test func opensWithTheTargetsFrontierAndTheCursorsPoint() throws {
        var model = try Self.model()
        Self.send(.key(.character("F")), to: &model)
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
        Self.send(.key(.character("F")), to: &model)
        let first = try #require(model.frontierView)
        Self.send(.key(.character("l")), to: &model)
        let moved = try #require(model.frontierView)
        #expect(moved.frontier == first.frontier)
        #expect(moved.key.cursor == model.cursorSchedule)
        #expect(moved.cursor != first.cursor)
        // N beyond n: no cursor point, and the readout says why.
        for _ in 0..<3 { Self.send(.key(.character("+")), to: &model) }
        #expect(model.frontierView?.cursor == nil)
        #expect(TestModels.render(model).textLines.contains { $0.contains("N exceeds the target's n = 5") })
        _ = update(&model, .key(.escape))
        #expect(!model.showsFrontier && model.frontierView == nil)
    }

    /// With the KL plane the view plots KL.
    @Test func followsTheHeatmapsKL() throws {
        var model = try Self.model()
        while model.metric != .kl { _ = update(&model, .key(.character("m"))) }
        Self.send(.key(.character("F")), to: &model)
        #expect(TestModels.render(model).textLines[0].contains("· KL ·"))
    }
}
