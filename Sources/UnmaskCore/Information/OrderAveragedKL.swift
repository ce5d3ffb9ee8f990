extension InformationCurve {
    /// The order-averaged KL of a count schedule (Chen, Cong & Li 2026; docs/theory.md §12):
    /// with random order and exact conditionals, step k reveals s_k positions, each drawn
    /// independently from its exact marginal given the m_k = s_1 + … + s_{k−1} revealed ones, and
    ///
    ///     KL̄ = E_π KL(q ‖ p_π) = Σ_{j=1…n} Z_j − Σ_k s_k · Z_{m_k + 1},
    ///
    /// the mean over the uniformly random orders π of the KL of the order-conditioned sampler.
    /// It is summed as Σ_k [(Z_{m_k+1} + … + Z_{m_k+s_k}) − s_k·Z_{m_k+1}], each step's term
    /// clamped at 0 (it is ≥ 0 since Z is non-decreasing) and exactly 0 for a step of one token,
    /// so n steps of one token give exactly 0. O(N) on the curve's prefix sums of Z. `counts` are the s_k (zeros allowed) and sum to n.
    public func orderAveragedKL(counts: [Int]) -> Double {
        precondition(counts.allSatisfy { $0 >= 0 } && counts.reduce(0, +) == length, "counts must be ≥ 0 and sum to n")
        var total = 0.0, revealed = 0
        for count in counts where count > 0 {
            total += stepKL(revealed: revealed, count: count)
            revealed += count
        }
        return total
    }

    /// One step's term of KL̄: (Z_{m+1} + … + Z_{m+s}) − s·Z_{m+1} after m revealed tokens.
    func stepKL(revealed: Int, count: Int) -> Double {
        guard count > 1 else { return 0 }
        return Swift.max(0, prefixSums[revealed + count] - prefixSums[revealed] - Double(count) * z[revealed])
    }
}

extension InformationCurve {
    /// KL̄ of the Beta(a, b) schedule of every cell of `grid`, N = `steps` steps under the
    /// cumulative rounding, row-major as `ParameterGrid` stores cells: each step's counts from
    /// `BetaCountPlane` (one step at a time), each cell's KL̄ summed over k of the step terms T[m_{k−1}][m_k] =
    /// `stepKL(revealed: m_{k−1}, count: m_k − m_{k−1})` from a table of the (n + 1)² pairs, in
    /// the order `orderAveragedKL(counts:)` sums them (a step of no tokens adds 0), so the values
    /// equal that function's on each cell's `StepPlan`.
    func orderAveragedKL(over grid: ParameterGrid, steps: Int) -> [Double] {
        let side = length + 1
        var terms = Array(repeating: Double.nan, count: side * side)
        for before in 0...length {
            for after in before...length { terms[before * side + after] = stepKL(revealed: before, count: after - before) }
        }
        var values = Array(repeating: 0.0, count: grid.cellCount)
        var before = BetaCountPlane(grid: grid, step: 0, of: steps, length: length)
        for k in 1...steps {
            let after = BetaCountPlane(grid: grid, step: k, of: steps, length: length)
            for cell in values.indices { values[cell] += terms[before[cell] * side + after[cell]] }
            before = after
        }
        return values
    }
}
