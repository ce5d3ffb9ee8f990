import Foundation
import UnmaskTestSupport

extension CommandResult {
    /// Non-comment output lines.
    var lines: [String] { standardOutput.split(separator: "\n").map(String.init) }

    /// CSV output as a header and rows of fields.
    var csv: (header: [String], rows: [[String]]) {
        let split = lines.map(csvFields)
        return (split.first ?? [], Array(split.dropFirst()))
    }

    /// JSON output decoded.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(standardOutput.utf8))
    }
}

/// The fields of one CSV line; fields containing commas are double-quoted.
private func csvFields(_ line: String) -> [String] {
    var fields: [String] = [], field = "", quoted = false
    for character in line {
        if character == "\"" {
            quoted.toggle()
        } else if character == ",", !quoted {
            fields.append(field)
            field = ""
        } else {
            field.append(character)
        }
    }
    return fields + [field]
}
