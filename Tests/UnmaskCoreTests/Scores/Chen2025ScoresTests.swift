import Testing
@testable import UnmaskCore

@Suite("Scores: the bundled paper table equals data/chen2025-llada.csv and is consistent")
struct Chen2025ScoresTests {
    @Test func swiftTableEqualsTheCSV() throws {
        let file = try ScoreCSV.read(path: ScoreFiles.chen2025CSV)
        #expect(file.rows.count == 248)
        #expect(Chen2025Scores.table == file, "regenerate with python3 scripts/generate_chen2025_scores.py")
    }

    @Test func noDuplicateOrMissingCell() {
        let table = Chen2025Scores.table
        for task in table.tasks {
            let steps = table.steps(task: task)
            for schedule in table.schedules(task: task) {
                let cells = table.rows(task: task).filter { $0.schedule == schedule }.map(\.steps)
                #expect(cells.sorted() == steps, "\(task) \(schedule)")
            }
        }
    }

    @Test func namesAgreeWithParameters() {
        for row in Chen2025Scores.rows {
            switch row.schedule {
            case "linear": #expect(row.isLinear)
            case "sin2": #expect(row.isBeta(1, 1))
            case "sine": #expect(row.a == nil && row.b == nil)
            default: #expect(row.schedule == MaskSchedule(.beta(a: row.a ?? .nan, b: row.b ?? .nan)).description)
            }
            #expect((0...100).contains(row.score))
        }
    }
}
