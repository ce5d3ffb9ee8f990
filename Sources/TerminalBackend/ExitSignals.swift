import Glibc
import Synchronization

/// Every signal whose default action would end the explorer with the terminal still in its mode
/// (alternate screen, raw input, mouse reports) gets a handler that restores the terminal first and
/// then dies of the same signal, so the shell sees 128 + n. The table, with the signals that are
/// ignored or handled instead, is in docs/architecture.md, "Signals".
///
/// The handlers run on whichever thread has the signal unblocked (after `dispatchMain()` that is
/// the main thread parked in `sigsuspend`), so they work while the main queue is busy, and use
/// only async-signal-safe calls (`TerminalRestore`, `sigaction`, `raise`, `pthread_sigmask`).
enum ExitSignals {
    /// Signals that end the process: restore, then die of the signal.
    static let terminating: [Int32] = [SIGHUP, SIGINT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGXCPU, SIGXFSZ,
                                       SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSTKFLT]
        + Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
    /// Crash signals (Swift traps arrive as SIGILL or SIGTRAP, memory errors as SIGSEGV or SIGBUS,
    /// `abort` as SIGABRT, arithmetic as SIGFPE) and SIGQUIT: restore, let the Swift runtime's
    /// backtracer write its report to standard error if it is non-interactive, then die.
    static let crashing: [Int32] = [SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGBUS, SIGSEGV, SIGSYS]

    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 128)
    /// Whether the handler that was there before (the runtime's backtracer) may run: only when it
    /// cannot stop to ask for a key (SWIFT_BACKTRACE has interactive=no, see `BacktraceSetting`).
    private static let reportsThroughRuntime = Atomic<Bool>(false)

    /// Installs the handlers for `terminating` and `crashing`, remembering the previous actions.
    /// `runtimeReportIsNonInteractive` says whether the runtime's crash handler may be chained.
    static func install(runtimeReportIsNonInteractive: Bool) {
        reportsThroughRuntime.store(runtimeReportIsNonInteractive, ordering: .releasing)
        for number in terminating + crashing {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { number, info, context in
                TerminalRestore.restoreIfActive()
                ExitSignals.report(number, info: info, context: context)
                ExitSignals.die(of: number)
            }
            // Not deferred: the runtime's reporter reads memory through a fault handler of its
            // own, and a fault while SIGSEGV is blocked would kill the process mid-report.
            action.sa_flags = SA_SIGINFO | SA_ONSTACK | Int32(SA_NODEFER)
            sigemptyset(&action.sa_mask)
            _ = sigaction(number, &action, previous + Int(number))
            // Ignored when the explorer started (nohup, a background job's SIGINT and SIGQUIT):
            // stays ignored.
            let old = previous[Int(number)]
            if old.sa_flags & SA_SIGINFO == 0, let handler = old.__sigaction_handler.sa_handler,
               unsafeBitCast(handler, to: Int.self) == 1 {
                _ = sigaction(number, previous + Int(number), nil)
            }
        }
    }

    /// Runs the previous handler of a crash signal (the runtime's backtrace), if allowed.
    private static func report(_ number: Int32, info: UnsafeMutablePointer<siginfo_t>?, context: UnsafeMutableRawPointer?) {
        guard crashing.contains(number), reportsThroughRuntime.load(ordering: .acquiring) else { return }
        let old = previous[Int(number)]
        if old.sa_flags & SA_SIGINFO != 0 {
            old.__sigaction_handler.sa_sigaction?(number, info, context)
        } else if let handler = old.__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) > 1 {
            handler(number)
        }
    }

    /// Dies of `number` at its default action (unblocked first, should the handler that ran
    /// before have blocked it).
    private static func die(of number: Int32) -> Never {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        _ = sigaction(number, &action, nil)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
        _ = raise(number)
        _exit(128 + number)
    }
}
