import Foundation

/// The sampler's output distribution estimated from independent runs.
public struct MonteCarloEstimate: Sendable, Equatable {
    /// Empirical frequencies on the support and outside it.
    public let distribution: OutputDistribution
    public let samples: Int
    /// How often each support sequence came out, in the target's order.
    public let supportCounts: [Int]
    /// How often each sequence outside the support came out, for the first
    /// `Limits.maximumTrackedInvalidOutputs` distinct ones (later new ones are only counted in
    /// `invalidTotal`: with uniform draws off the support nearly every run can be new).
    public let invalidCounts: [[UInt8]: Int]
    /// Draws outside the support, all sequences together.
    public let invalidTotal: Int
    /// The seed of the bootstrap used by `metric(_:target:)`.
    let seed: UInt64

    /// Bootstrap replicates behind every interval.
    public static let bootstrapReplicates = 400

    /// A metric estimated from these draws, with a 95% interval from the same draws
    /// (docs/theory.md §9, "Monte Carlo"):
    /// - `invalid`: the proportion p̂ = (draws outside the support)/n, unbiased, with Wilson's
    ///   score interval (which always contains p̂);
    /// - `tv`: the plug-in θ̂ = TV(q, p̂) is biased upward, by about ½·Σ_x √(2p(x)(1 − p(x))/(πn)) when
    ///   p = q, which is large when the support is not much smaller than n. The estimate is the
    ///   bootstrap bias-corrected θ̃ = 2θ̂ − mean(θ*_b) over B = 400 multinomial resamples θ*_b
    ///   of the counts, and the interval the basic bootstrap interval
    ///   [2θ̂ − θ*_(97.5%), 2θ̂ − θ*_(2.5%)], both clamped to [0, 1] and the estimate clamped into
    ///   the interval. When θ̂ is no larger than the 97.5% point of the plug-in TV of n draws
    ///   from q itself (a parametric bootstrap of p = q), the draws cannot tell the TV from 0 and
    ///   the interval is extended down to 0, with a note;
    /// - `kl`: KL(q‖p̂) is +∞ as soon as one support sequence was never drawn; it is then not
    ///   estimable (the count of unseen sequences is the reason), as it is when more than 2.5% of
    ///   the bootstrap resamples miss a support sequence. Otherwise the plug-in bias-corrected
    ///   and basic bootstrap interval as for TV, clamped to [0, ∞).
    public func metric(_ metric: SamplingErrorMetric, target: ToyTarget) -> MonteCarloMetric {
        let plugIn = metric.value(distribution, target: target)
        switch metric {
        case .invalid:
            let wilson = wilsonInterval(successes: invalidTotal, trials: samples)
            // Wilson's interval contains p̂ in exact arithmetic; widen by rounding, never move p̂.
            let interval = min(wilson.lowerBound, plugIn)...max(wilson.upperBound, plugIn)
            return MonteCarloMetric(value: plugIn, interval: interval, plugIn: plugIn,
                                    estimator: "proportion of draws outside the support, Wilson score 95% interval", note: nil)
        case .tv:
            return bootstrapped(.tv, target: target, plugIn: plugIn, upper: 1)
        case .kl:
            let unseen = zip(target.probabilities, supportCounts).filter { $0.0 > 0 && $0.1 == 0 }.count
            if unseen > 0 {
                return MonteCarloMetric(
                    value: nil, interval: nil, plugIn: plugIn, estimator: klEstimator,
                    note: "not estimable: \(unseen) of \(target.sequences.count) support sequences were never sampled, so KL(q‖p̂) is infinite")
            }
            return bootstrapped(.kl, target: target, plugIn: plugIn, upper: .infinity)
        }
    }

    private var klEstimator: String {
        "plug-in KL(q‖p̂), bootstrap bias-corrected 2θ̂ − mean(θ*), basic bootstrap 95% interval"
    }

    private func bootstrapped(_ metric: SamplingErrorMetric, target: ToyTarget, plugIn: Double, upper: Double) -> MonteCarloMetric {
        let estimator = metric == .tv
            ? "plug-in TV(q, p̂), bootstrap bias-corrected 2θ̂ − mean(θ*), basic bootstrap 95% interval"
            : klEstimator
        var generator = SplitMix64(seed: seed ^ 0xB007_5742)
        let replicates = Self.bootstrapReplicates
        var values: [Double] = []
        values.reserveCapacity(replicates)
        let total = Double(samples)
        if metric == .tv {
            // Only the categories that were drawn can be drawn again: resample those, and take
            // TV(q, p*) = ½·(Σ_drawn (|q_x − p*_x| − q_x) + Σ_x q_x + p*_invalid), at O(drawn)
            // per replicate rather than O(support).
            let drawn = supportCounts.indices.filter { supportCounts[$0] > 0 }
            let counts = drawn.map { supportCounts[$0] } + [invalidTotal]
            let mass = target.probabilities.reduce(0, +)
            var resampled = Array(repeating: 0, count: counts.count)
            for _ in 0..<replicates {
                multinomialResample(counts: counts, total: samples, into: &resampled, generator: &generator)
                var sum = mass + Double(resampled[counts.count - 1]) / total
                for (position, index) in drawn.enumerated() {
                    let q = target.probabilities[index]
                    sum += abs(q - Double(resampled[position]) / total) - q
                }
                values.append(0.5 * max(0, sum))
            }
        } else {
            let counts = supportCounts + [invalidTotal]
            var resampled = Array(repeating: 0, count: counts.count)
            for _ in 0..<replicates {
                multinomialResample(counts: counts, total: samples, into: &resampled, generator: &generator)
                let output = OutputDistribution(probabilities: resampled.dropLast().map { Double($0) / total },
                                                invalid: Double(resampled[resampled.count - 1]) / total)
                values.append(metric.value(output, target: target))
            }
        }
        values.sort()
        let lowIndex = replicates / 40 - 1, highIndex = replicates - replicates / 40
        if metric == .kl {
            let infinite = values.filter { !$0.isFinite }.count
            if values[highIndex].isInfinite {
                return MonteCarloMetric(
                    value: nil, interval: nil, plugIn: plugIn, estimator: estimator,
                    note: "not estimable: \(infinite) of \(replicates) bootstrap resamples miss a rarely sampled support sequence, so the bootstrap cannot bound KL(q‖p̂)")
            }
            if infinite > 0 {
                // Not more than 2.5%: the quantiles are finite; the mean is taken over the rest.
                values.removeLast(infinite)
            }
        }
        let mean = values.reduce(0, +) / Double(values.count)
        var low = max(0, min(upper, 2 * plugIn - values[min(highIndex, values.count - 1)]))
        let high = max(0, min(upper, 2 * plugIn - values[lowIndex]))
        var note: String? = nil
        if metric == .tv {
            let null = nullPlugInTV(target: target, generator: &generator)
            if plugIn <= null {
                low = 0
                note = "consistent with TV = 0: the plug-in \(plugIn) is at most \(null), the 97.5% point of the plug-in TV of \(samples) draws from q itself, so the interval starts at 0"
            }
        }
        let interval = low...max(low, high)
        let corrected = max(0, min(upper, 2 * plugIn - mean))
        return MonteCarloMetric(value: clamp(corrected, into: interval), interval: interval, plugIn: plugIn,
                                estimator: estimator, note: note)
    }

    /// The 97.5% point of TV(q, q̂) over B multinomial samples q̂ of n draws from q: how large the
    /// plug-in TV gets from sampling noise alone when the sampler is exact.
    private func nullPlugInTV(target: ToyTarget, generator: inout SplitMix64) -> Double {
        let replicates = Self.bootstrapReplicates
        if samples * 16 < target.probabilities.count {
            return sparseNullPlugInTV(target: target, generator: &generator)
        }
        var counts = Array(repeating: 0, count: target.probabilities.count)
        // Suffix sums of q, so that each conditional probability q_i / Σ_{j≥i} q_j is accurate.
        var remaining = Array(repeating: 0.0, count: target.probabilities.count + 1)
        for i in target.probabilities.indices.reversed() { remaining[i] = remaining[i + 1] + target.probabilities[i] }
        let total = Double(samples)
        var values: [Double] = []
        values.reserveCapacity(replicates)
        for _ in 0..<replicates {
            var left = samples
            for i in counts.indices {
                let drawn = i == counts.count - 1 || remaining[i] <= 0
                    ? left : generator.nextBinomial(trials: left, probability: min(1, target.probabilities[i] / remaining[i]))
                counts[i] = drawn
                left -= drawn
            }
            var sum = 0.0
            for (q, count) in zip(target.probabilities, counts) { sum += abs(q - Double(count) / total) }
            values.append(0.5 * sum)
        }
        values.sort()
        return values[replicates - replicates / 40]
    }
}

extension MonteCarloEstimate {
    /// `nullPlugInTV` when the draws are far fewer than the support: each replicate draws its n
    /// sequences from q one by one (inversion on the cumulative q, a binary search each), which
    /// is the same multinomial as the conditional binomials at O(n log K) instead of O(K), and
    /// TV(q, q̂) = ½·(Σ_drawn |q_x − q̂_x| + Σ_undrawn q_x).
    fileprivate func sparseNullPlugInTV(target: ToyTarget, generator: inout SplitMix64) -> Double {
        let replicates = Self.bootstrapReplicates
        var cumulative: [Double] = []
        cumulative.reserveCapacity(target.probabilities.count)
        var running = 0.0
        for q in target.probabilities {
            running += q
            cumulative.append(running)
        }
        let total = Double(samples)
        var values: [Double] = []
        values.reserveCapacity(replicates)
        var drawn: [Int: Int] = [:]
        for _ in 0..<replicates {
            drawn.removeAll(keepingCapacity: true)
            for _ in 0..<samples {
                let u = generator.nextUnit() * running
                var low = 0, high = cumulative.count - 1
                while low < high {
                    let middle = (low + high) / 2
                    if cumulative[middle] > u { high = middle } else { low = middle + 1 }
                }
                drawn[low, default: 0] += 1
            }
            var sum = running
            for (index, count) in drawn {
                let q = target.probabilities[index]
                sum += abs(q - Double(count) / total) - q
            }
            values.append(0.5 * max(0, sum))
        }
        values.sort()
        return values[replicates - replicates / 40]
    }
}

/// One metric of a Monte Carlo evaluation: an estimate with a 95% interval that contains it, or
/// the reason it cannot be estimated.
public struct MonteCarloMetric: Sendable, Equatable {
    /// The estimate, nil when not estimable (`note` says why).
    public let value: Double?
    /// The 95% interval, nil when not estimable; it always contains `value`.
    public let interval: ClosedRange<Double>?
    /// The plug-in value metric(q, p̂) of the empirical distribution (may be +∞ for KL).
    public let plugIn: Double
    /// How `value` and `interval` are computed, in words.
    public let estimator: String
    /// Why the metric is not estimable, or a caveat on the interval.
    public let note: String?
}

private func clamp(_ value: Double, into interval: ClosedRange<Double>) -> Double {
    min(interval.upperBound, max(interval.lowerBound, value))
}

/// A multinomial resample of `total` draws from the empirical distribution counts/total, by
/// sequential conditional binomials: n_i ~ Binomial(total − Σ_{j<i} n_j, c_i / Σ_{j≥i} c_j), the
/// last category taking the rest. Exact, and O(K) binomial draws for K categories.
func multinomialResample(counts: [Int], total: Int, into resampled: inout [Int], generator: inout SplitMix64) {
    var remainingCount = total
    var left = total
    for i in counts.indices {
        let count = counts[i]
        let drawn: Int
        if left == 0 || count == 0 {
            drawn = 0
        } else if count >= remainingCount {
            drawn = left
        } else {
            drawn = generator.nextBinomial(trials: left, probability: Double(count) / Double(remainingCount))
        }
        resampled[i] = drawn
        left -= drawn
        remainingCount -= count
    }
}

/// Runs the sampler `samples` times with seeds drawn from `configuration.seed` and tallies the
/// outputs. `progress`, when given, is called with the number of runs done every 1% of them or
/// every 4096 runs, whichever comes first, and once at the end.
public func monteCarloOutputDistribution(
    of target: ToyTarget, _ configuration: SamplerConfiguration, samples: Int, progress: ((Int) -> Void)? = nil
) throws(SamplerError) -> MonteCarloEstimate {
    try monteCarloOutputDistribution(of: target, configuration, plan: try configuration.plan(length: target.length),
                                     samples: samples, progress: progress)
}

/// The same estimate on a plan already made (`StepPlan(counts:)` for a profile no spec names).
func monteCarloOutputDistribution(
    of target: ToyTarget, _ configuration: SamplerConfiguration, plan: StepPlan, samples: Int,
    progress: ((Int) -> Void)? = nil, cancellation: CancellationFlag? = nil
) throws(SamplerError) -> MonteCarloEstimate {
    var run = configuration
    var memo = DenoiserMemo(target: target)
    return try monteCarloTally(of: target, seed: configuration.seed, samples: samples, progress: progress,
                               cancellation: cancellation) { seed throws(SamplerError) in
        run.seed = seed
        return sampleTrajectory(of: target, run, plan: plan, memo: &memo).output
    }
}

/// Tallies the outputs of `samples` runs, the i-th seeded by the i-th draw of SplitMix64(`seed`);
/// `progress` as for `monteCarloOutputDistribution`. Throws `cancelled` before the next run once
/// `cancellation` is set.
func monteCarloTally(
    of target: ToyTarget, seed: UInt64, samples: Int, progress: ((Int) -> Void)?, cancellation: CancellationFlag? = nil,
    run: (UInt64) throws(SamplerError) -> [UInt8]
) throws(SamplerError) -> MonteCarloEstimate {
    precondition(samples >= 1, "samples must be at least 1")
    var seeds = SplitMix64(seed: seed)
    var supportCounts = Array(repeating: 0, count: target.sequences.count)
    var invalidCounts: [[UInt8]: Int] = [:]
    var invalidTotal = 0
    let stride = max(1, min(4096, samples / 100))
    for done in 1...samples {
        if let cancellation, cancellation.isCancelled { throw .cancelled }
        let output = try run(seeds.next())
        if let index = target.supportIndex(of: output) {
            supportCounts[index] += 1
        } else {
            invalidTotal += 1
            if invalidCounts.count < Limits.maximumTrackedInvalidOutputs || invalidCounts[output] != nil {
                invalidCounts[output, default: 0] += 1
            }
        }
        if let progress, done % stride == 0 || done == samples { progress(done) }
    }
    let total = Double(samples)
    let distribution = OutputDistribution(
        probabilities: supportCounts.map { Double($0) / total },
        invalid: Double(invalidTotal) / total)
    return MonteCarloEstimate(distribution: distribution, samples: samples, supportCounts: supportCounts,
                              invalidCounts: invalidCounts, invalidTotal: invalidTotal, seed: seed)
}

/// Wilson's 95% score interval for a binomial proportion; exactly 0 (1) at its lower (upper)
/// end when there are no successes (failures), where centre ∓ half cancel up to rounding.
func wilsonInterval(successes: Int, trials: Int) -> ClosedRange<Double> {
    let z = 1.959963984540054
    let n = Double(trials), p = Double(successes) / n
    let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    let half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
    let low = successes == 0 ? 0 : max(0, centre - half)
    let high = successes == trials ? 1 : min(1, centre + half)
    return low...high
}
