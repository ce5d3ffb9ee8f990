/// The schedule spec grammar shared by every command and the explorer.
///
///     beta:A,B     α = sin²(π/2·I_t(A,B))
///     linear | sine | cosine | sin2 | uniform
///     poly:K       α = t^K
///
/// Parameters lie in `Limits.scheduleParameters` (0.01…100).
///     polymask:K   α = 1 − (1 − t)^K
///     OWNER:NAME   another codebase's name, converted into our convention (see `ScheduleCatalog`)
///
/// Names are case-insensitive and surrounding white space is ignored.
public enum ScheduleSpec {
    /// Parses a spec into a schedule, or throws a `ScheduleSpecError` naming the bad part.
    public static func parse(_ text: String) throws(ScheduleSpecError) -> MaskSchedule {
        let spec = text.trimmingWhitespace().lowercased()
        if let entry = ScheduleCatalog.aliases.first(where: { $0.name == spec }) {
            return entry.schedule
        }
        if let k = md4PolyExponent(spec) {
            return try MaskSchedule(.polyMask(k: positiveNumber(k, name: "K", in: text)))
        }
        let (head, argument) = splitHead(spec)
        switch head {
        case "beta":
            guard let argument else { throw .missingParameters(text, expected: "beta:A,B") }
            let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw .missingParameters(text, expected: "beta:A,B") }
            let a = try positiveNumber(String(parts[0]), name: "a", in: text)
            let b = try positiveNumber(String(parts[1]), name: "b", in: text)
            return MaskSchedule(.beta(a: a, b: b))
        case "poly", "polymask":
            guard let argument else { throw .missingParameters(text, expected: "\(head):K") }
            let k = try positiveNumber(argument, name: "K", in: text)
            return MaskSchedule(head == "poly" ? .poly(k: k) : .polyMask(k: k))
        default:
            throw .unknownName(text)
        }
    }

    /// `md4:polyK` (MD4's polynomial schedule, masked fraction s^K in its time s = 1 − t).
    private static func md4PolyExponent(_ spec: String) -> String? {
        let prefix = "md4:poly"
        guard spec.hasPrefix(prefix), spec.count > prefix.count else { return nil }
        return String(spec.dropFirst(prefix.count))
    }

    private static func splitHead(_ spec: String) -> (String, String?) {
        guard let colon = spec.firstIndex(of: ":") else { return (spec, nil) }
        return (String(spec[..<colon]), String(spec[spec.index(after: colon)...]))
    }

    private static func positiveNumber(
        _ field: String, name: String, in spec: String
    ) throws(ScheduleSpecError) -> Double {
        let trimmed = field.trimmingWhitespace()
        guard let value = Double(trimmed) else {
            throw .notANumber(parameter: name, value: trimmed, spec: spec)
        }
        guard value.isFinite, value > 0 else {
            throw .notPositive(parameter: name, value: trimmed, spec: spec)
        }
        guard Limits.scheduleParameters.contains(value) else {
            throw .outsideDomain(parameter: name, value: trimmed, spec: spec)
        }
        return value
    }
}

/// Why a schedule spec was rejected; the description is one line naming the bad value.
public enum ScheduleSpecError: Error, Equatable, CustomStringConvertible {
    case unknownName(String)
    case missingParameters(String, expected: String)
    case notANumber(parameter: String, value: String, spec: String)
    case notPositive(parameter: String, value: String, spec: String)
    case outsideDomain(parameter: String, value: String, spec: String)

    public var description: String {
        switch self {
        case let .unknownName(spec):
            let valid = ScheduleCatalog.entries.map(\.name).joined(separator: ", ")
            return "unknown schedule '\(spec)' (valid: \(valid))"
        case let .missingParameters(spec, expected):
            return "schedule '\(spec)' is incomplete: expected \(expected)"
        case let .notANumber(parameter, value, spec):
            return "parameter \(parameter) = '\(value)' in schedule '\(spec)' is not a number"
        case let .notPositive(parameter, value, spec):
            return "parameter \(parameter) = \(value) in schedule '\(spec)' must be positive and finite"
        case let .outsideDomain(parameter, value, spec):
            let domain = Limits.scheduleParameters
            return "parameter \(parameter) = \(value) in schedule '\(spec)' is outside the accurate domain "
                + "\(domain.lowerBound.compactDescription)…\(domain.upperBound.compactDescription)"
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
