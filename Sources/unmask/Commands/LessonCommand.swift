import ArgumentParser
import Foundation
import TerminalBackend
import UnmaskCore
import UnmaskUI

struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Run a guided lesson in the explorer (workshop mode), list or check lessons.",
        discussion: """
            A lesson is a TOML file of slides (docs/lessons.md). Each slide puts the
            explorer in a state (metric, weight, cursor, pins, target, steps, …)
            and narrates it in a box at the bottom; a question slide shows its
            answer on the next key. Every explorer key works on a slide, and the
            next slide restores the lesson's state.

            Keys: PgDn or ) next slide (on a question: its answer), PgUp or (
            previous slide, 0 the first slide: what presentation clickers send.
            ? lists every key.

            Lessons: NAME.toml from --lessons-dir, then
            $XDG_CONFIG_HOME/unmask/lessons (~/.config/unmask/lessons), then the
            bundled lessons/ folder; a path to a .toml file also works. A lesson
            uses the theme it names (the bundled ones: projector) unless --theme
            says otherwise.

            --check FILE validates a lesson without opening the terminal: exit 0
            when it is valid, else exit 64 and one line per problem, FILE:line:col:
            message.

            Examples:
              unmask lesson --list
              unmask lesson --list --format csv
              unmask lesson 1-mask-schedules
              unmask lesson 2-energy --theme dark
              unmask lesson --check my-lesson.toml
              unmask lesson my-lesson.toml --no-mouse
            """
    )

    @Argument(help: ArgumentHelp("The lesson: a name from --list, or a .toml path.", valueName: "name"))
    var name: String?

    @Flag(help: "List the available lessons (name, title, slides) and exit.")
    var list = false

    @Option(help: ArgumentHelp("Validate a lesson file and exit (0: valid; 64: one line per problem).", valueName: "file"))
    var check: String?

    @Option(help: ArgumentHelp("A folder of NAME.toml lessons, searched first.", valueName: "dir"))
    var lessonsDir: String?

    @OptionGroup var output: FormatOption

    @OptionGroup var themeOptions: ThemeOptions

    @Flag(help: "Do not use the mouse (clicks then select text as usual).")
    var noMouse = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let modes = [list, check != nil, name != nil].filter { $0 }.count
        guard modes == 1 else {
            throw UsageError(modes == 0 ? "name a lesson (see lesson --list), or give --list or --check FILE"
                                        : "give one of a lesson NAME, --list and --check FILE")
        }
        if output.format != nil, !list { throw UsageError("--format applies to --list only") }
        if let check {
            _ = try lesson { () throws(LessonError) in try LessonLibrary.load(file: check) }
            try StandardStreams.output("\(escapedForEcho(check)): valid\n")
            return
        }
        let library = try lessonLibrary(environment)
        if list {
            try printLessons(library)
            return
        }
        let lesson = try lesson { () throws(LessonError) in try library.load(name ?? "") }
        let themes = try themeOptions.themes(try themeOptions.library(environment), fallback: lesson.theme)
        var options = ExplorerOptions(mouse: !noMouse)
        options.start(lesson)
        ExplorerSession.reexecuteForNonInteractiveCrashReports(environment: environment)
        try ExplorerLaunch.run(options: options, themes: themes, environment: environment)
    }

    /// Runs a lesson load. An invalid file's problems go to standard error one a line, as
    /// `FILE:line:col: message`, and exit 64; any other failure is a usage error.
    private func lesson(_ body: () throws(LessonError) -> Lesson) throws -> Lesson {
        do {
            return try body()
        } catch let error where error.isInvalidFile {
            var writer = StreamWriter.standardError()
            for line in error.lines { try writer.write(line + "\n") }
            try writer.flush()
            throw ExitCode.validationFailure
        } catch {
            throw UsageError(error.description)
        }
    }

    private func lessonLibrary(_ environment: [String: String]) throws(UsageError) -> LessonLibrary {
        if let lessonsDir, !ResourceFolders.isDirectory(lessonsDir) {
            throw UsageError("--lessons-dir \(escapedForEcho(lessonsDir)): no such folder")
        }
        return LessonLibrary.standard(lessonsDirectory: lessonsDir, environment: environment)
    }

    /// Every lesson found; one that does not load is listed with why, as its title and no slides.
    private func printLessons(_ library: LessonLibrary) throws {
        let rows = library.available().map { entry -> [ReportValue] in
            do throws(LessonError) {
                let lesson = try LessonLibrary.load(file: entry.file)
                return [.string(entry.name), .string(lesson.title), .int(lesson.slides.count)]
            } catch {
                return [.string(entry.name), .string("(does not load: \(error.lines.first ?? ""))"), .int(0)]
            }
        }
        try Report(columns: ["name", "title", "slides"], rows: rows).write(as: output.resolved)
    }
}
