/// The mask schedule that minimises every energy for a given weight γ (Condition 3.4,
/// Theorem 3.6): α*_t = sin²(π/2·γ_t). Since a schedule's own weight is γ = (2/π)·arcsin √α,
/// the optimum for a weight spec is the schedule of the same spec, with energy π² (`minimumEnergy`).
public func optimalSchedule(for weight: MaskSchedule) -> MaskSchedule {
    weight
}
