import Synchronization

/// The evaluation behind the sampling-error plane metrics: cell (a, b) runs the exact N-step
/// evaluation with the schedule Beta(a, b) and reports a `SamplingErrorMetric`.
///
/// With exact token counts (cumulative, llada) the output distribution depends on the schedule
/// only through its counts per step, and many cells share them, so results are memoised by the
/// count vector (with stochastic rounding, estimated cells by their point). A cell whose exact evaluation exceeds
/// the work limit is, when `monteCarloSamples` is given, estimated from that many sampler runs
/// with the configuration's seed (the estimator and interval of `eval --method monte-carlo`,
/// `MonteCarloEstimate.metric`), and otherwise NaN; a metric the draws cannot estimate (KL with
/// an unseen support sequence) is NaN too, with the reason in its `estimate`.
final class SamplingErrorCells: Sendable {
    /// A memoised cell: its value, and the Monte Carlo estimate behind it if it is one.
    struct Cell: Sendable {
        let value: Double
        let estimate: MonteCarloMetric?
    }

    private enum Key: Hashable {
        case counts([Int])
        case point(Double, Double)
    }

    let target: ToyTarget
    let metric: SamplingErrorMetric
    let configuration: SamplerConfiguration
    let monteCarloSamples: Int?
    private let cache = Mutex<[Key: Cell]>([:])
    /// Count prefixes whose exact evaluation exceeded the work limit in their last step.
    private let refusedPrefixes = Mutex<Set<[Int]>>([])
    /// The target's projections and conditionals, shared by every cell's exact evaluation.
    private let projections: SupportProjections?
    /// The estimated cells by point, for `estimate(a:b:)` (a lookup, not a re-plan: the explorer
    /// asks for every cell of each snapshot on its main thread).
    private let estimates = Mutex<[Point: MonteCarloMetric]>([:])

    private struct Point: Hashable {
        let a: Double
        let b: Double
    }

    /// `configuration` is validated for the target's length; its schedule is ignored.
    init(target: ToyTarget, metric: SamplingErrorMetric, configuration: SamplerConfiguration, monteCarloSamples: Int? = nil) {
        self.target = target
        self.metric = metric
        self.configuration = configuration
        self.monteCarloSamples = monteCarloSamples
        projections = SupportProjections.supports(target)
            ? SupportProjections(target: target, temperature: configuration.temperature, order: configuration.order) : nil
    }

    /// The metric for the schedule Beta(a, b); NaN, and nothing kept, when `cancellation` is set
    /// before the cell is done.
    func value(a: Double, b: Double, cancellation: CancellationFlag? = nil) -> Double {
        cell(a: a, b: b, cancellation: cancellation).value
    }

    /// The Monte Carlo estimate behind cell (a, b), if it was estimated rather than computed
    /// exactly; nil also when the cell has not been evaluated yet.
    func estimate(a: Double, b: Double) -> MonteCarloMetric? {
        estimates.withLock { $0[Point(a: a, b: b)] }
    }

    private func cell(a: Double, b: Double, cancellation: CancellationFlag?) -> Cell {
        var run = configuration
        run.schedule = MaskSchedule(.beta(a: a, b: b))
        guard let plan = try? run.plan(length: target.length) else { return Cell(value: .nan, estimate: nil) }
        let key: Key = plan.isStochastic ? .point(a, b) : .counts(plan.counts)
        if let cached = cache.withLock({ $0[key] }) { return recorded(cached, a: a, b: b) }
        let cell: Cell
        if !plan.isStochastic, isRefused(plan.counts) {
            guard let estimate = estimated(run, plan: plan, cancellation: cancellation) else { return Cell(value: .nan, estimate: nil) }
            cell = estimate
        } else {
            var step = 0
            do {
                let output = try exactOutputDistribution(of: target, run, plan: plan, projections: projections,
                                                         cancellation: cancellation) { step = $0 }
                cell = Cell(value: metric.value(output, target: target), estimate: nil)
            } catch {
                guard case .stateSpaceTooLarge = error else { return Cell(value: .nan, estimate: nil) }
                if !plan.isStochastic, step > 0 {
                    refusedPrefixes.withLock { _ = $0.insert(Array(plan.counts.prefix(step))) }
                }
                guard let estimate = estimated(run, plan: plan, cancellation: cancellation) else { return Cell(value: .nan, estimate: nil) }
                cell = estimate
            }
        }
        // Exact points (stochastic rounding) are not kept: a 4096² plane would hold a record per cell.
        if case .point = key, cell.estimate == nil { return cell }
        cache.withLock { $0[key] = cell }
        return recorded(cell, a: a, b: b)
    }

    /// Notes an estimated cell under its point (cells sharing a count vector share the estimate).
    private func recorded(_ cell: Cell, a: Double, b: Double) -> Cell {
        if let estimate = cell.estimate { estimates.withLock { $0[Point(a: a, b: b)] = estimate } }
        return cell
    }

    /// Whether a plan with these counts is known to exceed the work limit: an earlier one with the
    /// same first k counts stopped in step k (the work up to step k depends on those counts only).
    private func isRefused(_ counts: [Int]) -> Bool {
        refusedPrefixes.withLock { refused in
            !refused.isEmpty && (1...counts.count).contains { refused.contains(Array(counts.prefix($0))) }
        }
    }

    /// The cell estimated from `monteCarloSamples` runs on `plan` (NaN without them); nil when
    /// cancelled, which is not a result to keep.
    private func estimated(_ run: SamplerConfiguration, plan: StepPlan, cancellation: CancellationFlag?) -> Cell? {
        guard let samples = monteCarloSamples else { return Cell(value: .nan, estimate: nil) }
        do {
            let draws = try monteCarloOutputDistribution(of: target, run, plan: plan, samples: samples, cancellation: cancellation)
            let estimate = draws.metric(metric, target: target)
            return Cell(value: estimate.value ?? .nan, estimate: estimate)
        } catch .cancelled {
            return nil
        } catch {
            return Cell(value: .nan, estimate: nil)
        }
    }
}
