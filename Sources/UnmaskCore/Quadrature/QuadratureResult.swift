/// The outcome of a numerical integral.
///
/// - `value`: the estimate of `∫ g`. `+∞` (or `−∞`) reports a divergent integral: an endpoint
///   exponent `p ≤ −1` with a non-zero integrand there, or an infinite integrand value inside
///   the interval. It is NaN only when the integrand diverges to `+∞` at one end and `−∞` at the
///   other, or when an exponent is NaN.
/// - `estimatedError`: an estimate of `|value − ∫ g|`: the difference between the last two
///   refinement levels plus the uncertainty of the extrapolated endpoint tails. It is `+∞` when
///   the integrand returned NaN at an interior node (the node was left out of the sum).
/// - `evaluations`: how many times the integrand was called.
public struct QuadratureResult: Sendable, Equatable {
    public var value: Double
    public var estimatedError: Double
    public var evaluations: Int

    public init(value: Double, estimatedError: Double, evaluations: Int) {
        self.value = value
        self.estimatedError = estimatedError
        self.evaluations = evaluations
    }

    init(_ estimate: QuadratureEstimate) {
        self.init(value: estimate.value, estimatedError: estimate.estimatedError, evaluations: estimate.evaluations)
    }
}
