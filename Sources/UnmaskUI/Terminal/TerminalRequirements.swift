/// What the explorer needs from its terminal, checked before anything is written to it:
/// standard input and output must be terminals (a pipe would receive escape codes), and TERM
/// must name a terminal that can address the cursor.
public enum TerminalRequirements {
    public static func check(inputIsTerminal: Bool, outputIsTerminal: Bool, term: String?) throws(TerminalRequirementError) {
        guard inputIsTerminal else { throw .notATerminal("standard input") }
        guard outputIsTerminal else { throw .notATerminal("standard output") }
        guard let term, !term.isEmpty else { throw .termNotSet }
        guard term != "dumb" else { throw .dumbTerminal }
    }
}

/// Why the explorer cannot start in this terminal; the description is one line.
public enum TerminalRequirementError: Error, Equatable, CustomStringConvertible {
    case notATerminal(String)
    case termNotSet
    case dumbTerminal
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case let .notATerminal(stream):
            return "the explorer needs a terminal, but \(stream) is not one (use the headless commands, e.g. `unmask heatmap`, in pipes)"
        case .termNotSet:
            return "the explorer needs a terminal, but TERM is not set"
        case .dumbTerminal:
            return "the explorer cannot run on TERM=dumb (it cannot move the cursor); set TERM, e.g. TERM=xterm-256color"
        case let .unknownTerminal(term):
            return "unknown terminal type TERM=\(term) (no terminfo entry); try TERM=xterm-256color"
        }
    }
}
