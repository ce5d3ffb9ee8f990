import UnmaskUI

/// A scheduler with a virtual clock that only moves when told to.
@MainActor
public final class ManualScheduler: Scheduler {
    public private(set) var now: Duration = .zero
    private var pending: [(due: Duration, order: Int, action: @MainActor () -> Void)] = []
    private var counter = 0

    public init() {}

    public func schedule(after delay: Duration, _ action: @escaping @MainActor () -> Void) {
        counter += 1
        pending.append((now + delay, counter, action))
    }

    /// Actions waiting to run.
    public var pendingCount: Int { pending.count }

    /// Moves the clock forward, running every action that falls due, in time order.
    public func advance(by interval: Duration) {
        let end = now + interval
        while let next = pending.filter({ $0.due <= end }).min(by: { ($0.due, $0.order) < ($1.due, $1.order) }) {
            pending.removeAll { $0.order == next.order }
            now = next.due
            next.action()
        }
        now = end
    }
}
