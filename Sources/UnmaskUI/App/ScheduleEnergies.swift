import UnmaskCore

/// What the energies beside the heatmap depend on: the schedules (the cursor's first, then the
/// pins), the weight γ and N.
public struct ScheduleEnergiesKey: Equatable, Sendable {
    public let schedules: [MaskSchedule]
    public let weight: MaskSchedule
    public let steps: Int
}

/// The energy E(α; γ) and the N-step energy E_N(α; γ) of the cursor's schedule and of each pin,
/// computed on the main thread once per change of their key: per schedule one closed form (a
/// Beta schedule under a Beta weight, docs/theory.md §5) or one endpoint quadrature (§3), and a
/// sum of N terms (§6). These are the two metrics cheap enough for that; the sampling errors are
/// only ever read off computed planes.
public struct ScheduleEnergies: Equatable, Sendable {
    public let key: ScheduleEnergiesKey
    /// E(α; γ) per schedule, in the key's order.
    public let energies: [Double]
    /// E_N(α; γ) per schedule, in the key's order.
    public let discreteEnergies: [Double]

    init(key: ScheduleEnergiesKey) {
        self.key = key
        energies = key.schedules.map { energy(of: $0, weight: key.weight) }
        discreteEnergies = key.schedules.map { discreteEnergy(of: $0, weight: key.weight, steps: key.steps) }
    }
}
