/// A count profile that minimises one of the sampler's exact errors, with its value.
public struct ProfileOptimum: Sendable, Equatable {
    public let counts: [Int]
    public let value: Double
}

/// The count profiles of N steps (each ≥ 1 token, summing to n) that minimise the random-order
/// sampler's exact TV and exact KL(q‖p) (docs/theory.md §9, §12), by exhaustive search: every one
/// of the C(n − 1, N − 1) compositions is evaluated exactly, all sharing the target's projections
/// and conditionals (`SupportProjections`). Ties (within 1e-12) go to the lexicographically
/// smallest profile, as in `InformationCurve.optimalCounts`.
///
/// Feasible when `exactProfileWork` is at most `workLimit` and every evaluation stays within the
/// exact evaluation's own limit; otherwise throws `stateSpaceTooLarge`, so that callers report
/// the search as not done rather than a partial optimum.
public func exactOptimalProfiles(
    of target: ToyTarget, steps: Int, workLimit: Int = Limits.maximumExactProfileWork
) throws(SamplerError) -> (tv: ProfileOptimum, kl: ProfileOptimum) {
    let n = target.length
    precondition((1...n).contains(steps), "steps must be 1…n")
    let work = exactProfileWork(of: target, steps: steps)
    guard work <= workLimit else { throw .stateSpaceTooLarge(work: work, limit: workLimit) }
    let configuration = SamplerConfiguration(schedule: .uniform, steps: steps)
    let projections = SupportProjections.supports(target)
        ? SupportProjections(target: target, temperature: 1, order: .random) : nil
    var best: [SamplingErrorMetric: ProfileOptimum] = [:]
    for counts in compositions(of: n, parts: steps) {
        let output = try exactOutputDistribution(of: target, configuration, plan: StepPlan(counts: counts), projections: projections)
        for metric in [SamplingErrorMetric.tv, .kl] {
            let value = metric.value(output, target: target)
            if let current = best[metric], !(value < current.value - 1e-12) { continue }
            best[metric] = ProfileOptimum(counts: counts, value: value)
        }
    }
    return (best[.tv]!, best[.kl]!)
}

/// The size of the exhaustive search: compositions × support × n, saturating.
public func exactProfileWork(of target: ToyTarget, steps: Int) -> Int {
    let count = binomialCoefficient(target.length - 1, steps - 1) * Double(target.sequences.count) * Double(target.length)
    return count >= Double(Int.max) ? .max : Int(count)
}

/// The compositions of n into `parts` positive parts, in lexicographic order.
func compositions(of n: Int, parts: Int) -> [[Int]] {
    if parts == 1 { return [[n]] }
    return (1...(n - parts + 1)).flatMap { first in compositions(of: n - first, parts: parts - 1).map { [first] + $0 } }
}
