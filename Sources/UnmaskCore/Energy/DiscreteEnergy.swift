/// The N-step energy on the sampler's grid t_k = k/N (docs/theory.md §6):
///
///     E_N = 4·Σ_k (θ_{k+1} − θ_k)² / Δγ_k = π²·Σ_k (Δγ^α_k)² / Δγ^w_k,
///
/// with θ = (π/2)·γ^α the angle of α and γ^w the weight. E_N ≥ π² on every grid, tends to E as N
/// grows, and equals π² when α is the weight's optimal schedule. A step where the weight does not
/// move (Δγ^w = 0) but α does makes E_N = +∞; a step where neither moves contributes nothing.
public func discreteEnergy(of alpha: MaskSchedule, weight: MaskSchedule, steps: Int) -> Double {
    precondition(steps >= 1, "steps must be at least 1")
    let alphaGrid = gammaGrid(of: alpha, steps: steps)
    let weightGrid = weight == alpha ? alphaGrid : gammaGrid(of: weight, steps: steps)
    var sum = 0.0
    for k in 0..<steps {
        let alphaStep = increment(alphaGrid[k], alphaGrid[k + 1])
        let weightStep = increment(weightGrid[k], weightGrid[k + 1])
        if alphaStep == 0 { continue }
        if weightStep <= 0 { return .infinity }
        sum += alphaStep * alphaStep / weightStep
    }
    return minimumEnergy * sum
}

/// γ at the grid points t_k = k/N, with complements, k = 0…N.
func gammaGrid(of schedule: MaskSchedule, steps: Int) -> [UnitPair] {
    (0...steps).map { k in
        let t = Double(k) / Double(steps)
        let u = Double(steps - k) / Double(steps)
        return schedule.gammaPair(at: t, complement: u)
    }
}

/// γ_{k+1} − γ_k taken from whichever side (value or complement) is smaller, so increments near
/// γ = 1 keep their relative accuracy.
func increment(_ start: UnitPair, _ end: UnitPair) -> Double {
    if end.value <= 0.5 { return end.value - start.value }
    return start.complement - end.complement
}
