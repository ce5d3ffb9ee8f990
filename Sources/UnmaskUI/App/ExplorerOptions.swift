import UnmaskCore

/// How the explorer starts, from the command line.
public struct ExplorerOptions: Sendable {
    /// The cursor's starting point (from `--alpha beta:A,B`, snapped to the lattice).
    public var cursor: BetaPoint
    /// Schedules pinned at start (an `--alpha` that is not a Beta schedule).
    public var pins: [MaskSchedule]
    /// The weight γ the energies use; it leads the `w` cycle.
    public var weight: MaskSchedule
    public var steps: Int
    public var length: Int
    public var rounding: TokenRounding
    public var seed: UInt64
    /// The toy targets the sampler cycles through (a target file's first, if one was given).
    public var targets: [ToyTarget]
    /// The sampler's toy target, an index into `targets`.
    public var targetIndex: Int
    public var mouse: Bool
    /// Sampler runs behind a sampling-error cell that exceeds the exact-evaluation limit, so that
    /// no cell stays pending (the estimate and interval of `eval --method monte-carlo`).
    public var monteCarloSamples: Int
    /// Measured scores (`--scores`), one set per task and N, for the `score` metric; and the task
    /// shown (the first set's when nil).
    public var scoreSets: [MeasuredScores] = []
    public var scoreTask: String?
    /// Whether the heatmap starts on the `score` metric (`--task` given), rather than the energy.
    public var startsOnScore = false
    /// A recorded run to show in the sampler panel (`--trajectory FILE`), and what to call it.
    public var recording: TrajectoryFile?
    public var recordingName = ""
    /// The block length B the token bars plan with (the recording's, so that its counts compare
    /// step by step); nil: one block.
    public var blockLength: Int?
    /// The lesson to run (`unmask lesson NAME`): it starts on its first slide. Set it with
    /// `start(_:)`, which also loads the scores the lesson shows.
    public private(set) var lesson: Lesson?
    /// A message for the status line at start (e.g. the lines of the recording that were skipped).
    public var startNotice: String?

    /// Runs `lesson`, with its scores (each task's first metric) if it shows any.
    public mutating func start(_ lesson: Lesson) {
        self.lesson = lesson
        if let scores = lesson.scores { scoreSets = scores.measuredScoreSets() }
    }

    public init(cursor: BetaPoint = BetaPoint(a: 90, b: 30), pins: [MaskSchedule] = [], weight: MaskSchedule = .uniform,
                steps: Int = 8, length: Int = 256, rounding: TokenRounding = .cumulative, seed: UInt64 = 1, targetIndex: Int = 0,
                mouse: Bool = true, monteCarloSamples: Int = 400) {
        self.cursor = cursor
        self.pins = pins
        self.weight = weight
        self.steps = steps
        self.length = length
        self.rounding = rounding
        self.seed = seed
        self.targets = ToyTarget.builtIn
        self.targetIndex = targetIndex
        self.mouse = mouse
        self.monteCarloSamples = monteCarloSamples
    }
}
