import Foundation

/// The sampler's output distribution estimated from independent runs.
public struct MonteCarloEstimate: Sendable, Equatable {
    /// Empirical frequencies on the support and outside it.
    public let distribution: OutputDistribution
    public let samples: Int
    /// How often each support sequence came out, in the target's order.
    public let supportCounts: [Int]
    /// How often each sequence outside the support came out.
    public let invalidCounts: [[UInt8]: Int]
    /// The seed of the bootstrap used by `interval(for:target:)`.
    let seed: UInt64

    /// A 95% interval for a metric: Wilson's score interval for `invalid` (a binomial
    /// proportion), otherwise the 2.5% and 97.5% percentiles of 400 multinomial bootstrap
    /// resamples of the plug-in estimate. The plug-in TV and KL are biased upward when the support
    /// is not much smaller than the number of samples; the interval does not cover that bias.
    public func interval(for metric: SamplingErrorMetric, target: ToyTarget) -> ClosedRange<Double> {
        if metric == .invalid {
            return wilsonInterval(successes: invalidCounts.values.reduce(0, +), trials: samples)
        }
        var generator = SplitMix64(seed: seed ^ 0xB007_5742)
        let cumulative = (supportCounts + [invalidCounts.values.reduce(0, +)]).reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1) }
        var values: [Double] = []
        for _ in 0..<400 {
            var resampled = Array(repeating: 0, count: cumulative.count)
            for _ in 0..<samples {
                let u = Int(generator.nextUnit() * Double(samples))
                var low = 0, high = cumulative.count - 1
                while low < high {
                    let middle = (low + high) / 2
                    if cumulative[middle] > u { high = middle } else { low = middle + 1 }
                }
                resampled[low] += 1
            }
            let total = Double(samples)
            let output = OutputDistribution(probabilities: resampled.dropLast().map { Double($0) / total },
                                            invalid: Double(resampled.last ?? 0) / total)
            values.append(metric.value(output, target: target))
        }
        values.sort()
        return values[9]...values[389]
    }
}

/// Runs the sampler `samples` times with seeds drawn from `configuration.seed` and tallies the
/// outputs.
public func monteCarloOutputDistribution(
    of target: ToyTarget, _ configuration: SamplerConfiguration, samples: Int
) throws(SamplerError) -> MonteCarloEstimate {
    precondition(samples >= 1, "samples must be at least 1")
    var seeds = SplitMix64(seed: configuration.seed)
    var supportCounts = Array(repeating: 0, count: target.sequences.count)
    var invalidCounts: [[UInt8]: Int] = [:]
    var run = configuration
    for _ in 0..<samples {
        run.seed = seeds.next()
        let output = try sampleTrajectory(of: target, run).output
        if let index = target.supportIndex(of: output) {
            supportCounts[index] += 1
        } else {
            invalidCounts[output, default: 0] += 1
        }
    }
    let total = Double(samples)
    let distribution = OutputDistribution(
        probabilities: supportCounts.map { Double($0) / total },
        invalid: Double(invalidCounts.values.reduce(0, +)) / total)
    return MonteCarloEstimate(distribution: distribution, samples: samples, supportCounts: supportCounts,
                              invalidCounts: invalidCounts, seed: configuration.seed)
}

/// Wilson's 95% score interval for a binomial proportion.
func wilsonInterval(successes: Int, trials: Int) -> ClosedRange<Double> {
    let z = 1.959963984540054
    let n = Double(trials), p = Double(successes) / n
    let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    let half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
    return max(0, centre - half)...min(1, centre + half)
}
