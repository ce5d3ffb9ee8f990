import Foundation
import UnmaskCore

/// A NaN reached a report: a bug in the command, reported instead of an empty field or `null`.
struct UnwritableValue: Error, CustomStringConvertible {
    let column: String

    var description: String { "internal error: '\(column)' is not a number; the report is incomplete" }
}

/// Text encodings of a `Report`, written row by row. Doubles are written with the shortest text
/// that reads back exactly (CSV, JSON) or with 10 significant digits (table); +∞ is `inf` (CSV,
/// table) and the string "inf" (JSON); a number beyond the double range is `overflow` ("overflow"
/// in JSON); a missing value is empty (`null` in JSON); NaN is never written (`UnwritableValue`). A list is a JSON array, and its values
/// joined by `;` in CSV and tables.
enum ReportWriter {
    static func write(_ report: Report, as format: OutputFormat, to writer: inout StreamWriter) throws {
        switch format {
        case .csv: try csv(report, to: &writer)
        case .json: try json(report, to: &writer)
        case .table: try table(report, to: &writer)
        }
    }

    static func csv(_ report: Report, to writer: inout StreamWriter) throws {
        try writer.write(report.columns.joined(separator: ",") + "\n")
        for index in 0..<report.rowCount {
            let row = try checked(report.row(index), report.columns)
            try writer.write(row.map { CSVText.field(exact($0)) }.joined(separator: ",") + "\n")
        }
    }

    static func json(_ report: Report, to writer: inout StreamWriter) throws {
        func object(_ index: Int) throws -> String {
            let row = try checked(report.row(index), report.columns)
            return "{" + zip(report.columns, row).map { "\(quoted($0)): \(jsonValue($1))" }.joined(separator: ", ") + "}"
        }
        switch report.shape {
        case .fields:
            try writer.write((report.rowCount > 0 ? try object(0) : "{}") + "\n")
        case .rows:
            guard report.rowCount > 0 else { return try writer.write("[]\n") }
            for index in 0..<report.rowCount {
                try writer.write((index == 0 ? "[\n  " : ",\n  ") + (try object(index)))
            }
            try writer.write("\n]\n")
        }
    }

    /// Aligned columns: a first pass over the rows finds the widths, a second writes them.
    static func table(_ report: Report, to writer: inout StreamWriter) throws {
        switch report.shape {
        case .fields:
            let width = report.columns.map(\.count).max() ?? 0
            let values = report.rowCount > 0 ? try checked(report.row(0), report.columns) : []
            for (name, value) in zip(report.columns, values) {
                try writer.write(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + readable(value) + "\n")
            }
        case .rows:
            var widths = report.columns.map(\.count)
            var numeric = Array(repeating: true, count: report.columns.count)
            for index in 0..<report.rowCount {
                for (column, value) in try checked(report.row(index), report.columns).enumerated() {
                    widths[column] = max(widths[column], readable(value).count)
                    switch value {
                    case .int, .double, .beyondDouble, .missing: break
                    case .string, .bool, .records, .list: numeric[column] = false
                    }
                }
            }
            func line(_ fields: [String]) -> String {
                fields.indices.map { column in
                    let pad = String(repeating: " ", count: widths[column] - fields[column].count)
                    return numeric[column] ? pad + fields[column] : fields[column] + pad
                }.joined(separator: "  ").replacingTrailingSpaces() + "\n"
            }
            try writer.write(line(report.columns))
            try writer.write(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n")
            for index in 0..<report.rowCount {
                try writer.write(line(report.row(index).map(readable)))
            }
        }
    }

    /// The row, or `UnwritableValue` naming the first column (or record field) holding a NaN.
    static func checked(_ row: [ReportValue], _ columns: [String]) throws(UnwritableValue) -> [ReportValue] {
        func firstNaN(_ value: ReportValue, _ name: String) -> String? {
            switch value {
            case let .double(double): return double.isNaN ? name : nil
            case let .records(records):
                return records.lazy.flatMap { $0 }.compactMap { firstNaN($1, "\(name).\($0)") }.first
            case let .list(values):
                return values.lazy.enumerated().compactMap { firstNaN($1, "\(name)[\($0)]") }.first
            case .int, .string, .bool, .beyondDouble, .missing: return nil
            }
        }
        for (value, name) in zip(row, columns) {
            if let bad = firstNaN(value, name) { throw UnwritableValue(column: bad) }
        }
        return row
    }

    /// Shortest exact text; `inf`, `-inf`, `overflow`.
    static func exact(_ value: ReportValue) -> String {
        switch value {
        case let .int(int): return String(int)
        case let .string(string): return string
        case let .bool(bool): return String(bool)
        case let .double(double): return exactNumber(double)
        case .beyondDouble: return "overflow"
        case .missing: return ""
        case let .records(records): return flattened(records, using: exact)
        case let .list(values): return values.map(exact).joined(separator: ";")
        }
    }

    /// Records as `k=v k=v; k=v k=v` for one CSV field or table cell.
    static func flattened(_ records: [[(String, ReportValue)]], using format: (ReportValue) -> String) -> String {
        records.map { record in record.map { "\($0)=\(format($1))" }.joined(separator: " ") }.joined(separator: "; ")
    }

    static func exactNumber(_ double: Double) -> String {
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
        case let .list(values): return values.map(readable).joined(separator: ";")
        case .beyondDouble: return "overflow"
        case .missing: return ""
        case let .double(double):
            if double.isInfinite { return double > 0 ? "inf" : "-inf" }
            return String(format: "%.10g", double)
        }
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
        case let .list(values):
            return "[" + values.map(jsonValue).joined(separator: ", ") + "]"
        case .beyondDouble: return quoted("overflow")
        case .missing: return "null"
        case let .double(double):
            if double.isInfinite { return quoted(double > 0 ? "inf" : "-inf") }
            return "\(double)"
        }
    }

    static func quoted(_ text: String) -> String { JSONText.string(text) }
}

private extension String {
    func replacingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
