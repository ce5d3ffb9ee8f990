import UnmaskCore

/// Draws the whole screen for a model. Pure: the same model always gives the same cells.
public func view(_ model: Model, into buffer: inout CellBuffer) {
    let theme = model.theme
    buffer.fill(buffer.bounds, style: theme.base)
    let layout = model.layout
    if layout.isTooSmall {
        drawTooSmall(model, in: buffer.bounds, into: &buffer)
        return
    }
    drawHeatmapPanel(model, layout: layout, into: &buffer)
    drawSchedulesPanel(model, layout: layout, into: &buffer)
    drawSamplerPanel(model, layout: layout, into: &buffer)
    if model.sampler.showsDenoiser, model.sampler.trajectory != nil, !model.showsRecording {
        DenoiserOverlay(target: model.sampler.target, context: model.sampler.denoiserContext, step: model.sampler.denoiserStep,
                        drawn: model.sampler.denoiserDrawn, theme: theme).draw(in: layout.aboveSampler, into: &buffer)
    }
    if model.showsFrontier { drawFrontierView(model, in: layout.aboveSampler, into: &buffer) }
    if let lesson = model.lesson {
        NarrationBox(progress: lesson, theme: theme).draw(in: layout.explanation, into: &buffer)
    } else {
        TextBlock(PanelExplanation.recordingText(at: model) ?? PanelExplanation.divergence(at: model)
                      ?? PanelExplanation.text(for: model.focus, metric: model.metric),
                  style: theme[.muted])
            .draw(in: layout.explanation.inset(horizontally: 1), into: &buffer)
    }
    let right = "N=\(model.steps) L=\(model.length) γ=\(scheduleName(model.weight))"
    StatusLine(keys: model.keys, right: right, notice: model.prompt.map(promptLine) ?? model.notice, theme: theme)
        .draw(in: layout.status, into: &buffer)
    if model.showsHelp {
        HelpOverlay(keys: model.keys, theme: theme, page: model.helpPage, scroll: model.helpScroll).draw(in: buffer.bounds, into: &buffer)
    }
}

/// An open prompt as the status line shows it: label, text, a bar for the insertion point, and
/// the reason the last submission was refused.
func promptLine(_ prompt: Prompt) -> String {
    "\(prompt.purpose.label) \(prompt.text)▏" + (prompt.error.map { "  ✗ \($0)" } ?? "  (Enter: accept, Esc: cancel)")
}

/// A schedule as the screen names it: `uniform` for γ = t, otherwise its spec.
func scheduleName(_ schedule: MaskSchedule) -> String {
    schedule == .uniform ? "uniform" : schedule.description
}

/// The message shown instead of the panels when the terminal is smaller than the layout needs: the
/// longest wording that fits, wrapped at words and centred; where even the shortest does not fit
/// (below about 10×2), as much of the shortest as does.
private func drawTooSmall(_ model: Model, in rect: Rect, into buffer: inout CellBuffer) {
    let lines = tooSmallLines(width: model.width, height: model.height, in: rect)
    let top = rect.y + Swift.max(0, (rect.height - lines.count) / 2)
    for (index, line) in lines.prefix(Swift.max(0, rect.height)).enumerated() {
        let x = rect.x + Swift.max(0, (rect.width - line.text.count) / 2)
        buffer.write(line.text, x: x, y: top + index, style: line.isHeadline ? model.theme[.error] : model.theme[.muted],
                     limit: rect.maxX)
    }
}

/// The lines of the "too small" message for a `width` × `height` terminal, each marked if it is
/// part of the headline (the first sentence).
private func tooSmallLines(width: Int, height: Int, in rect: Rect) -> [(text: String, isHeadline: Bool)] {
    let need = "\(Layout.minimumWidth)×\(Layout.minimumHeight)"
    let wordings = [
        ["terminal too small (need \(need))", "now \(width)×\(height): enlarge it, or q to quit"],
        ["too small: need \(need)", "now \(width)×\(height); q quits"],
        ["too small", "q quits"],
        ["too small: q quits"],
    ]
    let wrapped = wordings.map { sentences in
        sentences.enumerated().flatMap { index, sentence in
            TextBlock.wrap(sentence, width: rect.width).map { (text: $0, isHeadline: index == 0) }
        }
    }
    let fitting = wrapped.first { lines in
        lines.count <= rect.height && lines.allSatisfy { $0.text.count <= rect.width }
    }
    return fitting ?? [(text: "too small", isHeadline: true)]
}

extension Rect {
    /// The rectangle shrunk by `amount` columns on the left and right.
    func inset(horizontally amount: Int) -> Rect {
        Rect(x: x + amount, y: y, width: width - 2 * amount, height: height)
    }
}
