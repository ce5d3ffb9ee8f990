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

    /// The valid forms, listed in every parse error.
    public static let validForms = "threshold:T (T ≥ 0, e.g. threshold:0.9) or entropy-bound:G (G ≥ 0, e.g. entropy-bound:0.5)"

    /// Parses `threshold:T` or `entropy-bound:G`, with T and G finite and ≥ 0.
    public init(spec: String) throws(StepPolicyError) {
        let parts = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .unknown(spec) }
        let name = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
        let text = parts[1].trimmingCharacters(in: .whitespaces)
        guard name == "threshold" || name == "entropy-bound" else { throw .unknown(spec) }
        guard let value = Double(text), value.isFinite, value >= 0 else { throw .badParameter(spec) }
        self = name == "threshold" ? .threshold(value) : .entropyBound(value)
    }

    /// The policy's spec, as `init(spec:)` reads it.
    public var description: String {
        switch self {
        case let .threshold(tau): "threshold:\(tau.compactDescription)"
        case let .entropyBound(gamma): "entropy-bound:\(gamma.compactDescription)"
        }
    }

    /// The policy's name without its parameter.
    public var name: String {
        switch self {
        case .threshold: "threshold"
        case .entropyBound: "entropy-bound"
        }
    }

    /// Its one parameter (τ or γ).
    public var parameter: Double {
        switch self {
        case let .threshold(value), let .entropyBound(value): value
        }
    }

    /// Whether the positions a step reveals depend on the values drawn in that step: true for
    /// the threshold at temperature > 0 (its confidences are the drawn values' probabilities).
    func selectionDependsOnDraws(temperature: Double) -> Bool {
        if case .threshold = self { return temperature > 0 }
        return false
    }

    /// The slots (indices into the candidates) a step reveals, in increasing order.
    /// `confidences[s]` is the proposal's probability q_i(x̂_i) of candidate s (read by the
    /// threshold) and `entropies[s]` its H(q_i) (read by the entropy bound). Never empty when
    /// there is a candidate.
    func revealedSlots(confidences: [Double], entropies: [Double]) -> [Int] {
        switch self {
        case let .threshold(tau):
            guard !confidences.isEmpty else { return [] }
            var best = 0
            for slot in confidences.indices where confidences[slot] > confidences[best] { best = slot }
            return confidences.indices.filter { $0 == best || confidences[$0] >= tau }
        case let .entropyBound(gamma):
            let ranked = entropies.indices.sorted { entropies[$0] != entropies[$1] ? entropies[$0] < entropies[$1] : $0 < $1 }
            // Sorted ascending, the prefix's largest entropy is its last, so Σ_U H − max_U H is
            // the sum of the entropies before it: extend while that sum stays ≤ γ.
            var count = 0
            var before = 0.0
            for slot in ranked {
                if count > 0 && before > gamma { break }
                count += 1
                before += entropies[slot]
            }
            return ranked.prefix(count).sorted()
        }
    }
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
            "policy '\(escapedForEcho(spec))' needs a finite parameter ≥ 0; valid forms: \(StepPolicy.validForms)"
        }
    }
}
