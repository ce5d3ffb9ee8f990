/// The table's Beta schedules as the `score` plane metric reads them.
extension ScoreTable {
    /// The metrics of a task, in order of first appearance.
    public func metrics(task: String) -> [String] {
        var seen: Set<String> = []
        return rows.filter { $0.task == task }.map(\.metric).filter { seen.insert($0).inserted }
    }

    /// The Beta schedules measured for `task` at `steps` with `metric` (the task's first metric
    /// when nil); the first row of a repeated (a, b) counts. Non-Beta schedules (sine, cosine)
    /// have no point on the plane and are left out.
    public func measuredScores(task: String, steps: Int, metric: String? = nil) -> MeasuredScores? {
        guard let metric = metric ?? metrics(task: task).first else { return nil }
        var cells: [MeasuredScores.Cell] = []
        var seen: Set<[Double]> = []
        for row in rows where row.task == task && row.steps == steps && row.metric == metric {
            guard let a = row.a, let b = row.b, seen.insert([a, b]).inserted else { continue }
            cells.append(MeasuredScores.Cell(a: a, b: b, score: row.score, stderr: row.stderr))
        }
        return MeasuredScores(task: task, steps: steps, metric: metric, cells: cells)
    }

    /// Every (task, N) of the table as measured scores with each task's chosen metric (its first
    /// when `metric` is nil or not one of its metrics), tasks in order, N ascending.
    public func measuredScoreSets(metric: String? = nil) -> [MeasuredScores] {
        tasks.flatMap { task -> [MeasuredScores] in
            let chosen = metric.flatMap { metrics(task: task).contains($0) ? $0 : nil }
            return steps(task: task).compactMap { measuredScores(task: task, steps: $0, metric: chosen) }
        }
    }
}
