import ArgumentParser
import UnmaskCore

/// `--scores FILE|chen2025`: the benchmark scores a command reads, a tidy score CSV (as
/// `unmask scores import` writes it) or the bundled scores of the paper (the default).
struct ScoresOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A tidy score CSV (columns \(ScoreCSV.columns.joined(separator: ",")), as `unmask scores import` writes it), "
            + "or \(Chen2025Scores.name): the paper's LLaDA-8B scores, bundled.",
        valueName: "file|\(Chen2025Scores.name)"))
    var scores: String = Chen2025Scores.name

    func load() throws(UsageError) -> ScoreTable {
        if scores == Chen2025Scores.name { return Chen2025Scores.table }
        let table = try usage { () throws(ScoreCSVError) in try ScoreCSV.read(path: scores) }
        guard !table.rows.isEmpty else { throw UsageError("\(escapedForEcho(scores)): no score rows") }
        return table
    }
}
