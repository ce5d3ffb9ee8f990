import Foundation
import Testing
import UnmaskCore

@Suite("SpecialFunctions: incomplete beta")
struct SpecialFunctionIncompleteBetaTests {
    /// Every row of the mpmath fixture, value and complement, at 1e-13 relative (1e-300 absolute
    /// where the reference underflows).
    @Test func matchesMpmathFixture() throws {
        let rows = try Fixture(named: "incomplete_beta.csv").numericRows()
        #expect(rows.count >= 3000)
        var worst = (error: 0.0, what: "")
        var failures: [String] = []
        for row in rows {
            let a = row["a"]!, b = row["b"]!, t = row["t"]!
            let pair = regularizedIncompleteBetaPair(t, a: a, b: b)
            let single = regularizedIncompleteBeta(t, a: a, b: b)
            for (name, computed, reference) in [("value", pair.value, row["value"]!),
                                                ("complement", pair.complement, row["complement"]!),
                                                ("single", single, row["value"]!)] {
                let error = specialFunctionError(computed, reference)
                let what = "\(name) a=\(a) b=\(b) t=\(t): \(computed) vs \(reference)"
                if !(error <= worst.error) { worst = (error.isNaN ? .infinity : error, what) }
                if !isClose(computed, reference, relative: 1e-13, absolute: 1e-300) {
                    failures.append(what)
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) fixture values off by more than 1e-13; max relative error \(worst.error) at \(worst.what); first: \(failures.prefix(5))")
    }

    @Test func exactEnds() {
        for (a, b) in [(0.01, 0.01), (0.5, 3.0), (1.0, 1.0), (7.0, 0.02), (1000.0, 1000.0), (1e-10, 1e10)] {
            #expect(regularizedIncompleteBeta(0, a: a, b: b) == 0)
            #expect(regularizedIncompleteBeta(1, a: a, b: b) == 1)
            let zero = regularizedIncompleteBetaPair(0, a: a, b: b)
            #expect(zero.value == 0 && zero.complement == 1)
            let one = regularizedIncompleteBetaPair(1, a: a, b: b)
            #expect(one.value == 1 && one.complement == 0)
        }
    }

    @Test func closedForms() {
        var rng = SpecialFunctionRandom(seed: 7)
        for _ in 0..<400 {
            let t = Double.random(in: 0..<1, using: &rng)
            let a = exp(Double.random(in: log(0.01)...log(1000), using: &rng))
            // I_t(1, 1) = t
            #expect(isClose(regularizedIncompleteBeta(t, a: 1, b: 1), t, relative: 1e-15), "I_t(1,1), t=\(t)")
            // I_t(a, 1) = t^a
            let power = pow(t, a)
            #expect(isClose(regularizedIncompleteBeta(t, a: a, b: 1), power, relative: 1e-14, absolute: 1e-300),
                    "I_t(a,1), a=\(a) t=\(t)")
            // I_t(1, b) = 1 − (1 − t)^b, complement (1 − t)^b
            let b = a
            let upper = -expm1(b * log1p(-t))
            let pair = regularizedIncompleteBetaPair(t, a: 1, b: b)
            #expect(isClose(pair.value, upper, relative: 1e-14), "I_t(1,b), b=\(b) t=\(t)")
            if t >= 0.5 {
                // (1 − t)^b with 1 − t exact; libm pow is accurate to an ulp even for huge exponents
                #expect(isClose(pair.complement, pow(1 - t, b), relative: 1e-14, absolute: 1e-300),
                        "1 − I_t(1,b), b=\(b) t=\(t)")
            }
            // I_t(½, ½) = (2/π)·asin √t, complement (2/π)·asin √(1 − t) (1 − t exact for t ≥ ½)
            let arcsine = regularizedIncompleteBetaPair(t, a: 0.5, b: 0.5)
            #expect(isClose(arcsine.value, 2 / Double.pi * asin(t.squareRoot()), relative: 1e-14), "arcsine t=\(t)")
            if t >= 0.5 {
                #expect(isClose(arcsine.complement, 2 / Double.pi * asin((1 - t).squareRoot()), relative: 1e-14),
                        "arcsine complement t=\(t)")
            }
        }
        // tiny arguments of the closed forms
        for t in [Double.leastNonzeroMagnitude, subnormal1e310, 1e-300, 1e-100] {
            #expect(isClose(regularizedIncompleteBeta(t, a: 1, b: 1), t, relative: 1e-15))
            #expect(isClose(regularizedIncompleteBeta(t, a: 0.5, b: 0.5), 2 / Double.pi * t.squareRoot(), relative: 1e-14))
            #expect(isClose(regularizedIncompleteBetaPair(1 - 0x1p-53, a: 1, b: 2).complement, 0x1p-106, relative: 1e-14))
        }
    }

    @Test func symmetry() {
        var rng = SpecialFunctionRandom(seed: 11)
        for _ in 0..<500 {
            let a = exp(Double.random(in: log(0.01)...log(1000), using: &rng))
            let b = exp(Double.random(in: log(0.01)...log(1000), using: &rng))
            // t ≥ ½ so that 1 − t is exact and both orientations see the same point
            let t = Double.random(in: 0.5..<1, using: &rng)
            let pair = regularizedIncompleteBetaPair(t, a: a, b: b)
            #expect(abs(pair.value + pair.complement - 1) <= 1e-15, "a=\(a) b=\(b) t=\(t)")
            let mirrored = regularizedIncompleteBetaPair(1 - t, a: b, b: a)
            #expect(isClose(mirrored.value, pair.complement, relative: 1e-14, absolute: 1e-300), "a=\(a) b=\(b) t=\(t)")
            #expect(isClose(mirrored.complement, pair.value, relative: 1e-14, absolute: 1e-300), "a=\(a) b=\(b) t=\(t)")
        }
    }

    @Test func monotoneInT() {
        var rng = SpecialFunctionRandom(seed: 13)
        for _ in 0..<12 {
            let a = exp(Double.random(in: log(0.01)...log(1000), using: &rng))
            let b = exp(Double.random(in: log(0.01)...log(1000), using: &rng))
            var previous = 0.0
            var previousComplement = 1.0
            for i in 0...2000 {
                let t = Double(i) / 2000
                let pair = regularizedIncompleteBetaPair(t, a: a, b: b)
                // allow a last-place wobble where consecutive values agree to rounding
                #expect(pair.value >= previous * (1 - 1e-14), "a=\(a) b=\(b) t=\(t)")
                #expect(pair.complement <= previousComplement * (1 + 1e-14), "a=\(a) b=\(b) t=\(t)")
                previous = pair.value
                previousComplement = pair.complement
            }
        }
    }

    @Test func invalidInputIsNaN() {
        let bad: [(Double, Double, Double)] = [
            (-0.1, 1, 1), (1.1, 1, 1), (.nan, 1, 1), (0.5, 0, 1), (0.5, 1, 0), (0.5, -1, 1),
            (0.5, 1, -2), (0.5, .nan, 1), (0.5, 1, .nan), (0.5, .infinity, 1), (0.5, 1, .infinity),
            (.infinity, 1, 1), (-.infinity, 1, 1),
        ]
        for (t, a, b) in bad {
            #expect(regularizedIncompleteBeta(t, a: a, b: b).isNaN, "t=\(t) a=\(a) b=\(b)")
            let pair = regularizedIncompleteBetaPair(t, a: a, b: b)
            #expect(pair.value.isNaN && pair.complement.isNaN, "t=\(t) a=\(a) b=\(b)")
        }
    }

    /// Extreme but valid input: finite results in [0, 1] that add up to 1, no NaN, no hang.
    @Test func noHangNoNaNOnExtremeInput() {
        let parameters: [Double] = [1e-10, 1e-7, 1e-4, 0.01, 0.3, 1, 3, 40, 1e3, 1e5, 1e7, 1e10]
        let ts: [Double] = [0, Double.leastNonzeroMagnitude, 1e-300, 1e-20, 0.5, 1 - 1e-12, 1 - 0x1p-53, 1]
        for a in parameters {
            for b in parameters {
                for t in ts {
                    let pair = regularizedIncompleteBetaPair(t, a: a, b: b)
                    let ok = pair.value.isFinite && pair.complement.isFinite
                        && (0...1).contains(pair.value) && (0...1).contains(pair.complement)
                        && abs(pair.value + pair.complement - 1) <= 1e-12
                    #expect(ok, "a=\(a) b=\(b) t=\(t): \(pair)")
                }
            }
        }
        for (a, b) in [(1e300, 1e300), (1.7e308, 1.7e308), (Double.leastNonzeroMagnitude, Double.leastNonzeroMagnitude), (Double.leastNonzeroMagnitude, 1e308), (1e308, Double.leastNonzeroMagnitude), (1e-300, 1)] {
            for t in ts {
                let pair = regularizedIncompleteBetaPair(t, a: a, b: b)
                #expect(pair.value.isFinite && pair.complement.isFinite
                        && (0...1).contains(pair.value) && (0...1).contains(pair.complement),
                        "a=\(a) b=\(b) t=\(t): \(pair)")
            }
        }
    }
}

extension SpecialFunctionIncompleteBetaTests {
    /// Random valid input over the whole double range of the parameters (a deterministic fuzz):
    /// every pair finite, in [0, 1] and adding up to 1.
    @Test func randomExtremeInputStaysFiniteAndInRange() {
        var rng = SpecialFunctionRandom(seed: 2024)
        var failures: [String] = []
        for i in 0..<40_000 {
            let range = i % 2 == 0 ? 300.0 : 12.0
            let a = pow(10, Double.random(in: -range...range, using: &rng))
            let b = pow(10, Double.random(in: -range...range, using: &rng))
            let u = Double.random(in: 0..<1, using: &rng)
            let t: Double
            switch i % 4 {
            case 0: t = u
            case 1: t = pow(10, -Double.random(in: 0...323, using: &rng))
            case 2: t = 1 - pow(10, -Double.random(in: 0...16, using: &rng))
            default: t = min(max(1 / (1 + b / a) * (1 + (u - 0.5) * 0.1), 0), 1)
            }
            let pair = regularizedIncompleteBetaPair(t, a: a, b: b)
            let ok = pair.value.isFinite && pair.complement.isFinite
                && (0...1).contains(pair.value) && (0...1).contains(pair.complement)
                && abs(pair.value + pair.complement - 1) <= 1e-12
            if !ok { failures.append("a=\(a) b=\(b) t=\(t): \(pair)") }
        }
        #expect(failures.isEmpty, "\(failures.count) bad results, first: \(failures.prefix(5))")
    }
}

/// Relative error, or 0/∞ where the reference underflows below 1e-300 (absolute tolerance there).
func specialFunctionError(_ computed: Double, _ reference: Double) -> Double {
    if abs(reference) <= 1e-300 { return abs(computed - reference) <= 1e-300 ? 0 : .infinity }
    let error = relativeError(computed, reference)
    return error.isNaN ? .infinity : error
}

/// A small deterministic generator for the property tests (SplitMix64).
struct SpecialFunctionRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// 1e-310, a subnormal (written as a string so that the literal does not warn about underflow).
let subnormal1e310 = Double("1e-310")!
