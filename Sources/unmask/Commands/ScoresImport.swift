import ArgumentParser
import Foundation
import Glibc
import UnmaskCore

/// `unmask scores import PATH… --out FILE`.
struct ScoresImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge lm-evaluation-harness results files into one tidy score CSV.",
        discussion: """
            Each PATH is a results file of lm-evaluation-harness 0.4.x, or a folder
            searched recursively for results_*.json (sorted by path). Every
            results[TASK]["METRIC,FILTER"] becomes one row, its stderr from
            "METRIC_stderr,FILTER" ("N/A" leaves it empty). From config.model_args
            (a string k=v,k=v or an object): steps (required), gen_length, and the
            schedule: beta:A,B from sched_a and sched_b; else model_args' schedule;
            else linear (LLaDA's default), Beta(0.5,0.5).

            A file that cannot be read (not JSON, a key missing, a value not a
            number) gets one line on stderr naming the file and the key, and is
            skipped, as is a folder without results files; the other files are
            still written, a last line counts the skipped ones and the exit
            status is 65. An --out that cannot be
            written exits 74.

            Examples:
              unmask scores import runs/ --out scores.csv
              unmask scores import runs/a/results_2025-01-01T00-00-00.json runs/b --out scores.csv
            """
    )

    @Argument(help: ArgumentHelp("Results files, or folders to search for results_*.json.", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The tidy score CSV to write (replaced if it exists).", valueName: "file"))
    var out: String?

    func run() throws {
        guard !paths.isEmpty else { throw UsageError("give at least one results file or folder, then --out FILE") }
        guard let out else { throw UsageError("give --out FILE: where to write the score CSV") }
        var rows: [ScoreRow] = []
        var skipped = 0
        let (files, emptyFolders) = ResultsFiles.find(paths)
        for folder in emptyFolders {
            skipped += 1
            try StandardStreams.note("\(escapedForEcho(folder)): no results_*.json file in this folder; skipped")
        }
        for file in files {
            do {
                let text = try TextFile(path: file).text
                rows += try LMEvalResults.rows(json: text, path: file)
            } catch let error as TextFileError {
                skipped += 1
                try StandardStreams.note("\(escapedForEcho(file)): \(error.description); skipped")
            } catch let error as LMEvalResultsError {
                skipped += 1
                try StandardStreams.note("\(error.description); skipped")
            }
        }
        try write(ScoreCSV.text(of: ScoreTable(rows: rows)), to: out)
        if skipped > 0 {
            try StandardStreams.note("skipped \(skipped) of \(files.count + emptyFolders.count) results files and folders; wrote \(rows.count) rows to \(escapedForEcho(out))")
            throw ExitCode(65)
        }
    }

    /// Writes the whole text to `path`, or throws `WriteFailure` (exit 74).
    private func write(_ text: String, to path: String) throws(WriteFailure) {
        let name = escapedForEcho(path)
        guard !path.utf8.contains(0) else { throw WriteFailure(stream: name, code: EINVAL) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(stream: name, code: errno) }
        var writer = StreamWriter(descriptor: descriptor, name: name)
        do {
            try writer.write(text)
            try writer.flush()
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw WriteFailure(stream: name, code: errno) }
    }
}
