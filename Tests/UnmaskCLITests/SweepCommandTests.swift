import Foundation
import Testing
import UnmaskTestSupport

/// `unmask sweep` end to end: the plan directory it writes, read back as JSON and run with a
/// stand-in launcher.
@Suite("CLI sweep: plan.jsonl, schedule files, scripts that run and re-run")
struct SweepCommandTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("unmask sweep \"plan\" \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func planLines(in folder: URL) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent("plan.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func thePlanListsEveryCellWithItsFieldsAndScheduleFilesEqualExport() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("round 1").path
        let result = try runUnmask(["sweep", "--a", "0.3:0.9:3", "--b", "0.5:1:2", "--steps", "8,16", "--length", "64",
                                    "--block-length", "32", "--task", "gsm8k,bbh", "--model-path", "/models/it's LLaDA",
                                    "--limit", "50", "--out", out])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("planned 24 cells (2 tasks × 2 steps values × 6 points)"))
        let lines = try Self.planLines(in: URL(fileURLWithPath: out))
        #expect(lines.count == 24)
        let keys = ["id", "a", "b", "steps", "gen_length", "block_length", "task", "schedule_file", "output_path", "command", "limit"]
        var ids = Set<String>()
        for line in lines {
            // the keys in the contract's order
            let order = keys.compactMap { line.range(of: "\"\($0)\": ")?.lowerBound }
            #expect(order.count == keys.count && order == order.sorted(), "\(line)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            ids.insert(id)
            #expect(object["gen_length"] as? Int == 64 && object["block_length"] as? Int == 32 && object["limit"] as? Int == 50)
            let a = try #require(object["a"] as? Double), b = try #require(object["b"] as? Double)
            let steps = try #require(object["steps"] as? Int)
            #expect([0.3, 0.6, 0.9].contains(a) && [0.5, 1].contains(b) && [8, 16].contains(steps))
            #expect(object["output_path"] as? String == out + "/results/" + id)
            let command = try #require(object["command"] as? String)
            #expect(command.contains("--tasks \(object["task"] as! String) --model llada_dist"))
            #expect(command.contains(#"'model_path=/models/it'\''s LLaDA,gen_length=64,steps=\#(steps),block_length=32,"#))
            // the schedule file is exactly what `unmask export` writes for the cell
            let file = try #require(object["schedule_file"] as? String)
            let spec = String(format: "beta:%g,%g", a, b)
            let exported = try runUnmask(["export", "--alpha", spec, "--length", "64", "--steps", "\(steps)", "--block-length", "32"])
            #expect(try String(contentsOfFile: file, encoding: .utf8) == exported.standardOutput, "\(file) vs export \(spec)")
        }
        #expect(ids.count == 24)
        let schedules = try FileManager.default.contentsOfDirectory(atPath: out + "/schedules")
        #expect(schedules.count == 12)   // shared by the two tasks
        let runScript = try String(contentsOfFile: out + "/run.sh", encoding: .utf8)
        for line in lines {
            let command = try #require((try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["command"] as? String)
            #expect(runScript.contains(" \(command) || failed+="))
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: out + "/run.sh")
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o111 != 0 } == true)
    }

    @Test func runShWithAStandInLauncherProducesResultsAndARerunSkipsThem() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("plan").path
        let result = try runUnmask(["sweep", "--a", "0.5:1:2", "--b", "0.5:0.5:1", "--steps", "4", "--length", "16",
                                    "--task", "toy", "--out", out,
                                    "--launcher", "cp {schedule_file} {output_path}/results_2026-12-03T00-00-00.json"])
        #expect(result.status == 0, "\(result.standardError)")
        let first = try runBash("bash \"$1\"", [out + "/run.sh"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("running 0-toy-n4-a0.5-b0.5") && first.standardOutput.contains("running 1-toy-n4-a1-b0.5"))
        #expect(FileManager.default.fileExists(atPath: out + "/results/1-toy-n4-a1-b0.5/results_2026-12-03T00-00-00.json"))
        let again = try runBash("bash \"$1\"", [out + "/run.sh"])
        #expect(again.status == 0 && !again.standardOutput.contains("running"))
        #expect(again.standardOutput.contains("all 2 cells have results"))
    }

    @Test(arguments: ["/dev/null/plan", "/proc/unmask-plan"])
    func anUnwritablePlanDirectoryExits74(_ out: String) throws {
        let result = try runUnmask(["sweep", "--steps", "8", "--length", "64", "--task", "gsm8k", "--model-path", "/m", "--out", out])
        #expect(result.status == 74, "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1 && !result.standardError.contains("planned"))
    }

    @Test func aRefinedRoundIsTheNeighbourhoodOfTheBestMeasuredCells() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("round 1.csv")
        try """
            schedule,a,b,task,steps,gen_length,metric,score,stderr
            "beta:0.1,0.1",0.1,0.1,gsm8k,8,64,"exact_match,strict-match",0.1,
            "beta:0.2,0.1",0.2,0.1,gsm8k,8,64,"exact_match,strict-match",0.3,
            "beta:0.1,0.2",0.1,0.2,gsm8k,8,64,"exact_match,strict-match",0.2,
            "beta:0.1,0.2",0.1,0.2,gsm8k,8,64,"exact_match,flexible-extract",0.9,
            cosine,,,gsm8k,8,64,"exact_match,strict-match",0.95,

            """.write(to: csv, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("round2").path
        let result = try runUnmask(["sweep", "--refine-from", csv.path, "--top", "1", "--steps", "8", "--length", "64",
                                    "--task", "gsm8k", "--model-path", "/m", "--out", out])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("planned 9 cells"))
        let points = try Self.planLines(in: URL(fileURLWithPath: out)).map { line -> [Double] in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return [try #require(object["a"] as? Double), try #require(object["b"] as? Double)]
        }
        // the best strict-match Beta cell is (0.2, 0.1) (cosine has no (a, b); flexible-extract is
        // another metric); the measured spacing is 0.1 on both axes, so ±0.05 around it
        #expect(points.first == [0.2, 0.1])
        #expect(Set(points) == Set([0.15, 0.2, 0.25].flatMap { a in [0.05, 0.1, 0.15].map { [a, $0] } }))
    }
}
