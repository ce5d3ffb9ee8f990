import UnmaskCore

/// Heatmap planes computed before, kept by what they computed: the plane metric with all its
/// inputs (`PlaneMetric` is equal exactly when it computes the same plane) and the grid.
/// Switching back to a metric, weight, N or zoom already computed shows its complete plane at
/// once instead of computing it again. A plane interrupted by a switch is kept too: its computed
/// cells still answer `value(of:at:)`, and computing it again starts from its metric, whose memo
/// (a sampling error's evaluated token-count vectors, see `PlaneMetric`) makes every cell it
/// already has instant; the same holds for the same metric on another grid (scrolled or zoomed).
///
/// Bounded: at most `capacity` = 12 planes, the least recently used dropped first. A plane holds
/// 9 bytes per grid point (a `Double` and a `Bool`), so 12 planes of a 120×40 terminal's 47×44 map
/// take about 220 KB and of a 200×60 one's 91×84 about 830 KB; a sampling-error plane also keeps
/// its metric's memo alive (one entry per distinct token-count vector, far fewer than points).
public struct PlaneCache: Equatable, Sendable {
    public static let capacity = 12

    /// The planes, least recently used first.
    public private(set) var planes: [HeatmapState] = []

    public init() {}

    /// Keeps a plane (complete or not) as the most recently used, replacing an earlier copy of it.
    mutating func store(_ plane: HeatmapState) {
        guard let request = plane.request else { return }
        planes.removeAll { $0.request?.metric == request.metric && $0.request?.grid == request.grid }
        planes.append(plane)
        if planes.count > Self.capacity { planes.removeFirst(planes.count - Self.capacity) }
    }

    /// The complete plane of `metric` on `grid`, if kept, which becomes the most recently used.
    mutating func take(_ metric: PlaneMetric, on grid: ParameterGrid) -> HeatmapState? {
        guard let index = planes.firstIndex(where: {
            $0.request?.metric == metric && $0.request?.grid == grid && $0.snapshot?.isComplete == true
        }) else { return nil }
        let plane = planes.remove(at: index)
        planes.append(plane)
        return plane
    }

    /// The kept metric equal to `metric` (the most recently used), which brings its memo; else
    /// `metric` itself.
    func reusable(_ metric: PlaneMetric) -> PlaneMetric {
        planes.last { $0.request?.metric == metric }?.request?.metric ?? metric
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
