import Dispatch
import UnmaskCore

/// Computes heatmaps off the main thread and reports progress on the main actor.
@MainActor
public protocol HeatmapComputer: AnyObject {
    /// Starts a request, superseding the previous one; `deliver` gets each progressive snapshot.
    func start(_ request: HeatmapRequest, deliver: @escaping @MainActor (GridSnapshot) -> Void)
    func cancel()
}

/// The live computer: the Core grid engine (every core, coarse to fine), its snapshots hopped to
/// the main queue, tagged with the request's generation.
@MainActor
public final class GridHeatmapComputer: HeatmapComputer {
    private let engine: GridEngine

    public init(engine: GridEngine = GridEngine()) {
        self.engine = engine
    }

    public func start(_ request: HeatmapRequest, deliver: @escaping @MainActor (GridSnapshot) -> Void) {
        engine.submit(request.grid, generation: request.generation, metric: request.metric.evaluator()) { snapshot in
            DispatchQueue.main.async {
                MainActor.assumeIsolated { deliver(snapshot) }
            }
        }
    }

    public func cancel() {
        engine.cancel()
    }
}
