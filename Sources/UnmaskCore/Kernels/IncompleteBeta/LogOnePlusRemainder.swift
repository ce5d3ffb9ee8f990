import Foundation

/// `rlog1(x) = x − ln(1 + x)` for `x > −1`, without the cancellation of the direct formula.
///
/// For `|x| < 0.4`, with `r = x/(2 + x)` (so `ln(1+x) = 2·atanh r` and `x − 2r = r·x`):
/// `rlog1(x) = r·x − 2·(r³/3 + r⁵/5 + …)`, `r² ≤ 1/16`; otherwise `x − log1p(x)` directly.
@usableFromInline
func logOnePlusRemainder(_ x: Double) -> Double {
    if abs(x) >= 0.4 { return x - log1p(x) }
    let r = x / (2 + x)
    let r2 = r * r
    var p = 1.0 / 31.0
    p = p * r2 + 1.0 / 29.0
    p = p * r2 + 1.0 / 27.0
    p = p * r2 + 1.0 / 25.0
    p = p * r2 + 1.0 / 23.0
    p = p * r2 + 1.0 / 21.0
    p = p * r2 + 1.0 / 19.0
    p = p * r2 + 1.0 / 17.0
    p = p * r2 + 1.0 / 15.0
    p = p * r2 + 1.0 / 13.0
    p = p * r2 + 1.0 / 11.0
    p = p * r2 + 1.0 / 9.0
    p = p * r2 + 1.0 / 7.0
    p = p * r2 + 1.0 / 5.0
    p = p * r2 + 1.0 / 3.0
    return r * x - 2 * r * r2 * p
}
