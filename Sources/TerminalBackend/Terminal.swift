import CNcurses
import Glibc
import UnmaskUI

/// One ncurses screen: set up, colours, drawing the runs of a `CellBufferDiff`, suspension
/// and teardown. The only type that talks to ncurses; everything it shows comes in as a `CellBuffer`.
@MainActor
public final class Terminal {
    public let colorDepth: ColorDepth
    public private(set) var width: Int
    public private(set) var height: Int
    private let screen: OpaquePointer
    private let pairs: ColorPairs
    private var previous: CellBuffer?
    private var isOpen = true
    /// Whether mouse reports are on (`--no-mouse` turns them off).
    private let mouse: Bool

    /// Opens curses on the given streams with the terminal description `term`. Throws when
    /// ncurses has no description for it. The caller checks that the streams are terminals.
    public init(term: String, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
                mouse: Bool, environment: [String: String]) throws(TerminalRequirementError) {
        setlocale(LC_ALL, "")
        guard let screen = newterm(term, output, input) else { throw .unknownTerminal(term) }
        self.screen = screen
        _ = set_term(screen)
        let window = unmask_stdscr()
        _ = raw()
        _ = noecho()
        _ = nonl()
        // ncurses reads no input (the bytes go to `InputDecoder`); keypad mode only switches the
        // terminal to application cursor keys and keypad, whose sequences the decoder knows.
        _ = keypad(window, true)
        _ = leaveok(window, true)
        _ = curs_set(0)
        let hasColors = has_colors()
        if hasColors {
            _ = start_color()
            _ = use_default_colors()
        }
        colorDepth = ColorDepth.detect(hasColors: hasColors, colors: Int(unmask_colors()), environment: environment)
        pairs = ColorPairs(depth: colorDepth)
        // Switches the terminal's mouse reports on; the decoder reads them.
        self.mouse = mouse
        if mouse {
            _ = mousemask(unmask_button1_pressed() | unmask_button4_pressed() | unmask_button5_pressed(), nil)
            _ = mouseinterval(0)
            Self.requestSGRMouseReports()
        }
        width = Int(unmask_cols())
        height = Int(unmask_lines())
    }

    /// Asks for SGR mouse reports (mode 1006, `ESC [ < b ; x ; y M`) on top of the ones ncurses
    /// switched on, which encode a column in one byte and so lose every click past column 223
    /// of a wide (projector) terminal; a terminal without the mode ignores it and keeps sending
    /// X10 reports. The decoder reads both. Written through ncurses's output, after its own.
    private static func requestSGRMouseReports() {
        _ = putp("\u{1B}[?1006h")
    }

    /// Switches SGR mouse reports off again before curses mode is left (ncurses knows only its
    /// own modes), so that the shell, suspended under or after the explorer, gets none.
    private static func releaseSGRMouseReports() {
        _ = putp("\u{1B}[?1006l")
    }

    /// The escape sequences that undo this terminal's setup (for `TerminalRestore`).
    static func restoreSequences() -> String {
        var text = ""
        for capability in ["rmcup", "cnorm", "sgr0", "rmkx"] {
            guard let pointer = tigetstr(capability), Int(bitPattern: pointer) != -1 else { continue }
            text += String(cString: pointer)
        }
        return text + "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"
    }

    /// Writes the runs of cells that differ from the last frame (all of them if `everything`,
    /// clearing first) and updates the physical screen.
    public func draw(_ buffer: CellBuffer, everything: Bool = false) {
        let window = unmask_stdscr()
        let diff = CellBufferDiff(from: everything ? nil : previous, to: buffer)
        if diff.isFullRedraw { _ = clearok(window, true) }
        for run in diff.runs { write(run, window: window) }
        previous = buffer
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    /// Writes one run in its style: each grapheme at its column, continuation cells left to the
    /// wide grapheme before them.
    private func write(_ run: CellRun, window: UnsafeMutablePointer<WINDOW>?) {
        guard let first = run.cells.first else { return }
        var pair = pairs.pair(foreground: first.foreground, background: first.background)
        let attributes = attributes(first.attributes)
        for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
            var characters = cell.grapheme.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
            characters.append(0)
            var character = cchar_t()
            _ = setcchar(&character, characters, attributes, 0, &pair)
            _ = mvwadd_wch(window, Int32(run.row), Int32(run.column + offset), &character)
        }
    }

    private func attributes(_ attributes: CellAttributes) -> attr_t {
        var value = unmask_a_normal()
        if attributes.contains(.bold) { value |= unmask_a_bold() }
        if attributes.contains(.dim) { value |= unmask_a_dim() }
        if attributes.contains(.reverse) { value |= unmask_a_reverse() }
        if attributes.contains(.underline) { value |= unmask_a_underline() }
        return value
    }

    /// Asks the kernel for the window size, tells curses, and returns the resize message if the
    /// size changed.
    public func resized() -> Msg? {
        var rows: Int32 = 0, columns: Int32 = 0
        if unmask_window_size(STDOUT_FILENO, &rows, &columns) == 0, rows > 0, columns > 0,
           rows != unmask_lines() || columns != unmask_cols() {
            _ = resizeterm(rows, columns)
        }
        let size = (Int(unmask_cols()), Int(unmask_lines()))
        guard size != (width, height) else { return nil }
        (width, height) = size
        previous = nil
        return .resize(width: width, height: height)
    }

    /// Leaves curses mode, stops the process until it is continued (`fg`), and comes back with
    /// the next draw repainting everything. The main queue runs on a Dispatch worker thread once
    /// `dispatchMain()` has started, and those block SIGTSTP: it is unblocked around the stop.
    public func suspend() {
        if mouse { Self.releaseSGRMouseReports() }
        _ = endwin()
        TerminalRestore.active.store(false, ordering: .releasing)
        var stop = sigset_t(), saved = sigset_t()
        sigemptyset(&stop)
        sigaddset(&stop, SIGTSTP)
        signal(SIGTSTP, SIG_DFL)
        pthread_sigmask(SIG_UNBLOCK, &stop, &saved)
        _ = raise(SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &saved, nil)
        signal(SIGTSTP, SIG_IGN)
        _ = reset_prog_mode()
        _ = keypad(unmask_stdscr(), true)
        if mouse { Self.requestSGRMouseReports() }
        TerminalRestore.active.store(true, ordering: .releasing)
        previous = nil
    }

    /// Leaves curses mode for good, restoring the terminal.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        _ = mousemask(0, nil)
        if mouse { Self.releaseSGRMouseReports() }
        _ = endwin()
        TerminalRestore.active.store(false, ordering: .releasing)
        delscreen(screen)
    }
}
