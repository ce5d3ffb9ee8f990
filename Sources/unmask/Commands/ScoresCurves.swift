import ArgumentParser
import Foundation
import TerminalBackend
import UnmaskCore
import UnmaskUI

/// `unmask scores curves --task T`: score against steps, one curve per schedule.
struct ScoresCurves: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curves",
        abstract: "Plot one task's score against steps, one curve per schedule.",
        discussion: """
            x is the steps N on a log2 axis (8, 16, ..., 256 evenly spaced), y the
            score from the task's lowest to its highest; one braille curve per
            schedule, linear (Beta(0.5,0.5)) first in the legend, in the first
            colour, drawn on top. On a colour terminal the curves have distinct
            colours; without colour (NO_COLOR, a TERM without colours, 8
            colours) or when piped, each point is also the curve's letter, as
            in the legend. Piped, the plot is plain text without escape codes.

            table, csv and json give the plotted rows, one score a row, columns
            schedule,a,b,task,steps,metric,score,stderr, in schedule order then
            steps: the rows of `scores show --format csv` for the task (and
            metric).

            Examples:
              unmask scores curves --task gsm8k
              unmask scores curves --task humaneval --format plot --width 78 --height 20
              unmask scores curves --task gsm8k --format csv
              unmask scores curves --scores scores.csv --task gsm8k --score-metric 'exact_match,strict-match'
            """
    )

    @OptionGroup var source: ScoresOption

    @Option(parsing: .unconditional, help: ArgumentHelp("The task to plot (required).", valueName: "task"))
    var task: String?

    @OptionGroup var scoreMetric: ScoreMetricOption

    @OptionGroup var output: PlotOptions

    func run() throws {
        let table = try source.load()
        guard let task else { throw UsageError("give --task T (known: \(table.tasks.joined(separator: ", ")))") }
        try table.requireTask(task)
        let metric = try scoreMetric.resolved(in: table, task: task) ?? table.metrics(task: task)[0]
        let format = output.resolvedFormat
        let size = try output.size()
        if let report = format.report {
            try ScoreRowReport.report(table.curveRows(task: task, metric: metric)).write(as: report)
            return
        }
        let depth = PlotOptions.outputDepth
        let curves = table.curves(task: task, metric: metric).map { curve in
            ScoreCurve(schedule: escapedForEcho(curve.schedule, limit: 40), isLinear: curve.isLinear, points: curve.points)
        }
        let sourceName = escapedForEcho(source.scores ?? Chen2025Scores.name, limit: 60)
        let plot = ScoreCurvesPlot(
            title: "\(escapedForEcho(task, limit: 40)): \(escapedForEcho(metric, limit: 40)) against steps (log2 axis), scores \(sourceName)",
            curves: curves,
            markers: depth < .ansi16 || curves.count > SeriesPalette.colors.count,
            axisStyle: Style(attributes: depth == .none ? [] : [.dim]))
        var buffer = CellBuffer(width: size.width, height: size.height)
        plot.draw(in: buffer.bounds, into: &buffer)
        try PlotOptions.write(buffer, depth: depth)
    }
}
