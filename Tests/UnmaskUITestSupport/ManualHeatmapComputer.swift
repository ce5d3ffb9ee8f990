import UnmaskCore
import UnmaskUI

/// A computer that only records requests; a test delivers results itself.
@MainActor
public final class ManualHeatmapComputer: HeatmapComputer {
    public private(set) var requests: [HeatmapRequest] = []
    public private(set) var cancellations = 0
    private var deliver: (@MainActor (GridSnapshot) -> Void)?
    private var progress: (@MainActor (Int) -> Void)?

    public init() {}

    public func start(_ request: HeatmapRequest, progress: @escaping @MainActor (Int) -> Void,
                      deliver: @escaping @MainActor (GridSnapshot) -> Void) {
        requests.append(request)
        self.progress = progress
        self.deliver = deliver
    }

    /// Reports a count of evaluated cells of the latest request, as the live computer would.
    public func report(cellsDone: Int) {
        progress?(cellsDone)
    }

    public func cancel() {
        cancellations += 1
    }

    /// Delivers a snapshot as the live computer would.
    public func complete(with snapshot: GridSnapshot) {
        deliver?(snapshot)
    }

    /// Computes a request synchronously on the calling thread and delivers it complete.
    public func completeNow(_ request: HeatmapRequest) {
        complete(with: computedSnapshot(request))
    }
}

/// A request's plane computed serially on the calling thread, as one complete snapshot.
public func computedSnapshot(_ request: HeatmapRequest) -> GridSnapshot {
    let metric = request.metric.evaluator()
    let values = (0..<request.grid.cellCount).map { index -> Double in
        let point = request.grid.point(at: index)
        return metric(point.a, point.b)
    }
    return GridSnapshot(generation: request.generation, grid: request.grid, values: values, stride: 1)
}
