/// Why a theme could not be used; the description is one line naming the file and position.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    /// The file is not valid TOML.
    case malformed(file: String, line: Int, column: Int, message: String)
    /// A known key has a value of the wrong kind or an unknown colour.
    case invalidValue(file: String, line: Int, column: Int, key: String, message: String)
    /// No theme of that name in any themes folder.
    case notFound(name: String, available: [String])
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .malformed(file, line, column, message):
            return "theme \(file):\(line):\(column): \(message)"
        case let .invalidValue(file, line, column, key, message):
            return "theme \(file):\(line):\(column): \(key): \(message)"
        case let .notFound(name, available):
            return "unknown theme '\(name)' (available: \(available.joined(separator: ", ")))"
        case let .unreadable(file, reason):
            return "theme \(file): \(reason)"
        }
    }
}

/// Something in a theme that was ignored, with where it is.
public struct ThemeWarning: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { "theme \(file):\(line): \(message)" }
}
