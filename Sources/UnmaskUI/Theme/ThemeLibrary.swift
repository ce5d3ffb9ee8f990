import Foundation
import UnmaskCore

/// Where themes are looked up, in order: `--themes-dir`, the XDG config folder
/// (`$XDG_CONFIG_HOME/unmask/themes`, by default `~/.config/unmask/themes`), then the bundled
/// `themes/` folder. A theme is the file `NAME.toml` in the first folder that has it, or a path
/// to a `.toml` file. `ResourceFolders` says where the bundled folder is found.
public struct ThemeLibrary: Sendable {
    public let folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    /// Where themes are looked up (`ResourceFolders`).
    public static let resourceFolders = ResourceFolders(kind: "themes", marker: "dark.toml")

    /// The lookup folders for the given options and environment, existing ones only.
    public static func standard(themesDirectory: String?, environment: [String: String],
                                executablePath: String = CommandLine.arguments.first ?? "") -> ThemeLibrary {
        ThemeLibrary(folders: resourceFolders.standard(explicit: themesDirectory, environment: environment,
                                                       executablePath: executablePath))
    }

    /// Every theme name found, each with the folder it comes from (first folder wins).
    public func available() -> [(name: String, file: String)] {
        ResourceFolders.tomlFiles(in: folders)
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
}
