/// The Beta(a, b) schedule of least metric value on the plane that `unmask optimal` and
/// `unmask frontier` search (docs/theory.md §12): `searchSchedules` over a 41 × 41 log grid of
/// a, b ∈ 0.01…100 (the accurate domain of Beta parameters), refined around its 3 best cells,
/// ties to the least energy. Nil when no cell of the plane has a value.
public func bestBetaSchedule(metric: PlaneMetric, steps: Int, engine: GridEngine = GridEngine()) -> SearchCandidate? {
    searchSchedules(over: ParameterGrid(a: bestBetaAxis, b: bestBetaAxis), metric: metric, steps: steps, engine: engine, top: 1)
        .candidates.first
}

/// The axis of both Beta parameters in `bestBetaSchedule`: 41 log-spaced values from 0.01 to 100.
public let bestBetaAxis = try! GridAxis(min: 0.01, max: 100, count: 41, spacing: .logarithmic)
