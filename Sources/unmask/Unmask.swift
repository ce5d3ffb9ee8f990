import ArgumentParser
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
            Bad input prints one line on stderr and exits with status 64.

            Examples:
              unmask schedules
              unmask schedule --alpha beta:0.9,0.3 --at 0,0.25,0.5,0.75,1
              unmask schedule --alpha linear --length 256 --steps 8 --rounding llada
              unmask energy --alpha linear --weight beta:0.9,0.3 --steps 8
              unmask heatmap --weight cosine --a 0.1:2:20 --b 0.1:2:20 --format csv
            """,
        version: UnmaskCoreVersion.string,
        subcommands: [Schedules.self, Schedule.self, Energy.self, Heatmap.self, Targets.self, Sample.self, Eval.self, Search.self, Explore.self],
        defaultSubcommand: Explore.self
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as UsageError {
            fail(error.message, code: .validationFailure)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            let message = self.message(for: error)
                .split(separator: "\n").first.map(String.init) ?? "\(error)"
            fail(message, code: code)
        }
    }

    private static func fail(_ message: String, code: ExitCode) -> Never {
        var standardError = StandardError()
        print("unmask: \(message)", to: &standardError)
        exit(withError: code)
    }
}
