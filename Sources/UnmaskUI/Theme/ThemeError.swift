import UnmaskCore

/// Why a theme could not be used; the description is one line naming the file and position,
/// with the file name and any text from the file escaped and cut (`escapedForEcho`).
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    /// The file is not valid TOML.
    case malformed(file: String, line: Int, column: Int, message: String)
    /// A known key has a value of the wrong kind or an unknown colour.
    case invalidValue(file: String, line: Int, column: Int, key: String, message: String)
    /// No theme of that name in any themes folder.
    case notFound(name: String, available: [String])
    /// The file cannot be read; `reason` is a `TextFileError`'s description.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .malformed(file, line, column, message):
            return "theme \(escapedForEcho(file)):\(line):\(column): \(escapedForEcho(message, limit: 240))"
        case let .invalidValue(file, line, column, key, message):
            return "theme \(escapedForEcho(file)):\(line):\(column): \(escapedForEcho(key)): \(escapedForEcho(message, limit: 240))"
        case let .notFound(name, available):
            return "unknown theme '\(escapedForEcho(name))' (available: \(available.map { escapedForEcho($0) }.joined(separator: ", ")))"
        case let .unreadable(file, reason):
            return "theme \(escapedForEcho(file)): \(reason)"
        }
    }
}

/// Something in a theme that was ignored, with where it is.
public struct ThemeWarning: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { "theme \(escapedForEcho(file)):\(line): \(escapedForEcho(message, limit: 240))" }

    /// The lines to print for a list of warnings: the first `limit` in full, then one line
    /// counting the rest, so a file of 100,000 unknown keys prints 21 lines, not 100,000.
    public static func lines(_ warnings: [ThemeWarning], limit: Int = Limits.maximumRepeatedWarnings) -> [String] {
        let shown = warnings.prefix(max(0, limit)).map(\.description)
        let rest = warnings.count - shown.count
        guard rest > 0, let last = warnings.last else { return shown }
        return shown + ["theme \(escapedForEcho(last.file)): \(rest) more warning\(rest == 1 ? "" : "s") not shown"]
    }
}
