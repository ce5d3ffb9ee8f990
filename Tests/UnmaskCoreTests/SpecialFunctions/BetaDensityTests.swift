import Foundation
import Testing
import UnmaskCore

@Suite("SpecialFunctions: beta density")
struct SpecialFunctionBetaDensityTests {
    @Test func matchesMpmathFixture() throws {
        let rows = try Fixture(named: "beta_density.csv").numericRows()
        #expect(rows.count >= 1000)
        var worst = (error: 0.0, what: "")
        var failures = 0
        for row in rows {
            let a = row["a"]!, b = row["b"]!, t = row["t"]!, reference = row["density"]!
            let computed = betaDensity(at: t, a: a, b: b)
            let error = specialFunctionError(computed, reference)
            if error > worst.error { worst = (error, "a=\(a) b=\(b) t=\(t): \(computed) vs \(reference)") }
            if !isClose(computed, reference, relative: 1e-13, absolute: 1e-300) { failures += 1 }
        }
        #expect(failures == 0, "\(failures) rows off by more than 1e-13; max relative error \(worst.error) at \(worst.what)")
    }

    /// The overload with an exact complement, at points so close to 1 that 1 − t is not a double.
    @Test func complementOverloadMatchesMpmathFixture() throws {
        let rows = try Fixture(named: "beta_density_complement.csv").numericRows()
        #expect(rows.count >= 200)
        var worst = (error: 0.0, what: "")
        var failures = 0
        for row in rows {
            let a = row["a"]!, b = row["b"]!, t = row["t"]!, c = row["complement"]!, reference = row["density"]!
            let computed = betaDensity(at: t, complement: c, a: a, b: b)
            let error = specialFunctionError(computed, reference)
            if error > worst.error { worst = (error, "a=\(a) b=\(b) t=\(t) c=\(c): \(computed) vs \(reference)") }
            if !isClose(computed, reference, relative: 1e-13, absolute: 1e-300) { failures += 1 }
        }
        #expect(failures == 0, "\(failures) rows off by more than 1e-13; max relative error \(worst.error) at \(worst.what)")
    }

    @Test func endPointLimits() {
        #expect(betaDensity(at: 0, a: 0.5, b: 3) == .infinity)
        #expect(betaDensity(at: 0, a: 1, b: 3) == 3)
        #expect(betaDensity(at: 0, a: 2, b: 3) == 0)
        #expect(betaDensity(at: 1, a: 3, b: 0.5) == .infinity)
        #expect(betaDensity(at: 1, a: 3, b: 1) == 3)
        #expect(betaDensity(at: 1, a: 3, b: 2) == 0)
        #expect(betaDensity(at: 1, complement: 0, a: 3, b: 1) == 3)
        #expect(betaDensity(at: 0, complement: 1, a: 1, b: 1) == 1)
        // uniform density and the arcsine density
        #expect(betaDensity(at: 0.3, a: 1, b: 1) == 1)
        #expect(abs(betaDensity(at: 0.25, a: 0.5, b: 0.5) / (1 / (Double.pi * (0.25 * 0.75).squareRoot())) - 1) <= 1e-15)
    }

    @Test func overloadsAgreeWhereOneMinusTIsExact() {
        var rng = SpecialFunctionRandom(seed: 3)
        for _ in 0..<300 {
            let a = exp(Double.random(in: log(0.01)...log(1000), using: &rng))
            let b = exp(Double.random(in: log(0.01)...log(1000), using: &rng))
            let t = Double.random(in: 0.5..<1, using: &rng)
            let plain = betaDensity(at: t, a: a, b: b)
            let withComplement = betaDensity(at: t, complement: 1 - t, a: a, b: b)
            #expect(isClose(plain, withComplement, relative: 1e-15, absolute: 1e-300), "a=\(a) b=\(b) t=\(t)")
        }
    }

    @Test func invalidInputIsNaN() {
        #expect(betaDensity(at: -0.1, a: 1, b: 1).isNaN)
        #expect(betaDensity(at: 1.5, a: 1, b: 1).isNaN)
        #expect(betaDensity(at: .nan, a: 1, b: 1).isNaN)
        #expect(betaDensity(at: 0.5, a: 0, b: 1).isNaN)
        #expect(betaDensity(at: 0.5, a: 1, b: -1).isNaN)
        #expect(betaDensity(at: 0.5, a: .infinity, b: 1).isNaN)
        #expect(betaDensity(at: 0.5, complement: -0.5, a: 1, b: 1).isNaN)
    }
}
