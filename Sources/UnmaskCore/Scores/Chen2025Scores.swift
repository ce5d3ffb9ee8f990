/// The scores of LLaDA-8B by mask schedule and steps from Chen et al., "Masked Diffusion Models
/// as Energy Minimization" (NeurIPS 2025), Tables 2–7, bundled so `--scores chen2025` needs no
/// file. The rows are generated from data/chen2025-llada.csv (`Chen2025Scores+Rows.swift`;
/// data/README.md says what was transcribed and its caveats).
public enum Chen2025Scores {
    /// The name `--scores` knows it by.
    public static let name = "chen2025"

    public static let citation = "Chen et al., Masked Diffusion Models as Energy Minimization, NeurIPS 2025, Tables 2-7"

    /// The paper gives no per-cell standard errors; the transcription's header gives one range for
    /// all tables, "roughly 0.2-3.7 points", not checked against the paper (data/README.md).
    public static let reportedStandardErrorRange: ClosedRange<Double> = 0.2...3.7

    public static var table: ScoreTable { ScoreTable(rows: rows) }
}
