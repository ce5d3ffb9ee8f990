import Synchronization

/// Counts the cells of one heatmap request as workers finish them, and says when the count
/// reaches a new whole percent of `total`, so that progress crosses to the main thread at most
/// about 100 times per request whatever the grid's size.
final class CellProgressCounter: Sendable {
    let total: Int
    private let done = Atomic<Int>(0)

    init(total: Int) {
        self.total = Swift.max(1, total)
    }

    /// Counts one more cell; returns the count when it is the first at a new percent
    /// (⌊100·count/total⌋ larger than for count − 1), nil otherwise.
    func increment() -> Int? {
        let count = done.wrappingAdd(1, ordering: .relaxed).newValue
        return 100 * count / total > 100 * (count - 1) / total ? count : nil
    }
}
