import Dispatch

/// Runs actions later on the main actor. The live scheduler uses the main dispatch queue; tests
/// use a manual one (UnmaskUITestSupport) and move its clock by hand, so animations step deterministically.
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
