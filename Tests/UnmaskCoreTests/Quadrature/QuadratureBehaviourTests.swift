import Foundation
import Synchronization
import Testing
@testable import UnmaskCore

@Suite("Quadrature behaviour")
struct QuadratureBehaviourTests {
    private func integrate(
        _ p0: Double, _ p1: Double, tolerance: Double = 1e-12,
        _ integrand: (Double, Double) -> Double
    ) -> QuadratureResult {
        SingularEndpointQuadrature.integrate(
            leftExponent: p0, rightExponent: p1, relativeTolerance: tolerance, integrand)
    }

    // MARK: exact small cases

    @Test("constant 1 integrates to 1")
    func constant() {
        let result = integrate(0, 0) { _, _ in 1 }
        #expect(abs(result.value - 1) <= 4e-16, "got \(result.value)")
        #expect(result.estimatedError < 1e-12)
    }

    @Test("polynomials integrate to 1", arguments: [
        (2.0, 0.0, "3t²"), (0.0, 1.0, "2(1−t)"), (1.0, 1.0, "6t(1−t)"), (4.0, 0.0, "5t⁴"),
        (3.0, 2.0, "60t³(1−t)²"),
    ])
    func polynomials(_ p0: Double, _ p1: Double, _ name: String) {
        let polynomial: (Double, Double) -> Double = switch name {
        case "3t²": { t, _ in 3 * t * t }
        case "2(1−t)": { _, c in 2 * c }
        case "6t(1−t)": { t, c in 6 * t * c }
        case "5t⁴": { t, _ in 5 * t * t * t * t }
        default: { t, c in 60 * t * t * t * c * c }
        }
        let result = integrate(p0, p1, polynomial)
        #expect(abs(result.value - 1) <= 1e-15, "\(name): got \(result.value)")
    }

    @Test("the complement argument resolves (1 − t)^−0.99 near t = 1")
    func complementIsAccurate() {
        let result = integrate(0, -0.99) { _, c in pow(c, -0.99) }
        #expect(relativeError(result.value, 100) <= 1e-13, "got \(result.value)")
    }

    @Test("the §5 reference energy: α = Beta(1,1) under the weight Beta(0.9,0.3)")
    func theoryReferenceEnergy() {
        let weightLogBeta = quadratureTestLogBeta(0.9, 0.3)
        let result = integrate(2 - 0.9 - 1, 2 - 0.3 - 1) { t, c in
            Double.pi * Double.pi / exp(-0.1 * log(t) - 0.7 * log(c) - weightLogBeta)
        }
        #expect(relativeError(result.value, 17.71878126781414) <= 1e-13, "got \(result.value)")
    }

    // MARK: divergence

    @Test("exponent ≤ −1 with a non-zero integrand is +∞ after at most two evaluations")
    func divergentLeft() {
        let result = integrate(-1, 0) { t, _ in 1 / t }
        #expect(result.value == .infinity)
        #expect(result.evaluations <= 2)
    }

    @Test("the linear schedule under the uniform weight: ∫ dt/(t(1−t)) = +∞ (docs/theory.md §4)")
    func linearScheduleDiverges() {
        let result = integrate(-1, -1) { t, c in 1 / (t * c) }
        #expect(result.value == .infinity)
    }

    @Test("a negative integrand diverges to −∞")
    func divergentRightNegative() {
        let result = integrate(0, -1.5) { _, c in -pow(c, -1.5) }
        #expect(result.value == -.infinity)
    }

    @Test("+∞ at one end and −∞ at the other is NaN, as documented")
    func oppositeDivergences() {
        let result = integrate(-1, -1) { t, c in 1 / t - 1 / c }
        #expect(result.value.isNaN)
    }

    @Test("exponent ≤ −1 but an integrand vanishing at the end stays finite")
    func vanishingIntegrandWithDivergentExponent() {
        // exp(−1/t)/t² → 0 faster than any power; ∫ = e^{−1}.
        let result = integrate(-2, 0) { t, _ in exp(-1 / t - 2 * log(t)) }
        #expect(relativeError(result.value, exp(-1)) <= 1e-13, "got \(result.value)")
        let unbounded = integrate(.infinity, 0) { t, _ in exp(-1 / t - 2 * log(t)) }
        #expect(relativeError(unbounded.value, exp(-1)) <= 1e-13, "got \(unbounded.value)")
    }

    @Test("a NaN exponent gives NaN without evaluating")
    func nanExponent() {
        let result = integrate(.nan, 0) { _, _ in 1 }
        #expect(result.value.isNaN)
        #expect(result.evaluations == 0)
    }

    // MARK: non-finite integrand values

    @Test("NaN at an interior node is left out and flagged, never NaN")
    func interiorNaN() {
        let result = integrate(0, 0) { t, _ in t == 0.5 ? .nan : 1 }
        #expect(result.value.isFinite)
        #expect(abs(result.value - 1) < 0.01, "got \(result.value)")
        #expect(result.estimatedError == .infinity)
        #expect(result.evaluations <= SingularEndpointQuadrature.maximumEvaluations)
    }

    @Test("an integrand that is NaN everywhere terminates, flagged")
    func nanEverywhere() {
        let result = integrate(-0.5, -0.5) { _, _ in .nan }
        #expect(!result.value.isNaN)
        #expect(result.estimatedError == .infinity)
        #expect(result.evaluations <= SingularEndpointQuadrature.maximumEvaluations)
    }

    @Test("+∞ at an interior node is a divergence signal")
    func interiorInfinity() {
        let result = integrate(0, 0) { t, _ in t == 0.5 ? .infinity : 1 }
        #expect(result.value == .infinity)
    }

    @Test("overflow at the extreme nodes falls back on the power law from the last finite node")
    func overflowNearTheEnd() {
        // t^−50·t^49.01 = t^−0.99, but t^−50 overflows for t < 7e-7: ∫ = 100.
        let result = integrate(-0.99, 0) { t, _ in pow(t, -50) * pow(t, 49.01) }
        #expect(relativeError(result.value, 100) <= 1e-12, "got \(result.value)")
        #expect(result.estimatedError.isFinite)
    }

    @Test("0/0 near the end of a finite integral does not spoil it")
    func underflowNearTheEnd() {
        // t^60/t^41 = t^19 (1 − t)^0.5, NaN for t below about 3e-8: ∫ = B(20, 1.5).
        let result = integrate(19, 0.5) { t, c in pow(t, 60) / pow(t, 41) * c.squareRoot() }
        let reference = exp(quadratureTestLogBeta(20, 1.5))
        #expect(relativeError(result.value, reference) <= 1e-12, "got \(result.value)")
    }

    // MARK: bounded work

    @Test("work is bounded for integrands that never converge")
    func boundedWork() {
        let cases: [(String, (Double, Double) -> Double)] = [
            ("interior singularity |t − 0.3|^−½", { t, _ in pow(abs(t - 0.3), -0.5) }),
            ("kink at 0.1", { t, _ in max(0, t - 0.1) }),
            ("(1 − t)^−0.99 from t", { t, _ in pow(1 - t, -0.99) }),
        ]
        for (name, integrand) in cases {
            let result = integrate(0, 0, integrand)
            #expect(result.value.isFinite, "\(name)")
            #expect(result.evaluations <= SingularEndpointQuadrature.maximumEvaluations, "\(name)")
            #expect(result.estimatedError > 1e-12 * abs(result.value), "\(name): claims convergence")
        }
    }

    @Test("a looser tolerance costs fewer evaluations")
    func looserTolerance() {
        let tight = integrate(-0.5, 0) { t, _ in pow(t, -0.5) * cos(t) }
        let loose = integrate(-0.5, 0, tolerance: 1e-6) { t, _ in pow(t, -0.5) * cos(t) }
        #expect(loose.evaluations < tight.evaluations)
        #expect(abs(loose.value - tight.value) <= 1e-6 * tight.value)
    }

    @Test("a narrow interior peak is found at every level")
    func narrowPeak() {
        let result = integrate(0, 0) { t, _ in exp(-1000 * (t - 0.3) * (t - 0.3)) }
        #expect(relativeError(result.value, (Double.pi / 1000).squareRoot()) <= 1e-12, "got \(result.value)")
    }

    // MARK: documented weakness

    @Test("a log factor at p = −0.99 is not a power law: inaccurate, but the estimate says so")
    func logFactorNearMinusOne() {
        // ∫ t^−0.99·(−log t) dt = 1/(0.01)² = 10⁴.
        let result = integrate(-0.99, 1) { t, _ in pow(t, -0.99) * -log(t) }
        #expect(abs(result.value - 1e4) <= result.estimatedError)
    }

    @Test("results are identical across threads")
    func concurrentUse() {
        let reference = integrate(-0.9, 2.5) { t, c in pow(t, -0.9) * pow(c, 2.5) * cos(3 * t) }
        let values = Mutex<[Double]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let result = SingularEndpointQuadrature.integrate(leftExponent: -0.9, rightExponent: 2.5) { t, c in
                pow(t, -0.9) * pow(c, 2.5) * cos(3 * t)
            }
            values.withLock { $0.append(result.value) }
        }
        let all = values.withLock { $0 }
        #expect(all.count == 8)
        #expect(all.allSatisfy { $0 == reference.value })
    }
}
