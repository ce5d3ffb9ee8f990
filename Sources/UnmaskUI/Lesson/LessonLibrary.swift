import UnmaskCore

/// Where lessons are looked up, as themes are (`ResourceFolders`): `--lessons-dir`, then
/// `$XDG_CONFIG_HOME/unmask/lessons` (`~/.config/unmask/lessons`), then the bundled `lessons/`
/// folder. A lesson is the file `NAME.toml` in the first folder that has it, or a path to a
/// `.toml` file.
public struct LessonLibrary: Sendable {
    public let folders: [String]

    /// Where lessons are looked up; the bundled folder has the first lesson.
    public static let resourceFolders = ResourceFolders(kind: "lessons", marker: "1-mask-schedules.toml")

    public init(folders: [String]) {
        self.folders = folders
    }

    /// The lookup folders for the given option and environment, existing ones only.
    public static func standard(lessonsDirectory: String?, environment: [String: String],
                                executablePath: String = CommandLine.arguments.first ?? "") -> LessonLibrary {
        LessonLibrary(folders: resourceFolders.standard(explicit: lessonsDirectory, environment: environment,
                                                        executablePath: executablePath))
    }

    /// Every lesson name found, each with its file (the first folder that has a name wins).
    public func available() -> [(name: String, file: String)] {
        ResourceFolders.tomlFiles(in: folders)
    }

    /// The file of a lesson name or path; a path is returned as it is.
    public func file(for name: String) throws(LessonError) -> String {
        if name.contains("/") || name.hasSuffix(".toml") { return name }
        guard let match = available().first(where: { $0.name == name }) else {
            throw .notFound(name: name, available: available().map(\.name))
        }
        return match.file
    }

    /// Loads a lesson by name or path.
    public func load(_ name: String) throws(LessonError) -> Lesson {
        try Self.load(file: try file(for: name))
    }

    /// Reads and parses a lesson file; its name is the file's without `.toml`.
    public static func load(file path: String) throws(LessonError) -> Lesson {
        let source: String
        do {
            source = try TextFile(path: path).text
        } catch {
            throw .unreadable(file: path, reason: error.description)
        }
        let name = String(path.split(separator: "/").last ?? Substring(path))
        return try LessonParser(source: source, file: path).parse(name: name.hasSuffix(".toml") ? String(name.dropLast(5)) : name)
    }
}
