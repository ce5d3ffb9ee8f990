import Foundation

/// `log B(a, b)` from `lgamma`, written here so the quadrature tests do not depend on
/// `SpecialFunctions`.
func quadratureTestLogBeta(_ a: Double, _ b: Double) -> Double {
    lgamma(a) + lgamma(b) - lgamma(a + b)
}

/// One row of `quadrature.csv` (written by `scripts/generate_quadrature_fixtures.py`): a test
/// integrand on (0, 1), its endpoint exponents and its reference integral.
struct QuadratureFixtureCase: Sendable, CustomStringConvertible {
    let family: String
    let parameters: [Double]
    /// The exponent `p₀` at `t = 0` handed to the quadrature.
    let leftExponent: Double
    /// The exponent `p₁` at `t = 1`.
    let rightExponent: Double
    let reference: Double
    /// `g(t, 1 − t)`.
    let integrand: @Sendable (Double, Double) -> Double

    var description: String {
        "\(family)(\(parameters.map { "\($0)" }.joined(separator: ", ")))"
    }

    /// The tolerance the brief sets: 1e-10 when both exponents are ≥ −0.9, 1e-9 down to −0.99.
    var tolerance: Double {
        min(leftExponent, rightExponent) >= -0.9 ? 1e-10 : 1e-9
    }

    static let families = ["power", "power_cos3", "power_exp", "power_log", "power_log1m", "beta_energy"]

    static func load() throws -> [QuadratureFixtureCase] {
        let fixture = try Fixture(named: "quadrature.csv")
        let column = Dictionary(uniqueKeysWithValues: fixture.header.enumerated().map { ($1, $0) })
        return try fixture.rows.map { row in
            func number(_ name: String) throws -> Double {
                let field = row[column[name]!]
                guard let value = Double(field) else { throw FixtureError.notANumber(field) }
                return value
            }
            let family = row[column["family"]!]
            let reference = try number("reference")
            if family == "beta_energy" {
                let alpha = (a: try number("alpha_a"), b: try number("alpha_b"))
                let weight = (a: try number("weight_a"), b: try number("weight_b"))
                return energyCase(alpha: alpha, weight: weight, reference: reference)
            }
            return powerCase(family: family, p: try number("p"), q: try number("q"), reference: reference)
        }
    }

    /// `t^p (1−t)^q` times a family factor; `(1 − t)` always comes from the complement argument.
    private static func powerCase(family: String, p: Double, q: Double, reference: Double) -> Self {
        let integrand: @Sendable (Double, Double) -> Double
        var left = p
        var right = q
        switch family {
        case "power":
            integrand = { t, c in pow(t, p) * pow(c, q) }
        case "power_cos3":
            integrand = { t, c in pow(t, p) * pow(c, q) * cos(3 * t) }
        case "power_exp":
            integrand = { t, c in pow(t, p) * pow(c, q) * exp(-t) }
        case "power_log":
            integrand = { t, c in pow(t, p) * pow(c, q) * -log(t) }
            right = q + 1  // −log t ~ (1 − t) at t = 1
        case "power_log1m":
            integrand = { t, c in pow(t, p) * pow(c, q) * -log(c) }
            left = p + 1  // −log(1 − t) ~ t at t = 0
        default:
            preconditionFailure("unknown quadrature fixture family \(family)")
        }
        return Self(
            family: family, parameters: [p, q], leftExponent: left, rightExponent: right,
            reference: reference, integrand: integrand)
    }

    /// The energy integrand of docs/theory.md §3 for α from Beta(a′, b′) under the weight Beta(a, b):
    /// `π²·f_{a′,b′}(t)² / f_{a,b}(t)`, with `f` the Beta density computed naively from `lgamma`
    /// (so it underflows or overflows near the ends, as a caller's integrand may). Exponents:
    /// `2a′ − a − 1` at 0 and `2b′ − b − 1` at 1.
    private static func energyCase(
        alpha: (a: Double, b: Double), weight: (a: Double, b: Double), reference: Double
    ) -> Self {
        let alphaLogBeta = quadratureTestLogBeta(alpha.a, alpha.b)
        let weightLogBeta = quadratureTestLogBeta(weight.a, weight.b)
        let integrand: @Sendable (Double, Double) -> Double = { t, c in
            let logT = log(t)
            let logC = log(c)
            let f = exp((alpha.a - 1) * logT + (alpha.b - 1) * logC - alphaLogBeta)
            let w = exp((weight.a - 1) * logT + (weight.b - 1) * logC - weightLogBeta)
            return Double.pi * Double.pi * f * f / w
        }
        return Self(
            family: "beta_energy", parameters: [alpha.a, alpha.b, weight.a, weight.b],
            leftExponent: 2 * alpha.a - weight.a - 1, rightExponent: 2 * alpha.b - weight.b - 1,
            reference: reference, integrand: integrand)
    }
}
