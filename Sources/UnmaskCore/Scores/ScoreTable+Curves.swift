/// The table's scores as curves against the steps N, one per schedule.
extension ScoreTable {
    /// The rows of `task` with `metric` (the task's first metric when nil), in schedule order
    /// (first appearance in the table), then N ascending; the first row of a repeated
    /// (schedule, N) counts. These are the rows a curve plot shows.
    public func curveRows(task: String, metric: String? = nil) -> [ScoreRow] {
        guard let metric = metric ?? metrics(task: task).first else { return [] }
        let chosen = rows.filter { $0.task == task && $0.metric == metric }
        var order: [String: Int] = [:]
        for row in chosen where order[row.schedule] == nil { order[row.schedule] = order.count }
        var seen: Set<String> = []
        let kept = chosen.filter { seen.insert("\($0.schedule)\u{0}\($0.steps)").inserted }
        return kept.sorted { (order[$0.schedule]!, $0.steps) < (order[$1.schedule]!, $1.steps) }
    }

    /// One curve per schedule of `task` with `metric` (the task's first when nil), in the order
    /// of `curveRows`, points N ascending.
    public func curves(task: String, metric: String? = nil) -> [ScoreCurve] {
        var curves: [ScoreCurve] = []
        for row in curveRows(task: task, metric: metric) {
            let point = ScoreCurve.Point(steps: row.steps, score: row.score, stderr: row.stderr)
            if curves.last?.schedule == row.schedule {
                curves[curves.count - 1].points.append(point)
            } else {
                curves.append(ScoreCurve(schedule: row.schedule, isLinear: row.isLinear, points: [point]))
            }
        }
        return curves
    }
}
