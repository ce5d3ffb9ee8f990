import Foundation
import UnmaskTestSupport
import Testing

/// The real binary in a real terminal (tmux): launch, wait for the heatmap, move the cursor,
/// open the help, shrink below the minimum and back, quit, and check the terminal came back.
@Suite("UI end to end: the explorer under tmux", .serialized)
struct ExplorerEndToEndTests {
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end explorer test"))
    func launchMoveHelpResizeQuit() throws {
        let binary = try unmaskExecutable().path
        let tmux = try TmuxSession(width: 120, height: 40, command: shellCommand(binary, environment: "TERM=xterm-256color"))

        let ready = try tmux.waitForScreen { isSettled($0) && $0.contains("a=0.90 b=0.30") }
        try #require(ready.ok, "the heatmap never finished:\n\(ready.screen)")
        #expect(try tmux.format("alternate_on") == "1")
        #expect(try tmux.format("mouse_sgr_flag") == "1", "SGR mouse reports, which carry columns past 223")
        #expect(try tmux.screen(withEscapes: true).contains("38;5;"), "256 colours are used")
        #expect(ready.screen.contains("▀▀▀"), "half blocks with colour")

        try tmux.sendKeys("Right")
        #expect(try tmux.waitForScreen { $0.contains("a=0.95 b=0.30") }.ok)
        try tmux.sendKeys("Up")
        #expect(try tmux.waitForScreen { $0.contains("a=0.95 b=0.35") }.ok)

        try tmux.sendKeys("?")
        #expect(try tmux.waitForScreen { $0.contains("Esc or ? closes") && $0.contains("q C-c") }.ok)
        try tmux.sendKeys("Tab")
        #expect(try tmux.waitForScreen { $0.contains("glyphs and mouse — Tab: keys") && $0.contains("wheel") }.ok)
        try tmux.sendKeys("Escape")
        #expect(try tmux.waitForScreen { !$0.contains("Esc or ? closes") }.ok)

        try tmux.resize(width: 60, height: 15)
        #expect(try tmux.waitForScreen { $0.contains("terminal too small (need 80×24)") }.ok)
        try tmux.resize(width: 120, height: 40)
        let back = try tmux.waitForScreen { isSettled($0) && $0.contains("a=0.95 b=0.35") }
        #expect(back.ok, "no recovery after enlarging:\n\(back.screen)")

        try tmux.sendKeys("q")
        let exited = try tmux.waitForScreen { $0.contains("EXIT=") }
        #expect(exited.screen.contains("EXIT=0"), "\(exited.screen)")
        #expect(exited.screen.contains("BEFORE-UNMASK"), "the shell's screen was not restored:\n\(exited.screen)")
        #expect(!exited.screen.contains("Energy E"), "the explorer's screen is still there:\n\(exited.screen)")
        #expect(try tmux.format("alternate_on") == "0")
        #expect(try tmux.format("cursor_flag") == "1")
        #expect(try tmux.format("mouse_any_flag") == "0")
        #expect(try tmux.format("mouse_sgr_flag") == "0")
    }

    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end explorer test"))
    func noColorUsesTheMonoThemeAndShades() throws {
        let tmux = try TmuxSession(width: 100, height: 30,
                                   command: shellCommand(try unmaskExecutable().path, environment: "TERM=xterm-256color NO_COLOR=1"))
        let ready = try tmux.waitForScreen { isSettled($0) }
        try #require(ready.ok, "the heatmap never finished:\n\(ready.screen)")
        #expect(ready.screen.contains("▁") || ready.screen.contains("█"), "shade glyphs without colour")
        let escapes = try tmux.screen(withEscapes: true)
        #expect(!escapes.contains("38;5;") && !escapes.contains("48;5;"), "no colours under NO_COLOR")
        try tmux.sendKeys("C-c")
        #expect(try tmux.waitForScreen { $0.contains("EXIT=0") }.ok)
    }

    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end explorer test"),
          arguments: [("TERM=dumb", "cannot run on TERM=dumb"), ("TERM=no-such-terminal", "unknown terminal type TERM=no-such-terminal")])
    func unusableTerminalsAreRefusedInOneLine(environment: String, message: String) throws {
        let tmux = try TmuxSession(width: 100, height: 10, command: shellCommand(try unmaskExecutable().path, environment: environment))
        let done = try tmux.waitForScreen { $0.contains("EXIT=") }
        #expect(done.screen.contains("EXIT=64"), "\(done.screen)")
        #expect(done.screen.contains("unmask: ") && done.screen.contains(message), "\(done.screen)")
        #expect(try tmux.format("alternate_on") == "0")
    }

    /// A shell that marks the screen, runs the explorer with NO_COLOR unset unless given, and
    /// reports its exit status.
    private func shellCommand(_ binary: String, environment: String) -> String {
        "sh -c 'echo BEFORE-UNMASK; unset NO_COLOR; \(environment) \"$0\"; echo \"EXIT=$?\"; exec sleep 300' \(binary)"
    }

    /// The heatmap panel is drawn and no computation is running (its title shows no percentage).
    private func isSettled(_ screen: String) -> Bool {
        let title = screen.split(separator: "\n").first { $0.contains("Energy E(α; γ)") }
        return title.map { !$0.contains("%") } ?? false
    }
}
