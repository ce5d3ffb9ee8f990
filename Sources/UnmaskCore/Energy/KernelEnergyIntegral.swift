import UnmaskCoreAVX

/// `∫₀¹ γ̇_α²/γ̇_w dt` for α = Beta(a, b) under the sine, cosine and power weights (every quadrature cell
/// of an energy heatmap), by the Kernels folder's specialised quadrature in whichever compilation this
/// process runs (`IncompleteBetaKernel`: the AVX2 copy where the processor has it, bit for bit the same
/// values); nil for other pairs, which `quadratureEnergy` integrates through its general closure.
/// The exponents are the integrand's (2p(α) − p(w) at each end), already checked to be > −1.
func kernelEnergyIntegral(
    of alpha: MaskSchedule, weight: MaskSchedule, leftExponent p0: Double, rightExponent p1: Double,
    relativeTolerance tolerance: Double
) -> QuadratureEstimate? {
    guard case let .beta(a, b) = alpha.family else { return nil }
    let avx = IncompleteBetaKernel.current == .avx2
    switch weight.family {
    case .sine:
        return avx
            ? betaEnergyIntegralUnderSineAVX(a: a, b: b, leftExponent: p0, rightExponent: p1, relativeTolerance: tolerance)
            : betaEnergyIntegralUnderSine(a: a, b: b, leftExponent: p0, rightExponent: p1, relativeTolerance: tolerance)
    case .cosine:
        return avx
            ? betaEnergyIntegralUnderCosineAVX(a: a, b: b, leftExponent: p0, rightExponent: p1, relativeTolerance: tolerance)
            : betaEnergyIntegralUnderCosine(a: a, b: b, leftExponent: p0, rightExponent: p1, relativeTolerance: tolerance)
    case let .poly(k), let .polyMask(k):
        let mirrored = weight.family == .polyMask(k: k)
        return avx
            ? betaEnergyIntegralUnderPowerAVX(
                a: a, b: b, k: k, mirrored: mirrored, leftExponent: p0, rightExponent: p1, relativeTolerance: tolerance)
            : betaEnergyIntegralUnderPower(
                a: a, b: b, k: k, mirrored: mirrored, leftExponent: p0, rightExponent: p1, relativeTolerance: tolerance)
    case .beta, .linear, .sin2:
        return nil
    }
}
