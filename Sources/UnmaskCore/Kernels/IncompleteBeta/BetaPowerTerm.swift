import Foundation

/// `ln(x^a · y^b / B(a, b))` as a double-double, for `a, b > 0` and `x, y ∈ (0, 1]` given as
/// double-doubles (so that `y = 1 − x` can be carried exactly).
///
/// With `x₀ = a/(a+b)`, `y₀ = b/(a+b)` (TOMS 708's `brcomp` idea, Stirling's formula for B):
///
///     ln(x^a y^b / B(a,b)) = a·ln(x/x₀) + b·ln(y/y₀) + C(a,b),
///     C(a,b) = ½·ln(ab/(a+b)) − ½·ln 2π − [δ(a) + δ(b) − δ(a+b)],
///
/// The two logarithms are taken in double-double arithmetic, so the result is exact to about
/// 1e-18·(a|ln x/x₀| + b|ln y/y₀|) + (error of C ≈ 1e-15), even when it is several hundred in
/// magnitude. Pass `y = 1` to get `ln(x^a / B(a,b))`.
@usableFromInline
func logBetaPowerTerm(_ a: Double, _ b: Double, _ x: DoubleDouble, _ y: DoubleDouble) -> DoubleDouble {
    if let fast = fastLogBetaPowerTerm(a, b, x, y) { return fast }
    return accurateLogBetaPowerTerm(a, b, x, y)
}

/// `ln(x^a · y^b / B(a, b))` when `y = 1 − x` exactly (as double-doubles), as `logBetaPowerTerm`
/// but with one more shortcut (TOMS 708's BRCOMP form): with `λ = a − (a+b)x` (exact),
///
///     ln(x^a y^b / B(a,b)) = C(a,b) − [a·rlog1(−λ/a) + b·rlog1(λ/b)],   rlog1(e) = e − ln(1+e),
///
/// two non-negative terms without cancellation, accurate to ~5e-16 times their size in double
/// arithmetic; used when that size is ≤ 16 and `|λ| ≤ min(a,b)/2`, i.e. near the mean.
@usableFromInline
func logBetaPowerTermOfComplements(_ a: Double, _ b: Double, _ x: DoubleDouble, _ y: DoubleDouble) -> DoubleDouble {
    if let fast = fastLogBetaPowerTerm(a, b, x, y) { return fast }
    if max(a, b) <= 1e8 {
        let lambda = (DoubleDouble(a) - DoubleDouble.sum(a, b) * x).value
        // |λ/a|, |λ/b| ≤ ½: x/x₀ and y/y₀ within [½, 3/2], where rlog1 is well conditioned
        // (near −1 the rounding of λ would be amplified).
        let u = a * logOnePlusRemainder(-lambda / a) + b * logOnePlusRemainder(lambda / b)
        if abs(lambda) <= 0.5 * min(a, b) && u <= 16 {
            return DoubleDouble(betaCentralLog(a, b) - u)
        }
    }
    return accurateLogBetaPowerTerm(a, b, x, y)
}

/// Moderate parameters and a moderate logarithm, where plain double arithmetic on
/// `a·ln x + b·ln y − ln B(a,b)` is already accurate to a few 1e-15 absolute: ln B from three
/// lgamma calls (each ≤ 13) when a + b ≤ 10, else from Stirling's form (terms ≤ ~30). Nil otherwise.
@inline(__always)
private func fastLogBetaPowerTerm(_ a: Double, _ b: Double, _ x: DoubleDouble, _ y: DoubleDouble) -> DoubleDouble? {
    guard a + b <= 40 && x.hi > 0x1p-900 && y.hi > 0x1p-900 else { return nil }
    // ln(hi + lo) = ln hi + lo/hi to far below an ulp, since |lo/hi| ≤ 2^-53
    let lnx = log(x.hi) + x.lo / x.hi
    let lny = log(y.hi) + y.lo / y.hi
    let ax = a * lnx
    let by = b * lny
    guard abs(ax) + abs(by) <= 24 else { return nil }
    let lnB: Double
    if a + b <= 10 {
        lnB = lgamma(a) + lgamma(b) - lgamma(a + b)
    } else {
        lnB = -(a * log1p(b / a) + b * log1p(a / b)) - betaCentralLog(a, b)
    }
    return DoubleDouble((ax + by) - lnB)
}

/// The double-double evaluation described at `logBetaPowerTerm`.
@inline(__always)
private func accurateLogBetaPowerTerm(_ a: Double, _ b: Double, _ x: DoubleDouble, _ y: DoubleDouble) -> DoubleDouble {
    let s = DoubleDouble.sum(a, b)
    return logScaledRatio(x, s, a) * a + logScaledRatio(y, s, b) * b + betaCentralLog(a, b)
}

/// `ln(v·s/p)` in double-double arithmetic, robust to `s/p` overflowing.
@inline(__always)
private func logScaledRatio(_ v: DoubleDouble, _ s: DoubleDouble, _ p: Double) -> DoubleDouble {
    if p > 1e-280 && s.hi < 1e280 && s.hi < 1e280 * p && v.hi > 1e-280 {
        return logDoubleDouble((v * s) / p)
    }
    return logDoubleDouble(v) + logDoubleDouble(s) - logDoubleDouble(DoubleDouble(p))
}

/// `exp(logValue)·factor` for a positive `factor`, without spurious underflow or overflow of
/// `exp(logValue)` when the product is representable.
@usableFromInline
func scaledExponential(_ logValue: DoubleDouble, _ factor: Double) -> Double {
    if logValue.hi > -700 && logValue.hi < 700 {
        let e = expDoubleDouble(logValue)
        return e * factor
    }
    let shifted = DoubleDouble.quickSum(logValue.hi, logValue.lo) + log(factor)
    return expDoubleDouble(shifted)
}
