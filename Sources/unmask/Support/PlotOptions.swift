import ArgumentParser
import Foundation
import TerminalBackend
import UnmaskCore
import UnmaskUI

/// How `scores curves` writes: a terminal plot, or the plotted rows as a report.
enum PlotFormat: String, ExpressibleByArgument, CaseIterable {
    case plot, table, csv, json

    /// The report format of the rows; nil for the plot.
    var report: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

/// `--format plot|table|csv|json` and `--width W --height H`: a plot on a terminal (its size,
/// else 80 × 24), CSV otherwise.
struct PlotOptions: ParsableArguments {
    @Option(help: "Output format (default: plot on a terminal, csv otherwise).")
    var format: PlotFormat?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "The plot's width in columns, \(Limits.plotWidth.lowerBound) to \(Limits.plotWidth.upperBound) (default: the terminal's, else 80).",
        valueName: "W"))
    var width: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "The plot's height in rows, \(Limits.plotHeight.lowerBound) to \(Limits.plotHeight.upperBound) (default: the terminal's, else 24).",
        valueName: "H"))
    var height: Int?

    var resolvedFormat: PlotFormat { format ?? (isatty(STDOUT_FILENO) == 1 ? .plot : .csv) }

    /// The size, checked against the limits; a terminal's own size is clamped to them.
    func size() throws(UsageError) -> (width: Int, height: Int) {
        for (value, name, range) in [(width, "--width", Limits.plotWidth), (height, "--height", Limits.plotHeight)] {
            guard let value, !range.contains(value) else { continue }
            throw UsageError("\(name) = \(value) must be from \(range.lowerBound) to \(range.upperBound)")
        }
        let terminal = OutputTerminal.size(of: STDOUT_FILENO)
        func clamped(_ value: Int, _ range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(value, range.lowerBound), range.upperBound) }
        return (width ?? clamped(terminal?.width ?? 80, Limits.plotWidth), height ?? clamped(terminal?.height ?? 24, Limits.plotHeight))
    }

    /// The colour depth a plot is drawn at: the terminal's (terminfo, `NO_COLOR`) when standard
    /// output is one, none for a pipe or file.
    static var outputDepth: ColorDepth {
        isatty(STDOUT_FILENO) == 1 ? OutputTerminal.colorDepth(of: STDOUT_FILENO, environment: ProcessInfo.processInfo.environment) : .none
    }

    /// Writes a drawn plot: SGR text at `depth` on a terminal, plain text otherwise.
    static func write(_ buffer: CellBuffer, depth: ColorDepth) throws(WriteFailure) {
        try StandardStreams.output(isatty(STDOUT_FILENO) == 1 ? buffer.sgrText(depth: depth) : buffer.textSnapshot + "\n")
    }
}
