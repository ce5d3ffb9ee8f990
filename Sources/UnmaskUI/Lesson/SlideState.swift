import UnmaskCore

/// The explorer state a lesson slide sets; nil leaves a setting as the slides before set it (or
/// at its default, `SlideState.defaults`, when none did).
public struct SlideState: Equatable, Sendable {
    public var metric: PlaneMetric.Kind?
    public var weight: MaskSchedule?
    /// The cursor's (a, b) in hundredths.
    public var cursor: BetaPoint?
    public var pins: [MaskSchedule]?
    /// A built-in toy target's name.
    public var target: String?
    public var steps: Int?
    public var length: Int?
    /// The token bars' block length B; 0 is one block.
    public var blockLength: Int?
    public var order: RevealOrder?
    public var rounding: TokenRounding?
    /// `.some(nil)` sets the cursor's schedule back in place of a policy.
    public var policy: StepPolicy??
    public var samplerStep: Int?
    public var seed: UInt64?
    /// The lattice spacing in hundredths (one of `BetaLattice.spacings`).
    public var zoom: Int?
    public var focus: Focus?
    /// The schedules panel's overlays: the optimum α* and the weight's γ (`v`).
    public var showsOptimum: Bool?
    /// The sampler's big tokens (`B`).
    public var bigTokens: Bool?
    /// The task of the measured scores the `score` metric shows (a lesson with scores only; nil:
    /// the first task).
    public var task: String?

    public init() {}

    /// The explorer's start: what a lesson's first slide builds on.
    public static let defaults: SlideState = {
        var state = SlideState()
        state.metric = .energy
        state.weight = .uniform
        state.cursor = BetaPoint(a: 90, b: 30)
        state.pins = []
        state.target = ToyTarget.builtIn[0].name
        state.steps = 8
        state.length = 256
        state.blockLength = 0
        state.order = .random
        state.rounding = .cumulative
        state.policy = .some(nil)
        state.samplerStep = 0
        state.seed = 1
        state.zoom = BetaLattice.spacings[BetaLattice.defaultSpacingIndex]
        state.focus = .heatmap
        state.showsOptimum = false
        state.bigTokens = false
        return state
    }()

    /// This state's settings, and `base`'s where this one leaves them.
    public func over(_ base: SlideState) -> SlideState {
        var merged = base
        if let metric { merged.metric = metric }
        if let weight { merged.weight = weight }
        if let cursor { merged.cursor = cursor }
        if let pins { merged.pins = pins }
        if let target { merged.target = target }
        if let steps { merged.steps = steps }
        if let length { merged.length = length }
        if let blockLength { merged.blockLength = blockLength }
        if let order { merged.order = order }
        if let rounding { merged.rounding = rounding }
        if let policy { merged.policy = .some(policy) }
        if let samplerStep { merged.samplerStep = samplerStep }
        if let seed { merged.seed = seed }
        if let zoom { merged.zoom = zoom }
        if let focus { merged.focus = focus }
        if let showsOptimum { merged.showsOptimum = showsOptimum }
        if let bigTokens { merged.bigTokens = bigTokens }
        if let task { merged.task = task }
        return merged
    }

    /// Puts the model in this state (over `defaults`), closing what the audience opened: the
    /// help, the denoiser view, the frontier view, a prompt, playback and the step map.
    func apply(to model: inout Model) {
        let state = over(.defaults)
        model.showsHelp = false
        model.prompt = nil
        model.sampler.showsDenoiser = false
        model.sampler.playing = false
        model.sampler.playToken += 1
        model.showsStepMap = false
        model.showsFrontier = false
        model.metric = state.metric!
        let weight = state.weight!
        model.weights = [weight] + Model.weightCycle.filter { $0 != weight }
        model.weightIndex = 0
        model.pins = state.pins!
        if let index = model.sampler.targets.firstIndex(where: { $0.name == state.target! }) { model.sampler.targetIndex = index }
        model.steps = state.steps!
        model.length = state.length!
        model.blockLength = state.blockLength! == 0 ? nil : state.blockLength
        model.sampler.order = state.order!
        model.rounding = state.rounding!
        model.sampler.policy = state.policy!
        model.sampler.seed = state.seed!
        model.sampler.step = state.samplerStep!
        if let index = BetaLattice.spacings.firstIndex(of: state.zoom!) { model.spacingIndex = index }
        let spacing = model.spacing
        model.zoomAnchor = nil
        model.cursor = BetaPoint(a: clamp(BetaLattice.snap(state.cursor!.a, spacing: spacing), spacing, BetaLattice.maximum),
                                 b: clamp(BetaLattice.snap(state.cursor!.b, spacing: spacing), spacing, BetaLattice.maximum))
        model.centerOnCursor()
        model.focus = state.focus!
        model.showsOptimum = state.showsOptimum!
        model.sampler.bigTokens = state.bigTokens!
        model.scoreTask = state.task ?? model.scoreSets.first?.task
    }
}
