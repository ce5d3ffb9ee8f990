import Foundation
import UnmaskCore

/// Reads a trajectory file (`unmask-trajectory/1`) named on the command line, `-` for standard
/// input where `allowsStandardInput`; a file that cannot be read or has no header is a usage
/// error naming it (escaped). Lines skipped below the header are the caller's to report.
func loadTrajectory(_ path: String, option: String? = nil, allowsStandardInput: Bool = true) throws(UsageError) -> TrajectoryFile {
    let name = (option.map { "\($0) " } ?? "") + escapedForEcho(path)
    let isStandardInput = path == "-" || path == "/dev/stdin"
    if isStandardInput, !allowsStandardInput {
        throw UsageError("\(name): the explorer reads the terminal on standard input; give the file's path")
    }
    let text: String
    do {
        text = isStandardInput ? try TextFile(descriptor: STDIN_FILENO, name: "standard input").text : try TextFile(path: path).text
    } catch {
        throw UsageError("\(name): \(error.description)")
    }
    do {
        return try TrajectoryFile(text: text)
    } catch {
        throw UsageError("\(name): \(error.description)")
    }
}

/// One line per line of a trajectory file that was skipped or dropped, as `unmask trajectory`
/// and the explorer report them.
func trajectoryInputNotes(_ file: TrajectoryFile, name: String) -> [String] {
    var notes = file.skipped.map { "\(name): line \($0.line): \($0.reason); skipped" }
    if let line = file.incompleteLastLine {
        notes.append("\(name): line \(line): the last line is incomplete (a run cut short?); dropped")
    }
    return notes
}
