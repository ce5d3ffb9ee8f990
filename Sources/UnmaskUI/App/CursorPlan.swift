import UnmaskCore

/// What the cursor's step plan depends on.
public struct CursorPlanKey: Equatable, Sendable {
    public let schedule: MaskSchedule
    public let request: TokenCountRequest
}

/// The cursor's step plan for the token bars (length L, N steps), computed once per change of
/// its key; nil when the request is invalid.
public struct CursorPlan: Equatable, Sendable {
    public let key: CursorPlanKey
    public let plan: StepPlan?

    init(key: CursorPlanKey, plan: StepPlan?) {
        self.key = key
        self.plan = plan
    }

    init(schedule: MaskSchedule, request: TokenCountRequest) {
        self.init(key: CursorPlanKey(schedule: schedule, request: request), plan: try? StepPlan(schedule, request))
    }
}
