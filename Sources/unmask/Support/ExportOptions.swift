import ArgumentParser
import UnmaskCore

extension ScheduleFile.Encoding: ExpressibleByArgument {}

/// `--format json|csv` and `--out PATH` of a schedule file (`unmask export`).
struct ScheduleFileOutputOptions: ParsableArguments {
    @Option(help: "File format: json or csv (docs/schedule-file.md).")
    var format: ScheduleFile.Encoding = .json

    @Option(help: ArgumentHelp("Write the file to this path (default: standard output).", valueName: "path"))
    var out: String?
}

/// `--policy VALUE`, accepted by `unmask export` only to be refused: an adaptive decoding policy
/// (e.g. a Fast-dLLM confidence threshold) decides each step's count at run time from the model's
/// confidences, so there are no counts to write.
struct ExportPolicyOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Refused: an adaptive decoding policy (e.g. a confidence threshold) decides the counts at run time from the model's confidences, so it cannot be exported as counts.",
        valueName: "policy"))
    var policy: String?

    /// Throws for any policy.
    func refuse() throws(UsageError) {
        guard let policy else { return }
        throw UsageError("--policy '\(escapedForEcho(policy))': an adaptive decoding policy decides the counts at run time from the model's confidences, so it cannot be exported as counts")
    }
}
