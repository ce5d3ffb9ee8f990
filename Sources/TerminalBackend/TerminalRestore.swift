import Glibc
import Synchronization

/// Puts the terminal back as the shell had it, from any exit path, including a signal handler:
/// the escape sequences (leave the alternate screen, show the cursor, reset attributes, stop
/// mouse reports) are prepared in advance and written with `write(2)`, and the saved terminal
/// modes are set with `tcsetattr(3)`, both async-signal-safe.
enum TerminalRestore {
    /// Whether the terminal is in the explorer's mode and would need restoring.
    static let active = Atomic<Bool>(false)
    nonisolated(unsafe) private static var bytes: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) private static var modes: UnsafeMutablePointer<termios>?

    /// Saves the shell's terminal modes; call before curses changes them.
    static func saveModes(of descriptor: Int32) {
        let saved = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        if tcgetattr(descriptor, saved) == 0 { modes = saved } else { saved.deallocate() }
    }

    /// Prepares the bytes that undo the explorer's terminal setup.
    static func prepare(sequences: String) {
        let utf8 = Array(sequences.utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: utf8.count)
        _ = buffer.initialize(from: utf8)
        bytes = buffer
    }

    /// Restores the terminal if it is still in the explorer's mode; safe in a signal handler.
    static func restoreIfActive() {
        guard active.exchange(false, ordering: .acquiringAndReleasing) else { return }
        if let bytes, let base = bytes.baseAddress { _ = write(STDOUT_FILENO, base, bytes.count) }
        if let modes { _ = tcsetattr(STDIN_FILENO, TCSANOW, modes) }
    }
}
