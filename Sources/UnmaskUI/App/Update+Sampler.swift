import UnmaskCore

/// The sampler's part of `update`: playback and its speed, stepping, reseeding, cycling its
/// settings and the denoiser view. Stepping and playback act on the recorded run while the panel
/// shows it; `t` moves between the recorded run and the toy targets.
func performSamplerAction(_ action: Action, on model: inout Model) -> [Effect] {
    let last = model.lastSamplerStep
    if model.showsRecording, [.reseed, .cycleOrder(1), .cycleOrder(-1), .toggleDenoiser, .toggleBigTokens].contains(action) {
        model.notice = "a recorded run is shown: t switches to the toy sampler, where s, o, d and B act"
        return []
    }
    switch action {
    case .playPause:
        model.sampler.playing.toggle()
        model.sampler.playToken += 1
        guard model.sampler.playing else { return [] }
        if model.samplerStep >= last { model.samplerStep = 0 }
        return [.scheduleTick(token: model.sampler.playToken, after: model.sampler.stepInterval)]
    case let .changePlaySpeed(direction):
        // While playing, the pending tick is replaced so the new speed applies from now on.
        let index = clamp(model.sampler.playSpeedIndex + direction, 0, SamplerState.playSpeedQuarters.count - 1)
        guard index != model.sampler.playSpeedIndex else { return [] }
        model.sampler.playSpeedIndex = index
        guard model.sampler.playing else { return [] }
        model.sampler.playToken += 1
        return [.scheduleTick(token: model.sampler.playToken, after: model.sampler.stepInterval)]
    case .stepForward:
        model.samplerStep = Swift.min(last, model.samplerStep + 1)
    case .stepBack:
        model.samplerStep = Swift.max(0, model.samplerStep - 1)
    case .jumpToStart:
        model.samplerStep = 0
    case .jumpToEnd:
        model.samplerStep = last
    case .reseed:
        model.sampler.seed &+= 1
    case .cycleTokenColoring:
        model.sampler.coloring = cycled(model.sampler.coloring, in: TokenColoring.allCases)
    case .toggleDenoiser:
        model.sampler.showsDenoiser.toggle()
    case .toggleBigTokens:
        model.sampler.bigTokens.toggle()
        if model.sampler.bigTokens, model.width < SamplerState.bigTokensMinimumWidth {
            model.notice = "big tokens need \(SamplerState.bigTokensMinimumWidth) columns (now \(model.width))"
        }
    case let .cycleTarget(direction):
        cycleTarget(&model, by: direction)
    case let .cycleOrder(direction):
        // One cycle: the reveal orders with the cursor's schedule, then the adaptive policies.
        let sampler = model.sampler
        let all = RevealOrder.allCases.map { ($0, nil as StepPolicy?) } + SamplerState.policies.map { (sampler.order, $0 as StepPolicy?) }
        let index = all.firstIndex { $0.1 == sampler.policy && ($0.1 != nil || $0.0 == sampler.order) } ?? -1
        (model.sampler.order, model.sampler.policy) = all[cycled(index, count: all.count, by: direction)]
    default:
        return []
    }
    if [.stepForward, .stepBack, .jumpToStart, .jumpToEnd].contains(action) { model.sampler.playing = false }
    return []
}

/// The next (or previous) toy target; with a recorded run, the run comes before the first target.
private func cycleTarget(_ model: inout Model, by direction: Int) {
    model.sampler.playing = false
    guard var recording = model.recording else {
        model.sampler.targetIndex = cycled(model.sampler.targetIndex, count: model.sampler.targets.count, by: direction)
        model.sampler.step = 0
        return
    }
    // Index 0 is the recorded run, 1… the targets.
    let current = recording.isShown ? 0 : model.sampler.targetIndex + 1
    let next = cycled(current, count: model.sampler.targets.count + 1, by: direction)
    recording.isShown = next == 0
    if next > 0 {
        model.sampler.targetIndex = next - 1
        model.sampler.step = 0
    }
    model.recording = recording
}

/// A playback tick: the next step, and another tick unless the trajectory is finished.
func advancePlayback(token: Int, on model: inout Model) -> [Effect] {
    guard model.sampler.playing, token == model.sampler.playToken else { return [] }
    let last = model.lastSamplerStep
    model.samplerStep = Swift.min(last, model.samplerStep + 1)
    guard model.samplerStep < last else {
        model.sampler.playing = false
        return []
    }
    return [.scheduleTick(token: token, after: model.sampler.stepInterval)]
}

/// Samples a new trajectory when the cursor's schedule or a sampler setting changed; the shown
/// step is kept (clamped to the new number of steps).
func reconcileTrajectory(_ model: inout Model) {
    let key = SampleKey(targetIndex: model.sampler.targetIndex, configuration: model.samplerConfiguration,
                        policy: model.samplerPolicyConfiguration)
    guard key != model.sampler.sampled else { return }
    model.sampler.sampled = key
    do {
        if let policy = key.policy {
            model.sampler.trajectory = try samplePolicyRun(of: model.sampler.target, policy).trajectory
        } else {
            model.sampler.trajectory = try sampleTrajectory(of: model.sampler.target, key.configuration)
        }
        model.sampler.failure = nil
    } catch {
        model.sampler.trajectory = nil
        model.sampler.failure = error.description
    }
    model.sampler.step = Swift.min(model.sampler.step, model.sampler.trajectory?.steps.count ?? 0)
}

/// The value `direction` places after `value` in `all`, wrapping round (a value not in `all`
/// counts as just before the first).
func cycled<T: Equatable>(_ value: T, in all: [T], by direction: Int = 1) -> T {
    all[cycled(all.firstIndex(of: value) ?? -1, count: all.count, by: direction)]
}

/// `index + direction` wrapped into 0..<count.
func cycled(_ index: Int, count: Int, by direction: Int) -> Int {
    ((index + direction) % count + count) % count
}
