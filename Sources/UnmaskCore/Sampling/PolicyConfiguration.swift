/// How the sampler runs under an adaptive step policy (docs/theory.md §11): the policy, the draw
/// temperature, the semi-autoregressive blocks, an optional cap on the steps and the seed.
///
/// Blocks are decoded left to right; the current block is the first with a masked position, and
/// only its masked positions are candidates. Without a cap the run ends when every token is
/// revealed, after between L/B and L steps (one denoiser call each). With a cap N, step N reveals
/// every position still masked, in every block, each value drawn from its own tempered marginal:
/// no run takes more than N steps, and a run that gets to step N with tokens left is "capped".
public struct PolicyConfiguration: Sendable, Equatable, Hashable {
    public var policy: StepPolicy
    /// Values are drawn from q^{1/τ} renormalised, as in `SamplerConfiguration`; confidences and
    /// entropies are always those of the denoiser q itself.
    public var temperature: Double
    public var blockLength: Int?
    /// The most steps a run may take; nil runs until every token is revealed.
    public var stepCap: Int?
    public var seed: UInt64

    public init(policy: StepPolicy, temperature: Double = 1, blockLength: Int? = nil, stepCap: Int? = nil, seed: UInt64 = 0) {
        self.policy = policy
        self.temperature = temperature
        self.blockLength = blockLength
        self.stepCap = stepCap
        self.seed = seed
    }

    /// Checks the configuration against a sequence length; every failure names the bad value.
    public func validate(length: Int) throws(SamplerError) {
        guard temperature.isFinite, temperature == 0 || temperature >= Limits.minimumTemperature else {
            throw .badTemperature(temperature)
        }
        guard length >= 1 else { throw .tokenCounts(.lengthTooSmall(length)) }
        if let blockLength, blockLength < 1 || length % blockLength != 0 {
            throw .tokenCounts(.blockLengthDoesNotDivide(blockLength: blockLength, length: length))
        }
        if let stepCap, stepCap < 1 { throw .tokenCounts(.stepsTooSmall(stepCap)) }
    }

    /// The block (1…L/B) of a position.
    func block(of position: Int, length: Int) -> Int { position / (blockLength ?? length) + 1 }

    /// The masked positions of the current block (the first with a masked position), in order.
    func candidates(in pattern: [UInt8]) -> [Int] {
        guard let first = pattern.firstIndex(of: maskToken) else { return [] }
        let size = blockLength ?? pattern.count
        let start = first / size * size
        return (start..<(start + size)).filter { pattern[$0] == maskToken }
    }

    /// The steps a run takes from `pattern`, `done` steps in, once it has left the target's
    /// support, and whether it reaches the cap with tokens still masked: the denoiser is then
    /// uniform at every masked position (`denoiser(given:)`), so every confidence is 1/d and
    /// every entropy ln d whatever is drawn, and the count revealed per step depends only on how
    /// many candidates there are and, for KLASS, on the divergences. `previous` holds the
    /// marginals of the step that left the support: KLASS's first step outside compares the
    /// uniform marginals with them, and every later one finds them unmoved (d = 0).
    func stepsOutsideSupport(from pattern: [UInt8], done: Int, vocabularySize: Int,
                             previous: [[Double]]) -> (steps: Int, isCapped: Bool) {
        var pattern = pattern
        var done = done
        let uniform = Array(repeating: 1 / Double(vocabularySize), count: vocabularySize)
        let uniformEntropy = entropy(of: uniform)
        var isFirst = true
        while pattern.contains(maskToken) {
            done += 1
            if done == stepCap { return (done, true) }
            let candidates = candidates(in: pattern)
            let divergences = candidates.map { isFirst ? divergence(uniform, from: previous[$0]) : 0 }
            let slots = policy.revealedSlots(confidences: candidates.map { _ in uniform[0] },
                                             entropies: candidates.map { _ in uniformEntropy }, divergences: divergences)
            for slot in slots { pattern[candidates[slot]] = 0 }
            isFirst = false
        }
        return (done, false)
    }
}
