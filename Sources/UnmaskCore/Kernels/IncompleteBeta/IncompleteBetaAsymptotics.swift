import Foundation

// Asymptotic expansions of the regularized incomplete beta function (after DiDonato & Morris,
// ACM TOMS 708, 1992: BGRAT, GRAT1, BASYM), with the large exponentials taken from double-double
// logarithms.

/// `w + I_x(a, b)` for a large `a ≥ 15` and `b ≤ 1`, by the expansion of DiDonato & Morris (§9):
/// with `T = a + (b − 1)/2` and `u = −T·ln x`,
///
///     I_x(a,b) = M · Σₙ pₙ·Jₙ(b, u),   M = Γ(a+b)/(Γ(a)·T^b) · u^b e^{−u}/Γ(b),
///     J₀ = Q(b, u)·e^u u^{−b} Γ(b),    Jₙ₊₁ from Jₙ by a two-term recurrence,
///
/// where `Q` is the complemented incomplete gamma ratio. `u` and `e^{−u}` come from double-double
/// logarithms so that `e^{−u}` is accurate even when `u` is several hundred. Returns nil when the
/// expansion cannot be used (underflow of `b·u`).
@usableFromInline
func incompleteBetaLargeASmallB(_ a: Double, _ b: Double, _ x: DoubleDouble, _ y: DoubleDouble, adding w: Double) -> Double? {
    let bm1 = b - 0.5 - 0.5
    let nu = DoubleDouble.sum(a, 0.5 * bm1)
    let lnx = logDoubleDouble(x)
    let z = -(nu * lnx)
    let zv = z.hi
    if !(b * zv > 0) || !zv.isFinite { return nil }

    let gam1b = reciprocalGammaOnePlusMinusOne(b)
    // ln r = ln(u^b e^{−u}/Γ(b)) = −u + [ln b + ln(1/Γ(1+b)) + b·ln u]
    let logRSmall = log(b) + log1p(gam1b) + b * log(zv)
    // ln M = ln r + ln(Γ(a+b)/Γ(a)) − b·ln T, with (Stirling)
    // ln(Γ(a+b)/Γ(a)) − b·ln T = (a − ½)·ln(1 + b/a) + b·ln(1 + (b+1)/(2T)) − b + δ(a+b) − δ(a)
    let correction = (a - 0.5) * log1p(b / a) + b * log1p((b + 1) / (2 * nu.hi)) - b
        + (stirlingCorrection(a + b) - stirlingCorrection(a))
    let logU = (-z) + (logRSmall + correction)
    if logU.hi < -800 { return w }
    let u = expDoubleDouble(logU)
    let l = w == 0 ? 0 : exp(log(w) - logU.hi)

    let qOverR = complementedIncompleteGammaOverPrefactor(b, zv, logR: logRSmall - zv)
    let v = 0.25 / (nu.hi * nu.hi)
    let t2 = lnx.hi * 0.25 * lnx.hi
    var j = qOverR
    var sum = j
    var t = 1.0
    var cn = 1.0
    var n2 = 0.0
    let termCount = 30
    let ok: Bool = withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * termCount) { buffer in
        let c = buffer.baseAddress!
        let d = c + termCount
        for n in 1...termCount {
            let bp2n = b + n2
            j = (bp2n * (bp2n + 1) * j + (zv + bp2n + 1) * t) * v
            n2 += 2
            t *= t2
            cn /= n2 * (n2 + 1)
            let nm1 = n - 1
            c[nm1] = cn
            var s = 0.0
            if n > 1 {
                var coef = b - Double(n)
                for i in 1...nm1 {
                    s += coef * c[i - 1] * d[nm1 - i]
                    coef += b
                }
            }
            d[nm1] = bm1 * cn + s / Double(n)
            let dj = d[nm1] * j
            sum += dj
            if sum <= 0 { return false }
            if abs(dj) <= incompleteBetaTolerance * (sum + l) { break }
        }
        return true
    }
    if !ok { return nil }
    if u == 0 || !u.isNormal {
        return w + exp(logU.hi + log(sum))
    }
    return w + u * sum
}

/// `Q(a, x)/r` with `r = e^{−x} x^a / Γ(a)` (`logR = ln r`), for `0 < a ≤ 1`, where `Q` is the
/// complemented regularized incomplete gamma function (TOMS 708's GRAT1, scaled):
/// for `x < 1.1` from `Q = 1 − x^a/Γ(a+1)·(1 − J)` with the series `J`, using
/// `1/Γ(1+a) − 1` and `expm1` to avoid cancellation; for `a = ½` from `erfc`; otherwise Legendre's
/// continued fraction `Q/r = 1/(x + (1−a)/(1 + 1/(x + (2−a)/(1 + 2/(x + …)))))`.
@usableFromInline
func complementedIncompleteGammaOverPrefactor(_ a: Double, _ x: Double, logR: Double) -> Double {
    if a * x == 0 {
        return x <= a ? exp(-logR) : 0
    }
    if a == 0.5 {
        if x < 0.25 { return erfc(x.squareRoot()) * exp(-logR) }
        let sx = x.squareRoot()
        return scaledComplementaryErrorFunction(sx) / sx * 1.7724538509055160273
    }
    if x < 1.1 {
        var an = 3.0
        var c = x
        var sum = x / (a + 3)
        let tol = 0.1 * incompleteBetaTolerance / (a + 1)
        while an < 1000 {
            an += 1
            c *= -(x / an)
            let t = c / (a + an)
            sum += t
            if abs(t) <= tol { break }
        }
        let j = a * x * ((sum / 6 - 0.5 / (a + 2)) * x + 1 / (a + 1))
        let z = a * log(x)
        let h = reciprocalGammaOnePlusMinusOne(a)
        let g = h + 1
        if (x >= 0.25 && a < x / 2.59) || z > -0.13394 {
            let l = expm1(z)
            let q = ((l + 0.5 + 0.5) * j - l) * g - h
            return q <= 0 ? 0 : q * exp(-logR)
        }
        let p = exp(z) * g * (0.5 - j + 0.5)
        return (0.5 - p + 0.5) * exp(-logR)
    }
    var a2nm1 = 1.0
    var a2n = 1.0
    var b2nm1 = x
    var b2n = x + (1 - a)
    var c = 1.0
    var an0 = a2n / b2n
    while c < 100_000 {
        a2nm1 = x * a2n + c * a2nm1
        b2nm1 = x * b2n + c * b2nm1
        let am0 = a2nm1 / b2nm1
        c += 1
        let ca = c - a
        a2n = a2nm1 + ca * a2n
        b2n = b2nm1 + ca * b2n
        an0 = a2n / b2n
        if abs(an0 - am0) < continuedFractionTolerance * an0 { break }
        // keep the recurrence in range
        if abs(b2n) > 1e200 {
            a2nm1 /= b2n; b2nm1 /= b2n; a2n /= b2n; b2n = 1
        }
    }
    return an0
}

/// `I_x(a, b)` for large `a, b ≥ 15` near the mean (`λ = (a+b)y − b = a − (a+b)x ≥ 0`, small
/// compared to a and b), by Temme's uniform expansion as organised by DiDonato & Morris (BASYM):
/// with `f = a·rlog1(−λ/a) + b·rlog1(λ/b)` and `z₀ = √f`,
///
///     I_x(a,b) = (2/√π)·e^{−f}·e^{−[δ(a)+δ(b)−δ(a+b)]}·Σₙ dₙ·wⁿ·Jₙ,   J₀ = erfcx(z₀)·√π/4, …
///
/// where `rlog1(e) = e − ln(1+e)` and `w = 1/√(min(a,b)·(1 + min/max))`.
@usableFromInline
func incompleteBetaLargeAB(_ a: Double, _ b: Double, lambda: Double) -> Double {
    let e0 = 1.12837916709551257390  // 2/√π
    let e1 = 0.35355339059327376220  // 2^(−3/2)
    let f = a * logOnePlusRemainder(-lambda / a) + b * logOnePlusRemainder(lambda / b)
    let t = exp(-f)
    if t == 0 { return 0 }
    let z0 = f.squareRoot()
    let z = z0 / e1 * 0.5
    let z2 = f + f
    let h: Double, r0: Double, r1: Double, w0: Double
    if a < b {
        h = a / b
        r0 = 1 / (h + 1)
        r1 = (b - a) / b
        w0 = 1 / (a * (h + 1)).squareRoot()
    } else {
        h = b / a
        r0 = 1 / (h + 1)
        r1 = (b - a) / a
        w0 = 1 / (b * (h + 1)).squareRoot()
    }
    let num = 20
    let sum: Double = withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * (num + 1)) { buffer in
        let a0 = buffer.baseAddress!
        let b0 = a0 + (num + 1)
        let c = b0 + (num + 1)
        let d = c + (num + 1)
        a0[0] = r1 * (2.0 / 3.0)
        c[0] = -0.5 * a0[0]
        d[0] = -c[0]
        var j0 = 0.5 / e0 * scaledComplementaryErrorFunction(z0)
        var j1 = e1
        var sum = j0 + d[0] * w0 * j1
        var s = 1.0
        let h2 = h * h
        var hn = 1.0
        var w = w0
        var znm1 = z
        var zn = z2
        var n = 2
        while n <= num {
            hn *= h2
            a0[n - 1] = r0 * 2 * (h * hn + 1) / (Double(n) + 2)
            let np1 = n + 1
            s += hn
            a0[np1 - 1] = r1 * 2 * s / (Double(n) + 3)
            for i in n...np1 {
                let r = -0.5 * (Double(i) + 1)
                b0[0] = r * a0[0]
                if i >= 2 {
                    for m in 2...i {
                        var bsum = 0.0
                        for jj in 1...(m - 1) {
                            let mmj = m - jj
                            bsum += (Double(jj) * r - Double(mmj)) * a0[jj - 1] * b0[mmj - 1]
                        }
                        b0[m - 1] = r * a0[m - 1] + bsum / Double(m)
                    }
                }
                c[i - 1] = b0[i - 1] / (Double(i) + 1)
                var dsum = 0.0
                if i >= 2 {
                    for jj in 1...(i - 1) {
                        dsum += d[i - jj - 1] * c[jj - 1]
                    }
                }
                d[i - 1] = -(dsum + c[i - 1])
            }
            j0 = e1 * znm1 + (Double(n) - 1) * j0
            j1 = e1 * zn + Double(n) * j1
            znm1 *= z2
            zn *= z2
            w *= w0
            let t0 = d[n - 1] * w * j0
            w *= w0
            let t1 = d[np1 - 1] * w * j1
            sum += t0 + t1
            if abs(t0) + abs(t1) <= incompleteBetaTolerance * sum { break }
            n += 2
        }
        return sum
    }
    return e0 * t * exp(-betaStirlingCorrection(a, b)) * sum
}
