import Foundation

/// The Beta schedule α = sin²(π/2 · I_t(a, b)) closest to a realised profile: observed fractions
/// unmasked f_i at times t_i, fitted by least squares over (a, b).
///
/// A 41 × 41 grid with log spacing over [0.02, 50]² first, then a local grid of 5 × 5 points
/// around the best, recentred and halved 16 times (in log a, log b), kept within [0.01, 100].
/// Points at equal times are merged (their mean, weighted by count), and at most
/// `maximumTimes` distinct times enter the search (evenly thinned beyond), so the work is
/// bounded whatever the number of steps; the RMS error is over every point.
public struct BetaProfileFit: Sendable, Equatable {
    public let a: Double
    public let b: Double
    /// √(mean of (f_i − α(t_i))²) over every point.
    public let rmsError: Double
    /// The number of distinct times strictly between 0 and 1 (at t = 1 every schedule is 1, so
    /// those points say nothing about a and b). Below 2 (say two steps per block) the profile
    /// does not determine (a, b): many schedules fit it equally well.
    public let informativeTimes: Int

    public static let maximumTimes = 512

    /// Nil when there are no points.
    public init?(times: [Double], fractions: [Double]) {
        guard !times.isEmpty, times.count == fractions.count else { return nil }
        var sums: [Double: (sum: Double, count: Double)] = [:]
        for (t, f) in zip(times, fractions) {
            let old = sums[t, default: (0, 0)]
            sums[t] = (old.sum + f, old.count + 1)
        }
        informativeTimes = sums.keys.filter { $0 > 0 && $0 < 1 }.count
        var merged = sums.map { (t: $0.key, mean: $0.value.sum / $0.value.count, weight: $0.value.count) }.sorted { $0.t < $1.t }
        if merged.count > Self.maximumTimes {
            let count = merged.count
            merged = (0..<Self.maximumTimes).map { merged[$0 * (count - 1) / (Self.maximumTimes - 1)] }
        }
        func loss(_ logA: Double, _ logB: Double) -> Double {
            let schedule = MaskSchedule(.beta(a: exp(logA), b: exp(logB)))
            return merged.reduce(0) { total, point in
                let d = schedule.alpha(at: point.t) - point.mean
                return total + point.weight * d * d
            }
        }
        let low = log(0.02), high = log(50.0), count = 41
        let step = (high - low) / Double(count - 1)
        var best = (a: low, b: low, loss: Double.infinity)
        for i in 0..<count {
            for j in 0..<count {
                let value = loss(low + Double(i) * step, low + Double(j) * step)
                if value < best.loss { best = (low + Double(i) * step, low + Double(j) * step, value) }
            }
        }
        let bound = log(0.01)...log(100.0)
        var h = step / 2
        for _ in 0..<16 {
            let centre = best
            for i in -2...2 {
                for j in -2...2 where i != 0 || j != 0 {
                    let la = min(max(centre.a + Double(i) * h, bound.lowerBound), bound.upperBound)
                    let lb = min(max(centre.b + Double(j) * h, bound.lowerBound), bound.upperBound)
                    let value = loss(la, lb)
                    if value < best.loss { best = (la, lb, value) }
                }
            }
            h /= 2
        }
        a = exp(best.a)
        b = exp(best.b)
        let schedule = MaskSchedule(.beta(a: a, b: b))
        let total = zip(times, fractions).reduce(0.0) { sum, point in
            let d = schedule.alpha(at: point.0) - point.1
            return sum + d * d
        }
        rmsError = (total / Double(times.count)).squareRoot()
    }
}
