import Testing
import UnmaskCore

@Suite("Quadrature against the mpmath fixtures")
struct QuadratureFixtureTests {
    @Test("the fixture covers every family", arguments: QuadratureFixtureCase.families)
    func familyIsPresent(_ family: String) throws {
        let cases = try QuadratureFixtureCase.load().filter { $0.family == family }
        #expect(cases.count >= 18, "\(family): only \(cases.count) rows")
    }

    @Test("relative error within 1e-10 (exponents ≥ −0.9) and 1e-9 (down to −0.99)",
          arguments: QuadratureFixtureCase.families)
    func matchesReference(_ family: String) throws {
        let cases = try QuadratureFixtureCase.load().filter { $0.family == family }
        var worst: (error: Double, ratio: Double, name: String) = (0, 0, "none")
        for fixture in cases {
            let result = SingularEndpointQuadrature.integrate(
                leftExponent: fixture.leftExponent, rightExponent: fixture.rightExponent,
                fixture.integrand)
            let error = relativeError(result.value, fixture.reference)
            if error / fixture.tolerance >= worst.ratio {
                worst = (error, error / fixture.tolerance, fixture.description)
            }
        }
        #expect(
            worst.ratio <= 1,
            "\(family): max relative error \(worst.error) at \(worst.name) (\(worst.ratio)× its tolerance)")
    }

    @Test("the error estimate covers the actual error", arguments: QuadratureFixtureCase.families)
    func errorEstimateIsHonest(_ family: String) throws {
        for fixture in try QuadratureFixtureCase.load().filter({ $0.family == family }) {
            let result = SingularEndpointQuadrature.integrate(
                leftExponent: fixture.leftExponent, rightExponent: fixture.rightExponent,
                fixture.integrand)
            let error = abs(result.value - fixture.reference)
            // The estimate covers the rule, not the integrand's own rounding: a few ulps for the
            // power families, and for the naive Beta densities about ε·|log B| per factor
            // (log B(100, 100) ≈ −139, with exponents of several hundred near the ends).
            let integrandAccuracy = fixture.family == "beta_energy" ? 1e-12 : 1e-14
            let slack = integrandAccuracy * abs(fixture.reference)
            #expect(
                error <= result.estimatedError + slack,
                "\(fixture): error \(error) above the estimate \(result.estimatedError)")
        }
    }

    @Test("fewer than 200 evaluations per fixture integral", arguments: QuadratureFixtureCase.families)
    func evaluationCountsStayLow(_ family: String) throws {
        var most = (count: 0, name: "none")
        for fixture in try QuadratureFixtureCase.load().filter({ $0.family == family }) {
            let result = SingularEndpointQuadrature.integrate(
                leftExponent: fixture.leftExponent, rightExponent: fixture.rightExponent,
                fixture.integrand)
            if result.evaluations > most.count { most = (result.evaluations, fixture.description) }
        }
        #expect(most.count < 200, "\(family): \(most.count) evaluations for \(most.name)")
    }
}
