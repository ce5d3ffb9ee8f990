import Testing
@testable import UnmaskCore

@Suite("Scores: linear's best against the fewest steps of another Beta schedule")
struct ScoreSpeedupTests {
    static func row(_ schedule: String, _ a: Double?, _ b: Double?, _ steps: Int, _ score: Double) -> ScoreRow {
        ScoreRow(schedule: schedule, a: a, b: b, task: "t", steps: steps, genLength: nil, metric: "score", score: score, stderr: nil)
    }

    @Test func fewestStepsReachingLinearsBest() throws {
        let table = ScoreTable(rows: [
            Self.row("linear", 0.5, 0.5, 8, 10), Self.row("linear", 0.5, 0.5, 16, 20), Self.row("linear", 0.5, 0.5, 32, 20),
            Self.row("sine", nil, nil, 4, 30),  // not a Beta schedule
            Self.row("beta:0.9,0.3", 0.9, 0.3, 8, 19.5), Self.row("beta:0.9,0.3", 0.9, 0.3, 16, 25),
            Self.row("beta:1,1", 1, 1, 16, 26),
        ])
        let result = try #require(ScoreSpeedup.of(task: "t", in: table))
        #expect(result.linearBest == 20 && result.linearSteps == 16)
        #expect(result.match?.schedule == "beta:1,1")
        #expect(result.ratio == 1)
        let tolerant = try #require(ScoreSpeedup.of(task: "t", in: table, tolerance: 0.5))
        #expect(tolerant.match?.schedule == "beta:0.9,0.3" && tolerant.ratio == 2)
    }

    @Test func paperData() {
        let exact = ScoreSpeedup.all(in: Chen2025Scores.table)
        #expect(exact.map(\.task) == ["mbpp", "humaneval", "bbh", "gsm8k", "hendrycks_math", "minerva_math"])
        #expect(exact.compactMap(\.ratio) == [1])  // only humaneval: Beta(0.9,0.9) ties linear at 256
        let withinOnePoint = ScoreSpeedup.all(in: Chen2025Scores.table, tolerance: 1).map(\.ratio)
        #expect(withinOnePoint == [2, 2, 1, 1, 8, 1])
    }

    @Test func noLinearNoResult() {
        #expect(ScoreSpeedup.of(task: "t", in: ScoreTable(rows: [Self.row("sine", nil, nil, 8, 1)])) == nil)
    }
}
