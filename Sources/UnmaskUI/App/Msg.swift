import UnmaskCore

/// Everything that can happen to the explorer; `update` is the only place that reacts.
public enum Msg: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// A scheduled tick; `token` tells which animation asked for it, so ticks of a stopped
    /// animation are ignored.
    case tick(token: Int)
    /// Progress of a heatmap computation; results of a superseded generation are dropped.
    case computeFinished(GridSnapshot)
    /// How many cells of heatmap request `generation` have been evaluated so far (for the
    /// title's percentage); counts of a superseded generation are dropped.
    case computeProgress(generation: Int, cellsDone: Int)
    /// The frontier view's data for a key; one no longer asked for is dropped.
    case frontierComputed(FrontierView)
    /// A target's information curve for the `v` overlay, or why there is none; one for a target
    /// no longer asked for is dropped.
    case informationCurveComputed(InformationCurveResult)
    /// The terminal was restored after a suspension (Ctrl-Z, then `fg`).
    case resumed
}
