import Foundation
import Glibc
import Testing
import UnmaskTestSupport

/// Target files and themes of every unreadable kind, CRLF line ends and the size limits, run
/// through the built executable: exit 64 with one line naming the path and the reason, or the
/// same output as the LF file.
@Suite("CLI: target files and themes")
struct FileInputTests {
    /// A scratch folder removed when the value goes away.
    final class Folder {
        let path = NSTemporaryDirectory() + "unmask-cli-files-" + UUID().uuidString

        init() throws {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }

        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
            return path + "/" + name
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    private static let eval = ["eval", "--alpha", "linear", "--steps", "2", "--format", "json"]

    private func expectOneLine(_ arguments: [String], _ mentions: [String]) throws {
        let result = try runUnmask(arguments)
        #expect(result.status == 64, "\(arguments): \(result.status) \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
        #expect(!result.standardError.dropLast().unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" })
        for mention in mentions {
            #expect(result.standardError.contains(mention), "\(arguments): \(result.standardError)")
        }
    }

    @Test func unreadableTargetFiles() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.path + "/fifo", 0o600) == 0)
        #expect(symlink(folder.path + "/b", folder.path + "/a") == 0 && symlink(folder.path + "/a", folder.path + "/b") == 0)
        let latin1 = try folder.write("latin1.txt", [0x61, 0x62, 0x0D, 0x0A, 0x62, 0xE9, 0x0A])
        let cases: [(String, String)] = [
            (folder.path + "/fifo", "is not a regular file (a FIFO)"), (folder.path, "is a directory"),
            (folder.path + "/a", "too many levels of symbolic links"), ("/dev/zero", "(a character device)"),
            (folder.path + "/none", "no such file or directory"), (latin1, "line 2, column 2: byte 0xE9 is not valid UTF-8"),
        ]
        for (path, reason) in cases {
            try expectOneLine(Self.eval + ["--target-file", path], ["cannot read target file \(path): ", reason])
        }
        try expectOneLine(Self.eval + ["--target-file", folder.path + "/\u{1B}[2J"], ["\\e[2J: no such file"])
    }

    @Test func limitsOfTargetFiles() throws {
        let folder = try Folder()
        let cases: [(String, [UInt8], String)] = [
            ("long.txt", Array(repeating: 0x61, count: 1_000_000) + [0x0A], "long.txt:1: line of 1000000 bytes"),
            ("lines.txt", Array(String(repeating: "ab\n", count: 100_000).utf8), "lines.txt:65537: more than 65536 sequences"),
            ("wide.txt", Array((String(repeating: "a", count: 300) + "\n").utf8), "wide.txt:1: sequence of 300 tokens"),
            ("weight.txt", Array("ab 1\nba \u{1B}[2J\n".utf8), "weight.txt:2: weight '\\e[2J'"),
        ]
        for (name, bytes, mention) in cases {
            try expectOneLine(Self.eval + ["--target-file", try folder.write(name, bytes)], [mention])
        }
    }

    @Test func crlfTargetFilesMatchLF() throws {
        let folder = try Folder()
        let text = "# a comment\naab 2\nabb\n\nbba 0.5\nbbb"
        var outputs: [String] = []
        for (name, newline) in [("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")] {
            let path = try folder.write("t.txt", Array((text.replacingOccurrences(of: "\n", with: newline) + newline).utf8))
            let result = try runUnmask(Self.eval + ["--target-file", path])
            #expect(result.status == 0, "\(name): \(result.standardError)")
            outputs.append(result.standardOutput)
        }
        #expect(outputs[0].contains("\"bba\""))
        #expect(outputs.allSatisfy { $0 == outputs[0] })
    }

    @Test func hugeWeightsStillNormalise() throws {
        let folder = try Folder()
        let path = try folder.write("huge.txt", Array("ab 1e308\nba 1e308\n".utf8))
        let result = try runUnmask(Self.eval + ["--target-file", path])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect((report["most_likely"] as? [Any])?.count == 2, "\(result.standardOutput)")
    }

    @Test func unreadableThemes() throws {
        let folder = try Folder()
        #expect(mkfifo(folder.path + "/fifo.toml", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: folder.path + "/dir.toml", withIntermediateDirectories: false)
        let crlf = try folder.write("crlf.toml", Array("name = \"x\"\r\n[ui]\r\nfg = \"#+fffff\"\r\n".utf8))
        let cases: [(String, String)] = [
            (folder.path + "/fifo.toml", "is not a regular file (a FIFO)"), (folder.path + "/dir.toml", "is a directory"),
            (folder.path + "/none.toml", "no such file or directory"),
            (crlf, "crlf.toml:3:6: ui.fg: '#+fffff' is not a colour"),
        ]
        for (path, reason) in cases {
            try expectOneLine(["explore", "--theme", path], ["theme \(path)", reason])
        }
    }

    @Test func manyThemeWarningsAreCapped() throws {
        let folder = try Folder()
        let source = "[ui]\n" + (0..<100_000).map { "k\($0) = 1\n" }.joined()
        let path = try folder.write("many.toml", Array(source.utf8))
        let result = try runUnmask(["explore", "--theme", path])
        let lines = result.standardError.split(separator: "\n")
        // 20 warnings, the count of the rest, and the refusal to start without a terminal.
        #expect(lines.count == 22, "\(lines.prefix(3))")
        #expect(lines[20] == "unmask: warning: theme \(path): 99980 more warnings not shown")
    }
}
