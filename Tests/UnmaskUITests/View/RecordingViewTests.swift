import Testing
import UnmaskCore
import UnmaskUI

/// The sampler panel on a recorded run, rendered in the pure renderer (mono theme).
@Suite("UI view: a recorded run in the sampler panel")
struct RecordingViewTests {
    /// The sampler panel's rows of the screen.
    static func panel(_ model: Model) -> [String] {
        let screen = TestModels.render(model)
        let rect = model.layout.sampler
        return (rect.y..<rect.maxY).map { screen.line($0) }
    }

    /// At the end of the hand-written run at 80×24: the header, the prompt with its BPE markers
    /// decoded, `▸` before the generated part, the newline token drawn `⏎` and breaking the line,
    /// CJK and emoji in two columns, the tab `⇥`, `┊` between the blocks, the readout and hints.
    @Test func handWrittenRunAtTheEnd() throws {
        let model = try RecordedRuns.model("hand-written.jsonl")
        #expect(Self.panel(model) == [
            "┌ Recorded run · hand-written.jsonl · 7/7 steps ───────────────────────────────┐",
            "│hand-written (not a model run) · G=12 B=6 S=8 · threshold 0.9 · T=0 · prompt …│",
            "│Q: 2+2?⏎                                                                      │",
            "│▸ A: 4⏎                                                                       │",
            "│漢字 5┊ ok🙂⇥ done.<|eot_id|>                                                 │",
            "│                                                                              │",
            "│                                                                              │",
            "│step 7/7  block 2  revealed 1  confidence 0.66 (min 0.66)  paused  colour: st…│",
            "│space play   . step   , back   g Home start   G End end   c colour            │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ])
    }

    /// A run recorded by `unmask sample --policy klass:0.9,0.01 --format jsonl`: its policy is a
    /// spec that carries its parameters, so the header's `threshold` (0.9) is not repeated after it.
    @Test func policySpecIsShownOnce() throws {
        let lines = [
            #"{"type": "header", "format": "unmask-trajectory/1", "model": "toy:paper-extremes", "prompt": [], "gen_length": 5,"#
                + #" "mask_token": "?", "steps": 2, "block_length": 5, "policy": "klass:0.9,0.01", "threshold": 0.9,"#
                + #" "kl_threshold": 0.01, "capped": false, "temperature": 0.0, "seed": "0"}"#,
            #"{"type": "step", "step": 1, "block": 0, "revealed": [{"position": 0, "token": "a", "confidence": 0.5}]}"#,
            #"{"type": "step", "step": 2, "block": 0, "revealed": [{"position": 1, "token": "a", "confidence": 1.0},"#
                + #" {"position": 2, "token": "a", "confidence": 1.0}, {"position": 3, "token": "a", "confidence": 1.0},"#
                + #" {"position": 4, "token": "a", "confidence": 1.0}]}"#,
            #"{"type": "final", "tokens": ["a", "a", "a", "a", "a"], "text": "aaaaa", "nfe": 2}"#,
        ]
        let model = RecordedRuns.model(try TrajectoryFile(text: lines.joined(separator: "\n") + "\n"), name: "klass.jsonl")
        #expect(Self.panel(model)[1] == "│toy:paper-extremes · G=5 S=2 · klass:0.9,0.01 · T=0 · prompt 0 tokens         │")
    }

    /// Colouring by confidence (`c`) without colours (the mono theme, no colour depth): bold from
    /// 0.9, plain between, dim below 0.5, and the readout says so. "A" was revealed at 0.97,
    /// "漢字" at 0.42, " ok" at 0.99, "." at 0.74.
    @Test func confidenceWithoutColourIsBoldPlainOrDim() throws {
        var model = try RecordedRuns.model("hand-written.jsonl", width: 120, height: 40)
        RecordedRuns.press("c", on: &model)
        let screen = TestModels.render(model)
        func cell(_ text: String) throws -> Cell {
            let row = try #require((0..<screen.height).first { screen.line($0).contains(text) }, "\(text) on screen")
            let column = try #require(screen.line(row).range(of: text)).lowerBound
            let x = screen.line(row)[..<column].reduce(0) { $0 + $1.terminalColumns }
            return screen[x, row]
        }
        let high = try cell("A: "), low = try cell("漢字"), okay = try cell("ok🙂"), middle = try cell(".<|eot")
        #expect(high.attributes.contains(.bold) && !high.attributes.contains(.dim))
        #expect(okay.attributes.contains(.bold))
        #expect(low.attributes.contains(.dim) && !low.attributes.contains(.bold))
        #expect(!middle.attributes.contains(.bold) && !middle.attributes.contains(.dim))
        #expect((0..<screen.height).contains { screen.line($0).contains("colour: confidence (bold ≥ 0.9, dim < 0.5)") })
        // With colours the ramp tells them apart, and the attributes are the theme's.
        var coloured = try RecordedRuns.model("hand-written.jsonl", width: 120, height: 40, depth: .palette256)
        RecordedRuns.press("c", on: &coloured)
        let text = TestModels.render(coloured).textLines.joined(separator: "\n")
        #expect(text.contains("colour: confidence") && !text.contains("bold ≥ 0.9"))
    }

    /// Scrubbing back: step 3 masked position 2 again (drawn `▒` in its slot, two columns wide
    /// as its widest token " 4"), and the positions not yet revealed are `▒` over their slots
    /// (block 2's are 3 + 2 + 1 + 5 + 1 + 10 = 22 columns: " ok", the emoji, the tab, " done",
    /// "." and "<|eot_id|>").
    @Test func scrubbingBackMasksAgain() throws {
        var model = try RecordedRuns.model("hand-written.jsonl")
        RecordedRuns.press(",,,,", on: &model)
        #expect(model.recording?.step == 3)
        let rows = Self.panel(model)
        #expect(rows[3] == "│▸ A:▒▒⏎                                                                       │")
        #expect(rows[4] == "│漢字 5┊▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒                                                 │")
        #expect(rows[7].hasPrefix("│step 3/7  block 1  revealed 2  remasked 1  confidence 0.36 (min 0.31)"))
        RecordedRuns.press("g", on: &model)
        #expect(Self.panel(model)[3] == "│▸ ▒▒▒▒▒                                                                       │")
        #expect(Self.panel(model)[4].hasPrefix("│▒▒▒▒▒▒┊▒▒▒"))
    }

    /// The screen keeps the text's layout while scrubbing: the same slots at every step.
    @Test func slotsDoNotMoveWhileScrubbing() throws {
        var model = try RecordedRuns.model("synthetic-blocks.jsonl", width: 100, height: 40)
        let flow = RecordingFlow(model.recording!, width: model.layout.recordingText.width)
        for step in 0...model.recording!.replay.stepCount {
            model.recording!.step = step
            #expect(RecordingFlow(model.recording!, width: model.layout.recordingText.width) == flow)
        }
    }

    /// `u` puts the step map in the heatmap panel: one row pair per step at 12 positions, and
    /// `▶` on the shown step's row.
    @Test func stepMapInTheHeatmapPanel() throws {
        var model = try RecordedRuns.model("hand-written.jsonl", width: 120, height: 40)
        RecordedRuns.press("u", on: &model)
        let screen = TestModels.render(model)
        #expect(screen.line(0).hasPrefix("┌ Step map · position × step · G=12 S=7 · hand-written.jsonl"))
        let map = model.layout.map
        // G = 12 positions spread over whole columns; S = 7 steps over whole half rows.
        let across = map.width / 12, down = map.height * 2 / 7
        let grid = StepMapGrid(model.recording!.replay.file, columns: map.width, rows: map.height * 2)
        #expect(grid.columns == 12 && grid.rows == 7)
        for step in 0..<7 {
            for position in 0..<12 {
                let revealed = model.recording!.replay.file.steps[step].revealed.contains { $0.position == position }
                let y = map.y + (step * down) / 2, x = map.x + position * across
                let glyph = screen.line(y).dropFirst(x).first
                #expect((glyph != " ") == revealed || (down % 2 == 1), "step \(step + 1), position \(position): \(String(describing: glyph))")
            }
        }
        #expect(screen.line(map.y + (6 * down) / 2).dropFirst(map.x - 1).first == "▶")
        RecordedRuns.press("u", on: &model)
        #expect(TestModels.render(model).line(0).hasPrefix("┌ Energy"))
    }

    /// The token bars set the recorded counts beside the cursor's plan for the run's G, N and B.
    @Test func tokenBarsCompareTheRecordedCounts() throws {
        let model = try RecordedRuns.model("hand-written.jsonl", width: 120, height: 40)
        let screen = TestModels.render(model)
        let rect = model.layout.schedules
        let rows = (rect.y..<rect.maxY).map { screen.line($0) }
        #expect(rows.contains { $0.contains("tokens/step L=12 N=8 B=6 cumulative") })
        #expect(rows.contains { $0.contains("recorded") })
        #expect(model.tokenPlans.cursor?.request.blockLength == 6)
        // The recorded counts as the last bars row writes them.
        #expect(rows.contains { $0.contains("3  1  2  1  4  1  1") })
    }
}
