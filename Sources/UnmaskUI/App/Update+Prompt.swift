import UnmaskCore

/// The keys while a prompt is open: typing edits it, Enter submits, Esc closes, Ctrl-C quits.
func handlePromptKey(_ key: Key, on model: inout Model) -> [Effect] {
    guard var prompt = model.prompt else { return [] }
    switch key {
    case .escape:
        model.prompt = nil
        return []
    case .control("c"):
        return [.quit]
    case .enter:
        submit(prompt, on: &model)
        return []
    case .backspace, .control("h"):
        if !prompt.text.isEmpty { prompt.text.removeLast() }
        prompt.error = nil
    case .control("u"):
        prompt.text = ""
        prompt.error = nil
    case let .character(character) where prompt.text.count < Prompt.maximumLength:
        guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return [] }
        prompt.text.append(character)
        prompt.error = nil
    default:
        return []
    }
    model.prompt = prompt
    return []
}

/// Carries out a submitted prompt, or keeps it open with the reason it was refused.
private func submit(_ prompt: Prompt, on model: inout Model) {
    var refused = prompt
    switch prompt.purpose {
    case .goTo:
        switch Prompt.point(from: prompt.text) {
        case let .success(point):
            go(to: point, on: &model)
            model.prompt = nil
        case let .failure(error):
            refused.error = error.message
            model.prompt = refused
        }
    case .find, .step:
        if let reason = submitRecordingPrompt(prompt, on: &model) {
            refused.error = reason
            model.prompt = refused
        } else {
            model.prompt = nil
        }
    case .weight, .pin:
        do {
            let schedule = try MaskSchedule(spec: prompt.text)
            if prompt.purpose == .pin {
                pin(schedule, on: &model)
            } else {
                if !model.weights.contains(schedule) { model.weights.append(schedule) }
                model.weightIndex = model.weights.firstIndex(of: schedule) ?? model.weightIndex
            }
            model.prompt = nil
        } catch {
            refused.error = error.description
            model.prompt = refused
        }
    }
}

/// Moves the cursor to `point`, on the coarsest lattice that has it (zooming in where needed),
/// with the window centred on it.
func go(to point: BetaPoint, on model: inout Model) {
    let fitting = BetaLattice.spacings.indices.last { point.a % BetaLattice.spacings[$0] == 0 && point.b % BetaLattice.spacings[$0] == 0 }
    if let fitting, point.a % model.spacing != 0 || point.b % model.spacing != 0 {
        model.spacingIndex = Swift.min(model.spacingIndex, fitting)
    }
    model.cursor = point
    model.zoomAnchor = nil
    model.centerOnCursor()
}

/// Moves the cursor to the heatmap's minimum (◆), or says why there is none yet.
func jumpToMinimum(on model: inout Model) {
    guard let index = model.heatmap.optimum, let grid = model.heatmap.snapshot?.grid else {
        model.notice = model.heatmap.request == nil ? "no heatmap to take the minimum of" : "no minimum yet: nothing computed"
        return
    }
    let i = index % grid.a.count, j = index / grid.a.count
    go(to: BetaPoint(a: Int((grid.a.value(at: i) * 100).rounded()), b: Int((grid.b.value(at: j) * 100).rounded())), on: &model)
}
