import Foundation
import UnmaskCore

/// The sampler panel on a recorded run (`explore --trajectory`): a header with the run's
/// settings; its text wrapped and scrolled (`RecordingFlow`), the prompt dimmed, masked
/// positions `▒` (in the error style where the shown step masked them again), revealed tokens
/// coloured by the step that revealed them or by their confidence, the shown step's reveals
/// highlighted and the text found with `f` underlined; the step readout; and the hints.
func drawRecordingPanel(_ model: Model, recording: RecordingState, layout: Layout, into buffer: inout CellBuffer) {
    let theme = model.theme
    let replay = recording.replay
    let title = "Recorded run · \(recording.name) · \(recording.step)/\(replay.stepCount) steps"
    let panel = Panel(title: title, focused: model.focus == .sampler, theme: theme)
    panel.draw(in: layout.sampler, into: &buffer)
    let inner = panel.content(in: layout.sampler)
    let text = layout.recordingText
    guard inner.height >= 4, inner.width >= 40 else { return }
    buffer.write(recordingHeader(recording), x: inner.x, y: inner.y, style: theme[.muted], limit: inner.maxX)
    let flow = RecordingFlow(recording, width: text.width)
    drawRecordingText(model, recording: recording, flow: flow, in: text, into: &buffer)
    if flow.rowCount > text.height {
        let note = "rows \(recording.scroll + 1)–\(Swift.min(flow.rowCount, recording.scroll + text.height)) of \(flow.rowCount)"
        buffer.write(" \(note) ", x: Swift.max(inner.x, inner.maxX - note.count - 2), y: layout.sampler.maxY - 1,
                     style: theme[.muted], limit: inner.maxX)
    }
    drawRecordingReadout(model, recording: recording, at: (inner.x, inner.maxY - 2), limit: inner.maxX, into: &buffer)
    drawRecordingHints(model.keys, at: (inner.x, inner.maxY - 1), limit: inner.maxX, theme: theme, into: &buffer)
}

/// `model · G=12 B=6 S=8 · threshold 0.9 · T=0 · prompt 7 tokens`, what the header records. A
/// policy written as an `unmask` spec (`threshold:0.9`, `klass:0.9,0.01`, as `StepPolicy(spec:)`
/// reads it) carries its parameters, so the header's `threshold` is shown only beside another
/// name (`threshold`, what LLaDA's and Fast-dLLM's recorders write).
private func recordingHeader(_ recording: RecordingState) -> String {
    let header = recording.replay.file.header
    var parts = [header.model ?? "model not recorded"]
    var shape = "G=\(header.genLength)"
    if header.blockLength < header.genLength { shape += " B=\(header.blockLength)" }
    parts.append(shape + " S=\(header.steps)")
    if let policy = header.policy {
        let threshold = (try? StepPolicy(spec: policy)) == nil ? header.threshold : nil
        parts.append(policy + (threshold.map { " \($0.compactDescription)" } ?? ""))
    }
    if let schedule = header.schedule { parts.append(schedule) }
    if let temperature = header.temperature { parts.append("T=\(temperature.compactDescription)") }
    parts.append("prompt \(header.prompt.count) token\(header.prompt.count == 1 ? "" : "s")")
    return parts.joined(separator: " · ")
}

private func drawRecordingText(_ model: Model, recording: RecordingState, flow: RecordingFlow, in rect: Rect,
                               into buffer: inout CellBuffer) {
    let theme = model.theme
    let visible = recording.scroll..<(recording.scroll + rect.height)
    func origin(_ slot: RecordingFlow.Slot) -> (x: Int, y: Int)? {
        visible.contains(slot.row) ? (rect.x + slot.x, rect.y + slot.row - recording.scroll) : nil
    }
    for (index, slot) in flow.prompt.enumerated() {
        guard let at = origin(slot) else { continue }
        buffer.write(recording.prompt[index], x: at.x, y: at.y, style: theme[.muted].adding(.dim), limit: at.x + slot.width)
    }
    for mark in flow.marks {
        guard let at = origin(mark.slot) else { continue }
        buffer.put(mark.glyph, x: at.x, y: at.y, style: theme[.muted])
    }
    let shown = recording.shownStep
    let remasked = Set(shown?.remasked ?? [])
    let ramp = theme.foregroundRamp(.tokenProbability, levels: 8, depth: model.colorDepth)
    let emphasis = ConfidenceEmphasis.isNeeded(ramp, depth: model.colorDepth)
    var found = Set<Int>()
    if let search = recording.search {
        for range in recording.replay.matches(of: search, after: recording.step) { found.formUnion(range) }
    }
    for (position, slot) in flow.positions.enumerated() {
        guard let at = origin(slot) else { continue }
        guard let token = recording.replay.token(at: position, after: recording.step) else {
            let style = remasked.contains(position) ? theme[.error] : theme[.tokenMask]
            buffer.write(String(repeating: "▒", count: slot.width), x: at.x, y: at.y, style: style, limit: at.x + slot.width)
            continue
        }
        var style = theme[.tokenText]
        switch model.sampler.coloring {
        case .step: style.foreground = theme.color(.tokenSteps, token.step - 1)
        case .probability:
            style.foreground = token.confidence.map { ramp.color(at: $0) } ?? theme[.muted].foreground
            if emphasis, let confidence = token.confidence { style = ConfidenceEmphasis.style(style, confidence: confidence) }
        }
        if token.step == recording.step { style = style.patched(with: theme[.tokenCurrent]) }
        if found.contains(position) { style = style.adding(.underline) }
        buffer.write(recording.displayed[token.id], x: at.x, y: at.y, style: style, limit: at.x + slot.width)
    }
}

/// `step 5/7  block 2  revealed 4  remasked 0  confidence 0.96 (min 0.92)  paused  colour: step  1×`.
private func drawRecordingReadout(_ model: Model, recording: RecordingState, at origin: (x: Int, y: Int), limit: Int,
                                  into buffer: inout CellBuffer) {
    let theme = model.theme
    var text = "step \(recording.step)/\(recording.replay.stepCount)"
    if let shown = recording.shownStep {
        if recording.blockLength < recording.length, let first = shown.revealed.first?.position ?? shown.remasked.first {
            text += "  block \(first / recording.blockLength + 1)"
        }
        text += "  revealed \(shown.revealed.count)"
        if !shown.remasked.isEmpty { text += "  remasked \(shown.remasked.count)" }
        let confidences = shown.revealed.compactMap(\.confidence)
        if let lowest = confidences.min() {
            let mean = confidences.reduce(0, +) / Double(confidences.count)
            text += String(format: "  confidence %.2f (min %.2f)", mean, lowest)
        }
    }
    let x = buffer.write(text, x: origin.x, y: origin.y, style: theme[.accent], limit: limit)
    let coloring = model.sampler.coloring == .step ? "step" : "confidence" + ConfidenceEmphasis.legend(theme, depth: model.colorDepth)
    let state = (model.sampler.playing ? "  ▶ playing" : "  paused") + "  colour: \(coloring)  \(String(format: "%g×", model.sampler.playSpeed))"
    buffer.write(state, x: x, y: origin.y, style: theme[.muted], limit: limit)
}

/// The sampler's keys that act on a recorded run, with their short names.
private func drawRecordingHints(_ keys: KeyTable, at origin: (x: Int, y: Int), limit: Int, theme: Theme,
                                into buffer: inout CellBuffer) {
    let toyOnly: [Action] = [.reseed, .cycleOrder(1), .toggleDenoiser, .toggleBigTokens]
    var x = origin.x
    for binding in keys.bindings(in: .sampler) where binding.listed && !toyOnly.contains(binding.action) {
        guard x + binding.keyLabel.count + binding.short.count + 3 <= limit else { break }
        x = buffer.write(binding.keyLabel, x: x, y: origin.y, style: theme[.accent], limit: limit)
        x = buffer.write(" " + binding.short + "   ", x: x, y: origin.y, style: theme[.muted], limit: limit)
    }
}
