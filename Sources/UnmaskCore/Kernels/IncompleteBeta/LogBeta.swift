import Foundation

/// The logarithm of the complete beta function, `ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)`,
/// for `a, b > 0`.
///
/// Evaluated as (DiDonato & Morris, TOMS 708, with the Stirling remainder δ):
///
///     ln B(a,b) = −a·ln(1 + b/a) − b·ln(1 + a/b) − ½·ln(ab/(a+b)) + ½·ln 2π + δ(a) + δ(b) − δ(a+b),
///     δ(x) = ln Γ(x) − [(x − ½)·ln x − x + ½·ln 2π],
///
/// which has no cancellation between large terms (unlike `lgamma(a) + lgamma(b) − lgamma(a+b)`
/// when one argument is large); for `a + b ≤ 20`, `ln(Γ(a)·Γ(b)/Γ(a+b))` from libm `tgamma`: `B(a,b)` itself comes out with a relative error of a few 1e-16 for
/// `a, b ∈ [0.01, 1000]`, and finite, sensible values from 1e-300 to 1e300.
///
/// Returns NaN when `a` or `b` is NaN or not positive, `+∞`/`−∞` only where B truly over/underflows
/// the exponent range of the logarithm (never for finite positive input).
public func logBeta(_ a: Double, _ b: Double) -> Double {
    guard a > 0, b > 0 else { return .nan }
    guard a.isFinite, b.isFinite else {
        // B(∞, b) = 0 for b > 0.
        return a.isNaN || b.isNaN ? .nan : -.infinity
    }
    if a + b <= 20 && min(a, b) >= 1e-250 {
        // Small arguments: B = Γ(a)Γ(b)/Γ(a+b) directly (a few ulp; exact at small integers,
        // so that ln B(1, 1) = 0 exactly).
        return log(tgamma(a) * tgamma(b) / tgamma(a + b))
    }
    return -scaledLog1pRatio(a, b) - scaledLog1pRatio(b, a) - betaCentralLog(a, b)
}

/// `a·ln(1 + b/a)`, also when `b/a` overflows.
@usableFromInline
func scaledLog1pRatio(_ a: Double, _ b: Double) -> Double {
    let r = b / a
    if r.isFinite { return a * log1p(r) }
    return a * (log(b) - log(a))
}
