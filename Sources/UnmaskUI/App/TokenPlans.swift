import UnmaskCore

/// What the token bars' step plans depend on: the schedules shown (the cursor's first, then the
/// pins) and the request (length L, N steps, rounding, seed).
public struct TokenPlansKey: Equatable, Sendable {
    public let schedules: [MaskSchedule]
    public let request: TokenCountRequest
}

/// The step plans of the cursor's schedule and of each pin for the token bars, computed once per
/// change of their key; an entry is nil when its request is invalid.
public struct TokenPlans: Equatable, Sendable {
    public let key: TokenPlansKey
    public let plans: [StepPlan?]

    init(key: TokenPlansKey) {
        self.key = key
        plans = key.schedules.map { try? StepPlan($0, key.request) }
    }

    /// The cursor's plan (the first schedule's).
    public var cursor: StepPlan? { plans.first ?? nil }
}
