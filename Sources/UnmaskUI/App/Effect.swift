import UnmaskCore

/// What `update` asks the outside world to do, as data: the program shell carries it out, and
/// tests inspect it.
public enum Effect: Equatable, Sendable {
    /// Start computing a heatmap off the main thread, superseding any earlier request.
    case computeHeatmap(HeatmapRequest)
    /// Stop the running heatmap computation.
    case cancelHeatmap
    /// Compute the frontier view's data for this key off the main thread, superseding any
    /// earlier request (`FrontierView.computed(for:reusing:)`), and deliver it as
    /// `.frontierComputed`.
    case computeFrontier(FrontierViewKey, reusing: FrontierView?)
    /// Compute the target's information curve off the main thread (`InformationCurve.cached`,
    /// for the `v` overlay), superseding any earlier request, and deliver it as
    /// `.informationCurveComputed`.
    case computeInformationCurve(ToyTarget)
    /// Deliver `.tick(token:)` after a delay.
    case scheduleTick(token: Int, after: Duration)
    /// Repaint every cell, not only the changed ones.
    case redrawAll
    /// Restore the terminal and stop the process until it is continued.
    case suspend
    case quit
}
