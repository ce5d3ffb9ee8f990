/// A quadrature's value, error estimate and integrand calls, as `QuadratureResult` documents them: the
/// kernels' own form (a tuple, so that the AVX copy's public functions can return it; UnmaskCore's
/// public types cannot be used inside Kernels/).
typealias QuadratureEstimate = (value: Double, estimatedError: Double, evaluations: Int)
