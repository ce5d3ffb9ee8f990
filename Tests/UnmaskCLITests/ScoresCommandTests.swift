import Foundation
import Testing
import UnmaskTestSupport

/// `unmask scores import/show/speedup` through the built executable.
@Suite("CLI: scores import, show and speedup")
struct ScoresCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("UnmaskCoreTests/Fixtures/lmeval").path
    static let columns = "schedule,a,b,task,steps,gen_length,metric,score,stderr"

    static func scratch(_ name: String) -> String {
        NSTemporaryDirectory() + "unmask-scores-\(UUID().uuidString)-\(name)"
    }

    @Test func importOfGoodFilesWritesTheTidyCSVAndExits0() throws {
        let out = Self.scratch("good.csv")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try runUnmask(["scores", "import", Self.fixtures + "/run-a", Self.fixtures + "/run-b/sub", "--out", out])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty && result.standardOutput.isEmpty)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == [
            Self.columns,
            "\"beta:0.9,0.3\",0.9,0.3,gsm8k,64,256,\"exact_match,flexible-extract\",0.4912,0.01377",
            "\"beta:0.9,0.3\",0.9,0.3,gsm8k,64,256,\"exact_match,strict-match\",0.4837,0.013765",
            "\"beta:0.9,0.3\",0.9,0.3,humaneval,64,256,\"pass@1,create_test\",0.1159,",
            "cosine,,,bbh,32,128,\"exact_match,get-answer\",0.1791,0.0043",
        ])
        let shown = try runUnmask(["scores", "show", "--scores", out, "--task", "gsm8k", "--format", "csv"])
        #expect(shown.status == 0)
        #expect(shown.lines == [
            "schedule,a,b,task,steps,metric,score,stderr",
            "\"beta:0.9,0.3\",0.9,0.3,gsm8k,64,\"exact_match,flexible-extract\",0.4912,0.01377",
            "\"beta:0.9,0.3\",0.9,0.3,gsm8k,64,\"exact_match,strict-match\",0.4837,0.013765",
        ])
    }

    @Test func badFilesAreSkippedOneLineEachAndExit65() throws {
        let out = Self.scratch("mixed.csv")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try runUnmask(["scores", "import", Self.fixtures, "--out", out])
        #expect(result.status == 65)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 6, "\(result.standardError)")
        for (line, key) in zip(lines, ["results.gsm8k.exact_match,strict-match", "config.model_args.steps", "config.model_args.sched_b",
                                       "config.model_args: missing", "not valid JSON"]) {
            #expect(line.hasPrefix("unmask: ") && line.contains("results_") && line.contains(key) && line.hasSuffix("; skipped"), "\(line)")
        }
        #expect(lines.last == "unmask: skipped 5 of 8 results files and folders; wrote 6 rows to \(out)")
        let written = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(written.count == 7 && written.first.map(String.init) == Self.columns)
    }

    @Test func folderWithoutResultsIsSkipped() throws {
        let out = Self.scratch("empty.csv")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let empty = Self.fixtures + "/../../Scores"
        let result = try runUnmask(["scores", "import", empty, Self.fixtures + "/run-a", "--out", out])
        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("unmask: \(empty): no results_*.json file in this folder; skipped\n"), "\(result.standardError)")
        #expect(result.standardError.hasSuffix("unmask: skipped 1 of 2 results files and folders; wrote 3 rows to \(out)\n"))
    }

    @Test func unwritableOutExits74() throws {
        for out in ["/dev/full", "/nonexistent/folder/s.csv", "/"] {
            let result = try runUnmask(["scores", "import", Self.fixtures + "/run-a", "--out", out])
            #expect(result.status == 74, "\(out): \(result.status)")
            #expect(result.standardError.hasPrefix("unmask: cannot write to \(out): "), "\(result.standardError)")
        }
    }

    @Test func badScoreCSVNamesFileLineAndColumn() throws {
        let path = Self.scratch("bad.csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try (Self.columns + "\nlinear,0.5,0.5,mbpp,8,256,score,40.6,\nlinear,0.5,0.5,mbpp,16,256,score,lots,\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runUnmask(["scores", "show", "--scores", path])
        #expect(result.status == 64)
        #expect(result.standardError == "unmask: \(path):3: column score: 'lots' is not a finite number\n")
    }

    @Test func showPrintsThePapersTables() throws {
        let result = try runUnmask(["scores", "show", "--task", "gsm8k", "--format", "table"])
        #expect(result.status == 0)
        #expect(result.lines.first == "gsm8k (gen_length 128; metric score)")
        #expect(result.lines[1].split(separator: " ") == ["schedule", "8", "16", "32", "64", "128"])
        #expect(result.lines.count == 3 + 7)
        #expect(result.lines[3].split(separator: " ") == ["linear", "2.43", "18.2", "40.26", "48.37", "49.2"])
    }

    @Test func showCSVHasExactlyTheTidyColumns() throws {
        let result = try runUnmask(["scores", "show", "--steps", "8", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.csv.header == ["schedule", "a", "b", "task", "steps", "metric", "score", "stderr"])
        #expect(result.csv.rows.count == 44)  // 7 schedules a task, 9 on bbh
        #expect(result.csv.rows.allSatisfy { $0[4] == "8" })
    }

    @Test func speedupFromTheData() throws {
        let exact = try runUnmask(["scores", "speedup", "--format", "csv"])
        #expect(exact.status == 0)
        #expect(exact.csv.header == ["task", "linear_best", "linear_steps", "schedule", "steps", "score", "ratio"])
        #expect(exact.csv.rows.map { $0[6] } == ["", "1.0", "", "", "", ""])
        let tolerant = try runUnmask(["scores", "speedup", "--tolerance", "1", "--format", "csv"])
        #expect(tolerant.csv.rows.map { $0[6] } == ["2.0", "2.0", "1.0", "1.0", "8.0", "1.0"])
    }
}
