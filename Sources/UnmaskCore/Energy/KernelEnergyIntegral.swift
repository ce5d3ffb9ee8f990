/// `∫₀¹ γ̇_α²/γ̇_w dt` for α = Beta(a, b) under the sine, cosine and power weights (every quadrature cell
/// of an energy heatmap), by the Kernels folder's quadrature specialised for that integrand; nil for other
/// pairs, which `quadratureEnergy` integrates through its general closure.
/// The exponents are the integrand's (2p(α) − p(w) at each end), already checked to be > −1.
func kernelEnergyIntegral(
    of alpha: MaskSchedule, weight: MaskSchedule, leftExponent p0: Double, rightExponent p1: Double,
    relativeTolerance tolerance: Double
) -> QuadratureEstimate? {
    guard case let .beta(a, b) = alpha.family else { return nil }
    switch weight.family {
    case .sine:
        return betaEnergyIntegralUnderSine(a: a, b: b, leftExponent: p0, rightExponent: p1, relativeTolerance: tolerance)
    case .cosine:
        return betaEnergyIntegralUnderCosine(a: a, b: b, leftExponent: p0, rightExponent: p1, relativeTolerance: tolerance)
    case let .poly(k), let .polyMask(k):
        let mirrored = weight.family == .polyMask(k: k)
        return betaEnergyIntegralUnderPower(
            a: a, b: b, k: k, mirrored: mirrored, leftExponent: p0, rightExponent: p1, relativeTolerance: tolerance)
    case .beta, .linear, .sin2:
        return nil
    }
}
