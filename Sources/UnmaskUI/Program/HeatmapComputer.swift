import Dispatch
import UnmaskCore

/// Computes heatmaps off the main thread and reports progress on the main actor.
@MainActor
public protocol HeatmapComputer: AnyObject {
    /// Starts a request, superseding the previous one; `deliver` gets each progressive result.
    func start(_ request: HeatmapRequest, deliver: @escaping @MainActor (Int, HeatmapValues) -> Void)
    func cancel()
}

/// The live computer: the Core grid engine (every core, coarse to fine), its snapshots hopped to
/// the main queue tagged with the request's generation.
@MainActor
public final class GridHeatmapComputer: HeatmapComputer {
    private let engine: GridEngine

    public init(engine: GridEngine = GridEngine()) {
        self.engine = engine
    }

    public func start(_ request: HeatmapRequest, deliver: @escaping @MainActor (Int, HeatmapValues) -> Void) {
        let generation = request.generation
        engine.submit(request.grid, metric: request.job.makeMetric()) { snapshot in
            let values = HeatmapValues(values: snapshot.values, stride: snapshot.stride)
            DispatchQueue.main.async {
                MainActor.assumeIsolated { deliver(generation, values) }
            }
        }
    }

    public func cancel() {
        engine.cancel()
    }
}

/// A computer that only records requests; a test delivers results itself.
@MainActor
public final class ManualHeatmapComputer: HeatmapComputer {
    public private(set) var requests: [HeatmapRequest] = []
    public private(set) var cancellations = 0
    private var deliver: (@MainActor (Int, HeatmapValues) -> Void)?

    public init() {}

    public func start(_ request: HeatmapRequest, deliver: @escaping @MainActor (Int, HeatmapValues) -> Void) {
        requests.append(request)
        self.deliver = deliver
    }

    public func cancel() {
        cancellations += 1
    }

    /// Delivers values for a generation as the live computer would.
    public func complete(generation: Int, with values: HeatmapValues) {
        deliver?(generation, values)
    }

    /// Computes a request synchronously on the calling thread and delivers it complete.
    public func completeNow(_ request: HeatmapRequest) {
        let metric = request.job.makeMetric()
        let values = (0..<request.grid.cellCount).map { index -> Double in
            let point = request.grid.point(at: index)
            return metric(point.a, point.b)
        }
        complete(generation: request.generation, with: HeatmapValues(values: values, stride: 1))
    }
}
