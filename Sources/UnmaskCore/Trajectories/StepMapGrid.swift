/// A recorded run's step map binned onto a grid: how many tokens were revealed at the positions
/// of each column during the step records of each row. Position p (0 ..< G) falls in column
/// ⌊p·C/G⌋ and step record i (0 ..< S, file order) in row ⌊i·R/S⌋, row 0 at the top (the first
/// steps); so with C = G and R = S each cell is one (position, step) and holds the number of
/// times that step revealed that position.
public struct StepMapGrid: Sendable, Equatable {
    public let columns: Int
    public let rows: Int
    /// Row-major, row 0 first.
    public let counts: [Int]

    /// `columns` and `rows` are cut to G and S (at least 1 each).
    public init(_ file: TrajectoryFile, columns: Int, rows: Int) {
        let g = file.header.genLength, s = max(1, file.steps.count)
        let columns = max(1, min(columns, g)), rows = max(1, min(rows, s))
        var counts = [Int](repeating: 0, count: columns * rows)
        for (index, step) in file.steps.enumerated() {
            let row = index * rows / s
            for reveal in step.revealed { counts[row * columns + reveal.position * columns / g] += 1 }
        }
        self.columns = columns
        self.rows = rows
        self.counts = counts
    }

    /// The row that holds step record `steps` (1-based, file order).
    public func row(ofStep steps: Int, stepCount: Int) -> Int {
        (max(1, steps) - 1) * rows / max(1, stepCount)
    }

    public subscript(column: Int, row: Int) -> Int { counts[row * columns + column] }
}
