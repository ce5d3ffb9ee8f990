/// Spearman's rank correlation ρ of paired values: Pearson's correlation of their ranks, with
/// tied values given the mean of the ranks they span (as `scipy.stats.spearmanr` does). +∞ and −∞
/// rank above and below every finite value, and tie among themselves.
public enum SpearmanCorrelation {
    /// ρ in [−1, 1]; nil for fewer than two pairs, for lengths that differ, for a NaN, or where
    /// either side is constant (its ranks have no variance, so ρ is undefined).
    public static func rho(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2, !x.contains(where: \.isNaN), !y.contains(where: \.isNaN) else { return nil }
        let rx = ranks(x), ry = ranks(y)
        let mean = Double(x.count + 1) / 2
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (u, v) in zip(rx, ry) {
            sxy += (u - mean) * (v - mean)
            sxx += (u - mean) * (u - mean)
            syy += (v - mean) * (v - mean)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return Swift.min(1, Swift.max(-1, sxy / (sxx * syy).squareRoot()))
    }

    /// Ranks from 1 (smallest) to n, ties given their mean rank.
    public static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end + 2) / 2
            for position in start...end { ranks[order[position]] = rank }
            start = end + 1
        }
        return ranks
    }

    /// Pairs up to which `permutationPValue` enumerates every permutation (10! = 3 628 800).
    public static let maximumExactPairs = 10

    /// The exact one-sided permutation p-value of ρ ≥ `observed` for these values: the fraction
    /// of the n! pairings of x with a permutation of y whose ρ reaches `observed` (within 1e-12).
    /// It is the chance that a ranking unrelated to y agrees this well; nil beyond
    /// `maximumExactPairs` pairs or where ρ is undefined.
    public static func permutationPValue(_ x: [Double], _ y: [Double], observed: Double) -> Double? {
        guard x.count == y.count, x.count <= maximumExactPairs, rho(x, y) != nil else { return nil }
        let rx = ranks(x), ry = ranks(y)
        let n = x.count
        let mean = Double(n + 1) / 2
        let cx = rx.map { $0 - mean }, cy = ry.map { $0 - mean }
        let norm = (cx.map { $0 * $0 }.reduce(0, +) * cy.map { $0 * $0 }.reduce(0, +)).squareRoot()
        // Heap's algorithm over the positions of y; ρ of each pairing from its cross sum.
        var order = Array(0..<n), counters = [Int](repeating: 0, count: n)
        func reaches() -> Bool {
            var sum = 0.0
            for index in 0..<n { sum += cx[index] * cy[order[index]] }
            return sum / norm >= observed - 1e-12
        }
        var hits = reaches() ? 1 : 0, total = 1
        var index = 1
        while index < n {
            if counters[index] < index {
                order.swapAt(index % 2 == 0 ? 0 : counters[index], index)
                total += 1
                if reaches() { hits += 1 }
                counters[index] += 1
                index = 1
            } else {
                counters[index] = 0
                index += 1
            }
        }
        return Double(hits) / Double(total)
    }
}
