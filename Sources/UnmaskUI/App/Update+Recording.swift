import Foundation
import UnmaskCore

/// Scrolls the recorded run's text: one row for ↑ ↓ (`db` ±1), a page less a row for the
/// larger moves (PgUp PgDn, J K).
func scrollRecording(_ model: inout Model, by db: Int) {
    guard var recording = model.recording else { return }
    let text = model.layout.recordingText
    let rows = RecordingFlow(recording, width: text.width).rowCount
    let page = Swift.max(1, text.height - 1)
    let lines = abs(db) == 1 ? -db : -db.signum() * page
    recording.scroll = clamp(recording.scroll + lines, 0, rows - text.height)
    model.recording = recording
}

/// Keeps the shown step's reveals in view: when the step changed and none of the positions it
/// revealed is on a visible row, scrolls so the first of them is on the second visible row; at
/// step 0 (all masked) to the top, where the prompt is. The scroll always stays within the text.
func reconcileRecordingScroll(_ model: inout Model) {
    guard model.showsRecording, var recording = model.recording else { return }
    let text = model.layout.recordingText
    guard text.height > 0 else { return }
    let flow = RecordingFlow(recording, width: text.width)
    if recording.followedStep != recording.step {
        recording.followedStep = recording.step
        if recording.step == 0 { recording.scroll = 0 }
        let rows = (recording.shownStep?.revealed ?? []).map { flow.positions[$0.position].row }
        if let first = rows.min(), !rows.contains(where: { $0 >= recording.scroll && $0 < recording.scroll + text.height }) {
            recording.scroll = first - Swift.min(1, text.height - 1)
        }
    }
    recording.scroll = clamp(recording.scroll, 0, flow.rowCount - text.height)
    if recording != model.recording { model.recording = recording }
}

/// Carries out `f` (find a text) and `#` (go to a step) on the recorded run; returns why the
/// text was refused, or nil.
func submitRecordingPrompt(_ prompt: Prompt, on model: inout Model) -> String? {
    guard var recording = model.recording else { return "no recorded run" }
    let last = recording.replay.stepCount
    switch prompt.purpose {
    case .step:
        guard let step = Int(prompt.text.trimmingCharacters(in: .whitespaces)), (0...last).contains(step) else {
            return "a step is a whole number 0…\(last)"
        }
        recording.step = step
        recording.search = nil
    default:
        guard !prompt.text.isEmpty else { return "type the text to find" }
        let search = TrajectoryTextSearch(prompt.text, in: recording.replay.file)
        guard let steps = search.stepsToFirst, let number = search.firstStep else {
            return "not in any step's partial sequence"
        }
        recording.step = steps
        recording.search = prompt.text
        model.notice = "first appears at step \(number); " + (search.survives ? "in the final text" : "overwritten later: not in the final text")
    }
    model.sampler.playing = false
    model.recording = recording
    return nil
}
