/// One schedule Beta(a, b) found by the search, with its metric and energies for comparison.
public struct SearchCandidate: Sendable, Equatable {
    public let a: Double
    public let b: Double
    /// The searched metric (smaller is better).
    public let value: Double
    /// E(Beta(a, b), uniform weight), the continuous energy.
    public let energy: Double
    /// E_N on the search's grid of N steps, uniform weight.
    public let discreteEnergy: Double
}

/// What `searchSchedules` found: the ranked candidates, and how many evaluated points had no
/// value (a sampling error beyond the exact-evaluation limit) and so are not ranked.
public struct SearchResult: Sendable, Equatable {
    public let candidates: [SearchCandidate]
    public let unevaluated: Int
}

/// At most how many cells `searchSchedules` evaluates: the grid, then the refinements.
public func searchCellCount(over grid: ParameterGrid, refinedCells: Int = 3, refinement: Int = 9) -> Int {
    grid.cellCount + refinedCells * refinement * refinement
}

/// The paper's post-training 2-D search over Beta(a, b) schedules: evaluate a coarse grid, then
/// refine around the best `refinedCells` cells with a `refinement` × `refinement` grid spanning
/// their neighbours, and rank everything evaluated by the metric's ranking (for the sampling
/// errors: by value to 1e-12, then by energy, so among equally good schedules the one of least
/// energy comes first). `steps` is the N of the reported N-step energies. `progress` is told how
/// many more cells are done, at most `grid.cellCount + refinedCells·refinement²` in all.
public func searchSchedules(
    over grid: ParameterGrid, metric: PlaneMetric, steps: Int, engine: GridEngine, refinedCells: Int = 3,
    refinement: Int = 9, progress: (@Sendable (_ cellsDone: Int) -> Void)? = nil
) -> SearchResult {
    let cell = metric.evaluator()
    var evaluated: [Point: Double] = [:]
    func evaluate(_ grid: ParameterGrid) {
        let values = engine.evaluate(grid, metric: cell, progress: progress)
        for index in 0..<grid.cellCount {
            let point = grid.point(at: index)
            evaluated[Point(a: point.a, b: point.b)] = values[index]
        }
    }
    evaluate(grid)
    let coarse = (0..<grid.cellCount).map { index -> (Int, Double) in
        let point = grid.point(at: index)
        return (index, evaluated[Point(a: point.a, b: point.b)] ?? .nan)
    }
    let best = coarse.filter { !$0.1.isNaN }.sorted { $0.1 < $1.1 }.prefix(refinedCells)
    for (index, _) in best {
        let i = index % grid.a.count, j = index / grid.a.count
        if let a = try? neighbourhood(grid.a, around: i, count: refinement),
           let b = try? neighbourhood(grid.b, around: j, count: refinement) {
            evaluate(ParameterGrid(a: a, b: b))
        }
    }
    let weight = MaskSchedule.uniform
    let candidates = evaluated.filter { !$0.value.isNaN }.map { point, value in
        let alpha = MaskSchedule(.beta(a: point.a, b: point.b))
        return SearchCandidate(a: point.a, b: point.b, value: value, energy: energy(of: alpha, weight: weight),
                               discreteEnergy: discreteEnergy(of: alpha, weight: weight, steps: steps))
    }.sorted {
        (metric.rankingValue($0.value), $0.energy, $0.a, $0.b) < (metric.rankingValue($1.value), $1.energy, $1.a, $1.b)
    }
    return SearchResult(candidates: candidates, unevaluated: evaluated.count - candidates.count)
}

/// The span from the neighbour before index i to the neighbour after it, with the axis's spacing.
private func neighbourhood(_ axis: GridAxis, around i: Int, count: Int) throws(GridAxisError) -> GridAxis {
    let low = axis.value(at: max(0, i - 1)), high = axis.value(at: min(axis.count - 1, i + 1))
    return try GridAxis(min: low, max: high, count: low == high ? 1 : count, spacing: axis.spacing)
}

private struct Point: Hashable {
    let a: Double
    let b: Double
}
