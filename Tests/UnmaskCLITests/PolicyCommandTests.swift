import Foundation
import UnmaskTestSupport
import Testing

@Suite("CLI: adaptive step policies")
struct PolicyCommandTests {
    /// paper-extremes at temperature 0 with threshold 0.9, by hand: the first step reveals one a
    /// (every confidence is ½), the second the other four (every confidence is 1).
    @Test func evalJSONHasTheNFEFields() throws {
        let result = try runUnmask("eval", "--target", "paper-extremes", "--policy", "threshold:0.9", "--temperature", "0",
                                   "--format", "json")
        #expect(result.status == 0)
        let report = try #require(try result.json() as? [String: Any])
        #expect(report["policy"] as? String == "threshold:0.9")
        #expect(report["method"] as? String == "exact")
        #expect(report["nfe_mean"] as? Double == 2 && report["nfe_min"] as? Int == 2 && report["nfe_max"] as? Int == 2)
        #expect(report["tv"] as? Double == 0.5 && report["invalid"] as? Double == 0)
        let histogram = try #require(report["nfe_histogram"] as? [[String: Any]])
        #expect(histogram.count == 1 && histogram[0]["nfe"] as? Int == 2 && histogram[0]["p"] as? Double == 1)
        #expect(report["capped"] as? Double == 0)
        #expect(report["alpha"] == nil)
    }

    /// KLASS on paper-extremes at temperature 1 with τkl below ln 2, by hand: one token at step
    /// 1 (no previous marginals), one at step 2 (the marginals moved by ln 2), the last three at
    /// step 3; the output is exact.
    @Test func evalAndSampleKLASS() throws {
        let result = try runUnmask("eval", "--target", "paper-extremes", "--policy", "klass:0.9,0.5", "--format", "json")
        #expect(result.status == 0)
        let report = try #require(try result.json() as? [String: Any])
        #expect(report["policy"] as? String == "klass:0.9,0.5" && report["method"] as? String == "exact")
        #expect(report["nfe_mean"] as? Double == 3 && report["nfe_min"] as? Int == 3 && report["nfe_max"] as? Int == 3)
        #expect(report["tv"] as? Double == 0 && report["invalid"] as? Double == 0)
        let sample = try runUnmask("sample", "--target", "paper-extremes", "--policy", "klass:0.9,0.5", "--seed", "2", "--format", "jsonl")
        let records = try sample.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let header = try #require(records.first)
        #expect(header["policy"] as? String == "klass:0.9,0.5" && header["threshold"] as? Double == 0.9
                && header["kl_threshold"] as? Double == 0.5)
        let revealed = records.filter { $0["type"] as? String == "step" }.map { ($0["revealed"] as? [Any])?.count }
        #expect(revealed == [1, 1, 3])
    }

    /// --steps is a cap: one token a step (threshold above 1) capped at 3 steps on paper-extremes.
    @Test func stepsCapTheRun() throws {
        let exact = try runUnmask("eval", "--target", "paper-extremes", "--policy", "threshold:2", "--steps", "3", "--format", "json")
        let report = try #require(try exact.json() as? [String: Any])
        #expect(report["steps"] as? Int == 3 && report["nfe_max"] as? Int == 3 && report["capped"] as? Double == 1)
        let sampled = try runUnmask("eval", "--target", "paper-extremes", "--policy", "threshold:2", "--steps", "3",
                                    "--method", "monte-carlo", "--samples", "200", "--quiet", "--format", "json")
        let estimate = try #require(try sampled.json() as? [String: Any])
        #expect(estimate["capped_runs"] as? Int == 200 && estimate["nfe_mean"] as? Double == 3)
    }

    @Test func sampleJSONLinesCarryThePolicy() throws {
        let result = try runUnmask("sample", "--target", "addition", "--policy", "threshold:0.7", "--block-length", "3",
                                   "--seed", "4", "--format", "jsonl")
        #expect(result.status == 0)
        let records = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let header = try #require(records.first)
        #expect(header["policy"] as? String == "threshold:0.7" && header["threshold"] as? Double == 0.7)
        #expect(header["schedule"] == nil)
        let steps = records.filter { $0["type"] as? String == "step" }
        #expect(records.last?["nfe"] as? Int == steps.count && header["steps"] as? Int == steps.count)
        #expect(steps.first?["block"] as? Int == 0 && steps.last?["block"] as? Int == 1)
        for step in steps {
            let revealed = try #require(step["revealed"] as? [[String: Any]])
            #expect(!revealed.isEmpty)
            // Every reveal after the step's first has confidence ≥ τ.
            let confidences = revealed.compactMap { $0["confidence"] as? Double }
            #expect(confidences.count == revealed.count && confidences.filter { $0 < 0.7 }.count <= 1)
        }
        // The file reads back as a trajectory.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try result.standardOutput.write(to: file, atomically: true, encoding: .utf8)
        #expect(try runUnmask("trajectory", file.path).status == 0)
    }

    @Test func badPoliciesAreUsageErrors() throws {
        for spec in ["threshold:abc", "threshold:-1", "threshold:nan", "foo:1", "entropy-bound:", "klass:0.9", "klass:0.9,-1"] {
            let result = try runUnmask("eval", "--target", "paper-extremes", "--policy", spec)
            #expect(result.status == 64, "\(spec)")
            #expect(result.standardError.contains(spec) && result.standardError.contains("threshold:T")
                    && result.standardError.contains("entropy-bound:G") && result.standardError.contains("klass:C,K"), "\(spec)")
        }
        let both = try runUnmask("sample", "--target", "words", "--policy", "threshold:0.9", "--alpha", "linear")
        #expect(both.status == 64 && both.standardError.contains("exclude each other"))
        let neither = try runUnmask("eval", "--target", "words")
        #expect(neither.status == 64 && neither.standardError.contains("--policy"))
    }
}
