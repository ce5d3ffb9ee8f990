/// The paper's headline comparison, computed from a score table rather than asserted: for one
/// task, linear's best score and the fewest steps at which linear reaches it; then the fewest
/// steps at which some other Beta schedule scores at least that much, and the ratio of the two
/// step counts (2 means "half the steps"). With a tolerance, "at least" is "at least the best
/// minus the tolerance" (a single run's score is uncertain by a few points).
public struct ScoreSpeedup: Equatable, Sendable {
    public let task: String
    public let linearBest: Double
    public let linearSteps: Int
    /// Points below linearBest that still count as reaching it.
    public let tolerance: Double
    /// The Beta schedule that matches linear's best in the fewest steps (ties: the higher score,
    /// then the first in the table); nil when none reaches it at any steps.
    public let match: ScoreRow?

    /// linearSteps / match.steps.
    public var ratio: Double? { match.map { Double(linearSteps) / Double($0.steps) } }

    /// One result per task that has a linear schedule (Beta(0.5, 0.5)), in the table's task order.
    public static func all(in table: ScoreTable, tolerance: Double = 0) -> [ScoreSpeedup] {
        table.tasks.compactMap { of(task: $0, in: table, tolerance: tolerance) }
    }

    public static func of(task: String, in table: ScoreTable, tolerance: Double = 0) -> ScoreSpeedup? {
        let rows = table.rows(task: task)
        let linear = rows.filter(\.isLinear)
        guard let best = linear.map(\.score).max() else { return nil }
        let steps = linear.filter { $0.score == best }.map(\.steps).min()!
        var match: ScoreRow?
        for row in rows where row.a != nil && row.b != nil && !row.isLinear && row.score >= best - tolerance {
            guard let current = match else { match = row; continue }
            if row.steps < current.steps || (row.steps == current.steps && row.score > current.score) { match = row }
        }
        return ScoreSpeedup(task: task, linearBest: best, linearSteps: steps, tolerance: tolerance, match: match)
    }
}
