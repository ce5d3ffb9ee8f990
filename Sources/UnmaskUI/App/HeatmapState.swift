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

    public init() {}

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
