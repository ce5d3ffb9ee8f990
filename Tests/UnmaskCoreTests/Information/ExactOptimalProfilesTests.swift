import Foundation
import Testing
@testable import UnmaskCore

@Suite("Information: profiles of least exact TV and KL")
struct ExactOptimalProfilesTests {
    /// A plan made from counts evaluates exactly as the schedule's own plan with those counts.
    @Test func countPlansMatchSchedulePlans() throws {
        for target in [ToyTarget.paperBalanced, .palindromes] {
            for spec in ["linear", "beta:0.9,0.3", "beta:0.3,0.9", "cosine"] {
                for steps in 1...4 {
                    let configuration = SamplerConfiguration(schedule: try MaskSchedule(spec: spec), steps: steps)
                    let plan = try configuration.plan(length: target.length)
                    let fromSchedule = try exactOutputDistribution(of: target, configuration)
                    let fromCounts = try exactOutputDistribution(of: target, configuration, plan: StepPlan(counts: plan.counts))
                    #expect(fromSchedule.probabilities == fromCounts.probabilities && fromSchedule.invalid == fromCounts.invalid,
                            "\(target.name) \(spec) N=\(steps)")
                }
            }
        }
    }

    /// The optimum is no worse than any Beta schedule whose counts are all positive, is 0 at
    /// N = n (one token a step is exact), and its KL is at most the least KL̄ (Jensen).
    @Test(arguments: [ToyTarget.paperExtremes, .paperBalanced, .palindromes, .permutation])
    func optimaBoundTheBetaSchedules(target: ToyTarget) throws {
        let n = target.length
        let curve = try InformationCurve.cached(target)
        for steps in 1...n {
            let (tv, kl) = try exactOptimalProfiles(of: target, steps: steps)
            #expect(tv.counts.count == steps && tv.counts.allSatisfy { $0 >= 1 } && tv.counts.reduce(0, +) == n)
            #expect(kl.value <= curve.orderAveragedKL(counts: curve.optimalCounts(steps: steps)) + 1e-12)
            for a in [0.2, 0.5, 1, 2] {
                for b in [0.2, 0.5, 1, 2] {
                    let configuration = SamplerConfiguration(schedule: MaskSchedule(.beta(a: a, b: b)), steps: steps)
                    guard try configuration.plan(length: n).counts.allSatisfy({ $0 >= 1 }) else { continue }
                    let output = try exactOutputDistribution(of: target, configuration)
                    #expect(tv.value <= SamplingErrorMetric.tv.value(output, target: target) + 1e-12)
                    #expect(kl.value <= SamplingErrorMetric.kl.value(output, target: target) + 1e-12)
                }
            }
            if steps == n { #expect(tv.value < 1e-12 && kl.value < 1e-12) }
        }
    }

    @Test func refusesBeyondItsLimit() throws {
        #expect(exactProfileWork(of: .longChain, steps: 6) == 462 * 4096 * 12)
        #expect(throws: SamplerError.stateSpaceTooLarge(work: 462 * 4096 * 12, limit: Limits.maximumExactProfileWork)) {
            try exactOptimalProfiles(of: .longChain, steps: 6)
        }
    }
}
