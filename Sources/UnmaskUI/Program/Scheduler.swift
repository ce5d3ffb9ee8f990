import Dispatch

/// Runs actions later on the main actor. The live scheduler uses the main dispatch queue; tests
/// use `ManualScheduler` and move its clock by hand, so animations step deterministically.
@MainActor
public protocol Scheduler: AnyObject {
    func schedule(after delay: Duration, _ action: @escaping @MainActor () -> Void)
}

/// The main dispatch queue as a scheduler.
@MainActor
public final class MainQueueScheduler: Scheduler {
    public init() {}

    public func schedule(after delay: Duration, _ action: @escaping @MainActor () -> Void) {
        let (seconds, attoseconds) = delay.components
        let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        DispatchQueue.main.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
            MainActor.assumeIsolated { action() }
        }
    }
}

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
