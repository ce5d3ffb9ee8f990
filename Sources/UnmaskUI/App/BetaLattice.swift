/// The points the cursor visits on the Beta (a, b) plane: multiples of a spacing, kept in
/// hundredths so that every point reads exactly with two decimals (`a=0.90 b=0.30`). The
/// heatmap samples the same lattice, one pixel per point, in a window that follows the cursor.
public struct BetaPoint: Hashable, Sendable {
    /// a and b in hundredths.
    public var a: Int
    public var b: Int

    public init(a: Int, b: Int) {
        self.a = a
        self.b = b
    }

    public var aValue: Double { Double(a) / 100 }
    public var bValue: Double { Double(b) / 100 }

    /// `a=0.90 b=0.30`.
    public var readout: String { "a=\(Self.twoDecimals(a)) b=\(Self.twoDecimals(b))" }

    /// The Beta(a, b) mask schedule at this point.
    public var spec: String { "beta:\(Self.twoDecimals(a)),\(Self.twoDecimals(b))" }

    /// Hundredths written with two decimals, e.g. 90 → `0.90`.
    public static func twoDecimals(_ hundredths: Int) -> String {
        let remainder = hundredths % 100
        return "\(hundredths / 100).\(remainder < 10 ? "0" : "")\(remainder)"
    }
}

/// Lattice spacings in hundredths, finest first (0.01 … 0.50).
public enum BetaLattice {
    public static let spacings = [1, 2, 5, 10, 20, 50]
    /// The spacing the explorer starts with (0.05).
    public static let defaultSpacingIndex = 2
    /// The largest a and b the cursor reaches (100.00).
    public static let maximum = 10_000

    /// The lattice point nearest to a value in hundredths, at least one spacing.
    public static func snap(_ hundredths: Int, spacing: Int) -> Int {
        Swift.max(spacing, (hundredths + spacing / 2) / spacing * spacing)
    }
}
