/// A plane in progress or finished: the values of one request's cells after some passes.
public struct GridSnapshot: Sendable, Equatable {
    /// The request this belongs to, as its submitter numbered it; a newer generation supersedes it.
    public let generation: Int
    public let grid: ParameterGrid
    /// Cell values, row-major (see `ParameterGrid`); NaN where not yet computed.
    public let values: [Double]
    /// Stride of the finest pass completed: every cell with i and j multiples of it is computed.
    public let stride: Int

    public init(generation: Int, grid: ParameterGrid, values: [Double], stride: Int) {
        precondition(values.count == grid.cellCount && stride >= 1, "a snapshot has one value per cell")
        self.generation = generation
        self.grid = grid
        self.values = values
        self.stride = stride
    }

    public var isComplete: Bool { stride == 1 }

    /// Whether cell (i, j) has its own value yet.
    public func isComputed(i: Int, j: Int) -> Bool {
        !values[j * grid.a.count + i].isNaN
    }

    /// The value to show for cell (i, j): its own once computed, before that the value of the
    /// computed cell at the corner of its stride block (a coarse preview).
    public func displayValue(i: Int, j: Int) -> Double {
        let own = values[j * grid.a.count + i]
        if !own.isNaN { return own }
        return values[(j - j % stride) * grid.a.count + (i - i % stride)]
    }

    /// Snapshots compare by request and progress, and by value bit for bit (NaN equals NaN).
    public static func == (lhs: GridSnapshot, rhs: GridSnapshot) -> Bool {
        lhs.generation == rhs.generation && lhs.grid == rhs.grid && lhs.stride == rhs.stride
            && lhs.values.elementsEqual(rhs.values) { $0.bitPattern == $1.bitPattern }
    }
}
