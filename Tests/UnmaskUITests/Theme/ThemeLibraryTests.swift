import Foundation
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

    @Test func xdgConfigFolderComesAfterThemesDirAndBeforeBundled() throws {
        let explicit = try TemporaryFolder(), config = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: config.path + "/unmask/themes", withIntermediateDirectories: true)
        let library = ThemeLibrary.standard(themesDirectory: explicit.path, environment: ["XDG_CONFIG_HOME": config.path],
                                            executablePath: "/nonexistent/unmask")
        #expect(library.folders.prefix(2) == [explicit.path, config.path + "/unmask/themes"])
        #expect(library.folders.last == ShippedThemes.folder)
    }
}
