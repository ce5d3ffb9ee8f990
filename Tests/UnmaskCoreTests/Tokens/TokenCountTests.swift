import Testing
@testable import UnmaskCore

@Suite("Tokens: counts per step")
struct TokenCountTests {
    func counts(_ spec: String, length: Int, steps: Int, rounding: TokenRounding = .cumulative,
                blockLength: Int? = nil, seed: UInt64 = 0) throws -> [Int] {
        let request = TokenCountRequest(length: length, steps: steps, rounding: rounding, blockLength: blockLength, seed: seed)
        return try StepPlan(MaskSchedule(spec: spec), request).map(\.tokens)
    }

    /// token_counts.csv: counts from α at 40 digits in an independent Python implementation.
    @Test func matchesIndependentReference() throws {
        let fixture = try Fixture(named: "token_counts.csv")
        for row in fixture.rows {
            let rounding = try #require(TokenRounding(rawValue: row[1]))
            let length = try #require(Int(row[2])), steps = try #require(Int(row[3]))
            let expected = row[4].split(separator: ";").compactMap { Int($0) }
            #expect(try counts(row[0], length: length, steps: steps, rounding: rounding) == expected, "\(row[0..<4])")
        }
    }

    /// Cumulative counts for L = 256, N = 8 quoted in docs/theory.md §7.
    @Test func theoryReferenceCounts() throws {
        #expect(try counts("linear", length: 256, steps: 8) == Array(repeating: 32, count: 8))
        #expect(try counts("beta:1,1", length: 256, steps: 8) == [10, 27, 42, 49, 49, 42, 27, 10])
        #expect(try counts("beta:0.9,0.3", length: 256, steps: 8) == [2, 4, 9, 12, 19, 29, 47, 134])
        #expect(try counts("beta:1,0.2", length: 256, steps: 8) == [0, 2, 3, 5, 10, 15, 31, 190])
        #expect(try counts("beta:0.3,0.9", length: 256, steps: 8) == [134, 47, 29, 19, 12, 9, 4, 2])
        #expect(try counts("sine", length: 256, steps: 8) == [50, 48, 44, 39, 32, 24, 14, 5])
    }

    /// LLaDA's get_num_transfer_tokens: L div N every step, the first L mod N steps one more.
    @Test func lladaRoundingOfLinearIsLLaDAsTransferCount() throws {
        for length in 1...300 {
            for steps in 1...min(length, 64) {
                let expected = (0..<steps).map { length / steps + ($0 < length % steps ? 1 : 0) }
                #expect(try counts("linear", length: length, steps: steps, rounding: .llada) == expected, "L = \(length), N = \(steps)")
            }
        }
    }

    @Test(arguments: TokenRounding.allCases)
    func rowsAddUpAndKeepZeroTokenSteps(rounding: TokenRounding) throws {
        let request = TokenCountRequest(length: 256, steps: 8, rounding: rounding, seed: 3)
        let rows = try StepPlan(MaskSchedule(.beta(a: 1, b: 0.2)), request)
        #expect(rows.map(\.step) == Array(1...8))
        #expect(rows.map(\.tokens).reduce(0, +) == 256)
        #expect(rows.last?.maskedAfter == 0)
        #expect(rows.allSatisfy { $0.tokens >= 0 })
        #expect(rows.first?.alphaStart.value == 0 && rows.last?.alphaEnd.value == 1)
        var masked = 256
        for row in rows {
            masked -= row.tokens
            #expect(row.maskedAfter == masked)
        }
        if rounding != .stochastic { #expect(rows[0].tokens == 0) }
    }

    /// Blocks of B tokens run left to right, each with N·B/L steps in its own time.
    @Test func semiAutoregressiveBlocks() throws {
        let request = TokenCountRequest(length: 256, steps: 32, blockLength: 32)
        let rows = try StepPlan(MaskSchedule(.beta(a: 1, b: 1)), request)
        #expect(rows.count == 32)
        #expect(rows.map(\.block) == (1...8).flatMap { Array(repeating: $0, count: 4) })
        for block in 1...8 {
            let inBlock = rows.filter { $0.block == block }
            #expect(inBlock.map(\.tokens) == (try counts("beta:1,1", length: 32, steps: 4)))
            #expect(inBlock.map(\.tStart) == [0, 0.25, 0.5, 0.75])
            #expect(inBlock.last?.maskedAfter == 256 - 32 * block)
        }
    }

    @Test func stochasticIsSeededAndUnbiased() throws {
        let first = try counts("beta:1,1", length: 1000, steps: 8, rounding: .stochastic, seed: 42)
        #expect(try counts("beta:1,1", length: 1000, steps: 8, rounding: .stochastic, seed: 42) == first)
        #expect(try counts("beta:1,1", length: 1000, steps: 8, rounding: .stochastic, seed: 43) != first)
        // The mean count per step over 400 seeds is within 5 standard errors of L·Δα.
        let schedule = MaskSchedule(.beta(a: 1, b: 1))
        let runs = try (0..<400).map { try counts("beta:1,1", length: 1000, steps: 8, rounding: .stochastic, seed: UInt64($0)) }
        for k in 0..<8 {
            let expected = 1000 * (schedule.alpha(at: Double(k + 1) / 8) - schedule.alpha(at: Double(k) / 8))
            let samples = runs.map { Double($0[k]) }
            let mean = samples.reduce(0, +) / 400
            let variance = samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 399
            #expect(abs(mean - expected) <= 5 * (variance / 400).squareRoot() + 1e-9, "step \(k + 1): \(mean) vs \(expected)")
        }
    }

    /// One binomial draw per step: L = N = 10^6 plans at once (a loop per token took hours),
    /// the counts are non-negative and add up to L, blocks included, and a seed fixes them.
    @Test func stochasticCountsAddUpAtTheLengthLimit() throws {
        for (length, steps, blockLength) in [(1_000_000, 1_000_000, nil), (1_000_000, 1000, nil), (1_000_000, 4000, 250_000), (1, 1, nil)] as [(Int, Int, Int?)] {
            let plan = try StepPlan(MaskSchedule(.cosine), TokenCountRequest(length: length, steps: steps, rounding: .stochastic,
                                                                             blockLength: blockLength, seed: 5))
            #expect(plan.counts.allSatisfy { $0 >= 0 })
            #expect(plan.counts.reduce(0, +) == length)
            #expect(plan.steps.last?.maskedAfter == 0)
            if steps == 1000 {
                let again = try StepPlan(MaskSchedule(.cosine), TokenCountRequest(length: length, steps: steps, rounding: .stochastic, seed: 5))
                #expect(again.counts == plan.counts)
                // Step k reveals Binomial(m_k, p_k): each count within 6 standard deviations.
                for step in plan.steps.dropLast() {
                    let masked = Double(step.maskedAfter + step.tokens), p = step.revealProbability
                    #expect(abs(Double(step.tokens) - masked * p) <= 6 * (masked * p * (1 - p)).squareRoot() + 1, "step \(step.step)")
                }
            }
        }
    }

    @Test func badRequestsNameTheBadValue() {
        let schedule = MaskSchedule(.linear)
        #expect(throws: TokenCountError.lengthTooSmall(0)) { try StepPlan(schedule, TokenCountRequest(length: 0, steps: 4)) }
        #expect(throws: TokenCountError.stepsTooSmall(0)) { try StepPlan(schedule, TokenCountRequest(length: 8, steps: 0)) }
        #expect(throws: TokenCountError.blockLengthDoesNotDivide(blockLength: 3, length: 8)) {
            try StepPlan(schedule, TokenCountRequest(length: 8, steps: 4, blockLength: 3))
        }
        #expect(throws: TokenCountError.stepsNotDivisibleByBlocks(steps: 3, blocks: 2)) {
            try StepPlan(schedule, TokenCountRequest(length: 8, steps: 3, blockLength: 4))
        }
        #expect(TokenCountError.blockLengthDoesNotDivide(blockLength: 3, length: 8).description.contains("B = 3"))
    }

    /// SplitMix64's published output for seed 0, so seeds mean the same on every machine.
    @Test func splitMixReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }
}
