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
/// energy comes first), returning the best `top`. `steps` is the N of the reported N-step
/// energies. `progress` is told how many more cells are done, at most
/// `grid.cellCount + refinedCells·refinement²` in all. Memory is the grid's values and the `top`
/// kept, so a 4096 × 4096 search holds no per-point records.
public func searchSchedules(
    over grid: ParameterGrid, metric: PlaneMetric, steps: Int, engine: GridEngine, top: Int = Int.max,
    refinedCells: Int = 3, refinement: Int = 9, progress: (@Sendable (_ cellsDone: Int) -> Void)? = nil
) -> SearchResult {
    let cell = metric.evaluator(over: grid)
    let coarse = engine.evaluate(grid, metric: cell, progress: progress)
    var best = SmallestElements<(value: Double, index: Int)>(capacity: refinedCells) { ($0.value, $0.index) < ($1.value, $1.index) }
    for (index, value) in coarse.enumerated() where !value.isNaN { best.insert((value, index)) }
    // Refined points that are not already coarse grid points (a refinement spans a cell's
    // neighbours, so it repeats some of them exactly).
    var refined: [Point: Double] = [:]
    for (_, index) in best.sorted {
        let i = index % grid.a.count, j = index / grid.a.count
        if let a = try? neighbourhood(grid.a, around: i, count: refinement),
           let b = try? neighbourhood(grid.b, around: j, count: refinement) {
            let fine = ParameterGrid(a: a, b: b)
            for (position, value) in engine.evaluate(fine, metric: cell, progress: progress).enumerated() {
                let point = fine.point(at: position)
                refined[Point(a: point.a, b: point.b)] = value
            }
        }
    }
    let aValues = Set(grid.a.values), bValues = Set(grid.b.values)
    let weight = MaskSchedule.uniform
    typealias Ranked = (rank: Double, energy: Double, a: Double, b: Double, value: Double)
    var kept = SmallestElements<Ranked>(capacity: top) { ($0.rank, $0.energy, $0.a, $0.b) < ($1.rank, $1.energy, $1.a, $1.b) }
    var unevaluated = 0
    func offer(a: Double, b: Double, value: Double) {
        guard !value.isNaN else {
            unevaluated += 1
            return
        }
        kept.insert((metric.rankingValue(value), energy(of: MaskSchedule(.beta(a: a, b: b)), weight: weight), a, b, value))
    }
    for (index, value) in coarse.enumerated() {
        let point = grid.point(at: index)
        offer(a: point.a, b: point.b, value: refined[Point(a: point.a, b: point.b)] ?? value)
    }
    for (point, value) in refined where !(aValues.contains(point.a) && bValues.contains(point.b)) {
        offer(a: point.a, b: point.b, value: value)
    }
    let candidates = kept.sorted.map { ranked in
        SearchCandidate(a: ranked.a, b: ranked.b, value: ranked.value, energy: ranked.energy,
                        discreteEnergy: discreteEnergy(of: MaskSchedule(.beta(a: ranked.a, b: ranked.b)), weight: weight, steps: steps))
    }
    return SearchResult(candidates: candidates, unevaluated: unevaluated)
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
