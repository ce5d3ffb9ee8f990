import Foundation
import Testing
import UnmaskTestSupport

/// The sampler's "left the support" message in the real binary under tmux: the issue's case,
/// `--steps 3 --alpha beta:0.5,0.5 --seed 1` on paper-extremes (aaaaa or bbbbb), whose step 1
/// reveals `??ba?`. Which step leaves is worked out here from the sequences `unmask sample`
/// prints for the same run (the first with both an a and a b), not taken from the explorer.
@Suite("UI end to end: the step that left the support", .serialized)
struct ExplorerSupportEndToEndTests {
    static let options = ["--steps", "3", "--alpha", "beta:0.5,0.5", "--seed", "1"]

    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end support test"))
    func theMessageNamesTheStepWhoseDrawsLeft() throws {
        let sample = try runUnmask(["sample", "--target", "paper-extremes"] + Self.options)
        try #require(sample.status == 0, "\(sample.standardError)")
        let sequences = sample.standardOutput.split(separator: "\n").dropFirst(2).prefix(3).map { line in
            String(line.split(separator: " ", omittingEmptySubsequences: true)[4])
        }
        let leaving = try #require(sequences.firstIndex { $0.contains("a") && $0.contains("b") }).advanced(by: 1)
        try #require(leaving == 1 && sequences[0] == "??ba?", "fixture: step 1 reveals ??ba?\n\(sample.standardOutput)")

        let binary = try unmaskExecutable().path
        let command = "sh -c 'unset NO_COLOR; TERM=xterm-256color \"$0\" explore \(Self.options.joined(separator: " ")); " +
            "echo \"EXIT=$?\"; exec sleep 300' \(binary)"
        let tmux = try TmuxSession(width: 120, height: 40, command: command)
        let ready = try tmux.waitForScreen { $0.contains("step 0/3") && $0.contains("output after all 3 steps") }
        try #require(ready.ok, "the sampler panel never appeared:\n\(ready.screen)")

        for step in 1...3 {
            try tmux.sendKeys(".")
            let shown = try tmux.waitForScreen { $0.contains("step \(step)/3") }
            try #require(shown.ok, "step \(step) never shown:\n\(shown.screen)")
            let message = step < 3 ? "left the support in step \(leaving): no sequence of the target agrees with \(sequences[0])"
                                   : "not in the target, invalid (left the support in step \(leaving))"
            #expect(try tmux.waitForScreen(timeout: 5) { $0.contains(message) }.ok, "step \(step):\n\(shown.screen)")
        }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForScreen { $0.contains("EXIT=0") }.ok)
    }
}
