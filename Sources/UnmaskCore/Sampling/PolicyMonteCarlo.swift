/// An adaptive policy's output distribution and NFE distribution estimated from independent runs.
public struct PolicyMonteCarloEstimate: Sendable, Equatable {
    /// The outputs' tally, with its metric estimates and intervals.
    public let estimate: MonteCarloEstimate
    /// nfeCounts[k] = the runs that took k steps, k = 0…the largest seen.
    public let nfeCounts: [Int]
    /// The runs that reached the step cap with tokens still masked.
    public let cappedRuns: Int

    /// The empirical NFE distribution, nfeCounts / samples.
    public var nfe: NFEDistribution {
        NFEDistribution(probabilities: nfeCounts.map { Double($0) / Double(estimate.samples) })
    }
}

/// Runs the policy `samples` times with seeds drawn from `configuration.seed` (as
/// `monteCarloOutputDistribution` does) and tallies outputs, NFE and capped runs.
public func monteCarloPolicyEvaluation(
    of target: ToyTarget, _ configuration: PolicyConfiguration, samples: Int, progress: ((Int) -> Void)? = nil
) throws(SamplerError) -> PolicyMonteCarloEstimate {
    try configuration.validate(length: target.length)
    var run = configuration
    var nfeCounts: [Int] = []
    var cappedRuns = 0
    var memo = DenoiserMemo(target: target)
    let estimate = try monteCarloTally(of: target, seed: configuration.seed, samples: samples, progress: progress) { seed throws(SamplerError) in
        run.seed = seed
        let result = samplePolicyRun(of: target, run, memo: &memo)
        if nfeCounts.count <= result.nfe { nfeCounts += Array(repeating: 0, count: result.nfe + 1 - nfeCounts.count) }
        nfeCounts[result.nfe] += 1
        if result.isCapped { cappedRuns += 1 }
        return result.trajectory.output
    }
    return PolicyMonteCarloEstimate(estimate: estimate, nfeCounts: nfeCounts, cappedRuns: cappedRuns)
}
