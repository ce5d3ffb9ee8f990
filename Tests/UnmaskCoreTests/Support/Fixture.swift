import Foundation

/// A committed CSV fixture written by a generator script in `scripts/`.
///
/// Lines starting with `#` are comments; the first other line is the header. Numbers are parsed with
/// `Double(_:)`, which accepts `inf`, `-inf` and `nan`.
struct Fixture {
    let header: [String]
    let rows: [[String]]

    init(named name: String) throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
            .appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") }
        guard let first = lines.first else { throw FixtureError.empty(name) }
        header = Self.fields(of: first)
        rows = lines.dropFirst().map { Self.fields(of: $0) }
    }

    /// The fields of one CSV line; fields with commas are double-quoted (RFC 4180).
    static func fields(of line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var previous: Character?
        for character in line {
            switch character {
            case "\"" where quoted: quoted = false
            case "\"": if previous == "\"" { field.append("\"") }; quoted = true
            case "," where !quoted:
                fields.append(field)
                field = ""
            default: field.append(character)
            }
            previous = character
        }
        fields.append(field)
        return fields
    }

    /// The rows as dictionaries of doubles keyed by column name.
    func numericRows() throws -> [[String: Double]] {
        try rows.map { row in
            var values: [String: Double] = [:]
            for (key, field) in zip(header, row) {
                guard let value = Double(field) else { throw FixtureError.notANumber(field) }
                values[key] = value
            }
            return values
        }
    }
}

enum FixtureError: Error {
    case empty(String)
    case notANumber(String)
}
