import Foundation
import Testing
@testable import UnmaskUI
import UnmaskCore

@Suite("UI view: the optimum overlay of the schedules panel")
struct OptimumOverlayTests {
    /// The `v` overlay's token bars on the KL̄ plane: on paper-balanced (n = 5) at N = 3, the cursor's counts for
    /// 5 tokens and the profile of least order-averaged KL, found here by trying every way of
    /// revealing 5 tokens in 3 non-empty steps; the header carries both KL̄.
    @Test func tokenBarsShowTheInformationOptimum() throws {
        var options = ExplorerOptions(steps: 3)
        options.targetIndex = try #require(ToyTarget.builtIn.firstIndex { $0.name == "paper-balanced" })
        var model = TestModels.model(width: 120, height: 40, options: options)
        _ = Self.send(.key(.character("v")), to: &model)
        // Only on the KL̄ plane.
        #expect(model.informationOverlay == nil)
        while model.metric != .klOrders { _ = Self.send(.key(.character("m")), to: &model) }
        let overlay = try #require(model.informationOverlay)
        let curve = try InformationCurve(of: model.sampler.target)
        var best: (counts: [Int], kl: Double)?
        for first in 1...3 {
            for second in 1...(4 - first) {
                let counts = [first, second, 5 - first - second]
                let kl = curve.orderAveragedKL(counts: counts)
                if best == nil || kl < best!.kl - 1e-12 { best = (counts, kl) }
            }
        }
        #expect(overlay.optimalCounts == best?.counts)
        #expect(overlay.optimalCounts == [3, 1, 1])
        let cursor = try StepPlan(model.cursorSchedule, TokenCountRequest(length: 5, steps: 3)).counts
        #expect(overlay.cursorCounts == cursor)
        let screen = TestModels.render(model).textLines.joined(separator: "\n")
        let header = "on paper-balanced L=5 N=3: KL̄ \(NumberFormat.readout(curve.orderAveragedKL(counts: cursor))), optimum \(NumberFormat.readout(best!.kl))"
        #expect(screen.contains(header), "\(screen)")
        #expect(screen.contains("KL̄ optimum"))
        // More steps than tokens: one a step, the rest empty, KL̄ = 0.
        for _ in 0..<4 { _ = Self.send(.key(.character("+")), to: &model) }
        #expect(model.informationOverlay?.optimalCounts == [1, 1, 1, 1, 1, 0, 0])
        #expect(model.informationOverlay?.optimalKL == 0)
        _ = update(&model, .key(.character("v")))
        #expect(model.informationOverlay == nil)
    }

    /// `update`, then what the program would do for the overlay: a requested information curve
    /// is computed and delivered.
    private static func send(_ msg: Msg, to model: inout Model) -> [Effect] {
        let effects = update(&model, msg)
        for case let .computeInformationCurve(target) in effects {
            _ = update(&model, .informationCurveComputed(InformationCurveResult(target: target)))
        }
        return effects
    }

    /// A target whose curve is not cached: `v` asks for it (once, however the cursor moves
    /// meanwhile) and shows the cursor's counts with "computing Z…"; a curve delivered for
    /// another target is dropped; this target's then fills in the optimum. Making the kl-orders
    /// plane's metric computed nothing on the main thread.
    @Test func theCurveIsComputedOffTheMainThread() throws {
        let target = ToyTarget(name: "z\(Int.random(in: 0..<1_000_000))", summary: "never cached before", alphabet: ["a", "b"],
                               weighted: (0..<32).map { bits in
                                   let sequence = (0..<5).map { UInt8((bits >> $0) & 1) }
                                   return (sequence, Double(1 + sequence.filter { $0 == 0 }.count))
                               })
        var options = ExplorerOptions(steps: 3)
        options.targets = [target]
        options.targetIndex = 0
        var model = TestModels.model(width: 120, height: 40, options: options)
        while model.metric != .klOrders { _ = update(&model, .key(.character("m"))) }
        let asked = update(&model, .key(.character("v")))
        #expect(InformationCurve.cachedIfPresent(target) == nil)
        #expect(asked.contains(.computeInformationCurve(target)) && model.informationCurvePending == target)
        #expect(model.informationOverlay?.isPending == true && model.informationOverlay?.cursorCounts != nil)
        #expect(TestModels.render(model).textLines.joined(separator: "\n").contains("computing Z…"))
        let moved = update(&model, .key(.right))
        #expect(!moved.contains(.computeInformationCurve(target)) && model.informationOverlay?.isPending == true)
        _ = update(&model, .informationCurveComputed(InformationCurveResult(target: .paperBalanced)))
        #expect(model.informationOverlay?.isPending == true)
        _ = update(&model, .informationCurveComputed(InformationCurveResult(target: target)))
        let overlay = try #require(model.informationOverlay)
        #expect(!overlay.isPending && model.informationCurvePending == nil)
        let curve = try InformationCurve(of: target)
        #expect(overlay.optimalCounts == curve.optimalCounts(steps: 3))
        #expect(overlay.cursorKL == overlay.cursorCounts.map { curve.orderAveragedKL(counts: $0) })
    }

    /// `v` adds α* = sin²(π/2·γ) for the current weight and the weight's γ to the plots, with
    /// their legend; `v` again removes them.
    @Test func theToggleAddsTheReferenceCurvesAndTheirLegend() {
        var model = TestModels.model(width: 120, height: 40)
        let before = TestModels.render(model).textLines.joined(separator: "\n")
        #expect(!before.contains("α* for γ="))
        _ = update(&model, .key(.character("v")))
        #expect(model.showsOptimum)
        let after = TestModels.render(model).textLines.joined(separator: "\n")
        let legend = after.split(separator: "\n").first { $0.contains("(cursor)") } ?? ""
        #expect(legend.contains("α* for γ=uniform"), "legend: \(legend)")
        _ = update(&model, .key(.character("v")))
        #expect(TestModels.render(model).textLines.joined(separator: "\n") == before, "v again restores the panel")
    }

    /// The α* curve is sin²(π/2·γ_t) of the weight, computed here from γ directly, and the γ
    /// curve is the weight's γ; under the uniform weight α* is sin²(π/2·t).
    @Test func theCurvesAreTheOptimumAndTheWeight() throws {
        var model = TestModels.model()
        model.weights = [MaskSchedule.uniform, try MaskSchedule(spec: "beta:0.9,0.3")]
        for index in model.weights.indices {
            model.weightIndex = index
            let references = optimumReferences(model)
            let alpha = try #require(references.first { $0.plot == 0 })
            let gamma = try #require(references.first { $0.plot == 1 })
            for t in [0.0, 0.1, 0.37, 0.5, 0.9, 1.0] {
                let g = model.weight.gamma(at: t)
                let expected = pow(sin(Double.pi / 2 * g), 2)
                #expect(abs(alpha.curve(t) - expected) < 1e-12, "α*(\(t)) under \(model.weight)")
                #expect(gamma.curve(t) == g)
            }
        }
        model.weightIndex = 0
        let uniform = try #require(optimumReferences(model).first { $0.plot == 0 })
        #expect(abs(uniform.curve(0.25) - pow(sin(Double.pi / 8), 2)) < 1e-12)
    }
}
