import ArgumentParser
import UnmaskCore

struct FrontierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontier",
        abstract: "The error–NFE frontier: count schedules and adaptive policies by denoiser calls and error.",
        discussion: """
            One row per point (docs/theory.md §13), columns
              method,parameter,steps,nfe_mean,tv,kl,kl_orders,evaluation
            For each N in --steps, four count schedules of N steps (nfe_mean = N),
            random order, cumulative rounding:
              linear     α = t                        parameter linear
              sin2       α = sin²(πt/2)               parameter sin2
              best-beta  the Beta(a, b) of least KL̄ at N, as `unmask optimal`
                         finds it (41 × 41 log grid, a, b ∈ 0.01…100, refined)
                                                      parameter beta:A,B
              optimal    the information-optimal count profile (least KL̄)
                                                      parameter counts:S1,S2,…
            each with its exact TV and KL(q‖p) (`unmask eval`) and its
            order-averaged KL kl_orders (`unmask optimal`). KL̄ describes the
            sampler at temperature 1: at another --temperature kl_orders is
            empty, and best-beta and optimal are still the profiles of least KL̄.
            Then for each policy one row: method its name, parameter its value,
            steps empty (it runs until every token is revealed), nfe_mean its
            exact mean number of denoiser calls, tv and kl (`unmask eval
            --policy`), kl_orders empty (KL̄ is defined for count schedules only).
            --policies lists names, each swept over 10 values, or single specs:
              threshold       τ = 0.05, 0.15, …, 0.95
              entropy-bound   γ = 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10 nats
              klass           τc = 0.05, 0.15, …, 0.95 at τkl = 0.3 nats
              threshold:0.7   one point; klass:0.9,0.01 too (its comma is its own)
            evaluation is exact, or monte-carlo (\(FrontierRequest(steps: [], policies: []).monteCarloSamples) runs, seed 0) where the
            exact evaluation is beyond its work limit; a Monte Carlo KL that is
            not estimable is empty. --temperature applies to schedules and
            policies alike. --steps defaults to 1…min(n, 16); each N must be 1…n.

            Examples:
              unmask frontier --target paper-balanced
              unmask frontier --target paper-balanced --steps 1,2,3,4,5 --format csv
              unmask frontier --target sticky-chain --steps 2,4,8 --policies threshold
              unmask frontier --target words --policies threshold:0.5,threshold:0.9 --temperature 0
              unmask frontier --target paper-balanced --policies klass,klass:0.9,0.1
              unmask frontier --target-file mine.txt --format json
            """
    )

    @OptionGroup var targetOptions: TargetOptions

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Comma-separated step counts N of the schedule rows (each 1…n; default 1…min(n, 16)).", valueName: "n1,n2,..."))
    var steps: String?

    @Option(help: ArgumentHelp(
        "Comma-separated policies: a name (\(FrontierRequest.sweptPolicies.joined(separator: ", "))) sweeps its 10 default values; a spec (threshold:0.9) adds one point.",
        valueName: "list"))
    var policies: String = FrontierRequest.sweptPolicies.joined(separator: ",")

    @OptionGroup var temperature: TemperatureOption

    @OptionGroup var output: FormatOption

    static let columns = ["method", "parameter", "steps", "nfe_mean", "tv", "kl", "kl_orders", "evaluation"]

    func run() throws {
        let target = try targetOptions.resolve()
        let stepCounts = try steps.map { text throws(UsageError) in try StepsListOption.parse(text) }
            ?? FrontierRequest.defaultSteps(length: target.length)
        if let bad = stepCounts.first(where: { $0 > target.length }) {
            throw UsageError("--steps: N = \(bad) exceeds the length n = \(target.length) of \(target.name): every step reveals at least one token")
        }
        let request = FrontierRequest(steps: stepCounts, policies: try Self.parsePolicies(policies),
                                      temperature: temperature.temperature)
        let result = try usage { () throws(FrontierError) in try frontier(of: target, request) }
        let optional = { (value: Double?) in value.map(ReportValue.double) ?? .missing }
        let rows = result.points.map { point -> [ReportValue] in
            [.string(point.method), .string(point.parameter), point.steps.map(ReportValue.int) ?? .missing,
             .double(point.nfeMean), optional(point.tv), optional(point.kl), optional(point.klOrders),
             .string(point.evaluation.name)]
        }
        try Report(columns: Self.columns, rows: rows).write(as: output.resolved)
    }

    /// The policies of a `--policies` list: a name sweeps its default values, a spec is one point.
    static func parsePolicies(_ list: String) throws(UsageError) -> [StepPolicy] {
        var policies: [StepPolicy] = []
        var fields = list.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        // A KLASS spec's own comma split it: join `klass:τc` with the number after it.
        var index = 0
        while index + 1 < fields.count {
            if fields[index].lowercased().hasPrefix("klass:"), Double(fields[index + 1]) != nil {
                fields[index] += "," + fields.remove(at: index + 1)
            }
            index += 1
        }
        for text in fields {
            if let sweep = FrontierRequest.sweep(of: text.lowercased()) {
                policies += sweep
                continue
            }
            guard text.contains(":") else {
                throw UsageError("--policies: unknown policy '\(escapedForEcho(text))'; valid: "
                                 + FrontierRequest.sweptPolicies.joined(separator: ", ") + " (swept), or \(StepPolicy.validForms)")
            }
            do {
                policies.append(try StepPolicy(spec: text))
            } catch {
                throw UsageError("--policies: \(error.description)")
            }
        }
        return policies
    }
}
