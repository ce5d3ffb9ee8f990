import Dispatch
import Synchronization

/// Computes what `update` asked for off the main thread, one request at a time on its own
/// queue, and hands each result to the main actor: the frontier view's data
/// (`FrontierView.computed(for:reusing:)`) and a target's information curve for the `v`
/// overlay, seconds each on the larger targets in a debug build. A request superseded before its
/// turn is skipped; one already running finishes, and `update` drops its result as stale.
final class LatestRequestComputer<Key: Equatable & Sendable>: Sendable {
    private let queue: DispatchQueue
    private let latest = Mutex<Key?>(nil)

    init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated)
    }

    func start<Value: Sendable>(_ key: Key, compute: @escaping @Sendable () -> Value,
                                deliver: @escaping @MainActor @Sendable (Value) -> Void) {
        latest.withLock { $0 = key }
        queue.async { [self] in
            guard latest.withLock({ $0 == key }) else { return }
            let value = compute()
            DispatchQueue.main.async {
                MainActor.assumeIsolated { deliver(value) }
            }
        }
    }

    /// Skips every request not yet started.
    func cancel() {
        latest.withLock { $0 = nil }
    }
}
