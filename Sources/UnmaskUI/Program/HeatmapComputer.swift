import Dispatch
import UnmaskCore

/// Computes heatmaps off the main thread and reports progress on the main actor.
@MainActor
public protocol HeatmapComputer: AnyObject {
    /// Starts a request, superseding the previous one; `progress` hears how many cells are done
    /// (now and then, not per cell), `deliver` gets each progressive snapshot.
    func start(_ request: HeatmapRequest, progress: @escaping @MainActor (_ cellsDone: Int) -> Void,
               deliver: @escaping @MainActor (GridSnapshot) -> Void)
    func cancel()
}

/// The live computer: the Core grid engine (every core, coarse to fine; the metric made on its
/// queue, `PlaneMetric.evaluator(over:)`), its snapshots hopped to
/// the main queue, tagged with the request's generation, and the count of evaluated cells hopped
/// there at each new whole percent (`CellProgressCounter`).
@MainActor
public final class GridHeatmapComputer: HeatmapComputer {
    private let engine: GridEngine

    public init(engine: GridEngine = GridEngine()) {
        self.engine = engine
    }

    public func start(_ request: HeatmapRequest, progress: @escaping @MainActor (_ cellsDone: Int) -> Void,
                      deliver: @escaping @MainActor (GridSnapshot) -> Void) {
        let counter = CellProgressCounter(total: request.grid.cellCount)
        let planeMetric = request.metric, grid = request.grid
        engine.submit(grid, generation: request.generation, makeMetric: { cancellation in
            let metric = planeMetric.evaluator(over: grid, cancellation: cancellation)
            return { a, b in
                let value = metric(a, b)
                if let done = counter.increment() {
                    DispatchQueue.main.async {
                        MainActor.assumeIsolated { progress(done) }
                    }
                }
                return value
            }
        }) { snapshot in
            DispatchQueue.main.async {
                MainActor.assumeIsolated { deliver(snapshot) }
            }
        }
    }

    public func cancel() {
        engine.cancel()
    }
}
