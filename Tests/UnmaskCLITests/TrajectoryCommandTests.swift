import Foundation
import Testing
import UnmaskTestSupport

@Suite("CLI trajectory: summaries of recorded runs, sample's own trajectory round trip")
struct TrajectoryCommandTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// `sample --format jsonl | trajectory -`: tokens per step and the step map are sample's own.
    @Test(arguments: [
        ["--target", "words", "--alpha", "cosine", "--steps", "5", "--seed", "3"],
        ["--target", "paper-balanced", "--alpha", "beta:0.9,0.3", "--steps", "5", "--block-length", "1", "--order", "confidence"],
        ["--target", "addition", "--alpha", "linear", "--steps", "3", "--rounding", "stochastic", "--seed", "11"],
    ])
    func sampleRoundTrip(options: [String]) throws {
        let sample = try runUnmask(["sample"] + options + ["--format", "jsonl"])
        #expect(sample.status == 0)
        let records = try sample.standardOutput.split(separator: "\n").map { try object(String($0)) }
        let steps = records.filter { $0["type"] as? String == "step" }
        let length = try #require(records.first?["gen_length"] as? Int)
        var map = Array(repeating: -1, count: length)
        var counts: [Int] = []
        for step in steps {
            let revealed = try #require(step["revealed"] as? [[String: Any]])
            counts.append(revealed.count)
            for reveal in revealed { map[try #require(reveal["position"] as? Int)] = try #require(step["step"] as? Int) }
        }
        let options = options.map { "'\($0)'" }.joined(separator: " ")
        let result = try runUnmaskInShell("\"$U\" sample \(options) --format jsonl | \"$U\" trajectory - --format json")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let summary = try object(result.standardOutput)
        #expect(summary["tokens_per_step"] as? [Int] == counts)
        #expect(summary["step_map"] as? [Int] == map)
        #expect(summary["steps"] as? Int == steps.count)
        #expect(summary["nfe"] as? Int == steps.count)
        #expect(summary["remasked"] as? Int == 0)
        #expect(summary["fitted_a"] as? Double != nil && summary["fitted_b"] as? Double != nil)
        #expect((summary["mean_confidence"] as? [Any])?.count == steps.count)
        let viaPath = try runUnmaskInShell("\"$U\" sample \(options) --format jsonl | \"$U\" trajectory /dev/stdin --format json")
        #expect(viaPath.standardOutput == result.standardOutput)
    }

    @Test func skippedLinesExit65WithTheSummary() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("unmask-trajectory-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
            {"type": "header", "format": "unmask-trajectory/1", "gen_length": 2, "steps": 2}
            {"type": "step", "step": 1, "revealed": [{"position": 0, "token": "a", "confidence": 0.5}]}
            not json
            {"type": "step", "step": 2, "revealed": [{"position": 1, "token": "b", "confidence": 0.25}]}
            {"type": "final", "tokens": ["a", "b"], "text": "ab", "nfe": 7}
            {"type": "step", "st
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try runUnmask("trajectory", file.path, "--format", "json", "--find", "ab")
        #expect(result.status == 65)
        let notes = result.standardError.split(separator: "\n")
        #expect(notes.count == 2)
        #expect(notes[0].contains("line 3: not valid JSON at byte 2: expected null; skipped"))
        #expect(notes[1].contains("line 6: the last line is incomplete"))
        let summary = try object(result.standardOutput)
        #expect(summary["nfe"] as? Int == 7)
        #expect(summary["tokens_per_step"] as? [Int] == [1, 1])
        #expect(summary["step_map"] as? [Int] == [1, 2])
        #expect(summary["mean_confidence"] as? [Double] == [0.5, 0.25])
        #expect(summary["skipped_lines"] as? [Int] == [3])
        #expect(summary["incomplete_last_line"] as? Int == 6)
        #expect(summary["find_first_step"] as? Int == 2)
        #expect(summary["find_survives"] as? Bool == true)
        let table = try runUnmask("trajectory", file.path, "--format", "table")
        #expect(table.status == 65)
        #expect(table.standardOutput.contains("steps 2, nfe 7"))
        // a cut last line alone is not an error
        try (#"{"type": "header", "format": "unmask-trajectory/1", "gen_length": 2, "steps": 2}"# + "\n{\"type\": \"st")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try runUnmask("trajectory", file.path, "--format", "csv").status == 0)
    }

    @Test func wrongFormatIsOneLine() throws {
        let result = try runUnmaskInShell(#"echo '{"type": "header", "format": "other/1", "gen_length": 2, "steps": 2}' | "$U" trajectory -"#)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "unmask: standard input: line 1: not a unmask-trajectory/1 header: format \"other/1\", expected \"unmask-trajectory/1\"\n"
                || result.standardError.hasPrefix("unmask: -: line 1"))
    }
}
