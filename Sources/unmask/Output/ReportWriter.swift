import Foundation

/// Text encodings of a `Report`. Doubles are written with the shortest text that reads back
/// exactly (CSV, JSON) or with 10 significant digits (table); +∞ is `inf` (CSV, table) and the
/// string "inf" (JSON); NaN is empty (CSV), null (JSON) and `-` (table).
enum ReportWriter {
    static func csv(_ report: Report) -> String {
        var lines = [report.columns.joined(separator: ",")]
        for row in report.rows {
            lines.append(row.map { csvField(exact($0)) }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ report: Report) -> String {
        let objects = report.rows.map { row in
            "{" + zip(report.columns, row).map { "\(quoted($0)): \(jsonValue($1))" }.joined(separator: ", ") + "}"
        }
        switch report.shape {
        case .fields: return (objects.first ?? "{}") + "\n"
        case .rows: return objects.isEmpty ? "[]\n" : "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
        }
    }

    static func table(_ report: Report) -> String {
        switch report.shape {
        case .fields:
            let width = report.columns.map(\.count).max() ?? 0
            let values = report.rows.first ?? []
            return zip(report.columns, values).map { name, value in
                name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + readable(value)
            }.joined(separator: "\n") + "\n"
        case .rows:
            let cells = report.rows.map { $0.map(readable) }
            let widths = report.columns.indices.map { column in
                max(report.columns[column].count, cells.map { $0[column].count }.max() ?? 0)
            }
            let numeric = report.columns.indices.map { column in
                report.rows.allSatisfy { row in
                    switch row[column] {
                    case .int, .double, .log10: return true
                    case .string, .bool, .records: return false
                    }
                }
            }
            func line(_ fields: [String]) -> String {
                fields.indices.map { column in
                    let pad = String(repeating: " ", count: widths[column] - fields[column].count)
                    return numeric[column] ? pad + fields[column] : fields[column] + pad
                }.joined(separator: "  ").replacingTrailingSpaces()
            }
            let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
            return ([line(report.columns), rule] + cells.map(line)).joined(separator: "\n") + "\n"
        }
    }

    /// Shortest exact text; `inf`, `-inf`; empty for NaN.
    static func exact(_ value: ReportValue) -> String {
        switch value {
        case let .int(int): return String(int)
        case let .string(string): return string
        case let .bool(bool): return String(bool)
        case let .double(double): return exactNumber(double)
        case let .log10(exponent): return scientific(log10: exponent, digits: 17)
        case let .records(records): return flattened(records, using: exact)
        }
    }

    /// Records as `k=v k=v; k=v k=v` for one CSV field or table cell.
    static func flattened(_ records: [[(String, ReportValue)]], using format: (ReportValue) -> String) -> String {
        records.map { record in record.map { "\($0)=\(format($1))" }.joined(separator: " ") }.joined(separator: "; ")
    }

    static func exactNumber(_ double: Double) -> String {
        if double.isNaN { return "" }
        if double == .infinity { return "inf" }
        if double == -.infinity { return "-inf" }
        return "\(double)"
    }

    static func readable(_ value: ReportValue) -> String {
        switch value {
        case let .int(int): return String(int)
        case let .string(string): return string
        case let .bool(bool): return String(bool)
        case let .records(records): return flattened(records, using: readable)
        case let .log10(exponent): return scientific(log10: exponent, digits: 10)
        case let .double(double):
            if double.isNaN { return "-" }
            if double.isInfinite { return double > 0 ? "inf" : "-inf" }
            return String(format: "%.10g", double)
        }
    }

    /// m·10^e for a number given by its base-10 logarithm (beyond double range).
    static func scientific(log10 exponent: Double, digits: Int) -> String {
        let whole = exponent.rounded(.down)
        let mantissa = pow(10, exponent - whole)
        return String(format: "%.\(digits - 1)fe+%.0f", mantissa, whole)
    }

    static func jsonValue(_ value: ReportValue) -> String {
        switch value {
        case let .int(int): return String(int)
        case let .string(string): return quoted(string)
        case let .bool(bool): return String(bool)
        case let .records(records):
            let objects = records.map { record in
                "{" + record.map { "\(quoted($0)): \(jsonValue($1))" }.joined(separator: ", ") + "}"
            }
            return "[" + objects.joined(separator: ", ") + "]"
        case let .log10(exponent): return scientific(log10: exponent, digits: 17)
        case let .double(double):
            if double.isNaN { return "null" }
            if double.isInfinite { return quoted(double > 0 ? "inf" : "-inf") }
            return "\(double)"
        }
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func quoted(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case let c where c.value < 0x20: escaped += String(format: "\\u%04x", c.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}

private extension String {
    func replacingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
