/// How the brute-force references compare probabilities, confidences and entropies, written
/// apart from the samplers' `tieKey`: on a decimal grid of 10⁻¹², so that values equal in exact
/// arithmetic, which the references and the samplers sum in different orders, tie.
func referenceRank(_ value: Double) -> Double {
    (value * 1e12).rounded()
}
