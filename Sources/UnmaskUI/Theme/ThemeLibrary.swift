import Foundation
import UnmaskCore

/// Where themes are looked up, in order: `--themes-dir`, the XDG config folder
/// (`$XDG_CONFIG_HOME/unmask/themes`, by default `~/.config/unmask/themes`), then the bundled
/// `themes/` folder. A theme is the file `NAME.toml` in the first folder that has it, or a path
/// to a `.toml` file. The bundled folder is found next to the executable (`themes/` or
/// `../share/unmask/themes/`), in a parent of the executable that holds the package (a build
/// under `.build/`), or in the source tree this file was compiled from.
public struct ThemeLibrary: Sendable {
    public let folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    /// The lookup folders for the given options and environment, existing ones only.
    public static func standard(themesDirectory: String?, environment: [String: String],
                                executablePath: String = CommandLine.arguments.first ?? "") -> ThemeLibrary {
        var folders: [String] = []
        if let themesDirectory { folders.append(themesDirectory) }
        if let home = environment["XDG_CONFIG_HOME"], !home.isEmpty {
            folders.append(home + "/unmask/themes")
        } else if let home = environment["HOME"] {
            folders.append(home + "/.config/unmask/themes")
        }
        if let bundled = bundledFolder(executablePath: executablePath) { folders.append(bundled) }
        return ThemeLibrary(folders: folders.filter { isDirectory($0) })
    }

    /// The bundled `themes/` folder, if one can be found.
    public static func bundledFolder(executablePath: String) -> String? {
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        candidates.append(directory.appendingPathComponent("themes"))
        candidates.append(directory.appendingPathComponent("../share/unmask/themes").standardizedFileURL)
        for _ in 0..<5 {
            directory.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                candidates.append(directory.appendingPathComponent("themes"))
            }
        }
        let sourceTree = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceTree.appendingPathComponent("themes"))
        return candidates.map(\.path).first { FileManager.default.fileExists(atPath: $0 + "/dark.toml") }
    }

    /// Every theme name found, each with the folder it comes from (first folder wins).
    public func available() -> [(name: String, file: String)] {
        var seen: Set<String> = []
        var themes: [(String, String)] = []
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if seen.insert(name).inserted { themes.append((name, folder + "/" + file)) }
            }
        }
        return themes
    }

    /// The file of a theme name or path. A path is returned as it is: reading it reports why it
    /// cannot be read (no such file, a folder, a FIFO, …).
    public func file(for name: String) throws(ThemeError) -> String {
        if name.contains("/") || name.hasSuffix(".toml") { return name }
        guard let match = available().first(where: { $0.name == name.lowercased() }) else {
            let names = available().map(\.name)
            throw .notFound(name: name, available: names.isEmpty ? [Theme.standard.name] : names)
        }
        return match.file
    }

    /// Loads a theme by name or path. The standard theme's name resolves to the built-in
    /// `Theme.standard` when no folder has a file for it.
    public func load(_ name: String) throws(ThemeError) -> (theme: Theme, warnings: [ThemeWarning]) {
        if name.lowercased() == Theme.standard.name, !available().contains(where: { $0.name == Theme.standard.name }) {
            return (.standard, [])
        }
        let path = try file(for: name)
        let source: String
        do {
            source = try TextFile(path: path).text
        } catch {
            throw .unreadable(file: path, reason: error.description)
        }
        let themeName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try ThemeParser(source: source, file: path).parse(name: themeName)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
