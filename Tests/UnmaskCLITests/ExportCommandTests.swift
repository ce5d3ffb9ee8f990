import Foundation
import Testing
import UnmaskTestSupport

@Suite("CLI: unmask export writes the counts unmask schedule shows")
struct ExportCommandTests {
    static let roundings = ["cumulative", "llada", "stochastic"]

    /// The counts (JSON and CSV) are `unmask schedule`'s tokens column, for every rounding, with
    /// and without blocks.
    @Test(arguments: roundings, [nil, "32"] as [String?])
    func countsEqualTheScheduleTokens(rounding: String, blockLength: String?) throws {
        var plan = ["--alpha", "beta:0.9,0.3", "--length", "128", "--steps", "32", "--rounding", rounding, "--seed", "11"]
        if let blockLength { plan += ["--block-length", blockLength] }
        let schedule = try runUnmask(["schedule"] + plan + ["--format", "csv"])
        try #require(schedule.status == 0, "\(schedule.standardError)")
        let tokens = schedule.csv.rows.map { Int($0[5])! }

        let json = try runUnmask(["export"] + plan)
        #expect(json.status == 0, "\(json.standardError)")
        let object = try #require(try json.json() as? [String: Any])
        let counts = try #require(object["counts"] as? [[Int]])
        #expect(counts.flatMap { $0 } == tokens)
        #expect(counts.count == 128 / Int(blockLength ?? "128")!)
        #expect(object["block_length"] as? Int == Int(blockLength ?? "128"))
        #expect(object["rounding"] as? String == rounding)
        #expect(object["seed"] as? Int == 11)

        let csv = try runUnmask(["export"] + plan + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.standardError)")
        let rows = csv.standardOutput.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        #expect(rows.map { Int($0.split(separator: ",")[6])! } == tokens)
    }

    @Test func jsonKeysInTheirOrder() throws {
        let result = try runUnmask("export", "--alpha", "llada:linear", "--length", "10", "--steps", "4", "--rounding", "llada")
        #expect(result.status == 0)
        let keys = result.standardOutput.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  \"") else { return nil }
            return String(line.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(keys == ["format", "version", "alpha", "length", "steps", "block_length", "rounding", "seed", "t",
                         "alpha_values", "counts"])
        let object = try #require(try result.json() as? [String: Any])
        #expect(object["format"] as? String == "unmask-schedule/1")
        #expect(object["alpha"] as? String == "linear")
        #expect(object["block_length"] as? Int == 10)
        #expect(object["counts"] as? [[Int]] == [[3, 3, 2, 2]])
        #expect(object["t"] as? [Double] == [0, 0.25, 0.5, 0.75, 1])
        #expect(object["version"] as? String == (try runUnmask("--version")).standardOutput.trimmingCharacters(in: .newlines))
    }

    @Test func csvLayout() throws {
        let result = try runUnmask("export", "--alpha", "linear", "--length", "8", "--steps", "4", "--block-length", "4",
                                   "--format", "csv")
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.prefix(8).map { String($0.prefix { $0 != ":" }) } ==
                ["# format", "# alpha", "# length", "# steps", "# block_length", "# rounding", "# seed", "# version"])
        #expect(lines[8] == "block,step,t_start,t_end,alpha_start,alpha_end,tokens")
        #expect(Array(lines[9...]) == ["0,0,0.0,0.5,0.0,0.5,2", "0,1,0.5,1.0,0.5,1.0,2",
                                       "1,0,0.0,0.5,0.0,0.5,2", "1,1,0.5,1.0,0.5,1.0,2"])
    }

    @Test func outWritesTheFileAndSaysSo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("unmask-export-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try runUnmask("export", "--alpha", "cosine", "--length", "64", "--steps", "8", "--out", path)
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "unmask: wrote '\(path)' (unmask-schedule/1: 1 block of 8 steps)\n")
        let stdout = try runUnmask("export", "--alpha", "cosine", "--length", "64", "--steps", "8")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == stdout.standardOutput)
    }

    /// A full disk or an unwritable path: exit 74, one line, no success message, no file left.
    @Test(arguments: ["/dev/full", "/nonexistent/folder/schedule.json", "/"])
    func unwritableOutExits74(path: String) throws {
        let result = try runUnmask("export", "--alpha", "cosine", "--length", "64", "--steps", "8", "--out", path)
        #expect(result.status == 74, "\(path): \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("unmask: cannot write to '\(path)': "))
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(!result.standardError.contains("wrote"))
    }

    @Test func policyIsRefusedWithTheReason() throws {
        let result = try runUnmask("export", "--alpha", "linear", "--length", "8", "--steps", "2", "--policy", "threshold:0.9")
        #expect(result.status == 64)
        #expect(result.standardError == "unmask: --policy 'threshold:0.9': an adaptive decoding policy decides the counts at run time from the model's confidences, so it cannot be exported as counts\n")
        #expect(try runUnmask("export", "--help").standardOutput.contains("cannot be exported as counts"))
    }
}
