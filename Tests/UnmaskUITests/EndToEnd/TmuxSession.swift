import Foundation
import Glibc

/// A tmux server of its own (a private socket) running one window, driven like a person at a
/// terminal: keys in with `send-keys`, the screen out with `capture-pane`.
final class TmuxSession {
    /// The tmux executable on PATH, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private let socket = "unmask-e2e-\(UUID().uuidString.prefix(8))"
    private let target = "e2e"

    /// Starts a detached session of the given size running a shell command.
    init(width: Int, height: Int, command: String) throws {
        try run(["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", command])
    }

    deinit { _ = try? run(["kill-server"]) }

    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Sends raw bytes, as if the terminal had (e.g. an escape sequence no key makes).
    func sendBytes(_ bytes: [UInt8]) throws {
        try run(["send-keys", "-t", target, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// Closes the pane: the terminal hangs up on what runs in it.
    func killPane() throws {
        try run(["kill-pane", "-t", target])
    }

    /// The visible screen as text, with the colour escape sequences if asked.
    func screen(withEscapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", target] + (withEscapes ? ["-e"] : []))
    }

    /// Everything the pane has shown on its normal screen, the scrolled-off lines first.
    func history() throws -> String {
        try run(["capture-pane", "-p", "-t", target, "-S", "-"])
    }

    /// A tmux format variable of the pane, e.g. `alternate_on`.
    func format(_ name: String) throws -> String {
        try run(["display-message", "-p", "-t", target, "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process the pane's shell started (the explorer), waiting up to 10 s for it.
    func childProcess() throws -> pid_t? {
        guard let shell = pid_t(try format("pane_pid")) else { return nil }
        let deadline = Date().addingTimeInterval(10)
        repeat {
            if let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8),
               let child = children.split(separator: " ").compactMap({ pid_t($0) }).first {
                return child
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    /// Polls the screen every 50 ms until `condition` holds, for at most `timeout` seconds;
    /// returns the last screen either way.
    @discardableResult
    func waitForScreen(timeout: TimeInterval = 30, _ condition: (String) -> Bool) throws -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return (true, last) }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return (false, last)
    }

    /// Runs tmux and returns what it printed. It is spawned with every signal unblocked and at
    /// its default action: test threads (Dispatch workers) block signals, a mask children would
    /// inherit, and a tmux server with SIGCHLD and SIGHUP blocked never lets its panes end.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let output = NSTemporaryDirectory() + "unmask-tmux-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let executable = Self.executable ?? "/usr/bin/tmux"
        let argv = ([executable, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }
}
