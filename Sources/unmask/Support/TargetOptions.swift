import ArgumentParser
import UnmaskCore

/// `--target NAME` or `--target-file PATH`, shared by the toy-sampler commands.
struct TargetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A built-in toy target (see `unmask targets`).", valueName: "name"))
    var target: String?

    @Option(help: ArgumentHelp(
        "A target file: one sequence per line, characters as tokens, an optional weight after a space. "
            + "At most \(Limits.maximumTargetLength) tokens per sequence, \(Limits.maximumTargetSymbols) distinct characters, "
            + "\(Limits.maximumTargetSupport) sequences and \(Limits.maximumFileBytes >> 20) MiB; LF, CRLF or CR line ends.",
        valueName: "path"))
    var targetFile: String?

    /// The chosen target, or nil when neither option is given.
    func resolvedIfGiven() throws(UsageError) -> ToyTarget? {
        switch (target, targetFile) {
        case (nil, nil): return nil
        case (.some, .some): throw UsageError("give either --target or --target-file, not both")
        case let (name?, nil): return try usage { () throws(ToyTargetError) in try ToyTarget.named(name) }
        case let (nil, path?): return try usage { () throws(ToyTargetError) in try ToyTarget(contentsOfFile: path) }
        }
    }

    /// The chosen target; exactly one of the two options must be given.
    func resolve() throws(UsageError) -> ToyTarget {
        guard let target = try resolvedIfGiven() else {
            throw UsageError("give --target NAME (see `unmask targets`) or --target-file PATH")
        }
        return target
    }
}
