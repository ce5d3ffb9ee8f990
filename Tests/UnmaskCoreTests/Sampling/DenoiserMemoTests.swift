import Testing
@testable import UnmaskCore

/// The denoiser memo a Monte Carlo estimate shares across its runs changes no run: with it, with
/// a capacity too small to keep anything past the first patterns, and without it, every seed
/// gives the same trajectory, and every answer is the denoiser's own.
@Suite("Sampling: the denoiser memo of a Monte Carlo estimate")
struct DenoiserMemoTests {
    static let schedules = [
        (ToyTarget.stickyChain, SamplerConfiguration(schedule: MaskSchedule(.linear), steps: 4)),
        (ToyTarget.words, SamplerConfiguration(schedule: MaskSchedule(.beta(a: 0.9, b: 0.3)), steps: 3, order: .confidence,
                                                temperature: 0.5)),
        (ToyTarget.addition, SamplerConfiguration(schedule: MaskSchedule(.cosine), steps: 4, rounding: .stochastic, blockLength: 3)),
    ]
    static let policies = [
        (ToyTarget.stickyChain, PolicyConfiguration(policy: .threshold(0.9))),
        (ToyTarget.palindromes, PolicyConfiguration(policy: .klass(confidence: 0.5, divergence: 0.3), blockLength: 3)),
        (ToyTarget.words, PolicyConfiguration(policy: .entropyBound(0.5), temperature: 0, stepCap: 3)),
    ]

    @Test func scheduleRunsAreTheSameWithAndWithoutTheMemo() throws {
        for (target, configuration) in Self.schedules {
            let plan = try configuration.plan(length: target.length)
            try Self.expectSameRuns(on: target) { seed, memo in
                var run = configuration
                run.seed = seed
                return memo == nil ? try sampleTrajectory(of: target, run, plan: plan, includeDistributions: true)
                    : sampleTrajectory(of: target, run, plan: plan, includeDistributions: true, memo: &memo!)
            }
        }
    }

    @Test func policyRunsAreTheSameWithAndWithoutTheMemo() throws {
        for (target, configuration) in Self.policies {
            try Self.expectSameRuns(on: target) { seed, memo in
                var run = configuration
                run.seed = seed
                return memo == nil ? try samplePolicyRun(of: target, run, includeDistributions: true)
                    : samplePolicyRun(of: target, run, includeDistributions: true, memo: &memo!)
            }
        }
    }

    /// For 300 seeds (SplitMix64(7)): the run without a memo (`memo` nil), with one shared by all
    /// the runs, and with one too small to keep more than three patterns, are equal.
    private static func expectSameRuns<Run: Equatable>(
        on target: ToyTarget, _ run: (UInt64, inout DenoiserMemo?) throws -> Run
    ) throws {
        var shared: DenoiserMemo? = DenoiserMemo(target: target)
        var tiny: DenoiserMemo? = DenoiserMemo(target: target, capacity: 3 * (200 + target.length * (32 + 8 * target.vocabularySize)))
        var none: DenoiserMemo?
        var seeds = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let seed = seeds.next()
            let alone = try run(seed, &none)
            #expect(try run(seed, &shared) == alone)
            #expect(try run(seed, &tiny) == alone)
        }
    }

    /// Every answer, remembered or not, is `denoiser(given:)` on the whole support, along runs
    /// that reach patterns outside it (paper-extremes at 5 steps leaves it often).
    @Test func answersAreTheDenoisersOwn() throws {
        let target = ToyTarget.paperExtremes
        var memo = DenoiserMemo(target: target)
        var generator = SplitMix64(seed: 3)
        for _ in 0..<200 {
            memo.startRun()
            var pattern = Array(repeating: maskToken, count: target.length)
            for position in (0..<target.length).shuffled(using: &generator) {
                #expect(memo.denoising(given: pattern) == target.denoiser(given: pattern))
                pattern[position] = UInt8(generator.next() % 2)
            }
            #expect(memo.denoising(given: pattern) == target.denoiser(given: pattern))
        }
    }
}
