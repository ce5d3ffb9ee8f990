import Foundation

/// `I_x(a, b)` for `a, b > 1` and `x` below the mean (`λ = a − (a+b)x ≥ 0`) by the continued
/// fraction
///
///     I_x(a,b) = x^a y^b / (a·B(a,b)) · 1/(1 + d₁/(1 + d₂/(1 + …))),
///     d₂ₘ₊₁ = −(a+m)(a+b+m)·x / ((a+2m)(a+2m+1)),   d₂ₘ = m(b−m)·x / ((a+2m−1)(a+2m)),
///
/// in the contracted (even-part) form of DiDonato & Morris (TOMS 708, BFRAC), which is written in
/// terms of `λ` and `1 + y`, evaluated forwards by the three-term recurrence with rescaling at every
/// step. `lambda` must be `a − (a+b)x` computed exactly (double-double), because `1 + λ` enters every
/// term; the prefactor comes from `logBetaPowerTerm`. Returns nil if the fraction does not settle
/// within 20000 steps (only for astronomically large parameters), so the caller can fall back.
/// Convergence test of the continued fractions: successive approximants agreeing to ~2 ulp.
@usableFromInline let continuedFractionTolerance = 4e-16

@usableFromInline
func incompleteBetaContinuedFraction(_ a: Double, _ b: Double, _ x: DoubleDouble, _ y: DoubleDouble, lambda: Double) -> Double? {
    let logPrefactor = logBetaPowerTermOfComplements(a, b, x, y)
    if logPrefactor.hi < -760 { return 0 }
    let xv = x.hi
    let c = lambda + 1
    let c0 = b / a
    let c1 = 1 / a + 1
    let yp1 = y.hi + 1

    let aInverse = 1 / a
    var n = 0.0
    var p = 1.0
    var s = a + 1
    var an = 0.0
    var bn = 1.0
    var anp1 = 1.0
    var bnp1 = c / c1
    var r = c1 / c
    // Per step (TOMS's form with its divisions rewritten as products: c1 + 2n/a = (s + 2)/a,
    // so only 1/(s(s+2)) and the approximant aₙ₊₁/bₙ₊₁ are divisions, both off the chain):
    //   αₙ = p(p + b/a)·(a/s)²·n(b−n)x²,  βₙ = n + n(b−n)x/s + (n + a)/(s + 2)·(1 + λ + n(1+y)).
    var converged = false
    while n < 20_000 {
        n += 1
        let t = n * aInverse
        let w = n * (b - n) * xv
        let q = 1 / (s * (s + 2))
        let e = a * (s + 2) * q  // a/s
        let alpha = p * (p + c0) * e * e * (w * xv)
        let e2 = (n + a) * s * q  // (n + a)/(s + 2)
        let beta = n + w * (s + 2) * q + e2 * (c + n * yp1)
        p = t + 1
        s += 2

        let a2 = alpha * an + beta * anp1
        an = anp1
        anp1 = a2
        let b2 = alpha * bn + beta * bnp1
        bn = bnp1
        bnp1 = b2

        let r0 = r
        r = anp1 / bnp1  // not fed back into the recurrence: off the critical path
        if abs(r - r0) <= continuedFractionTolerance * r {
            converged = true
            break
        }
        let magnitude = abs(bnp1)
        if magnitude > 1e100 || magnitude < 1e-100 {
            // rescale only now and then (TOMS rescales at every step, a division on the chain)
            let inverse = 1 / bnp1
            an *= inverse
            bn *= inverse
            anp1 = r
            bnp1 = 1
        }
    }
    // In the documented range a few hundred steps suffice; a fraction that has not settled after
    // 20000 (astronomical parameters next to the mean) is reported as unusable.
    guard converged, r.isFinite, r > 0 else { return nil }
    return scaledExponential(logPrefactor, r)
}
