import Glibc

/// Restores the terminal when the process dies of a crash signal, then lets the signal do what
/// it did before (the Swift runtime's backtrace, a core dump): Swift traps arrive as SIGILL or
/// SIGTRAP, memory errors as SIGSEGV or SIGBUS, `abort` as SIGABRT, arithmetic as SIGFPE.
enum CrashSignals {
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)

    /// Installs the handler for every crash signal, remembering the previous actions.
    static func install() {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                TerminalRestore.restoreIfActive()
                _ = sigaction(number, CrashSignals.previous + Int(number), nil)
                _ = raise(number)
            }
            sigemptyset(&action.sa_mask)
            _ = sigaction(signal, &action, previous + Int(signal))
        }
    }
}
