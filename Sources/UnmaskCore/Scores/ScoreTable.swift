/// A tidy table of benchmark scores by schedule, task and steps, in the order read, with the
/// lookups the commands and the heatmap need.
public struct ScoreTable: Equatable, Sendable {
    public var rows: [ScoreRow]

    public init(rows: [ScoreRow]) {
        self.rows = rows
    }

    /// The tasks, in order of first appearance.
    public var tasks: [String] { unique(rows.map(\.task)) }

    /// The steps values of a task (of every task when nil), ascending.
    public func steps(task: String? = nil) -> [Int] {
        Array(Set(rows.filter { task == nil || $0.task == task }.map(\.steps))).sorted()
    }

    /// The schedules of a task, in order of first appearance.
    public func schedules(task: String) -> [String] {
        unique(rows.filter { $0.task == task }.map(\.schedule))
    }

    /// The rows of one task.
    public func rows(task: String) -> [ScoreRow] {
        rows.filter { $0.task == task }
    }

    /// The first row of `schedule` for `task` at `steps`.
    public func row(task: String, schedule: String, steps: Int) -> ScoreRow? {
        rows.first { $0.task == task && $0.schedule == schedule && $0.steps == steps }
    }

    /// The score of the Beta schedule (a, b) for `task` at `steps`, if the table has it.
    public func score(a: Double, b: Double, task: String, steps: Int) -> Double? {
        rows.first { $0.task == task && $0.steps == steps && $0.isBeta(a, b) }?.score
    }

    /// The Beta schedule with the highest score for `task` at `steps` (the first of equals).
    public func bestCell(task: String, steps: Int) -> ScoreRow? {
        var best: ScoreRow?
        for row in rows where row.task == task && row.steps == steps && row.a != nil && row.b != nil {
            if best.map({ row.score > $0.score }) ?? true { best = row }
        }
        return best
    }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
