import Foundation
import Testing
@testable import UnmaskCore

@Suite("Sampling: revealed-set evaluation")
struct RevealedSetEvaluationTests {
    /// The revealed-set recursion and the partial-sequence enumeration are two implementations of
    /// the same exact distribution: on the targets too large for the brute-force walk they agree
    /// to 1e-13 for every order they share, rounding and temperature (the argmax included). Configurations the
    /// enumeration cannot finish within its default limit are skipped.
    @Test(arguments: [RevealOrder.random, .margin, .entropy])
    func agreesWithTheEnumeration(order: RevealOrder) throws {
        var worst = 0.0
        for target in [ToyTarget.words, .addition, .stickyChain, .palindromes] {
            for (spec, steps) in [("beta:0.9,0.3", 2), ("cosine", 3)] {
                for rounding in TokenRounding.allCases {
                    for temperature in [1.0, 0.7, 0] {
                        let configuration = SamplerConfiguration(schedule: try MaskSchedule(spec: spec), steps: steps,
                                                                 rounding: rounding, order: order, temperature: temperature)
                        let plan = try configuration.plan(length: target.length)
                        guard let reference = try? partialSequenceOutputDistribution(
                            of: target, configuration, plan: plan, workLimit: 2_000_000) else { continue }
                        let fast = try exactOutputDistribution(of: target, configuration)
                        for (p, r) in zip(fast.probabilities, reference.probabilities) { worst = max(worst, abs(p - r)) }
                        worst = max(worst, abs(fast.invalid - reference.invalid))
                    }
                }
            }
        }
        #expect(worst < 1e-13, "worst |p − p_enumerated| = \(worst)")
    }

    /// Blocks: the recursion restricts each step to its block's positions.
    @Test(arguments: [RevealOrder.random, .margin, .entropy])
    func blocksAgreeWithTheEnumeration(order: RevealOrder) throws {
        let target = ToyTarget.stickyChain
        for rounding in TokenRounding.allCases {
            let configuration = SamplerConfiguration(schedule: MaskSchedule(.sin2), steps: 4, rounding: rounding, order: order,
                                                     blockLength: 4)
            let plan = try configuration.plan(length: target.length)
            let reference = try partialSequenceOutputDistribution(of: target, configuration, plan: plan, workLimit: 2_000_000)
            let fast = try exactOutputDistribution(of: target, configuration)
            let worst = zip(fast.probabilities, reference.probabilities).map { abs($0 - $1) }.max()!
            #expect(worst < 1e-13, "\(rounding)")
        }
    }

    /// With full support every drawn combination is valid, so no mass is invalid; revealing all
    /// eight tokens of the sticky chain at once gives the product of the one-position marginals,
    /// which are uniform (1/3) by symmetry (up to the rounding of sums over 3⁷ sequences).
    @Test func oneStepOnTheStickyChainIsUniform() throws {
        let configuration = SamplerConfiguration(schedule: MaskSchedule(.sin2), steps: 1)
        let output = try exactOutputDistribution(of: .stickyChain, configuration)
        #expect(output.invalid == 0)
        let uniform = 1 / 6561.0
        let worst = output.probabilities.map { abs($0 - uniform) }.max()!
        #expect(worst < 1e-12 * uniform, "worst |p − 3⁻⁸| = \(worst)")
    }

    /// The up-front bound refuses before any work: a plan over 64 positions of two sequences
    /// that reveals half the tokens in one step lists C(64, 32) subsets, far beyond any limit.
    @Test func exactCountPlansAreBoundedBeforeTheyStart() throws {
        let target = try ToyTarget(parsing: String(repeating: "a", count: 64) + "\n" + String(repeating: "b", count: 64),
                                   path: "two")
        let configuration = SamplerConfiguration(schedule: MaskSchedule(.linear), steps: 2)
        let plan = try configuration.plan(length: 64)
        #expect(plannedWork(of: plan, target: target) > 1e18)
        #expect(throws: SamplerError.self) { try exactOutputDistribution(of: target, configuration) }
    }

    /// The bound holds: once the projections are built (they are shared by a plane's cells and
    /// charged when built), the work never exceeds `plannedWork`, checked by giving exactly that
    /// as the limit.
    @Test(arguments: [RevealOrder.random, .margin, .entropy])
    func thePlannedWorkBoundsTheWorkDone(order: RevealOrder) throws {
        let projections = SupportProjections(target: .stickyChain, temperature: 1, order: order)
        for spec in ["linear", "beta:0.9,0.3", "beta:2,0.5"] {
            let configuration = SamplerConfiguration(schedule: try MaskSchedule(spec: spec), steps: 4, order: order)
            let plan = try configuration.plan(length: 8)
            let bound = plannedWork(of: plan, target: .stickyChain, order: order)
            let built = try revealedSetOutputDistribution(of: .stickyChain, configuration, plan: plan, projections: projections,
                                                          workLimit: .max)
            let bounded = try revealedSetOutputDistribution(of: .stickyChain, configuration, plan: plan, projections: projections,
                                                            workLimit: Int(bound))
            #expect(bounded == built)
        }
    }

    /// Margin order reveals one subset per context: on two sequences of 64 tokens it stays within
    /// the limit where listing every subset (random order) could never finish.
    @Test func scoredOrdersAreBoundedByTheirContexts() throws {
        let target = try ToyTarget(parsing: String(repeating: "a", count: 64) + "\n" + String(repeating: "b", count: 64),
                                   path: "two")
        let configuration = SamplerConfiguration(schedule: MaskSchedule(.linear), steps: 4, order: .margin)
        let plan = try configuration.plan(length: 64)
        #expect(plannedWork(of: plan, target: target, order: .margin) < 1e4)
        #expect(plannedWork(of: plan, target: target, order: .random) > 1e15)
        let output = try exactOutputDistribution(of: target, configuration)
        let reference = try partialSequenceOutputDistribution(of: target, configuration, plan: plan, workLimit: 2_000_000)
        #expect(output == reference)
    }

    /// Conditionals shared across schedules are the denoiser's, to the last bit.
    @Test func conditionalsEqualTheDenoiser() {
        let target = ToyTarget.words
        let projections = SupportProjections(target: target, temperature: 1)
        var built = 0
        let set: UInt64 = 0b00101   // positions 0 and 2 revealed
        let conditional = projections.conditional(at: 3, given: set, built: &built)
        let child = projections.projection(onto: set | 0b01000, built: &built)
        for group in 0..<child.count {
            let sequence = target.sequences[Int(child.representative[group])]
            var pattern = Array(repeating: maskToken, count: target.length)
            pattern[0] = sequence[0]
            pattern[2] = sequence[2]
            let expected = target.denoiser(given: pattern).distributions[3][Int(sequence[3])]
            #expect(conditional[group] == expected)
        }
    }
}
