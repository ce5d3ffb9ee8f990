/// `∫₀¹ γ̇_α(t)²/γ̇_w(t) dt` for α = Beta(a, b) (the energy E(α, w) over π², theory §3) by the
/// tanh-sinh quadrature, with its error estimate and integrand calls: the energy heatmap's cell.
/// `leftExponent` and `rightExponent` are the integrand's endpoint exponents 2p(α) − p(w), which the
/// caller has checked to be > −1 (t = 0 fully masked, t = 1 clean data).
@inline(__always)
func betaEnergyIntegral(
    a: Double, b: Double, weight: some NodeSpeed, leftExponent: Double, rightExponent: Double,
    relativeTolerance: Double
) -> QuadratureEstimate {
    TanhSinhQuadrature.integrate(
        leftExponent: leftExponent, rightExponent: rightExponent, relativeTolerance: relativeTolerance,
        BetaEnergyIntegrand(alpha: BetaSpeed(a: a, b: b), weight: weight))
}

/// `betaEnergyIntegral` under the sine weight α_w = sin(πt/2).
func betaEnergyIntegralUnderSine(
    a: Double, b: Double, leftExponent: Double, rightExponent: Double, relativeTolerance: Double
) -> QuadratureEstimate {
    betaEnergyIntegral(
        a: a, b: b, weight: NodeSpeedTable.sine, leftExponent: leftExponent, rightExponent: rightExponent,
        relativeTolerance: relativeTolerance)
}

/// `betaEnergyIntegral` under the cosine weight α_w = 1 − cos(πt/2).
func betaEnergyIntegralUnderCosine(
    a: Double, b: Double, leftExponent: Double, rightExponent: Double, relativeTolerance: Double
) -> QuadratureEstimate {
    betaEnergyIntegral(
        a: a, b: b, weight: NodeSpeedTable.cosine, leftExponent: leftExponent, rightExponent: rightExponent,
        relativeTolerance: relativeTolerance)
}

/// `betaEnergyIntegral` under the power weight α_w = t^k, or, `mirrored`, α_w = 1 − (1 − t)^k.
func betaEnergyIntegralUnderPower(
    a: Double, b: Double, k: Double, mirrored: Bool, leftExponent: Double, rightExponent: Double,
    relativeTolerance: Double
) -> QuadratureEstimate {
    betaEnergyIntegral(
        a: a, b: b, weight: PowerNodeSpeed(k: k, mirrored: mirrored), leftExponent: leftExponent,
        rightExponent: rightExponent, relativeTolerance: relativeTolerance)
}
