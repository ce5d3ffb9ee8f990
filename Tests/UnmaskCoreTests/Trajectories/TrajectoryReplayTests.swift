import Foundation
import Testing
@testable import UnmaskCore

@Suite("Trajectory replay: any step's partial sequence, against replaying every step")
struct TrajectoryReplayTests {
    /// The partial sequences after 0…S steps, by applying the records one by one (remasks, then
    /// reveals): the definition the replay's binary search must agree with.
    static func replayedByHand(_ file: TrajectoryFile) -> [[(token: String, step: Int, confidence: Double?)?]] {
        var current = [(token: String, step: Int, confidence: Double?)?](repeating: nil, count: file.header.genLength)
        var states = [current]
        for (index, step) in file.steps.enumerated() {
            for position in step.remasked { current[position] = nil }
            for reveal in step.revealed { current[reveal.position] = (reveal.token, index + 1, reveal.confidence) }
            states.append(current)
        }
        return states
    }

    static func checkAgainstHand(_ file: TrajectoryFile) {
        let replay = TrajectoryReplay(file)
        for (steps, state) in replayedByHand(file).enumerated() {
            for position in state.indices {
                let token = replay.token(at: position, after: steps)
                #expect(token.map { replay.vocabulary[$0.id] } == state[position]?.token, "position \(position) after \(steps)")
                #expect(token?.step == state[position]?.step)
                // Confidences are kept in single precision.
                #expect(token?.confidence.map(Float.init) == state[position]?.confidence.map(Float.init))
            }
        }
    }

    @Test func handWrittenFixtures() throws {
        for text in [TrajectoryFileTests.single, TrajectoryFileTests.blocks] {
            Self.checkAgainstHand(try TrajectoryFile(text: text))
        }
        Self.checkAgainstHand(try TrajectoryFile(text: try String(contentsOf: Self.example("hand-written.jsonl"), encoding: .utf8)))
    }

    /// Random runs: several reveals of one position in a step, remasks of masked positions,
    /// positions never revealed, empty steps.
    @Test(arguments: 0..<20) func randomRuns(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let g = Int.random(in: 1...30, using: &random), s = Int.random(in: 1...25, using: &random)
        var lines = [#"{"type":"header","format":"unmask-trajectory/1","gen_length":\#(g),"steps":\#(s)}"#]
        for step in 0..<s {
            let reveals = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                let confidence = Bool.random(using: &random) ? "null" : String(Double.random(in: 0...1, using: &random))
                return #"{"position":\#(Int.random(in: 0..<g, using: &random)),"token":"t\#(Int.random(in: 0..<5, using: &random))","confidence":\#(confidence)}"#
            }
            let remasks = (0..<Int.random(in: 0...2, using: &random)).map { _ in String(Int.random(in: 0..<g, using: &random)) }
            lines.append(#"{"type":"step","step":\#(step + 1),"revealed":[\#(reveals.joined(separator: ","))],"remasked":[\#(remasks.joined(separator: ","))]}"#)
        }
        let file = try TrajectoryFile(text: lines.joined(separator: "\n") + "\n")
        #expect(file.skipped.isEmpty)
        Self.checkAgainstHand(file)
        let replay = TrajectoryReplay(file)
        let last = Self.replayedByHand(file).last!
        #expect(replay.finalTokens.map { $0.map { replay.vocabulary[$0] } } == last.map { $0?.token })
        // matches: every occurrence of "t1t" inside a run of revealed tokens, by brute force on the joined run
        for steps in 0...s {
            let state = Self.replayedByHand(file)[steps]
            #expect(replay.matches(of: "t1t", after: steps) == Self.matchesByHand("t1t", state.map { $0?.token }))
        }
    }

    /// Non-overlapping occurrences left to right within each run of revealed tokens, as the
    /// positions their bytes come from.
    static func matchesByHand(_ text: String, _ tokens: [String?]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var position = 0
        while position < tokens.count {
            guard tokens[position] != nil else {
                position += 1
                continue
            }
            var end = position
            while end < tokens.count, tokens[end] != nil { end += 1 }
            let owners = (position..<end).flatMap { p in Array(repeating: p, count: decodedTokenText(tokens[p]!).utf8.count) }
            let bytes = Array((position..<end).map { decodedTokenText(tokens[$0]!) }.joined().utf8), needle = Array(text.utf8)
            var start = 0
            while start + needle.count <= bytes.count {
                if Array(bytes[start..<(start + needle.count)]) == needle {
                    result.append(owners[start]..<(owners[start + needle.count - 1] + 1))
                    start += needle.count
                } else {
                    start += 1
                }
            }
            position = end
        }
        return result
    }

    @Test func matchesSpanTokensAndStopAtMasks() throws {
        let replay = TrajectoryReplay(try TrajectoryFile(text: TrajectoryFileTests.single))
        // after step 2: [masked, 漢字, lo, \n]; "字lo" spans positions 1–2
        #expect(replay.matches(of: "字lo", after: 2) == [1..<3])
        #expect(replay.matches(of: "Hel漢", after: 2).isEmpty)
        #expect(replay.matches(of: "Hel漢", after: 3) == [0..<2])
        #expect(replay.matches(of: "", after: 3).isEmpty)
    }

    /// Raw vocabulary pieces: `Ġ` and `▁` before a word are spaces and `Ċ` a newline, for the
    /// search as for the screen; the same letters inside a word are kept.
    @Test func bpeMarkersAreDecodedForSearch() throws {
        let text = """
            {"type":"header","format":"unmask-trajectory/1","gen_length":4,"steps":2}
            {"type":"step","step":1,"revealed":[{"position":0,"token":"Ġsche"},{"position":1,"token":"dule"}]}
            {"type":"step","step":2,"revealed":[{"position":2,"token":"▁designĊ"},{"position":3,"token":"aĠb"}]}

            """
        let file = try TrajectoryFile(text: text)
        #expect(TrajectoryTextSearch(" schedule", in: file) == TrajectoryTextSearch(firstStep: 1, stepsToFirst: 1, survives: true))
        #expect(TrajectoryTextSearch("schedule design\naĠb", in: file).stepsToFirst == 2)
        #expect(TrajectoryTextSearch("Ġsche", in: file).firstStep == nil)
        #expect(TrajectoryReplay(file).matches(of: "dule design", after: 2) == [1..<3])
        #expect(decodedTokenText("ĠĠx") == " Ġx")
        #expect(decodedTokenText("ĊĊ") == "\n\n")
    }

    @Test func stepsToFirstCountsRecordsInFileOrder() throws {
        // Step numbers out of order in the file: the replay counts records, the summary reports numbers.
        let text = """
            {"type":"header","format":"unmask-trajectory/1","gen_length":2,"steps":2}
            {"type":"step","step":2,"revealed":[{"position":0,"token":"x"}]}
            {"type":"step","step":1,"revealed":[{"position":1,"token":"y"}]}

            """
        let file = try TrajectoryFile(text: text)
        let search = TrajectoryTextSearch("xy", in: file)
        #expect(search.firstStep == 1)
        #expect(search.stepsToFirst == 2)
        #expect(TrajectoryReplay(file).matches(of: "xy", after: search.stepsToFirst!) == [0..<2])
    }

    static func example(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/trajectories").appendingPathComponent(name)
    }
}
