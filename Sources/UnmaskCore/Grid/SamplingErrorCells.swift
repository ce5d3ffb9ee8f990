import Synchronization

/// The evaluation behind the sampling-error plane metrics: cell (a, b) runs the exact N-step
/// evaluation with the schedule Beta(a, b) and reports a `SamplingErrorMetric`.
///
/// With exact token counts (cumulative, llada) the output distribution depends on the schedule
/// only through its counts per step, and many cells share them, so results are memoised by the
/// count vector. Cells whose exact evaluation exceeds the work limit are NaN.
final class SamplingErrorCells: Sendable {
    let target: ToyTarget
    let metric: SamplingErrorMetric
    let configuration: SamplerConfiguration
    private let cache = Mutex<[[Int]: Double]>([:])

    /// `configuration` is validated for the target's length; its schedule is ignored.
    init(target: ToyTarget, metric: SamplingErrorMetric, configuration: SamplerConfiguration) {
        self.target = target
        self.metric = metric
        self.configuration = configuration
    }

    /// The metric for the schedule Beta(a, b).
    func value(a: Double, b: Double) -> Double {
        var run = configuration
        run.schedule = MaskSchedule(.beta(a: a, b: b))
        guard let plan = try? run.plan(length: target.length) else { return .nan }
        let key = plan.isStochastic ? nil : plan.counts
        if let key, let cached = cache.withLock({ $0[key] }) { return cached }
        let value: Double
        do {
            value = metric.value(try exactOutputDistribution(of: target, run, plan: plan), target: target)
        } catch {
            value = .nan
        }
        if let key { cache.withLock { $0[key] = value } }
        return value
    }
}
