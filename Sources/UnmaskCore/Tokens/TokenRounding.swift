/// How a schedule's expected reveals L·(α_{k+1} − α_k) become whole tokens per step (docs/theory.md §7).
public enum TokenRounding: String, CaseIterable, Sendable {
    /// c_k = round(L·α_{k+1}) − round(L·α_k): sums to L, zero-token steps possible.
    case cumulative
    /// Largest-remainder apportionment of L·Δα_k, ties to earlier steps; for `linear` this is
    /// LLaDA's `get_num_transfer_tokens` (L div N per step, the first L mod N steps one more).
    case llada
    /// Each masked token revealed independently with probability (α_{k+1} − α_k)/(1 − α_k)
    /// (the ancestral sampler); the last step reveals the rest. Seeded.
    case stochastic
}
