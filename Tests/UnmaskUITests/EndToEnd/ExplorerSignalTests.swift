import Foundation
import Glibc
import Testing
import UnmaskTestSupport

/// Signals sent to the real explorer in a real terminal (tmux): each one that ends it must leave
/// the terminal as the shell had it (canonical mode and echo on, the alternate screen and mouse
/// reports off, the shell's screen back) and the process gone with status 128 + n.
@Suite("UI end to end: signals to the explorer under tmux", .serialized)
struct ExplorerSignalTests {
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the explorer signal tests"),
          arguments: [("QUIT", SIGQUIT), ("USR1", SIGUSR1), ("SEGV", SIGSEGV)])
    func signalRestoresTheTerminalAndEndsTheProcess(name: String, number: Int32) throws {
        let binary = try unmaskExecutable().path
        let command = "sh -c 'echo BEFORE-UNMASK; TERM=xterm-256color \"$0\" explore; echo \"rc=$?\"; " +
            "stty -a | tr \" \" \"\\n\" | grep -x -e -\\\\?icanon -e -\\\\?echo | tr \"\\n\" \" \"; echo STTY-DONE; exec sleep 300' \(binary)"
        let tmux = try TmuxSession(width: 120, height: 40, command: command)
        let ready = try tmux.waitForScreen { $0.contains("a=0.90 b=0.30") }
        try #require(ready.ok, "the explorer never drew:\n\(ready.screen)")
        #expect(try tmux.format("alternate_on") == "1")
        let pid = try #require(try tmux.childProcess(), "no explorer process under the pane")

        let sent = Date()
        #expect(kill(pid, number) == 0)
        let done = try tmux.waitForScreen(timeout: 20) { $0.contains("STTY-DONE") }
        let elapsed = Date().timeIntervalSince(sent)
        try #require(done.ok, "SIG\(name): the shell never came back:\n\(done.screen)")
        #expect(done.screen.contains("rc=\(128 + number)"), "SIG\(name): wrong exit status:\n\(done.screen)")
        #expect(done.screen.contains("icanon echo") && !done.screen.contains("-icanon") && !done.screen.contains("-echo "),
                "SIG\(name): terminal modes not restored:\n\(done.screen)")
        let history = try tmux.history()
        #expect(history.contains("BEFORE-UNMASK"), "SIG\(name): the shell's screen was not restored:\n\(history)")
        #expect(!history.contains("Energy E"), "SIG\(name): the explorer's screen is still there:\n\(history)")
        if number != SIGUSR1 {
            #expect(history.contains("Program crashed") && !history.contains("Press space to interact"),
                    "SIG\(name): no non-interactive crash report on the restored screen:\n\(history)")
        }
        #expect(try tmux.format("alternate_on") == "0")
        #expect(try tmux.format("mouse_any_flag") == "0" && tmux.format("mouse_sgr_flag") == "0")
        #expect(try tmux.format("cursor_flag") == "1")
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "SIG\(name): the process is still alive")
        #expect(elapsed < 10, "SIG\(name): took \(elapsed) s to end")
    }

    /// SIGTSTP from outside suspends like Ctrl-Z (terminal restored, job stopped) and `fg` brings
    /// the explorer back, redrawn. Needs a shell with job control: an interactive bash.
    @Test(.enabled(if: TmuxSession.executable != nil && FileManager.default.isExecutableFile(atPath: "/bin/bash"),
                   "tmux or bash is not installed: skipping the explorer suspend test"))
    func stopSignalSuspendsAndForegroundRedraws() throws {
        let binary = try unmaskExecutable().path
        let tmux = try TmuxSession(width: 120, height: 40, command: "env PS1='PROMPT$ ' /bin/bash --norc --noprofile -i")
        #expect(try tmux.waitForScreen { $0.contains("PROMPT$") }.ok)
        try tmux.sendKeys("TERM=xterm-256color \(binary) explore", "Enter")
        let ready = try tmux.waitForScreen { $0.contains("a=0.90 b=0.30") }
        try #require(ready.ok, "the explorer never drew:\n\(ready.screen)")
        let pid = try #require(try tmux.childProcess(), "no explorer process under the pane")

        #expect(kill(pid, SIGTSTP) == 0)
        let stopped = try tmux.waitForScreen(timeout: 10) { $0.contains("Stopped") }
        #expect(stopped.ok, "no job stopped:\n\(stopped.screen)")
        #expect(try tmux.format("alternate_on") == "0")
        #expect(try tmux.format("mouse_sgr_flag") == "0", "SGR mouse reports left on for the shell")
        try tmux.sendKeys("stty -a | tr ' ' '\\n' | grep -x -e -icanon -e -echo | wc -l | sed 's/^/RAW=/'", "Enter")
        let modes = try tmux.waitForScreen { $0.split(separator: "\n").contains { $0.hasPrefix("RAW=") } }
        #expect(modes.screen.split(separator: "\n").contains("RAW=0"), "terminal still raw while suspended:\n\(modes.screen)")

        try tmux.sendKeys("fg", "Enter")
        let back = try tmux.waitForScreen { $0.contains("a=0.90 b=0.30") && $0.contains("Energy E") }
        #expect(back.ok, "no redraw after fg:\n\(back.screen)")
        #expect(try tmux.format("alternate_on") == "1")
        #expect(try tmux.format("mouse_sgr_flag") == "1", "SGR mouse reports asked for again")
        try tmux.sendKeys("q")
        let done = try tmux.waitForScreen { !$0.contains("Energy E") && $0.contains("PROMPT$") }
        #expect(done.ok, "\(done.screen)")
        // The shell may draw its prompt a moment before the process is reaped.
        var gone = false
        for _ in 0..<40 where !gone {
            gone = kill(pid, 0) == -1
            if !gone { usleep(50_000) }
        }
        #expect(gone)
    }
}
