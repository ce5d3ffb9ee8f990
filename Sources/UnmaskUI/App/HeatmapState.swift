import UnmaskCore

/// One heatmap computation: the grid, the plane metric evaluated on it, and the generation that
/// tags its results (the model's counter is the only one).
public struct HeatmapRequest: Equatable, Sendable {
    public let generation: Int
    public let grid: ParameterGrid
    public let metric: PlaneMetric

    public init(generation: Int, grid: ParameterGrid, metric: PlaneMetric) {
        self.generation = generation
        self.grid = grid
        self.metric = metric
    }
}

/// The heatmap as the model knows it: the request in flight (or done) and what has arrived.
public struct HeatmapState: Equatable, Sendable {
    public var request: HeatmapRequest?
    /// The latest snapshot of the request's plane.
    public var snapshot: GridSnapshot?
    /// The colour scale of the values so far.
    public var scale: ValueScale?
    /// The best cell so far, as the metric ranks cells (see `PlaneMetric.bestCell`).
    public var optimum: Int?
    /// Which cells of the snapshot are Monte Carlo estimates (nil when none can be).
    public var estimates: [Bool]?
    /// Cells of the request evaluated so far, as the computer last reported them.
    public var cellsDone = 0

    public init() {}

    /// The whole percent of the request's cells evaluated, while it is being computed:
    /// ⌊100·done/cells⌋ for done the larger of the computer's count and the cells of the passes
    /// delivered (⌈n_a/s⌉·⌈n_b/s⌉ at stride s), at most 99 until the complete plane arrives; nil
    /// when nothing is being computed.
    public var percentDone: Int? {
        guard let request, snapshot?.isComplete != true else { return nil }
        let grid = request.grid
        var done = cellsDone
        if let stride = snapshot?.stride {
            done = Swift.max(done, ((grid.a.count + stride - 1) / stride) * ((grid.b.count + stride - 1) / stride))
        }
        return Swift.min(100 * done / grid.cellCount, 99)
    }

    /// Notes the computer's count of evaluated cells for the current request; counts of any
    /// other generation are stale and dropped.
    mutating func noteProgress(generation: Int, cellsDone: Int) {
        guard request?.generation == generation, snapshot?.isComplete != true else { return }
        self.cellsDone = Swift.max(self.cellsDone, cellsDone)
    }

    /// The computed value at lattice point `point` (hundredths), if the grid has a point there
    /// (within 10⁻⁹) and its value has arrived.
    public func reading(at point: BetaPoint) -> HeatmapReading? {
        guard let snapshot, let i = snapshot.grid.a.index(of: point.aValue),
              let j = snapshot.grid.b.index(of: point.bValue) else { return nil }
        let index = j * snapshot.grid.a.count + i
        let value = snapshot.values[index]
        guard !value.isNaN else { return nil }
        return HeatmapReading(value: value, isEstimate: estimates?[index] ?? false)
    }

    /// Accepts a snapshot of the current request and updates scale and optimum; snapshots of
    /// any other generation are stale and dropped.
    mutating func accept(_ snapshot: GridSnapshot) {
        guard let request, request.generation == snapshot.generation, snapshot.grid == request.grid else { return }
        self.snapshot = snapshot
        scale = ValueScale(snapshot.values, logarithmic: request.metric.kind.isLogarithmic)
        optimum = request.metric.bestCell(of: snapshot.values, on: snapshot.grid)
        if request.metric.kind.samplingError != nil, request.metric.inputs.monteCarloSamples != nil {
            estimates = (0..<snapshot.grid.cellCount).map { index in
                let point = snapshot.grid.point(at: index)
                return request.metric.estimate(a: point.a, b: point.b) != nil
            }
        }
    }
}
