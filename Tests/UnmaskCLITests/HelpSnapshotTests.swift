import Foundation
import Testing
import UnmaskTestSupport

/// `--help` of every command, compared with the snapshots in Snapshots/ exactly, so a change to
/// an option's text, default or limit is seen in review. Regenerate them with
///     UNMASK_UPDATE_SNAPSHOTS=1 swift test --filter HelpSnapshotTests
@Suite("CLI: --help of every command against its snapshot")
struct HelpSnapshotTests {
    static let commands = ["", "schedules", "schedule", "export", "energy", "heatmap", "targets", "info", "optimal", "frontier", "sample", "trajectory", "eval", "search", "sweep",
                           "scores", "scores import", "scores show", "scores speedup", "scores curves", "scores weight", "explore", "lesson"]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func snapshot(_ command: String) -> URL {
        folder.appendingPathComponent("help-\(command.isEmpty ? "unmask" : command.replacing(" ", with: "-")).txt")
    }

    @Test(arguments: commands)
    func helpMatchesItsSnapshot(command: String) throws {
        let arguments = command.split(separator: " ").map(String.init) + ["--help"]
        let result = try runUnmask(arguments, environment: ["COLUMNS": "100"])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let file = Self.snapshot(command)
        if ProcessInfo.processInfo.environment["UNMASK_UPDATE_SNAPSHOTS"] == "1" {
            try result.standardOutput.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(result.standardOutput == expected, """
            `unmask \(arguments.joined(separator: " "))` differs from \(file.lastPathComponent); regenerate with
                UNMASK_UPDATE_SNAPSHOTS=1 swift test --filter HelpSnapshotTests
            """)
    }

    /// Every command has a snapshot, and every snapshot a command.
    @Test func everySnapshotBelongsToACommand() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasPrefix("help-") }
        #expect(Set(files) == Set(Self.commands.map { Self.snapshot($0).lastPathComponent }))
    }

    /// Help is example-rich: every subcommand's help shows at least one example invocation.
    @Test(arguments: commands.filter { !$0.isEmpty })
    func helpHasExamples(command: String) throws {
        let help = try runUnmask(command.split(separator: " ").map(String.init) + ["--help"]).standardOutput
        #expect(help.contains("Examples:"))
        #expect(help.contains("unmask \(command)") || command == "explore")
    }
}
