import ArgumentParser
import Foundation

/// How a command writes its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for people; the default when stdout is a terminal.
    case table
    /// One header line, then one line per row; the default when stdout is not a terminal.
    case csv
    /// An array of objects (rows) or one object (fields).
    case json

    /// `table` for a terminal, `csv` for a pipe or file.
    static var automatic: OutputFormat {
        isatty(STDOUT_FILENO) == 1 ? .table : .csv
    }
}

/// The `--format` option shared by every command.
struct FormatOption: ParsableArguments {
    @Option(help: "Output format: table, csv or json (default: table on a terminal, csv otherwise).")
    var format: OutputFormat?

    var resolved: OutputFormat { format ?? .automatic }
}
