import Foundation

/// An adaptive step policy (docs/theory.md §11): instead of a count schedule fixing in advance
/// how many tokens each step reveals, every step decides from the denoiser's current marginals
/// q_i(·) at the masked positions i of the current block. Every step reveals at least one token.
public enum StepPolicy: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Fast-dLLM's confidence threshold τ (Wu et al. 2025): every masked position proposes a
    /// value x̂_i (drawn, or the argmax at temperature 0) with confidence c_i = q_i(x̂_i); the step
    /// reveals the most confident position (ties to the lower position) and every other position
    /// with c_i ≥ τ.
    case threshold(Double)
    /// The EB-sampler's entropy bound γ (Ben-Hamu et al. 2025): sort the masked positions by
    /// H(q_i) = −Σ_v q_i(v)·ln q_i(v), smallest first (ties to the lower position), and reveal the
    /// longest prefix U with Σ_{i∈U} H(q_i) − max_{i∈U} H(q_i) ≤ γ (at least one position); each
    /// value is then drawn from its own tempered marginal.
    case entropyBound(Double)
    /// KLASS's KL-stability rule (Kim et al. 2025, "KLASS: KL-Guided Fast Inference in Masked
    /// Diffusion Models") with confidence threshold τc and stability bound τkl, in nats:
    /// proposals and confidences as the threshold's; candidate i is stable when its marginal
    /// moved by d_i = KL(q_i ‖ q_i′) ≤ τkl since the previous step of the run (q_i′ its marginal
    /// then, in any block; d_i = +∞ at the first step). The step reveals every stable candidate
    /// with c_i ≥ τc, or, when there is none, the most confident candidate (ties to the lower
    /// position), stable or not.
    case klass(confidence: Double, divergence: Double)

    /// The valid forms, listed in every parse error.
    public static let validForms = "threshold:T (T ≥ 0, e.g. threshold:0.9), entropy-bound:G (G ≥ 0, e.g. entropy-bound:0.5)"
        + " or klass:C,K (C, K ≥ 0, e.g. klass:0.9,0.01)"

    /// Parses `threshold:T`, `entropy-bound:G` or `klass:C,K`, every parameter finite and ≥ 0.
    public init(spec: String) throws(StepPolicyError) {
        let parts = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .unknown(spec) }
        let name = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
        let fields = parts[1].split(separator: ",", omittingEmptySubsequences: false)
        let arity = name == "klass" ? 2 : 1
        guard ["threshold", "entropy-bound", "klass"].contains(name) else { throw .unknown(spec) }
        let values = fields.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }.filter { $0.isFinite && $0 >= 0 }
        guard fields.count == arity, values.count == arity else { throw .badParameter(spec) }
        switch name {
        case "threshold": self = .threshold(values[0])
        case "entropy-bound": self = .entropyBound(values[0])
        default: self = .klass(confidence: values[0], divergence: values[1])
        }
    }

    /// The policy's spec, as `init(spec:)` reads it.
    public var description: String {
        switch self {
        case let .threshold(tau): "threshold:\(tau.compactDescription)"
        case let .entropyBound(gamma): "entropy-bound:\(gamma.compactDescription)"
        case let .klass(confidence, divergence): "klass:\(confidence.compactDescription),\(divergence.compactDescription)"
        }
    }

    /// The policy's name without its parameters.
    public var name: String {
        switch self {
        case .threshold: "threshold"
        case .entropyBound: "entropy-bound"
        case .klass: "klass"
        }
    }

    /// The parameter a sweep varies: τ, γ, or KLASS's confidence threshold τc.
    public var parameter: Double {
        switch self {
        case let .threshold(value), let .entropyBound(value), let .klass(value, _): value
        }
    }

    /// Whether the policy proposes and scores values as the threshold does (confidences
    /// q_i(x̂_i) of drawn or argmax proposals), rather than by entropies.
    var scoresProposals: Bool {
        if case .entropyBound = self { return false }
        return true
    }

    /// Whether a step's choice reads how each marginal moved since the previous step.
    var readsPreviousMarginals: Bool {
        if case .klass = self { return true }
        return false
    }

    /// Whether the positions a step reveals depend on the values drawn in that step: true for
    /// the threshold and KLASS at temperature > 0 (their confidences are the drawn values'
    /// probabilities).
    func selectionDependsOnDraws(temperature: Double) -> Bool {
        scoresProposals && temperature > 0
    }

    /// Whether candidate s, with divergence `divergences[s]`, may be revealed above the
    /// confidence threshold: always for the threshold, when d_s ≤ τkl for KLASS, compared by
    /// `tieKey` (marginals equal in exact arithmetic but summed over different support sequences
    /// differ in their last bits, and that rounding must not decide whether an unmoved marginal
    /// is stable).
    func isStable(_ divergence: Double) -> Bool {
        if case let .klass(_, bound) = self { return tieKey(divergence) <= tieKey(bound) }
        return true
    }

    /// The confidence τ (τc) a proposal must reach to be revealed by the threshold (KLASS, when
    /// also stable) rather than only as the most confident; nil for the entropy bound.
    var confidenceThreshold: Double? {
        switch self {
        case let .threshold(tau), let .klass(tau, _): tau
        case .entropyBound: nil
        }
    }

    /// The slots (indices into the candidates) a step reveals, in increasing order.
    /// `confidences[s]` is the proposal's probability q_i(x̂_i) of candidate s (read by the
    /// threshold and KLASS), `entropies[s]` its H(q_i) (read by the entropy bound) and
    /// `divergences[s]` its KL(q_i ‖ q_i′) since the previous step (read by KLASS). Never empty
    /// when there is a candidate.
    func revealedSlots(confidences: [Double], entropies: [Double], divergences: [Double]) -> [Int] {
        switch self {
        case let .threshold(tau):
            guard !confidences.isEmpty else { return [] }
            let best = mostConfident(confidences)
            return confidences.indices.filter { $0 == best || Self.reaches(confidences[$0], tau) }
        case let .klass(tau, _):
            guard !confidences.isEmpty else { return [] }
            let stable = confidences.indices.filter { Self.reaches(confidences[$0], tau) && isStable(divergences[$0]) }
            return stable.isEmpty ? [mostConfident(confidences)] : stable
        case let .entropyBound(gamma):
            let keys = entropies.map(tieKey)
            let ranked = entropies.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
            // Sorted ascending, the prefix's largest entropy is its last, so Σ_U H − max_U H is
            // the sum of the entropies before it: extend while that sum stays ≤ γ.
            var count = 0
            var before = 0.0
            for slot in ranked {
                if count > 0 && tieKey(before) > tieKey(gamma) { break }
                count += 1
                before += entropies[slot]
            }
            return ranked.prefix(count).sorted()
        }
    }

    /// The slot of the largest confidence, ties (by `tieKey`) to the lower slot.
    private func mostConfident(_ confidences: [Double]) -> Int {
        var best = 0
        for slot in confidences.indices where tieKey(confidences[slot]) > tieKey(confidences[best]) { best = slot }
        return best
    }

    /// Whether confidence c reaches the threshold τ: c ≥ τ, compared by `tieKey`, so that a
    /// confidence equal to τ in exact arithmetic reaches it whatever its last bits.
    static func reaches(_ confidence: Double, _ tau: Double) -> Bool {
        tieKey(confidence) >= tieKey(tau)
    }
}

/// KL(p ‖ q) = Σ_v p(v)·ln(p(v)/q(v)) in nats, with 0·ln 0 = 0 and +∞ when q(v) = 0 < p(v).
func divergence(_ p: [Double], from q: [Double]) -> Double {
    var total = 0.0
    for (pv, qv) in zip(p, q) where pv > 0 {
        guard qv > 0 else { return .infinity }
        total += pv * log(pv / qv)
    }
    return max(0, total)
}

/// H(q) = −Σ_v q(v)·ln q(v) in nats.
func entropy(of distribution: [Double]) -> Double {
    max(0, distribution.reduce(0) { $1 > 0 ? $0 - $1 * log($1) : $0 })
}

/// Why a policy spec cannot be read; the description is one line naming the bad spec (escaped for a
/// terminal) and listing the valid forms.
public enum StepPolicyError: Error, Equatable, CustomStringConvertible {
    case unknown(String)
    case badParameter(String)

    public var description: String {
        switch self {
        case let .unknown(spec):
            "unknown policy '\(escapedForEcho(spec))'; valid forms: \(StepPolicy.validForms)"
        case let .badParameter(spec):
            "policy '\(escapedForEcho(spec))' needs as many parameters as its form, each finite and ≥ 0; valid forms: \(StepPolicy.validForms)"
        }
    }
}
