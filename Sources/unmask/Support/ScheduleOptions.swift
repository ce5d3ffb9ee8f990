import ArgumentParser
import UnmaskCore

/// The common help paragraph on SPECs.
let specHelp = "A schedule SPEC: beta:A,B, linear, sine, cosine, sin2, uniform, poly:K, polymask:K, or an alias such as mdlm:cosine (see `unmask schedules`); A, B and K in \(Limits.scheduleParameters.lowerBound.compactDescription)…\(Limits.scheduleParameters.upperBound.compactDescription)."

/// Parses a schedule SPEC, or fails with the parser's one-line message.
func parseSchedule(_ spec: String, option: String) throws(UsageError) -> MaskSchedule {
    do {
        return try MaskSchedule(spec: spec)
    } catch {
        throw UsageError("\(option): \(error.description)")
    }
}

/// `--alpha SPEC`: the mask schedule a command evaluates or samples with.
struct AlphaOption: ParsableArguments {
    @Option(help: ArgumentHelp("The mask schedule α.", discussion: specHelp, valueName: "spec"))
    var alpha: String

    func schedule() throws(UsageError) -> MaskSchedule { try parseSchedule(alpha, option: "--alpha") }
}

/// `--weight SPEC`: the weight γ the energies are measured with (any SPEC; its γ is used).
struct WeightOption: ParsableArguments {
    @Option(help: ArgumentHelp("The weight schedule γ of the energies (any SPEC; its γ is used).", valueName: "spec"))
    var weight: String = "uniform"

    func schedule() throws(UsageError) -> MaskSchedule { try parseSchedule(weight, option: "--weight") }
}
