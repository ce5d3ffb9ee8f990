/// CSV text (RFC 4180) for the files the tool writes and reads (reports, score tables): one home
/// for quoting a field and for splitting a line into fields.
public enum CSVText {
    /// The fields of one line, or nil when a quote is left open.
    public static func fields(of line: Substring) -> [String]? {
        var fields: [String] = [], field = "", quoted = false, afterQuote = false
        for character in line {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
            } else if character == "\"" {
                if afterQuote { field.append("\"") }  // "" inside quotes
                quoted = true
                afterQuote = false
            } else if character == "," {
                fields.append(field)
                field = ""
                afterQuote = false
            } else {
                field.append(character)
                afterQuote = false
            }
        }
        return quoted ? nil : fields + [field]
    }

    /// One field: as itself, or in double quotes (each `"` doubled) when it holds a comma, a
    /// quote or a line break.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

/// Why a score CSV could not be read: `path:line: problem`, the path and values escaped.
public struct ScoreCSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let problem: String

    public var description: String {
        escapedForEcho(path) + (line.map { ":\($0)" } ?? "") + ": " + problem
    }
}
