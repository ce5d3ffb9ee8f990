/// What a key does; the key table maps keys to actions and `update` carries them out.
public enum Action: Hashable, Sendable {
    /// Move the heatmap cursor by lattice steps along a and b.
    case moveCursor(a: Int, b: Int)
    /// Finer (+1) or coarser (−1) lattice spacing on the (a, b) plane.
    case zoom(Int)
    /// Add to the number of steps N.
    case addSteps(Int)
    /// Multiply (true) or divide (false) the number of steps N by 2.
    case doubleSteps(Bool)
    /// Multiply (true) or divide (false) the sequence length L by 2.
    case doubleLength(Bool)
    case focusNext
    case focusPrevious
    /// Cycle forwards (+1) or backwards (−1) through the metrics, weights, targets or orders.
    case cycleMetric(Int)
    case cycleWeight(Int)
    case cycleTarget(Int)
    case cycleRounding
    /// Cycle forwards (+1) or backwards (−1) through the tasks of the measured scores (`--scores`).
    case cycleScoreTask(Int)
    /// Open a prompt on the status line (go to an exact (a, b), type a weight or a pin).
    case openPrompt(Prompt.Purpose)
    /// Move the cursor to the heatmap's minimum.
    case jumpToMinimum
    case cycleOrder(Int)
    case pinCursor
    case pinNamed
    case clearPins
    /// Show or hide the reference curves: the optimal α* = sin²(π/2·γ) for the current weight
    /// in the α_t plot and the weight's γ in the γ_t plot.
    case toggleOptimum
    case playPause
    /// Play one speed faster (+1) or slower (−1), within 0.25× … 4×.
    case changePlaySpeed(Int)
    case stepForward
    case stepBack
    case jumpToStart
    case jumpToEnd
    case reseed
    case cycleTokenColoring
    /// Show or hide the denoiser's distributions at the masked positions.
    case toggleDenoiser
    /// Open or close the error–NFE frontier view.
    case toggleFrontier
    /// Draw the sampler's tokens large (3 × 3 cells each), to read across a room.
    case toggleBigTokens
    /// Show the recorded run's step map in the heatmap panel, or the plane again.
    case toggleStepMap
    /// A lesson's next slide (on a question not yet answered: reveal the answer), its previous
    /// slide, or its first.
    case nextSlide
    case previousSlide
    case firstSlide
    case toggleHelp
    case closeOverlay
    case redraw
    case suspend
    case quit
}
