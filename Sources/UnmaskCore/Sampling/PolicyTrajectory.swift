/// A sampled run of an adaptive step policy: the steps, as a count schedule's run has them, and
/// what only a policy run has.
public struct PolicyRun: Sendable, Equatable {
    /// The steps. A step's `t` and `alpha` are both the fraction of its block revealed after it
    /// (a policy has no time grid); `revealed` carries each token's confidence q_i(x̂_i).
    public let trajectory: Trajectory
    /// The block (1…L/B) each step worked in, in step order.
    public let blocks: [Int]
    /// Whether the run reached its step cap with tokens still masked (the cap step revealed them all).
    public let isCapped: Bool

    /// The number of denoiser calls, one per step.
    public var nfe: Int { trajectory.steps.count }
}

/// Runs an adaptive step policy once (docs/theory.md §11), seeded by `configuration.seed`.
///
/// Random numbers are drawn in a fixed order so a seed means the same run everywhere: per step,
/// the threshold and KLASS draw one uniform per candidate in position order (their proposals)
/// and reveal the chosen ones with those values; the entropy bound first chooses, then draws one uniform per
/// chosen position in position order; the cap step draws one per masked position in order.
public func samplePolicyRun(
    of target: ToyTarget, _ configuration: PolicyConfiguration, includeDistributions: Bool = false
) throws(SamplerError) -> PolicyRun {
    try configuration.validate(length: target.length)
    var memo = DenoiserMemo(target: target, capacity: 0)
    return samplePolicyRun(of: target, configuration, includeDistributions: includeDistributions, memo: &memo)
}

/// One run of a validated configuration, its denoiser answers from `memo` (shared by the runs of
/// a Monte Carlo estimate; the run is the same with or without it).
func samplePolicyRun(
    of target: ToyTarget, _ configuration: PolicyConfiguration, includeDistributions: Bool = false, memo: inout DenoiserMemo
) -> PolicyRun {
    var generator = SplitMix64(seed: configuration.seed)
    let blockLength = configuration.blockLength ?? target.length
    var pattern = Array(repeating: maskToken, count: target.length)
    var steps: [TrajectoryStep] = []
    var blocks: [Int] = []
    var isCapped = false
    memo.startRun()
    // The denoiser before each step, which is also whether the step before left the support.
    var denoising = memo.denoising(given: pattern)
    // KLASS's q′: the marginals of the previous step (none before the first).
    var previous: [[Double]]?
    while let first = pattern.firstIndex(of: maskToken) {
        let step = steps.count + 1
        let block = first / blockLength + 1
        let q = denoising.distributions
        let draw = q.map { tempered($0, temperature: configuration.temperature) }
        var reveals: [Reveal] = []
        if step == configuration.stepCap {
            isCapped = true
            for position in pattern.indices where pattern[position] == maskToken {
                let value = drawValue(from: draw[position], generator: &generator)
                reveals.append(Reveal(position: position, token: value, probability: q[position][Int(value)]))
            }
        } else {
            let candidates = configuration.candidates(in: pattern)
            let policy = configuration.policy
            if policy.scoresProposals {
                let values = candidates.map { drawValue(from: draw[$0], generator: &generator) }
                let confidences = zip(candidates, values).map { q[$0][Int($1)] }
                let divergences = candidates.map { position in previous.map { divergence(q[position], from: $0[position]) } ?? .infinity }
                for slot in policy.revealedSlots(confidences: confidences, entropies: [], divergences: divergences) {
                    reveals.append(Reveal(position: candidates[slot], token: values[slot], probability: confidences[slot]))
                }
            } else {
                let entropies = candidates.map { entropy(of: q[$0]) }
                for slot in policy.revealedSlots(confidences: [], entropies: entropies, divergences: []) {
                    let position = candidates[slot]
                    let value = drawValue(from: draw[position], generator: &generator)
                    reveals.append(Reveal(position: position, token: value, probability: q[position][Int(value)]))
                }
            }
        }
        if configuration.policy.readsPreviousMarginals { previous = q }
        for reveal in reveals { pattern[reveal.position] = reveal.token }
        let before = denoising
        denoising = memo.denoising(given: pattern)
        let start = (block - 1) * blockLength
        let revealedInBlock = (start..<(start + blockLength)).filter { pattern[$0] != maskToken }.count
        let fraction = Double(revealedInBlock) / Double(blockLength)
        steps.append(TrajectoryStep(
            step: step, t: fraction, alpha: fraction, revealed: reveals, sequence: pattern,
            isValidContext: before.isValidContext, isInSupport: denoising.isValidContext,
            distributions: includeDistributions ? q : nil))
        blocks.append(block)
    }
    return PolicyRun(trajectory: Trajectory(steps: steps), blocks: blocks, isCapped: isCapped)
}
