import Foundation
import Testing
@testable import UnmaskCore

@Suite("Sampling: adaptive step policies")
struct StepPolicyTests {
    static let tiny = try! ToyTarget(parsing: "aab 2\nabb\nbba 0.5\nbbb\n", path: "tiny")

    static let policies: [StepPolicy] = [
        .threshold(0), .threshold(0.45), .threshold(0.7), .threshold(0.95), .threshold(1.5),
        .entropyBound(0), .entropyBound(0.3), .entropyBound(0.8), .entropyBound(1.5), .entropyBound(3),
        .klass(confidence: 0.45, divergence: 0.2), .klass(confidence: 0.7, divergence: 0.02), .klass(confidence: 0, divergence: 100),
        .klass(confidence: 0.95, divergence: 0.5), .klass(confidence: 0.6, divergence: 0),
    ]

    @Test func parsesSpecs() throws {
        #expect(try StepPolicy(spec: "threshold:0.9") == .threshold(0.9))
        #expect(try StepPolicy(spec: "entropy-bound:0.5") == .entropyBound(0.5))
        #expect(try StepPolicy(spec: "Threshold: 1") == .threshold(1))
        #expect(StepPolicy.threshold(0.9).description == "threshold:0.9")
        #expect(StepPolicy.entropyBound(0.5).description == "entropy-bound:0.5")
        #expect(try StepPolicy(spec: "klass:0.9,0.01") == .klass(confidence: 0.9, divergence: 0.01))
        #expect(try StepPolicy(spec: "KLASS: 0.5 , 0") == .klass(confidence: 0.5, divergence: 0))
        #expect(StepPolicy.klass(confidence: 0.9, divergence: 0.01).description == "klass:0.9,0.01")
        #expect(StepPolicy.klass(confidence: 0.9, divergence: 0.01).parameter == 0.9)
        for policy in Self.policies { #expect(try StepPolicy(spec: policy.description) == policy) }
        for bad in ["threshold:abc", "threshold:-1", "threshold:nan", "threshold:inf", "foo:1", "entropy-bound:", "threshold", "",
                    "threshold:0.9,0.1", "klass:0.9", "klass:0.9,", "klass:,0.01", "klass:0.9,-0.01", "klass:0.9,inf",
                    "klass:0.9,0.01,0.1", "klass:nan,0.01", "klass"] {
            #expect(throws: StepPolicyError.self, "\(bad)") { try StepPolicy(spec: bad) }
        }
        let message = (try? StepPolicy(spec: "foo:1")).map { _ in "" } ?? String(describing: StepPolicyError.unknown("foo:1"))
        #expect(message.contains("foo:1") && message.contains("threshold:") && message.contains("entropy-bound:")
                && message.contains("klass:C,K"))
        #expect(StepPolicyError.badParameter("klass:0.9").description.contains("'klass:0.9'"))
    }

    /// The rules on hand-made candidates.
    @Test func rules() {
        #expect(StepPolicy.threshold(0.9).revealedSlots(confidences: [0.5, 0.8, 0.6], entropies: [], divergences: []) == [1])
        #expect(StepPolicy.threshold(0.6).revealedSlots(confidences: [0.5, 0.8, 0.6], entropies: [], divergences: []) == [1, 2])
        #expect(StepPolicy.threshold(0.9).revealedSlots(confidences: [0.5, 0.5], entropies: [], divergences: []) == [0])
        #expect(StepPolicy.threshold(0).revealedSlots(confidences: [0.1, 0.2, 0.3], entropies: [], divergences: []) == [0, 1, 2])
        // Sorted 0.1, 0.2, 0.4, 0.9: prefix sums before the last are 0, 0.1, 0.3, 0.7.
        let entropies = [0.9, 0.2, 0.1, 0.4]
        #expect(StepPolicy.entropyBound(0).revealedSlots(confidences: [], entropies: entropies, divergences: []) == [2])
        #expect(StepPolicy.entropyBound(0.1).revealedSlots(confidences: [], entropies: entropies, divergences: []) == [1, 2])
        #expect(StepPolicy.entropyBound(0.5).revealedSlots(confidences: [], entropies: entropies, divergences: []) == [1, 2, 3])
        #expect(StepPolicy.entropyBound(0.75).revealedSlots(confidences: [], entropies: entropies, divergences: []) == [0, 1, 2, 3])
        // KLASS: confident and stable, else the most confident whatever its divergence.
        let klass = StepPolicy.klass(confidence: 0.6, divergence: 0.1)
        #expect(klass.revealedSlots(confidences: [0.5, 0.8, 0.7], entropies: [], divergences: [0, 0.05, 0.2]) == [1])
        #expect(klass.revealedSlots(confidences: [0.9, 0.8, 0.7], entropies: [], divergences: [0.3, 0.1, 0.01]) == [1, 2])
        #expect(klass.revealedSlots(confidences: [0.5, 0.9, 0.9], entropies: [], divergences: [0, 0.5, 0.5]) == [1])
        #expect(klass.revealedSlots(confidences: [0.7, 0.7], entropies: [], divergences: [.infinity, .infinity]) == [0])
        // Within the slack of rounding, an unmoved marginal still counts as stable.
        #expect(klass.revealedSlots(confidences: [0.7, 0.9], entropies: [], divergences: [0.1 + 1e-13, 0.5]) == [0])
        #expect(klass.revealedSlots(confidences: [0.7, 0.9], entropies: [], divergences: [0.1 + 1e-9, 0.5]) == [1])
    }

    /// The divergence KLASS reads, by hand.
    @Test func divergences() {
        #expect(divergence([1, 0], from: [0.5, 0.5]) == log(2))
        #expect(divergence([0.5, 0.5], from: [1, 0]) == .infinity)
        #expect(divergence([0.25, 0.75], from: [0.25, 0.75]) == 0)
        #expect(abs(divergence([0.5, 0.5], from: [0.25, 0.75]) - 0.5 * log(2) - 0.5 * log(2.0 / 3)) < 1e-16)
    }

    /// The dynamic programme equals the brute-force walk: outputs, invalid mass, NFE and capped
    /// mass, over temperatures, blocks and caps.
    @Test(arguments: [ToyTarget.paperExtremes, .paperBalanced, tiny])
    func matchesBruteForce(target: ToyTarget) throws {
        var worst = 0.0
        for policy in Self.policies {
            for temperature in [0.0, 0.5, 1.0] {
                for blockLength in [nil, 1] as [Int?] {
                    for cap in [nil, 2] as [Int?] {
                        let configuration = PolicyConfiguration(policy: policy, temperature: temperature,
                                                                blockLength: blockLength, stepCap: cap)
                        worst = max(worst, try discrepancy(target, configuration))
                    }
                }
            }
        }
        #expect(worst < 1e-12, "worst discrepancy \(worst)")
    }

    /// Palindromes (d = 3, n = 6) at temperature 0 and 1 for the entropy bound and at 0 for the
    /// threshold: the brute force's joint draws grow as 3⁶ per state at temperature > 0.
    @Test func palindromesMatchBruteForce() throws {
        for policy in [StepPolicy.threshold(0.6), .entropyBound(0.8), .entropyBound(2)] {
            for blockLength in [nil, 3] as [Int?] {
                let configuration = PolicyConfiguration(policy: policy, temperature: 0, blockLength: blockLength)
                #expect(try discrepancy(.palindromes, configuration) < 1e-12, "\(policy) \(String(describing: blockLength))")
            }
        }
    }

    private func discrepancy(_ target: ToyTarget, _ configuration: PolicyConfiguration) throws -> Double {
        let exact = try exactPolicyEvaluation(of: target, configuration)
        let brute = BruteForcePolicySampler(target: target, configuration: configuration).run()
        var worst = 0.0
        for (sequence, p) in zip(target.sequences, exact.output.probabilities) {
            worst = max(worst, abs(p - (brute.outputs[sequence] ?? 0)))
        }
        let bruteInvalid = brute.outputs.filter { target.supportIndex(of: $0.key) == nil }.values.reduce(0, +)
        worst = max(worst, abs(exact.output.invalid - bruteInvalid))
        let steps = max(exact.nfe.probabilities.count, (brute.nfe.keys.max() ?? 0) + 1)
        for k in 0..<steps {
            let p = k < exact.nfe.probabilities.count ? exact.nfe.probabilities[k] : 0
            worst = max(worst, abs(p - (brute.nfe[k] ?? 0)))
        }
        return max(worst, abs(exact.capped - brute.capped))
    }

    /// Monte Carlo against the brute force: every output's and NFE's frequency within 5
    /// standard errors (plus 1e-3) of its probability.
    @Test func monteCarloMatchesBruteForce() throws {
        let samples = 20_000
        for (target, policy, temperature) in [(ToyTarget.paperBalanced, StepPolicy.threshold(0.7), 1.0),
                                              (.paperBalanced, .entropyBound(0.8), 1.0),
                                              (Self.tiny, .threshold(0.45), 0.5),
                                              (.paperBalanced, .klass(confidence: 0.45, divergence: 0.2), 1.0)] {
            let configuration = PolicyConfiguration(policy: policy, temperature: temperature, stepCap: 3, seed: 11)
            let estimate = try monteCarloPolicyEvaluation(of: target, configuration, samples: samples)
            let brute = BruteForcePolicySampler(target: target, configuration: configuration).run()
            func close(_ frequency: Double, _ p: Double) -> Bool {
                abs(frequency - p) <= 5 * (p * (1 - p) / Double(samples)).squareRoot() + 1e-3
            }
            for (sequence, frequency) in zip(target.sequences, estimate.estimate.distribution.probabilities) {
                #expect(close(frequency, brute.outputs[sequence] ?? 0), "\(policy) \(sequence)")
            }
            let bruteInvalid = brute.outputs.filter { target.supportIndex(of: $0.key) == nil }.values.reduce(0, +)
            #expect(close(estimate.estimate.distribution.invalid, bruteInvalid))
            for (k, frequency) in estimate.nfe.probabilities.enumerated() {
                #expect(close(frequency, brute.nfe[k] ?? 0), "\(policy) NFE \(k)")
            }
            #expect(close(Double(estimate.cappedRuns) / Double(samples), brute.capped))
        }
    }

    /// Probabilities sum to 1, the NFE distribution too, and NFE lies between L/B and L.
    @Test(arguments: policies)
    func invariants(policy: StepPolicy) throws {
        var evaluated = 0
        for (target, blockLength) in [(ToyTarget.words, nil as Int?), (.addition, 3), (.stickyChain, 4)] {
            for temperature in [0.0, 1.0] where !(temperature > 0 && policy.selectionDependsOnDraws(temperature: 1) && target.vocabularySize > 3) {
                let configuration = PolicyConfiguration(policy: policy, temperature: temperature, blockLength: blockLength)
                guard let evaluation = try? exactPolicyEvaluation(of: target, configuration) else { continue }
                evaluated += 1
                let total = evaluation.output.probabilities.reduce(0, +) + evaluation.output.invalid
                #expect(abs(total - 1) < 1e-9, "\(target.name) \(policy) T=\(temperature)")
                #expect(abs(evaluation.nfe.probabilities.reduce(0, +) - 1) < 1e-9)
                #expect(evaluation.nfe.minimum >= target.length / (blockLength ?? target.length))
                #expect(evaluation.nfe.maximum <= target.length)
                #expect(evaluation.capped == 0)
            }
        }
        #expect(evaluated >= 3, "only \(evaluated) configurations fit the work limit")
    }

    /// paper-extremes at temperature 0, by hand: every q_i is (½, ½), the argmax proposal is a
    /// with confidence ½. τ ≤ ½ reveals all five at once (aaaaa, NFE 1); ½ < τ ≤ 1 reveals
    /// position 1, after which every confidence is 1 (NFE 2); τ > 1 reveals one a step (NFE 5).
    /// The entropy bound: the entropies are ln 2, so γ < ln 2 reveals one, then all (NFE 2), and
    /// γ ≥ 4 ln 2 all at once.
    @Test func paperExtremesByHand() throws {
        let target = ToyTarget.paperExtremes
        for (policy, nfe) in [(StepPolicy.threshold(0.5), 1), (.threshold(0.3), 1), (.threshold(0.51), 2), (.threshold(1), 2),
                              (.threshold(1.01), 5), (.entropyBound(0.69), 2), (.entropyBound(2.8), 1)] {
            let evaluation = try exactPolicyEvaluation(of: target, PolicyConfiguration(policy: policy, temperature: 0))
            #expect(evaluation.output.probabilities == [1, 0], "\(policy)")
            #expect(evaluation.nfe.minimum == nfe && evaluation.nfe.maximum == nfe, "\(policy)")
        }
        // At temperature 1 a threshold above ½ draws the first token from q, then the rest agree.
        let exact = try exactPolicyEvaluation(of: target, PolicyConfiguration(policy: .threshold(0.9), temperature: 1))
        #expect(exact.output.probabilities == [0.5, 0.5] && exact.output.invalid == 0 && exact.nfe.mean == 2)
        // Below ½ all five are drawn independently: 2/32 valid.
        let parallel = try exactPolicyEvaluation(of: target, PolicyConfiguration(policy: .threshold(0.5), temperature: 1))
        #expect(abs(parallel.output.invalid - 30.0 / 32) < 1e-15 && parallel.nfe.probabilities == [0, 1])
        // A cap of 3 on one token per step: step 3 reveals the last three, which agree.
        let capped = try exactPolicyEvaluation(of: target, PolicyConfiguration(policy: .threshold(2), temperature: 1, stepCap: 3))
        #expect(capped.capped == 1 && capped.nfe.probabilities == [0, 0, 0, 1] && capped.output.invalid == 0)
    }

    /// KLASS on paper-extremes by hand. Step 1 has no previous marginals, so it reveals the most
    /// confident proposal alone: position 1 at temperature 0 (all confidences ½). Then every
    /// q_i is the point mass on that token, confidence 1, moved by KL(δ ‖ (½, ½)) = ln 2: with
    /// τkl ≥ ln 2 step 2 reveals the other four (NFE 2); below it, one more, after which nothing
    /// moves (KL 0) and step 3 reveals the last three (NFE 3); with τc > 1 one token a step (NFE 5).
    @Test func klassOnPaperExtremesByHand() throws {
        let target = ToyTarget.paperExtremes
        for (tau, bound, nfe) in [(0.9, 0.7, 2), (0.9, 0.69, 3), (0, 0, 3), (1.01, 100.0, 5)] {
            for temperature in [0.0, 1.0] {
                let policy = StepPolicy.klass(confidence: tau, divergence: bound)
                let evaluation = try exactPolicyEvaluation(of: target, PolicyConfiguration(policy: policy, temperature: temperature))
                #expect(evaluation.output.probabilities == (temperature == 0 ? [1, 0] : [0.5, 0.5]), "\(policy) T=\(temperature)")
                #expect(evaluation.output.invalid == 0 && evaluation.nfe.minimum == nfe && evaluation.nfe.maximum == nfe,
                        "\(policy) T=\(temperature)")
            }
        }
    }

    /// KLASS's first step reveals one token even at τc = 0 (there are no previous marginals), so
    /// on "ab"/"ba" the second token is drawn given the first and the output is exact in two
    /// steps, where the threshold at 0 reveals both at once and errs half the time.
    @Test func klassRevealsOneThenTheRest() throws {
        let target = try ToyTarget(parsing: "ab\nba\n", path: "swap")
        let evaluation = try exactPolicyEvaluation(of: target, PolicyConfiguration(
            policy: .klass(confidence: 0, divergence: 100), temperature: 1))
        #expect(evaluation.output.probabilities == [0.5, 0.5] && evaluation.output.invalid == 0)
        #expect(evaluation.nfe.probabilities == [0, 0, 1])
        // The threshold at 0 reveals both at once: half the draws are invalid.
        let threshold = try exactPolicyEvaluation(of: target, PolicyConfiguration(policy: .threshold(0), temperature: 1))
        #expect(threshold.output.invalid == 0.5 && threshold.nfe.probabilities == [0, 1])
    }

    /// A threshold above 1 reveals only the most confident proposal, which is confidence order
    /// with one token per step; a threshold of 0 reveals the whole block, which is one step a
    /// block of confidence order.
    @Test(arguments: [ToyTarget.paperBalanced, .palindromes, tiny])
    func thresholdExtremesAreConfidenceOrder(target: ToyTarget) throws {
        for temperature in target.vocabularySize > 2 ? [0.0] : [0.0, 1.0] {
            for blockLength in [nil, target.length % 3 == 0 ? 3 : 1] as [Int?] {
                let blocks = target.length / (blockLength ?? target.length)
                for (tau, steps) in [(1.5, target.length), (0.0, blocks)] {
                    let policy = try exactPolicyEvaluation(of: target, PolicyConfiguration(
                        policy: .threshold(tau), temperature: temperature, blockLength: blockLength))
                    let order = try exactOutputDistribution(of: target, SamplerConfiguration(
                        schedule: MaskSchedule(.linear), steps: steps, order: .confidence, temperature: temperature,
                        blockLength: blockLength))
                    let gap = zip(policy.output.probabilities, order.probabilities).map { abs($0 - $1) }.max()!
                    #expect(gap < 1e-12 && abs(policy.output.invalid - order.invalid) < 1e-12, "τ \(tau) T \(temperature)")
                    #expect(policy.nfe.minimum == steps && policy.nfe.maximum == steps)
                }
            }
        }
    }

    /// The sampler run is reproducible, every step reveals at least one token, and the cap is kept.
    @Test func runs() throws {
        let configuration = PolicyConfiguration(policy: .threshold(0.7), temperature: 1, blockLength: 3, stepCap: 4, seed: 5)
        let first = try samplePolicyRun(of: .addition, configuration)
        #expect(first == (try samplePolicyRun(of: .addition, configuration)))
        #expect(first.nfe <= 4 && first.trajectory.steps.allSatisfy { !$0.revealed.isEmpty })
        #expect(!first.trajectory.output.contains(maskToken))
        #expect(first.blocks == first.blocks.sorted() && first.blocks.first == 1)
    }

    /// A target too large for the limit throws `stateSpaceTooLarge` instead of running on.
    @Test func refusesBeyondTheWorkLimit() {
        let configuration = PolicyConfiguration(policy: .threshold(0.9), temperature: 1)
        #expect(throws: SamplerError.self) { try exactPolicyEvaluation(of: .words, configuration, workLimit: 10_000) }
    }
}
