import Testing
@testable import UnmaskCore

@Suite("Grid: sampling-error cells beyond the exact limit are Monte Carlo estimates when asked")
struct MonteCarloCellTests {
    /// Confidence order on `words` draws every masked position jointly: 26⁵ draws in the first
    /// step, beyond the exact limit.
    static let wordsByConfidence = SamplerConfiguration(schedule: .uniform, steps: 8, order: .confidence)

    @Test func withSamplesACellTooLargeForExactEvaluationIsEstimated() throws {
        let metric = try PlaneMetric(.tv, PlaneMetricInputs(target: .words, sampler: Self.wordsByConfidence, monteCarloSamples: 300))
        #expect(metric.estimate(a: 1, b: 1) == nil)
        let value = metric.evaluator()(1, 1)
        #expect(value.isFinite && value >= 0 && value <= 1)
        let estimate = try #require(metric.estimate(a: 1, b: 1))
        let interval = try #require(estimate.interval)
        #expect(interval.contains(value))
        #expect(estimate.value == value)
        // The same draws as the headless command: the seed is the configuration's.
        var run = Self.wordsByConfidence
        run.schedule = MaskSchedule(.beta(a: 1, b: 1))
        let draws = try monteCarloOutputDistribution(of: .words, run, samples: 300)
        #expect(draws.metric(.tv, target: .words) == estimate)
    }

    @Test func withoutSamplesItStaysEmptyAndExactCellsAreNotEstimates() throws {
        let exactOnly = try PlaneMetric(.tv, PlaneMetricInputs(target: .words, sampler: Self.wordsByConfidence))
        #expect(exactOnly.evaluator()(1, 1).isNaN)
        #expect(exactOnly.estimate(a: 1, b: 1) == nil)
        let exact = try PlaneMetric(.tv, PlaneMetricInputs(target: .paperExtremes, sampler: SamplerConfiguration(schedule: .uniform, steps: 3),
                                                           monteCarloSamples: 300))
        #expect(exact.evaluator()(0.9, 0.3).isFinite)
        #expect(exact.estimate(a: 0.9, b: 0.3) == nil)
    }

    /// Copies share the memo (the explorer's request and its readout), and equality ignores it.
    @Test func copiesShareTheMemo() throws {
        let metric = try PlaneMetric(.tv, PlaneMetricInputs(target: .words, sampler: Self.wordsByConfidence, monteCarloSamples: 200))
        let copy = metric
        _ = metric.evaluator()(2, 0.5)
        #expect(copy.estimate(a: 2, b: 0.5) != nil)
        #expect(try PlaneMetric(.tv, PlaneMetricInputs(target: .words, sampler: Self.wordsByConfidence, monteCarloSamples: 200)) == metric)
    }
}
