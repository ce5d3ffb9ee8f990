import Foundation

/// Maps metric values to positions 0…1 on the colour ramp. Logarithmic scales run from the
/// smallest finite value to the 90th percentile (energies grow without bound near the +∞
/// region, so the maximum would flatten everything else); linear ones from the smallest to the
/// largest finite value. Values outside clamp to the ends.
public struct ValueScale: Equatable, Sendable {
    public let lower: Double
    public let upper: Double
    public let logarithmic: Bool

    public init(lower: Double, upper: Double, logarithmic: Bool) {
        self.lower = lower
        self.upper = upper
        self.logarithmic = logarithmic
    }

    /// The scale of the finite values among `values`, or nil if there are none.
    public init?(_ values: [Double], logarithmic: Bool) {
        let finite = values.filter { $0.isFinite && (!logarithmic || $0 > 0) }.sorted()
        guard let first = finite.first, let last = finite.last else { return nil }
        let top = logarithmic ? finite[Int(Double(finite.count - 1) * 0.9)] : last
        self.init(lower: first, upper: Swift.max(top, logarithmic ? first * 1.01 : first), logarithmic: logarithmic)
    }

    /// Position of a finite value on the ramp, 0 at `lower` and 1 at `upper`.
    public func position(of value: Double) -> Double {
        guard upper > lower else { return 0 }
        let fraction = logarithmic ? log(value / lower) / log(upper / lower) : (value - lower) / (upper - lower)
        return Swift.min(1, Swift.max(0, fraction.isNaN ? 0 : fraction))
    }

    /// The value at a ramp position (for colour-bar labels).
    public func value(at position: Double) -> Double {
        logarithmic ? lower * pow(upper / lower, position) : lower + (upper - lower) * position
    }
}
