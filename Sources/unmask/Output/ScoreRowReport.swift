import UnmaskCore

/// Score rows as a report, one score a row: `schedule,a,b,task,steps,metric,score,stderr`
/// (a, b and stderr empty when not given), as `scores show` and `scores curves` write them.
enum ScoreRowReport {
    static let columns = ["schedule", "a", "b", "task", "steps", "metric", "score", "stderr"]

    static func report(_ rows: [ScoreRow]) -> Report {
        Report(columns: columns, rows: rows.map { row in
            [.string(row.schedule), row.a.map(ReportValue.double) ?? .string(""), row.b.map(ReportValue.double) ?? .string(""),
             .string(row.task), .int(row.steps), .string(row.metric), .double(row.score),
             row.stderr.map(ReportValue.double) ?? .string("")]
        })
    }
}
