import Testing
@testable import UnmaskCore

@Suite("Scores: the tidy CSV reads back what it wrote and names bad values by line and column")
struct ScoreCSVTests {
    static let table = ScoreTable(rows: [
        ScoreRow(schedule: "beta:0.9,0.3", a: 0.9, b: 0.3, task: "gsm8k", steps: 64, genLength: 256,
                 metric: "exact_match,strict-match", score: 0.1 + 0.2, stderr: 0.013765),
        ScoreRow(schedule: "sine", a: nil, b: nil, task: "say \"hi\"", steps: 8, genLength: nil,
                 metric: "score", score: 1e-300, stderr: nil),
        ScoreRow(schedule: "beta:1,0.2", a: 1, b: 0.2, task: "mbpp", steps: 256, genLength: 256,
                 metric: "score", score: 40, stderr: 0),
    ])

    @Test func roundTripIsExact() throws {
        let text = ScoreCSV.text(of: Self.table)
        #expect(text.hasPrefix("schedule,a,b,task,steps,gen_length,metric,score,stderr\n"))
        #expect(text.contains("\"beta:0.9,0.3\",0.9,0.3,gsm8k,64,256,\"exact_match,strict-match\",0.30000000000000004,0.013765\n"))
        #expect(text.contains("\"beta:1,0.2\",1,0.2,mbpp,256,256,score,40,0\n"))
        #expect(try ScoreCSV.parse(text, path: "t.csv") == Self.table)
    }

    @Test func commentsBlankLinesAndCRLFAreRead() throws {
        let text = "# note\r\n" + ScoreCSV.text(of: Self.table).replacing("\n", with: "\r\n") + "\r\n"
        #expect(try ScoreCSV.parse(text, path: "t.csv") == Self.table)
    }

    static let header = "schedule,a,b,task,steps,gen_length,metric,score,stderr\n"

    static let bad: [(String, String)] = [
        ("", "t.csv: no header line"),
        ("schedule,a,b\n", "t.csv:1: the header is 'schedule,a,b'"),
        (header + "linear,0.5,0.5,mbpp,8,256,score,x,\n", "t.csv:2: column score: 'x' is not a finite number"),
        (header + "\n# c\nlinear,0.5,0.5,mbpp,8,256,score,1,-1\n", "t.csv:4: column stderr: '-1' is not a number ≥ 0"),
        (header + "linear,0.5,,mbpp,8,256,score,1,\n", "t.csv:2: give both a and b or neither"),
        (header + "linear,0.5,0.5,mbpp,0,256,score,1,\n", "t.csv:2: column steps: '0' is not a positive whole number"),
        (header + "linear,nan,0.5,mbpp,8,256,score,1,\n", "t.csv:2: column a: 'nan' is not a finite number"),
        (header + "linear,0,0.5,mbpp,8,256,score,1,\n", "t.csv:2: column a: '0' is not a positive number"),
        (header + "linear,0.5,0.5,mbpp,8,2.5,score,1,\n", "t.csv:2: column gen_length: '2.5' is not a positive whole number"),
        (header + "linear,0.5,0.5,mbpp,8,256,score\n", "t.csv:2: 7 fields, expected 9"),
        (header + "\"linear,0.5,0.5,mbpp,8,256,score,1,\n", "t.csv:2: a quoted field is not closed"),
        (header + ",0.5,0.5,mbpp,8,256,score,1,\n", "t.csv:2: column schedule is empty"),
        (header + "linear,0.5,0.5,mbpp,8,256,score,\u{1B}[2J,\n", "t.csv:2: column score: '\\e[2J' is not a finite number"),
    ]

    @Test(arguments: bad)
    func badValueIsNamed(text: String, message: String) {
        #expect(throws: ScoreCSVError.self) { try ScoreCSV.parse(text, path: "t.csv") }
        do {
            _ = try ScoreCSV.parse(text, path: "t.csv")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }

    @Test func lookups() {
        let table = Chen2025Scores.table
        #expect(table.score(a: 0.9, b: 0.3, task: "gsm8k", steps: 128) == 46.7)
        #expect(table.score(a: 0.5, b: 0.5, task: "mbpp", steps: 256) == 40.6)
        #expect(table.score(a: 0.2, b: 0.2, task: "mbpp", steps: 256) == nil)
        #expect(table.bestCell(task: "hendrycks_math", steps: 8)?.schedule == "beta:1,0.2")
        #expect(table.bestCell(task: "mbpp", steps: 7) == nil)
        #expect(table.steps(task: "bbh") == [8, 16, 32, 64, 128])
        #expect(table.tasks == ["mbpp", "humaneval", "bbh", "gsm8k", "hendrycks_math", "minerva_math"])
    }
}
