import Foundation
import Glibc
import Testing
import UnmaskCore

/// A scratch folder under the temporary directory, removed when the value goes away.
final class ScratchFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "unmask-core-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes bytes to a file of the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

@Suite("Support: bounded text files")
struct TextFileTests {
    private func reason(_ path: String, limit: Int = Limits.maximumFileBytes) -> TextFileError? {
        do {
            _ = try TextFile(path: path, limit: limit)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsUTF8() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("ok.txt", "å\r\nb\n")
        #expect(try TextFile(path: path).text == "å\r\nb\n")
        #expect(try TextFile(path: try folder.write("empty.txt", "")).text == "")
    }

    @Test func everyUnreadableKindHasItsReason() throws {
        let folder = try ScratchFolder()
        #expect(reason(folder.path + "/missing.txt") == .notFound)
        #expect(reason(folder.path) == .isDirectory)
        #expect(mkfifo(folder.path + "/fifo", 0o600) == 0)
        #expect(reason(folder.path + "/fifo") == .notRegularFile(kind: "a FIFO"))  // and does not block
        #expect(reason("/dev/null") == .notRegularFile(kind: "a character device"))
        #expect(reason("/dev/zero") == .notRegularFile(kind: "a character device"))
        #expect(symlink(folder.path + "/loop-b", folder.path + "/loop-a") == 0)
        #expect(symlink(folder.path + "/loop-a", folder.path + "/loop-b") == 0)
        #expect(reason(folder.path + "/loop-a") == .symbolicLinkLoop)
        #expect(symlink("/dev/zero", folder.path + "/zero") == 0)
        #expect(reason(folder.path + "/zero") == .notRegularFile(kind: "a character device"))
        let file = try folder.write("plain.txt", "x")
        #expect(reason(file + "/below") == .system("a component of the path is not a folder"))
        #expect(reason("a\u{0}b") == .system("the path contains a NUL character"))
    }

    @Test func socketsAreRefused() throws {
        let folder = try ScratchFolder()
        let path = folder.path + "/socket"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in raw.copyBytes(from: path.utf8.prefix(raw.count - 1)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        #expect(reason(path) == .notRegularFile(kind: "a socket"))
    }

    /// Root reads any file, so this case cannot be made there: it shows as skipped, not passed.
    @Test(.enabled(if: geteuid() != 0, "running as root, where permission bits do not apply"))
    func permissionDenied() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("locked.txt", "x")
        #expect(chmod(path, 0) == 0)
        #expect(reason(path) == .permissionDenied)
    }

    @Test func sizeIsBounded() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("big.txt", [UInt8](repeating: 0x61, count: 1001))
        #expect(reason(path, limit: 1000) == .tooLarge(limit: 1000))
        #expect(try TextFile(path: path, limit: 1001).text.count == 1001)
        #expect(TextFileError.tooLarge(limit: Limits.maximumFileBytes).description.contains("16 MiB"))
    }

    @Test func invalidUTF8NamesLineAndColumn() throws {
        let folder = try ScratchFolder()
        let path = try folder.write("latin1.txt", Array("abc\r\nå".utf8) + [0x20, 0xE9, 0x0A])
        #expect(reason(path) == .invalidUTF8(line: 2, column: 3, byte: 0xE9))
        #expect(TextFileError.invalidUTF8(line: 2, column: 3, byte: 0xE9).description
            == "line 2, column 3: byte 0xE9 is not valid UTF-8")
        let lone = try folder.write("cr.txt", [0x61, 0x0D, 0x62, 0x0D, 0x0A, 0xFF])
        #expect(reason(lone) == .invalidUTF8(line: 3, column: 1, byte: 0xFF))
    }

    @Test func linesEndAtLFCRLFOrCR() {
        #expect(Array(TextFile.lines(of: "a\nb\r\nc\rd")) == ["a", "b", "c", "d"])
        #expect(Array(TextFile.lines(of: "a\r\n")) == ["a", ""])
        #expect(Array(TextFile.lines(of: "a\r")) == ["a", ""])
        #expect(Array(TextFile.lines(of: "\r\n\r\n")) == ["", "", ""])
        #expect(Array(TextFile.lines(of: "")) == [""])
        #expect(Array(TextFile.lines(of: "é\r\nü")) == ["é", "ü"])
    }
}
