import Foundation
import Testing
import UnmaskTestSupport

@Suite("CLI: info, optimal and heatmap --metric kl-orders")
struct InformationCommandTests {
    /// paper-extremes: Z = (0, ln 2, ln 2, ln 2, ln 2), TC = 4 ln 2, DTC = H(q) = ln 2.
    @Test func infoJSON() throws {
        let result = try runUnmask("info", "--target", "paper-extremes", "--format", "json")
        #expect(result.status == 0)
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["target"] as? String == "paper-extremes")
        #expect(object["n"] as? Int == 5)
        let z = try #require(object["z"] as? [Double])
        #expect(z.count == 5 && z[0] == 0 && z.dropFirst().allSatisfy { abs($0 - log(2)) < 1e-15 })
        #expect(abs((object["tc"] as? Double ?? 0) - 4 * log(2)) < 1e-12)
        #expect(abs((object["dtc"] as? Double ?? 0) - log(2)) < 1e-12)
        #expect(abs((object["entropy"] as? Double ?? 0) - log(2)) < 1e-12)
        #expect((object["position_entropies"] as? [Double])?.count == 5)
    }

    /// copy: Z_j = (j − 1)/7·ln 2 in the columns j,z.
    @Test func infoCSVAndTable() throws {
        let result = try runUnmask("info", "--target", "copy", "--format", "csv")
        #expect(result.csv.header == ["j", "z"])
        #expect(result.csv.rows.map { $0[0] } == (1...8).map(String.init))
        for row in result.csv.rows {
            #expect(abs(Double(row[1])! - Double(Int(row[0])! - 1) / 7 * log(2)) < 1e-14)
        }
        let table = try runUnmask("info", "--target", "copy", "--format", "table")
        #expect(table.status == 0)
        #expect(table.lines.first == "target   copy")
        #expect(table.lines.contains { $0.hasPrefix("j") && $0.hasSuffix("position_entropy") })
    }

    /// A target file whose 2^n position sets are beyond the work limit is refused in one line.
    @Test func infoRefusesTooLongTargets() throws {
        let path = NSTemporaryDirectory() + "unmask-info-\(UUID().uuidString).txt"
        try (String(repeating: "a", count: 40) + "\n" + String(repeating: "b", count: 40) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try runUnmask("info", "--target-file", path)
        #expect(result.status == 64)
        #expect(result.standardError.contains("n = 40") && result.standardError.split(separator: "\n").count == 1)
    }

    /// paper-extremes, N = 3: one revealed token determines the rest (Z_j = ln 2 for j ≥ 2), so
    /// KL̄ = 4 ln 2 − s_2·ln 2 − s_3·ln 2 = (s_1 − 1)·ln 2 is 0 for every profile with s_1 = 1, and
    /// the lexicographically first of them is 1,1,3. A Beta schedule revealing one token first
    /// reaches it too.
    @Test func optimalJSON() throws {
        let result = try runUnmask("optimal", "--target", "paper-extremes", "--steps", "3", "--format", "json")
        #expect(result.status == 0)
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["target"] as? String == "paper-extremes")
        #expect(object["steps"] as? Int == 3)
        #expect(object["counts"] as? [Int] == [1, 1, 3])
        let optimum = try #require(object["kl_orders"] as? Double)
        #expect(optimum == 0)
        let beta = try #require(object["best_beta_kl_orders"] as? Double)
        #expect(beta == 0)
        #expect(object["best_beta_a"] is Double && object["best_beta_b"] is Double)
        #expect(abs((object["gap"] as? Double ?? -1) - (beta - optimum)) < 1e-12)
    }

    @Test func optimalRefusesBadSteps() throws {
        for steps in ["0", "6", "99999999999999999999"] {
            let result = try runUnmask("optimal", "--target", "paper-balanced", "--steps", steps)
            #expect(result.status == 64, "--steps \(steps)")
            #expect(result.standardError.split(separator: "\n").count == 1)
        }
        let stochastic = try runUnmask("optimal", "--target", "paper-balanced", "--steps", "2", "--rounding", "stochastic")
        #expect(stochastic.status == 64 && stochastic.standardError.contains("stochastic"))
    }

    /// The kl-orders plane on long-chain (n = 12, beyond the exact sampler DP) has every cell.
    @Test func heatmapKLOrders() throws {
        let result = try runUnmask("heatmap", "--metric", "kl-orders", "--target", "long-chain", "--steps", "4",
                                   "--a", "0.1:3:16:log", "--b", "0.1:3:16:log", "--format", "csv")
        #expect(result.status == 0)
        #expect(result.csv.header == ["a", "b", "value"])
        #expect(result.csv.rows.count == 256)
        #expect(result.csv.rows.allSatisfy { Double($0[2]).map { $0 >= 0 && $0.isFinite } == true })
        let confidence = try runUnmask("heatmap", "--metric", "kl-orders", "--target", "copy", "--steps", "4", "--order", "confidence")
        #expect(confidence.status == 64 && confidence.standardError.contains("--order random"))
    }

    /// The contract's columns (plus evaluation); paper-extremes at N = 1 reveals all five tokens
    /// at once, so every schedule row has KL̄ = TC = 4 ln 2 ≥ its KL; a policy row has no N and no
    /// KL̄ (empty in CSV, null in JSON).
    /// A KLASS spec keeps its own comma inside --policies; its parameter column is both values.
    @Test func frontierReadsKLASSSpecs() throws {
        let result = try runUnmask("frontier", "--target", "paper-extremes", "--steps", "1", "--policies",
                                   "klass:0.9,0.5,threshold:0.9,klass:0.9,1", "--format", "csv")
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.csv.rows.dropFirst(4)
        #expect(rows.map { [$0[0], $0[1]] } == [["klass", "0.9,0.5"], ["threshold", "0.9"], ["klass", "0.9,1"]])
        #expect(rows.map { Double($0[3]) } == [3, 2, 2])
        let sweep = try runUnmask("frontier", "--target", "paper-extremes", "--steps", "1", "--policies", "klass", "--format", "csv")
        #expect(sweep.csv.rows.dropFirst(4).map { $0[1] } == ["0.05,0.3", "0.15,0.3", "0.25,0.3", "0.35,0.3", "0.45,0.3",
                                                                "0.55,0.3", "0.65,0.3", "0.75,0.3", "0.85,0.3", "0.95,0.3"])
    }

    @Test func frontierCSVAndJSON() throws {
        let result = try runUnmask("frontier", "--target", "paper-extremes", "--steps", "1,3", "--policies", "threshold,entropy-bound:0.5",
                                   "--format", "csv")
        #expect(result.status == 0)
        #expect(result.csv.header == ["method", "parameter", "steps", "nfe_mean", "tv", "kl", "kl_orders", "evaluation"])
        let rows = result.csv.rows
        #expect(rows.map { $0[0] } == ["linear", "sin2", "best-beta", "optimal", "linear", "sin2", "best-beta", "optimal"]
                + Array(repeating: "threshold", count: 10) + ["entropy-bound"])
        for row in rows.prefix(4) {
            #expect(row[2] == "1" && Double(row[3]) == 1 && abs(Double(row[6])! - 4 * log(2)) < 1e-12 && Double(row[5])! <= Double(row[6])! + 1e-12)
        }
        #expect(rows[3][1] == "counts:5" && rows[7][1] == "counts:1,1,3" && rows[2][1].hasPrefix("beta:"))
        #expect(rows[8][1] == "0.05" && rows[17][1] == "0.95" && rows[18][1] == "0.5")
        for row in rows.dropFirst(8) {
            #expect(row[2].isEmpty && row[6].isEmpty && row[7] == "exact")
            #expect((1...5).contains(Double(row[3])!))
        }
        let json = try runUnmask("frontier", "--target", "paper-extremes", "--steps", "2", "--policies", "threshold:0.9", "--format", "json")
        let objects = try #require(try json.json() as? [[String: Any]])
        #expect(objects.count == 5)
        #expect(objects[4]["method"] as? String == "threshold" && objects[4]["kl_orders"] is NSNull && objects[4]["steps"] is NSNull)
        #expect(objects[0]["steps"] as? Int == 2 && objects[0]["kl_orders"] is Double)
    }

    @Test func frontierRefusesBadInput() throws {
        for arguments in [["--steps", "6"], ["--steps", "2,2"], ["--policies", "threshold:x"], ["--policies", "bogus"], ["--temperature", "-1"]] {
            let result = try runUnmask(["frontier", "--target", "paper-balanced"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.standardError.split(separator: "\n").count == 1, "\(arguments)")
        }
    }
}
