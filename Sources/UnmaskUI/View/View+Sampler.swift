import Foundation
import UnmaskCore

/// The sampler panel: the toy target, its sequence token by token at the shown step (masks as
/// `▒`, revealed tokens coloured by the step that revealed them or by their probability, the
/// current step's reveals highlighted), the step, t, α and count revealed, the counts of every
/// step, and the final output checked against the target.
func drawSamplerPanel(_ model: Model, layout: Layout, into buffer: inout CellBuffer) {
    if model.showsRecording, let recording = model.recording {
        drawRecordingPanel(model, recording: recording, layout: layout, into: &buffer)
        return
    }
    let theme = model.theme, sampler = model.sampler
    let title = "Sampler · \(sampler.target.name) · \(sampler.steppingLabel) · seed \(sampler.seed)"
    let panel = Panel(title: title, focused: model.focus == .sampler, theme: theme)
    panel.draw(in: layout.sampler, into: &buffer)
    let inner = panel.content(in: layout.sampler)
    guard inner.height >= 5, inner.width >= 40 else { return }
    let rows = (0..<inner.height).map { inner.y + $0 }
    buffer.write(sampler.target.summary, x: inner.x, y: rows[0], style: theme[.muted], limit: inner.maxX)
    guard let trajectory = sampler.trajectory else {
        buffer.write(sampler.failure ?? "", x: inner.x, y: rows[1], style: theme[.error], limit: inner.maxX)
        return
    }
    if sampler.bigTokens, model.width >= SamplerState.bigTokensMinimumWidth {
        let tokensEnd = drawBigTokens(sampler, at: (inner.x, rows[1]), limit: inner.maxX, theme: theme, depth: model.colorDepth,
                                      into: &buffer)
        drawStepReadout(sampler, steps: trajectory.steps.count, at: (tokensEnd + 2, rows[1]), limit: inner.maxX, theme: theme,
                        depth: model.colorDepth, into: &buffer)
        drawStepCounts(sampler, trajectory: trajectory, at: (tokensEnd + 2, rows[3]), limit: inner.maxX, theme: theme, into: &buffer)
        if rows.count > 5 { drawOutcome(sampler, trajectory: trajectory, at: (inner.x, rows[5]), limit: inner.maxX, theme: theme, into: &buffer) }
        return
    }
    let tokensEnd = drawTokens(sampler, at: (inner.x, rows[1]), limit: inner.maxX, theme: theme, depth: model.colorDepth, into: &buffer)
    drawStepReadout(sampler, steps: trajectory.steps.count, at: (tokensEnd + 2, rows[1]), limit: inner.maxX, theme: theme,
                    depth: model.colorDepth, into: &buffer)
    drawStepCounts(sampler, trajectory: trajectory, at: (inner.x, rows[3]), limit: inner.maxX, theme: theme, into: &buffer)
    drawOutcome(sampler, trajectory: trajectory, at: (inner.x, rows[4]), limit: inner.maxX, theme: theme, into: &buffer)
    if rows.count > 5 { drawHints(model.keys, at: (inner.x, rows[5]), limit: inner.maxX, theme: theme, into: &buffer) }
}

/// The sampler's keys from the key table with their short names, e.g. `space play  . step`.
private func drawHints(_ keys: KeyTable, at origin: (x: Int, y: Int), limit: Int, theme: Theme, into buffer: inout CellBuffer) {
    var x = origin.x
    for binding in keys.bindings(in: .sampler) where binding.listed {
        guard x + binding.keyLabel.count + binding.short.count + 3 <= limit else { break }
        x = buffer.write(binding.keyLabel, x: x, y: origin.y, style: theme[.accent], limit: limit)
        x = buffer.write(" " + binding.short + "   ", x: x, y: origin.y, style: theme[.muted], limit: limit)
    }
}

/// Columns per token: the glyph in the middle, an annotation (step or probability) below.
private let tokenWidth = 5

/// The tokens and, below them, the step that revealed each or its probability (in the error
/// style for the tokens of the step whose draws left the support); returns the column after the
/// last token.
private func drawTokens(_ sampler: SamplerState, at origin: (x: Int, y: Int), limit: Int, theme: Theme, depth: ColorDepth,
                        into buffer: inout CellBuffer) -> Int {
    let sequence = sampler.shownSequence
    let steps = sampler.revealingStep, probabilities = sampler.revealProbability
    let ramp = theme.foregroundRamp(.tokenProbability, levels: 8, depth: depth)
    let emphasis = ConfidenceEmphasis.isNeeded(ramp, depth: depth)
    let leaving = sampler.trajectory?.stepLeavingSupport
    for position in sequence.indices {
        let x = origin.x + position * tokenWidth + tokenWidth / 2
        guard x < limit else { break }
        guard sequence[position] != maskToken, let step = steps[position] else {
            buffer.put("▒", x: x, y: origin.y, style: theme[.tokenMask])
            continue
        }
        var style = theme[.tokenText]
        style.foreground = sampler.coloring == .step ? theme.color(.tokenSteps, step - 1) : ramp.color(at: probabilities[position] ?? 0)
        if sampler.coloring == .probability, emphasis { style = ConfidenceEmphasis.style(style, confidence: probabilities[position] ?? 0) }
        if step == sampler.step { style = style.patched(with: theme[.tokenCurrent]) }
        buffer.put(sampler.target.alphabet[Int(sequence[position])], x: x, y: origin.y, style: style)
        let note = sampler.coloring == .step ? "\(step)" : String(format: "%.2f", probabilities[position] ?? 0)
        let noteStyle = step == leaving ? theme[.error] : Style(foreground: style.foreground)
        buffer.write(note, x: x - (note.count - 1) / 2, y: origin.y + 1, style: noteStyle, limit: limit)
    }
    return origin.x + sequence.count * tokenWidth
}

/// Columns per big token: the 3 × 3 glyph and a gap.
private let bigTokenWidth = BigGlyph.width + 3

/// The tokens as 3 × 3 glyphs (`BigGlyph`) in the colours of `drawTokens`, each with its step or
/// probability centred below it; returns the column after the last token.
private func drawBigTokens(_ sampler: SamplerState, at origin: (x: Int, y: Int), limit: Int, theme: Theme, depth: ColorDepth,
                           into buffer: inout CellBuffer) -> Int {
    let sequence = sampler.shownSequence
    let steps = sampler.revealingStep, probabilities = sampler.revealProbability
    let ramp = theme.foregroundRamp(.tokenProbability, levels: 8, depth: depth)
    let emphasis = ConfidenceEmphasis.isNeeded(ramp, depth: depth)
    let leaving = sampler.trajectory?.stepLeavingSupport
    var end = origin.x
    for position in sequence.indices {
        let x = origin.x + position * bigTokenWidth
        guard x + BigGlyph.width <= limit else { break }
        end = x + BigGlyph.width
        let rect = Rect(x: x, y: origin.y, width: BigGlyph.width, height: BigGlyph.height)
        guard sequence[position] != maskToken, let step = steps[position] else {
            BigGlyph(nil, style: theme[.tokenMask]).draw(in: rect, into: &buffer)
            continue
        }
        var style = theme[.tokenText]
        style.foreground = sampler.coloring == .step ? theme.color(.tokenSteps, step - 1) : ramp.color(at: probabilities[position] ?? 0)
        if sampler.coloring == .probability, emphasis { style = ConfidenceEmphasis.style(style, confidence: probabilities[position] ?? 0) }
        if step == sampler.step { style = style.patched(with: theme[.tokenCurrent]) }
        BigGlyph(sampler.target.alphabet[Int(sequence[position])], style: style).draw(in: rect, into: &buffer)
        let note = sampler.coloring == .step ? "\(step)" : String(format: "%.2f", probabilities[position] ?? 0)
        let noteStyle = step == leaving ? theme[.error] : Style(foreground: style.foreground)
        buffer.write(note, x: x + 1 - (note.count - 1) / 2, y: origin.y + BigGlyph.height, style: noteStyle, limit: limit)
    }
    return end
}

/// `step 2/8  t=0.250  α=0.146  revealed 2  ▶ playing`, and below it the colouring and play speed.
private func drawStepReadout(_ sampler: SamplerState, steps: Int, at origin: (x: Int, y: Int), limit: Int, theme: Theme,
                             depth: ColorDepth, into buffer: inout CellBuffer) {
    let shown = sampler.shownStep
    let t = shown?.t ?? 0, alpha = shown?.alpha ?? 0
    let text = String(format: "step %d/%d  t=%.3f  α=%.3f  revealed %d", sampler.step, steps, t, alpha, shown?.revealed.count ?? 0)
    let x = buffer.write(text, x: origin.x, y: origin.y, style: theme[.accent], limit: limit)
    buffer.write(sampler.playing ? "  ▶ playing" : "  paused", x: x, y: origin.y, style: theme[.muted], limit: limit)
    let speed = String(format: "%g×", sampler.playSpeed)
    let legend = sampler.coloring == .probability ? ConfidenceEmphasis.legend(theme, depth: depth) : ""
    buffer.write("colour: \(sampler.coloring.rawValue)\(legend)  speed \(speed)", x: origin.x, y: origin.y + 1, style: theme[.muted],
                 limit: limit)
}

/// Tokens revealed by each step of this trajectory, `×` for none, the step whose draws left the
/// support in the error style, the shown step highlighted.
private func drawStepCounts(_ sampler: SamplerState, trajectory: Trajectory, at origin: (x: Int, y: Int), limit: Int,
                            theme: Theme, into buffer: inout CellBuffer) {
    var x = buffer.write("reveals per step ", x: origin.x, y: origin.y, style: theme[.muted], limit: limit)
    let leaving = trajectory.stepLeavingSupport
    for entry in trajectory.steps {
        let count = entry.revealed.count
        var style = entry.step == leaving ? theme[.error] : count == 0 ? theme[.tokenZero] : theme.base
        if entry.step == sampler.step { style = style.patched(with: theme[.tokenCurrent]) }
        x = buffer.write(count == 0 ? "×" : "\(count)", x: x, y: origin.y, style: style, limit: limit)
        x += 1
    }
}

/// The finished sequence and whether the target can produce it; before the end, from the step
/// whose draws left the support on, that step and the partial sequence no target sequence agrees with.
private func drawOutcome(_ sampler: SamplerState, trajectory: Trajectory, at origin: (x: Int, y: Int), limit: Int,
                         theme: Theme, into buffer: inout CellBuffer) {
    guard sampler.step == trajectory.steps.count else {
        if let leaving = trajectory.stepLeavingSupport, sampler.step >= leaving {
            let text = sampler.target.text(of: trajectory.steps[leaving - 1].sequence)
            buffer.write("left the support in step \(leaving): no sequence of the target agrees with \(text)",
                         x: origin.x, y: origin.y, style: theme[.error], limit: limit)
            return
        }
        buffer.write("output after all \(trajectory.steps.count) steps: G jumps there", x: origin.x, y: origin.y,
                     style: theme[.muted], limit: limit)
        return
    }
    let target = sampler.target
    let text = target.text(of: trajectory.output)
    let q = target.probability(of: trajectory.output)
    if q > 0 {
        buffer.write("output \(text): in the target, q = \(NumberFormat.readout(q))", x: origin.x, y: origin.y,
                     style: theme[.accent], limit: limit)
    } else {
        let broken = trajectory.stepLeavingSupport.map { " (left the support in step \($0))" } ?? ""
        buffer.write("output \(text): not in the target, invalid\(broken)", x: origin.x, y: origin.y,
                     style: theme[.error], limit: limit)
    }
}
