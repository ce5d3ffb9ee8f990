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
}
