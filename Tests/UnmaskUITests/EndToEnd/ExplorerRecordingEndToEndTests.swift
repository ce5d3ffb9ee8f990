import Foundation
import Testing
import UnmaskTestSupport

/// `explore --trajectory` in the real binary under tmux: the hand-written run's text as the
/// terminal shows it (wide CJK and emoji in the columns the pure renderer gave them), scrubbed
/// back and forth, a text found, and a clean exit.
@Suite("UI end to end: a recorded run", .serialized)
struct ExplorerRecordingEndToEndTests {
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end recorded-run test"))
    func scrubAndFind() throws {
        let run = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/trajectories/hand-written.jsonl")
        let binary = try unmaskExecutable().path
        let command = "sh -c 'unset NO_COLOR; TERM=xterm-256color \"$0\" explore --trajectory \"$1\"; " +
            "echo \"EXIT=$?\"; exec sleep 300' \(binary) \(run.path)"
        let tmux = try TmuxSession(width: 100, height: 30, command: command)
        let ready = try tmux.waitForScreen { $0.contains("Recorded run · hand-written.jsonl · 7/7 steps") }
        try #require(ready.ok, "the recorded run never appeared:\n\(ready.screen)")
        #expect(ready.screen.contains("│漢字 5┊ ok🙂⇥ done.<|eot_id|>"), "\(ready.screen)")
        try tmux.sendKeys("Tab")
        try tmux.sendKeys("Tab")
        for _ in 0..<4 { try tmux.sendKeys(",") }
        let back = try tmux.waitForScreen { $0.contains("step 3/7  block 1  revealed 2  remasked 1") }
        #expect(back.ok, "\(back.screen)")
        #expect(back.screen.contains("│▸ A:▒▒⏎"), "\(back.screen)")
        try tmux.sendKeys("f")
        try tmux.sendKeys("done")
        try tmux.sendKeys("Enter")
        let found = try tmux.waitForScreen { $0.contains("first appears at step 5; in the final text") }
        #expect(found.ok, "\(found.screen)")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForScreen { $0.contains("EXIT=0") }.ok)
    }
}
