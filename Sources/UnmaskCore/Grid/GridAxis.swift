import Foundation

/// One axis of a parameter grid: `count` values from `min` to `max`, evenly spaced or, with
/// `.logarithmic`, evenly spaced in log (written `MIN:MAX:COUNT[:log]` on the command line).
public struct GridAxis: Sendable, Equatable {
    public enum Spacing: String, Sendable, Equatable {
        case linear
        case logarithmic = "log"
    }

    public let min: Double
    public let max: Double
    public let count: Int
    public let spacing: Spacing

    public init(min: Double, max: Double, count: Int, spacing: Spacing = .linear) throws(GridAxisError) {
        guard min.isFinite else { throw .notFinite("MIN", min) }
        guard max.isFinite else { throw .notFinite("MAX", max) }
        guard count >= 1 else { throw .countTooSmall(count) }
        guard min <= max else { throw .minAboveMax(min: min, max: max) }
        if spacing == .logarithmic, min <= 0 { throw .logNeedsPositive(min) }
        self.min = min
        self.max = max
        self.count = count
        self.spacing = spacing
    }

    /// Parses `MIN:MAX:COUNT` or `MIN:MAX:COUNT:log`.
    public init(parsing text: String) throws(GridAxisError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        guard parts.count == 3 || parts.count == 4 else { throw .malformed(text) }
        guard let min = Double(parts[0]) else { throw .notANumber("MIN", parts[0]) }
        guard let max = Double(parts[1]) else { throw .notANumber("MAX", parts[1]) }
        guard let count = Int(parts[2]) else { throw .notANumber("COUNT", parts[2]) }
        var spacing = Spacing.linear
        if parts.count == 4 {
            guard let parsed = Spacing(rawValue: parts[3].lowercased()) else { throw .unknownSpacing(parts[3]) }
            spacing = parsed
        }
        try self.init(min: min, max: max, count: count, spacing: spacing)
    }

    /// The i-th value, i = 0…count−1; the ends are exactly `min` and `max`.
    public func value(at index: Int) -> Double {
        if count == 1 || index == 0 { return min }
        if index == count - 1 { return max }
        let fraction = Double(index) / Double(count - 1)
        switch spacing {
        case .linear: return min + (max - min) * fraction
        case .logarithmic: return pow(10, log10(min) + (log10(max) - log10(min)) * fraction)
        }
    }

    /// The index of the axis point at `value` (within `tolerance`), if the axis has one: the
    /// inverse of `value(at:)`.
    public func index(of value: Double, tolerance: Double = 1e-9) -> Int? {
        let fraction: Double
        switch spacing {
        case .linear: fraction = max > min ? (value - min) / (max - min) : 0
        case .logarithmic: fraction = max > min && value > 0 ? (log10(value) - log10(min)) / (log10(max) - log10(min)) : 0
        }
        let index = Int((fraction * Double(count - 1)).rounded())
        guard index >= 0, index < count, abs(self.value(at: index) - value) <= tolerance else { return nil }
        return index
    }

    /// All values in order.
    public var values: [Double] { (0..<count).map(value(at:)) }
}

/// Why a grid axis was rejected; the description is one line naming the bad value.
public enum GridAxisError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case notANumber(String, String)
    case notFinite(String, Double)
    case countTooSmall(Int)
    case minAboveMax(min: Double, max: Double)
    case logNeedsPositive(Double)
    case unknownSpacing(String)

    public var description: String {
        switch self {
        case let .malformed(text): return "grid axis '\(text)' must be MIN:MAX:COUNT or MIN:MAX:COUNT:log"
        case let .notANumber(field, text): return "\(field) = '\(text)' is not a number"
        case let .notFinite(field, value): return "\(field) = \(value) must be finite"
        case let .countTooSmall(count): return "COUNT = \(count) must be at least 1"
        case let .minAboveMax(min, max): return "MIN = \(min.compactDescription) is greater than MAX = \(max.compactDescription)"
        case let .logNeedsPositive(min): return "log spacing needs MIN > 0, got \(min.compactDescription)"
        case let .unknownSpacing(text): return "unknown spacing '\(text)' (valid: log)"
        }
    }
}
