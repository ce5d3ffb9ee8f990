import UnmaskCore

/// What the `v` overlay's token bars depend on: the sampler's toy target, N, the cursor's
/// schedule and the rounding.
public struct InformationOverlayKey: Equatable, Sendable {
    public let target: ToyTarget
    public let steps: Int
    public let schedule: MaskSchedule
    public let rounding: TokenRounding
}

/// A target's information curve, or why it has none (its computation is beyond the work limit),
/// as the `v` overlay gets it from the background (`Effect.computeInformationCurve`).
public struct InformationCurveResult: Equatable, Sendable {
    public let target: ToyTarget
    public let curve: InformationCurve?
    public let failure: String?

    /// The curve from `InformationCurve.cached`, computing it if needed.
    init(target: ToyTarget) {
        self.target = target
        do {
            curve = try InformationCurve.cached(target)
            failure = nil
        } catch {
            curve = nil
            failure = error.description
        }
    }

    init(target: ToyTarget, curve: InformationCurve) {
        self.target = target
        self.curve = curve
        failure = nil
    }
}

/// The `v` overlay in the token bars (docs/theory.md §12): on the sampler's target (its n
/// tokens), the cursor's counts in N steps and the information-optimal counts, the profile of
/// least order-averaged KL KL̄ = Σ_j Z_j − Σ_k s_k·Z_{m_k+1}, each with its KL̄. With N > n the
/// optimum reveals one token a step and leaves the last N − n steps empty (KL̄ = 0). Nil counts
/// and a reason where the target's information curve is beyond its work limit or the cursor's
/// plan is invalid; the cursor's counts alone while the curve is being computed.
public struct InformationOverlay: Equatable, Sendable {
    public let key: InformationOverlayKey
    public let cursorCounts: [Int]?
    public let cursorKL: Double?
    public let optimalCounts: [Int]?
    public let optimalKL: Double?
    public let failure: String?
    /// Whether the target's information curve is still being computed.
    public let isPending: Bool

    /// The overlay for `key` from its target's curve, or pending while `curve` is nil.
    init(key: InformationOverlayKey, curve result: InformationCurveResult?) {
        self.key = key
        let n = key.target.length
        let plan = try? StepPlan(key.schedule, TokenCountRequest(length: n, steps: key.steps, rounding: key.rounding))
        cursorCounts = plan?.counts
        isPending = result == nil
        if let curve = result?.curve {
            let optimal = key.steps <= n ? curve.optimalCounts(steps: key.steps)
                : [Int](repeating: 1, count: n) + [Int](repeating: 0, count: key.steps - n)
            optimalCounts = optimal
            optimalKL = curve.orderAveragedKL(counts: optimal)
            cursorKL = plan.map { curve.orderAveragedKL(counts: $0.counts) }
            failure = plan == nil ? "the cursor's plan for L=\(n), N=\(key.steps) is invalid" : nil
        } else {
            optimalCounts = nil
            optimalKL = nil
            cursorKL = nil
            failure = result?.failure
        }
    }
}
