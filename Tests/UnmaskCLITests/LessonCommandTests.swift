import Foundation
import Testing
import UnmaskTestSupport

/// `unmask lesson`: the list of the bundled lessons, --check's exit status and problem lines,
/// the lookup folders, and the terminal it needs.
@Suite("CLI lesson: list, check and start lessons")
struct LessonCommandTests {
    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unmask-lesson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let minimal = """
        title = "Mine"
        [[slide]]
        title = "Only"
        text = "one slide"
        """

    @Test func theListHasTheBundledLessonsAsCSV() throws {
        let result = try runUnmask(["lesson", "--list", "--format", "csv"], environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first == "name,title,slides")
        let rows = lines.dropFirst().map { $0.split(separator: ",") }
        for number in 1...4 {
            let row = try #require(rows.first { $0.first?.hasPrefix("\(number)-") == true }, "no lesson \(number)")
            let slides = try #require(Int(row.last ?? ""))
            #expect((6...12).contains(slides))
        }
    }

    /// --lessons-dir comes first, and its lessons are listed beside the bundled ones.
    @Test func theLessonsFolderIsSearchedFirst() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.minimal.write(to: folder.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        let result = try runUnmask(["lesson", "--list", "--format", "csv", "--lessons-dir", folder.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("mine,Mine,1\n"))
        #expect(result.standardOutput.contains("1-mask-schedules,"))
    }

    @Test func aValidFileChecksWithStatusZero() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.toml")
        try Self.minimal.write(to: file, atomically: true, encoding: .utf8)
        let result = try runUnmask(["lesson", "--check", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput == "\(file.path): valid\n")
        #expect(result.standardError.isEmpty)
    }

    /// One line per problem, FILE:line:col: message, and status 64.
    @Test func anInvalidFileGivesOneLinePerProblem() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.toml")
        try "title = \"x\"\n[[slide]]\ntitle = \"a\"\ntext = \"b\"\nsteps = 0\nbogus = 1\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try runUnmask(["lesson", "--check", file.path])
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("\(file.path):5:9: slide 1: steps: ") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("\(file.path):6:9: slide 1: unknown key 'bogus'") == true, "\(lines)")
    }

    @Test func everyBundledLessonChecks() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lessons")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        #expect(files.count >= 4)
        for file in files {
            let result = try runUnmask(["lesson", "--check", folder.appendingPathComponent(file).path])
            #expect(result.status == 0, "\(file): \(result.standardError)")
        }
    }

    /// Like `explore`, a lesson refuses to start without a terminal, before touching it.
    @Test func aLessonNeedsATerminal() throws {
        let result = try runUnmask(["lesson", "1-mask-schedules"])
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        let explore = try runUnmask(["explore"])
        #expect(result.standardError == explore.standardError, "\(result.standardError)")
        #expect(result.standardError.contains("needs a terminal"))
    }

    @Test func anUnknownLessonNamesTheAvailableOnes() throws {
        let result = try runUnmask(["lesson", "nope\u{1B}[2J"])
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("unmask: unknown lesson 'nope"))
        #expect(!result.standardError.contains("\u{1B}"))
        #expect(result.standardError.contains("1-mask-schedules"))
    }

    @Test(arguments: [[], ["--list", "--check", "x.toml"], ["1-mask-schedules", "--list"], ["1-mask-schedules", "--format", "csv"]])
    func modesAreExclusive(arguments: [String]) throws {
        let result = try runUnmask(["lesson"] + arguments)
        #expect(result.status == 64)
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
    }
}
