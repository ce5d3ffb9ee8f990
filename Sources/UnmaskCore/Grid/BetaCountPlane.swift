/// The tokens revealed after step k by the Beta(a, b) schedule of every cell of a grid, for one
/// block of n tokens in N steps under the cumulative rounding (docs/theory.md §7): m_k(a, b) =
/// round(n·α_{t_k}), t_k = k/N, m_0 = 0 and m_N = n; exactly the counts `StepPlan` gives each
/// cell, found without evaluating every cell.
///
/// At a fixed t the Beta CDF γ_t = I_t(a, b) decreases in a and increases in b (Beta(a, b) is
/// stochastically increasing in a and decreasing in b), α = sin²(π/2·γ) increases with γ, and
/// the rounding is non-decreasing, so each m_k is monotone along both axes. Over a rectangle of
/// cells it therefore lies between its values at the corner of largest a and smallest b and the
/// corner of smallest a and largest b; where those agree, the whole rectangle has that count.
/// Rectangles whose corners differ are halved along their longer side, so the schedule is
/// evaluated only near the level curves of m_k: O(n·(A + B)·log) cells a step instead of A·B.
/// Exact wherever the computed CDF is monotone, which `BetaCountPlaneTests` checks cell by cell.
struct BetaCountPlane {
    /// m_k of each cell, row-major as `ParameterGrid` stores cells.
    private var counts: [Int16]

    /// The plane of step k = `step` of N = `steps` for n = `length` tokens.
    init(grid: ParameterGrid, step: Int, of steps: Int, length: Int) {
        precondition(steps >= 1 && (0...steps).contains(step) && length >= 1 && length <= Int(Int16.max),
                     "step, steps and length must be in range")
        guard step > 0, step < steps else {
            counts = Array(repeating: Int16(step == 0 ? 0 : length), count: grid.cellCount)
            return
        }
        counts = Array(repeating: -1, count: grid.cellCount)
        let a = grid.a.values, b = grid.b.values
        counts.withUnsafeMutableBufferPointer { buffer in
            var subdivision = Subdivision(counts: buffer, a: a, b: b, step: step, steps: steps, length: length)
            subdivision.fill(a: 0..<a.count, b: 0..<b.count)
        }
    }

    /// m_k of a cell.
    subscript(cell: Int) -> Int { Int(counts[cell]) }

    /// One step's counts, filled rectangle by rectangle; -1 marks a cell not yet known.
    private struct Subdivision {
        let counts: UnsafeMutableBufferPointer<Int16>
        let a: [Double]
        let b: [Double]
        let step: Int
        let steps: Int
        let length: Int

        /// The count of cell (i, j), evaluated once.
        mutating func count(_ i: Int, _ j: Int) -> Int16 {
            let index = j * a.count + i
            if counts[index] < 0 {
                let alpha = MaskSchedule(.beta(a: a[i], b: b[j])).alphaPair(afterStep: step, of: steps)
                counts[index] = Int16(cumulativeRevealed(alpha, length: length))
            }
            return counts[index]
        }

        /// Fills the rectangle of cells with a index in `aRange` and b index in `bRange`.
        mutating func fill(a aRange: Range<Int>, b bRange: Range<Int>) {
            guard !aRange.isEmpty, !bRange.isEmpty else { return }
            // Axes ascend (`GridAxis` has min ≤ max): the least count is at (last a, first b),
            // the greatest at (first a, last b).
            let least = count(aRange.upperBound - 1, bRange.lowerBound)
            let greatest = count(aRange.lowerBound, bRange.upperBound - 1)
            if least == greatest {
                for j in bRange {
                    for i in aRange { counts[j * a.count + i] = least }
                }
            } else if aRange.count >= bRange.count {
                let middle = aRange.lowerBound + aRange.count / 2
                fill(a: aRange.lowerBound..<middle, b: bRange)
                fill(a: middle..<aRange.upperBound, b: bRange)
            } else {
                let middle = bRange.lowerBound + bRange.count / 2
                fill(a: aRange, b: bRange.lowerBound..<middle)
                fill(a: aRange, b: middle..<bRange.upperBound)
            }
        }
    }
}
