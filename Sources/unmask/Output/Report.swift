/// One value in a report.
enum ReportValue {
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    /// A number too large for a double, given as its base-10 logarithm.
    case log10(Double)
    /// A list of records (an array of objects in JSON; `k=v k=v; …` in CSV and tables).
    case records([[(String, ReportValue)]])
}

/// A command's result: named columns and rows of values. `fields` reports are a single row
/// shown as `name  value` lines in a table and as one object in JSON.
struct Report {
    enum Shape {
        case rows
        case fields
    }

    let columns: [String]
    let rows: [[ReportValue]]
    let shape: Shape

    init(columns: [String], rows: [[ReportValue]]) {
        self.columns = columns
        self.rows = rows
        shape = .rows
    }

    init(fields: KeyValuePairs<String, ReportValue?>) {
        let present = fields.compactMap { key, value in value.map { (key, $0) } }
        columns = present.map(\.0)
        rows = [present.map(\.1)]
        shape = .fields
    }

    /// A fields report from an ordered list built at run time.
    init(orderedFields: [(String, ReportValue)]) {
        columns = orderedFields.map(\.0)
        rows = [orderedFields.map(\.1)]
        shape = .fields
    }

    /// The report written in the given format, ending with a newline.
    func rendered(as format: OutputFormat) -> String {
        switch format {
        case .csv: return ReportWriter.csv(self)
        case .json: return ReportWriter.json(self)
        case .table: return ReportWriter.table(self)
        }
    }

    func print(as format: OutputFormat) {
        Swift.print(rendered(as: format), terminator: "")
    }
}
