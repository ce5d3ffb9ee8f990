import ArgumentParser
import Dispatch
import Foundation
import TerminalBackend
import UnmaskCore
import UnmaskUI

/// The theme options of the commands that open the explorer (`explore`, `lesson`).
struct ThemeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Theme name or .toml path (see explore --list-themes).", valueName: "name"))
    var theme: String?

    @Option(help: ArgumentHelp("A folder of NAME.toml themes, searched first.", valueName: "dir"))
    var themesDir: String?

    /// The theme folders, `--themes-dir` first (refused unless it is a folder).
    func library(_ environment: [String: String]) throws(UsageError) -> ThemeLibrary {
        if let themesDir {
            guard ResourceFolders.isDirectory(themesDir) else { throw UsageError("--themes-dir \(themesDir): no such folder") }
        }
        return ThemeLibrary.standard(themesDirectory: themesDir, environment: environment)
    }

    /// `--theme`, else `fallback`; and unless a theme was chosen, `mono` for terminals without
    /// colour. Warnings about ignored keys go to standard error.
    func themes(_ library: ThemeLibrary, fallback: String) throws -> ExplorerSession.Themes {
        let chosen = try Self.load(theme ?? fallback, from: library)
        let mono = theme == nil ? try? library.load("mono").theme : nil
        return ExplorerSession.Themes(chosen: chosen, withoutColor: mono)
    }

    private static func load(_ name: String, from library: ThemeLibrary) throws -> Theme {
        let loaded = try usage { () throws(ThemeError) in try library.load(name) }
        for line in ThemeWarning.lines(loaded.warnings) { try StandardStreams.note("warning: \(line)") }
        return loaded.theme
    }
}

/// Opens the explorer in the terminal and runs it until it quits, or says why the terminal
/// cannot be used (a usage error: not a terminal, TERM=dumb).
enum ExplorerLaunch {
    static func run(options: ExplorerOptions, themes: ExplorerSession.Themes, environment: [String: String]) throws -> Never {
        let failure = MainActor.assumeIsolated { start(options: options, themes: themes, environment: environment) }
        if let failure { throw UsageError(failure) }
        dispatchMain()
    }

    @MainActor
    private static func start(options: ExplorerOptions, themes: ExplorerSession.Themes,
                              environment: [String: String]) -> TerminalRequirementError? {
        do {
            try ExplorerSession.start(options: options, themes: themes, environment: environment)
            return nil
        } catch {
            return error
        }
    }
}
