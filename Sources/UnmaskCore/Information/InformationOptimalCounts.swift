extension InformationCurve {
    /// The count profile s_1…s_N (each ≥ 1, summing to n) of least order-averaged KL
    /// (`orderAveragedKL(counts:)`), by dynamic programming over (steps left, tokens revealed):
    /// f(k, m) = min_s [cost(m, s) + f(k − 1, m + s)], cost(m, s) = Σ_{j=m+1…m+s} (Z_j − Z_{m+1}),
    /// O(N·n²). Steps reveal at least one token, as LLaDA-style samplers do; allowing empty steps
    /// would not lower the optimum, since splitting a step never raises KL̄ (Z is non-decreasing).
    /// Among profiles within 1e-12 nats of the least, the lexicographically smallest is returned
    /// (the fewest tokens first). `steps` must be 1…n.
    public func optimalCounts(steps: Int) -> [Int] {
        let n = length
        precondition((1...n).contains(steps), "steps must be 1…n")
        let cost = { (revealed: Int, count: Int) in stepKL(revealed: revealed, count: count) }
        // least[k][m]: the least cost of revealing the n − m tokens left in k steps (∞ if impossible).
        var least = [[Double]](repeating: [Double](repeating: .infinity, count: n + 1), count: steps + 1)
        least[0][n] = 0
        for k in 1...steps {
            for m in 0..<n where n - m >= k {
                for s in 1...(n - m - k + 1) {
                    least[k][m] = Swift.min(least[k][m], cost(m, s) + least[k - 1][m + s])
                }
            }
        }
        var counts: [Int] = []
        var revealed = 0
        for k in stride(from: steps, to: 0, by: -1) {
            let target = least[k][revealed]
            let count = (1...(n - revealed - k + 1)).first { cost(revealed, $0) + least[k - 1][revealed + $0] <= target + 1e-12 }!
            counts.append(count)
            revealed += count
        }
        return counts
    }
}
