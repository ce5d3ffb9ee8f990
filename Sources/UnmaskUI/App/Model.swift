import UnmaskCore

/// The explorer's whole state. `update` changes it, `view` draws it; nothing else does either.
public struct Model: Equatable, Sendable {
    /// The most schedules that can be pinned next to the cursor's.
    public static let maximumPins = 3
    /// The weights `w` cycles through after the starting one.
    public static let weightCycle: [MaskSchedule] = [
        .uniform, MaskSchedule(.beta(a: 0.9, b: 0.3)), MaskSchedule(.beta(a: 1, b: 0.2)),
        MaskSchedule(.beta(a: 0.3, b: 0.9)), MaskSchedule(.beta(a: 2, b: 2)), MaskSchedule(.linear), MaskSchedule(.cosine),
    ]
    /// The named schedules `n` pins in turn.
    public static let namedSchedules: [MaskSchedule] = [
        MaskSchedule(.linear), MaskSchedule(.sine), MaskSchedule(.cosine), MaskSchedule(.sin2),
        MaskSchedule(.poly(k: 2)), MaskSchedule(.polyMask(k: 2)),
    ]
    /// Largest N and L the keys reach, the same as `explore`'s options accept.
    public static let maximumSteps = Limits.explorerMaximumSteps
    public static let maximumLength = Limits.explorerMaximumLength

    public var width: Int
    public var height: Int
    public let colorDepth: ColorDepth
    public let theme: Theme
    public let keys: KeyTable

    public var cursor: BetaPoint
    /// The lattice point at the heatmap's lower-left pixel; the window scrolls to keep the cursor in it.
    public var origin: BetaPoint
    public var spacingIndex: Int
    public var metric: PlaneMetric.Kind
    public var weights: [MaskSchedule]
    public var weightIndex: Int
    public var steps: Int
    public var length: Int
    public var rounding: TokenRounding
    public var pins: [MaskSchedule]
    public var nextNamedPin: Int
    public var focus: Focus
    public var showsHelp: Bool
    /// Whether the schedules panel overlays the optimum α* and the weight's γ.
    public var showsOptimum: Bool
    /// The help overlay's page: the keys or the glyphs and the mouse.
    public var helpPage: HelpOverlay.Page
    /// Lines the help overlay's columns are scrolled down (where the terminal is too short for them).
    public var helpScroll: Int
    public var heatmap: HeatmapState
    /// Complete planes computed before, reused when the heatmap returns to one of them.
    public var planes: PlaneCache
    public var sampler: SamplerState
    /// The recorded run of `--trajectory`, if one was given.
    public var recording: RecordingState?
    /// Whether the heatmap panel shows the recorded run's step map (position × step) instead of the plane.
    public var showsStepMap: Bool
    /// The block length B the token bars plan with, where it divides L and its blocks divide N.
    public var blockLength: Int?
    /// The last generation handed out; each new heatmap request takes the next.
    public var generation: Int
    /// The step plans of the cursor's schedule and the pins for the token bars, kept up to date by `update`.
    public var tokenPlans: TokenPlans
    /// E and E_N of the cursor's schedule and of the pins, kept up to date by `update`.
    public var energies: ScheduleEnergies
    /// The `v` overlay's counts on the sampler's target (the cursor's and the KL̄ optimum), kept up
    /// to date by `update` while the overlay is shown; the target's information curve is computed
    /// off the main thread (`Effect.computeInformationCurve`) unless already cached: the last
    /// result delivered, and the target asked for and not delivered yet (the overlay then says
    /// it is computing).
    public var informationOverlay: InformationOverlay?
    public var informationCurve: InformationCurveResult?
    public var informationCurvePending: ToyTarget?
    /// Whether the error–NFE frontier view is open (`F`), and its data, computed off the main
    /// thread (`Effect.computeFrontier`) while it is: the last view delivered, and the key asked
    /// for and not delivered yet (the view then says it is computing).
    public var showsFrontier: Bool
    public var frontierView: FrontierView?
    public var frontierPending: FrontierViewKey?
    /// Where the cursor was before a run of zooms, which snap it to coarser lattices; cleared when
    /// the cursor moves.
    public var zoomAnchor: BetaPoint?
    /// A one-off message for the status line (what an action did that the screen does not show),
    /// cleared by the next key.
    public var notice: String?
    /// The prompt being typed on the status line, if one is open.
    public var prompt: Prompt?
    /// Sampler runs behind a Monte Carlo cell (`ExplorerOptions.monteCarloSamples`).
    public let monteCarloSamples: Int
    /// Measured scores by task and N (`ExplorerOptions.scoreSets`), and the task the `score` metric shows.
    public let scoreSets: [MeasuredScores]
    public var scoreTask: String?
    /// The lesson running (`unmask lesson`) and its slide, if one is.
    public var lesson: LessonProgress?
    /// Whether the readouts hide their numbers (`?`): a lesson's question awaits its answer, and
    /// the heatmap's readout and colour-bar labels, the frontier view's readout and the `v`
    /// overlay's would give it away.
    public var concealsReadings: Bool { lesson?.awaitsReveal ?? false }

    /// The keys are `KeyTable.lesson`'s in a lesson and `KeyTable.explorer`'s otherwise, unless
    /// `keys` says.
    public init(options: ExplorerOptions, width: Int, height: Int, colorDepth: ColorDepth, theme: Theme,
                keys: KeyTable? = nil) {
        self.width = width
        self.height = height
        self.colorDepth = colorDepth
        self.theme = theme
        self.keys = keys ?? (options.lesson == nil ? .explorer : .lesson)
        lesson = options.lesson.map { LessonProgress(lesson: $0) }
        monteCarloSamples = options.monteCarloSamples
        scoreSets = options.scoreSets
        scoreTask = options.scoreTask ?? options.scoreSets.first?.task
        spacingIndex = BetaLattice.defaultSpacingIndex
        let spacing = BetaLattice.spacings[spacingIndex]
        cursor = BetaPoint(a: BetaLattice.snap(options.cursor.a, spacing: spacing),
                           b: BetaLattice.snap(options.cursor.b, spacing: spacing))
        origin = BetaPoint(a: spacing, b: spacing)
        metric = options.startsOnScore && !options.scoreSets.isEmpty ? .score : .energy
        weights = [options.weight] + Self.weightCycle.filter { $0 != options.weight }
        weightIndex = 0
        steps = options.steps
        length = options.length
        rounding = options.rounding
        pins = Array(options.pins.prefix(Self.maximumPins))
        nextNamedPin = 0
        focus = .heatmap
        showsHelp = false
        showsOptimum = false
        helpPage = .keys
        helpScroll = 0
        heatmap = HeatmapState()
        planes = PlaneCache()
        sampler = SamplerState(targets: options.targets, targetIndex: options.targetIndex, seed: options.seed)
        recording = options.recording.map { RecordingState($0, name: options.recordingName) }
        showsStepMap = false
        blockLength = options.blockLength
        informationOverlay = nil
        informationCurve = nil
        informationCurvePending = nil
        showsFrontier = false
        frontierView = nil
        frontierPending = nil
        generation = 0
        tokenPlans = TokenPlans(key: TokenPlansKey(schedules: [], request: TokenCountRequest(length: 1, steps: 1)))
        energies = ScheduleEnergies(key: ScheduleEnergiesKey(schedules: [], weight: .uniform, steps: 1))
        tokenPlans = TokenPlans(key: tokenPlansKey)
        zoomAnchor = nil
        notice = options.startNotice
        prompt = nil
        energies = ScheduleEnergies(key: energiesKey)
        if lesson != nil {
            showLessonState(on: &self)
            tokenPlans = TokenPlans(key: tokenPlansKey)
            energies = ScheduleEnergies(key: energiesKey)
        }
    }

    public var layout: Layout {
        Layout(width: width, height: height, tallSampler: showsRecording,
               narrationRows: lesson.map { NarrationBox.rows(for: $0.current, width: width) })
    }

    /// Whether the sampler panel shows the recorded run (rather than the toy sampler).
    public var showsRecording: Bool { recording?.isShown == true }

    /// The step the sampler panel shows, of the recording or of the toy trajectory.
    var samplerStep: Int {
        get { showsRecording ? recording!.step : sampler.step }
        set {
            if showsRecording { recording!.step = newValue } else { sampler.step = newValue }
        }
    }

    /// The last step the sampler panel can show.
    var lastSamplerStep: Int {
        showsRecording ? recording!.replay.stepCount : sampler.trajectory?.steps.count ?? 0
    }

    /// The block length the token bars use now: `blockLength` where it divides L into blocks
    /// that divide N, else nil (one block).
    public var tokenBlockLength: Int? {
        guard let blockLength, blockLength < length, length % blockLength == 0, steps % (length / blockLength) == 0 else { return nil }
        return blockLength
    }

    /// The lattice spacing in hundredths.
    public var spacing: Int { BetaLattice.spacings[spacingIndex] }

    /// The weight γ the energies are measured with.
    public var weight: MaskSchedule { weights[weightIndex] }

    /// The cursor's mask schedule.
    public var cursorSchedule: MaskSchedule { MaskSchedule(.beta(a: cursor.aValue, b: cursor.bValue)) }

    /// The heatmap grid for the current panel size: the lattice points origin + spacing·k along
    /// each axis, one per pixel.
    public var grid: ParameterGrid? {
        let pixels = layout.mapPixels
        guard !layout.isTooSmall, pixels.columns >= 2, pixels.rows >= 2 else { return nil }
        return try? ParameterGrid(a: Self.axis(from: origin.a, spacing: spacing, count: pixels.columns),
                                  b: Self.axis(from: origin.b, spacing: spacing, count: pixels.rows))
    }

    /// The lattice point of heatmap pixel (i, j), j = 0 at the bottom.
    public func point(i: Int, j: Int) -> BetaPoint {
        BetaPoint(a: origin.a + i * spacing, b: origin.b + j * spacing)
    }

    /// Scrolls the heatmap window so that it contains the cursor.
    mutating func keepCursorInView() {
        let pixels = layout.mapPixels
        origin.a = Self.scrolled(origin.a, toShow: cursor.a, spacing: spacing, count: pixels.columns)
        origin.b = Self.scrolled(origin.b, toShow: cursor.b, spacing: spacing, count: pixels.rows)
    }

    /// Centres the heatmap window on the cursor (after a zoom).
    mutating func centerOnCursor() {
        let pixels = layout.mapPixels
        origin.a = Swift.max(spacing, cursor.a - spacing * (pixels.columns / 2))
        origin.b = Swift.max(spacing, cursor.b - spacing * (pixels.rows / 2))
    }

    /// What the heatmap should show now: the chosen kind on the explorer's weight, target and
    /// sampler (nil when these do not make a valid metric).
    public var planeMetric: PlaneMetric? { planeMetric(metric) }

    /// What the frontier view depends on.
    public var frontierViewKey: FrontierViewKey {
        let target = sampler.target
        return FrontierViewKey(target: target, steps: Array(1...Swift.min(target.length, FrontierView.maximumSteps)),
                               cursor: cursorSchedule, cursorSteps: steps, monteCarloSamples: monteCarloSamples)
    }

    /// What the `v` overlay's token bars depend on.
    public var informationOverlayKey: InformationOverlayKey {
        InformationOverlayKey(target: sampler.target, steps: steps, schedule: cursorSchedule, rounding: rounding)
    }

    /// What `energies` depends on: the cursor's schedule and the pins, the weight and N.
    public var energiesKey: ScheduleEnergiesKey {
        ScheduleEnergiesKey(schedules: [cursorSchedule] + pins, weight: weight, steps: steps)
    }

    /// The plane metric of `kind` on the explorer's current inputs (nil when they do not make one).
    public func planeMetric(_ kind: PlaneMetric.Kind) -> PlaneMetric? {
        try? PlaneMetric(kind, PlaneMetricInputs(weight: weight, target: sampler.target, sampler: samplerConfiguration,
                                                 monteCarloSamples: monteCarloSamples, scores: plottedScores))
    }

    /// The value of `kind` for Beta(a, b) at lattice point `point` as far as computed: E and E_N
    /// from `energies` where it has the point (the cursor, Beta pins), anything else from the
    /// current plane or a kept one; nil while unknown.
    public func reading(_ kind: PlaneMetric.Kind, at point: BetaPoint) -> HeatmapReading? {
        if kind == .score { return measuredCells(at: point).first.map { HeatmapReading(value: $0.score) } }
        let schedule = MaskSchedule(.beta(a: point.aValue, b: point.bValue))
        if energies.key.weight == weight, energies.key.steps == steps,
           let index = energies.key.schedules.firstIndex(of: schedule) {
            if kind == .energy { return HeatmapReading(value: energies.energies[index]) }
            if kind == .discreteEnergy { return HeatmapReading(value: energies.discreteEnergies[index]) }
        }
        guard let metric = planeMetric(kind) else { return nil }
        if heatmap.request?.metric == metric, let reading = heatmap.reading(at: point) { return reading }
        return planes.value(of: metric, at: point)
    }

    /// The metrics `m` cycles through: every kind, the measured score only when scores were given.
    public var metricCycle: [PlaneMetric.Kind] { PlaneMetric.Kind.allCases.filter { !$0.needsScores || !scoreSets.isEmpty } }

    /// The scores of the shown task at the current N: no cells where none were measured at this N.
    public var measuredScores: MeasuredScores? {
        guard let scoreTask, let metric = scoreSets.first(where: { $0.task == scoreTask })?.metric else { return nil }
        return scoreSets.first { $0.task == scoreTask && $0.steps == steps }
            ?? MeasuredScores(task: scoreTask, steps: steps, metric: metric, cells: [])
    }

    /// The tasks of the scores, in order (what `e` cycles through).
    public var scoreTasks: [String] {
        var seen: Set<String> = []
        return scoreSets.map(\.task).filter { seen.insert($0).inserted }
    }

    /// The N values at which the shown task has measured Beta schedules, ascending.
    public var measuredSteps: [Int] {
        scoreSets.filter { $0.task == scoreTask && !$0.cells.isEmpty }.map(\.steps).sorted()
    }

    /// The lattice point at the current spacing that shows a measured cell: the nearest one
    /// (halves round up, as the cursor snaps), so (0.3, 0.9) is its own point at spacings
    /// 0.01 … 0.10 and shows at (0.4, 1.0) at 0.20.
    public func latticePoint(ofMeasured cell: MeasuredScores.Cell) -> BetaPoint {
        let snap = { (value: Double) in
            clamp(BetaLattice.snap(Int((value * 100).rounded()), spacing: self.spacing), self.spacing, BetaLattice.maximum)
        }
        return BetaPoint(a: snap(cell.a), b: snap(cell.b))
    }

    /// The shown task's cells at the current N that show at lattice point `point`, best first
    /// (several where a coarse spacing puts them in one cell).
    public func measuredCells(at point: BetaPoint) -> [MeasuredScores.Cell] {
        let cells = measuredScores?.cells.filter { latticePoint(ofMeasured: $0) == point } ?? []
        return cells.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
    }

    /// What the `score` plane evaluates: each measured cell moved to the lattice point that shows
    /// it (`latticePoint(ofMeasured:)`), the best where several share one, so that every
    /// measured schedule is on screen at every spacing.
    public var plottedScores: MeasuredScores? {
        guard let scores = measuredScores else { return nil }
        var best: [BetaPoint: MeasuredScores.Cell] = [:]
        var order: [BetaPoint] = []
        for cell in scores.cells {
            let point = latticePoint(ofMeasured: cell)
            if let kept = best[point] {
                if cell.score > kept.score { best[point] = cell }
            } else {
                order.append(point)
                best[point] = cell
            }
        }
        let cells = order.compactMap { point in
            best[point].map { MeasuredScores.Cell(a: point.aValue, b: point.bValue, score: $0.score, stderr: $0.stderr) }
        }
        return MeasuredScores(task: scores.task, steps: scores.steps, metric: scores.metric, cells: cells)
    }

    /// What `tokenPlans` depends on: the cursor's schedule and the pins, and L tokens in N steps
    /// with the chosen rounding and seed.
    public var tokenPlansKey: TokenPlansKey {
        TokenPlansKey(schedules: [cursorSchedule] + pins,
                      request: TokenCountRequest(length: length, steps: steps, rounding: rounding, blockLength: tokenBlockLength,
                                                 seed: sampler.seed))
    }

    /// The sampler run with the cursor's schedule: N steps, the rounding, order and seed chosen.
    public var samplerConfiguration: SamplerConfiguration {
        SamplerConfiguration(schedule: cursorSchedule, steps: steps, rounding: rounding, order: sampler.order, seed: sampler.seed)
    }

    /// The sampler panel's adaptive policy run, when `o` chose one: temperature 1, no blocks and
    /// no cap, the panel's seed (the cursor's schedule and N do not apply).
    public var samplerPolicyConfiguration: PolicyConfiguration? {
        sampler.policy.map { PolicyConfiguration(policy: $0, seed: sampler.seed) }
    }

    /// The grid index of the cursor, if it is on the grid.
    public var cursorCell: (i: Int, j: Int)? { cell(of: cursor) }

    /// The map cell (pixel column i, pixel row j from the bottom) of a lattice point in the current
    /// window, nil when the point is outside it.
    public func cell(of point: BetaPoint) -> (i: Int, j: Int)? {
        let pixels = layout.mapPixels
        let i = (point.a - origin.a) / spacing, j = (point.b - origin.b) / spacing
        guard i >= 0, i < pixels.columns, j >= 0, j < pixels.rows else { return nil }
        return (i, j)
    }

    /// The Monte Carlo estimate behind the cursor's cell, when the heatmap estimated it.
    public var cursorEstimate: MonteCarloMetric? {
        guard cursorCell != nil, let metric = heatmap.request?.metric else { return nil }
        return metric.estimate(a: cursor.aValue, b: cursor.bValue)
    }

    /// The metric's value under the cursor: nil while not computed.
    public var cursorValue: Double? {
        guard let cell = cursorCell, let snapshot = heatmap.snapshot,
              snapshot.grid.a.count > cell.i, snapshot.grid.b.count > cell.j,
              snapshot.isComputed(i: cell.i, j: cell.j) else { return nil }
        return snapshot.values[cell.j * snapshot.grid.a.count + cell.i]
    }

    private static func axis(from first: Int, spacing: Int, count: Int) throws -> GridAxis {
        try GridAxis(min: Double(first) / 100, max: Double(first + spacing * (count - 1)) / 100, count: count)
    }

    /// The window start along one axis moved as little as possible to show `value`.
    private static func scrolled(_ start: Int, toShow value: Int, spacing: Int, count: Int) -> Int {
        let span = spacing * Swift.max(0, count - 1)
        if value < start { return Swift.max(spacing, value) }
        if value > start + span { return Swift.max(spacing, value - span) }
        return start
    }
}
