import UnmaskCore

/// What the `v` overlay's token bars depend on: the sampler's toy target, N, the cursor's
/// schedule and the rounding.
public struct InformationOverlayKey: Equatable, Sendable {
    public let target: ToyTarget
    public let steps: Int
    public let schedule: MaskSchedule
    public let rounding: TokenRounding
}

/// The `v` overlay in the token bars (docs/theory.md §12): on the sampler's target (its n
/// tokens), the cursor's counts in N steps and the information-optimal counts, the profile of
/// least order-averaged KL KL̄ = Σ_j Z_j − Σ_k s_k·Z_{m_k+1}, each with its KL̄. With N > n the
/// optimum reveals one token a step and leaves the last N − n steps empty (KL̄ = 0). Nil counts
/// and a reason where the target's information curve is beyond its work limit or the cursor's
/// plan is invalid.
public struct InformationOverlay: Equatable, Sendable {
    public let key: InformationOverlayKey
    public let cursorCounts: [Int]?
    public let cursorKL: Double?
    public let optimalCounts: [Int]?
    public let optimalKL: Double?
    public let failure: String?

    init(key: InformationOverlayKey) {
        self.key = key
        let n = key.target.length
        let plan = try? StepPlan(key.schedule, TokenCountRequest(length: n, steps: key.steps, rounding: key.rounding))
        do {
            let curve = try InformationCurve.cached(key.target)
            let optimal = key.steps <= n ? curve.optimalCounts(steps: key.steps)
                : [Int](repeating: 1, count: n) + [Int](repeating: 0, count: key.steps - n)
            optimalCounts = optimal
            optimalKL = curve.orderAveragedKL(counts: optimal)
            cursorCounts = plan?.counts
            cursorKL = plan.map { curve.orderAveragedKL(counts: $0.counts) }
            failure = plan == nil ? "the cursor's plan for L=\(n), N=\(key.steps) is invalid" : nil
        } catch {
            optimalCounts = nil
            optimalKL = nil
            cursorCounts = plan?.counts
            cursorKL = nil
            failure = error.description
        }
    }
}
