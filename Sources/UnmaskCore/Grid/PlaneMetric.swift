/// A metric over the Beta plane: cell (a, b) is the mask schedule α = sin²(π/2·I_t(a, b))
/// (docs/theory.md §5), measured one way. This is the one type that names every (a, b) metric;
/// `unmask heatmap`, `unmask search` and the explorer all build one and evaluate it.
///
/// A metric carries only the inputs its kind reads (see `PlaneMetricInputs`), so two metrics are
/// equal exactly when they compute the same plane. A sampling-error metric and its copies share
/// one memo of evaluated cells, so evaluating the plane again is instant and a view can ask which
/// cells are Monte Carlo estimates (`estimate(a:b:)`); the memo takes no part in equality.
public struct PlaneMetric: Sendable, Hashable {
    /// What is measured. Adding a metric means a case here plus its lines in the switches below.
    public enum Kind: String, CaseIterable, Sendable {
        /// The continuous energy E(α, γ) under the weight γ (docs/theory.md §3, §5).
        case energy
        /// The N-step energy E_N(α, γ) on t_k = k/N (docs/theory.md §6).
        case discreteEnergy = "discrete-energy"
        /// The N-step sampler's exact total variation to a toy target (docs/theory.md §9).
        case tv
        /// The N-step sampler's exact KL(q‖p) to a toy target (docs/theory.md §9).
        case kl
        /// The N-step sampler's exact mass outside the toy target's support (docs/theory.md §9).
        case invalid
        /// The order-averaged KL of the schedule's token counts on a toy target, KL̄ = Σ_j Z_j −
        /// Σ_k s_k·Z_{m_k+1} (`InformationCurve.orderAveragedKL`, docs/theory.md §12): O(N) per
        /// cell once the target's information curve is known. Random order, temperature 1,
        /// exact counts and no blocks only.
        case klOrders = "kl-orders"
        /// A task score measured for the schedule (`MeasuredScores`): higher is better, and only
        /// measured cells have a value.
        case score

        /// The name of the metric in titles and readouts.
        public var name: String {
            switch self {
            case .energy: return "energy"
            case .discreteEnergy: return "N-step energy"
            case .tv: return "total variation"
            case .kl: return "KL divergence"
            case .invalid: return "invalid mass"
            case .klOrders: return "order-averaged KL"
            case .score: return "measured score"
            }
        }

        /// The value's symbol in readouts.
        public var symbol: String {
            switch self {
            case .energy: return "E"
            case .discreteEnergy: return "E_N"
            case .tv: return "TV"
            case .kl: return "KL"
            case .invalid: return "invalid"
            case .klOrders: return "KL_π"
            case .score: return "score"
            }
        }

        /// The unit of the value, where it has one.
        public var unit: String? {
            switch self {
            case .kl, .klOrders: return "nats"
            case .energy, .discreteEnergy, .tv, .invalid, .score: return nil
            }
        }

        /// How values map to colours: energies (≥ π², and possibly huge) on a log scale, the
        /// sampler's errors (probabilities and nats) linearly.
        public var isLogarithmic: Bool {
            switch self {
            case .energy, .discreteEnergy: return true
            case .tv, .kl, .invalid, .klOrders, .score: return false
            }
        }

        /// Whether larger values are better (scores), so that the best cell is the largest.
        public var higherIsBetter: Bool { self == .score }

        /// The sampler's error this kind reads off an output distribution, if it is one.
        public var samplingError: SamplingErrorMetric? {
            switch self {
            case .energy, .discreteEnergy, .klOrders, .score: return nil
            case .tv: return .tv
            case .kl: return .kl
            case .invalid: return .invalid
            }
        }

        /// The kind that reads the sampler's error `error`.
        public init(_ error: SamplingErrorMetric) {
            switch error {
            case .tv: self = .tv
            case .kl: self = .kl
            case .invalid: self = .invalid
            }
        }

        /// Whether the metric needs the sampler's N (and, for the sampling errors, the rest of the
        /// sampler's configuration).
        public var needsSteps: Bool { self != .energy && self != .score }

        /// Whether the metric reads measured scores.
        public var needsScores: Bool { self == .score }

        /// Whether the metric needs a toy target.
        public var needsTarget: Bool { samplingError != nil || self == .klOrders }

        /// How equally good cells are ordered (see `PlaneMetric.TieBreak`).
        public var tieBreak: TieBreak { needsTarget ? .leastEnergy : .none }

        /// Why a cell of this metric can be empty (NaN) once computed.
        public var emptyCellReason: String {
            self == .score ? "not measured" : samplingError == nil ? "could not be evaluated" : "exceeded the exact-evaluation limit"
        }
    }

    /// How cells of equal value rank.
    public enum TieBreak: Sendable, Hashable {
        /// By value alone.
        case none
        /// Values equal once rounded to multiples of 1e-12 are equal, and among them the
        /// schedule of least energy under the uniform weight comes first: rounding noise in an
        /// exact evaluation (a TV of 1e-15 for an exact sampler) cannot outrank a schedule of
        /// lower energy.
        case leastEnergy
    }

    /// Values rank as ties under `TieBreak.leastEnergy` when equal once rounded to multiples of
    /// 1/tieScale = 1e-12.
    public static let tieScale = 1e12

    /// The most cells `evaluator(over:)` computes as one plane (2²², 32 MiB of values).
    public static let planeCellLimit = 1 << 22

    public let kind: Kind
    /// The inputs, reduced to those `kind` reads.
    public let inputs: PlaneMetricInputs
    /// The sampling errors' memo of cells, shared by copies.
    private let cells: SamplingErrorCells?

    /// The metric of `kind` on `inputs`; inputs it does not read are dropped, and the ones it
    /// reads are checked.
    public init(_ kind: Kind, _ inputs: PlaneMetricInputs) throws(PlaneMetricError) {
        self.kind = kind
        var used = PlaneMetricInputs(weight: kind.samplingError == nil && kind != .score ? inputs.weight : .uniform)
        if kind.needsScores {
            guard let scores = inputs.scores else { throw .needsScores(kind) }
            used.scores = scores
        }
        if kind.needsSteps {
            guard var sampler = inputs.sampler else { throw .needsSteps(kind) }
            sampler.schedule = .uniform
            used.sampler = kind.needsTarget ? sampler : SamplerConfiguration(schedule: .uniform, steps: sampler.steps)
            guard sampler.steps >= 1 else { throw .sampler(.tokenCounts(.stepsTooSmall(sampler.steps))) }
        }
        if kind.needsTarget {
            guard let target = inputs.target else { throw .needsTarget(kind) }
            do {
                try used.sampler?.validate(length: target.length)
            } catch {
                throw .sampler(error)
            }
            used.target = target
            if kind.samplingError != nil { used.monteCarloSamples = inputs.monteCarloSamples }
        }
        self.inputs = used
        if kind == .klOrders, let target = used.target, let sampler = used.sampler {
            if let unsupported = Self.orderAveragingUnsupported(sampler) { throw .klOrdersNeeds(unsupported) }
            // Only whether the curve can be had: computing it is the evaluator's work, done off
            // the explorer's main thread, which makes metrics for its readouts on every frame.
            do {
                try InformationCurve.checkWork(of: target)
            } catch {
                throw .information(error)
            }
        }
        if let target = used.target, let sampler = used.sampler, let error = kind.samplingError {
            cells = SamplingErrorCells(target: target, metric: error, configuration: sampler, monteCarloSamples: used.monteCarloSamples)
        } else {
            cells = nil
        }
    }

    public static func == (lhs: PlaneMetric, rhs: PlaneMetric) -> Bool {
        lhs.kind == rhs.kind && lhs.inputs == rhs.inputs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(inputs)
    }

    /// The Monte Carlo estimate behind cell (a, b) when it was estimated (see
    /// `PlaneMetricInputs.monteCarloSamples`), nil for an exact cell or one not evaluated yet.
    public func estimate(a: Double, b: Double) -> MonteCarloMetric? {
        cells?.estimate(a: a, b: b)
    }

    /// The per-cell function, made once per plane. The sampling errors memoise cells that share
    /// their token counts; a cell that cannot be evaluated is NaN (see `Kind.emptyCellReason`),
    /// and so is one cut short by `cancellation` (not memoised: a plane superseded while a cell
    /// of seconds runs stops within one of its steps).
    public func evaluator(cancellation: CancellationFlag? = nil) -> GridMetric {
        let weight = inputs.weight
        switch kind {
        case .energy:
            return { a, b in energy(of: MaskSchedule(.beta(a: a, b: b)), weight: weight) }
        case .discreteEnergy:
            let steps = inputs.sampler?.steps ?? 1
            return { a, b in discreteEnergy(of: MaskSchedule(.beta(a: a, b: b)), weight: weight, steps: steps) }
        case .tv, .kl, .invalid:
            guard let cells else { return { _, _ in .nan } }
            return { a, b in cells.value(a: a, b: b, cancellation: cancellation) }
        case .klOrders:
            guard let information = informationCurve, let sampler = inputs.sampler else { return { _, _ in .nan } }
            return Self.orderAveragedKL(information, sampler: sampler)
        case .score:
            let scores = inputs.scores
            return { a, b in scores?.cell(a: a, b: b)?.score ?? .nan }
        }
    }

    /// The per-cell function for the cells of `grid`. Under the cumulative rounding kl-orders
    /// computes the whole plane at once (`InformationCurve.orderAveragedKL(over:steps:)`, which
    /// evaluates schedules only near the level curves of their counts) and answers the grid's
    /// points from it; other points, grids of more than `planeCellLimit` cells (whose values it
    /// would hold beside the engine's), and the other metrics are as `evaluator()`.
    public func evaluator(over grid: ParameterGrid, cancellation: CancellationFlag? = nil) -> GridMetric {
        guard kind == .klOrders, let information = informationCurve, let sampler = inputs.sampler, sampler.rounding == .cumulative,
              grid.cellCount <= Self.planeCellLimit else {
            return evaluator(cancellation: cancellation)
        }
        let direct = Self.orderAveragedKL(information, sampler: sampler)
        let plane = PrecomputedPlane(grid: grid, values: information.orderAveragedKL(over: grid, steps: sampler.steps))
        return { a, b in plane.value(a: a, b: b) ?? direct(a, b) }
    }

    /// KL̄ cell by cell: each cell's Beta(a, b) counts under `sampler`'s rounding, then
    /// `orderAveragedKL(counts:)`.
    private static func orderAveragedKL(_ information: InformationCurve, sampler: SamplerConfiguration) -> GridMetric {
        let request = sampler.tokenCountRequest(length: information.length)
        return { a, b in
            information.orderAveragedKL(counts: StepPlan(unchecked: MaskSchedule(.beta(a: a, b: b)), request).counts)
        }
    }

    /// For `klOrders`: the target's information curve (`InformationCurve.cached`, computed on the
    /// first call for the target; `init` checked that it can be).
    private var informationCurve: InformationCurve? {
        guard kind == .klOrders, let target = inputs.target else { return nil }
        return try? InformationCurve.cached(target)
    }

    /// What keeps the order average from describing the sampler, if anything: it assumes random
    /// order, the exact denoiser (temperature 1), exact counts and one block.
    private static func orderAveragingUnsupported(_ sampler: SamplerConfiguration) -> String? {
        if sampler.order != .random { return "--order random (not \(sampler.order.rawValue))" }
        if sampler.temperature != 1 { return "--temperature 1 (not \(sampler.temperature.compactDescription))" }
        if sampler.rounding == .stochastic { return "--rounding cumulative or llada (not stochastic)" }
        if let block = sampler.blockLength { return "no --block-length (not \(block))" }
        return nil
    }

    /// The metric's value at one cell (a fresh evaluator: use `evaluator()` for many cells).
    public func value(a: Double, b: Double) -> Double {
        evaluator()(a, b)
    }

    /// The value as it ranks: rounded to multiples of 1e-12 where ties are broken by energy.
    public func rankingValue(_ value: Double) -> Double {
        switch kind.tieBreak {
        case .none: return value
        case .leastEnergy: return (value * Self.tieScale).rounded() / Self.tieScale
        }
    }

    /// The tie-break's second key for cell (a, b): its energy under the uniform weight, or 0.
    public func tieBreakValue(a: Double, b: Double) -> Double {
        switch kind.tieBreak {
        case .none: return 0
        case .leastEnergy: return energy(of: MaskSchedule(.beta(a: a, b: b)), weight: .uniform)
        }
    }

    /// The best computed cell of a plane's values (row-major over `grid`, NaN where not
    /// computed): the least finite value (the largest where `kind.higherIsBetter`), ties broken as
    /// `kind.tieBreak` says, then by position.
    public func bestCell(of values: [Double], on grid: ParameterGrid) -> Int? {
        let finite = values.indices.filter { values[$0].isFinite }
        if kind.higherIsBetter { return finite.max { values[$0] < values[$1] || (values[$0] == values[$1] && $0 > $1) } }
        guard let least = finite.min(by: { values[$0] < values[$1] }) else { return nil }
        let lowest = rankingValue(values[least])
        let tied = finite.filter { rankingValue(values[$0]) == lowest }
        guard tied.count > 1 else { return least }
        return tied.min { first, second in
            let p = grid.point(at: first), q = grid.point(at: second)
            return (tieBreakValue(a: p.a, b: p.b), first) < (tieBreakValue(a: q.a, b: q.b), second)
        }
    }
}

/// What a plane metric can read: the weight γ of the energies, a toy target, and the sampler's
/// configuration (N, rounding, order, temperature, blocks, seed; its schedule is ignored, since
/// every cell brings its own).
public struct PlaneMetricInputs: Sendable, Hashable {
    public var weight: MaskSchedule
    public var target: ToyTarget?
    public var sampler: SamplerConfiguration?
    /// For the sampling errors: cells beyond the exact-evaluation limit are estimated from this
    /// many sampler runs (the explorer's choice, so that no cell stays pending); nil leaves them
    /// NaN (the headless commands, which report exact values only).
    public var monteCarloSamples: Int?
    /// For `score`: the measured scores of one task and N.
    public var scores: MeasuredScores?

    public init(weight: MaskSchedule = .uniform, target: ToyTarget? = nil, sampler: SamplerConfiguration? = nil,
                monteCarloSamples: Int? = nil, scores: MeasuredScores? = nil) {
        self.weight = weight
        self.target = target
        self.sampler = sampler
        self.monteCarloSamples = monteCarloSamples
        self.scores = scores
    }
}

/// Why a plane metric cannot be made; the description is one line naming what is missing or bad.
public enum PlaneMetricError: Error, Equatable, CustomStringConvertible {
    case needsSteps(PlaneMetric.Kind)
    case needsTarget(PlaneMetric.Kind)
    case needsScores(PlaneMetric.Kind)
    case sampler(SamplerError)
    /// kl-orders with a sampler it does not describe; the text names the setting it needs.
    case klOrdersNeeds(String)
    case information(InformationCurveError)

    public var description: String {
        switch self {
        case let .needsSteps(kind): return "--metric \(kind.rawValue) needs --steps N"
        case let .needsTarget(kind): return "--metric \(kind.rawValue) needs --target NAME or --target-file PATH"
        case let .needsScores(kind): return "--metric \(kind.rawValue) needs --scores FILE|chen2025, --task T and --steps N"
        case let .sampler(error): return error.description
        case let .klOrdersNeeds(setting): return "--metric kl-orders needs \(setting): the order average assumes it"
        case let .information(error): return "--metric kl-orders: \(error.description)"
        }
    }
}

/// A plane's values with the exact inverse of its axes: one object, so that a per-cell lookup
/// reads through a single reference.
private final class PrecomputedPlane: Sendable {
    let values: [Double]
    let a: GridAxisLookup
    let b: GridAxisLookup
    let width: Int

    init(grid: ParameterGrid, values: [Double]) {
        self.values = values
        a = GridAxisLookup(grid.a)
        b = GridAxisLookup(grid.b)
        width = grid.a.count
    }

    /// The value of the cell at (a, b), if that is one of the grid's points.
    func value(a: Double, b: Double) -> Double? {
        guard let i = self.a.index(of: a), let j = self.b.index(of: b) else { return nil }
        return values[j * width + i]
    }
}
