/// The next round of a sweep around the best measured cells (the paper's protocol: a coarse
/// first round, then its best cells refined): for each of the top K cells by score, the 3 × 3
/// points at half the measured grid's spacing around it, kept within the Beta parameters'
/// domain, without repeats, best cell first.
public enum SweepRefinement {
    /// The measured grid's spacing on one axis: the smallest gap between distinct measured values
    /// (a tenth of the value where only one was measured).
    static func spacing(_ values: [Double]) -> Double {
        let distinct = Array(Set(values)).sorted()
        let gaps = zip(distinct, distinct.dropFirst()).map { $1 - $0 }
        return gaps.min() ?? (distinct.first.map { $0 / 10 } ?? 0.1)
    }

    /// The points around the top `top` cells of `scores` (ties by order of measurement).
    public static func points(around scores: MeasuredScores, top: Int) -> [(a: Double, b: Double)] {
        let ranked = scores.cells.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }
            .prefix(top).map(\.element)
        let (ha, hb) = (spacing(scores.cells.map(\.a)) / 2, spacing(scores.cells.map(\.b)) / 2)
        var seen = Set<[Double]>()
        var points: [(a: Double, b: Double)] = []
        for cell in ranked {
            for db in [0, -hb, hb] {
                for da in [0, -ha, ha] {
                    let (a, b) = (SweepPlan.parameter(cell.a + da), SweepPlan.parameter(cell.b + db))
                    guard Limits.scheduleParameters.contains(a), Limits.scheduleParameters.contains(b),
                          seen.insert([a, b]).inserted else { continue }
                    points.append((a, b))
                }
            }
        }
        return points
    }
}
