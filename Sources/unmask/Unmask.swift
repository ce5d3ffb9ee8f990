import ArgumentParser
import Glibc
import UnmaskCore

@main
struct Unmask: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unmask",
        abstract: "Explore the mask schedules of masked diffusion models.",
        discussion: """
            Convention everywhere: t = 0 is fully masked, t = 1 is clean data, and
            α_t is the fraction of tokens unmasked at time t. Every schedule is a SPEC:
              beta:A,B  linear  sine  cosine  sin2  uniform  poly:K  polymask:K
            plus other codebases' names converted into this convention
            (llada:linear, mdlm:cosine, md4:poly2, ...); `unmask schedules` lists all.

            Output: every command takes --format table|csv|json (table on a
            terminal, CSV otherwise). Infinity is `inf` in CSV and "inf" in JSON.
            Bad input prints one line on stderr and exits with status 64 (an
            option given twice is bad input); output that cannot be written (a
            full disk, a closed descriptor) exits 74; `scores import` exits 65 when
            it skipped a results file, `trajectory` when it skipped a line. Numbers beyond the double range are
            `overflow`, with their log10 in a _log10 field.

            Examples:
              unmask schedules
              unmask schedule --alpha beta:0.9,0.3 --at 0,0.25,0.5,0.75,1
              unmask schedule --alpha linear --length 256 --steps 8 --rounding llada
              unmask export --alpha cosine --length 256 --steps 64 --out cosine.json
              unmask sweep --steps 64 --length 256 --task gsm8k --model-path M --out round1
              unmask energy --alpha linear --weight beta:0.9,0.3 --steps 8
              unmask heatmap --weight cosine --a 0.1:2:20 --b 0.1:2:20 --format csv
              unmask info --target sticky-chain
              unmask optimal --target paper-balanced --steps 3
              unmask frontier --target paper-balanced --steps 1,2,3,4,5
              unmask scores speedup
            """,
        version: UnmaskCoreVersion.string,
        subcommands: [Schedules.self, Schedule.self, Export.self, Energy.self, Heatmap.self, Targets.self, Info.self, Optimal.self, FrontierCommand.self, Sample.self, TrajectoryCommand.self, Eval.self, Search.self, Sweep.self, Scores.self, Explore.self, LessonCommand.self],
        defaultSubcommand: Explore.self
    )

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            try CommandLineCheck.check(arguments, root: self)
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let error as UsageError {
            fail(error.message, status: ExitCode.validationFailure.rawValue)
        } catch let error as WriteFailure {
            failToWrite(error)
        } catch let error as UnwritableValue {
            fail(error.description, status: 70)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                do {
                    try StandardStreams.output(message + "\n")
                } catch {
                    failToWrite(error)
                }
                Glibc.exit(0)
            }
            let firstLine = (message.split(separator: "\n").first.map(String.init) ?? "").replacingPrefix("Error: ", with: "")
            if firstLine.hasPrefix("Missing expected argument"), let stray = CommandLineCheck.strayArgument(in: arguments, root: self) {
                fail("unexpected argument '\(stray)' (no command takes arguments without an option)", status: code.rawValue)
            }
            guard !firstLine.isEmpty else { Glibc.exit(code.rawValue) }
            fail(firstLine, status: code.rawValue)
        }
    }

    /// Prints `unmask: message` on standard error (if it can) and exits with `status`.
    private static func fail(_ message: String, status: Int32) -> Never {
        var writer = StreamWriter.standardError()
        try? writer.write("unmask: " + ErrorLine.sanitised(message) + "\n")
        try? writer.flush()
        Glibc.exit(status)
    }

    /// Output that could not be written: quietly by SIGPIPE when the reader of a pipe has gone
    /// (as the shell expects of `unmask … | head`), else exit 74 with the reason.
    private static func failToWrite(_ failure: WriteFailure) -> Never {
        if failure.isBrokenPipe {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        fail(failure.description, status: 74)
    }
}

private extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
