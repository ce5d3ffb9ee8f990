import Foundation

// The prefactor t^a (1 − t)^b / B(a, b) of the incomplete beta function for moderate parameters, from a
// Lanczos-type form of Γ (three rational functions instead of three lgamma calls), one pair of logarithms
// and one exponential, all inlined (see `TableLogExp.swift`).

/// `P(z)` of `S(z) = P(z)/Q(z) = Γ(z) / ((z + 7)/e)^(z − ½)`: a Lanczos-type rational function (g = 7.5, ten
/// terms, `Q` of `lanczosDenominator`) whose numerator was fitted by least squares to 50-digit values of `S` on
/// [0.04, 128]; relative error of the fit 2.6e-18 there, of its evaluation in double arithmetic at most ~4 ulp
/// (positive coefficients, Horner's rule). Scalar on purpose: LLVM split the two-lane form it replaced back into
/// scalars once inlined, so the lanes bought nothing.
@inline(__always)
func lanczosNumerator(_ z: Double) -> Double {
    var s = 0x1.6b6e2e2224da9p-10
    s = s * z + 0x1.6be752dc303c0p-4
    s = s * z + 0x1.43d05bcc4f5f9p+1
    s = s * z + 0x1.5016228b2a215p+5
    s = s * z + 0x1.c063398992ccfp+8
    s = s * z + 0x1.8eb8d9d8b5346p+11
    s = s * z + 0x1.d8a4c285b81ffp+13
    s = s * z + 0x1.681971b01d214p+15
    s = s * z + 0x1.4003f1ef8456ap+16
    s = s * z + 0x1.f97d5eaae6d37p+15
    return s
}

/// `Q(z) = z(z+1)⋯(z+8)` of the Lanczos form, paired from both ends: with `w = z(z + 8)`, the factors are
/// `(z+1)(z+7) = w + 7`, `(z+2)(z+6) = w + 12`, `(z+3)(z+5) = w + 15`, so `Q = w(w+7)(w+12)(w+15)(z+4)`,
/// five multiplications instead of a degree-9 Horner scheme (all terms positive: a few ulp).
@inline(__always)
func lanczosDenominator(_ z: Double) -> Double {
    let w = z * (z + 8)
    return ((w * (w + 7)) * ((w + 12) * (w + 15))) * (z + 4)
}

/// `t^a (1 − t)^b / B(a, b) = k·exp(e + eLo)` for `0.05 ≤ a, b ≤ 40`, with `1 − t = yHi + yLo` and
/// `λ = a(1 − t) − b t = lambda + lambdaLo` exactly. From the Lanczos form of Γ (`S = P/Q` of
/// `lanczosNumerator` and `lanczosDenominator`),
///
///     t^a y^b Γ(a+b)/(Γ(a)Γ(b)) = S(a+b)/(S(a)S(b)) · √(AB/C) · u^a v^b / √e,
///     A = a + 7,  B = b + 7,  C = a + b + 7,  u = tC/A = 1 − (λ + 7y)/A,  v = yC/B = 1 + (λ − 7t)/B,
///
/// an identity (with the exact `A`, `B`, `C`). `7y` and `7t` are formed exactly, so near the mean, where
/// `u` and `v` approach 1, `u − 1` and `v − 1` keep their relative accuracy; below ½ the arguments are
/// formed directly as `t(1 + b/A)` and `y(1 + a/B)` (a branch-free selection). `k` carries the relative
/// error of the three rational functions, a few 1e-16; the exponent `e = a·ln u + b·ln v − ½` is formed in
/// double arithmetic, with an absolute error of a few ulp of 32 at most (~2e-14), and redone exactly in
/// double-double by `refinedLanczosExponent` when it is larger, so the prefactor stays within ~2e-14
/// relative for exponents down to −700. (The cut was 12, ~5e-15; at 32 the refinement runs for 2.4% of the
/// benchmark's points instead of 13%, which takes ~3% off I_t's time, well inside its 1e-13 error budget.)
@inline(__always)
func lanczosPowerTerm(_ a: Double, _ b: Double, _ t: Double, _ yHi: Double, _ yLo: Double,
                      _ lambda: Double, _ lambdaLo: Double) -> (k: Double, e: Double, eLo: Double) {
    let g = 7.0
    let agh = a + g
    let bgh = b + g
    let c = a + b
    let cgh = c + g
    // 7y = 8y − y and 7t = 8t − t exactly (two-sums with |8y| > |y|)
    let y8 = 8 * yHi
    let y7 = y8 - yHi
    let y7Lo = (y8 - y7) - yHi + 7 * yLo
    let t8 = 8 * t
    let t7 = t8 - t
    let t7Lo = (t8 - t7) - t
    let ag = SIMD2(agh, bgh)
    let agInverse = 1 / ag  // off the dependency chain through λ
    let l = SIMD2(-((lambda + y7) + y7Lo), (lambda - t7) - t7Lo) * agInverse
    let q = SIMD2(b, a) * agInverse
    let base = SIMD2(t, yHi)
    let direct = base + base * q
    let lForm = 1 + l
    let useL = l .>= -0.5
    let arg = direct.replacing(with: lForm, where: useL)
    let argLo = (SIMD2(0, yLo) * (1 + q)).replacing(with: l - (lForm - 1), where: useL)
    let lg = logPair(arg)
    let ln = lg.hi + (lg.lo + argLo / arg)
    var e = a * ln[0] + b * ln[1] - 0.5
    var eLo = 0.0
    if abs(e) > 32 {
        (e, eLo) = refinedLanczosExponent(a, b, t, yHi, yLo, lambda, lambdaLo, y7, y7Lo, t7, t7Lo,
                                          agh, bgh, l, q, arg, useL[0], useL[1], lg.hi, lg.lo)
    }
    let k = (lanczosNumerator(c) * (lanczosDenominator(a) * lanczosDenominator(b)))
        / (lanczosDenominator(c) * (lanczosNumerator(a) * lanczosNumerator(b))) * (agh * bgh / cgh).squareRoot()
    return (k, e, eLo)
}

/// The exponent of `lanczosPowerTerm` in double-double arithmetic, reusing its arguments and logarithms:
/// the arguments `u`, `v` are completed to double-doubles (the remainders of their divisions and products
/// by Dekker's exact products), and `a·ln u + b·ln v − ½` is summed exactly. Called for |exponent| > 32.
@inline(__always)
func refinedLanczosExponent(_ a: Double, _ b: Double, _ t: Double, _ yHi: Double, _ yLo: Double,
                            _ lambda: Double, _ lambdaLo: Double,
                            _ y7: Double, _ y7Lo: Double, _ t7: Double, _ t7Lo: Double,
                            _ agh: Double, _ bgh: Double, _ l: SIMD2<Double>, _ q: SIMD2<Double>,
                            _ arg: SIMD2<Double>, _ lFormU: Bool, _ lFormV: Bool,
                            _ lgHi: SIMD2<Double>, _ lgLo: SIMD2<Double>) -> (Double, Double) {
    let g = 7.0
    let ea = min(a, g) - (agh - max(a, g))  // a + 7 = agh + ea exactly
    let eb = min(b, g) - (bgh - max(b, g))
    // low part of u
    let uLo: Double
    if lFormU {
        // n = −(λ + 7y) as nHi + nLo, l = n/A as l[0] + lLo, u = 1 + l
        let s = DoubleDouble.sum(lambda, y7)
        let nHi = -s.hi
        let nLo = -((s.lo + y7Lo) + lambdaLo)
        let m = DoubleDouble.product(l[0], agh)
        let lLo = ((((nHi - m.hi) - m.lo) + nLo) - l[0] * ea) / agh
        uLo = (l[0] - (arg[0] - 1)) + lLo
    } else {
        // u = t(1 + q), q = b/A as q[0] + qLo
        let m = DoubleDouble.product(q[0], agh)
        let qLo = (((b - m.hi) - m.lo) - q[0] * ea) / agh
        let tq = DoubleDouble.product(t, q[0])
        let u = DoubleDouble.sum(t, tq.hi)  // u.hi is arg[0]
        uLo = (u.lo + tq.lo) + t * qLo
    }
    let vLo: Double
    if lFormV {
        // n = λ − 7t
        let s = DoubleDouble.sum(lambda, -t7)
        let nLo = (s.lo - t7Lo) + lambdaLo
        let m = DoubleDouble.product(l[1], bgh)
        let lLo = ((((s.hi - m.hi) - m.lo) + nLo) - l[1] * eb) / bgh
        vLo = (l[1] - (arg[1] - 1)) + lLo
    } else {
        // v = y(1 + q), q = a/B as q[1] + qLo, y = yHi + yLo
        let m = DoubleDouble.product(q[1], bgh)
        let qLo = (((a - m.hi) - m.lo) - q[1] * eb) / bgh
        let yq = DoubleDouble.product(yHi, q[1])
        let v = DoubleDouble.sum(yHi, yq.hi)  // v.hi is arg[1]
        vLo = ((v.lo + yq.lo) + yHi * qLo) + yLo * (1 + q[1])
    }
    let luLo = lgLo[0] + uLo / arg[0]
    let lvLo = lgLo[1] + vLo / arg[1]
    let pa = DoubleDouble.product(a, lgHi[0])
    let pb = DoubleDouble.product(b, lgHi[1])
    let s = DoubleDouble.sum(pa.hi, pb.hi)
    let e0 = s.hi - 0.5
    let e0Lo = ((s.hi - e0) - 0.5) + (s.lo + (pa.lo + pb.lo) + (a * luLo + b * lvLo))
    let eHi = e0 + e0Lo
    return (eHi, e0Lo - (eHi - e0))
}
