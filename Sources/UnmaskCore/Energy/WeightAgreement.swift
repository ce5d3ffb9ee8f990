/// Which weight γ explains a task's scores? For schedules α_i measured with scores s_i (one task,
/// one N), the agreement of the weight γ = Beta(a_w, b_w) is Spearman's ρ between −E(α_i; γ) and
/// s_i: +1 when the energy under γ ranks the schedules exactly as the task does (lower energy,
/// higher score). E is the continuous energy of `energy(of:weight:)` (t from 0, fully masked, to 1,
/// clean); a schedule with E = +∞ under γ ranks below every finite one.
public struct WeightAgreement: Sendable {
    public let schedules: [MaskSchedule]
    public let scores: [Double]

    public init(schedules: [MaskSchedule], scores: [Double]) {
        precondition(schedules.count == scores.count, "one score per schedule")
        self.schedules = schedules
        self.scores = scores
    }

    /// ρ for one weight; nil where it is undefined (fewer than 2 schedules, all scores equal, or
    /// all energies equal under this weight).
    public func rho(weight: MaskSchedule) -> Double? {
        SpearmanCorrelation.rho(schedules.map { -energy(of: $0, weight: weight) }, scores)
    }

    /// ρ over a plane of Beta weights, in the grid's cell order (a fastest), NaN where undefined.
    public func plane(_ grid: ParameterGrid) -> [Double] {
        (0..<grid.cellCount).map { index in
            let point = grid.point(at: index)
            return rho(weight: MaskSchedule(.beta(a: point.a, b: point.b))) ?? .nan
        }
    }

    /// The cells of a plane with the largest ρ (ties within 1e-12 all count), nil if none is defined.
    public static func best(of plane: [Double]) -> (rho: Double, cells: [Int])? {
        guard let top = plane.filter({ !$0.isNaN }).max() else { return nil }
        return (top, plane.indices.filter { !plane[$0].isNaN && plane[$0] >= top - 1e-12 })
    }

    /// How often scores unrelated to the schedules would fit some weight of the plane as well:
    /// the fraction of `permutations` random shufflings of the scores (seeded, so repeatable)
    /// whose largest ρ over `grid` reaches `observed`, as (hits + 1)/(permutations + 1). Unlike a
    /// p-value for one fixed weight, this accounts for choosing the best weight; nil where ρ is
    /// undefined at every weight.
    public func planePValue(_ grid: ParameterGrid, observed: Double, permutations: Int = 2000, seed: UInt64 = 1) -> Double? {
        let n = schedules.count
        let mean = Double(n + 1) / 2
        // each weight's centred energy ranks, scaled to unit length; undefined weights dropped
        var columns: [[Double]] = []
        for index in 0..<grid.cellCount {
            let point = grid.point(at: index)
            let weight = MaskSchedule(.beta(a: point.a, b: point.b))
            let centred = SpearmanCorrelation.ranks(schedules.map { -energy(of: $0, weight: weight) }).map { $0 - mean }
            let norm = centred.map { $0 * $0 }.reduce(0, +).squareRoot()
            if norm > 0 { columns.append(centred.map { $0 / norm }) }
        }
        var scoreRanks = SpearmanCorrelation.ranks(scores).map { $0 - mean }
        let scoreNorm = scoreRanks.map { $0 * $0 }.reduce(0, +).squareRoot()
        guard !columns.isEmpty, scoreNorm > 0 else { return nil }
        scoreRanks = scoreRanks.map { $0 / scoreNorm }
        var generator = SplitMix64(seed: seed)
        var hits = 0
        for _ in 0..<permutations {
            for index in stride(from: n - 1, to: 0, by: -1) {
                scoreRanks.swapAt(index, Int(generator.next() % UInt64(index + 1)))
            }
            var best = -Double.infinity
            for column in columns {
                var sum = 0.0
                for index in 0..<n { sum += column[index] * scoreRanks[index] }
                best = Swift.max(best, sum)
            }
            if best >= observed - 1e-12 { hits += 1 }
        }
        return Double(hits + 1) / Double(permutations + 1)
    }
}
