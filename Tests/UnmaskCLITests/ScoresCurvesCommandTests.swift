import Foundation
import Testing
import UnmaskTestSupport

/// `unmask scores curves` through the built executable.
@Suite("CLI: scores curves")
struct ScoresCurvesCommandTests {
    static let tasks = ["mbpp", "humaneval", "bbh", "gsm8k", "hendrycks_math", "minerva_math"]

    @Test(arguments: tasks)
    func csvIsTheRowsOfScoresShowForTheTask(task: String) throws {
        let curves = try runUnmask(["scores", "curves", "--task", task, "--format", "csv"])
        let shown = try runUnmask(["scores", "show", "--task", task, "--format", "csv"])
        #expect(curves.status == 0 && shown.status == 0, "\(curves.standardError)")
        #expect(curves.lines.first == "schedule,a,b,task,steps,metric,score,stderr")
        #expect(curves.standardOutput == shown.standardOutput)
        #expect(try runUnmask(["scores", "curves", "--task", task]).standardOutput == curves.standardOutput, "csv when piped")
    }

    @Test func rowsAreSortedBySchedulesOrderThenStepsForTheChosenMetric() throws {
        let file = NSTemporaryDirectory() + "unmask-curves-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try """
            schedule,a,b,task,steps,gen_length,metric,score,stderr
            "beta:1,0.2",1,0.2,gsm8k,64,256,"exact_match,strict-match",0.5,0.01
            linear,0.5,0.5,gsm8k,64,256,"exact_match,strict-match",0.4,
            "beta:1,0.2",1,0.2,gsm8k,8,256,"exact_match,strict-match",0.3,
            linear,0.5,0.5,gsm8k,8,256,"exact_match,flexible-extract",0.2,
            linear,0.5,0.5,gsm8k,8,256,"exact_match,strict-match",0.1,

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let first = try runUnmask(["scores", "curves", "--scores", file, "--task", "gsm8k"])
        #expect(first.lines == [
            "schedule,a,b,task,steps,metric,score,stderr",
            "\"beta:1,0.2\",1.0,0.2,gsm8k,8,\"exact_match,strict-match\",0.3,",
            "\"beta:1,0.2\",1.0,0.2,gsm8k,64,\"exact_match,strict-match\",0.5,0.01",
            "linear,0.5,0.5,gsm8k,8,\"exact_match,strict-match\",0.1,",
            "linear,0.5,0.5,gsm8k,64,\"exact_match,strict-match\",0.4,",
        ])
        let other = try runUnmask(["scores", "curves", "--scores", file, "--task", "gsm8k", "--score-metric", "exact_match,flexible-extract"])
        #expect(other.lines.dropFirst() == ["linear,0.5,0.5,gsm8k,8,\"exact_match,flexible-extract\",0.2,"])
        let plot = try runUnmask(["scores", "curves", "--scores", file, "--task", "gsm8k", "--format", "plot"])
        #expect(plot.lines.first?.hasPrefix("gsm8k: exact_match,strict-match against steps (log2 axis), scores /") == true)
        #expect(plot.lines.contains { $0.hasSuffix("A linear") } && plot.lines.contains { $0.hasSuffix("B beta:1,0.2") })
    }

    @Test func aPipedPlotIsPlainTextOfTheGivenSize() throws {
        let result = try runUnmask(["scores", "curves", "--task", "humaneval", "--format", "plot", "--width", "78", "--height", "20"])
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("\u{1B}"))
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 20 && lines.allSatisfy { $0.count <= 78 })
        #expect(lines.first == "humaneval: score against steps (log2 axis), scores chen2025")
        #expect(lines.last?.split(separator: " ") == ["8", "16", "32", "64", "128", "256"])
        let defaultSize = try runUnmask(["scores", "curves", "--task", "humaneval", "--format", "plot"])
        #expect(defaultSize.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).count == 25, "80 × 24 when not a terminal")
    }

    static let script = executableOnPath("script")

    /// The plot on a pseudo-terminal (util-linux `script`): colours as terminfo describes TERM,
    /// none under NO_COLOR or for a terminal without colours, where the points are letters.
    @Test(.enabled(if: script != nil), arguments: [
        ("TERM=xterm-256color", "\u{1B}[0;38;5;203m", true),
        ("TERM=xterm-256color NO_COLOR=1", nil, false),
        ("TERM=vt100", nil, false),
        ("TERM=xterm", "\u{1B}[0;31m", false),
    ] as [(String, String?, Bool)])
    func onATerminalThePlotIsColouredAtItsDepth(environment: String, firstColour: String?, noMarkers: Bool) throws {
        let executable = try unmaskExecutable().path
        // The test runner's own NO_COLOR and COLORTERM are not passed on.
        let result = try runBash("\(environment) script -qec \"$1 scores curves --task humaneval --width 78 --height 20\" /dev/null",
                                 [executable], environment: ["NO_COLOR": nil, "COLORTERM": nil])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 20)
        if let firstColour {
            #expect(result.standardOutput.contains(firstColour + (noMarkers ? "━" : "A") + " linear"), "linear's colour")
        } else {
            var attributesOnly = result.standardOutput
            for sequence in ["\u{1B}[0m", "\u{1B}[0;1m", "\u{1B}[0;2m"] { attributesOnly = attributesOnly.replacingOccurrences(of: sequence, with: "") }
            #expect(!attributesOnly.contains("\u{1B}"), "no colour")
        }
        let plain = result.standardOutput.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(plain.contains("A linear") != noMarkers && plain.contains("━ linear") == noMarkers)
    }

    @Test(arguments: [
        (["--task", "nope"], "unknown task 'nope' (known: mbpp, humaneval, bbh, gsm8k, hendrycks_math, minerva_math)"),
        ([], "give --task T (known: mbpp, humaneval, bbh, gsm8k, hendrycks_math, minerva_math)"),
        (["--task", "gsm8k", "--score-metric", "pass@1"], "--score-metric 'pass@1': gsm8k has no such metric (known: score)"),
        (["--task", "gsm8k", "--width", "39"], "--width = 39 must be from 40 to 1000"),
        (["--task", "gsm8k", "--width", "1001"], "--width = 1001 must be from 40 to 1000"),
        (["--task", "gsm8k", "--height", "9"], "--height = 9 must be from 10 to 1000"),
        (["--task", "\u{1B}[2J"], "unknown task '\\e[2J' (known: mbpp, humaneval, bbh, gsm8k, hendrycks_math, minerva_math)"),
    ])
    func badInputExits64WithOneLine(arguments: [String], message: String) throws {
        let result = try runUnmask(["scores", "curves"] + arguments)
        #expect(result.status == 64)
        #expect(result.standardError == "unmask: \(message)\n")
        #expect(result.standardOutput.isEmpty)
    }
}
