import Foundation
import Testing
import UnmaskCore
import UnmaskTestSupport
import UnmaskUI

/// Every `explore` option at its limit and beyond. The options are checked before the terminal:
/// at the limit the run gets as far as the terminal check (it is refused for standard input not
/// being a terminal), beyond it stops at the option with one line naming it; either way exit 64
/// and nothing on standard output. The limits are the keys' limits (`Model.maximumSteps`, …).
@Suite("UI end to end: explore's options are checked before the terminal")
struct ExplorerOptionLimitTests {
    static let terminalRefusal = "the explorer needs a terminal"
    static let largestPlaneParameter = "\(BetaLattice.maximum / 100)"

    static let atLimit: [[String]] = [
        ["--steps", "1"], ["--steps", "\(Model.maximumSteps)"],
        ["--length", "1"], ["--length", "\(Model.maximumLength)"],
        ["--steps", "\(Model.maximumSteps)", "--length", "\(Model.maximumLength)", "--rounding", "stochastic"],
        ["--alpha", "beta:\(largestPlaneParameter),\(largestPlaneParameter)"], ["--alpha", "beta:0.01,0.01"],
        ["--alpha", "cosine"], ["--weight", "beta:0.9,0.3"], ["--rounding", "llada"],
        ["--seed", "0"], ["--seed", "\(UInt64.max)"], ["--target", "words"], ["--theme", "mono"], ["--no-mouse"],
        ["--scores", "chen2025"], ["--scores", "chen2025", "--task", "gsm8k", "--steps", "64"],
        ["--scores", "chen2025", "--task", "hendrycks_math", "--score-metric", "score"],
    ]

    /// Each case and a word its one-line error must contain.
    static let beyondLimit: [([String], String)] = [
        (["--steps", "\(Model.maximumSteps + 1)"], "--steps"), (["--steps", "0"], "--steps"),
        (["--steps", "-1"], "--steps"), (["--steps", "1000000000"], "--steps"),
        (["--steps", "9223372036854775808"], "--steps"), (["--steps", "x"], "--steps"),
        (["--length", "\(Model.maximumLength + 1)"], "--length"), (["--length", "0"], "--length"),
        (["--length", "9223372036854775807"], "--length"),
        (["--alpha", "beta:\(BetaLattice.maximum / 100 + 1),1"], "--alpha"), (["--alpha", "beta:1e17,1"], "--alpha"),
        (["--alpha", "beta:1,1e300"], "--alpha"), (["--alpha", "beta:0,1"], "--alpha"), (["--alpha", "beta:nan,1"], "--alpha"),
        (["--alpha", "bogus"], "--alpha"), (["--weight", "bogus"], "bogus"),
        (["--seed", "18446744073709551616"], "--seed"), (["--seed", "-1"], "--seed"),
        (["--rounding", "bogus"], "--rounding"), (["--target", "bogus"], "bogus"),
        (["--target-file", "/nonexistent/target.txt"], "/nonexistent/target.txt"),
        (["--theme", "no-such-theme"], "no-such-theme"), (["--themes-dir", "/nonexistent"], "--themes-dir"),
        (["--scores", "chen2025", "--task", "bogus"], "bogus"), (["--scores", "/nonexistent/scores.csv"], "/nonexistent/scores.csv"),
        (["--scores", "/dev/null"], "/dev/null"), (["--scores", "chen2025", "--task", "gsm8k", "--score-metric", "nope"], "nope"),
        (["--task", "gsm8k"], "--scores"), (["--score-metric", "acc"], "--scores"),
    ]

    @Test(arguments: atLimit)
    func atTheLimitTheTerminalIsWhatRefuses(arguments: [String]) throws {
        let result = try runUnmask(["explore"] + arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(Self.terminalRefusal), "\(arguments): \(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test(arguments: beyondLimit)
    func beyondTheLimitTheOptionIsRefusedInOneLine(arguments: [String], named: String) throws {
        let result = try runUnmask(["explore"] + arguments)
        #expect(result.status == 64, "\(arguments)")
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 1 && !result.standardError.contains(Self.terminalRefusal) && result.standardError.contains(named),
                "\(arguments): \(result.standardError)")
    }

    /// In a real terminal too: the error line on the shell's screen, the alternate screen never
    /// entered (nothing of the explorer in the pane's history).
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the terminal half of the option test"))
    func beyondTheLimitInATerminalNothingIsDrawn() throws {
        let command = "sh -c 'echo BEFORE-UNMASK; TERM=xterm-256color \"$0\" explore --steps 1000000000; echo \"rc=$?\"; exec sleep 300' " +
            (try unmaskExecutable().path)
        let tmux = try TmuxSession(width: 100, height: 20, command: command)
        let done = try tmux.waitForScreen { $0.contains("rc=") }
        #expect(done.screen.contains("rc=64") && done.screen.contains("--steps N = 1000000000 is above the limit of 1024"), "\(done.screen)")
        let history = try tmux.history()
        #expect(history.contains("BEFORE-UNMASK") && !history.contains("Energy"), "\(history)")
        #expect(try tmux.format("alternate_on") == "0")
    }
}
