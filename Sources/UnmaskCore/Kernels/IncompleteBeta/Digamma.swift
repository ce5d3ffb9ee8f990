import Foundation

/// The digamma function `ψ(x) = Γ′(x)/Γ(x)` for `x > 0`.
///
/// Recurrence `ψ(x) = ψ(x + 1) − 1/x` up to `x ≥ 10`, then
/// `ψ(x) = ln x − 1/(2x) − Σ_k B₂ₖ/(2k·x^{2k})`. Absolute error ~1e-15; only the tiny-parameter
/// series of the incomplete beta uses it.
@usableFromInline
func digamma(_ x: Double) -> Double {
    var x = x
    var shift = 0.0
    while x < 10 {
        shift -= 1 / x
        x += 1
    }
    let r2 = 1 / (x * x)
    var s = -1.0 / 132.0
    s = s * r2 + 1.0 / 240.0
    s = s * r2 - 1.0 / 252.0
    s = s * r2 + 1.0 / 120.0
    s = s * r2 - 1.0 / 12.0
    return shift + log(x) - 0.5 / x + s * r2
}
