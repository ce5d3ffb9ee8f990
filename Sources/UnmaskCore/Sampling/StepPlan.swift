import Foundation

/// One step of a step plan: where it works, its times, α and 1 − α at both ends, the tokens it
/// reveals and the per-token reveal probability.
///
/// Time runs from t = 0 (fully masked) to t = 1 (clean data) in the block's own clock.
public struct PlannedStep: Sendable, Equatable {
    /// Step number, 1…N over the whole sequence.
    public let step: Int
    /// Block number, 1…L/B (1 without blocks).
    public let block: Int
    /// The token positions of the step's block.
    public let positions: Range<Int>
    /// Start and end of the step in the block's own time, t_k = k/n for n steps per block.
    public let tStart: Double
    public let tEnd: Double
    /// α and 1 − α at the start and the end of the step (1 − α computed directly, not by
    /// cancellation, as `MaskSchedule.alphaPair` gives it).
    public let alphaStart: UnitPair
    public let alphaEnd: UnitPair
    /// Tokens revealed in this step (zero-token steps are kept). Under stochastic rounding this
    /// is one draw with the request's seed; a sampler draws its own from `revealProbability`.
    public let tokens: Int
    /// Tokens of the whole sequence still masked after this step (by `tokens`).
    public let maskedAfter: Int
    /// The probability that each masked token of the block is revealed, as the ancestral
    /// sampler does it: (α_{k+1} − α_k)/(1 − α_k) = 1 − (1 − α_{k+1})/(1 − α_k), and 1 at the
    /// block's last step (docs/theory.md §7).
    public let revealProbability: Double
    /// Whether `tokens` is a stochastic draw rather than the schedule's exact count.
    public let isStochastic: Bool

    /// The exact count to reveal, or nil when each masked token is revealed with
    /// `revealProbability` instead.
    var exactTokens: Int? { isStochastic ? nil : tokens }

    /// The distribution of the tokens this step reveals when `masked` of its block's tokens are
    /// still masked, as (count, probability) pairs: the exact count (at most `masked`), or under
    /// stochastic rounding Binomial(masked, `revealProbability`).
    func countDistribution(masked: Int) -> [(Int, Double)] {
        if let count = exactTokens { return [(Swift.min(count, masked), 1)] }
        let p = revealProbability
        if p >= 1 { return [(masked, 1)] }
        return (0...masked).map { c in
            (c, binomialCoefficient(masked, c) * pow(p, Double(c)) * pow(1 - p, Double(masked - c)))
        }
    }
}

/// How a schedule unmasks a sequence of L tokens in N steps: one `PlannedStep` per step, blocks
/// left to right, each with N·B/L steps of the schedule in its own time (docs/theory.md §7).
///
/// This is the one place token counts are computed and the request validated; the samplers, the
/// explorer's views and the CLI all read it.
public struct StepPlan: Sendable, Equatable, RandomAccessCollection {
    public let request: TokenCountRequest
    public let steps: [PlannedStep]

    /// The plan of `schedule` for `request`, which is validated first.
    public init(_ schedule: MaskSchedule, _ request: TokenCountRequest) throws(TokenCountError) {
        try request.validate()
        self.init(unchecked: schedule, request)
    }

    /// The plan of a request already validated.
    init(unchecked schedule: MaskSchedule, _ request: TokenCountRequest) {
        self.request = request
        let blockLength = request.blockLength ?? request.length
        let blocks = request.length / blockLength
        let stepsPerBlock = request.steps / blocks
        let alphas = (0...stepsPerBlock).map { schedule.alphaPair(afterStep: $0, of: stepsPerBlock) }
        let probabilities = (1...stepsPerBlock).map { k -> Double in
            let before = alphas[k - 1].complement
            guard k < stepsPerBlock, before > 0 else { return 1 }
            return Swift.max(0, Swift.min(1, 1 - alphas[k].complement / before))
        }
        let isStochastic = request.rounding == .stochastic
        var generator = SplitMix64(seed: request.seed)
        var masked = request.length
        var steps: [PlannedStep] = []
        steps.reserveCapacity(request.steps)
        for block in 1...blocks {
            let counts: [Int]
            switch request.rounding {
            case .cumulative: counts = cumulativeCounts(alphas, length: blockLength)
            case .llada: counts = largestRemainderCounts(alphas, length: blockLength)
            case .stochastic: counts = stochasticCounts(alphas, length: blockLength, generator: &generator)
            }
            let start = (block - 1) * blockLength
            for (k, count) in counts.enumerated() {
                masked -= count
                steps.append(PlannedStep(
                    step: (block - 1) * stepsPerBlock + k + 1, block: block, positions: start..<(start + blockLength),
                    tStart: Double(k) / Double(stepsPerBlock), tEnd: Double(k + 1) / Double(stepsPerBlock),
                    alphaStart: alphas[k], alphaEnd: alphas[k + 1], tokens: count, maskedAfter: masked,
                    revealProbability: probabilities[k], isStochastic: isStochastic))
            }
        }
        self.steps = steps
    }

    /// Whether the counts are one stochastic draw (stochastic rounding).
    public var isStochastic: Bool { request.rounding == .stochastic }

    /// Tokens revealed per step, in step order.
    public var counts: [Int] { steps.map(\.tokens) }

    public var startIndex: Int { steps.startIndex }
    public var endIndex: Int { steps.endIndex }
    public subscript(position: Int) -> PlannedStep { steps[position] }
}

extension MaskSchedule {
    /// α and 1 − α at the end of step k of N, t_k = k/N, with 1 − t_k = (N − k)/N exact.
    func alphaPair(afterStep k: Int, of steps: Int) -> UnitPair {
        alphaPair(at: Double(k) / Double(steps), complement: Double(steps - k) / Double(steps))
    }
}

extension SamplerConfiguration {
    /// The token-count request of this configuration for a sequence of `length` tokens.
    public func tokenCountRequest(length: Int) -> TokenCountRequest {
        TokenCountRequest(length: length, steps: steps, rounding: rounding, blockLength: blockLength, seed: seed)
    }

    /// The plan for a sequence of `length` tokens, after validating the configuration (once).
    public func plan(length: Int) throws(SamplerError) -> StepPlan {
        try validate(length: length)
        return StepPlan(unchecked: schedule, tokenCountRequest(length: length))
    }
}

extension StepPlan {
    /// The plan that reveals exactly `counts` tokens in its steps, one block of Σ counts tokens:
    /// the schedule through α_k = m_k/n at t_k = k/N (m_k tokens revealed after k steps), whose
    /// cumulative counts are `counts`. For evaluating a count profile that no schedule spec names
    /// (`exactOptimalProfiles`).
    init(counts: [Int]) {
        let length = counts.reduce(0, +), steps = counts.count
        request = TokenCountRequest(length: length, steps: steps)
        var revealed = 0
        var planned: [PlannedStep] = []
        for (k, count) in counts.enumerated() {
            let before = UnitPair(value: Double(revealed) / Double(length), complement: Double(length - revealed) / Double(length))
            let masked = length - revealed
            revealed += count
            let after = UnitPair(value: Double(revealed) / Double(length), complement: Double(length - revealed) / Double(length))
            planned.append(PlannedStep(
                step: k + 1, block: 1, positions: 0..<length, tStart: Double(k) / Double(steps), tEnd: Double(k + 1) / Double(steps),
                alphaStart: before, alphaEnd: after, tokens: count, maskedAfter: length - revealed,
                revealProbability: masked > 0 ? Double(count) / Double(masked) : 1, isStochastic: false))
        }
        self.steps = planned
    }
}
