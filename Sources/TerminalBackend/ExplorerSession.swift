import Dispatch
import Glibc
import UnmaskCore
import UnmaskUI

/// The explorer running in a real terminal: checks the terminal, sets up signals and curses,
/// feeds input and computation results to the `Program`, draws its frames, and restores the
/// terminal on every way out (quit, end of input, every signal that ends the process, crash
/// signals, `exit`; see `ExitSignals` and docs/architecture.md, "Signals").
///
/// Resize has one owner: a Dispatch source on SIGWINCH that asks the kernel for the size and
/// calls `resizeterm` (so ncurses installs no SIGWINCH handler of its own). Input is read and
/// decoded on a queue of its own (`InputReader`, which also bounds how long a quit key waits);
/// everything else runs on the main queue under `dispatchMain()`.
@MainActor
public final class ExplorerSession: ProgramHost {
    /// Themes to use: the chosen one, and the one for terminals without colour (unless the
    /// user chose explicitly).
    public struct Themes: Sendable {
        public let chosen: Theme
        public let withoutColor: Theme?

        public init(chosen: Theme, withoutColor: Theme?) {
            self.chosen = chosen
            self.withoutColor = withoutColor
        }
    }

    private let terminal: Terminal
    private var program: Program!
    private var sources: [DispatchSourceProtocol] = []
    private var input: InputReader?
    private var frameScheduled = false
    private var fullRedrawPending = true

    /// Starts the explorer and returns; the caller then runs `dispatchMain()`. Throws before
    /// touching the terminal if it cannot be used.
    @discardableResult
    public static func start(options: ExplorerOptions, themes: Themes,
                             environment: [String: String]) throws(TerminalRequirementError) -> ExplorerSession {
        try TerminalRequirements.check(inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: isatty(STDOUT_FILENO) == 1,
                                       term: environment["TERM"])
        guard let input = fdopen(STDIN_FILENO, "r"), let output = fdopen(STDOUT_FILENO, "w") else {
            throw .notATerminal("standard output")
        }
        ExitSignals.install(runtimeReportIsNonInteractive: BacktraceSetting.isNonInteractive(environment["SWIFT_BACKTRACE"]))
        for signal in [SIGWINCH, SIGCONT, SIGTSTP] { Glibc.signal(signal, SIG_IGN) }
        TerminalRestore.saveModes(of: STDIN_FILENO)
        let terminal = try openTerminal(input: input, output: output, mouse: options.mouse, environment: environment)
        TerminalRestore.prepare(sequences: Terminal.restoreSequences())
        TerminalRestore.active.store(true, ordering: .releasing)
        atexit { TerminalRestore.restoreIfActive() }
        let theme = terminal.colorDepth == .none ? themes.withoutColor ?? themes.chosen : themes.chosen
        let session = ExplorerSession(terminal: terminal)
        let model = Model(options: options, width: terminal.width, height: terminal.height,
                          colorDepth: terminal.colorDepth, theme: theme)
        session.program = Program(model: model, scheduler: MainQueueScheduler(), computer: GridHeatmapComputer(), host: session)
        session.listen()
        session.program.start()
        return session
    }

    /// Makes the Swift runtime's crash report non-interactive (`BacktraceSetting`): when standard
    /// input and output are terminals and SWIFT_BACKTRACE does not already say so, executes this
    /// program again with the setting added, as the runtime reads it only at start. Call before
    /// anything is written; returns only if nothing needs doing or the re-execution failed (then
    /// crash signals end the process without the runtime's report).
    nonisolated public static func reexecuteForNonInteractiveCrashReports(environment: [String: String]) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
              let setting = BacktraceSetting.nonInteractive(environment["SWIFT_BACKTRACE"]) else { return }
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard readlink("/proc/self/exe", &path, path.count - 1) > 0 else { return }
        setenv("SWIFT_BACKTRACE", setting, 1)
        _ = execv(path, CommandLine.unsafeArgv)
        unsetenv("SWIFT_BACKTRACE")
        if let previous = environment["SWIFT_BACKTRACE"] { setenv("SWIFT_BACKTRACE", previous, 1) }
    }

    /// The first terminal description that ncurses knows among the candidates (a direct-colour
    /// one first when the environment asks for 24-bit colour).
    private static func openTerminal(input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, mouse: Bool,
                                     environment: [String: String]) throws(TerminalRequirementError) -> Terminal {
        let term = environment["TERM"] ?? ""
        for candidate in ColorDepth.terminalCandidates(term: term, environment: environment).dropLast() {
            if let terminal = try? Terminal(term: candidate, input: input, output: output, mouse: mouse, environment: environment) {
                return terminal
            }
        }
        return try Terminal(term: term, input: input, output: output, mouse: mouse, environment: environment)
    }

    private init(terminal: Terminal) {
        self.terminal = terminal
    }

    /// The input reader, and Dispatch sources for the signals the explorer handles itself (resize,
    /// continue, stop), on the main queue.
    private func listen() {
        let keys = program.model.keys
        input = InputReader(descriptor: STDIN_FILENO, isQuit: { keys.action(for: $0) == .quit }) { [unowned self] messages, ended in
            for message in messages { program.send(message) }
            // Nothing could ever quit once the input has ended.
            if ended { quit() }
        }
        addSignalSource(SIGWINCH) { [unowned self] in
            if let message = terminal.resized() { program.send(message) }
        }
        addSignalSource(SIGCONT) { [unowned self] in program.send(.resumed) }
        addSignalSource(SIGTSTP) { [unowned self] in
            suspend()
            program.send(.resumed)
        }
        for source in sources { source.resume() }
    }

    private func addSignalSource(_ number: Int32, _ handler: @escaping @MainActor () -> Void) {
        let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
        source.setEventHandler { MainActor.assumeIsolated { handler() } }
        sources.append(source)
    }

    public func modelChanged(fullRedraw: Bool) {
        fullRedrawPending = fullRedrawPending || fullRedraw
        guard !frameScheduled else { return }
        frameScheduled = true
        DispatchQueue.main.async { [unowned self] in
            MainActor.assumeIsolated { drawFrame() }
        }
    }

    private func drawFrame() {
        frameScheduled = false
        terminal.draw(program.render(), everything: fullRedrawPending)
        fullRedrawPending = false
    }

    public func suspend() {
        terminal.suspend()
        fullRedrawPending = true
    }

    public func quit() {
        terminal.close()
        exit(0)
    }
}
