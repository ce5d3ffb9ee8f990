import ArgumentParser
import UnmaskCore

struct Schedules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every schedule name with its formula in our convention and its origin.",
        discussion: """
            Formulas are α(t) with t = 0 fully masked and t = 1 clean; codebases
            that run time the other way (s = 1 − t) are converted. `beta:A,B` is
            the paper's family: α = sin²(π/2·I_t(A,B)), I the Beta(A,B) CDF.

            Examples:
              unmask schedules
              unmask schedules --format csv
            """
    )

    @OptionGroup var output: FormatOption

    func run() throws {
        let rows = ScheduleCatalog.entries.map { entry -> [ReportValue] in
            [.string(entry.name), .string("α = " + entry.formula), .string(entry.origin)]
        }
        try Report(columns: ["name", "formula", "origin"], rows: rows).write(as: output.resolved)
    }
}
