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
}
