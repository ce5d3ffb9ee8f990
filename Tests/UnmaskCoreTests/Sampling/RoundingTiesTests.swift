import Foundation
import Testing
@testable import UnmaskCore

/// Values that are equal in exact arithmetic compare equal, whatever the last bits the exact
/// denoiser's sums leave them with: the documented tie rules decide (the lowest value for the
/// temperature-0 argmax, the lower position for the most confident), and a confidence equal to
/// the threshold reaches it. On targets symmetric under a relabelling of their tokens the output
/// distribution is then symmetric too; compared raw, rounding broke both.
@Suite("Sampling: ties in exact arithmetic are ties")
struct RoundingTiesTests {
    /// A sticky Markov chain on {x, y, z}, n = 4 (81 sequences): start uniform, keep the symbol
    /// with probability 0.9. Its marginals are 1/3 and 0.9, neither a binary fraction.
    static let chain = ToyTarget(
        name: "chain-4", summary: "sticky chain, n = 4", alphabet: ["x", "y", "z"],
        weighted: ToyTarget.allSequences(length: 4, symbols: 3).map { sequence in
            let switches = zip(sequence, sequence.dropFirst()).filter { $0 != $1 }.count
            return (sequence, pow(0.9, Double(3 - switches)) * pow(0.05, Double(switches)) / 3)
        })

    /// The probability of `text` in `output` (0 outside the support).
    static func probability(_ text: String, in output: OutputDistribution, of target: ToyTarget) -> Double {
        let sequence = text.map { UInt8(target.alphabet.firstIndex(of: $0)!) }
        return target.supportIndex(of: sequence).map { output.probabilities[$0] } ?? 0
    }

    /// The output distribution is unchanged by every relabelling of x, y, z: each sequence has
    /// the probability of its images under the 6 permutations, to 1e-12.
    static func expectSymmetric(_ output: OutputDistribution, of target: ToyTarget, _ label: String) {
        let permutations: [[UInt8]] = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
        var worst = 0.0
        for (index, sequence) in target.sequences.enumerated() {
            for permutation in permutations {
                let image = target.supportIndex(of: sequence.map { permutation[Int($0)] })!
                worst = max(worst, abs(output.probabilities[index] - output.probabilities[image]))
            }
        }
        #expect(worst <= 1e-12, "\(label): largest asymmetry \(worst)")
    }

    /// Temperature 0 draws the most probable value, ties to the lowest: every marginal of the
    /// fully masked chain is 1/3, so the first token is x, and then x is the argmax everywhere.
    @Test(arguments: [ToyTarget.stickyChain, chain])
    func temperatureZeroBreaksTiesToTheLowestValue(target: ToyTarget) throws {
        let configuration = SamplerConfiguration(schedule: MaskSchedule(.linear), steps: target.length, temperature: 0)
        let output = try exactOutputDistribution(of: target, configuration, workLimit: 50_000_000)
        let all = String(repeating: "x", count: target.length)
        #expect(abs(Self.probability(all, in: output, of: target) - 1) <= 1e-12)
    }

    /// The threshold 0.9 on the chain: a neighbour of a revealed token is that token with
    /// confidence exactly 0.9, so it reaches τ = 0.9 whichever token it is, and the output is
    /// symmetric. KLASS and the entropy bound, and the confidence order of a count schedule,
    /// likewise.
    @Test func policiesAreSymmetricOnASymmetricTarget() throws {
        for policy in [StepPolicy.threshold(0.9), .threshold(0.5), .klass(confidence: 0.9, divergence: 0.3), .entropyBound(0.5)] {
            for temperature in [1.0, 0.5] {
                let evaluation = try exactPolicyEvaluation(of: Self.chain, PolicyConfiguration(policy: policy, temperature: temperature),
                                                           workLimit: 50_000_000)
                Self.expectSymmetric(evaluation.output, of: Self.chain, "\(policy) T=\(temperature)")
            }
        }
        for order in [RevealOrder.confidence, .margin, .entropy] {
            let configuration = SamplerConfiguration(schedule: MaskSchedule(.linear), steps: 2, order: order)
            let output = try exactOutputDistribution(of: Self.chain, configuration, workLimit: 50_000_000)
            Self.expectSymmetric(output, of: Self.chain, "\(order) order")
        }
    }

    /// The threshold's rule by hand on the chain at temperature 0: step 1 reveals position 0 as
    /// x (all confidences 1/3, ties to the lower position and the lowest value); step 2 reveals
    /// position 1 (confidence 0.9 ≥ 0.9) and no other (position 2's x has 0.9² + 0.05² = 0.8125);
    /// and so on, one token a step: NFE 4, output xxxx.
    @Test func thresholdAtTemperatureZeroByHand() throws {
        let evaluation = try exactPolicyEvaluation(of: Self.chain, PolicyConfiguration(policy: .threshold(0.9), temperature: 0))
        #expect(abs(Self.probability("xxxx", in: evaluation.output, of: Self.chain) - 1) <= 1e-12)
        #expect(evaluation.nfe.mean == 4)
    }
}
