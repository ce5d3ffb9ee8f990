import ArgumentParser
import UnmaskCore

extension TokenRounding: ExpressibleByArgument {}

/// Parses a schedule SPEC, or fails with the parser's one-line message.
func parseSchedule(_ spec: String, option: String) throws(UsageError) -> MaskSchedule {
    do {
        return try MaskSchedule(spec: spec)
    } catch {
        throw UsageError("\(option): \(error.description)")
    }
}

/// Checks a count option (steps, length) is at least 1.
func requirePositive(_ value: Int, _ description: String) throws(UsageError) {
    guard value >= 1 else { throw UsageError("\(description) = \(value) must be at least 1") }
}

/// The common help paragraph on SPECs.
let specHelp = "A schedule SPEC: beta:A,B, linear, sine, cosine, sin2, uniform, poly:K, polymask:K, or an alias such as mdlm:cosine (see `unmask schedules`)."
