/// Running totals of a refinement over all its levels so far, shared by the two halves of the
/// rule. The estimate at step `h` is `h·sum` plus the closed-form remainders of the tails.
struct RefinementTotals {
    /// `Σ F` over all nodes summed so far (evaluated and extrapolated), before the factor `h`.
    var sum = 0.0
    /// `Σ |F|`, before the factor `h`: the scale for negligible terms and rounding.
    var absoluteSum = 0.0
    /// Integrand calls so far (all levels).
    var evaluations = 0
    /// Set when an interior node returned NaN and was left out.
    var skippedInteriorNaN = false
    /// `±∞` once the integral is known to diverge.
    var divergence: Double?

    mutating func add(_ term: Double) {
        sum += term
        absoluteSum += abs(term)
    }
}
