import Foundation
import Testing
import UnmaskCore

@Suite("SpecialFunctions: log beta")
struct SpecialFunctionLogBetaTests {
    /// |Δ ln B| ≤ 1e-13·max(1, |ln B|) on every fixture row, i.e. B itself to 1e-13 relative.
    @Test func matchesMpmathFixture() throws {
        let rows = try Fixture(named: "log_beta.csv").numericRows()
        #expect(rows.count >= 900)
        var worst = (error: 0.0, what: "")
        var failures = 0
        for row in rows {
            let a = row["a"]!, b = row["b"]!, reference = row["log_beta"]!
            let computed = logBeta(a, b)
            var error = abs(computed - reference) / max(1, abs(reference))
            if error.isNaN { error = .infinity }
            if error > worst.error { worst = (error, "a=\(a) b=\(b): \(computed) vs \(reference)") }
            if !(error <= 1e-13) { failures += 1 }
        }
        #expect(failures == 0, "\(failures) rows off by more than 1e-13; max scaled error \(worst.error) at \(worst.what)")
    }

    @Test func exactAndKnownValues() {
        #expect(logBeta(1, 1) == 0)
        #expect(abs(logBeta(0.5, 0.5) - log(Double.pi)) <= 4e-15)
        #expect(abs(logBeta(2, 3) - log(1.0 / 12.0)) <= 4e-15)
        #expect(abs(logBeta(1, 7.25) + log(7.25)) <= 4e-15)  // B(1, b) = 1/b
        // symmetric in its arguments
        for (a, b) in [(0.01, 1000.0), (3.7, 0.2), (123.4, 567.8)] {
            #expect(logBeta(a, b) == logBeta(b, a))
        }
    }

    @Test func finiteFarOutsideTheFixtureRange() {
        for a in [1e-300, 1e-8, 1, 1e8, 1e300] {
            for b in [1e-300, 1e-8, 1, 1e8, 1e300] {
                #expect(logBeta(a, b).isFinite, "a=\(a) b=\(b)")
            }
        }
        // B(a, b) ≈ 1/a + 1/b for tiny arguments
        #expect(abs(logBeta(1e-8, 1e-8) - log(2e8)) <= 1e-7)
    }

    @Test func invalidInputIsNaN() {
        for (a, b) in [(0.0, 1.0), (1.0, 0.0), (-1.0, 2.0), (.nan, 1.0), (1.0, .nan)] {
            #expect(logBeta(a, b).isNaN, "a=\(a) b=\(b)")
        }
    }
}
