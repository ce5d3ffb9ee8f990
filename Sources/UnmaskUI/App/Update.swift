import UnmaskCore

/// The explorer's one state transition: applies a message to the model and returns the effects
/// the shell must carry out. Pure: no I/O, no clock, no threads.
public func update(_ model: inout Model, _ msg: Msg) -> [Effect] {
    var effects: [Effect] = []
    switch msg {
    case let .key(key) where model.prompt != nil:
        effects += handlePromptKey(key, on: &model)
    case let .key(key):
        model.notice = nil
        if let action = model.keys.action(for: key) {
            effects += perform(action, on: &model)
        }
    case let .mouse(event):
        handleMouse(event, on: &model)
    case let .resize(width, height):
        model.width = width
        model.height = height
        effects.append(.redrawAll)
    case let .tick(token):
        effects += advancePlayback(token: token, on: &model)
    case let .computeFinished(snapshot):
        model.heatmap.accept(snapshot)
        if model.heatmap.snapshot?.isComplete == true { model.planes.store(model.heatmap) }
    case let .computeProgress(generation, cellsDone):
        model.heatmap.noteProgress(generation: generation, cellsDone: cellsDone)
    case let .informationCurveComputed(result):
        if result.target == model.informationCurvePending {
            model.informationCurve = result
            model.informationCurvePending = nil
        }
    case let .frontierComputed(view):
        if model.showsFrontier, view.key == model.frontierPending {
            model.frontierView = view
            model.frontierPending = nil
        }
    case .resumed:
        effects.append(.redrawAll)
    }
    model.keepCursorInView()
    reconcileTrajectory(&model)
    reconcileRecordingScroll(&model)
    reconcileTokenPlans(&model)
    reconcileEnergies(&model)
    effects += reconcileInformationOverlay(&model)
    effects += reconcileFrontierView(&model)
    return effects + reconcileHeatmap(&model)
}

/// Starts a new heatmap generation when the wanted grid or metric differs from the current
/// request, unless the plane cache has that plane complete: then it is shown as it is and the
/// computation still running (if any) is cancelled. The plane being replaced goes into the
/// cache, complete or not, and a new request reuses a kept metric equal to its own (and so its
/// memo). Cancels the computation too when nothing can be shown (terminal too small).
func reconcileHeatmap(_ model: inout Model) -> [Effect] {
    guard let grid = model.grid else {
        guard model.heatmap.request != nil else { return [] }
        model.heatmap = HeatmapState()
        return [.cancelHeatmap]
    }
    guard let metric = model.planeMetric else {
        guard model.heatmap.request != nil else { return [] }
        model.heatmap = HeatmapState()
        return [.cancelHeatmap]
    }
    if let request = model.heatmap.request, request.grid == grid, request.metric == metric { return [] }
    let computing = model.heatmap.percentDone != nil
    model.planes.store(model.heatmap)
    if let plane = model.planes.take(metric, on: grid) {
        model.heatmap = plane
        return computing ? [.cancelHeatmap] : []
    }
    model.generation += 1
    let request = HeatmapRequest(generation: model.generation, grid: grid, metric: model.planes.reusable(metric))
    model.heatmap = HeatmapState()
    model.heatmap.request = request
    return [.computeHeatmap(request)]
}

/// Recomputes the step plans of the cursor and the pins (the token bars) when what they depend on changed.
func reconcileTokenPlans(_ model: inout Model) {
    let key = model.tokenPlansKey
    guard key != model.tokenPlans.key else { return }
    model.tokenPlans = TokenPlans(key: key)
}

/// Recomputes the `v` overlay's counts when it is shown on the KL̄ plane (`kl-orders`, where the
/// optimal profile is the plane's own optimum) and what they depend on changed; drops them
/// otherwise. The target's information curve comes from the cache, the last one delivered, or
/// is asked for (the overlay says it is computing until it arrives).
func reconcileInformationOverlay(_ model: inout Model) -> [Effect] {
    guard model.showsOptimum, model.metric == .klOrders else {
        model.informationOverlay = nil
        model.informationCurvePending = nil
        return []
    }
    let key = model.informationOverlayKey
    let delivered = model.informationCurve.flatMap { $0.target == key.target ? $0 : nil }
    if let curve = delivered ?? InformationCurve.cachedIfPresent(key.target).map({ InformationCurveResult(target: key.target, curve: $0) }) {
        model.informationCurvePending = nil
        if key != model.informationOverlay?.key || model.informationOverlay?.isPending == true {
            model.informationOverlay = InformationOverlay(key: key, curve: curve)
        }
        return []
    }
    if key != model.informationOverlay?.key { model.informationOverlay = InformationOverlay(key: key, curve: nil) }
    guard model.informationCurvePending != key.target else { return [] }
    model.informationCurvePending = key.target
    return [.computeInformationCurve(key.target)]
}

/// Asks for the frontier view's data when it is open and what it depends on changed, unless
/// that key is shown or already asked for (the frontier itself is reused when only the cursor
/// moved); drops it when the view is closed.
func reconcileFrontierView(_ model: inout Model) -> [Effect] {
    guard model.showsFrontier else {
        model.frontierView = nil
        model.frontierPending = nil
        return []
    }
    let key = model.frontierViewKey
    if key == model.frontierPending { return [] }
    if key == model.frontierView?.key {
        // Back to what is shown: a result still on its way is now stale.
        model.frontierPending = nil
        return []
    }
    model.frontierPending = key
    return [.computeFrontier(key, reusing: model.frontierView)]
}

/// Recomputes E and E_N of the cursor and the pins when a schedule, the weight or N changed.
func reconcileEnergies(_ model: inout Model) {
    let key = model.energiesKey
    guard key != model.energies.key else { return }
    model.energies = ScheduleEnergies(key: key)
}

private func perform(_ action: Action, on model: inout Model) -> [Effect] {
    if model.showsHelp, ![.toggleHelp, .closeOverlay, .quit, .suspend, .redraw, .nextSlide, .previousSlide, .firstSlide].contains(action) {
        // The vertical cursor keys scroll the help where the terminal is too short for it; Tab,
        // Shift-Tab and the horizontal ones turn its page.
        switch action {
        case let .moveCursor(a: 0, b: db): scrollHelp(by: -db, on: &model)
        case .moveCursor, .focusNext, .focusPrevious:
            model.helpPage = model.helpPage.other
            model.helpScroll = 0
        default: break
        }
        return []
    }
    if model.focus == .sampler, case let .moveCursor(a: da, b: 0) = action, abs(da) == 1 {
        return performSamplerAction(da > 0 ? .stepForward : .stepBack, on: &model)
    }
    if model.focus == .sampler, model.showsRecording, case let .moveCursor(a: 0, b: db) = action {
        scrollRecording(&model, by: db)
        return []
    }
    switch action {
    case let .moveCursor(da, db):
        moveCursor(&model, da: da, db: db)
    case let .openPrompt(purpose):
        if [.find, .step].contains(purpose), !model.showsRecording {
            model.notice = model.recording == nil ? "no recorded run: start with explore --trajectory FILE"
                : "the toy sampler is shown: t returns to the recorded run"
        } else {
            model.prompt = Prompt(purpose)
        }
    case .jumpToMinimum:
        jumpToMinimum(on: &model)
    case let .zoom(direction):
        zoom(&model, direction: direction)
    case let .addSteps(delta):
        model.steps = clamp(model.steps + delta, 1, Model.maximumSteps)
        noteUnmeasuredSteps(&model)
    case let .doubleSteps(up):
        model.steps = clamp(up ? model.steps * 2 : model.steps / 2, 1, Model.maximumSteps)
        noteUnmeasuredSteps(&model)
    case let .doubleLength(up):
        model.length = clamp(up ? model.length * 2 : model.length / 2, 1, Model.maximumLength)
    case .focusNext:
        model.focus = model.focus.moved(by: 1)
    case .focusPrevious:
        model.focus = model.focus.moved(by: -1)
    case let .cycleMetric(direction):
        model.metric = cycled(model.metric, in: model.metricCycle, by: direction)
    case let .cycleWeight(direction):
        model.weightIndex = cycled(model.weightIndex, count: model.weights.count, by: direction)
    case .cycleRounding:
        model.rounding = cycled(model.rounding, in: TokenRounding.allCases)
    case let .cycleScoreTask(direction):
        cycleScoreTask(&model, by: direction)
    case .pinCursor:
        pin(model.cursorSchedule, on: &model)
    case .pinNamed:
        pin(Model.namedSchedules[model.nextNamedPin], on: &model)
        model.nextNamedPin = (model.nextNamedPin + 1) % Model.namedSchedules.count
    case .clearPins:
        model.pins = []
    case .toggleOptimum:
        model.showsOptimum.toggle()
    case .toggleFrontier:
        model.showsFrontier.toggle()
    case .toggleStepMap:
        if model.recording == nil {
            model.notice = "no recorded run: start with explore --trajectory FILE"
        } else {
            model.showsStepMap.toggle()
        }
    case .cycleTarget, .cycleOrder, .playPause, .changePlaySpeed, .stepForward, .stepBack, .jumpToStart, .jumpToEnd, .reseed,
         .cycleTokenColoring, .toggleDenoiser, .toggleBigTokens:
        return performSamplerAction(action, on: &model)
    case .nextSlide, .previousSlide, .firstSlide:
        performLessonAction(action, on: &model)
    case .toggleHelp:
        model.showsHelp.toggle()
        model.helpPage = .keys
        model.helpScroll = 0
    case .closeOverlay:
        // The help is drawn over the denoiser view, so Esc closes the help first.
        if model.showsHelp {
            model.showsHelp = false
        } else if model.showsFrontier {
            model.showsFrontier = false
        } else {
            model.sampler.showsDenoiser = false
        }
    case .redraw:
        return [.redrawAll]
    case .suspend:
        return [.suspend]
    case .quit:
        return [.quit]
    }
    return []
}

private func moveCursor(_ model: inout Model, da: Int, db: Int) {
    model.zoomAnchor = nil
    let spacing = model.spacing
    model.cursor.a = clamp(model.cursor.a + da * spacing, spacing, BetaLattice.maximum)
    model.cursor.b = clamp(model.cursor.b + db * spacing, spacing, BetaLattice.maximum)
}

/// Changes the lattice spacing, snaps the cursor to the new lattice and centres the window on it.
/// The cursor's (a, b) before the first zoom is kept as the anchor until the cursor moves, so
/// zooming out and back in returns to exactly where it was.
private func zoom(_ model: inout Model, direction: Int) {
    let anchor = model.zoomAnchor ?? model.cursor
    model.zoomAnchor = anchor
    model.spacingIndex = clamp(model.spacingIndex - direction, 0, BetaLattice.spacings.count - 1)
    let spacing = model.spacing
    model.cursor.a = clamp(BetaLattice.snap(anchor.a, spacing: spacing), spacing, BetaLattice.maximum)
    model.cursor.b = clamp(BetaLattice.snap(anchor.b, spacing: spacing), spacing, BetaLattice.maximum)
    model.centerOnCursor()
}

/// Shows the measured score of the next (or previous) task of the scores, switching the heatmap
/// to the score; without scores, or with one task, the status line says why nothing changed.
private func cycleScoreTask(_ model: inout Model, by direction: Int) {
    let tasks = model.scoreTasks
    guard !tasks.isEmpty else {
        model.notice = "no measured scores: start with --scores FILE|chen2025"
        return
    }
    if let task = model.scoreTask, let index = tasks.firstIndex(of: task) {
        model.scoreTask = tasks[cycled(index, count: tasks.count, by: direction)]
    } else {
        model.scoreTask = tasks[0]
    }
    model.metric = .score
    if tasks.count == 1 { model.notice = "the scores have one task, \(tasks[0])" } else { noteUnmeasuredSteps(&model) }
}

/// On the score plane at an N where the task has no measured schedule, the status line lists
/// the N that have some (the title says so too, but a narrow one is cut).
private func noteUnmeasuredSteps(_ model: inout Model) {
    guard model.metric == .score, model.measuredScores?.cells.isEmpty == true else { return }
    let steps = model.measuredSteps.map(String.init).joined(separator: ", ")
    model.notice = "no scores at N=\(model.steps); measured: N = \(steps.isEmpty ? "none" : steps)"
}

/// Pins a schedule for comparison; when there are already three the oldest goes, and the status
/// line says which.
func pin(_ schedule: MaskSchedule, on model: inout Model) {
    model.pins.removeAll { $0 == schedule }
    model.pins.append(schedule)
    if model.pins.count > Model.maximumPins {
        let dropped = model.pins.removeFirst()
        model.notice = "pinned \(schedule.description); unpinned \(dropped.description) (at most \(Model.maximumPins) pins)"
    }
}

/// Scrolls the help overlay's columns by `lines` (positive: down), within what the screen needs.
private func scrollHelp(by lines: Int, on model: inout Model) {
    let limit = HelpOverlay(keys: model.keys, theme: model.theme, page: model.helpPage)
        .maximumScroll(in: Rect(x: 0, y: 0, width: model.width, height: model.height))
    model.helpScroll = clamp(model.helpScroll + lines, 0, limit)
}

/// A click on the heatmap moves the cursor to the clicked pixel (the upper one of the cell);
/// a click anywhere else focuses that panel. The wheel over the heatmap zooms, and over the help
/// scrolls it. Clicks and the wheel over the denoiser view do nothing (they would act on the
/// hidden heatmap).
private func handleMouse(_ event: MouseEvent, on model: inout Model) {
    if model.showsHelp {
        if event.kind != .press { scrollHelp(by: event.kind == .scrollUp ? -1 : 1, on: &model) }
        return
    }
    let layout = model.layout
    // Clicks and the wheel over the frontier view would act on the panels it hides.
    if model.showsFrontier, layout.aboveSampler.contains(x: event.x, y: event.y) { return }
    if model.sampler.showsDenoiser, model.sampler.trajectory != nil, !model.showsRecording,
       let box = DenoiserOverlay.box(in: layout.aboveSampler, masked: model.sampler.denoiserContext.filter { $0 == maskToken }.count),
       box.contains(x: event.x, y: event.y) {
        return
    }
    if event.kind != .press {
        if layout.map.contains(x: event.x, y: event.y) { zoom(&model, direction: event.kind == .scrollUp ? 1 : -1) }
        return
    }
    if let panel = layout.panel(atX: event.x, y: event.y) { model.focus = panel }
    guard layout.map.contains(x: event.x, y: event.y) else { return }
    model.zoomAnchor = nil
    let i = event.x - layout.map.x
    let j = (layout.map.maxY - 1 - event.y) * 2 + 1
    model.cursor = model.point(i: i, j: j)
}

func clamp(_ value: Int, _ lower: Int, _ upper: Int) -> Int {
    Swift.min(Swift.max(value, lower), Swift.max(lower, upper))
}
