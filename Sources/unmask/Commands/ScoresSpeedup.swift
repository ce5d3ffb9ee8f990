import ArgumentParser
import UnmaskCore

/// `unmask scores speedup`: how many fewer steps a Beta schedule needs to match linear's best.
struct ScoresSpeedup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speedup",
        abstract: "Per task: linear's best score, and the fewest steps at which another Beta schedule matches it.",
        discussion: """
            For each task with a linear schedule (Beta(0.5,0.5)): linear_best is its
            highest score and linear_steps the fewest steps reaching it; schedule
            and steps are the other Beta schedule (sine is not one) that scores at
            least linear_best - tolerance in the fewest steps (ties: the higher
            score), and ratio = linear_steps / steps. Empty when no schedule
            matches. The numbers come from the scores given, not from the
            paper's text.

            Examples:
              unmask scores speedup
              unmask scores speedup --tolerance 1
              unmask scores speedup --scores scores.csv --format json
            """
    )

    @OptionGroup var source: ScoresOption

    @Option(parsing: .unconditional, help: ArgumentHelp("Points below linear's best that still count as matching it (0 to 100).", valueName: "points"))
    var tolerance: Double = 0

    @OptionGroup var output: FormatOption

    func run() throws {
        guard tolerance.isFinite, (0...100).contains(tolerance) else {
            throw UsageError("--tolerance \(tolerance.compactDescription) must be from 0 to 100 points")
        }
        let table = try source.load()
        let results = ScoreSpeedup.all(in: table, tolerance: tolerance)
        guard !results.isEmpty else {
            throw UsageError("\(escapedForEcho(source.scores ?? Chen2025Scores.name)): no task has a linear schedule (a = b = 0.5) to compare with")
        }
        let rows = results.map { result -> [ReportValue] in
            [.string(result.task), .double(result.linearBest), .int(result.linearSteps),
             .string(result.match?.schedule ?? ""), result.match.map { .int($0.steps) } ?? .string(""),
             result.match.map { .double($0.score) } ?? .string(""), result.ratio.map(ReportValue.double) ?? .string("")]
        }
        try Report(columns: ["task", "linear_best", "linear_steps", "schedule", "steps", "score", "ratio"], rows: rows)
            .write(as: output.resolved)
    }
}
