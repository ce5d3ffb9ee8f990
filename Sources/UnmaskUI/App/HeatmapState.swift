import UnmaskCore

/// One heatmap computation: the grid, what is evaluated on it, and the generation that tags
/// its results.
public struct HeatmapRequest: Equatable, Sendable {
    public let generation: Int
    public let grid: ParameterGrid
    public let job: HeatmapJob

    public init(generation: Int, grid: ParameterGrid, job: HeatmapJob) {
        self.generation = generation
        self.grid = grid
        self.job = job
    }
}

/// The values of a request after some progressive passes (see `GridSnapshot`): row-major with a
/// along a row, NaN where nothing is computed yet; `stride` is the finest pass completed.
public struct HeatmapValues: Equatable, Sendable {
    public let values: [Double]
    public let stride: Int

    public init(values: [Double], stride: Int) {
        self.values = values
        self.stride = stride
    }

    public var isComplete: Bool { stride == 1 }

    /// The value to show at cell (i, j) of a grid `columns` wide: its own once computed, before
    /// that the coarse pass's value at the corner of its stride block.
    public func displayValue(i: Int, j: Int, columns: Int) -> Double {
        let own = values[j * columns + i]
        if !own.isNaN { return own }
        return values[(j - j % stride) * columns + (i - i % stride)]
    }

    /// Whether cell (i, j) has its own value yet.
    public func isComputed(i: Int, j: Int, columns: Int) -> Bool {
        !values[j * columns + i].isNaN
    }
}

/// The heatmap as the model knows it: the request in flight (or done) and what has arrived.
public struct HeatmapState: Equatable, Sendable {
    public var request: HeatmapRequest?
    public var values: HeatmapValues?
    /// The colour scale of the values so far.
    public var scale: ValueScale?
    /// The cell with the smallest finite value so far.
    public var optimum: Int?

    public init() {}

    /// Accepts values of the current request and updates scale and optimum; results of any
    /// other generation are stale and dropped.
    mutating func accept(_ values: HeatmapValues, generation: Int) {
        guard let request, request.generation == generation, values.values.count == request.grid.cellCount else { return }
        self.values = values
        scale = ValueScale(values.values, logarithmic: request.job.isLogarithmic)
        optimum = values.values.indices.filter { values.values[$0].isFinite }.min { values.values[$0] < values.values[$1] }
    }
}
