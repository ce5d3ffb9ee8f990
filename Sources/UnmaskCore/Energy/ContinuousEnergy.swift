import Foundation

/// The minimum of the single-token energy over mask schedules, for every weight: π² (docs/theory.md §4).
public let minimumEnergy = Double.pi * Double.pi

/// The single-token energy of a mask schedule α under a weight schedule γ (docs/theory.md §3):
///
///     E(α, γ) = ∫₀¹ α̇_t² / (γ̇_t·α_t·(1 − α_t)) dt = π²·∫₀¹ γ̇_α(t)² / γ̇_w(t) dt,
///
/// where γ_α = (2/π)·arcsin √α is α's own geodesic speed and γ_w the weight's (t = 0 masked).
/// Kinetic, conditional kinetic and geodesic energies of one token coincide with it.
///
/// Beta/Beta pairs use the closed form (`betaEnergy`); every other pair is integrated by
/// `SingularEndpointQuadrature`, after deciding divergence from the endpoint exponents: the
/// integrand behaves like t^{2p₀(α) − p₀(w)} at 0 (and likewise at 1), which diverges when the
/// exponent is ≤ −1. Divergent energies are exactly `+infinity`.
public func energy(of alpha: MaskSchedule, weight: MaskSchedule) -> Double {
    if let alphaBeta = alpha.betaParameters, let weightBeta = weight.betaParameters {
        return betaEnergy(alpha: alphaBeta, weight: weightBeta)
    }
    return quadratureEnergy(of: alpha, weight: weight).value
}

/// The closed form for α from Beta(a′, b′) under the weight Beta(a, b) (docs/theory.md §5):
///
///     E = π²·B(a, b)·B(2a′ − a, 2b′ − b) / B(a′, b′)²   if 2a′ > a and 2b′ > b, else +∞,
///
/// which equals π²·(1 + χ²(Beta(a′, b′) ‖ Beta(a, b))).
public func betaEnergy(alpha: (a: Double, b: Double), weight: (a: Double, b: Double)) -> Double {
    let a2 = 2 * alpha.a - weight.a
    let b2 = 2 * alpha.b - weight.b
    guard a2 > 0, b2 > 0 else { return .infinity }
    let logRatio = logBeta(weight.a, weight.b) + logBeta(a2, b2) - 2 * logBeta(alpha.a, alpha.b)
    return minimumEnergy * exp(logRatio)
}

/// Which ends make E(α, γ) = +∞: near t = 0 the integrand behaves like t^{2p₀(α) − p₀(γ)}, and
/// near t = 1 like (1 − t)^{2p₁(α) − p₁(γ)}, with p the endpoint exponents of the speeds
/// (`endpointExponents`); an end diverges when its exponent is ≤ −1. For α = Beta(a, b) that is
/// a ≤ (1 + p₀(γ))/2 at t = 0 and b ≤ (1 + p₁(γ))/2 at t = 1 (a, b ≤ ½ under the uniform weight).
public func energyDivergence(of alpha: MaskSchedule, weight: MaskSchedule) -> (atZero: Bool, atOne: Bool) {
    let alphaEnds = alpha.endpointExponents, weightEnds = weight.endpointExponents
    return (2 * alphaEnds.atZero - weightEnds.atZero <= -1, 2 * alphaEnds.atOne - weightEnds.atOne <= -1)
}

/// The relative tolerance of `quadratureEnergy`.
let energyRelativeTolerance = 1e-10

/// The energy integral evaluated by quadrature whatever the families, with its error estimate;
/// `energy(of:weight:)` uses it for pairs without a closed form.
///
/// Relative tolerance 1e-10, ten times inside the 1e-9 agreement with the closed forms that the tests
/// hold it to. The quadrature's error estimate is conservative: on a 64×64 grid of Beta(a, b) schedules
/// under the cosine weight the values agree with those at tolerance 1e-12 to 7e-16, with 14% fewer
/// integrand evaluations (44.7 instead of 51.9 per cell), which makes energy heatmaps 12–15% faster.
///
/// For α = Beta(a, b) under the sine, cosine and power weights (an energy heatmap's cells) the same
/// quadrature runs specialised for that integrand, in the AVX2 compilation where the processor has it
/// (`kernelEnergyIntegral`); every other pair goes through `SingularEndpointQuadrature` with a closure.
/// Both give the same values bit for bit.
public func quadratureEnergy(of alpha: MaskSchedule, weight: MaskSchedule) -> QuadratureResult {
    let divergence = energyDivergence(of: alpha, weight: weight)
    guard !divergence.atZero, !divergence.atOne else {
        return QuadratureResult(value: .infinity, estimatedError: 0, evaluations: 0)
    }
    let alphaEnds = alpha.endpointExponents
    let weightEnds = weight.endpointExponents
    let atZero = 2 * alphaEnds.atZero - weightEnds.atZero
    let atOne = 2 * alphaEnds.atOne - weightEnds.atOne
    var result: QuadratureResult
    if let estimate = kernelEnergyIntegral(
        of: alpha, weight: weight, leftExponent: atZero, rightExponent: atOne,
        relativeTolerance: energyRelativeTolerance)
    {
        result = QuadratureResult(estimate)
    } else {
        let alphaSpeed = GeodesicSpeed(alpha), weightSpeed = GeodesicSpeed(weight)
        result = SingularEndpointQuadrature.integrate(
            leftExponent: atZero, rightExponent: atOne, relativeTolerance: energyRelativeTolerance
        ) { t, u in
            let speed = alphaSpeed(t, complement: u)
            return speed * speed / weightSpeed(t, complement: u)
        }
    }
    result.value *= minimumEnergy
    result.estimatedError *= minimumEnergy
    return result
}
