import Foundation

/// The scaled complementary error function `erfcx(x) = exp(x²)·erfc(x)` for `x ≥ 0`.
///
/// Below 26 from libm `erfc` with `x²` split exactly into a double-double (so `exp(x²)` carries no
/// rounding error of `x²`); above, the asymptotic series
/// `erfcx(x) = 1/(x√π)·Σ_k (−1)^k (2k−1)!!/(2x²)^k` (nine terms, error < 1e-18).
@usableFromInline
func scaledComplementaryErrorFunction(_ x: Double) -> Double {
    if x < 0.5 { return exp(x * x) * erfc(x) }
    if x < 26 {
        let sq = DoubleDouble.product(x, x)
        return expDoubleDouble(sq) * erfc(x)
    }
    let w = 1 / (2 * x * x)
    var s = 1.0
    var term = 1.0
    for k in 1...9 {
        term *= -Double(2 * k - 1) * w
        s += term
    }
    return s / (x * 1.7724538509055160273)
}
