import ArgumentParser
import UnmaskCore

/// `unmask scores show`: the scores as the paper tabulates them.
struct ScoresShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show benchmark scores: per task, one row per schedule, one column per steps value.",
        discussion: """
            The table has a title line per task, then one row per schedule (and
            metric, when a task has several) and one column per steps value; a
            cell the scores do not have is empty. CSV and JSON have one row per
            score, columns schedule,a,b,task,steps,metric,score,stderr (a, b and
            stderr empty when not given).

            Examples:
              unmask scores show
              unmask scores show --task hendrycks_math --steps 8
              unmask scores show --scores scores.csv --format csv
            """
    )

    @OptionGroup var source: ScoresOption

    @Option(help: ArgumentHelp("Only this task.", valueName: "task"))
    var task: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Only this steps value.", valueName: "N"))
    var steps: Int?

    @OptionGroup var output: FormatOption

    func run() throws {
        let table = try source.load()
        let tasks = table.tasks
        if let task { try table.requireTask(task) }
        let chosenTasks = task.map { [$0] } ?? tasks
        let known = table.steps(task: task)
        if let steps, !known.contains(steps) {
            throw UsageError("no scores at --steps \(steps)\(task.map { " for \(escapedForEcho($0))" } ?? "") (known: \(known.map(String.init).joined(separator: ", ")))")
        }
        let rows = table.rows.filter { chosenTasks.contains($0.task) && (steps == nil || $0.steps == steps) }
        switch output.resolved {
        case .table:
            var writer = StreamWriter.standardOutput()
            for (index, name) in chosenTasks.enumerated() {
                try writer.write((index == 0 ? "" : "\n") + title(name, rows: rows) + "\n")
                try ReportWriter.write(grid(rows.filter { $0.task == name }), as: .table, to: &writer)
            }
            try writer.flush()
        case .csv, .json:
            try ScoreRowReport.report(rows).write(as: output.resolved)
        }
    }

    /// `gsm8k (gen_length 128, metric score)`.
    private func title(_ task: String, rows: [ScoreRow]) -> String {
        let taskRows = rows.filter { $0.task == task }
        let lengths = Set(taskRows.compactMap(\.genLength)).sorted().map(String.init)
        let metrics = unique(taskRows.map(\.metric))
        var details: [String] = []
        if !lengths.isEmpty { details.append("gen_length " + lengths.joined(separator: ", ")) }
        details.append((metrics.count == 1 ? "metric " : "metrics ") + metrics.joined(separator: " / "))
        return "\(task) (\(details.joined(separator: "; ")))"
    }

    /// One task's rows as schedule × steps.
    private func grid(_ rows: [ScoreRow]) -> Report {
        let stepValues = Array(Set(rows.map(\.steps))).sorted()
        let metrics = unique(rows.map(\.metric))
        let keys = unique(rows.map { "\($0.schedule)\u{0}\($0.metric)" })
        let lines: [[ReportValue]] = keys.map { key in
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            let cells: [ReportValue] = stepValues.map { steps in
                rows.first { $0.schedule == parts[0] && $0.metric == parts[1] && $0.steps == steps }
                    .map { .double($0.score) } ?? .string("")
            }
            return [.string(parts[0])] + (metrics.count > 1 ? [.string(parts[1])] : []) + cells
        }
        return Report(columns: ["schedule"] + (metrics.count > 1 ? ["metric"] : []) + stepValues.map(String.init), rows: lines)
    }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
