import Foundation

/// One token revealed by a sampling step.
public struct Reveal: Sendable, Equatable {
    public let position: Int
    public let token: UInt8
    /// q(x^position = token | context before the step), under the exact denoiser.
    public let probability: Double
}

/// One step of a sampled trajectory.
public struct TrajectoryStep: Sendable, Equatable {
    /// Step number, 1…N.
    public let step: Int
    /// Time and α at the end of the step (block-local time with blocks).
    public let t: Double
    public let alpha: Double
    /// The tokens revealed, in position order (possibly none).
    public let revealed: [Reveal]
    /// The partial sequence after the step (`maskToken` where masked).
    public let sequence: [UInt8]
    /// Whether the context before the step (the previous step's `sequence`) agrees with some
    /// support sequence; false means this step's values were drawn uniformly.
    public let isValidContext: Bool
    /// Whether some support sequence agrees with every token of `sequence`, the context after the
    /// step. The first step where this is false is the one whose draws left the support.
    public let isInSupport: Bool
    /// The denoiser's distribution for every position before the step, when requested.
    public let distributions: [[Double]]?
}

/// A sampled run of the N-step sampler on a toy target.
public struct Trajectory: Sendable, Equatable {
    public let steps: [TrajectoryStep]

    /// The final sequence.
    public var output: [UInt8] { steps.last?.sequence ?? [] }

    /// The step whose draws left the support: the first whose `sequence` no support sequence
    /// agrees with (nil when every step stays in the support). Every later step has an invalid
    /// context (`isValidContext` false) and draws uniformly.
    public var stepLeavingSupport: Int? { steps.first { !$0.isInSupport }?.step }
}

/// Runs the N-step sampler once (docs/theory.md §1, §7, §9), seeded by `configuration.seed`.
///
/// Random numbers are drawn in a fixed order so a seed means the same trajectory everywhere:
/// per step, first the choice of positions (random order: a partial Fisher–Yates shuffle of the
/// masked positions of the block; stochastic rounding: one uniform per masked position, in
/// position order), then one uniform per drawn value in position order (confidence order draws
/// every masked position before choosing).
public func sampleTrajectory(
    of target: ToyTarget, _ configuration: SamplerConfiguration, includeDistributions: Bool = false
) throws(SamplerError) -> Trajectory {
    try sampleTrajectory(of: target, configuration, plan: try configuration.plan(length: target.length),
                         includeDistributions: includeDistributions)
}

/// One run of the sampler on a plan already made (from `configuration`, or from counts that no
/// schedule spec names: `StepPlan(counts:)`); the rest of `configuration` as above.
func sampleTrajectory(
    of target: ToyTarget, _ configuration: SamplerConfiguration, plan: StepPlan, includeDistributions: Bool = false
) throws(SamplerError) -> Trajectory {
    var memo = DenoiserMemo(target: target, capacity: 0)
    return sampleTrajectory(of: target, configuration, plan: plan, includeDistributions: includeDistributions, memo: &memo)
}

/// One run on `plan`, its denoiser answers from `memo` (shared by the runs of a Monte Carlo
/// estimate; the run is the same with or without it).
func sampleTrajectory(
    of target: ToyTarget, _ configuration: SamplerConfiguration, plan: StepPlan, includeDistributions: Bool = false,
    memo: inout DenoiserMemo
) -> Trajectory {
    var generator = SplitMix64(seed: configuration.seed)
    var pattern = Array(repeating: maskToken, count: target.length)
    var steps: [TrajectoryStep] = []
    memo.startRun()
    // The denoiser before each step, which is also whether the step before left the support.
    var denoising = memo.denoising(given: pattern)
    for planned in plan {
        let masked = planned.positions.filter { pattern[$0] == maskToken }
        let draw = denoising.distributions.map { tempered($0, temperature: configuration.temperature) }
        var reveals: [Reveal] = []
        if configuration.order == .confidence {
            let values = masked.map { drawValue(from: draw[$0], generator: &generator) }
            let count = revealCount(planned, masked: masked.count, generator: &generator)
            let confidences = zip(masked, values).map { denoising.distributions[$0][Int($1)] }
            let chosen = Set(topPositions(masked, scores: confidences, count: count))
            for (position, value) in zip(masked, values) where chosen.contains(position) {
                reveals.append(Reveal(position: position, token: value, probability: denoising.distributions[position][Int(value)]))
            }
        } else {
            let chosen = choosePositions(planned, masked: masked, order: configuration.order,
                                         distributions: denoising.distributions, generator: &generator)
            for position in chosen {
                let value = drawValue(from: draw[position], generator: &generator)
                reveals.append(Reveal(position: position, token: value, probability: denoising.distributions[position][Int(value)]))
            }
        }
        for reveal in reveals { pattern[reveal.position] = reveal.token }
        let before = denoising
        denoising = memo.denoising(given: pattern)
        steps.append(TrajectoryStep(
            step: planned.step, t: planned.tEnd, alpha: planned.alphaEnd.value, revealed: reveals, sequence: pattern,
            isValidContext: before.isValidContext, isInSupport: denoising.isValidContext,
            distributions: includeDistributions ? before.distributions : nil))
    }
    return Trajectory(steps: steps)
}

/// How many of the block's masked tokens a step reveals: its exact count, or for stochastic
/// rounding the number of successes of one Bernoulli draw per masked token.
private func revealCount(_ step: PlannedStep, masked: Int, generator: inout SplitMix64) -> Int {
    if let count = step.exactTokens { return min(count, masked) }
    return (0..<masked).reduce(0) { count, _ in generator.nextUnit() < step.revealProbability ? count + 1 : count }
}

/// The positions a step reveals under random, margin or entropy order, in position order.
private func choosePositions(
    _ step: PlannedStep, masked: [Int], order: RevealOrder, distributions: [[Double]], generator: inout SplitMix64
) -> [Int] {
    if order == .random {
        if step.isStochastic {
            return masked.filter { _ in generator.nextUnit() < step.revealProbability }
        }
        var pool = masked
        let count = min(step.tokens, pool.count)
        for i in 0..<count {
            let j = i + Int(generator.nextUnit() * Double(pool.count - i))
            pool.swapAt(i, j)
        }
        return pool.prefix(count).sorted()
    }
    let count = revealCount(step, masked: masked.count, generator: &generator)
    return topPositions(masked, scores: masked.map { order.score(of: distributions[$0]) }, count: count)
}

/// A value drawn from a distribution by inversion with one uniform.
func drawValue(from distribution: [Double], generator: inout SplitMix64) -> UInt8 {
    let u = generator.nextUnit()
    var cumulative = 0.0
    var last = 0
    for (value, p) in distribution.enumerated() where p > 0 {
        cumulative += p
        last = value
        if u < cumulative { return UInt8(value) }
    }
    return UInt8(last)
}

/// q^{1/τ} renormalised, computed as w_v = exp((ln q_v − ln q_max)/τ) and w_v/Σ_u w_u: every
/// exponent is ≤ 0 and the largest weight is exactly 1, so no power overflows, underflows to a
/// 0/0 or turns into NaN for any τ > 0 (values far below q_max underflow to 0, their true limit).
/// τ = 0 puts all mass on the most probable value (ties, by `tieKey`, to the lowest); τ = 1
/// returns q as is.
func tempered(_ distribution: [Double], temperature: Double) -> [Double] {
    if temperature == 1 { return distribution }
    if temperature == 0 {
        var best = 0
        for value in distribution.indices where tieKey(distribution[value]) > tieKey(distribution[best]) { best = value }
        return distribution.indices.map { $0 == best ? 1 : 0 }
    }
    guard let top = distribution.max(), top > 0 else { return distribution }
    let logTop = log(top)
    let weights = distribution.map { $0 > 0 ? exp((log($0) - logTop) / temperature) : 0 }
    let total = weights.reduce(0, +)
    return weights.map { $0 / total }
}
