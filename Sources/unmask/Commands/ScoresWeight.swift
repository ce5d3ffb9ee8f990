import ArgumentParser
import UnmaskCore
import UnmaskUI

/// `unmask scores weight`: which weight γ = Beta(a_w, b_w) makes the energy rank the measured
/// schedules as their scores do.
struct ScoresWeight: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weight",
        abstract: "Which weight's energy ranks a task's schedules as their scores do: Spearman's ρ over the weight plane.",
        discussion: """
            For one task and N, every measured schedule α_i (Beta ones and named
            ones such as sine) has a score s_i. For a weight γ = Beta(a_w, b_w),
            ρ(γ) is Spearman's rank correlation between −E(α_i; γ) and s_i: 1
            when lower energy under γ always means a higher score. E is the
            continuous energy (t = 0 fully masked, t = 1 clean); +∞ ranks last.

            With --task and --steps: ρ over the weight plane, as a heatmap with
            its maximum marked ◆ on a terminal (--format plot), else columns
            a_w,b_w,rho (undefined cells are left out) with the maximum on stderr. Without them: one row per task and N with the largest ρ,
            how many cells reach it and the a_w, b_w ranges they span, ρ under
            the uniform weight for comparison, and two permutation p-values:
            p_one_weight, exact, as if the best weight had been fixed in advance
            (optimistic), and p_plane, from 2000 seeded shufflings of the scores,
            each fitted over the whole plane: how often unrelated scores fit some
            weight as well. Only a small p_plane says a weight explains the task.

            Examples:
              unmask scores weight --format table
              unmask scores weight --task hendrycks_math --steps 64
              unmask scores weight --task hendrycks_math --steps 64 --format csv
              unmask scores weight --scores scores.csv --task gsm8k --steps 64 \\
                --weight-a 0.2:5:25:log --weight-b 0.2:5:25:log
            """
    )

    @OptionGroup var source: ScoresOption

    @OptionGroup var selection: ScoreSelectionOptions

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "The weight's a axis, MIN:MAX:COUNT[:log] (default \(Self.defaultAxis)).", valueName: "min:max:count[:log]"))
    var weightA: String?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "The weight's b axis, as --weight-a.", valueName: "min:max:count[:log]"))
    var weightB: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Only this N (with --task: the plane).", valueName: "n"))
    var steps: Int?

    @OptionGroup var output: PlotOptions

    static let defaultAxis = "0.1:10:41:log"

    func run() throws {
        let table = try source.load()
        let grid = ParameterGrid(a: try betaAxis(weightA ?? Self.defaultAxis, name: "--weight-a"),
                                 b: try betaAxis(weightB ?? Self.defaultAxis, name: "--weight-b"))
        guard grid.cellCount <= 100_000 else { throw UsageError("the weight plane has \(grid.cellCount) cells, above the limit of 100000") }
        let tasks = table.tasks
        if let task = selection.task { try table.requireTask(task) }
        if let steps, let task = selection.task { try table.requireSteps(steps, task: task) }
        if let task = selection.task, let steps { return try writePlane(table, task: task, steps: steps, grid: grid) }
        var rows: [[ReportValue]] = []
        for task in selection.task.map({ [$0] }) ?? tasks {
            let metric = try selection.metric(in: table, task: task)
            for n in table.steps(task: task) where steps == nil || steps == n {
                guard let agreement = table.weightAgreement(task: task, steps: n, metric: metric) else { continue }
                let plane = agreement.plane(grid)
                let uniform = agreement.rho(weight: .uniform)
                var row: [ReportValue] = [.string(task), .int(n), .int(agreement.schedules.count)]
                if let best = WeightAgreement.best(of: plane) {
                    let points = best.cells.map(grid.point(at:))
                    let energies = agreement.schedules.map { -energy(of: $0, weight: MaskSchedule(.beta(a: points[0].a, b: points[0].b))) }
                    let p = SpearmanCorrelation.permutationPValue(energies, agreement.scores, observed: best.rho)
                    row += [.double(best.rho), .int(best.cells.count), .double(points.map(\.a).min()!), .double(points.map(\.a).max()!),
                            .double(points.map(\.b).min()!), .double(points.map(\.b).max()!)]
                    let pPlane = agreement.planePValue(grid, observed: best.rho)
                    row += [uniform.map(ReportValue.double) ?? .string(""), p.map(ReportValue.double) ?? .string(""),
                            pPlane.map(ReportValue.double) ?? .string("")]
                } else {
                    row += Array(repeating: .string(""), count: 6) + [uniform.map(ReportValue.double) ?? .string(""), .string(""), .string("")]
                }
                rows.append(row)
            }
        }
        try Report(columns: ["task", "steps", "schedules", "rho", "cells_at_max", "a_w_min", "a_w_max", "b_w_min", "b_w_max",
                             "rho_uniform", "p_one_weight", "p_plane"], rows: rows).write(as: output.resolvedFormat.report ?? .table)
    }

    private func writePlane(_ table: ScoreTable, task: String, steps: Int, grid: ParameterGrid) throws {
        let metric = try selection.metric(in: table, task: task)
        guard let agreement = table.weightAgreement(task: task, steps: steps, metric: metric) else { return }
        let plane = agreement.plane(grid)
        let format = output.resolvedFormat
        guard let report = format.report else {
            let size = try output.size()
            let depth = PlotOptions.outputDepth
            let plot = WeightAgreementPlot(
                title: "\(escapedForEcho(task, limit: 40)), N = \(steps): ρ(−E under Beta(a_w, b_w), score), \(agreement.schedules.count) schedules",
                grid: grid, values: plane, theme: .standard, colorDepth: depth)
            var buffer = CellBuffer(width: size.width, height: output.height ?? WeightAgreementPlot.height(for: grid))
            plot.draw(in: buffer.bounds, into: &buffer)
            return try PlotOptions.write(buffer, depth: depth)
        }
        let defined = plane.indices.filter { !plane[$0].isNaN }
        if let best = WeightAgreement.best(of: plane) {
            let point = grid.point(at: best.cells[0])
            try StandardStreams.note("\(task), N = \(steps), \(agreement.schedules.count) schedules: largest ρ = \(best.rho.compactDescription) at \(best.cells.count) of \(grid.cellCount) weights, e.g. \(MaskSchedule(.beta(a: point.a, b: point.b)))")
        } else {
            try StandardStreams.note("\(task), N = \(steps): ρ is undefined at every weight (fewer than 2 schedules, or all scores equal)")
        }
        // rows a outer, b inner, as `unmask heatmap`
        let order = (0..<grid.cellCount).map { row in (row % grid.b.count) * grid.a.count + row / grid.b.count }.filter(defined.contains)
        try Report(columns: ["a_w", "b_w", "rho"], rowCount: order.count) { index in
            let point = grid.point(at: order[index])
            return [.double(point.a), .double(point.b), .double(plane[order[index]])]
        }.write(as: report)
    }
}
