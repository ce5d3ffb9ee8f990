/// The tidy score CSV: one header line `schedule,a,b,task,steps,gen_length,metric,score,stderr`,
/// then one line per row. Empty `a`, `b`, `gen_length` and `stderr` fields mean "not given";
/// fields holding a comma or a quote are double-quoted (`"beta:0.9,0.3"`). Numbers are written
/// with the shortest exact text (`compactDescription`), so a table written and read back is equal.
/// Blank lines and lines starting with `#` are skipped by the reader.
public enum ScoreCSV {
    public static let columns = ["schedule", "a", "b", "task", "steps", "gen_length", "metric", "score", "stderr"]

    /// The table as CSV text, header included.
    public static func text(of table: ScoreTable) -> String {
        var text = columns.joined(separator: ",") + "\n"
        for row in table.rows {
            text += line(row) + "\n"
        }
        return text
    }

    /// One row as a CSV line, without its line end.
    public static func line(_ row: ScoreRow) -> String {
        let fields = [
            row.schedule, row.a.map(\.compactDescription) ?? "", row.b.map(\.compactDescription) ?? "", row.task,
            String(row.steps), row.genLength.map(String.init) ?? "", row.metric, row.score.compactDescription,
            row.stderr.map(\.compactDescription) ?? "",
        ]
        return fields.map(CSVText.field).joined(separator: ",")
    }

    /// Reads a tidy score CSV file (through `TextFile`).
    public static func read(path: String) throws(ScoreCSVError) -> ScoreTable {
        let file: TextFile
        do {
            file = try TextFile(path: path)
        } catch {
            throw ScoreCSVError(path: path, line: nil, problem: error.description)
        }
        return try parse(file.text, path: path)
    }

    /// Parses tidy score CSV text; `path` names it in errors.
    public static func parse(_ text: String, path: String) throws(ScoreCSVError) -> ScoreTable {
        var rows: [ScoreRow] = []
        var sawHeader = false
        var lineNumber = 0
        for line in TextFile.lines(of: text) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            func fail(_ problem: String) -> ScoreCSVError {
                ScoreCSVError(path: path, line: lineNumber, problem: problem)
            }
            guard let fields = CSVText.fields(of: line) else { throw fail("a quoted field is not closed") }
            guard sawHeader else {
                guard fields == columns else {
                    throw fail("the header is '\(escapedForEcho(String(line)))', expected '\(columns.joined(separator: ","))'")
                }
                sawHeader = true
                continue
            }
            guard fields.count == columns.count else {
                throw fail("\(fields.count) fields, expected \(columns.count) (\(columns.joined(separator: ",")))")
            }
            func field(_ name: String) -> String { fields[columns.firstIndex(of: name)!] }
            func bad(_ name: String, _ expected: String) -> ScoreCSVError {
                fail("column \(name): '\(escapedForEcho(field(name)))' is not \(expected)")
            }
            func number(_ name: String) throws(ScoreCSVError) -> Double? {
                let text = field(name)
                if text.isEmpty { return nil }
                guard let value = Double(text), value.isFinite else { throw bad(name, "a finite number") }
                return value
            }
            func count(_ name: String) throws(ScoreCSVError) -> Int? {
                let text = field(name)
                if text.isEmpty { return nil }
                guard let value = Int(text), value > 0 else { throw bad(name, "a positive whole number") }
                return value
            }
            for name in ["schedule", "task", "metric"] where field(name).isEmpty {
                throw fail("column \(name) is empty")
            }
            let a = try number("a"), b = try number("b")
            guard (a == nil) == (b == nil) else { throw fail("give both a and b or neither") }
            if let a, a <= 0 { throw bad("a", "a positive number") }
            if let b, b <= 0 { throw bad("b", "a positive number") }
            guard let steps = try count("steps") else { throw fail("column steps is empty") }
            guard let score = try number("score") else { throw fail("column score is empty") }
            let stderr = try number("stderr")
            if let stderr, stderr < 0 { throw bad("stderr", "a number ≥ 0") }
            rows.append(ScoreRow(schedule: field("schedule"), a: a, b: b, task: field("task"), steps: steps,
                                 genLength: try count("gen_length"), metric: field("metric"), score: score, stderr: stderr))
        }
        guard sawHeader else {
            throw ScoreCSVError(path: path, line: nil, problem: "no header line '\(columns.joined(separator: ","))'")
        }
        return ScoreTable(rows: rows)
    }
}
