import Foundation
import Glibc
import Testing
import UnmaskTestSupport

/// Ways out of the real explorer other than signals: a quit key while the grid engine is busy on a
/// large heatmap, and the terminal hanging up with SIGHUP ignored (end of input).
@Suite("UI end to end: quitting the explorer under tmux", .serialized)
struct ExplorerExitTests {
    /// q or Ctrl-C right after switching to the N-step energy on a 300 × 100 terminal (tens of
    /// thousands of cells, each a sum over N steps, on every core): the process is gone within
    /// 200 ms of the key and the terminal is restored.
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the explorer exit tests"),
          arguments: ["q", "C-c"])
    func quitWhileAHeatmapComputes(key: String) throws {
        let binary = try unmaskExecutable().path
        let command = "sh -c 'echo BEFORE-UNMASK; TERM=xterm-256color \"$0\" explore; echo \"rc=$?\"; exec sleep 300' \(binary)"
        let tmux = try TmuxSession(width: 300, height: 100, command: command)
        let ready = try tmux.waitForScreen { $0.contains("a=0.90 b=0.30") }
        try #require(ready.ok, "the explorer never drew:\n\(ready.screen)")
        let pid = try #require(try tmux.childProcess(), "no explorer process under the pane")
        try tmux.sendKeys("m")
        Thread.sleep(forTimeInterval: 0.3)

        // Timed from when tmux has written the key to the terminal (send-keys returns then), so
        // the tmux client's own start-up is not counted.
        try tmux.sendKeys(key)
        let sent = Date()
        while kill(pid, 0) == 0 && Date().timeIntervalSince(sent) < 10 { usleep(1000) }
        let elapsed = Date().timeIntervalSince(sent)
        #expect(elapsed < 0.2, "\(key) took \(Int(elapsed * 1000)) ms to end the explorer")
        let done = try tmux.waitForScreen { $0.contains("rc=") }
        #expect(done.screen.contains("rc=0") && done.screen.contains("BEFORE-UNMASK"), "\(done.screen)")
        #expect(try tmux.format("alternate_on") == "0")
        #expect(try tmux.format("mouse_any_flag") == "0")
    }

    /// A paste that never ends (`ESC [ 200 ~` alone) no longer swallows the keys after it:
    /// after a pause q quits.
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the explorer exit tests"))
    func anUnfinishedPasteDoesNotDeafenTheExplorer() throws {
        let binary = try unmaskExecutable().path
        let command = "sh -c 'TERM=xterm-256color \"$0\" explore; echo \"rc=$?\"; exec sleep 300' \(binary)"
        let tmux = try TmuxSession(width: 100, height: 30, command: command)
        let ready = try tmux.waitForScreen { $0.contains("a=0.90 b=0.30") }
        try #require(ready.ok, "the explorer never drew:\n\(ready.screen)")
        try tmux.sendBytes(Array("\u{1B}[200~pasted text".utf8))
        Thread.sleep(forTimeInterval: 0.5)
        try tmux.sendKeys("q")
        let done = try tmux.waitForScreen(timeout: 5) { $0.contains("rc=") }
        #expect(done.screen.contains("rc=0"), "q after an unfinished paste did not quit:\n\(done.screen)")
    }

    /// With SIGHUP ignored (as under nohup) the hang-up reaches the explorer only as the end of its
    /// input: it quits with status 0 instead of spinning on a read source that never drains.
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the explorer exit tests"))
    func endOfInputQuits() throws {
        let binary = try unmaskExecutable().path
        let status = NSTemporaryDirectory() + "unmask-eof-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: status) }
        let command = "sh -c 'trap \"\" HUP; TERM=xterm-256color \"$0\" explore; echo \"rc=$?\" > \(status)' \(binary)"
        let tmux = try TmuxSession(width: 100, height: 30, command: command)
        let ready = try tmux.waitForScreen { $0.contains("a=0.90 b=0.30") }
        try #require(ready.ok, "the explorer never drew:\n\(ready.screen)")
        let pid = try #require(try tmux.childProcess(), "no explorer process under the pane")

        try tmux.killPane()
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(5000) }
        #expect(kill(pid, 0) == -1, "the explorer outlived its terminal")
        var written = ""
        while Date() < deadline {
            written = (try? String(contentsOfFile: status, encoding: .utf8)) ?? ""
            if written.contains("rc=") { break }
            usleep(5000)
        }
        #expect(written == "rc=0\n")
    }
}
