import UnmaskCore

/// Completed heatmap planes, kept by what they computed: the plane metric with all its inputs
/// (`PlaneMetric` is equal exactly when it computes the same plane) and the grid. Switching back
/// to a metric, weight, N or zoom already computed shows its plane at once instead of computing
/// it again; only complete planes are kept (a plane interrupted by a switch is dropped).
///
/// Bounded: at most `capacity` = 12 planes, the least recently used dropped first. A plane holds
/// one `Double` and one `Bool` per grid point, so a 120×40 terminal's 53×48 map costs about 23 KB a
/// plane, a 200×60 one's 98×88 about 78 KB, and the whole cache stays under 1 MB at such sizes.
public struct PlaneCache: Equatable, Sendable {
    public static let capacity = 12

    /// The planes, least recently used first; each is complete.
    public private(set) var planes: [HeatmapState] = []

    public init() {}

    /// Keeps a complete plane as the most recently used, replacing an earlier copy of it.
    mutating func store(_ plane: HeatmapState) {
        guard let request = plane.request, plane.snapshot?.isComplete == true else { return }
        planes.removeAll { $0.request?.metric == request.metric && $0.request?.grid == request.grid }
        planes.append(plane)
        if planes.count > Self.capacity { planes.removeFirst(planes.count - Self.capacity) }
    }

    /// The plane of `metric` on `grid`, if kept, which becomes the most recently used.
    mutating func take(_ metric: PlaneMetric, on grid: ParameterGrid) -> HeatmapState? {
        guard let index = planes.firstIndex(where: { $0.request?.metric == metric && $0.request?.grid == grid }) else {
            return nil
        }
        let plane = planes.remove(at: index)
        planes.append(plane)
        return plane
    }

    /// The value of `metric` at lattice point `point` in the most recently used kept plane whose
    /// grid contains it, and whether it is a Monte Carlo estimate.
    public func value(of metric: PlaneMetric, at point: BetaPoint) -> HeatmapReading? {
        for plane in planes.reversed() where plane.request?.metric == metric {
            if let reading = plane.reading(at: point) { return reading }
        }
        return nil
    }
}
