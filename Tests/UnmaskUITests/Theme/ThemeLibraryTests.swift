import Foundation
import Glibc
import Testing
import UnmaskUI

@Suite("UI themes: lookup order and listing")
struct ThemeLibraryTests {
    @Test func earlierFoldersWin() throws {
        let first = try TemporaryFolder(), second = try TemporaryFolder()
        try first.write("dark.toml", "[ui]\nfg = \"red\"\n")
        try second.write("dark.toml", "[ui]\nfg = \"blue\"\n")
        try second.write("extra.toml", "description = \"only here\"\n")
        let library = ThemeLibrary(folders: [first.path, second.path])
        #expect(try library.load("dark").theme.base.foreground == .ansi(1))
        #expect(library.available().map(\.name) == ["dark", "extra"])
        #expect(try library.load("extra").theme.description == "only here")
    }

    @Test func unknownNamesListWhatExists() throws {
        let folder = try TemporaryFolder()
        try folder.write("solar.toml", "")
        let library = ThemeLibrary(folders: [folder.path])
        #expect(throws: ThemeError.notFound(name: "lunar", available: ["solar"])) { try library.load("lunar") }
    }

    @Test func theStandardNameWorksWithoutAnyFolder() throws {
        let library = ThemeLibrary(folders: [])
        #expect(try library.load("dark").theme == Theme.standard)
    }

    @Test func pathsLoadDirectly() throws {
        let folder = try TemporaryFolder()
        try folder.write("mine.toml", "description = \"mine\"\n")
        #expect(try ThemeLibrary(folders: []).load(folder.path + "/mine.toml").theme.name == "mine")
    }

    @Test func unreadableThemesNameThePathAndTheReason() throws {
        let folder = try TemporaryFolder()
        let library = ThemeLibrary(folders: [folder.path])
        #expect(mkfifo(folder.path + "/fifo.toml", 0o600) == 0)
        #expect(symlink(folder.path + "/b.toml", folder.path + "/a.toml") == 0)
        #expect(symlink(folder.path + "/a.toml", folder.path + "/b.toml") == 0)
        try FileManager.default.createDirectory(atPath: folder.path + "/dir.toml", withIntermediateDirectories: false)
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x0D, 0x0A, 0xFF]).write(to: URL(fileURLWithPath: folder.path + "/latin1.toml"))
        let cases: [(String, String)] = [
            ("fifo", "is not a regular file (a FIFO)"), ("a", "too many levels of symbolic links"),
            ("dir", "is a directory"), ("latin1", "line 2, column 1: byte 0xFF is not valid UTF-8"),
        ]
        for (name, reason) in cases {
            let file = folder.path + "/" + name + ".toml"
            #expect(throws: ThemeError.unreadable(file: file, reason: reason)) { try library.load(name) }
            #expect(throws: ThemeError.unreadable(file: file, reason: reason)) { try library.load(file) }
        }
        #expect(throws: ThemeError.unreadable(file: folder.path + "/none.toml", reason: "no such file or directory")) {
            try library.load(folder.path + "/none.toml")
        }
        #expect(throws: ThemeError.unreadable(file: "/dev/zero", reason: "is not a regular file (a character device)")) {
            try library.load("/dev/zero")
        }
        #expect(ThemeError.unreadable(file: "\u{1B}[2J/x.toml", reason: "is a directory").description == "theme \\e[2J/x.toml: is a directory")
    }

    @Test func crlfThemesLoad() throws {
        let folder = try TemporaryFolder()
        try folder.write("crlf.toml", "description = \"windows\"\r\n[ui]\r\nfg = \"red\"\r\nfgg = 1\r\n")
        let loaded = try ThemeLibrary(folders: [folder.path]).load("crlf")
        #expect(loaded.theme.description == "windows" && loaded.theme.base.foreground == .ansi(1))
        #expect(loaded.warnings.map(\.line) == [4])
    }

    @Test func xdgConfigFolderComesAfterThemesDirAndBeforeBundled() throws {
        let explicit = try TemporaryFolder(), config = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: config.path + "/unmask/themes", withIntermediateDirectories: true)
        let library = ThemeLibrary.standard(themesDirectory: explicit.path, environment: ["XDG_CONFIG_HOME": config.path],
                                            executablePath: "/nonexistent/unmask")
        #expect(library.folders.prefix(2) == [explicit.path, config.path + "/unmask/themes"])
        #expect(library.folders.last == ShippedThemes.folder)
    }
}
