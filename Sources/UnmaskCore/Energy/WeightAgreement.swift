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
}
