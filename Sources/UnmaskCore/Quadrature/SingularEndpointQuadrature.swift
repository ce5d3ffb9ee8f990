/// `∫_0^1 g(t) dt` for integrands with power-law endpoint singularities
/// `g ~ c₀·t^{p₀}` (t → 0) and `g ~ c₁·(1 − t)^{p₁}` (t → 1), exponents known to the caller.
///
/// The rule is tanh-sinh (double exponential, `TanhSinhRule`): `t = 1/(1 + e^{−π sinh x})`,
/// trapezoidal in `x` with step `h = ½, ¼, …, 1/256`, each level reusing the previous sums.
/// The integrand receives `t` and `1 − t`, both to full relative precision, so factors such as
/// `(1 − t)^q` and `log(1 − t)` must be computed from the second argument.
///
/// - Refinement stops when the error of the newest level, estimated from the last three
///   (`discretisationError`: `d₁²/d₂`, with `d₁`, `d₂` its differences to the previous two),
///   is below `relativeTolerance·|I|` (or rounding, `32·ε·∫|g|`), from level 2 (`h = 1/8`) on.
///   The plain "two successive levels agree" test would need one more level, which costs as
///   many evaluations as all coarser levels together and only confirms digits already there.
///   Hard cap: 8 levels, `maximumEvaluations` = 3 095 calls (probes included); no other loop.
/// - Near each end the evaluated nodes reach `δ ≈ 10⁻²⁷⁵`; for exponents close to −1 the rest
///   is the power-law continuation of `PowerLawTail` (the discretised form of
///   `∫_0^{δ₀} g ≈ g(δ₀)·δ₀/(1 + p)`), which is what makes `p = −0.99` reachable in double
///   precision. For `−1 < p < 0` the continuation is anchored as soon as two successive level-0
///   values follow the power law to `max(10⁻¹⁵, 10⁻³·relativeTolerance)`, which replaces
///   integrand calls by one `exp` each.
/// - `p ≤ −1` with a non-zero integrand at the outermost node returns `±∞` (the sign of `g`)
///   after one or two evaluations; if `g` vanishes there the side is integrated normally.
/// - Non-finite integrand values: see `EndpointSweep` (edge overflow or `0/0` → continuation
///   from the last finite node; interior `±∞` → `±∞`; interior NaN → node left out,
///   `estimatedError = +∞`).
///
/// Typical cost at the default tolerance: 35–100 evaluations for `t^p(1−t)^q` times smooth
/// factors, `p, q` anywhere in `[−0.99, 50]`, and for Beta-density energies. No allocation per
/// call: the nodes are a shared table built once.
public enum SingularEndpointQuadrature {
    /// The hard cap on integrand calls: every evaluated node of every level (centre included)
    /// plus the divergence probes of both ends (3 095).
    static let maximumEvaluations = TanhSinhQuadrature.maximumEvaluations

    /// `∫_0^1 g(t) dt` for `g ~ c0·t^{p0}` at 0 and `c1·(1−t)^{p1}` at 1.
    ///
    /// - Parameters:
    ///   - p0: the exponent at `t = 0` (`≤ −1` means divergent unless `g` vanishes there).
    ///   - p1: the exponent at `t = 1`.
    ///   - relativeTolerance: the relative error aimed at (> 0); see `TanhSinhQuadrature.discretisationError`.
    ///   - integrand: `g(t, 1 − t)`.
    public static func integrate(
        leftExponent p0: Double,
        rightExponent p1: Double,
        relativeTolerance: Double = 1e-12,
        _ integrand: (_ t: Double, _ complement: Double) -> Double
    ) -> QuadratureResult {
        withoutActuallyEscaping(integrand) { function in
            QuadratureResult(
                TanhSinhQuadrature.integrate(
                    leftExponent: p0, rightExponent: p1, relativeTolerance: relativeTolerance,
                    ClosureIntegrand(function: function)))
        }
    }
}
