import UnmaskCore

/// What the frontier view (`F`) depends on: the sampler's toy target, the N its schedule rows
/// span, the cursor's schedule and N (its point), and the Monte Carlo runs behind an estimate.
public struct FrontierViewKey: Equatable, Sendable {
    public let target: ToyTarget
    public let steps: [Int]
    public let cursor: MaskSchedule
    public let cursorSteps: Int
    public let monteCarloSamples: Int
}

/// The frontier view's data (docs/theory.md §13): the target's error–NFE frontier, linear, sin²,
/// the best Beta and the information-optimal profile at N = 1 … min(n, `maximumSteps`) and the
/// default policy sweeps, and the cursor's schedule at the explorer's N as a point on it. The
/// explorer bounds its cost: exact evaluations get `workLimit` (a tenth of the headless default)
/// and Monte Carlo the explorer's `monteCarloSamples`, so the view opens within about a second on
/// every built-in target.
public struct FrontierView: Equatable, Sendable {
    public static let maximumSteps = 8
    public static let workLimit = 200_000

    public let key: FrontierViewKey
    public let frontier: Frontier?
    /// The cursor's point (nil where N exceeds n or the evaluation failed).
    public let cursor: FrontierPoint?
    public let failure: String?

    init(key: FrontierViewKey) {
        self.key = key
        let policies = FrontierRequest.sweptPolicies.flatMap { FrontierRequest.sweep(of: $0) ?? [] }
        let request = FrontierRequest(steps: key.steps, policies: policies, monteCarloSamples: key.monteCarloSamples,
                                      exactWorkLimit: Self.workLimit)
        do {
            frontier = try UnmaskCore.frontier(of: key.target, request)
            failure = nil
        } catch {
            frontier = nil
            failure = error.description
        }
        cursor = key.cursorSteps <= key.target.length
            ? try? frontierPoint(of: key.target, schedule: key.cursor, steps: key.cursorSteps,
                                 monteCarloSamples: key.monteCarloSamples, exactWorkLimit: Self.workLimit)
            : nil
    }

    private init(key: FrontierViewKey, frontier: Frontier?, cursor: FrontierPoint?, failure: String?) {
        self.key = key
        self.frontier = frontier
        self.cursor = cursor
        self.failure = failure
    }

    /// The same frontier with the cursor's point for `key` (same target, N and runs).
    func movingCursor(to key: FrontierViewKey) -> FrontierView {
        let cursor = key.cursorSteps <= key.target.length
            ? try? frontierPoint(of: key.target, schedule: key.cursor, steps: key.cursorSteps,
                                 monteCarloSamples: key.monteCarloSamples, exactWorkLimit: Self.workLimit)
            : nil
        return FrontierView(key: key, frontier: frontier, cursor: cursor, failure: failure)
    }

    /// The view for `key`: `reusing`'s frontier with the cursor's point moved when it has the
    /// same target, N and runs, a fresh frontier otherwise. Seconds on the larger targets, so
    /// the explorer runs it off the main thread.
    public static func computed(for key: FrontierViewKey, reusing view: FrontierView?) -> FrontierView {
        if let view, view.key.target == key.target, view.key.steps == key.steps,
           view.key.monteCarloSamples == key.monteCarloSamples {
            return view.movingCursor(to: key)
        }
        return FrontierView(key: key)
    }

    /// Whether any point (or the cursor's) is a Monte Carlo estimate.
    public var hasEstimates: Bool {
        ((frontier?.points ?? []) + (cursor.map { [$0] } ?? [])).contains { $0.evaluation != .exact }
    }
}
