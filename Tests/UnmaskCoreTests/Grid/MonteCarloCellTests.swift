import Testing
@testable import UnmaskCore

@Suite("Grid: sampling-error cells beyond the exact limit are Monte Carlo estimates when asked")
struct MonteCarloCellTests {
    static let stickyAtEight = SamplerConfiguration(schedule: .uniform, steps: 8)

    @Test func withSamplesACellTooLargeForExactEvaluationIsEstimated() throws {
        let metric = try PlaneMetric(.tv, PlaneMetricInputs(target: .stickyChain, sampler: Self.stickyAtEight, monteCarloSamples: 300))
        #expect(metric.estimate(a: 1, b: 1) == nil)
        let value = metric.evaluator()(1, 1)
        #expect(value.isFinite && value >= 0 && value <= 1)
        let estimate = try #require(metric.estimate(a: 1, b: 1))
        let interval = try #require(estimate.interval)
        #expect(interval.contains(value))
        #expect(estimate.value == value)
        // The same draws as the headless command: the seed is the configuration's.
        var run = Self.stickyAtEight
        run.schedule = MaskSchedule(.beta(a: 1, b: 1))
        let draws = try monteCarloOutputDistribution(of: .stickyChain, run, samples: 300)
        #expect(draws.metric(.tv, target: .stickyChain) == estimate)
    }

    @Test func withoutSamplesItStaysEmptyAndExactCellsAreNotEstimates() throws {
        let exactOnly = try PlaneMetric(.tv, PlaneMetricInputs(target: .stickyChain, sampler: Self.stickyAtEight))
        #expect(exactOnly.evaluator()(1, 1).isNaN)
        #expect(exactOnly.estimate(a: 1, b: 1) == nil)
        let exact = try PlaneMetric(.tv, PlaneMetricInputs(target: .paperExtremes, sampler: SamplerConfiguration(schedule: .uniform, steps: 3),
                                                           monteCarloSamples: 300))
        #expect(exact.evaluator()(0.9, 0.3).isFinite)
        #expect(exact.estimate(a: 0.9, b: 0.3) == nil)
    }

    /// Copies share the memo (the explorer's request and its readout), and equality ignores it.
    @Test func copiesShareTheMemo() throws {
        let metric = try PlaneMetric(.tv, PlaneMetricInputs(target: .stickyChain, sampler: Self.stickyAtEight, monteCarloSamples: 200))
        let copy = metric
        _ = metric.evaluator()(2, 0.5)
        #expect(copy.estimate(a: 2, b: 0.5) != nil)
        #expect(try PlaneMetric(.tv, PlaneMetricInputs(target: .stickyChain, sampler: Self.stickyAtEight, monteCarloSamples: 200)) == metric)
    }
}
