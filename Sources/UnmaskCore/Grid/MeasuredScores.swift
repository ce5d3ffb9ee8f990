/// Task scores measured at Beta(a, b) schedules for one task, N steps and metric (from
/// lm-evaluation-harness runs or the paper's tables): the input of the `score` plane metric.
/// Higher is better. Only cells that were measured have a value; every other (a, b) is "not measured".
public struct MeasuredScores: Sendable, Hashable {
    public struct Cell: Sendable, Hashable {
        public let a: Double
        public let b: Double
        public let score: Double
        /// The standard error lm-evaluation-harness reports, if any.
        public let stderr: Double?

        public init(a: Double, b: Double, score: Double, stderr: Double?) {
            self.a = a
            self.b = b
            self.score = score
            self.stderr = stderr
        }
    }

    public let task: String
    public let steps: Int
    public let metric: String
    /// The cells in the order given.
    public let cells: [Cell]

    public init(task: String, steps: Int, metric: String, cells: [Cell]) {
        self.task = task
        self.steps = steps
        self.metric = metric
        self.cells = cells
    }

    /// The cell measured at (a, b), matched to a relative 1e-9 (grid values and values read back
    /// from text differ in their last bits).
    public func cell(a: Double, b: Double) -> Cell? {
        func same(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-9 * Swift.max(abs(x), abs(y)) }
        return cells.first { same($0.a, a) && same($0.b, b) }
    }

    /// The best measured cell (highest score; the first of equal ones).
    public var best: Cell? {
        cells.reduce(nil) { best, cell in best.map { cell.score > $0.score ? cell : $0 } ?? cell }
    }
}
