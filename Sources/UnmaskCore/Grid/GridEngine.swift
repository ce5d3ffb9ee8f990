import Dispatch
import Foundation
import Synchronization

/// A metric evaluated at one (a, b) point of the grid.
public typealias GridMetric = @Sendable (_ a: Double, _ b: Double) -> Double

/// Evaluates a metric over an (a, b) grid on Dispatch queues with every core, progressively:
/// first the cells on a coarse lattice (stride 8, 4, 2), then the rest, delivering a snapshot
/// after each pass. The submitter numbers each request with its generation, which every
/// snapshot carries; submitting a new request cancels the previous one cooperatively (workers
/// stop at the next cell) and never delivers its remaining snapshots. The CLI and the explorer
/// use this same engine.
public final class GridEngine: Sendable {
    /// Concurrent workers per pass; 1 evaluates serially on the engine's queue.
    public let workers: Int
    private let queue: DispatchQueue
    private let current = Mutex<CancellationFlag?>(nil)

    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.workers = Swift.max(1, workers)
        queue = DispatchQueue(label: "unmask.grid-engine", qos: .userInitiated)
    }

    /// Starts evaluating the metric `makeMetric` makes over `grid` as request `generation`,
    /// superseding any earlier request. The metric is made on the engine's queue, so one that
    /// precomputes the plane (`PlaneMetric.evaluator(over:cancellation:)`) does not hold up the
    /// submitter; it is given the request's cancellation flag, which a metric whose cells are slow
    /// reads inside them. `onProgress` runs on a background queue after each pass.
    public func submit(
        _ grid: ParameterGrid, generation: Int, coarsestStride: Int = 8,
        makeMetric: @escaping @Sendable (CancellationFlag) -> GridMetric,
        onProgress: @escaping @Sendable (GridSnapshot) -> Void
    ) {
        let flag = CancellationFlag()
        current.withLock { current in
            current?.cancel()
            current = flag
        }
        let workers = workers
        queue.async {
            if flag.isCancelled { return }
            let metric = makeMetric(flag)
            let storage = GridStorage(count: grid.cellCount)
            for stride in Self.strides(coarsest: coarsestStride) {
                let cells = grid.cells(stride: stride, coarsest: stride == coarsestStride)
                Self.evaluate(cells, of: grid, metric: metric, into: storage, workers: workers, flag: flag)
                if flag.isCancelled { return }
                onProgress(GridSnapshot(generation: generation, grid: grid, values: storage.array, stride: stride))
            }
        }
    }

    /// Cancels the current request, if any; its remaining snapshots are never delivered.
    public func cancel() {
        current.withLock { current in
            current?.cancel()
            current = nil
        }
    }

    /// Evaluates every cell now, on the calling thread plus `workers − 1` others, in one pass.
    /// `progress`, if given, is told from the workers' threads how many more cells are done.
    public func evaluate(
        _ grid: ParameterGrid, metric: GridMetric, progress: (@Sendable (_ cellsDone: Int) -> Void)? = nil
    ) -> [Double] {
        let storage = GridStorage(count: grid.cellCount)
        Self.evaluate(Array(0..<grid.cellCount), of: grid, metric: metric, into: storage,
                      workers: workers, flag: CancellationFlag(), progress: progress)
        return storage.array
    }

    /// Powers of two from `coarsest` down to 1.
    static func strides(coarsest: Int) -> [Int] {
        var strides: [Int] = []
        var stride = 1
        while stride < coarsest { stride *= 2 }
        while stride >= 1 {
            strides.append(stride)
            stride /= 2
        }
        return strides
    }

    /// Workers pull chunks of cells from a shared counter until none are left or the request is
    /// cancelled; each cell is written by exactly one worker.
    private static func evaluate(
        _ cells: [Int], of grid: ParameterGrid, metric: GridMetric, into storage: GridStorage,
        workers: Int, flag: CancellationFlag, progress: (@Sendable (Int) -> Void)? = nil
    ) {
        let next = Atomic<Int>(0)
        let chunk = Swift.max(1, Swift.min(64, cells.count / (workers * 8)))
        // The axes' values once, not per cell: exactly what `grid.point(at:)` gives.
        let aValues = grid.a.values, bValues = grid.b.values, width = grid.a.count
        DispatchQueue.concurrentPerform(iterations: Swift.min(workers, Swift.max(1, cells.count))) { _ in
            while !flag.isCancelled {
                let start = next.wrappingAdd(chunk, ordering: .relaxed).oldValue
                if start >= cells.count { return }
                for position in start..<Swift.min(start + chunk, cells.count) {
                    if flag.isCancelled { return }
                    let index = cells[position]
                    storage.write(metric(aValues[index % width], bValues[index / width]), at: index)
                }
                progress?(Swift.min(start + chunk, cells.count) - start)
            }
        }
    }
}

/// Cell values written concurrently at distinct indices, read once all writers are done.
final class GridStorage: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Double>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: .nan)
    }

    deinit { buffer.deallocate() }

    func write(_ value: Double, at index: Int) { buffer[index] = value }

    var array: [Double] { Array(buffer) }
}
