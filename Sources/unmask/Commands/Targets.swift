import ArgumentParser
import UnmaskCore

struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the built-in toy targets with n, d, support size and what they teach.",
        discussion: """
            Every target has an exact denoiser q(x^i = v | unmasked tokens), so the
            sampler's error can be computed exactly (`unmask eval`). Your own target:
            --target-file PATH, one sequence per line, an optional weight after a space.
            tc and dtc are the total and dual total correlation in nats (`unmask info`
            lists the whole information curve Z_j; tc = Σ_j Z_j is the mean KL over
            orders of revealing every token in one step).

            Examples:
              unmask targets
              unmask targets --format json
            """
    )

    @OptionGroup var output: FormatOption

    func run() throws {
        let rows = try ToyTarget.builtIn.map { target -> [ReportValue] in
            let curve = try usage { () throws(InformationCurveError) in try InformationCurve.cached(target) }
            return [.string(target.name), .int(target.length), .int(target.vocabularySize), .int(target.sequences.count),
                    .double(curve.totalCorrelation), .double(curve.dualTotalCorrelation), .string(target.summary)]
        }
        try Report(columns: ["name", "n", "d", "support", "tc", "dtc", "description"], rows: rows).write(as: output.resolved)
    }
}
