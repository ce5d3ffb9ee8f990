import Glibc
import Synchronization

/// A one-line progress display on standard error, `unmask: heatmap 45% (1843 of 4096 cells)`,
/// for work that runs longer than about a second. It is shown only when standard error is a
/// terminal and `--quiet` is not given, first drawn after one second, redrawn at most ten times
/// a second, and erased when the work is done, so pipes, files and logs never see it. Workers on
/// any thread may advance it.
final class ProgressLine: Sendable {
    private struct State {
        var done = 0
        var lastDrawn: ContinuousClock.Instant?
    }

    private let label: String
    private let unit: String
    private let total: Int
    private let started = ContinuousClock.now
    private let state = Mutex(State())
    private static let delay = Duration.seconds(1)
    private static let interval = Duration.milliseconds(100)

    private init(label: String, total: Int, unit: String) {
        self.label = label
        self.total = max(1, total)
        self.unit = unit
    }

    /// A progress line for `total` units of work, or nil when it would not be shown.
    static func start(_ label: String, total: Int, unit: String, quiet: Bool) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressLine(label: label, total: total, unit: unit)
    }

    /// Records `count` more units done, redrawing when due.
    func advance(by count: Int) {
        record { $0 += count }
    }

    /// Records that `done` units are done in all, redrawing when due.
    func report(done: Int) {
        record { $0 = done }
    }

    private func record(_ change: (inout Int) -> Void) {
        let now = ContinuousClock.now
        let text: String? = state.withLock { state in
            change(&state.done)
            guard now - started >= Self.delay else { return nil }
            if let last = state.lastDrawn, now - last < Self.interval { return nil }
            state.lastDrawn = now
            let percent = min(99, state.done * 100 / total)
            return "\r\u{1B}[Kunmask: \(label) \(percent)% (\(state.done) of \(total) \(unit))"
        }
        if let text { Self.draw(text) }
    }

    /// Erases the line, if it was drawn.
    func finish() {
        let drawn = state.withLock { $0.lastDrawn != nil }
        if drawn { Self.draw("\r\u{1B}[K") }
    }

    /// Progress is a courtesy on a terminal: a failed write of it is not an error of the command.
    private static func draw(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
