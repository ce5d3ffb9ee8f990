import ArgumentParser
import Foundation
import UnmaskCore

/// `unmask trajectory FILE`: what a recorded sampling run did, step by step.
struct TrajectoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trajectory",
        abstract: "Summarise a recorded sampling run (unmask-trajectory/1 JSON lines).",
        discussion: """
            FILE holds one JSON object per line: a header (format
            "unmask-trajectory/1", gen_length, steps, block_length, ...), one step
            record per step (step, revealed: position, token, confidence;
            remasked) and a final record (tokens, text, nfe); `unmask sample
            --format jsonl` writes one. FILE - (or /dev/stdin) reads standard input.

            Reported: steps; NFE (the final record's, else the steps); tokens
            revealed per step; the step map (the step that last revealed each
            position, -1 if masked at the end); each step's mean and minimum
            confidence; positions masked again; and the Beta schedule
            α = sin²(π/2·I_t(a,b)) closest (least squares) to the realised profile:
            the fraction of each block unmasked after each step against the
            block's own time k/n, with its RMS error. --find TEXT: the first step
            after which TEXT appears among the revealed tokens (joined, within a
            run of revealed positions) and whether the final text contains it.

            table: a per-step table, then summary lines; csv: the per-step table,
            summary lines on stderr; json: one object (steps, nfe,
            tokens_per_step, fitted_a, fitted_b, fit_rms, fit_times (the times
            below 1 fitted; under 2, a and b are not determined), step_map,
            mean_confidence, min_confidence, remasked, skipped_lines, ...).

            A line that is not a valid record is skipped and named on stderr with
            its line number; a last line cut short (a killed run) is dropped with
            a note. The summary is still written, and the exit status is then 65
            (as `scores import` when it skips a file); a last line cut short alone
            keeps 0. No header, or another format: one line and exit 64.

            Examples:
              unmask trajectory run.jsonl
              unmask trajectory run.jsonl --format json --find "answer"
              unmask sample --target words --alpha cosine --steps 5 --format jsonl \\
                | unmask trajectory - --format table
            """
    )

    @Argument(help: ArgumentHelp("The trajectory file (- for standard input).", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("Report the first step at which this text appears.", valueName: "text"))
    var find: String?

    @OptionGroup var format: FormatOption

    func run() throws {
        let trajectory = try loadTrajectory(file)
        for note in trajectoryInputNotes(trajectory, name: escapedForEcho(file)) { try StandardStreams.note(note) }
        let summary = TrajectorySummary(trajectory)
        let search = find.map { TrajectoryTextSearch($0, in: trajectory) }
        switch format.resolved {
        case .json: try StandardStreams.output(json(summary, trajectory, search) + "\n")
        case .csv:
            try stepReport(summary).write(as: .csv)
            for line in summaryLines(summary, trajectory, search) { try StandardStreams.note(line) }
        case .table:
            try stepReport(summary).write(as: .table)
            try StandardStreams.output(summaryLines(summary, trajectory, search).map { $0 + "\n" }.joined())
        }
        if !trajectory.skipped.isEmpty { throw ExitCode(65) }
    }

    private func stepReport(_ summary: TrajectorySummary) -> Report {
        let schedule = summary.fit.map { MaskSchedule(.beta(a: $0.a, b: $0.b)) }
        return Report(columns: ["step", "tokens", "t", "unmasked", "fitted_alpha", "mean_confidence", "min_confidence"],
                      rowCount: summary.steps) { i in
            [.int(summary.stepNumbers[i]), .int(summary.tokensPerStep[i]), .double(summary.profileTimes[i]),
             .double(summary.profileFractions[i]),
             schedule.map { .double($0.alpha(at: summary.profileTimes[i])) } ?? .string(""),
             summary.meanConfidence[i].map(ReportValue.double) ?? .string(""),
             summary.minimumConfidence[i].map(ReportValue.double) ?? .string("")]
        }
    }

    private func summaryLines(_ summary: TrajectorySummary, _ file: TrajectoryFile, _ search: TrajectoryTextSearch?) -> [String] {
        var lines = ["steps \(summary.steps), nfe \(summary.nfe), gen_length \(file.header.genLength), block_length \(file.header.blockLength), remasked \(summary.remasked)"]
        if let fit = summary.fit {
            lines.append("closest Beta profile: beta:\(String(format: "%.4g", fit.a)),\(String(format: "%.4g", fit.b)) (RMS error \(String(format: "%.4f", fit.rmsError)), \(fit.informativeTimes) time\(fit.informativeTimes == 1 ? "" : "s") below 1"
                         + (fit.informativeTimes < 2 ? ": too few to determine a and b" : "") + ")")
        }
        let never = summary.stepMap.filter { $0 == -1 }.count
        lines.append("step map: " + (summary.stepMap.count <= 64 ? summary.stepMap.map(String.init).joined(separator: " ") : "\(summary.stepMap.count) positions (--format json lists them)")
                     + (never > 0 ? "; \(never) never revealed" : ""))
        if let search, let find {
            let step = search.firstStep.map { "first at step \($0)" } ?? "never appears"
            lines.append("\"\(escapedForEcho(find, limit: 40))\": \(step); \(search.survives ? "in" : "not in") the final text")
        }
        return lines
    }

    private func json(_ summary: TrajectorySummary, _ file: TrajectoryFile, _ search: TrajectoryTextSearch?) -> String {
        func number(_ value: Double?) -> String {
            guard let value, value.isFinite else { return "null" }
            return ReportWriter.exactNumber(value)
        }
        func list(_ values: [String]) -> String { "[" + values.joined(separator: ", ") + "]" }
        var fields: [(String, String)] = [
            ("steps", String(summary.steps)), ("nfe", String(summary.nfe)),
            ("tokens_per_step", list(summary.tokensPerStep.map(String.init))),
            ("fitted_a", number(summary.fit?.a)), ("fitted_b", number(summary.fit?.b)), ("fit_rms", number(summary.fit?.rmsError)),
            ("fit_times", summary.fit.map { String($0.informativeTimes) } ?? "0"),
            ("step_map", list(summary.stepMap.map(String.init))),
            ("mean_confidence", list(summary.meanConfidence.map(number))),
            ("min_confidence", list(summary.minimumConfidence.map(number))),
            ("remasked", String(summary.remasked)),
            ("step_numbers", list(summary.stepNumbers.map(String.init))),
            ("gen_length", String(file.header.genLength)), ("block_length", String(file.header.blockLength)),
            ("planned_steps", String(file.header.steps)),
            ("skipped_lines", list(file.skipped.map { String($0.line) })),
            ("incomplete_last_line", file.incompleteLastLine.map(String.init) ?? "null"),
        ]
        if let search, let find {
            fields += [("find", ReportWriter.quoted(find)), ("find_first_step", search.firstStep.map(String.init) ?? "null"),
                       ("find_survives", String(search.survives))]
        }
        return "{" + fields.map { "\(ReportWriter.quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
}
