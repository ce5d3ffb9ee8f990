import Foundation
import UnmaskTestSupport
import Testing

@Suite("CLI: toy targets, sampler, evaluation and search")
struct SamplerCommandTests {
    @Test func targetsListed() throws {
        let result = try runUnmask("targets", "--format", "csv")
        #expect(result.csv.header == ["name", "n", "d", "support", "tc", "dtc", "description"])
        #expect(result.csv.rows.map { $0[0] } == ["paper-extremes", "paper-balanced", "words", "addition", "sticky-chain", "palindromes",
                                                  "copy", "permutation", "long-chain"])
        // paper-extremes: TC = 5·ln 2 − ln 2, DTC = ln 2.
        #expect(abs(Double(result.csv.rows[0][4])! - 4 * log(2)) < 1e-12)
        #expect(abs(Double(result.csv.rows[0][5])! - log(2)) < 1e-12)
        #expect(result.csv.rows[1][1...3] == ["5", "2", "20"])
    }

    @Test func sampleTextShowsEveryStep() throws {
        let result = try runUnmask("sample", "--target", "paper-extremes", "--alpha", "beta:0.9,0.3", "--steps", "3", "--seed", "1")
        #expect(result.status == 0)
        #expect(result.lines.count == 6)
        #expect(result.lines[1].hasSuffix("?????"))
        #expect(result.lines.last?.contains("in the target's support") == true)
    }

    @Test func sampleJSONLines() throws {
        let result = try runUnmask("sample", "--target", "words", "--alpha", "linear", "--steps", "5", "--seed", "3",
                                   "--format", "jsonl", "--distributions")
        let records = try result.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records.map { $0["type"] as? String } == ["header"] + Array(repeating: "step", count: 5) + ["final"])
        #expect(records.first?["format"] as? String == "unmask-trajectory/1")
        #expect(records.last?["nfe"] as? Int == 5)
        let steps = records.filter { $0["type"] as? String == "step" }
        #expect(steps.count == 5)
        for (k, step) in steps.enumerated() {
            #expect(step["step"] as? Int == k + 1)
            let revealed = try #require(step["revealed"] as? [[String: Any]])
            #expect(revealed.count == 1)
            #expect(revealed[0]["probability"] as? Double ?? 0 > 0)
            #expect((step["sequence"] as? String)?.filter { $0 == "?" }.count == 4 - k)
            #expect((step["distributions"] as? [[String: Any]])?.count == 5)
        }
        let same = try runUnmask("sample", "--target", "words", "--alpha", "linear", "--steps", "5", "--seed", "3", "--format", "jsonl", "--distributions")
        #expect(same.standardOutput == result.standardOutput)
    }

    @Test func evalExactAndMonteCarlo() throws {
        let exact = try runUnmask("eval", "--target", "paper-balanced", "--alpha", "beta:0.9,0.3", "--steps", "3", "--format", "json")
        let fields = try #require(try exact.json() as? [String: Any])
        #expect(fields["method"] as? String == "exact")
        let tv = try #require(fields["tv"] as? Double)
        #expect(abs(tv - 0.3088) < 1e-12)
        #expect(fields["invalid"] as? Double == tv)
        #expect((fields["most_likely"] as? [[String: Any]])?.count == 5)
        let sampled = try runUnmask("eval", "--target", "paper-balanced", "--alpha", "beta:0.9,0.3", "--steps", "3",
                                    "--method", "monte-carlo", "--samples", "4000", "--format", "json")
        let estimate = try #require(try sampled.json() as? [String: Any])
        let low = try #require(estimate["tv_low"] as? Double), high = try #require(estimate["tv_high"] as? Double)
        #expect(low <= tv && tv <= high)
        let value = try #require(estimate["tv"] as? Double)
        #expect(low <= value && value <= high)
        #expect((estimate["tv_estimator"] as? String)?.contains("bias-corrected") == true)
        #expect(estimate["tv_plug_in"] is Double)
        // KL is a number with its interval, or "not estimable" with the reason; never inf or null.
        if let kl = estimate["kl"] as? Double {
            #expect(kl.isFinite && (estimate["kl_low"] as? Double ?? .infinity) <= kl && kl <= (estimate["kl_high"] as? Double ?? -1))
        } else {
            #expect(estimate["kl"] as? String == "not estimable")
            #expect((estimate["kl_note"] as? String)?.hasPrefix("not estimable: ") == true)
        }
        #expect(!sampled.standardOutput.contains("inf") && !sampled.standardOutput.contains("null"))
    }

    @Test func evalFallsBackToMonteCarloWithANote() throws {
        // Confidence order on words enumerates 26^5 joint draws at the first step alone.
        let result = try runUnmask("eval", "--target", "words", "--alpha", "linear", "--steps", "2", "--order", "confidence",
                                   "--samples", "500", "--format", "json")
        #expect(result.status == 0)
        #expect(result.standardError.contains("note: exact evaluation needs more than"))
        #expect((try result.json() as? [String: Any])?["method"] as? String == "monte-carlo")
    }

    @Test func tvHeatmapAndSearch() throws {
        let heatmap = try runUnmask("heatmap", "--metric", "tv", "--target", "paper-extremes", "--steps", "3",
                                    "--a", "0.9:0.9:1", "--b", "0.3:0.3:1", "--format", "csv")
        #expect(heatmap.csv.rows == [["0.9", "0.3", "0.0"]])
        let search = try runUnmask("search", "--target", "paper-extremes", "--steps", "3", "--top", "3", "--format", "csv")
        #expect(search.csv.header == ["rank", "a", "b", "tv", "energy", "discrete_energy"])
        #expect(search.csv.rows.count == 3)
        #expect(search.csv.rows[0][3] == "0.0")
    }
}
