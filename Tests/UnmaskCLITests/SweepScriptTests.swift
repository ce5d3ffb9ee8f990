import Foundation
import Testing
import UnmaskCore
import UnmaskTestSupport

/// The sweep's shell text read back by bash itself (the reference for quoting), and its scripts
/// run with stand-in launchers and checked with `bash -n` and shellcheck.
@Suite("Sweep scripts: quoting as bash reads it, skipping, failures, the Slurm array")
struct SweepScriptTests {
    static let shellcheck = executableOnPath("shellcheck")

    static let awkward = ["plain", "two words", "it's", #"say "hi""#, "$HOME", "`date`", #"back\slash"#, "new\nline",
                          "", "~user", "*.json", "tab\there", "ünï", "a,b=c", "-n", "!bang", "semi;colon", "#hash"]

    @Test func bashReadsEveryQuotedWordBackExactly() throws {
        let line = Self.awkward.map(ShellWord.quoted).joined(separator: " ")
        let result = try runBash("printf '%s\\0' \(line)")
        #expect(result.status == 0)
        #expect(result.standardOutput.split(separator: "\0", omittingEmptySubsequences: false).dropLast().map(String.init)
                == Self.awkward)
    }

    /// A plan directory in a fresh temporary folder whose name has a space and a quote.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("unmask sweep's \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Cells whose "launcher" writes a results file into the output path (or fails, for `fail`).
    static func entries(in folder: URL, failing fail: Set<Int> = []) -> [SweepScripts.Entry] {
        (0..<3).map { index in
            let output = folder.appendingPathComponent("results/cell \(index)").path
            let command = fail.contains(index) ? "false"
                : ["touch", output + "/results_2026-12-03.json"].map(ShellWord.quoted).joined(separator: " ")
            return SweepScripts.Entry(id: "\(index)-task-n8-a0.5-b0.5", outputPath: output, command: command)
        }
    }

    @Test func runShRunsEachCellOnceAndARerunSkipsThem() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("run.sh")
        try SweepScripts.runScript(Self.entries(in: folder), version: "test").write(to: script, atomically: true, encoding: .utf8)
        let first = try runBash("bash \"$1\"", [script.path])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.components(separatedBy: "running").count - 1 == 3)
        for index in 0..<3 {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("results/cell \(index)/results_2026-12-03.json").path))
        }
        let second = try runBash("bash \"$1\"", [script.path])
        #expect(second.status == 0 && !second.standardOutput.contains("running"))
        #expect(second.standardOutput.components(separatedBy: "skipped").count - 1 == 3)
    }

    @Test func aFailingCellDoesNotStopTheOthersAndIsNamedAtTheEnd() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("run.sh")
        try SweepScripts.runScript(Self.entries(in: folder, failing: [1]), version: "test").write(to: script, atomically: true, encoding: .utf8)
        let result = try runBash("bash \"$1\"", [script.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("1 of 3 cells failed: 1-task-n8-a0.5-b0.5"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("results/cell 2/results_2026-12-03.json").path))
    }

    @Test func theSlurmArrayRunsTheCellOfItsTaskId() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("slurm.sbatch")
        let text = SweepScripts.slurmScript(Self.entries(in: folder), gpus: 4, extra: ["time=04:00:00"], version: "test")
        try text.write(to: script, atomically: true, encoding: .utf8)
        #expect(text.contains("#SBATCH --array=0-2\n#SBATCH --gres=gpu:4\n#SBATCH --time=04:00:00\n"))
        let one = try runBash("bash \"$1\"", [script.path], environment: ["SLURM_ARRAY_TASK_ID": "1"])
        #expect(one.status == 0, "\(one.standardError)")
        let made = (0..<3).map { FileManager.default.fileExists(atPath: folder.appendingPathComponent("results/cell \($0)/results_2026-12-03.json").path) }
        #expect(made == [false, true, false])
        let outside = try runBash("bash \"$1\"", [script.path], environment: ["SLURM_ARRAY_TASK_ID": "3"])
        #expect(outside.status == 64 && outside.standardError.contains("no cell 3"))
        let unset = try runBash("bash \"$1\"", [script.path], environment: ["SLURM_ARRAY_TASK_ID": nil])
        #expect(unset.status != 0 && unset.standardError.contains("sbatch"))
    }

    /// Both scripts for two cells of the default launcher with an awkward model path.
    static func scripts(in folder: URL) throws -> [(name: String, url: URL)] {
        let template = LauncherTemplate.llada(limit: true)
        let entries = try (0..<2).map { index in
            SweepScripts.Entry(id: "\(index)-gsm8k", outputPath: folder.appendingPathComponent("results/\(index)").path,
                               command: try template.command { field in
                                   field == .modelPath ? "/models/it's \"LLaDA\" $8B" : field == .outputPath ? folder.path + "/r" : "x"
                               })
        }
        return try [("run.sh", SweepScripts.runScript(entries, version: "test")),
                    ("slurm.sbatch", SweepScripts.slurmScript(entries, gpus: 1, extra: [], version: "test"))].map { name, text in
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return (name, url)
        }
    }

    @Test func bothScriptsParse() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, url) in try Self.scripts(in: folder) {
            let syntax = try runBash("bash -n \"$1\"", [url.path])
            #expect(syntax.status == 0, "\(name): \(syntax.standardError)")
        }
    }

    @Test(.enabled(if: shellcheck != nil, "shellcheck not found: the sweep scripts are only parsed with bash -n (.ci/run installs shellcheck)"))
    func bothScriptsPassShellcheck() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, url) in try Self.scripts(in: folder) {
            let lint = try runBash("\"$1\" -s bash \"$2\"", [Self.shellcheck ?? "shellcheck", url.path])
            #expect(lint.status == 0, "\(name): \(lint.standardOutput)")
        }
    }
}
