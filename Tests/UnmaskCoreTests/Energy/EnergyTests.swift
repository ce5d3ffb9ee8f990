import Foundation
import Testing
@testable import UnmaskCore

@Suite("Energy: continuous energy")
struct ContinuousEnergyTests {
    /// energies.csv: closed forms and mpmath quadratures of the defining integral at 40 digits;
    /// divergence decided there from the integrand's measured endpoint slopes.
    @Test func matchesHighPrecisionReference() throws {
        let fixture = try Fixture(named: "energies.csv")
        for row in fixture.rows {
            let alpha = try MaskSchedule(spec: row[0]), weight = try MaskSchedule(spec: row[1])
            let expected = try #require(Double(row[2]))
            let computed = energy(of: alpha, weight: weight)
            if expected.isInfinite {
                #expect(computed == .infinity, "\(row[0]) under \(row[1])")
            } else {
                #expect(relativeError(computed, expected) <= 1e-9, "\(row[0]) under \(row[1]): \(computed) vs \(expected)")
            }
        }
    }

    /// Reference values quoted in docs/theory.md §5.
    @Test func theoryReferenceValues() throws {
        let cases: [(String, String, Double, Double)] = [
            ("beta:1,1", "beta:0.9,0.3", 17.71878126781414, 1e-13),
            ("beta:0.7,0.5", "beta:0.9,0.3", 13.713788914818778, 1e-13),
            ("beta:2,2", "uniform", 11.8435, 1e-5),
            ("beta:1,2", "uniform", 13.1595, 1e-5),
            ("beta:0.75,0.75", "uniform", 10.7995, 1e-5),
        ]
        for (alpha, weight, expected, tolerance) in cases {
            let value = energy(of: try MaskSchedule(spec: alpha), weight: try MaskSchedule(spec: weight))
            #expect(relativeError(value, expected) <= tolerance, "\(alpha) under \(weight): \(value)")
        }
    }

    /// E = +∞ exactly where 2a′ ≤ a or 2b′ ≤ b, for the closed form and the quadrature alike.
    @Test func divergenceIsExactInfinity() throws {
        #expect(energy(of: MaskSchedule(.linear), weight: .uniform) == .infinity)
        #expect(betaEnergy(alpha: (0.5, 2), weight: (1, 1)) == .infinity)
        #expect(betaEnergy(alpha: (2, 0.45), weight: (1, 0.9)) == .infinity)
        #expect(betaEnergy(alpha: (0.5001, 2), weight: (1, 1)).isFinite)
        #expect(quadratureEnergy(of: MaskSchedule(.beta(a: 0.5, b: 2)), weight: .uniform).value == .infinity)
        #expect(energy(of: MaskSchedule(.sine), weight: .uniform) == .infinity)
    }

    /// The quadrature agrees with the closed form to 1e-9 wherever both apply, including
    /// endpoint exponents 2a′ − a − 1 down to −0.98.
    @Test func quadratureAgreesWithClosedForm() {
        var generator = SplitMix64(seed: 2025)
        var worst = (error: 0.0, point: "")
        for _ in 0..<300 {
            let a = exp(log(0.1) + generator.nextUnit() * log(50.0))
            let b = exp(log(0.1) + generator.nextUnit() * log(50.0))
            let alphaA = (a + 0.02 + 3 * a * generator.nextUnit()) / 2
            let alphaB = (b + 0.02 + 3 * b * generator.nextUnit()) / 2
            let closed = betaEnergy(alpha: (alphaA, alphaB), weight: (a, b))
            let numeric = quadratureEnergy(of: MaskSchedule(.beta(a: alphaA, b: alphaB)), weight: MaskSchedule(.beta(a: a, b: b))).value
            let error = relativeError(numeric, closed)
            if error > worst.error { worst = (error, "alpha=(\(alphaA), \(alphaB)) weight=(\(a), \(b))") }
        }
        #expect(worst.error <= 1e-9, "worst \(worst.error) at \(worst.point)")
    }

    /// The optimal schedule for a weight reaches π², and nothing goes below it.
    @Test(arguments: ["uniform", "beta:0.9,0.3", "beta:3,0.4", "sine", "cosine", "poly:2", "polymask:3", "linear"])
    func optimumIsPiSquared(weightSpec: String) throws {
        let weight = try MaskSchedule(spec: weightSpec)
        let optimum = energy(of: optimalSchedule(for: weight), weight: weight)
        #expect(relativeError(optimum, minimumEnergy) <= 1e-10, "\(optimum)")
        for alphaSpec in ["beta:1,1", "beta:2,2", "beta:0.8,0.6", "sine", "cosine", "poly:1.5"] {
            #expect(energy(of: try MaskSchedule(spec: alphaSpec), weight: weight) >= minimumEnergy * (1 - 1e-12))
        }
    }
}

@Suite("Energy: discrete and sequence energies")
struct DiscreteEnergyTests {
    @Test func matchesHighPrecisionReference() throws {
        let fixture = try Fixture(named: "discrete_energies.csv")
        for row in fixture.rows {
            let alpha = try MaskSchedule(spec: row[0]), weight = try MaskSchedule(spec: row[1])
            let steps = try #require(Int(row[2]))
            let expected = try #require(Double(row[3]))
            let computed = discreteEnergy(of: alpha, weight: weight, steps: steps)
            #expect(relativeError(computed, expected) <= 1e-12, "\(row[0]) under \(row[1]), N = \(steps)")
        }
    }

    /// E_N = π² on every grid for the optimal schedule (Cauchy–Schwarz equality, App. D.5).
    @Test(arguments: ["uniform", "beta:0.9,0.3", "sine", "cosine", "poly:3", "beta:50,0.2"])
    func optimalScheduleStaysOptimalOnEveryGrid(weightSpec: String) throws {
        let weight = try MaskSchedule(spec: weightSpec)
        for steps in [1, 2, 3, 5, 8, 17, 64, 256] {
            let value = discreteEnergy(of: optimalSchedule(for: weight), weight: weight, steps: steps)
            #expect(relativeError(value, minimumEnergy) <= 1e-13, "N = \(steps): \(value)")
        }
    }

    /// E_N ≥ π² for every N, and E_N → E as N grows.
    @Test func boundedBelowAndConvergesToContinuous() {
        let alpha = MaskSchedule(.beta(a: 2, b: 2)), weight = MaskSchedule(.beta(a: 0.9, b: 0.3))
        let continuous = energy(of: alpha, weight: weight)
        var previousGap = Double.infinity
        for steps in [1, 4, 16, 64, 256, 1024, 4096] {
            let value = discreteEnergy(of: alpha, weight: weight, steps: steps)
            #expect(value >= minimumEnergy)
            let gap = abs(value - continuous)
            #expect(gap < previousGap, "N = \(steps)")
            previousGap = gap
        }
        #expect(previousGap / continuous < 1e-4)
    }

    /// A divergent schedule has a finite E_N that grows without bound with N.
    @Test func divergentContinuousEnergyHasGrowingDiscreteEnergy() {
        let linear = MaskSchedule(.linear)
        let values = [8, 64, 512, 4096].map { discreteEnergy(of: linear, weight: .uniform, steps: $0) }
        #expect(values.allSatisfy { $0.isFinite })
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 })
    }

    /// Steps where neither α nor the weight moves in double precision add nothing.
    @Test func stillStepsContributeNothing() {
        let schedule = MaskSchedule(.beta(a: 1000, b: 1000))
        #expect(schedule.gamma(at: 0.01) == 0)
        #expect(relativeError(discreteEnergy(of: schedule, weight: schedule, steps: 100), minimumEnergy) < 1e-13)
    }

    @Test func sequenceScalings() throws {
        let single = SequenceEnergy(singleToken: 12.5, length: 1)
        #expect(single.conditionalKinetic.value == 12.5)
        #expect(single.geodesic.value == 12.5)
        let three = SequenceEnergy(singleToken: 12.5, length: 3)
        #expect(three.conditionalKinetic.value == 3 * 4 * 12.5)
        #expect(three.geodesic.value == 3 * 12.5)
        let long = SequenceEnergy(singleToken: 12.5, length: 2048)
        #expect(long.conditionalKinetic.value == nil)
        #expect(abs(long.conditionalKinetic.log10Value - (log10(12.5) + log10(2048) + 2047 * log10(2))) < 1e-12)
        #expect(long.geodesic.value == 2048 * 12.5)
        let divergent = SequenceEnergy(singleToken: .infinity, length: 2048)
        #expect(divergent.conditionalKinetic.value == .infinity)
    }
}
