import ArgumentParser
import UnmaskCore

/// `--a` and `--b`: the (a, b) grid of Beta parameters, `MIN:MAX:COUNT[:log]` each.
struct GridAxesOptions: ParsableArguments {
    /// Both axes' default: a, b ∈ {0.1, 0.2, …, 1.0}, the paper's first round.
    static let defaultAxis = "0.1:1:10"

    @Option(name: .customLong("a"), parsing: .unconditional, help: ArgumentHelp(
        "The a axis: COUNT values from MIN to MAX (1…\(Limits.maximumAxisCount) values, in \(Limits.scheduleParameters.lowerBound.compactDescription)…\(Limits.scheduleParameters.upperBound.compactDescription); default: \(defaultAxis)).", valueName: "min:max:count[:log]"))
    var aAxis: String?

    @Option(name: .customLong("b"), parsing: .unconditional, help: ArgumentHelp(
        "The b axis, as --a (default: \(defaultAxis)).", valueName: "min:max:count[:log]"))
    var bAxis: String?

    /// Whether either axis was given on the command line.
    var isGiven: Bool { aAxis != nil || bAxis != nil }

    /// The grid, both axes parsed and checked.
    func grid() throws(UsageError) -> ParameterGrid {
        ParameterGrid(a: try betaAxis(aAxis ?? Self.defaultAxis, name: "--a"), b: try betaAxis(bAxis ?? Self.defaultAxis, name: "--b"))
    }
}

/// A grid axis of Beta parameters: parsed, within `Limits.scheduleParameters`, and within the count limit.
func betaAxis(_ text: String, name: String) throws(UsageError) -> GridAxis {
    let axis: GridAxis
    do {
        axis = try GridAxis(parsing: text)
    } catch {
        throw UsageError("\(name) \(text): \(error.description)")
    }
    let domain = Limits.scheduleParameters
    guard domain.contains(axis.min), domain.contains(axis.max) else {
        let bad = domain.contains(axis.min) ? "MAX = \(axis.max.compactDescription)" : "MIN = \(axis.min.compactDescription)"
        throw UsageError("\(name) \(text): \(bad) is outside the accurate domain of Beta parameters, "
                         + "\(domain.lowerBound.compactDescription)…\(domain.upperBound.compactDescription)")
    }
    guard axis.count <= Limits.maximumAxisCount else {
        throw UsageError("\(name) \(text): COUNT = \(axis.count) is above the limit of \(Limits.maximumAxisCount)")
    }
    return axis
}
