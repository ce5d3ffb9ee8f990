/// One step of the sampler as planned from the schedule: which block it works in, its times and
/// α, and either an exact count of tokens to reveal or the stochastic reveal probability.
struct PlannedStep: Sendable, Equatable {
    let step: Int
    let block: Range<Int>
    let tStart: Double
    let tEnd: Double
    let alphaStart: Double
    let alphaEnd: Double
    /// Tokens to reveal (cumulative and llada rounding); nil for stochastic rounding.
    let count: Int?
    /// Probability that each masked token of the block is revealed (stochastic rounding):
    /// (α_{k+1} − α_k)/(1 − α_k) = 1 − (1 − α_{k+1})/(1 − α_k), and 1 at the block's last step.
    let revealProbability: Double
}

extension SamplerConfiguration {
    /// The steps for a sequence of `length` tokens (validated first).
    func plan(length: Int) throws(SamplerError) -> [PlannedStep] {
        try validate(length: length)
        let request = TokenCountRequest(length: length, steps: steps, rounding: rounding, blockLength: blockLength, seed: seed)
        let rows: [TokenStep]
        do {
            rows = try tokenCounts(for: schedule, request)
        } catch {
            throw .tokenCounts(error)
        }
        let blockSize = blockLength ?? length
        let stepsPerBlock = steps / (length / blockSize)
        return rows.map { row in
            let start = (row.block - 1) * blockSize
            let isLast = row.step % stepsPerBlock == 0
            let before = schedule.alphaPair(at: row.tStart, complement: 1 - row.tStart).complement
            let after = schedule.alphaPair(at: row.tEnd, complement: 1 - row.tEnd).complement
            let probability = isLast || before <= 0 ? 1 : max(0, min(1, 1 - after / before))
            return PlannedStep(
                step: row.step, block: start..<(start + blockSize), tStart: row.tStart, tEnd: row.tEnd,
                alphaStart: row.alphaStart, alphaEnd: row.alphaEnd,
                count: rounding == .stochastic ? nil : row.tokens, revealProbability: probability)
        }
    }
}
