import Foundation

/// The energies of a sequence of n tokens, as multiples of the single-token energy E
/// (Theorems 3.1 and 3.2): all three are proportional, so they share their minimisers. The
/// marginal kinetic energy carries a further constant C₁(n, d) that the paper leaves open; it is
/// not reported.
public struct SequenceEnergy: Sendable, Equatable {
    /// Sequence length n.
    public let length: Int
    /// Conditional kinetic energy E_c = n·2^{n−1}·E.
    public let conditionalKinetic: ScaledEnergy
    /// Geodesic energy E_g = n·E (one sphere per token; the paper's factor-4 normalisation).
    public let geodesic: ScaledEnergy

    /// Scales the single-token energy E to a sequence of `length` tokens.
    public init(singleToken energy: Double, length: Int) {
        precondition(length >= 1, "length must be at least 1")
        self.length = length
        conditionalKinetic = ScaledEnergy(energy: energy, factor: Double(length), binaryExponent: length - 1)
        geodesic = ScaledEnergy(energy: energy, factor: Double(length), binaryExponent: 0)
    }
}

/// E·factor·2^binaryExponent. Beyond n ≈ 1020 tokens E_c = n·2^{n−1}·E exceeds the largest
/// double; it is still a finite number, so it is also available as its base-10 logarithm.
public struct ScaledEnergy: Sendable, Equatable {
    public let energy: Double
    public let factor: Double
    public let binaryExponent: Int

    /// The product, exact up to one rounding; +∞ when E = +∞, `nil` when finite but beyond double range.
    public var value: Double? {
        let product = Double(sign: .plus, exponent: binaryExponent, significand: energy * factor)
        return product.isFinite || energy.isInfinite ? product : nil
    }

    /// log₁₀ of the product.
    public var log10Value: Double {
        log10(energy) + log10(factor) + Double(binaryExponent) * log10(2.0)
    }
}
