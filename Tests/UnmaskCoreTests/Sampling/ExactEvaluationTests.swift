import Foundation
import Testing
@testable import UnmaskCore

@Suite("Sampling: exact evaluation")
struct ExactEvaluationTests {
    static let tiny = try! ToyTarget(parsing: "aab 2\nabb\nbba 0.5\nbbb\n", path: "tiny")

    static let targets: [ToyTarget] = [.paperExtremes, .paperBalanced, .palindromes, tiny]

    /// The dynamic programme equals the brute-force walk over every random choice, on every
    /// small target, for every rounding and order, including temperatures and blocks.
    /// (Confidence order on palindromes is left out: its brute force enumerates 3⁶ joint draws
    /// for each of 4⁶ partial sequences, too slow for a debug-build test.)
    @Test(arguments: targets)
    func matchesBruteForce(target: ToyTarget) throws {
        let schedules = ["linear", "beta:0.9,0.3", "beta:0.3,0.9"].map { try! MaskSchedule(spec: $0) }
        let orders = target.vocabularySize > 2 ? [RevealOrder.random, .margin, .entropy] : RevealOrder.allCases
        var worst = 0.0
        for schedule in schedules {
            for steps in [1, 2, 3] {
                for rounding in TokenRounding.allCases {
                    for order in orders {
                        for temperature in order == .random || order == .confidence ? [1.0, 0.5] : [1.0] {
                            let configuration = SamplerConfiguration(schedule: schedule, steps: steps, rounding: rounding,
                                                                     order: order, temperature: temperature)
                            worst = max(worst, try discrepancy(target, configuration))
                        }
                    }
                }
            }
        }
        #expect(worst < 1e-12, "worst |p − p_brute| = \(worst)")
    }

    @Test func blocksMatchBruteForce() throws {
        let target = ToyTarget.paperBalanced
        for order in RevealOrder.allCases {
            for rounding in TokenRounding.allCases {
                let configuration = SamplerConfiguration(schedule: MaskSchedule(.sin2), steps: 5, rounding: rounding,
                                                         order: order, blockLength: 1)
                #expect(try discrepancy(target, configuration) < 1e-12, "\(order) \(rounding)")
            }
        }
    }

    private func discrepancy(_ target: ToyTarget, _ configuration: SamplerConfiguration) throws -> Double {
        let exact = try exactOutputDistribution(of: target, configuration)
        let brute = try BruteForceSampler(target: target, configuration: configuration).outputDistribution()
        var worst = 0.0
        for (sequence, p) in zip(target.sequences, exact.probabilities) {
            worst = max(worst, abs(p - (brute[sequence] ?? 0)))
        }
        let bruteInvalid = brute.filter { target.supportIndex(of: $0.key) == nil }.values.reduce(0, +)
        return max(worst, abs(exact.invalid - bruteInvalid))
    }

    /// Probabilities on the support plus the invalid mass add up to 1.
    @Test(arguments: RevealOrder.allCases)
    func probabilitiesSumToOne(order: RevealOrder) throws {
        for target in [ToyTarget.paperBalanced, .words, .addition] where order != .confidence || target.vocabularySize <= 3 {
            let configuration = SamplerConfiguration(schedule: MaskSchedule(.cosine), steps: 3, order: order)
            let output = try exactOutputDistribution(of: target, configuration)
            #expect(abs(output.probabilities.reduce(0, +) + output.invalid - 1) < 1e-12, "\(target.name)")
        }
    }

    /// Revealing one token per step samples exactly from q when the position does not depend on
    /// the drawn value (random, margin, entropy): TV = 0 on any target.
    @Test(arguments: [RevealOrder.random, .margin, .entropy])
    func oneTokenPerStepIsExact(order: RevealOrder) throws {
        for target in [ToyTarget.paperExtremes, .paperBalanced, .words, .addition, .palindromes] {
            let configuration = SamplerConfiguration(schedule: MaskSchedule(.linear), steps: target.length, order: order)
            let output = try exactOutputDistribution(of: target, configuration)
            #expect(SamplingErrorMetric.tv.value(output, target: target) < 1e-12, "\(target.name)")
            #expect(SamplingErrorMetric.kl.value(output, target: target) < 1e-12, "\(target.name)")
        }
    }

    /// Low-confidence remasking keeps the drawn value only when it is the most probable one, so
    /// even one token per step is biased: here toward the more frequent 2-a or 3-a sequences.
    @Test func confidenceOrderIsBiasedEvenOneTokenPerStep() throws {
        let target = try ToyTarget(parsing: "aaa 3\nabb\nbab\nbba\n", path: "skewed")
        let configuration = SamplerConfiguration(schedule: MaskSchedule(.linear), steps: 3, order: .confidence)
        let output = try exactOutputDistribution(of: target, configuration)
        #expect(SamplingErrorMetric.tv.value(output, target: target) > 0.01)
    }

    /// One step draws every token independently: p is the product of the marginals.
    @Test(arguments: [ToyTarget.paperExtremes, .paperBalanced, .palindromes, tiny])
    func oneStepIsTheProductOfMarginals(target: ToyTarget) throws {
        let configuration = SamplerConfiguration(schedule: MaskSchedule(.sin2), steps: 1)
        let output = try exactOutputDistribution(of: target, configuration)
        let marginals = target.denoiser(given: Array(repeating: maskToken, count: target.length)).distributions
        for (sequence, p) in zip(target.sequences, output.probabilities) {
            let product = sequence.enumerated().reduce(1.0) { $0 * marginals[$1.offset][Int($1.element)] }
            #expect(abs(p - product) < 1e-15)
        }
        #expect(abs(output.invalid - (1 - output.probabilities.reduce(0, +))) < 1e-12)
    }

    /// The paper's toy result at 3 steps: Beta(0.9, 0.3) reveals 0, 1, 4 tokens of 5, exact for
    /// the extremes (the first token decides the rest) but wrong for the balanced target.
    @Test func paperTargetsPreferDifferentSchedules() throws {
        let convex = SamplerConfiguration(schedule: MaskSchedule(.beta(a: 0.9, b: 0.3)), steps: 3)
        let extremes = try exactOutputDistribution(of: .paperExtremes, convex)
        let balanced = try exactOutputDistribution(of: .paperBalanced, convex)
        #expect(SamplingErrorMetric.tv.value(extremes, target: .paperExtremes) == 0)
        #expect(SamplingErrorMetric.tv.value(balanced, target: .paperBalanced) > 0.3)
        let mirror = SamplerConfiguration(schedule: MaskSchedule(.beta(a: 0.3, b: 0.6)), steps: 3)
        #expect(SamplingErrorMetric.tv.value(try exactOutputDistribution(of: .paperBalanced, mirror), target: .paperBalanced) < 1e-12)
        #expect(SamplingErrorMetric.tv.value(try exactOutputDistribution(of: .paperExtremes, mirror), target: .paperExtremes) > 0.5)
    }

    @Test func greedyTemperatureAndLimits() throws {
        // Argmax values at positions chosen by margin: a single deterministic output.
        let greedy = SamplerConfiguration(schedule: MaskSchedule(.linear), steps: 5, order: .margin, temperature: 0)
        let output = try exactOutputDistribution(of: .paperBalanced, greedy)
        #expect(output.probabilities.filter { $0 > 0 }.count == 1)
        #expect(output.probabilities.max() == 1)
        let heavy = SamplerConfiguration(schedule: MaskSchedule(.linear), steps: 2, order: .confidence)
        #expect(throws: SamplerError.self) { try exactOutputDistribution(of: .words, heavy, workLimit: 1000) }
        #expect(throws: SamplerError.badTemperature(-1)) {
            try exactOutputDistribution(of: .paperBalanced, SamplerConfiguration(schedule: .uniform, steps: 2, temperature: -1))
        }
        #expect(throws: SamplerError.tokenCounts(.blockLengthDoesNotDivide(blockLength: 2, length: 5))) {
            try exactOutputDistribution(of: .paperBalanced, SamplerConfiguration(schedule: .uniform, steps: 2, blockLength: 2))
        }
    }

    /// The largest target files: an enumeration too large to finish is refused before it is
    /// listed (C(256, 64) subsets, 2^256 joint draws), not after it has filled memory, and no
    /// step recurses per token.
    @Test(arguments: RevealOrder.allCases)
    func largestTargetsAreRefusedOrEvaluatedPromptly(order: RevealOrder) throws {
        let symbols = String((0..<Limits.maximumTargetSymbols).map { Character(Unicode.Scalar(0x100 + $0)!) })
        let targets = [
            try ToyTarget(parsing: symbols, path: "symbols"),
            try ToyTarget(parsing: String(repeating: "a", count: 256) + "\n" + String(repeating: "b", count: 256), path: "two"),
        ]
        for target in targets {
            let configuration = SamplerConfiguration(schedule: MaskSchedule(.linear), steps: 4, order: order)
            do {
                let output = try exactOutputDistribution(of: target, configuration)
                #expect(abs(output.probabilities.reduce(0, +) + output.invalid - 1) < 1e-9)
            } catch {
                guard case let .stateSpaceTooLarge(work, limit) = error else { throw error }
                #expect(work > limit)
            }
        }
    }

    @Test func combinationsAreListedInOrder() {
        #expect(combinations(of: [1, 2, 3, 4], size: 2) == [[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]])
        #expect(combinations(of: [5, 6], size: 0) == [[]])
        #expect(combinations(of: [5, 6], size: 3) == [])
        #expect(combinations(of: Array(0..<10_000), size: 10_000) == [Array(0..<10_000)])
        #expect(combinations(of: Array(0..<20), size: 10).count == 184_756)
    }

    @Test func klIsInfiniteWhenTheSamplerMissesTheSupport() {
        let output = OutputDistribution(probabilities: [1, 0], invalid: 0)
        #expect(SamplingErrorMetric.kl.value(output, target: .paperExtremes) == .infinity)
        #expect(SamplingErrorMetric.tv.value(output, target: .paperExtremes) == 0.5)
    }
}
