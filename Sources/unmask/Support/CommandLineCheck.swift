import ArgumentParser

/// Checks of the raw arguments that the argument parser does not make, or makes in an unhelpful
/// order. Only `scores import` takes positional arguments (its paths; its `--out` is checked in
/// `run` so a missing one is not blamed on a path), and no option may be repeated: a second
/// `--steps 16` is an error rather than silently replacing the first.
enum CommandLineCheck {
    /// The options that take no value (every other `--name` takes the next argument).
    static let flags: Set<String> = ["--help", "-h", "--version", "--distributions", "--list-themes", "--no-mouse", "--quiet"]

    /// Throws for `help NAME` naming no command, and for a repeated option.
    static func check(_ arguments: [String], root: any ParsableCommand.Type) throws {
        if arguments.first == "help" {
            try checkHelpPath(Array(arguments.dropFirst()), root: root)
        }
        if let repeated = firstRepeatedOption(in: arguments) {
            throw UsageError("\(repeated) is given more than once; give each option once")
        }
    }

    /// The first option name (`--steps`, or `--steps` of `--steps=8`) that appears twice before
    /// a bare `--`.
    static func firstRepeatedOption(in arguments: [String]) -> String? {
        var seen: Set<String> = []
        for argument in arguments {
            if argument == "--" { break }
            guard argument.hasPrefix("-"), argument.count > 1, !isNumber(argument) else { continue }
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? Substring(argument))
            if !seen.insert(name).inserted { return name }
        }
        return nil
    }

    /// The first argument that is neither a command name, an option, nor an option's value:
    /// what to name when the parser would otherwise complain about a missing option first.
    static func strayArgument(in arguments: [String], root: any ParsableCommand.Type) -> String? {
        var command: any ParsableCommand.Type = root
        var expectsValue = false
        var atStart = true
        for argument in arguments {
            if argument == "--" { return nil }
            if expectsValue {
                expectsValue = false
                continue
            }
            if argument.hasPrefix("-"), argument.count > 1, !isNumber(argument) {
                atStart = false
                expectsValue = !flags.contains(argument) && !argument.contains("=")
                continue
            }
            if atStart, let sub = subcommand(argument, of: command) {
                command = sub
                continue
            }
            return argument
        }
        return nil
    }

    private static func checkHelpPath(_ names: [String], root: any ParsableCommand.Type) throws {
        var command: any ParsableCommand.Type = root
        for name in names {
            guard let sub = subcommand(name, of: command) else {
                throw UsageError("help: unknown command '\(name)' (commands: \(subcommandNames(of: command)))")
            }
            command = sub
        }
    }

    private static func subcommand(_ name: String, of command: any ParsableCommand.Type) -> (any ParsableCommand.Type)? {
        command.configuration.subcommands.first { $0._commandName == name }
    }

    private static func subcommandNames(of command: any ParsableCommand.Type) -> String {
        command.configuration.subcommands.map { $0._commandName }.joined(separator: ", ")
    }

    private static func isNumber(_ argument: String) -> Bool {
        Double(argument) != nil
    }
}
