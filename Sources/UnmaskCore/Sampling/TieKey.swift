/// A probability, confidence, margin, entropy or divergence as the samplers compare it
/// (docs/theory.md §9):
/// rounded to a multiple of 2⁻⁴⁰ ≈ 9.1·10⁻¹³.
///
/// The exact denoiser sums each marginal over the support sequences consistent with the revealed
/// tokens, so values that are equal in exact arithmetic (the marginals 1/3 of a fully masked
/// sticky-chain, a neighbour's 0.9 and the threshold 0.9) can differ in their last bits, and
/// compared raw that rounding, not the documented tie rule, decided: temperature 0 drew z, not
/// the lowest value x, and threshold 0.9 revealed a z of confidence 0.9 but not an x, so the
/// output was 86 % zzzzzzzz. Compared by key, equal values tie, a confidence equal to τ reaches
/// it, and ties go where the rule says. The price: values within about 10⁻¹² of each other that
/// differ in exact arithmetic also tie, far below what any toy target's probabilities resolve.
/// Magnitudes up to 2¹³ (entropies, sums of them) keep the rounding exact in a Double.
func tieKey(_ value: Double) -> Double {
    (value * 0x1p40).rounded()
}
