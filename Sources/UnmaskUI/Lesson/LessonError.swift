import UnmaskCore

/// One thing wrong in a lesson file, with where it is (lines and columns from 1).
public struct LessonProblem: Equatable, Sendable {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

/// Why a lesson could not be used; each description line names the file, and the position where
/// the file has one (`FILE:line:col: message`), with text from the file escaped (`escapedForEcho`).
public enum LessonError: Error, Equatable, CustomStringConvertible {
    /// Everything wrong in the file: malformed TOML, unknown keys, invalid values.
    case invalid(file: String, problems: [LessonProblem])
    /// No lesson of that name in any lessons folder.
    case notFound(name: String, available: [String])
    /// The file cannot be read; `reason` is a `TextFileError`'s description.
    case unreadable(file: String, reason: String)

    /// Whether the file was read and found invalid (rather than not found or unreadable).
    public var isInvalidFile: Bool {
        if case .invalid = self { return true }
        return false
    }

    /// One line per problem.
    public var lines: [String] {
        switch self {
        case let .invalid(file, problems):
            return problems.map { "\(escapedForEcho(file)):\($0.line):\($0.column): \(escapedForEcho($0.message, limit: 240))" }
        case let .notFound(name, available):
            let names = available.isEmpty ? "none" : available.map { escapedForEcho($0) }.joined(separator: ", ")
            return ["unknown lesson '\(escapedForEcho(name))' (available: \(names))"]
        case let .unreadable(file, reason):
            return ["lesson \(escapedForEcho(file)): \(reason)"]
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}
