import Foundation
import Testing
@testable import UnmaskCore

@Suite("Grid: the kl-orders plane metric")
struct KLOrdersMetricTests {
    /// Each cell is KL̄ of the Beta schedule's token counts under the configured rounding; the
    /// whole plane of sticky-chain and long-chain is evaluated (where the exact sampler DP is not).
    @Test(arguments: [ToyTarget.stickyChain, .longChain, .words])
    func cellsAreTheOrderAverageOfTheirCounts(target: ToyTarget) throws {
        let curve = try InformationCurve.cached(target)
        for rounding in [TokenRounding.cumulative, .llada] {
            let sampler = SamplerConfiguration(schedule: .uniform, steps: 4, rounding: rounding)
            let metric = try PlaneMetric(.klOrders, PlaneMetricInputs(target: target, sampler: sampler))
            let grid = ParameterGrid(a: try GridAxis(min: 0.1, max: 5, count: 12, spacing: .logarithmic),
                                     b: try GridAxis(min: 0.1, max: 5, count: 12, spacing: .logarithmic))
            let values = GridEngine(workers: 2).evaluate(grid, metric: metric.evaluator())
            for (index, value) in values.enumerated() {
                let point = grid.point(at: index)
                var run = sampler
                run.schedule = MaskSchedule(.beta(a: point.a, b: point.b))
                let counts = try run.plan(length: target.length).counts
                #expect(value == curve.orderAveragedKL(counts: counts))
            }
            #expect(values.allSatisfy { $0.isFinite && $0 >= 0 })
        }
    }

    /// The order average describes random order at temperature 1 with exact counts and no blocks;
    /// anything else is refused with the setting it needs.
    @Test func refusesSamplersItDoesNotDescribe() throws {
        let cases: [(SamplerConfiguration, String)] = [
            (SamplerConfiguration(schedule: .uniform, steps: 3, order: .confidence), "--order random"),
            (SamplerConfiguration(schedule: .uniform, steps: 3, temperature: 0.5), "--temperature 1"),
            (SamplerConfiguration(schedule: .uniform, steps: 3, rounding: .stochastic), "not stochastic"),
            (SamplerConfiguration(schedule: .uniform, steps: 4, blockLength: 4), "no --block-length"),
        ]
        for (sampler, needed) in cases {
            do {
                _ = try PlaneMetric(.klOrders, PlaneMetricInputs(target: .copy, sampler: sampler))
                Issue.record("accepted \(sampler)")
            } catch {
                #expect(error.description.contains(needed), "\(error.description)")
            }
        }
        #expect(throws: PlaneMetricError.needsTarget(.klOrders)) {
            try PlaneMetric(.klOrders, PlaneMetricInputs(sampler: SamplerConfiguration(schedule: .uniform, steps: 3)))
        }
    }

    /// Making the metric computes no information curve (the explorer makes one for its readouts
    /// on every frame, on the main thread); its evaluator does, once, and equals the curve's own
    /// order average. A target whose curve is beyond the work limit is refused at once.
    @Test func theCurveIsComputedByTheEvaluatorNotByTheMetric() throws {
        let target = ToyTarget(name: "lazy-\(UInt64.random(in: 0...UInt64.max))", summary: "never cached before", alphabet: ["a", "b"],
                               weighted: ToyTarget.allSequences(length: 6, symbols: 2).map { ($0, Double(1 + $0.filter { $0 == 0 }.count)) })
        let sampler = SamplerConfiguration(schedule: .uniform, steps: 3)
        let metric = try PlaneMetric(.klOrders, PlaneMetricInputs(target: target, sampler: sampler))
        #expect(InformationCurve.cachedIfPresent(target) == nil)
        let value = metric.evaluator()(0.7, 2.5)
        let curve = try #require(InformationCurve.cachedIfPresent(target))
        let counts = try SamplerConfiguration(schedule: MaskSchedule(.beta(a: 0.7, b: 2.5)), steps: 3).plan(length: 6).counts
        #expect(value == curve.orderAveragedKL(counts: counts))
        let wide = ToyTarget(name: "wide", summary: "2^62 position sets", alphabet: ["a", "b"],
                             weighted: [([UInt8](repeating: 0, count: 62), 1)])
        #expect(throws: PlaneMetricError.information(.tooLarge(target: "wide", length: 62, work: .max,
                                                               limit: Limits.maximumInformationWork))) {
            try PlaneMetric(.klOrders, PlaneMetricInputs(target: wide, sampler: sampler))
        }
    }
}
