/// One value in a report.
enum ReportValue {
    case int(Int)
    /// A finite number or ±∞; ±∞ means divergence and nothing else. NaN is never written
    /// (`ReportWriter` refuses it).
    case double(Double)
    case string(String)
    case bool(Bool)
    /// A finite number too large for a double, written as the marker `overflow`; its report
    /// carries its base-10 logarithm in a field of its own (`Report.scaled`).
    case beyondDouble
    /// A list of records (an array of objects in JSON; `k=v k=v; …` in CSV and tables).
    case records([[(String, ReportValue)]])
    /// A list of values (an array in JSON; `v;v;…` in CSV and tables).
    case list([ReportValue])
    /// No value in this row's column: empty in CSV and tables, `null` in JSON.
    case missing
}

/// A command's result: named columns and rows of values. `fields` reports are a single row
/// shown as `name  value` lines in a table and as one object in JSON. Rows are produced on
/// demand, so a report of millions of rows is written without being held.
struct Report {
    enum Shape {
        case rows
        case fields
    }

    let columns: [String]
    let rowCount: Int
    let row: (Int) -> [ReportValue]
    let shape: Shape

    init(columns: [String], rows: [[ReportValue]]) {
        self.init(columns: columns, rowCount: rows.count) { rows[$0] }
    }

    init(columns: [String], rowCount: Int, row: @escaping (Int) -> [ReportValue]) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
        shape = .rows
    }

    init(fields: KeyValuePairs<String, ReportValue?>) {
        self.init(orderedFields: fields.compactMap { key, value in value.map { (key, $0) } })
    }

    /// A fields report from an ordered list built at run time.
    init(orderedFields: [(String, ReportValue)]) {
        columns = orderedFields.map(\.0)
        let values = orderedFields.map(\.1)
        rowCount = 1
        row = { _ in values }
        shape = .fields
    }

    /// The fields `name` and `name_log10` of a number that may lie beyond the double range: the
    /// number (or `overflow`) and its base-10 logarithm, always both, so the columns do not
    /// depend on the value.
    static func scaled(_ name: String, value: Double?, log10 exponent: Double) -> [(String, ReportValue)] {
        [(name, value.map(ReportValue.double) ?? .beyondDouble), (name + "_log10", .double(exponent))]
    }

    /// Writes the report to standard output in the given format.
    func write(as format: OutputFormat) throws {
        var writer = StreamWriter.standardOutput()
        try ReportWriter.write(self, as: format, to: &writer)
        try writer.flush()
    }
}
