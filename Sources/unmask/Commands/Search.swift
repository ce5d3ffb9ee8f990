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
              unmask search --target addition --steps 3 --metric invalid --a 0.05:5:12:log \\\\
                --b 0.05:5:12:log
            """
    )

    @OptionGroup var targetOptions: TargetOptions

    @OptionGroup var sampler: SamplerOptions

    @Option(help: "The metric to minimise: tv, kl or invalid.")
    var metric: SamplingErrorMetric = .tv

    @Option(name: .customLong("a"), parsing: .unconditional, help: ArgumentHelp("The coarse a axis.", valueName: "min:max:count[:log]"))
    var aAxis: String = "0.1:1:10"

    @Option(name: .customLong("b"), parsing: .unconditional, help: ArgumentHelp("The coarse b axis.", valueName: "min:max:count[:log]"))
    var bAxis: String = "0.1:1:10"

    @Option(parsing: .unconditional, help: "How many schedules to list.")
    var top: Int = 5

    @OptionGroup var output: FormatOption

    func run() throws {
        let target = try targetOptions.resolve()
        let configuration = try sampler.configuration(.uniform, for: target)
        try requirePositive(top, "--top")
        let grid = ParameterGrid(a: try betaAxis(aAxis, name: "--a"), b: try betaAxis(bAxis, name: "--b"))
        let errors = try usage { () throws(SamplerError) in
            try SamplingErrorGrid(target: target, metric: metric, configuration: configuration)
        }
        let candidates = searchSchedules(over: grid, steps: configuration.steps, engine: GridEngine()) { a, b in
            errors.value(a: a, b: b)
        }
        let rows = candidates.prefix(top).enumerated().map { rank, candidate -> [ReportValue] in
            [.int(rank + 1), .double(candidate.a), .double(candidate.b), .double(candidate.value),
             .double(candidate.energy), .double(candidate.discreteEnergy)]
        }
        Report(columns: ["rank", "a", "b", metric.rawValue, "energy", "discrete_energy"], rows: rows).print(as: output.resolved)
    }
}

/// A grid axis of Beta parameters: parsed, and positive.
func betaAxis(_ text: String, name: String) throws(UsageError) -> GridAxis {
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
