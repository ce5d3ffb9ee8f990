import Synchronization

/// A cooperative cancellation flag: set once by whoever supersedes a computation, read by the
/// computation wherever it can stop. A `GridEngine` request's workers read it between cells, and
/// a plane metric's cells read it inside their exact evaluation and Monte Carlo runs
/// (`WorkMeter`, `monteCarloTally`), so that a superseded plane whose cells take seconds stops
/// within one of their steps instead of finishing the cell.
public final class CancellationFlag: Sendable {
    private let cancelled = Atomic<Bool>(false)

    public init() {}

    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    public func cancel() { cancelled.store(true, ordering: .relaxed) }
}
