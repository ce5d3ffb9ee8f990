import Testing
import UnmaskCore
import UnmaskUI

/// The keys on a recorded run: scrubbing, going to a step, finding a text, scrolling, and
/// switching between the run and the toy targets.
@Suite("UI update: a recorded run's keys")
struct RecordingTests {
    @Test func scrubBothWaysWithinTheRun() throws {
        var model = try RecordedRuns.model("hand-written.jsonl")
        #expect(model.recording?.step == 7)
        RecordedRuns.press(".", on: &model)
        #expect(model.recording?.step == 7)
        _ = update(&model, .key(.left))
        _ = update(&model, .key(.left))
        #expect(model.recording?.step == 5)
        _ = update(&model, .key(.right))
        #expect(model.recording?.step == 6)
        _ = update(&model, .key(.home))
        #expect(model.recording?.step == 0)
        RecordedRuns.press(",", on: &model)
        #expect(model.recording?.step == 0)
        RecordedRuns.press("G", on: &model)
        #expect(model.recording?.step == 7)
        // The toy sampler's step is untouched.
        #expect(model.sampler.step == 0)
    }

    @Test func playbackRunsToTheEnd() throws {
        var model = try RecordedRuns.model("hand-written.jsonl")
        var effects = update(&model, .key(.character(" ")))
        #expect(model.recording?.step == 0)
        var ticks = 0
        while case let .scheduleTick(token, _)? = effects.first, ticks < 20 {
            effects = update(&model, .tick(token: token))
            ticks += 1
        }
        #expect(ticks == 7)
        #expect(model.recording?.step == 7)
        #expect(!model.sampler.playing)
    }

    @Test func goToAStep() throws {
        var model = try RecordedRuns.model("hand-written.jsonl")
        RecordedRuns.press("#", on: &model)
        RecordedRuns.type("3", on: &model)
        #expect(model.prompt == nil)
        #expect(model.recording?.step == 3)
        for bad in ["8", "-1", "x", ""] {
            RecordedRuns.press("#", on: &model)
            RecordedRuns.type(bad, on: &model)
            #expect(model.prompt?.error == "a step is a whole number 0…7", "\(bad)")
            _ = update(&model, .key(.escape))
        }
        #expect(model.recording?.step == 3)
    }

    /// " 4" first appears at step 1, is masked again at step 3 and restored at step 4; "5" is
    /// revealed at step 3 and never overwritten; "🙂⇥" spans two tokens of step 5.
    @Test func findShowsTheFirstStepAndUnderlinesIt() throws {
        var model = try RecordedRuns.model("hand-written.jsonl")
        RecordedRuns.press("f", on: &model)
        RecordedRuns.type("A: 4", on: &model)
        #expect(model.recording?.step == 1)
        #expect(model.notice == "first appears at step 1; in the final text")
        RecordedRuns.press("f", on: &model)
        RecordedRuns.type("🙂\t", on: &model)
        #expect(model.recording?.step == 5)
        #expect(model.recording?.replay.matches(of: "🙂\t", after: 5) == [7..<9])
        RecordedRuns.press("f", on: &model)
        RecordedRuns.type("nowhere", on: &model)
        #expect(model.prompt?.error == "not in any step's partial sequence")
    }

    /// A run overwritten later: "Ġ5" at position 5 stays, so take a text that is only in a
    /// partial sequence (the correct answer overwritten is the remask of " 4" at step 3, restored).
    @Test func findReportsATextOverwrittenLater() throws {
        let text = """
            {"type":"header","format":"unmask-trajectory/1","gen_length":2,"steps":3}
            {"type":"step","step":1,"revealed":[{"position":0,"token":"42"}]}
            {"type":"step","step":2,"revealed":[{"position":1,"token":"!"}],"remasked":[0]}
            {"type":"step","step":3,"revealed":[{"position":0,"token":"41"}]}

            """
        var options = ExplorerOptions()
        options.recording = try TrajectoryFile(text: text)
        options.recordingName = "edit.jsonl"
        var model = TestModels.model(options: options)
        RecordedRuns.press("f", on: &model)
        RecordedRuns.type("42", on: &model)
        #expect(model.recording?.step == 1)
        #expect(model.notice == "first appears at step 1; overwritten later: not in the final text")
    }

    /// `t` goes from the run to the first toy target and, past the last, back to the run; the
    /// toy sampler's keys say why they do nothing on the run.
    @Test func targetCycleIncludesTheRun() throws {
        var model = try RecordedRuns.model("hand-written.jsonl")
        RecordedRuns.press("s", on: &model)
        #expect(model.notice?.hasPrefix("a recorded run is shown") == true)
        RecordedRuns.press("t", on: &model)
        #expect(!model.showsRecording)
        #expect(model.sampler.targetIndex == 0)
        #expect(TestModels.render(model).line(model.layout.sampler.y).contains("Sampler · paper-extremes"))
        RecordedRuns.press("f", on: &model)
        #expect(model.prompt == nil)
        #expect(model.notice == "the toy sampler is shown: t returns to the recorded run")
        RecordedRuns.press("T", on: &model)
        #expect(model.showsRecording)
        RecordedRuns.press("T", on: &model)
        #expect(model.sampler.targetIndex == model.sampler.targets.count - 1)
        RecordedRuns.press("t", on: &model)
        #expect(model.showsRecording)
    }

    /// Without a run, the run's keys say how to get one.
    @Test func runKeysWithoutARun() {
        var model = TestModels.model()
        for key in "uf#" {
            RecordedRuns.press(String(key), on: &model)
            #expect(model.notice == "no recorded run: start with explore --trajectory FILE")
            #expect(model.prompt == nil)
        }
    }

    /// ↑ ↓ scroll the text one row, PgUp PgDn a page; the scroll stays within the text, and a
    /// step whose reveals are off screen scrolls them into view.
    @Test func scrollingAndFollowing() throws {
        var model = try RecordedRuns.model("synthetic-blocks.jsonl", width: 80, height: 24)
        let text = model.layout.recordingText
        let rows = RecordingFlow(model.recording!, width: text.width).rowCount
        #expect(rows > text.height)
        _ = update(&model, .key(.home))
        #expect(model.recording?.scroll == 0)
        _ = update(&model, .key(.down))
        #expect(model.recording?.scroll == 1)
        _ = update(&model, .key(.up))
        _ = update(&model, .key(.up))
        #expect(model.recording?.scroll == 0)
        _ = update(&model, .key(.pageDown))
        #expect(model.recording?.scroll == text.height - 1)
        for _ in 0..<20 { _ = update(&model, .key(.pageDown)) }
        #expect(model.recording?.scroll == rows - text.height)
        // Going to the first step shows its reveals (block 1, at the top).
        RecordedRuns.press("#", on: &model)
        RecordedRuns.type("1", on: &model)
        let flow = RecordingFlow(model.recording!, width: text.width)
        let scroll = model.recording!.scroll
        for reveal in model.recording!.shownStep!.revealed {
            #expect((scroll..<(scroll + text.height)).contains(flow.positions[reveal.position].row))
        }
        // And the last step's (block 4) after it.
        RecordedRuns.press("G", on: &model)
        let last = model.recording!.scroll
        #expect(model.recording!.shownStep!.revealed.contains {
            (last..<(last + text.height)).contains(flow.positions[$0.position].row)
        })
    }
}
