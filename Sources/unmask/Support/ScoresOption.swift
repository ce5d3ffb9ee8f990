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
        try scores.map(Self.table)
    }

    /// The table a `--scores`-style value names: chen2025 or a tidy score CSV with rows.
    static func table(_ source: String) throws(UsageError) -> ScoreTable {
        if source == Chen2025Scores.name { return Chen2025Scores.table }
        let table = try usage { () throws(ScoreCSVError) in try ScoreCSV.read(path: source) }
        guard !table.rows.isEmpty else { throw UsageError("\(escapedForEcho(source)): no score rows") }
        return table
    }
}

/// `--score-metric M`: which of a task's metrics a command reads (the task's first unless named),
/// for every command that reads scores.
struct ScoreMetricOption: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "The score's metric where a task has several, e.g. 'exact_match,strict-match' (default: the task's first).",
        valueName: "metric"))
    var scoreMetric: String?

    /// `--score-metric` checked against the task's metrics, or nil (the task's first).
    func resolved(in table: ScoreTable, task: String) throws(UsageError) -> String? {
        try table.requireMetric(scoreMetric, task: task)
    }
}

/// `--task T` and `--score-metric M`: which measured scores the `score` metric shows.
struct ScoreSelectionOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("The task whose measured scores the score metric shows (explore: starts on it).", valueName: "task"))
    var task: String?

    @OptionGroup var metricOption: ScoreMetricOption

    var scoreMetric: String? { metricOption.scoreMetric }

    /// The task and metric, checked against the table: the given task or, when `required` is
    /// false, the table's first.
    func resolved(in table: ScoreTable, required: Bool) throws(UsageError) -> (task: String, metric: String?) {
        guard let task = task ?? (required ? nil : table.tasks.first) else {
            throw UsageError("--metric score needs --task T (known: \(table.tasks.joined(separator: ", ")))")
        }
        try table.requireTask(task)
        return (task, try metricOption.resolved(in: table, task: task))
    }

    /// The score metric for `task`: `--score-metric` checked against the task's, or nil (the task's first).
    func metric(in table: ScoreTable, task: String) throws(UsageError) -> String? {
        try metricOption.resolved(in: table, task: task)
    }
}

/// The checks every scores command makes of a task, an N and a score metric, with one wording.
extension ScoreTable {
    func requireTask(_ task: String) throws(UsageError) {
        guard tasks.contains(task) else {
            throw UsageError("unknown task '\(escapedForEcho(task))' (known: \(tasks.joined(separator: ", ")))")
        }
    }

    func requireSteps(_ steps: Int, task: String) throws(UsageError) {
        guard self.steps(task: task).contains(steps) else {
            throw UsageError("--steps \(steps): \(task) has no scores at N = \(steps) (measured: \(self.steps(task: task).map(String.init).joined(separator: ", ")))")
        }
    }

    /// `metric` if the task has it (nil stays nil: the task's first).
    func requireMetric(_ metric: String?, task: String) throws(UsageError) -> String? {
        guard let metric else { return nil }
        guard metrics(task: task).contains(metric) else {
            throw UsageError("--score-metric '\(escapedForEcho(metric))': \(task) has no such metric (known: \(metrics(task: task).joined(separator: "; ")))")
        }
        return metric
    }
}
