import Foundation

/// ½·ln(2π).
@usableFromInline let halfLogTwoPi = 0.91893853320467274178

/// The Stirling remainder `δ(x) = lnΓ(x) − [(x − ½)·ln x − x + ½·ln 2π]` for `x > 0`.
///
/// For `x ≥ 10` the asymptotic series `δ(x) = Σ_k B₂ₖ / (2k(2k−1)·x^{2k−1})` with eight terms
/// (truncation error < 2e-18); below, `lgamma(x)` minus the Stirling part (absolute error of a few
/// 1e-16, which is all the callers need: δ only ever enters a logarithm).
@usableFromInline
func stirlingCorrection(_ x: Double) -> Double {
    if x >= 10 {
        let r = 1 / x
        let r2 = r * r
        var s = -3617.0 / 122400.0
        s = s * r2 + 1.0 / 156.0
        s = s * r2 - 691.0 / 360360.0
        s = s * r2 + 1.0 / 1188.0
        s = s * r2 - 1.0 / 1680.0
        s = s * r2 + 1.0 / 1260.0
        s = s * r2 - 1.0 / 360.0
        s = s * r2 + 1.0 / 12.0
        return s * r
    }
    return lgamma(x) - ((x - 0.5) * log(x) - x + halfLogTwoPi)
}

/// `δ(a) + δ(b) − δ(a + b)` (TOMS 708's `bcorr`), the Stirling remainder of `ln B(a, b)`.
@usableFromInline
func betaStirlingCorrection(_ a: Double, _ b: Double) -> Double {
    stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(a + b)
}

/// `C(a, b) = a·ln(a/(a+b)) + b·ln(b/(a+b)) − ln B(a, b) = ½·ln(ab/(a+b)) − ½·ln 2π − [δ(a) + δ(b) − δ(a+b)]`.
///
/// Always of moderate size (|C| ≲ 25 for a, b ≥ 1e-10), so a double is accurate in absolute terms;
/// `ab/(a+b)` is formed as `min·(max/(a+b))` so that it cannot overflow.
@usableFromInline
func betaCentralLog(_ a: Double, _ b: Double) -> Double {
    let lo = min(a, b)
    let hi = max(a, b)
    return 0.5 * (log(lo) - log1p(lo / hi)) - halfLogTwoPi - betaStirlingCorrection(a, b)
}
