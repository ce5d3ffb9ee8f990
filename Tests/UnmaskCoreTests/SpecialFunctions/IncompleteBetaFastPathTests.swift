import Foundation
import Testing
@testable import UnmaskCore

/// The fast path of I_t(a, b) (`incompleteBetaFastPath`, 0.05 ≤ a, b ≤ 40) and its building blocks: the
/// table-driven logarithm and exponential and the Lanczos-form rational function, each against mpmath,
/// and the whole path against mpmath at every branch and against the general TOMS 708 path.
@Suite("SpecialFunctions: incomplete beta fast path")
struct SpecialFunctionIncompleteBetaFastPathTests {
    /// Points that take each branch: the series (plain and swapped), the continued fraction (plain and
    /// swapped, near the mean, near x₀ = 1), the complement's series near x₀ = 1, the double-double
    /// exponent (|exponent| > 32), tiny t, t near 1 and the corners of the domain. References from mpmath
    /// at 50 digits (value, complement).
    static let branchPoints: [(a: Double, b: Double, t: Double, value: Double, complement: Double)] = [
        (2.5, 0.7, 0.3, 2.9814024845250465541e-2, 9.7018597515474953446e-1),
        (0.3, 5.0, 0.95, 9.9999996584959584002e-1, 3.4150404159982171798e-8),
        (12.0, 3.0, 0.75, 2.8112762421369552612e-1, 7.1887237578630447388e-1),
        (3.0, 12.0, 0.25, 7.1887237578630447388e-1, 2.8112762421369552612e-1),
        (6.0, 0.08, 0.985, 1.506519897182951673e-1, 8.493480102817048327e-1),
        (10.0, 0.3, 0.96, 2.2613295093379780611e-1, 7.7386704906620219389e-1),
        (0.3, 10.0, 0.04, 7.7386704906620204296e-1, 2.2613295093379795704e-1),
        (14.0, 0.6, 0.96, 3.4884313086713445253e-1, 6.5115686913286554747e-1),
        (20.0, 30.0, 0.1, 1.5694545999362012912e-8, 9.9999998430545400064e-1),
        (17.3, 17.3, 0.5, 0.5, 0.5),
        (0.5, 2.0, 1e-250, 1.5000000000000000405e-125, 1.0),
        (1.7, 0.9, 0.9999999985, 9.9999998128268511321e-1, 1.8717314886786964773e-8),
        (40.0, 0.05, 0.999, 1.2761776143651754427e-1, 8.7238223856348245573e-1),
        (0.05, 0.05, 0.37, 4.8755250936434948435e-1, 5.1244749063565051565e-1),
        (39.5, 38.25, 0.52, 5.8283752982593407295e-1, 4.1716247017406592705e-1),
        (0.123, 19.75, 0.0061, 8.0568481287199961592e-1, 1.9431518712800038408e-1),
        (8.5, 1.25, 0.97, 8.5621801529204377111e-1, 1.4378198470795622889e-1),
        (0.75, 0.35, 0.61, 3.5475304822693660578e-1, 6.4524695177306339422e-1),
        (25.0, 2.0, 0.9, 2.512642956921485212e-1, 7.487357043078514788e-1),
    ]

    @Test func matchesMpmathOnEveryBranch() throws {
        for p in Self.branchPoints {
            let fast = try #require(incompleteBetaFastPath(p.t, p.a, p.b), "a=\(p.a) b=\(p.b) t=\(p.t) left the fast path")
            #expect(isClose(fast.value, p.value, relative: 1e-14), "value a=\(p.a) b=\(p.b) t=\(p.t): \(fast.value) vs \(p.value)")
            #expect(isClose(fast.complement, p.complement, relative: 1e-14),
                    "complement a=\(p.a) b=\(p.b) t=\(p.t): \(fast.complement) vs \(p.complement)")
        }
    }

    /// incomplete_beta_fast_path.csv: 2,000 mpmath references over the fast path's own domain (a, b log-uniform
    /// in [0.05, 40]; t uniform, near the mean and in both tails): the fast path answers nearly all of them
    /// (1,803; the rest underflow, sit within 1e-9 of t = 1 or near x₀ = 1 with a₀ > 15) and each value and
    /// complement is within 1e-13 (measured: 6.7e-15 and 5.6e-15 at most).
    @Test func matchesMpmathOverItsDomain() throws {
        let rows = try Fixture(named: "incomplete_beta_fast_path.csv").numericRows()
        #expect(rows.count == 2000)
        var answered = 0
        var worst = (error: 0.0, what: "")
        var failures: [String] = []
        for row in rows {
            let a = row["a"]!, b = row["b"]!, t = row["t"]!
            guard let fast = incompleteBetaFastPath(t, a, b) else { continue }
            answered += 1
            for (name, computed, reference) in [("value", fast.value, row["value"]!),
                                                ("complement", fast.complement, row["complement"]!)] {
                let error = specialFunctionError(computed, reference)
                let what = "\(name) a=\(a) b=\(b) t=\(t): \(computed) vs \(reference)"
                if !(error <= worst.error) { worst = (error.isNaN ? .infinity : error, what) }
                if !isClose(computed, reference, relative: 1e-13, absolute: 1e-300) { failures.append(what) }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) values off by more than 1e-13; worst \(worst.error) at \(worst.what)")
        #expect(answered >= 1750, "the fast path answered only \(answered) of \(rows.count)")
    }

    /// Seeded random input over the whole domain (uniform t, both tails down to 1e-300 and 1e-9, and the
    /// neighbourhood of the mean): where the fast path answers it agrees with the general path to 3e-14
    /// (both are within ~1e-14 of mpmath), and it answers for most of it (not where the prefactor
    /// underflows, t < 1e-300, t > 1 − 1e-9, or near x₀ = 1 with a₀ > 15).
    @Test func agreesWithGeneralPath() {
        var rng = SpecialFunctionRandom(seed: 708)
        var answered = 0
        var failures: [String] = []
        let count = 20_000
        for i in 0..<count {
            let a = exp(Double.random(in: log(0.05)...log(40), using: &rng))
            let b = exp(Double.random(in: log(0.05)...log(40), using: &rng))
            let t: Double
            switch i % 4 {
            case 0: t = Double.random(in: 0..<1, using: &rng)
            case 1: t = pow(10, -Double.random(in: 0...300, using: &rng))
            case 2: t = 1 - pow(10, -Double.random(in: 0...9, using: &rng))
            default: t = min(max(a / (a + b) * (1 + Double.random(in: -0.05...0.05, using: &rng)), 0), 1)
            }
            guard let fast = incompleteBetaFastPath(t, a, b) else { continue }
            answered += 1
            let general = incompleteBetaPairGeneral(t, a: a, b: b)
            if !isClose(fast.value, general.value, relative: 3e-14, absolute: 1e-300)
                || !isClose(fast.complement, general.complement, relative: 3e-14, absolute: 1e-300) {
                failures.append("a=\(a) b=\(b) t=\(t): fast \(fast) general \(general)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) disagreements, first: \(failures.prefix(3))")
        #expect(answered >= count * 8 / 10, "the fast path answered only \(answered) of \(count)")
    }

    @Test func declinesOutsideItsDomain() {
        for (t, a, b) in [(0.5, 0.049, 2.0), (0.5, 2.0, 40.5), (1e-301, 2.0, 2.0), (1 - 1e-10, 2.0, 2.0),
                          (0.3, 1.0, 2.5), (0.3, 2.5, 1.0), (0.3, 1.0, 1.0),
                          (0.0, 2.0, 2.0), (1.0, 2.0, 2.0), (.nan, 2.0, 2.0), (0.5, .nan, 2.0), (-0.5, 2.0, 2.0)] {
            #expect(incompleteBetaFastPath(t, a, b) == nil, "t=\(t) a=\(a) b=\(b)")
        }
    }

    /// The series' block estimate: for b = 1 the terms are exactly xⁿ, so the blocks the sum needs follow from
    /// the powers of x alone; the estimate is within one block of them (it only decides when the first
    /// convergence test runs). Out-of-domain input gives a count in 0...250, never a trap.
    @Test func seriesBlockEstimateMatchesTheGeometricCase() {
        for k in 1...600 {
            let x = Double(k) / 1000
            var needed = 0
            var term = 1.0, sum = 1.0
            while !(term <= 1e-16 * sum) {
                for _ in 0..<8 {
                    term *= x
                    sum += term
                }
                needed += 1
            }
            let estimate = incompleteBetaSeriesBlocks(x)
            #expect(abs(estimate - needed) <= 1, "x=\(x): estimate \(estimate) blocks, the sum needs \(needed)")
        }
        for x in [0, 1e-300, 1, 2, -1, .nan, .infinity] {
            #expect((0...250).contains(incompleteBetaSeriesBlocks(x)), "x=\(x): \(incompleteBetaSeriesBlocks(x))")
        }
    }

    /// The sum's value does not depend on the estimate beyond rounding: starting the convergence test at
    /// block 0, at the estimate or three blocks later gives the same sum to 1e-15.
    @Test func hypergeometricSumIsIndependentOfTheBlockEstimate() {
        for (a, b, x) in [(0.3, 5.0, 0.05), (2.5, 0.7, 0.3), (39.5, 38.0, 0.5), (0.05, 0.05, 0.37), (3.0, 12.0, 0.2)] {
            let estimate = incompleteBetaSeriesBlocks(x)
            let reference = incompleteBetaHypergeometricSum(a, b, x, blocks: 0)
            for blocks in [estimate, estimate + 3] {
                let sum = incompleteBetaHypergeometricSum(a, b, x, blocks: blocks)
                #expect(isClose(sum, reference, relative: 1e-15), "a=\(a) b=\(b) x=\(x) blocks=\(blocks): \(sum) vs \(reference)")
            }
        }
    }

    /// The closed forms with a parameter equal to 1 stay on the general path, which is exact where schedules
    /// rely on it: I_t(1, 1) = t on the sampler's grid k/N (so that E_N = π² exactly at the optimum).
    @Test func linearScheduleIsExact() {
        for n in [3, 8, 10, 64] {
            for k in 0...n {
                let t = Double(k) / Double(n)
                let pair = regularizedIncompleteBetaPair(t, a: 1, b: 1)
                #expect(pair.value == t && pair.complement == 1 - t, "t = \(k)/\(n): \(pair)")
            }
        }
    }

    /// `logPair` against 50-digit logarithms given as double-doubles: absolute error below
    /// 1e-19·max(1, |ln u|), in either lane.
    @Test func tableLogarithmIsDoubleDoubleAccurate() {
        let references: [(u: Double, hi: Double, lo: Double)] = [
            (0.75, -0x1.269621134db92p-2, -0x1.e0efadd9db02bp-56),
            (1.2, 0x1.7565011e49675p-3, -0x1.c0e128769d46cp-59),
            (1e-10, -0x1.7069e2aa2aa5bp+4, 0x1.f0b709e89338fp-52),
            (123.456, 0x1.343774f3e2362p+2, 0x1.19e207fbbab3cp-53),
            (0.7072, -0x1.62c1a17840101p-2, 0x1.ca2edfb29918cp-56),
            (1.0000001, 0x1.ad7f2847b6492p-24, 0x1.d7f4a57fcf3ddp-80),
            (0.9999, -0x1.a3738d2cf1cc2p-14, 0x1.3694792ff3a76p-68),
            (3e-300, -0x1.58d6a52bb2934p+9, 0x1.407ab9d61885ep-45),
            (7.5e+299, 0x1.593e71bb6591ap+9, -0x1.e6ab7b7a66a98p-46),
            (1.0, 0, 0),
            (0.5, -0x1.62e42fefa39efp-1, -0x1.abc9e3b39803fp-56),
            (2.0, 0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56),
        ]
        for (i, r) in references.enumerated() {
            let other = references[(i + 1) % references.count]
            let lg = logPair(SIMD2(r.u, other.u))
            let error = abs((lg.hi[0] - r.hi) + (lg.lo[0] - r.lo))
            #expect(error <= 1e-19 * max(1, abs(r.hi)), "ln \(r.u): error \(error)")
            let error1 = abs((lg.hi[1] - other.hi) + (lg.lo[1] - other.lo))
            #expect(error1 <= 1e-19 * max(1, abs(other.hi)), "ln \(other.u) (second lane): error \(error1)")
        }
        // and over the whole range against libm (each within an ulp of the true value)
        var rng = SpecialFunctionRandom(seed: 3)
        for _ in 0..<20_000 {
            let u = pow(2, Double.random(in: -1000...1000, using: &rng))
            let v = Double.random(in: 0.5...1.5, using: &rng)
            let lg = logPair(SIMD2(u, v))
            #expect(abs((lg.hi[0] + lg.lo[0]) - log(u)) <= 2 * log(u).ulp, "ln \(u)")
            #expect(abs((lg.hi[1] + lg.lo[1]) - log(v)) <= max(2 * abs(log(v)).ulp, 1e-300), "ln \(v)")
        }
    }

    /// `expDouble` against libm `exp` (both within about half an ulp of the truth) and its low-part input.
    @Test func tableExponentialIsAccurate() {
        var rng = SpecialFunctionRandom(seed: 5)
        for _ in 0..<20_000 {
            let x = Double.random(in: -708...708, using: &rng)
            let reference = exp(x)
            #expect(abs(expDouble(x, 0) - reference) <= 1.5 * reference.ulp, "exp(\(x))")
            let lo = x.ulp * Double.random(in: -0.5...0.5, using: &rng)
            #expect(abs(expDouble(x, lo) - reference * (1 + lo)) <= 2 * reference.ulp, "exp(\(x) + \(lo))")
        }
        #expect(expDouble(0, 0) == 1)
    }

    /// `S(z) = Γ(z)/((z + 7)/e)^(z − ½)` from `lanczosNumerator`/`lanczosDenominator` against mpmath.
    @Test func lanczosSumMatchesGamma() {
        let references: [(z: Double, s: Double)] = [
            (0.04, 3.789495281247397603474e+1),
            (0.5, 1.772453850905516027298),
            (1.0, 5.829109953992810508409e-1),
            (2.5, 1.088373485078104205189e-1),
            (7.25, 1.606803041514098743487e-2),
            (19.0, 4.610860659498483151931e-3),
            (40.0, 2.608265059328685683042e-3),
            (80.5, 1.929383049660943020205e-3),
        ]
        for r in references {
            let s = lanczosNumerator(r.z) / lanczosDenominator(r.z)
            #expect(isClose(s, r.s, relative: 1e-15), "S(\(r.z)) = \(s) vs \(r.s)")
        }
    }

    /// The paired denominator is the product z(z+1)⋯(z+8): exact for small integers (9! at z = 1, 10! at z = 2),
    /// and within a few ulp of the factor-by-factor product elsewhere.
    @Test func lanczosDenominatorIsTheRisingProduct() {
        #expect(lanczosDenominator(1) == 362_880)
        #expect(lanczosDenominator(2) == 3_628_800)
        #expect(lanczosDenominator(7) == 7 * 8 * 9 * 10 * 11 * 12 * 13 * 14 * 15)
        for z in stride(from: 0.05, through: 80.0, by: 0.37) {
            let product = (0...8).reduce(1.0) { $0 * (z + Double($1)) }
            #expect(isClose(lanczosDenominator(z), product, relative: 2e-15), "Q(\(z)) = \(lanczosDenominator(z)) vs \(product)")
        }
    }
}
