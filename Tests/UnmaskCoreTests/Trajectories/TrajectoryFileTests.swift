import Foundation
import Testing
@testable import UnmaskCore

@Suite("Trajectory files: tolerant reading and exact summaries")
struct TrajectoryFileTests {
    /// One block, G = 4, S = 3: multi-character, wide and newline tokens, a null confidence, a
    /// remask, a malformed middle line (3) and a last line cut short (7).
    static let single = """
        {"type": "header", "format": "unmask-trajectory/1", "model": "m", "prompt": ["Q", ":"], "gen_length": 4, "steps": 3, "block_length": 4, "mask_token": "<|mdm_mask|>", "extra": {"x": 1}}
        {"type": "step", "step": 1, "block": 0, "revealed": [{"position": 0, "token": "Hel", "confidence": 0.5}, {"position": 3, "token": "\\n", "confidence": null}]}
        {"type": "step", "step": 2, "revealed": [
        {"type": "step", "step": 2, "block": 0, "revealed": [{"position": 1, "token": "漢字", "confidence": 0.25}, {"position": 2, "token": "lo", "confidence": 0.75}], "remasked": [0]}
        {"type": "step", "step": 3, "block": 0, "revealed": [{"position": 0, "token": "Hel", "confidence": 1}]}
        {"type": "final", "tokens": ["Hel", "漢字", "lo", "\\n"], "text": "Hel漢字lo\\n", "nfe": 3}
        {"type": "step", "step": 4, "revealed": [{"pos
        """

    /// Blocks G = 4, B = 2, S = 4 (two steps per block), threshold-style counts 2, 0, 1, 1, no final.
    static let blocks = """
        {"type": "header", "format": "unmask-trajectory/1", "gen_length": 4, "steps": 4, "block_length": 2, "policy": "threshold", "threshold": 0.9}
        {"type": "step", "step": 1, "block": 0, "revealed": [{"position": 0, "token": "a", "confidence": 0.75}, {"position": 1, "token": "b", "confidence": 0.25}]}
        {"type": "step", "step": 2, "block": 0, "revealed": []}
        {"type": "step", "step": 3, "block": 1, "revealed": [{"position": 2, "token": "c", "confidence": 0.5}]}
        {"type": "step", "step": 4, "block": 1, "revealed": [{"position": 3, "token": "d"}]}

        """

    @Test func singleBlockFixture() throws {
        let file = try TrajectoryFile(text: Self.single)
        #expect(file.skipped.map(\.line) == [3])
        #expect(file.skipped[0].reason.hasPrefix("not valid JSON"))
        #expect(file.incompleteLastLine == 7)
        #expect(file.header.prompt == ["Q", ":"])
        #expect(file.header.maskToken == "<|mdm_mask|>")
        #expect(file.steps[0].revealed[1] == RecordedReveal(position: 3, token: "\n", confidence: nil))
        #expect(file.final == TrajectoryFinal(tokens: ["Hel", "漢字", "lo", "\n"], text: "Hel漢字lo\n", nfe: 3))
        let summary = TrajectorySummary(file)
        #expect(summary.steps == 3)
        #expect(summary.nfe == 3)
        #expect(summary.tokensPerStep == [2, 2, 1])
        #expect(summary.stepMap == [3, 2, 2, 1])
        let means: [Double?] = [0.5, 0.5, 1], minima: [Double?] = [0.5, 0.25, 1]
        #expect(summary.meanConfidence == means)
        #expect(summary.minimumConfidence == minima)
        #expect(summary.remasked == 1)
        let times: [Double] = [1.0 / 3, 2.0 / 3, 1]
        #expect(summary.profileTimes == times)
        #expect(summary.profileFractions == [0.5, 0.75, 1])
    }

    @Test func findAcrossTokens() throws {
        let file = try TrajectoryFile(text: Self.single)
        #expect(TrajectoryTextSearch("lo\n", in: file) == TrajectoryTextSearch(firstStep: 2, stepsToFirst: 2, survives: true))
        // "Hel" was masked again at step 2, so "Hel漢" first appears at step 3
        #expect(TrajectoryTextSearch("Hel漢", in: file) == TrajectoryTextSearch(firstStep: 3, stepsToFirst: 3, survives: true))
        #expect(TrajectoryTextSearch("Hello", in: file) == TrajectoryTextSearch(firstStep: nil, stepsToFirst: nil, survives: false))
        // a masked position breaks the sequence: after step 1, "Hel" and "\n" are not adjacent
        #expect(TrajectoryTextSearch("Hel\n", in: file) == TrajectoryTextSearch(firstStep: nil, stepsToFirst: nil, survives: false))
    }

    @Test func blocksFixture() throws {
        let file = try TrajectoryFile(text: Self.blocks)
        #expect(file.skipped.isEmpty)
        #expect(file.incompleteLastLine == nil)
        #expect(file.header.threshold == 0.9)
        let summary = TrajectorySummary(file)
        #expect(summary.nfe == 4)
        #expect(summary.tokensPerStep == [2, 0, 1, 1])
        #expect(summary.stepMap == [1, 1, 3, 4])
        let means: [Double?] = [0.5, nil, 0.5, nil], minima: [Double?] = [0.25, nil, 0.5, nil]
        #expect(summary.meanConfidence == means)
        #expect(summary.minimumConfidence == minima)
        #expect(summary.profileTimes == [0.5, 1, 0.5, 1])
        #expect(summary.profileFractions == [1, 1, 0.5, 1])
        #expect(summary.fit?.informativeTimes == 1)  // t = 1/2 alone: (a, b) not determined
        #expect(TrajectoryTextSearch("abcd", in: file) == TrajectoryTextSearch(firstStep: 4, stepsToFirst: 4, survives: true))
    }

    @Test func badLinesAreSkippedWithReasons() throws {
        let header = #"{"type": "header", "format": "unmask-trajectory/1", "gen_length": 4, "steps": 3}"#
        let lines = [
            header,
            #"{"type": "step", "step": 1, "revealed": [{"position": 4, "token": "x"}]}"#,
            #"{"type": "step", "step": 0, "revealed": []}"#,
            #"{"type": "step", "step": 10000001, "revealed": []}"#,
            #"{"type": "\u001b[2J", "step": 1}"#,
            #"[1, 2]"#,
            #"{"type": "step", "step": 1, "revealed": [{"position": 0, "token": "x", "confidence": "high"}]}"#,
            #"{"type": "step", "step": 1, "revealed": [{"position": 0, "token": "x"}], "remasked": [-1]}"#,
            header,
            #"{"type": "step", "step": 1, "revealed": [{"position": 1, "token": "y"}]}"#,
        ]
        let file = try TrajectoryFile(text: lines.joined(separator: "\n") + "\n")
        #expect(file.skipped.map(\.line) == Array(2...9))
        #expect(file.skipped[0].reason == "\"position\" 4 is outside 0…3")
        #expect(file.skipped[1].reason == "\"step\" 0 is outside 1…1000000")
        #expect(file.skipped[2].reason == "\"step\" 10000001 is outside 1…1000000")
        #expect(file.skipped[3].reason == "unknown type \"\\e[2J\"")
        #expect(file.skipped[4].reason == "not a JSON object")
        #expect(file.skipped[7].reason == "a second header")
        #expect(file.steps.map(\.step) == [1])
        #expect(file.incompleteLastLine == nil)
        // a malformed last line that did end with a newline is skipped, not incomplete
        let ended = try TrajectoryFile(text: header + "\n{\"type\": \n")
        #expect(ended.skipped.map(\.line) == [2])
        #expect(ended.incompleteLastLine == nil)
    }

    @Test func headerErrors() {
        #expect(throws: TrajectoryFileError.empty) { try TrajectoryFile(text: "\n\n") }
        #expect(throws: TrajectoryFileError.noHeader(line: 1, reason: "format \"unmask-trajectory/2\", expected \"unmask-trajectory/1\"")) {
            try TrajectoryFile(text: #"{"type": "header", "format": "unmask-trajectory/2", "gen_length": 4, "steps": 3}"#)
        }
        #expect(throws: TrajectoryFileError.noHeader(line: 2, reason: "the first record is not of type \"header\"")) {
            try TrajectoryFile(text: "\n" + #"{"type": "step", "step": 1, "revealed": []}"#)
        }
        #expect(throws: TrajectoryFileError.noHeader(line: 1, reason: "\"gen_length\" 2000000 is outside 1…1000000")) {
            try TrajectoryFile(text: #"{"type": "header", "format": "unmask-trajectory/1", "gen_length": 2000000, "steps": 3}"#)
        }
    }

    /// The fit recovers (a, b) from a profile of a known Beta schedule: within 1e-3 (relative)
    /// from exact α at t_k = k/64, and within 10% when α is rounded to whole tokens of 1024.
    @Test(arguments: [(0.6, 1.8), (2.0, 0.5), (1.0, 1.0)])
    func fitRecoversBeta(a: Double, b: Double) throws {
        let schedule = MaskSchedule(.beta(a: a, b: b))
        let times = (1...64).map { Double($0) / 64 }
        let exact = try #require(BetaProfileFit(times: times, fractions: times.map(schedule.alpha(at:))))
        #expect(abs(exact.a / a - 1) < 1e-3 && abs(exact.b / b - 1) < 1e-3, "\(exact)")
        #expect(exact.rmsError < 1e-6)
        #expect(exact.informativeTimes == 63)
        let rounded = try #require(BetaProfileFit(times: times, fractions: times.map { (schedule.alpha(at: $0) * 1024).rounded(.down) / 1024 }))
        #expect(abs(rounded.a / a - 1) < 0.1 && abs(rounded.b / b - 1) < 0.1, "\(rounded)")
    }
}
