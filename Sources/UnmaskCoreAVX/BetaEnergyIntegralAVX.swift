// The energy heatmap's cell (`betaEnergyIntegral…`: the tanh-sinh quadrature of γ̇_α²/γ̇_w for α = Beta(a, b))
// of the second compilation of UnmaskCore's Kernels folder, built on x86-64 for `haswell`: bit for bit the
// values of UnmaskCore's copy. UnmaskCore calls these only where `unmask_cpu_has_avx2()` says the processor
// can run them (`IncompleteBetaKernel`, `quadratureEnergy`).

/// `betaEnergyIntegralUnderSine` of this compilation. Requires a processor that `unmask_cpu_has_avx2()` accepts.
public func betaEnergyIntegralUnderSineAVX(
    a: Double, b: Double, leftExponent: Double, rightExponent: Double, relativeTolerance: Double
) -> (value: Double, estimatedError: Double, evaluations: Int) {
    betaEnergyIntegralUnderSine(
        a: a, b: b, leftExponent: leftExponent, rightExponent: rightExponent, relativeTolerance: relativeTolerance)
}

/// `betaEnergyIntegralUnderCosine` of this compilation. Requires a processor that `unmask_cpu_has_avx2()` accepts.
public func betaEnergyIntegralUnderCosineAVX(
    a: Double, b: Double, leftExponent: Double, rightExponent: Double, relativeTolerance: Double
) -> (value: Double, estimatedError: Double, evaluations: Int) {
    betaEnergyIntegralUnderCosine(
        a: a, b: b, leftExponent: leftExponent, rightExponent: rightExponent, relativeTolerance: relativeTolerance)
}

/// `betaEnergyIntegralUnderPower` of this compilation. Requires a processor that `unmask_cpu_has_avx2()` accepts.
public func betaEnergyIntegralUnderPowerAVX(
    a: Double, b: Double, k: Double, mirrored: Bool, leftExponent: Double, rightExponent: Double,
    relativeTolerance: Double
) -> (value: Double, estimatedError: Double, evaluations: Int) {
    betaEnergyIntegralUnderPower(
        a: a, b: b, k: k, mirrored: mirrored, leftExponent: leftExponent, rightExponent: rightExponent,
        relativeTolerance: relativeTolerance)
}
