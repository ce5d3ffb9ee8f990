import Foundation

extension SplitMix64 {
    /// A uniform double in (0, 1): (⌊x/2¹¹⌋ + ½)·2⁻⁵³ for a 64-bit draw x, never 0 or 1, so its
    /// logarithm is finite.
    mutating func nextOpenUnit() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// A draw from Binomial(n, p): P(X = k) = C(n, k)·p^k·(1 − p)^(n−k), k = 0…n.
    ///
    /// Exact in distribution (up to the rounding of double arithmetic in the acceptance tests):
    /// with p' = min(p, 1 − p) and X = n − Binomial(n, 1 − p) when p > ½,
    /// - n·p' < 10: inversion (Kachitvichyanukul & Schmeiser 1988, BINV): walk the pmf from
    ///   f(0) = (1 − p')ⁿ by f(k) = f(k−1)·((n+1)/k − 1)·p'/(1 − p') until the uniform is used up,
    ///   about n·p' + 1 steps; a walk past n·p' + 10·√(n·p'(1 − p') + 1) (mass below 1e-20)
    ///   starts again with a fresh uniform, so rounding can never run it off the end;
    /// - otherwise Hörmann's BTRD (transformed rejection with decomposition, "The generation of
    ///   binomial random variates", J. Stat. Comput. Simul. 46, 1993), O(1) expected uniforms
    ///   for every n. Acceptance compares with the pmf ratio f(k)/f(m) to the mode
    ///   m = ⌊(n + 1)·p'⌋: by the recursion above when |k − m| ≤ 15, otherwise through a normal
    ///   squeeze and, if needed, Stirling's formula for ln k!.
    ///
    /// n ≤ 0 or p ≤ 0 gives 0, p ≥ 1 gives n (NaN is treated as 0).
    public mutating func nextBinomial(trials n: Int, probability p: Double) -> Int {
        guard n > 0, p > 0 else { return 0 }
        if p >= 1 { return n }
        if p > 0.5 { return n - nextBinomial(trials: n, probability: 1 - p) }
        if Double(n) * p < binomialInversionLimit { return binomialByInversion(n, p) }
        return binomialByBTRD(n, p)
    }

    /// BINV for p ≤ ½ and n·p < 10.
    private mutating func binomialByInversion(_ n: Int, _ p: Double) -> Int {
        let q = 1 - p
        let s = p / q
        let a = Double(n + 1) * s
        let f0 = exp(Double(n) * log1p(-p))
        let mean = Double(n) * p
        let bound = Swift.min(Double(n), mean + 10 * (mean * q + 1).squareRoot())
        while true {
            var u = nextUnit()
            var f = f0
            var k = 0
            while u >= f {
                u -= f
                k += 1
                if Double(k) > bound { break }
                f *= a / Double(k) - s
            }
            if Double(k) <= bound { return k }
        }
    }

    /// BTRD for p ≤ ½ and n·p ≥ 10, step numbers as in Hörmann (1993).
    private mutating func binomialByBTRD(_ n: Int, _ p: Double) -> Int {
        let nd = Double(n)
        let q = 1 - p
        let m = Int(((nd + 1) * p).rounded(.down))
        let r = p / q
        let nr = (nd + 1) * r
        let npq = nd * p * q
        let spq = npq.squareRoot()
        let b = 1.15 + 2.53 * spq
        let a = -0.0873 + 0.0248 * b + 0.01 * p
        let c = nd * p + 0.5
        let alpha = (2.83 + 5.1 / b) * spq
        let vr = 0.92 - 4.2 / b
        let urvr = 0.86 * vr
        while true {
            // 1: the immediate acceptance region, one uniform.
            var v = nextOpenUnit()
            var u: Double
            if v <= urvr {
                u = v / vr - 0.43
                return Int(((2 * a / (0.5 - abs(u)) + b) * u + c).rounded(.down))
            }
            // 2: a point (u, v) under the hat outside that region.
            if v >= vr {
                u = nextOpenUnit() - 0.5
            } else {
                u = v / vr - 0.93
                u = (u < 0 ? -0.5 : 0.5) - u
                v = nextOpenUnit() * vr
            }
            // 2.1
            let us = 0.5 - abs(u)
            let kd = ((2 * a / us + b) * u + c).rounded(.down)
            if kd < 0 || kd > nd { continue }
            let k = Int(kd)
            v = v * alpha / (a / (us * us) + b)
            let km = abs(k - m)
            if km <= 15 {
                // 3.1: f(k)/f(m) by recursion.
                var f = 1.0
                if m < k {
                    for i in (m + 1)...k { f *= nr / Double(i) - r }
                } else if m > k {
                    for i in (k + 1)...m { v *= nr / Double(i) - r }
                }
                if v <= f { return k }
                continue
            }
            // 3.2: squeeze on ln(f(k)/f(m)) ≈ −km²/(2npq).
            v = log(v)
            let (t, rho) = binomialSqueeze(distanceToMode: km, variance: npq)
            if v < t - rho { return k }
            if v > t + rho { continue }
            // 3.3, 3.4: ln(f(k)/f(m)) by Stirling's formula.
            if v <= binomialLogRatioToMode(k, mode: m, trials: n, odds: r) { return k }
        }
    }
}

/// BTRD's squeeze (step 3.2): for |k − m| = km > 15, t − ρ ≤ ln(f(k)/f(m)) ≤ t + ρ with
/// t = −km²/(2npq) and ρ = (km/npq)·((km·(km/3 + 0.625) + 1/6)/npq + ½).
func binomialSqueeze(distanceToMode km: Int, variance npq: Double) -> (t: Double, rho: Double) {
    let kmd = Double(km)
    let rho = (kmd / npq) * ((kmd * (kmd / 3 + 0.625) + 1.0 / 6) / npq + 0.5)
    return (-kmd * kmd / (2 * npq), rho)
}

/// ln(f(k)/f(m)) for the Binomial(n, p) pmf f and r = p/(1 − p) (BTRD steps 3.3 and 3.4): with
/// n_m = n − m + 1, n_k = n − k + 1 and h = (m + ½)·ln((m + 1)/(r·n_m)) + f_c(m) + f_c(n − m),
/// h + (n + 1)·ln(n_m/n_k) + (k + ½)·ln(n_k·r/(k + 1)) − f_c(k) − f_c(n − k).
func binomialLogRatioToMode(_ k: Int, mode m: Int, trials n: Int, odds r: Double) -> Double {
    let nm = Double(n - m + 1), nk = Double(n - k + 1), kd = Double(k)
    let h = (Double(m) + 0.5) * log(Double(m + 1) / (r * nm)) + logFactorialCorrection(m) + logFactorialCorrection(n - m)
    return h + (Double(n) + 1) * log(nm / nk) + (kd + 0.5) * log(nk * r / (kd + 1))
        - logFactorialCorrection(k) - logFactorialCorrection(n - k)
}

/// Below this n·min(p, 1 − p), `nextBinomial` uses inversion (about n·p + 1 steps); from it on,
/// BTRD, which Hörmann designed for n·p ≥ 10.
let binomialInversionLimit = 10.0

/// Hörmann's f_c(k) = ln k! − [(k + ½)·ln(k + 1) − (k + 1) + ½·ln 2π], the Stirling remainder
/// δ(k + 1) of lnΓ(k + 1).
func logFactorialCorrection(_ k: Int) -> Double {
    stirlingCorrection(Double(k) + 1)
}
