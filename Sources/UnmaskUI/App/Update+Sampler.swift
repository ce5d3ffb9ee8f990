import UnmaskCore

/// The sampler's part of `update`: playback and its speed, stepping, reseeding, cycling its
/// settings and the denoiser view.
func performSamplerAction(_ action: Action, on model: inout Model) -> [Effect] {
    var sampler = model.sampler
    defer { model.sampler = sampler }
    let last = sampler.trajectory?.steps.count ?? 0
    switch action {
    case .playPause:
        sampler.playing.toggle()
        sampler.playToken += 1
        guard sampler.playing else { return [] }
        if sampler.step >= last { sampler.step = 0 }
        return [.scheduleTick(token: sampler.playToken, after: sampler.stepInterval)]
    case let .changePlaySpeed(direction):
        // While playing, the pending tick is replaced so the new speed applies from now on.
        let index = clamp(sampler.playSpeedIndex + direction, 0, SamplerState.playSpeedQuarters.count - 1)
        guard index != sampler.playSpeedIndex else { return [] }
        sampler.playSpeedIndex = index
        guard sampler.playing else { return [] }
        sampler.playToken += 1
        return [.scheduleTick(token: sampler.playToken, after: sampler.stepInterval)]
    case .stepForward:
        sampler.step = Swift.min(last, sampler.step + 1)
    case .stepBack:
        sampler.step = Swift.max(0, sampler.step - 1)
    case .jumpToStart:
        sampler.step = 0
    case .jumpToEnd:
        sampler.step = last
    case .reseed:
        sampler.seed &+= 1
    case .cycleTokenColoring:
        sampler.coloring = cycled(sampler.coloring, in: TokenColoring.allCases)
    case .toggleDenoiser:
        sampler.showsDenoiser.toggle()
    case let .cycleTarget(direction):
        sampler.targetIndex = cycled(sampler.targetIndex, count: sampler.targets.count, by: direction)
        sampler.step = 0
    case let .cycleOrder(direction):
        // One cycle: the reveal orders with the cursor's schedule, then the adaptive policies.
        let all = RevealOrder.allCases.map { ($0, nil as StepPolicy?) } + SamplerState.policies.map { (sampler.order, $0 as StepPolicy?) }
        let index = all.firstIndex { $0.1 == sampler.policy && ($0.1 != nil || $0.0 == sampler.order) } ?? -1
        (sampler.order, sampler.policy) = all[cycled(index, count: all.count, by: direction)]
    default:
        return []
    }
    if [.stepForward, .stepBack, .jumpToStart, .jumpToEnd].contains(action) { sampler.playing = false }
    return []
}

/// A playback tick: the next step, and another tick unless the trajectory is finished.
func advancePlayback(token: Int, on model: inout Model) -> [Effect] {
    guard model.sampler.playing, token == model.sampler.playToken else { return [] }
    let last = model.sampler.trajectory?.steps.count ?? 0
    model.sampler.step = Swift.min(last, model.sampler.step + 1)
    guard model.sampler.step < last else {
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
