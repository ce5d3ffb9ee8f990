import Testing
@testable import UnmaskCore

@Suite("Scores: curves against steps, one per schedule")
struct ScoreCurveTests {
    static func row(_ schedule: String, _ steps: Int, _ score: Double, metric: String = "m", task: String = "t") -> ScoreRow {
        let beta: (Double, Double)? = schedule == "linear" ? (0.5, 0.5) : nil
        return ScoreRow(schedule: schedule, a: beta?.0, b: beta?.1, task: task, steps: steps, genLength: nil, metric: metric,
                        score: score, stderr: nil)
    }

    @Test func curvesFollowTheSchedulesFirstAppearanceWithStepsAscending() {
        let table = ScoreTable(rows: [
            Self.row("sine", 64, 3), Self.row("linear", 16, 2), Self.row("sine", 8, 1), Self.row("linear", 8, 0.5),
            Self.row("linear", 8, 9), Self.row("linear", 32, 7, metric: "other"), Self.row("linear", 4, 1, task: "u"),
        ])
        let curves = table.curves(task: "t")
        #expect(curves.map(\.schedule) == ["sine", "linear"])
        #expect(curves.map(\.isLinear) == [false, true])
        #expect(curves[0].points.map(\.steps) == [8, 64] && curves[1].points.map(\.steps) == [8, 16])
        #expect(curves[1].points.map(\.score) == [0.5, 2], "the first row of a repeated N counts")
        #expect(table.curves(task: "t", metric: "other").map { $0.points.map(\.score) } == [[7]])
        #expect(table.curves(task: "none").isEmpty && table.curveRows(task: "t", metric: "none").isEmpty)
    }

    @Test func theBundledTablesCurvesHoldEveryRowOfTheTask() {
        let table = Chen2025Scores.table
        for task in table.tasks {
            let curves = table.curves(task: task)
            #expect(curves.map(\.schedule) == table.schedules(task: task))
            #expect(curves.reduce(0) { $0 + $1.points.count } == table.rows(task: task).count)
            #expect(curves.first?.isLinear == true)
        }
    }
}
