import ArgumentParser
import UnmaskCore

/// `--scores FILE|chen2025`: the benchmark scores a command reads, a tidy score CSV (as
/// `unmask scores import` writes it) or the bundled scores of the paper (the scores commands'
/// and the score heatmap's default; the explorer reads scores only when given).
struct ScoresOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A tidy score CSV (columns \(ScoreCSV.columns.joined(separator: ",")), as `unmask scores import` writes it), "
            + "or \(Chen2025Scores.name): the paper's LLaDA-8B scores, bundled (default, except in explore).",
        valueName: "file|\(Chen2025Scores.name)"))
    var scores: String?

    /// The scores given, or the paper's.
    func load() throws(UsageError) -> ScoreTable {
        try loadIfGiven() ?? Chen2025Scores.table
    }

    /// The scores given, nil without --scores.
    func loadIfGiven() throws(UsageError) -> ScoreTable? {
        guard let scores else { return nil }
        if scores == Chen2025Scores.name { return Chen2025Scores.table }
        let table = try usage { () throws(ScoreCSVError) in try ScoreCSV.read(path: scores) }
        guard !table.rows.isEmpty else { throw UsageError("\(escapedForEcho(scores)): no score rows") }
        return table
    }
}

/// `--task T` and `--score-metric M`: which measured scores the `score` metric shows (the task's
/// first metric unless one is named).
struct ScoreSelectionOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("The task whose measured scores the score metric shows (explore: starts on it).", valueName: "task"))
    var task: String?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "The score's metric where a task has several, e.g. 'exact_match,strict-match' (default: the task's first).",
        valueName: "metric"))
    var scoreMetric: String?

    /// The task and metric, checked against the table: the given task or, when `required` is
    /// false, the table's first.
    func resolved(in table: ScoreTable, required: Bool) throws(UsageError) -> (task: String, metric: String?) {
        let tasks = table.tasks
        guard let task = task ?? (required ? nil : tasks.first) else {
            throw UsageError("--metric score needs --task T (known: \(tasks.joined(separator: ", ")))")
        }
        guard tasks.contains(task) else {
            throw UsageError("unknown task '\(escapedForEcho(task))' (known: \(tasks.joined(separator: ", ")))")
        }
        if let scoreMetric, !table.metrics(task: task).contains(scoreMetric) {
            throw UsageError("--score-metric '\(escapedForEcho(scoreMetric))': \(task) has no such metric (known: \(table.metrics(task: task).joined(separator: "; ")))")
        }
        return (task, scoreMetric)
    }
}
