import ArgumentParser
import Foundation
import UnmaskCore

struct Heatmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate a metric over a grid of Beta(a, b) mask schedules.",
        discussion: """
            Each cell (a, b) is the schedule α = sin²(π/2·I_t(a, b)). Metrics:
              energy           E(α, weight), the continuous energy (inf: diverges)
              discrete-energy  E_N(α, weight) on t_k = k/N (needs --steps N)
              tv, kl, invalid  the N-step sampler's exact error on a toy target
                               (needs --target or --target-file and --steps N)
              kl-orders        the mean over random orders of the sampler's KL for
                               the cell's token counts, Σ_j Z_j − Σ_k s_k·Z_{m_k+1}
                               from the target's information curve (`unmask info`):
                               O(N) a cell, so every target is fast, long-chain
                               included; random order, temperature 1, cumulative or
                               llada rounding and no --block-length only
              score            a task's measured score (higher is better) from
                               --scores FILE|chen2025 (default chen2025), with
                               --task T and --steps N: only measured cells are
                               written, the grid's if --a/--b are given, else
                               every measured Beta schedule
            Axes are MIN:MAX:COUNT (evenly spaced) or MIN:MAX:COUNT:log (evenly
            spaced in log), within \(Limits.scheduleParameters.lowerBound.compactDescription)…\(Limits.scheduleParameters.upperBound.compactDescription) (where every value is verified) and
            at most \(Limits.maximumAxisCount) values each. Output: columns a,b,value, one row per grid
            point, a outer and b inner; a cell that cannot be evaluated exactly
            is left out, with a note on stderr. The grid runs on the explorer's
            engine, on every core unless --workers says otherwise.

            Examples:
              unmask heatmap --metric energy --a 0.1:1:10 --b 0.1:1:10
              unmask heatmap --weight beta:0.9,0.3 --a 0.05:5:40:log --b 0.05:5:40:log
              unmask heatmap --metric discrete-energy --steps 8 --format json
              unmask heatmap --weight cosine --a 0.1:3:256 --b 0.1:3:256 --format csv
              unmask heatmap --metric tv --target paper-balanced --steps 3 \\
                --a 0.1:2:64 --b 0.1:2:64
              unmask heatmap --metric kl-orders --target long-chain --steps 4 \\
                --a 0.05:5:256:log --b 0.05:5:256:log
              unmask heatmap --metric score --task hendrycks_math --steps 64
              unmask heatmap --metric score --scores scores.csv --task gsm8k \\
                --steps 64 --a 0.1:1:10 --b 0.1:1:10
            """
    )

    @Option(help: ArgumentHelp("The plane metric (see above).", valueName: "metric"))
    var metric: PlaneMetric.Kind = .energy

    @OptionGroup var weight: WeightOption

    @OptionGroup var axes: GridAxesOptions

    @OptionGroup var targetOptions: TargetOptions

    @OptionGroup var sampler: SamplerOptions

    @OptionGroup var scores: ScoresOption

    @OptionGroup var scoreSelection: ScoreSelectionOptions

    @Option(parsing: .unconditional, help: "Worker threads (default: every core; at most \(Limits.maximumWorkers)).")
    var workers: Int?

    @OptionGroup var progress: ProgressOption

    @OptionGroup var output: FormatOption

    func run() throws {
        if metric == .score, !axes.isGiven { return try writeMeasuredCells() }
        let grid = try axes.grid()
        let workers = self.workers ?? ProcessInfo.processInfo.activeProcessorCount
        try requireCount(workers, "--workers", atMost: Limits.maximumWorkers)
        let planeMetric = try resolvedMetric()
        let line = progress.start("heatmap", total: grid.cellCount, unit: "cells")
        let values = GridEngine(workers: workers).evaluate(grid, metric: planeMetric.evaluator(over: grid)) { line?.advance(by: $0) }
        line?.finish()
        // Rows run a outer, b inner; the engine's values run b outer. Cells without a value are
        // left out (listed only when there are any, so a full plane needs no index list).
        let rowCell = { (row: Int) in (row / grid.b.count, row % grid.b.count) }
        let empty = values.lazy.filter(\.isNaN).count
        var rows: [Int]?
        if empty > 0 {
            try StandardStreams.note("note: \(empty) of \(grid.cellCount) cells \(metric.emptyCellReason); their rows are left out")
            rows = (0..<grid.cellCount).filter { row in
                let (i, j) = rowCell(row)
                return !values[j * grid.a.count + i].isNaN
            }
        }
        try Report(columns: ["a", "b", "value"], rowCount: rows?.count ?? grid.cellCount) { index in
            let (i, j) = rowCell(rows?[index] ?? index)
            return [.double(grid.a.value(at: i)), .double(grid.b.value(at: j)), .double(values[j * grid.a.count + i])]
        }.write(as: output.resolved)
    }

    /// Without --a/--b the score plane is every measured Beta schedule, in the order of the table.
    private func writeMeasuredCells() throws {
        guard let scores = try resolvedMetric().inputs.scores else { return }
        try Report(columns: ["a", "b", "value"], rowCount: scores.cells.count) { index in
            let cell = scores.cells[index]
            return [.double(cell.a), .double(cell.b), .double(cell.score)]
        }.write(as: output.resolved)
    }

    /// The chosen metric with the inputs it reads.
    private func resolvedMetric() throws(UsageError) -> PlaneMetric {
        var inputs = PlaneMetricInputs(weight: try weight.schedule())
        if metric.needsScores {
            let table = try scores.load()
            let (task, scoreMetric) = try scoreSelection.resolved(in: table, required: true)
            guard let steps = try sampler.plan.steps.resolved() else {
                throw UsageError("--metric score needs --steps N (\(task) has N = \(table.steps(task: task).map(String.init).joined(separator: ", ")))")
            }
            try table.requireSteps(steps, task: task)
            inputs.scores = table.measuredScores(task: task, steps: steps, metric: scoreMetric)
        } else if metric.needsTarget {
            let target = try targetOptions.resolve()
            inputs.target = target
            inputs.sampler = try sampler.configuration(.uniform, for: target)
        } else if metric.needsSteps {
            guard let steps = try sampler.plan.steps.resolved() else {
                throw UsageError("--metric \(metric.rawValue) needs --steps N")
            }
            inputs.sampler = SamplerConfiguration(schedule: .uniform, steps: steps)
        }
        return try usage { () throws(PlaneMetricError) in try PlaneMetric(metric, inputs) }
    }
}

extension PlaneMetric.Kind: ExpressibleByArgument {}
