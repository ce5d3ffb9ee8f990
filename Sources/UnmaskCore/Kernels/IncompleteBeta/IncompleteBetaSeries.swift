import Foundation

// Power-series pieces of the regularized incomplete beta function I_x(a, b)
// (after DiDonato & Morris, ACM TOMS 708, 1992: BPSER, BUP, FPSER, APSER), with the prefactors
// x^a·y^b/B(a,b) formed from a double-double logarithm (see `logBetaPowerTerm`).

/// Relative tolerance of the series and continued fractions (below one ulp of 1).
@usableFromInline let incompleteBetaTolerance = 1e-17

/// `I_x(a, b)` by the power series
///
///     I_x(a,b) = x^a / (a·B(a,b)) · [1 + a·Σ_{n≥1} (1−b)(2−b)⋯(n−b)/n! · xⁿ/(a+n)],
///
/// for `b ≤ 1` or `b·x ≤ 0.7` (then there is no harmful cancellation) and `x ≤ 0.71`.
@usableFromInline
func incompleteBetaPowerSeries(_ a: Double, _ b: Double, _ x: DoubleDouble) -> Double {
    if x.hi == 0 { return 0 }
    let logPrefactor = logBetaPowerTerm(a, b, x, DoubleDouble(1))
    let prefactor = scaledExponential(logPrefactor, 1 / a)
    if prefactor == 0 || a <= 1e-18 { return prefactor }
    let xv = x.hi
    let tol = incompleteBetaTolerance / a
    // terms wₙ = (1−b)ₙ/n!·xⁿ/(a+n) by the ratio wₙ/wₙ₋₁ = x·(n−b)(a+n−1)/(n·(a+n)):
    // one division per term, off the critical path.
    var w = (1 - b) * xv / (a + 1)
    var sum = w
    var n = 1.0
    while abs(w) > tol && n < 100_000 {
        n += 1
        w *= xv * ((n - b) * (a + n - 1)) / (n * (a + n))
        sum += w
    }
    return prefactor * (1 + a * sum)
}

/// `I_x(a, b) − I_x(a + n, b) = x^a y^b / (a·B(a,b)) · Σ_{i=0}^{n−1} dᵢ`, `d₀ = 1`,
/// `dᵢ = dᵢ₋₁·(a+b+i−1)/(a+i)·x` (all terms positive), for a small positive integer `n`.
@usableFromInline
func incompleteBetaUpwardDifference(_ a: Double, _ b: Double, _ x: DoubleDouble, _ y: DoubleDouble, _ n: Int) -> Double {
    let logPrefactor = logBetaPowerTermOfComplements(a, b, x, y)
    let xv = x.hi
    let apb = a + b
    var d = 1.0
    var w = 1.0
    var logScale = 0.0  // the terms are kept scaled by exp(−logScale) so that they cannot overflow
    var i = 1
    while i < n {
        let l = Double(i - 1)
        let ratio = (apb + l) / (a + 1 + l) * xv
        if d * ratio > 1e280 {
            // rescale so that d·ratio cannot overflow (only for astronomically large a + b)
            logScale += log(d)
            w /= d
            d = 1
        }
        d *= ratio
        w += d
        i += 1
    }
    return scaledExponential(logPrefactor + logScale, w / a)
}

/// `I_x(a, b)` for a tiny `b < min(ε, ε·a)` and `x ≤ ½`:
/// `I_x(a,b) ≈ b·x^a/a · [1 + a·Σ_{n≥1} xⁿ/(a+n)]` (1/B(a,b) ≈ b).
@usableFromInline
func incompleteBetaTinyB(_ a: Double, _ b: Double, _ x: Double) -> Double {
    var ans = 1.0
    if a > 1e-18 {
        ans = pow(x, a)
        if ans == 0 { return 0 }
    }
    ans *= b / a
    let tol = incompleteBetaTolerance / a
    var an = a + 1
    var t = x
    var s = t / an
    var iterations = 0
    while iterations < 100_000 {
        iterations += 1
        an += 1
        t *= x
        let c = t / an
        s += c
        if abs(c) <= tol { break }
    }
    return ans * (a * s + 1)
}

/// `I_{1−x}(b, a)` for a tiny `a ≤ min(ε, ε·b)`, `b·x ≤ 1`, `x ≤ ½` (TOMS 708's APSER):
/// `I_{1−x}(b,a) ≈ −a·[ln x + ψ(b) + γ + (x − bx) + Σ_{j≥2} t_j/j]`.
@usableFromInline
func incompleteBetaTinyAComplement(_ a: Double, _ b: Double, _ x: Double) -> Double {
    let eulerGamma = 0.57721566490153286061
    let bx = b * x
    var t = x - bx
    let c: Double
    if b * 1e-15 <= 0.02 {
        c = log(x) + digamma(b) + eulerGamma + t
    } else {
        c = log(bx) + eulerGamma + t
    }
    let tol = 5e-16 * abs(c)
    var j = 1.0
    var s = 0.0
    while j < 100_000 {
        j += 1
        t *= x - bx / j
        let aj = t / j
        s += aj
        if abs(aj) <= tol { break }
    }
    return -a * (c + s)
}

/// `(I_x(a, b), 1 − I_x(a, b))` for an `x` so small (≤ 1e-200) that `I_x(a,b) = x^a/(a·B(a,b))`
/// to double precision, computed from `ln w = a·ln x − ln Γ(1+a) + [ln Γ(a+b) − ln Γ(b)]` with an
/// absolute error far below |ln w|, so that `1 − w = −expm1(ln w)` keeps its relative accuracy
/// even when `a` is tiny and `w` is close to 1 (where TOMS 708's expansion underflows).
@usableFromInline
func incompleteBetaTinyXPair(_ a: Double, _ b: Double, _ x: Double) -> (value: Double, complement: Double) {
    // ln Γ(1 + a), relative-accurate for tiny a through 1/Γ(1+a) − 1
    let logGammaOnePlusA = a <= 1.5 ? -log1p(reciprocalGammaOnePlusMinusOne(a)) : lgamma(1 + a)
    let logW = a * log(x) - logGammaOnePlusA + logGammaRatioShift(b, a)
    return (exp(logW), -expm1(logW))
}

/// `ln Γ(b + a) − ln Γ(b)` with a small absolute error relative to its size, also for tiny `a`:
/// upward recurrence `[ln Γ(b+1+a) − ln Γ(b+1)] − ln(1 + a/b)` to `b ≥ 10`, then for `a ≤ 1e-3`
/// the Taylor series `a·ψ(b) + a²ψ′(b)/2 + a³ψ″(b)/6`, otherwise lgamma differences.
@usableFromInline
func logGammaRatioShift(_ b: Double, _ a: Double) -> Double {
    if a > 1e-3 { return lgamma(b + a) - lgamma(b) }
    var b = b
    var shift = 0.0
    while b < 10 {
        shift -= log1p(a / b)
        b += 1
    }
    let r = 1 / b
    let trigamma = r + 0.5 * r * r + r * r * r / 6 - r * r * r * r * r / 30
    let tetragamma = -r * r - r * r * r - 0.5 * r * r * r * r
    return shift + a * digamma(b) + 0.5 * a * a * trigamma + a * a * a / 6 * tetragamma
}
