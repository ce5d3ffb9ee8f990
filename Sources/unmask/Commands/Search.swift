import ArgumentParser
import Foundation
import UnmaskCore

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The paper's 2-D search for the Beta(a, b) schedule with the least sampling error.",
        discussion: """
            Evaluates the metric (exactly) on a coarse (a, b) grid — by default the
            paper's a, b ∈ {0.1, …, 1.0} — then refines around the 3 best cells with
            a 9 × 9 grid spanning their neighbours. Ties are broken by energy: among
            equally good schedules the one of least energy (uniform weight) comes
            first. Prints the top K with their continuous and N-step energies; the
            first row is the best (a, b).

            Examples:
              unmask search --target paper-extremes --steps 3
              unmask search --target paper-balanced --steps 3 --top 10
              unmask search --target addition --steps 3 --metric invalid --a 0.05:5:12:log \\
                --b 0.05:5:12:log
            """
    )

    @OptionGroup var targetOptions: TargetOptions

    @OptionGroup var sampler: SamplerOptions

    @Option(help: "The metric to minimise: tv, kl or invalid.")
    var metric: SamplingErrorMetric = .tv

    @OptionGroup var axes: GridAxesOptions

    @Option(parsing: .unconditional, help: "How many schedules to list (at most \(Limits.maximumTop)).")
    var top: Int = 5

    @OptionGroup var progress: ProgressOption

    @OptionGroup var output: FormatOption

    func run() throws {
        let target = try targetOptions.resolve()
        let configuration = try sampler.configuration(.uniform, for: target)
        try requireCount(top, "--top", atMost: Limits.maximumTop)
        let grid = try axes.grid()
        let planeMetric = try usage { () throws(PlaneMetricError) in
            try PlaneMetric(PlaneMetric.Kind(metric), PlaneMetricInputs(target: target, sampler: configuration))
        }
        let line = progress.start("search", total: searchCellCount(over: grid), unit: "cells")
        let result = searchSchedules(over: grid, metric: planeMetric, steps: configuration.steps, engine: GridEngine(), top: top) {
            line?.advance(by: $0)
        }
        line?.finish()
        if result.unevaluated > 0 {
            try StandardStreams.note("note: \(result.unevaluated) schedules \(planeMetric.kind.emptyCellReason) and are not ranked")
        }
        let candidates = result.candidates
        let rows = candidates.enumerated().map { rank, candidate -> [ReportValue] in
            [.int(rank + 1), .double(candidate.a), .double(candidate.b), .double(candidate.value),
             .double(candidate.energy), .double(candidate.discreteEnergy)]
        }
        try Report(columns: ["rank", "a", "b", metric.rawValue, "energy", "discrete_energy"], rows: rows).write(as: output.resolved)
    }
}
