import Synchronization

/// The sampler's error on a toy target over the Beta plane: cell (a, b) runs the exact N-step
/// evaluation with the schedule Beta(a, b) and reports a `SamplingErrorMetric`.
///
/// With exact token counts (cumulative, llada) the output distribution depends on the schedule
/// only through its counts per step, and many cells share them, so results are memoised by the
/// count vector. Cells whose exact evaluation exceeds the work limit are NaN.
public final class SamplingErrorGrid: Sendable {
    public let target: ToyTarget
    public let metric: SamplingErrorMetric
    public let configuration: SamplerConfiguration
    private let cache = Mutex<[[Int]: Double]>([:])

    /// `configuration.schedule` is ignored: each cell brings its own.
    public init(target: ToyTarget, metric: SamplingErrorMetric, configuration: SamplerConfiguration) throws(SamplerError) {
        try configuration.validate(length: target.length)
        self.target = target
        self.metric = metric
        self.configuration = configuration
    }

    /// The metric for the schedule Beta(a, b).
    public func value(a: Double, b: Double) -> Double {
        var run = configuration
        run.schedule = MaskSchedule(.beta(a: a, b: b))
        var key: [Int]?
        if run.rounding != .stochastic, let plan = try? run.plan(length: target.length) {
            key = plan.map { $0.count ?? 0 }
            if let cached = cache.withLock({ $0[key!] }) { return cached }
        }
        let value: Double
        do {
            value = metric.value(try exactOutputDistribution(of: target, run), target: target)
        } catch {
            value = .nan
        }
        if let key { cache.withLock { $0[key] = value } }
        return value
    }
}
