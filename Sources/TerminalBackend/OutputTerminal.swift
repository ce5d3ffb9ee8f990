import CNcurses
import Glibc
import UnmaskUI

/// What a command's output descriptor shows when it is a terminal that curses does not drive
/// (`unmask scores curves` prints a plot): its size and its colour depth.
public enum OutputTerminal {
    /// The window size of the terminal on `descriptor` (TIOCGWINSZ), nil when it is not one or
    /// reports 0.
    public static func size(of descriptor: Int32) -> (width: Int, height: Int)? {
        var rows: Int32 = 0, columns: Int32 = 0
        guard unmask_window_size(descriptor, &rows, &columns) == 0, rows > 0, columns > 0 else { return nil }
        return (Int(columns), Int(rows))
    }

    /// The colour depth of the terminal on `descriptor` as terminfo describes TERM (its `colors`
    /// capability; the direct-colour sibling first under COLORTERM=truecolor, as the explorer
    /// does), fitted by `ColorDepth.detect`: none without TERM, for a description terminfo does
    /// not have, one without colours (`dumb`, `vt100`) and under NO_COLOR.
    public static func colorDepth(of descriptor: Int32, environment: [String: String]) -> ColorDepth {
        guard environment["NO_COLOR"] == nil, let term = environment["TERM"], !term.isEmpty else { return .none }
        for candidate in ColorDepth.terminalCandidates(term: term, environment: environment) {
            var error: Int32 = 0
            guard setupterm(candidate, descriptor, &error) == OK else { continue }
            let colors = Int(tigetnum("colors"))
            return ColorDepth.detect(hasColors: colors > 0, colors: colors, environment: environment)
        }
        return .none
    }
}
