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
            Axes are MIN:MAX:COUNT (evenly spaced) or MIN:MAX:COUNT:log (evenly
            spaced in log); Beta parameters must be positive. Output: columns
            a,b,value, one row per grid point, a outer and b inner. The grid runs
            on the explorer's engine, on every core unless --workers says otherwise.

            Examples:
              unmask heatmap --metric energy --a 0.1:1:10 --b 0.1:1:10
              unmask heatmap --weight beta:0.9,0.3 --a 0.05:5:40:log --b 0.05:5:40:log
              unmask heatmap --metric discrete-energy --steps 8 --format json
              unmask heatmap --weight cosine --a 0.1:3:256 --b 0.1:3:256 --format csv
              unmask heatmap --metric tv --target paper-balanced --steps 3 \\
                --a 0.1:2:64 --b 0.1:2:64
            """
    )

    enum Metric: String, ExpressibleByArgument, CaseIterable {
        case energy
        case discreteEnergy = "discrete-energy"
        case tv
        case kl
        case invalid
    }

    @Option(help: "The metric: energy, discrete-energy, tv, kl or invalid.")
    var metric: Metric = .energy

    @Option(help: ArgumentHelp("The weight schedule γ for the energies (any SPEC).", valueName: "spec"))
    var weight: String = "uniform"

    @Option(name: .customLong("a"), parsing: .unconditional, help: ArgumentHelp("The a axis.", valueName: "min:max:count[:log]"))
    var aAxis: String = "0.1:1:10"

    @Option(name: .customLong("b"), parsing: .unconditional, help: ArgumentHelp("The b axis.", valueName: "min:max:count[:log]"))
    var bAxis: String = "0.1:1:10"

    @OptionGroup var targetOptions: TargetOptions

    @OptionGroup var sampler: SamplerOptions

    @Option(parsing: .unconditional, help: "Worker threads (default: every core).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var output: FormatOption

    func run() throws {
        let grid = ParameterGrid(a: try betaAxis(aAxis, name: "--a"), b: try betaAxis(bAxis, name: "--b"))
        try requirePositive(workers, "--workers")
        let values = GridEngine(workers: workers).evaluate(grid, metric: try cellMetric())
        let unavailable = values.filter(\.isNaN).count
        if unavailable > 0 {
            var standardError = StandardError()
            print("unmask: note: \(unavailable) cells exceeded the exact-evaluation limit and are empty", to: &standardError)
        }
        var rows: [[ReportValue]] = []
        rows.reserveCapacity(grid.cellCount)
        for i in 0..<grid.a.count {
            for j in 0..<grid.b.count {
                rows.append([.double(grid.a.value(at: i)), .double(grid.b.value(at: j)), .double(values[j * grid.a.count + i])])
            }
        }
        Report(columns: ["a", "b", "value"], rows: rows).print(as: output.resolved)
    }

    /// The per-cell function of the chosen metric.
    private func cellMetric() throws -> GridMetric {
        switch metric {
        case .energy, .discreteEnergy:
            let weightSchedule = try parseSchedule(weight, option: "--weight")
            let energyMetric: EnergyMetric
            if metric == .energy {
                energyMetric = .continuous(weight: weightSchedule)
            } else {
                guard let steps = sampler.steps else { throw UsageError("--metric discrete-energy needs --steps N") }
                try requirePositive(steps, "--steps N")
                energyMetric = .discrete(weight: weightSchedule, steps: steps)
            }
            return { a, b in energyMetric.value(a: a, b: b) }
        case .tv, .kl, .invalid:
            let target = try targetOptions.resolve()
            let configuration = try sampler.configuration(.uniform, for: target)
            let errorMetric = SamplingErrorMetric(rawValue: metric.rawValue)!
            let errors = try usage { () throws(SamplerError) in
                try SamplingErrorGrid(target: target, metric: errorMetric, configuration: configuration)
            }
            return { a, b in errors.value(a: a, b: b) }
        }
    }
}
