/// The table's scores as a `WeightAgreement`: which weight's energy ranks the schedules as the task does.
extension ScoreTable {
    /// The schedules measured for `task` at `steps` with `metric` (the task's first when nil), each
    /// once, with their scores; named schedules (linear, sine, sin2, …) count as well as Beta ones,
    /// and a name that is no schedule spec is left out.
    public func weightAgreement(task: String, steps: Int, metric: String? = nil) -> WeightAgreement? {
        guard let metric = metric ?? metrics(task: task).first else { return nil }
        var schedules: [MaskSchedule] = [], scores: [Double] = []
        for row in rows where row.task == task && row.steps == steps && row.metric == metric {
            let schedule: MaskSchedule
            if let a = row.a, let b = row.b {
                schedule = MaskSchedule(.beta(a: a, b: b))
            } else if let named = try? MaskSchedule(spec: row.schedule) {
                schedule = named
            } else {
                continue
            }
            guard !schedules.contains(schedule) else { continue }
            schedules.append(schedule)
            scores.append(row.score)
        }
        return WeightAgreement(schedules: schedules, scores: scores)
    }
}
