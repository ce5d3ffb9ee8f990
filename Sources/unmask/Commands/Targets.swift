import ArgumentParser
import UnmaskCore

struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the built-in toy targets with n, d, support size and what they teach.",
        discussion: """
            Every target has an exact denoiser q(x^i = v | unmasked tokens), so the
            sampler's error can be computed exactly (`unmask eval`). Your own target:
            --target-file PATH, one sequence per line, an optional weight after a space.

            Examples:
              unmask targets
              unmask targets --format json
            """
    )

    @OptionGroup var output: FormatOption

    func run() throws {
        let rows = ToyTarget.builtIn.map { target -> [ReportValue] in
            [.string(target.name), .int(target.length), .int(target.vocabularySize),
             .int(target.sequences.count), .string(target.summary)]
        }
        try Report(columns: ["name", "n", "d", "support", "description"], rows: rows).write(as: output.resolved)
    }
}
