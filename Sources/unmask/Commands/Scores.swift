import ArgumentParser

/// `unmask scores …`: benchmark scores of schedules, imported, shown and compared.
struct Scores: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark scores by schedule and steps: import lm-evaluation-harness results, show them, compare.",
        discussion: """
            Scores live in a tidy CSV, one score a line:
              schedule,a,b,task,steps,gen_length,metric,score,stderr
            `--scores chen2025` (the default) is the paper's LLaDA-8B scores
            (Chen et al., NeurIPS 2025, Tables 2-7; percent), bundled.

            Examples:
              unmask scores show --task gsm8k
              unmask scores speedup
              unmask scores weight --format table
              unmask scores curves --task humaneval
              unmask scores import runs/ --out scores.csv
              unmask scores show --scores scores.csv --format csv
            """,
        subcommands: [ScoresImport.self, ScoresShow.self, ScoresSpeedup.self, ScoresCurves.self, ScoresWeight.self]
    )
}
