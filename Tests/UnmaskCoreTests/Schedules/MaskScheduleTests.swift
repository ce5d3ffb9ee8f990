import Foundation
import Testing
@testable import UnmaskCore

@Suite("Schedules: values against mpmath")
struct MaskScheduleReferenceTests {
    /// schedules.csv: γ, α and α̇ from the defining formulas at 40 digits (scripts/generate_schedule_fixtures.py).
    @Test func matchesHighPrecisionReference() throws {
        let fixture = try Fixture(named: "schedules.csv")
        var worst = (error: 0.0, row: "")
        for row in fixture.rows {
            let schedule = try MaskSchedule(spec: row[0])
            let t = try #require(Double(row[1]))
            let expected = try (1...4).map { try #require(Double(row[$0])) }
            let computed = [t, schedule.gamma(at: t), schedule.alpha(at: t), schedule.alphaDot(at: t)]
            for column in 1...3 where !expected[column].isNaN {
                let error = expected[column] == 0 ? abs(computed[column]) : relativeError(computed[column], expected[column])
                if error > worst.error { worst = (error, "\(row[0]) t=\(row[1]) column \(fixture.header[column + 1])") }
            }
        }
        #expect(worst.error <= 1e-12, "worst relative error \(worst.error) at \(worst.row)")
    }

    @Test(arguments: ["linear", "sine", "cosine", "sin2", "poly:2", "polymask:3", "beta:0.9,0.3", "beta:20,0.05"])
    func endsAreExact(spec: String) throws {
        let schedule = try MaskSchedule(spec: spec)
        #expect(schedule.alpha(at: 0) == 0)
        #expect(schedule.alpha(at: 1) == 1)
        #expect(schedule.gamma(at: 0) == 0)
        #expect(schedule.gamma(at: 1) == 1)
    }
}

@Suite("Schedules: identities between families")
struct MaskScheduleIdentityTests {
    static let times: [Double] = [1e-9, 0.01, 0.2, 0.37, 0.5, 0.81, 0.99, 1 - 1e-9]

    @Test func linearIsBetaHalfHalfAndSin2IsBetaOneOne() throws {
        let linear = MaskSchedule(.linear), betaHalf = MaskSchedule(.beta(a: 0.5, b: 0.5))
        let sin2 = MaskSchedule(.sin2), betaOne = MaskSchedule(.beta(a: 1, b: 1))
        for t in Self.times {
            #expect(relativeError(betaHalf.alpha(at: t), linear.alpha(at: t)) < 1e-13)
            #expect(relativeError(betaHalf.gammaDot(at: t), linear.gammaDot(at: t)) < 1e-13)
            #expect(relativeError(betaOne.alpha(at: t), sin2.alpha(at: t)) < 1e-13)
            #expect(relativeError(betaOne.alphaDot(at: t), sin2.alphaDot(at: t)) < 1e-13)
        }
    }

    @Test(arguments: ["linear", "sine", "cosine", "sin2", "poly:2", "poly:0.3", "polymask:5", "beta:0.9,0.3", "beta:3,40"])
    func complementsAddUpAndGrowMonotonically(spec: String) throws {
        let schedule = try MaskSchedule(spec: spec)
        var previous = -1.0
        for k in 0...200 {
            let t = Double(k) / 200
            let alpha = schedule.alphaPair(at: t, complement: Double(200 - k) / 200)
            let gamma = schedule.gammaPair(at: t, complement: Double(200 - k) / 200)
            #expect(abs(alpha.value + alpha.complement - 1) < 4e-16)
            #expect(abs(gamma.value + gamma.complement - 1) < 4e-16)
            #expect(alpha.value >= previous)
            previous = alpha.value
        }
    }

    /// The analytic endpoint exponents agree with the log-log slope of γ̇ measured near each end.
    @Test(arguments: ["linear", "sine", "cosine", "sin2", "poly:2", "poly:0.5", "polymask:3", "beta:0.9,0.3", "beta:2.5,0.7"])
    func endpointExponentsMatchMeasuredSlopes(spec: String) throws {
        let schedule = try MaskSchedule(spec: spec)
        let (near, nearer) = (1e-8, 1e-10)
        let slopeAtZero = log(schedule.gammaDot(at: nearer, complement: 1) / schedule.gammaDot(at: near, complement: 1)) / log(nearer / near)
        let slopeAtOne = log(schedule.gammaDot(at: 1, complement: nearer) / schedule.gammaDot(at: 1, complement: near)) / log(nearer / near)
        #expect(abs(slopeAtZero - schedule.endpointExponents.atZero) < 1e-4)
        #expect(abs(slopeAtOne - schedule.endpointExponents.atOne) < 1e-4)
    }
}
