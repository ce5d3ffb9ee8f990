import ArgumentParser

/// `--quiet`: no progress line on standard error (it is shown only on a terminal anyway, for
/// work longer than about a second).
struct ProgressOption: ParsableArguments {
    @Flag(help: "Show no progress line (shown only when stderr is a terminal and the work takes over a second).")
    var quiet = false

    /// A progress line for `total` units of work, or nil when none is shown.
    func start(_ label: String, total: Int, unit: String) -> ProgressLine? {
        ProgressLine.start(label, total: total, unit: unit, quiet: quiet)
    }
}
