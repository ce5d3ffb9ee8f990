/// A heatmap in progress or finished: the values of one request's cells after some passes.
public struct GridSnapshot: Sendable {
    /// The request this belongs to; a newer generation supersedes it.
    public let generation: Int
    public let grid: ParameterGrid
    /// Cell values, row-major (see `ParameterGrid`); NaN where not yet computed.
    public let values: [Double]
    /// Stride of the finest pass completed: every cell with i and j multiples of it is computed.
    public let stride: Int

    public var isComplete: Bool { stride == 1 }

    /// The value to show for cell (i, j): its own when computed, otherwise that of the computed
    /// cell at the corner of its stride block (a coarse preview).
    public func displayValue(i: Int, j: Int) -> Double {
        values[(j - j % stride) * grid.a.count + (i - i % stride)]
    }
}
