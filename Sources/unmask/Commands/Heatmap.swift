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
            Axes are MIN:MAX:COUNT (evenly spaced) or MIN:MAX:COUNT:log (evenly
            spaced in log); Beta parameters must be positive. Output: columns
            a,b,value, one row per grid point, a outer and b inner. The grid runs
            on the explorer's engine, on every core unless --workers says otherwise.

            Examples:
              unmask heatmap --metric energy --a 0.1:1:10 --b 0.1:1:10
              unmask heatmap --weight beta:0.9,0.3 --a 0.05:5:40:log --b 0.05:5:40:log
              unmask heatmap --metric discrete-energy --steps 8 --format json
              unmask heatmap --weight cosine --a 0.1:3:256 --b 0.1:3:256 --format csv
            """
    )

    enum Metric: String, ExpressibleByArgument, CaseIterable {
        case energy
        case discreteEnergy = "discrete-energy"
    }

    @Option(help: "The metric: energy or discrete-energy.")
    var metric: Metric = .energy

    @Option(help: ArgumentHelp("The weight schedule γ (any SPEC).", valueName: "spec"))
    var weight: String = "uniform"

    @Option(parsing: .unconditional, help: "Steps N for discrete-energy.")
    var steps: Int?

    @Option(name: .customLong("a"), parsing: .unconditional, help: ArgumentHelp("The a axis.", valueName: "min:max:count[:log]"))
    var aAxis: String = "0.1:1:10"

    @Option(name: .customLong("b"), parsing: .unconditional, help: ArgumentHelp("The b axis.", valueName: "min:max:count[:log]"))
    var bAxis: String = "0.1:1:10"

    @Option(parsing: .unconditional, help: "Worker threads (default: every core).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var output: FormatOption

    func run() throws {
        let weightSchedule = try parseSchedule(weight, option: "--weight")
        let grid = ParameterGrid(a: try axis(aAxis, name: "--a"), b: try axis(bAxis, name: "--b"))
        try requirePositive(workers, "--workers")
        let energyMetric: EnergyMetric
        switch metric {
        case .energy:
            energyMetric = .continuous(weight: weightSchedule)
        case .discreteEnergy:
            guard let steps else { throw UsageError("--metric discrete-energy needs --steps N") }
            try requirePositive(steps, "--steps N")
            energyMetric = .discrete(weight: weightSchedule, steps: steps)
        }
        let values = GridEngine(workers: workers).evaluate(grid) { a, b in energyMetric.value(a: a, b: b) }
        var rows: [[ReportValue]] = []
        rows.reserveCapacity(grid.cellCount)
        for i in 0..<grid.a.count {
            for j in 0..<grid.b.count {
                rows.append([.double(grid.a.value(at: i)), .double(grid.b.value(at: j)), .double(values[j * grid.a.count + i])])
            }
        }
        Report(columns: ["a", "b", "value"], rows: rows).print(as: output.resolved)
    }

    private func axis(_ text: String, name: String) throws(UsageError) -> GridAxis {
        let axis: GridAxis
        do {
            axis = try GridAxis(parsing: text)
        } catch {
            throw UsageError("\(name) \(text): \(error.description)")
        }
        guard axis.min > 0 else {
            throw UsageError("\(name) \(text): Beta parameters must be positive, MIN = \(axis.min.compactDescription)")
        }
        return axis
    }
}
