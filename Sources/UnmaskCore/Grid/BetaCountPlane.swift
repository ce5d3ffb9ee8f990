/// The tokens revealed after step k by the Beta(a, b) schedule of every cell of a grid, for one
/// block of n tokens in N steps under the cumulative rounding (docs/theory.md §7, §12): m_k(a, b)
/// = round(n·α_{t_k}), t_k = k/N, m_0 = 0 and m_N = n; exactly the counts `StepPlan` gives each
/// cell, found without evaluating every cell.
///
/// At a fixed t the Beta CDF γ_t = I_t(a, b) decreases in a and increases in b (Beta(a, b) is
/// stochastically increasing in a and decreasing in b), α = sin²(π/2·γ) increases with γ, and
/// the rounding is non-decreasing, so m_k is non-increasing along a and non-decreasing along b.
/// Each level set {m_k ≥ m} is then a staircase: in row j (one b) it is the first e_m(j) cells,
/// with e_m(j) non-decreasing in j and non-increasing in m. The plane traces every staircase
/// from the row before, e_m(j) ≥ e_m(j − 1), and caps it by the level below, e_m(j) ≤ e_{m−1}(j):
/// at most (A + B) schedule evaluations per level instead of A·B.
/// Exact wherever the computed CDF is monotone, which `BetaCountPlaneTests` checks cell by cell.
struct BetaCountPlane {
    /// m_k of each cell, row-major as `ParameterGrid` stores cells.
    private var counts: [Int16]
    /// How many cells had their schedule evaluated.
    let evaluations: Int

    /// The plane of step k = `step` of N = `steps` for n = `length` tokens.
    init(grid: ParameterGrid, step: Int, of steps: Int, length: Int) {
        precondition(steps >= 1 && (0...steps).contains(step) && length >= 1 && length <= Int(Int16.max),
                     "step, steps and length must be in range")
        guard step > 0, step < steps else {
            counts = Array(repeating: Int16(step == 0 ? 0 : length), count: grid.cellCount)
            evaluations = 0
            return
        }
        var trace = Staircases(a: grid.a.values, b: grid.b.values, step: step, steps: steps, length: length)
        counts = trace.fill()
        evaluations = trace.evaluations
    }

    /// m_k of a cell.
    subscript(cell: Int) -> Int { Int(counts[cell]) }

    /// One step's staircases, traced row by row.
    private struct Staircases {
        let a: [Double]
        let b: [Double]
        let step: Int
        let steps: Int
        let length: Int
        var evaluations = 0
        /// The counts evaluated in the current row; -1 where not evaluated.
        private var row: [Int16]

        init(a: [Double], b: [Double], step: Int, steps: Int, length: Int) {
            (self.a, self.b, self.step, self.steps, self.length) = (a, b, step, steps, length)
            row = Array(repeating: -1, count: a.count)
        }

        /// m_k at cell (i, j) of the current row j, evaluated once.
        private mutating func count(_ i: Int, _ j: Int) -> Int {
            if row[i] < 0 {
                let alpha = MaskSchedule(.beta(a: a[i], b: b[j])).alphaPair(afterStep: step, of: steps)
                row[i] = Int16(cumulativeRevealed(alpha, length: length))
                evaluations += 1
            }
            return Int(row[i])
        }

        private mutating func startRow() {
            for i in row.indices { row[i] = -1 }
        }

        /// Every cell's count: the least is at (last a, first b), the greatest at (first a, last
        /// b); the levels between are traced.
        mutating func fill() -> [Int16] {
            let width = a.count
            let least = count(width - 1, 0)
            startRow()
            let greatest = count(0, b.count - 1)
            startRow()
            var counts = [Int16](repeating: Int16(least), count: width * b.count)
            guard greatest > least else { return counts }
            // edges[l] = e_m(j) for level m = least + 1 + l, carried from row to row.
            var edges = Array(repeating: 0, count: greatest - least)
            for j in b.indices {
                startRow()
                var cap = width
                for level in edges.indices {
                    let m = least + 1 + level
                    var edge = Swift.min(edges[level], cap)
                    while edge < cap && count(edge, j) >= m { edge += 1 }
                    edges[level] = edge
                    cap = edge
                }
                // Cells before e_m have a count ≥ m: fill from the highest level down.
                var start = 0
                for level in edges.indices.reversed() where edges[level] > start {
                    for i in start..<edges[level] { counts[j * width + i] = Int16(least + 1 + level) }
                    start = edges[level]
                }
            }
            return counts
        }
    }
}
