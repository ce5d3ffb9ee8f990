import Foundation

/// Where the explorer's TOML resources of one kind (`themes`, `lessons`) are looked up, in order:
/// the folder given on the command line, the XDG config folder (`$XDG_CONFIG_HOME/unmask/KIND`,
/// by default `~/.config/unmask/KIND`), then the bundled `KIND/` folder. The bundled folder is
/// found next to the executable (`KIND/` or `../share/unmask/KIND/`), in a parent of the
/// executable that holds the package (a build under `.build/`), or in the source tree this file
/// was compiled from; it is the first of these that holds `marker`.
public struct ResourceFolders: Sendable {
    /// The folder name: `themes` or `lessons`.
    public let kind: String
    /// A file every bundled folder of this kind has, which tells it from a stray folder of that name.
    public let marker: String

    public init(kind: String, marker: String) {
        self.kind = kind
        self.marker = marker
    }

    /// The lookup folders for the given option and environment, existing ones only.
    public func standard(explicit: String?, environment: [String: String],
                         executablePath: String = CommandLine.arguments.first ?? "") -> [String] {
        var folders: [String] = []
        if let explicit { folders.append(explicit) }
        if let home = environment["XDG_CONFIG_HOME"], !home.isEmpty {
            folders.append(home + "/unmask/" + kind)
        } else if let home = environment["HOME"] {
            folders.append(home + "/.config/unmask/" + kind)
        }
        if let bundled = bundledFolder(executablePath: executablePath) { folders.append(bundled) }
        return folders.filter { Self.isDirectory($0) }
    }

    /// The bundled folder, if one can be found.
    public func bundledFolder(executablePath: String) -> String? {
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        candidates.append(directory.appendingPathComponent(kind))
        candidates.append(directory.appendingPathComponent("../share/unmask/" + kind).standardizedFileURL)
        for _ in 0..<5 {
            directory.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                candidates.append(directory.appendingPathComponent(kind))
            }
        }
        let sourceTree = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceTree.appendingPathComponent(kind))
        return candidates.map(\.path).first { FileManager.default.fileExists(atPath: $0 + "/" + marker) }
    }

    /// Every `NAME.toml` in the folders, each with its file (the first folder that has a name wins).
    public static func tomlFiles(in folders: [String]) -> [(name: String, file: String)] {
        var seen: Set<String> = []
        var files: [(String, String)] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in names.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if seen.insert(name).inserted { files.append((name, folder + "/" + file)) }
            }
        }
        return files
    }

    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
