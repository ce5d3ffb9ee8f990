import Foundation
import Testing
@testable import UnmaskCore

@Suite("Scores: lm-evaluation-harness 0.4 results files")
struct LMEvalResultsTests {
    static func rows(_ relative: String) throws -> [ScoreRow] {
        let text = try TextFile(path: ScoreFiles.lmEval(relative)).text
        return try LMEvalResults.rows(json: text, path: relative)
    }

    @Test func stringModelArgsWithBetaAndFilters() throws {
        let rows = try Self.rows("run-a/results_2025-05-01T10-00-00.123456.json")
        #expect(rows.map(\.metric) == ["exact_match,flexible-extract", "exact_match,strict-match", "pass@1,create_test"])
        #expect(rows.allSatisfy { $0.schedule == "beta:0.9,0.3" && $0.a == 0.9 && $0.b == 0.3 && $0.steps == 64 && $0.genLength == 256 })
        #expect(rows[1].score == 0.4837 && rows[1].stderr == 0.013765 && rows[1].task == "gsm8k")
        #expect(rows[2].task == "humaneval" && rows[2].stderr == nil)  // "N/A"
    }

    @Test func dictModelArgsWithoutScheduleIsLinear() throws {
        let rows = try Self.rows("run-b/results_2025-05-02T10-00-00.json")
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.schedule == "linear" && $0.isLinear && $0.steps == 128 && $0.genLength == 256 })
        #expect(rows.map(\.stderr) == [0.0052, nil])
    }

    @Test func namedScheduleHasNoBetaParameters() throws {
        let rows = try Self.rows("run-b/sub/results_2025-05-03T10-00-00.json")
        #expect(rows == [ScoreRow(schedule: "cosine", a: nil, b: nil, task: "bbh", steps: 32, genLength: 128,
                                  metric: "exact_match,get-answer", score: 0.1791, stderr: 0.0043)])
    }

    static let bad: [(String, String)] = [
        ("run-b/results_bad-steps.json", "config.model_args.steps: 'eight' is not a positive whole number"),
        ("run-b/results_bad-score.json", "results.gsm8k.exact_match,strict-match: not a finite number"),
        ("run-b/results_half-beta.json", "config.model_args.sched_b: missing (sched_a is given)"),
        ("run-b/results_no-model-args.json", "config.model_args: missing"),
        ("run-b/results_truncated.json", "not valid JSON"),
    ]

    @Test(arguments: bad)
    func badFileNamesTheKey(file: String, message: String) {
        do {
            _ = try Self.rows(file)
            Issue.record("\(file) was accepted")
        } catch {
            #expect("\(error)".hasSuffix(message), "\(error)")
            #expect("\(error)".hasPrefix(file + ": "), "\(error)")
        }
    }

    @Test func foldersAreSearchedSortedForResultsFiles() {
        let (found, empty) = ResultsFiles.find([ScoreFiles.lmEvalFixtures, ScoreFiles.lmEval("run-b/sub"), "/nonexistent.json"])
        #expect(empty.isEmpty)
        let files = found.map { $0.replacing(ScoreFiles.lmEvalFixtures + "/", with: "") }
        #expect(files == [
            "run-a/results_2025-05-01T10-00-00.123456.json", "run-b/results_2025-05-02T10-00-00.json",
            "run-b/results_bad-score.json", "run-b/results_bad-steps.json", "run-b/results_half-beta.json",
            "run-b/results_no-model-args.json", "run-b/results_truncated.json", "run-b/sub/results_2025-05-03T10-00-00.json",
            "run-b/sub/results_2025-05-03T10-00-00.json", "/nonexistent.json",
        ])
        #expect(ResultsFiles.find([ScoreFiles.repository.appendingPathComponent("data").path]).emptyFolders.count == 1)
    }
}
