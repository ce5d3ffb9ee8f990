import Foundation

/// The distribution p of the sampler's output on a target's support, plus the mass it puts
/// outside the support.
public struct OutputDistribution: Sendable, Equatable {
    /// p(x) for each sequence of the target's support, in the target's order.
    public let probabilities: [Double]
    /// p(outside the support of q).
    public let invalid: Double

    public init(probabilities: [Double], invalid: Double) {
        self.probabilities = probabilities
        self.invalid = invalid
    }
}

/// A distance between the target q and the sampler's output p (docs/theory.md §9).
public enum SamplingErrorMetric: String, CaseIterable, Sendable {
    /// Total variation ½·Σ_x |q(x) − p(x)|, the invalid mass included.
    case tv
    /// KL(q‖p) = Σ_x q(x)·ln(q(x)/p(x)); +∞ when p misses part of the support.
    case kl
    /// p(outside the support of q).
    case invalid

    /// Values within this of 0 are 0: the rounding noise of sums over the support (an exact
    /// sampler's TV comes out near 3e-16), which would otherwise read as a tiny error.
    public static let zeroTolerance = 1e-12

    /// The metric's value for an output distribution on `target`; within `zeroTolerance` of 0 it
    /// is exactly 0.
    public func value(_ output: OutputDistribution, target: ToyTarget) -> Double {
        let value = unroundedValue(output, target: target)
        return abs(value) <= Self.zeroTolerance ? 0 : value
    }

    private func unroundedValue(_ output: OutputDistribution, target: ToyTarget) -> Double {
        switch self {
        case .tv:
            let onSupport = zip(target.probabilities, output.probabilities).reduce(0) { $0 + abs($1.0 - $1.1) }
            return 0.5 * (onSupport + output.invalid)
        case .kl:
            var sum = 0.0
            for (q, p) in zip(target.probabilities, output.probabilities) where q > 0 {
                if p <= 0 { return .infinity }
                sum += q * log(q / p)
            }
            return max(0, sum)
        case .invalid:
            return output.invalid
        }
    }
}
