/// An energy evaluated over the Beta plane: the cell (a, b) is the mask schedule
/// α = sin²(π/2·I_t(a, b)) measured under a fixed weight.
public enum EnergyMetric: Sendable, Equatable {
    /// The continuous energy E(α, weight) (docs/theory.md §3, §5).
    case continuous(weight: MaskSchedule)
    /// The N-step energy E_N(α, weight) on the grid t_k = k/N (docs/theory.md §6).
    case discrete(weight: MaskSchedule, steps: Int)

    /// The metric's value for the schedule Beta(a, b).
    public func value(a: Double, b: Double) -> Double {
        let alpha = MaskSchedule(.beta(a: a, b: b))
        switch self {
        case let .continuous(weight): return energy(of: alpha, weight: weight)
        case let .discrete(weight, steps): return discreteEnergy(of: alpha, weight: weight, steps: steps)
        }
    }
}
