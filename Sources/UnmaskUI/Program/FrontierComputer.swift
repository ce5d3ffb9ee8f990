import Dispatch
import Synchronization

/// Computes the frontier view's data off the main thread (`FrontierView.computed(for:reusing:)`,
/// seconds on the larger targets), one request at a time on its own queue, and hands the result
/// to the main actor. A request superseded before its turn is skipped; one already running
/// finishes, and `update` drops its result as stale.
final class FrontierComputer: Sendable {
    private let queue = DispatchQueue(label: "unmask.frontier", qos: .userInitiated)
    private let latest = Mutex<FrontierViewKey?>(nil)

    func start(_ key: FrontierViewKey, reusing view: FrontierView?,
               deliver: @escaping @MainActor @Sendable (FrontierView) -> Void) {
        latest.withLock { $0 = key }
        queue.async { [self] in
            guard latest.withLock({ $0 == key }) else { return }
            let computed = FrontierView.computed(for: key, reusing: view)
            DispatchQueue.main.async {
                MainActor.assumeIsolated { deliver(computed) }
            }
        }
    }

    /// Skips every request not yet started.
    func cancel() {
        latest.withLock { $0 = nil }
    }
}
