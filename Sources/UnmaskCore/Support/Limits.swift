/// The largest inputs the tool accepts, chosen from what it computes accurately and within
/// memory; every command and the explorer's keys enforce the same ones.
public enum Limits {
    /// Sequence length L of token plans and sequence energies.
    public static let maximumLength = 1_000_000
    /// Steps N of a plan (N ≤ L is not required: extra steps reveal nothing). A plan keeps one
    /// row of about 100 bytes per step.
    public static let maximumSteps = 1_000_000
    /// Points on one grid axis; a 4096 × 4096 plane holds 128 MiB of values.
    public static let maximumAxisCount = 4096
    /// Worker threads of a grid computation.
    public static let maximumWorkers = 256
    /// Sampler runs of a Monte Carlo evaluation.
    public static let maximumSamples = 100_000_000
    /// Steps N and length L in the explorer, whose options and keys share them: every change of
    /// N re-samples the trajectory and re-plans the token bars on the main thread, and these keep
    /// that within a frame.
    public static let explorerMaximumSteps = 1024
    public static let explorerMaximumLength = 4096
    /// Beta parameters a, b of a schedule spec or a grid axis, and the exponent K of the power
    /// schedules. Every result is verified on this domain (the special functions against 50-digit
    /// fixtures up to 1000, the energy quadrature to 1e-10), and within it a Beta/Beta energy
    /// stays below 1e99. Beyond it the quadrature under non-Beta weights misses the narrow peak
    /// of γ̇ (a = b = 10^5 under the cosine weight is 55% high) and the closed form loses its
    /// digits (a = b = 10^17 gives exactly π²), so parameters outside are refused rather than
    /// answered wrongly. It is also the explorer's plane (a, b from 0.01 to 100).
    public static let scheduleParameters: ClosedRange<Double> = 0.01...100
    /// Distinct outputs outside the support that a Monte Carlo run tallies one by one (for the
    /// most likely outputs); beyond them new ones are only counted, so 10^8 runs that each leave
    /// the support differently stay within a few megabytes.
    public static let maximumTrackedInvalidOutputs = 10_000
    /// The smallest positive temperature accepted (docs/theory.md §9). Tempering raises the
    /// denoiser's probabilities to the power 1/τ, so their relative rounding error δ (up to about
    /// 1e-13 for sums over large supports) becomes an error δ/τ in every tempered weight: at most
    /// 1e-10 from τ = 1e-3 on, and of order 1 near τ = 1e-13, where near-ties would be decided by
    /// rounding noise. Below 1e-3 every value with q_v ≤ 0.955·q_max already has a weight under
    /// 1e-20 of the top one, so smaller positive τ only differ from the argmax (τ = 0) on
    /// near-ties; use 0 there.
    public static let minimumTemperature = 1e-3
    /// Rows a ranking lists.
    public static let maximumTop = 100_000
    /// The size of a printed plot in character cells (`scores curves --width --height`): at
    /// least room for the axes, the labels and a legend, at most a few megabytes of cells.
    public static let plotWidth: ClosedRange<Int> = 40...1000
    public static let plotHeight: ClosedRange<Int> = 10...1000
    /// Cells of one sweep plan (tasks × steps × points): each is a launcher run of minutes to
    /// hours on a GPU, so 100 000 is far beyond any real sweep, and keeps plan.jsonl and the
    /// scripts within tens of megabytes.
    public static let maximumSweepCells = 100_000
    /// Steps over all of a sweep's schedule files together (each step costs a t, an α and a count
    /// per block in its file, about 60 bytes), so a plan's files stay within a few hundred MB.
    public static let maximumSweepScheduleSteps = 5_000_000

    /// Bytes of a file the tool reads (a target file or a theme), 16 MiB. Reads are bounded by
    /// it, so an endless source such as `/dev/zero` or a huge file cannot exhaust memory; the
    /// limits below keep any allowed target far smaller.
    public static let maximumFileBytes = 16 << 20

    /// Distinct symbols of a toy target: tokens are bytes, and 0xFF marks a masked position.
    public static let maximumTargetSymbols = 254
    /// Tokens per sequence of a target file. The denoiser keeps a length × symbols table per
    /// step (at most 256 × 254 doubles, 0.5 MiB) and a sampled trajectory keeps one such table
    /// per step when asked for distributions (at most 256 steps, 130 MiB).
    public static let maximumTargetLength = 256
    /// Sequences (support size) of a target file: the denoiser scans the consistent sequences
    /// at every step.
    public static let maximumTargetSupport = 65_536
    /// Sequences × length of a target file, 2^20 tokens: one sampler step scans at most this
    /// many tokens, so a run of up to 256 steps stays well under a second.
    public static let maximumTargetTokens = 1 << 20
    /// Bytes of one line of a target file, comments included: room for a 256-token sequence of
    /// multi-byte characters and a weight.
    public static let maximumTargetLineBytes = 4096
    /// Lines of a target file, blank and comment lines included, 2^20: bounds the parsing work of
    /// a file of empty lines.
    public static let maximumTargetLines = 1 << 20

    /// Operations of an exact information curve (`InformationCurve.work`: 2^n × support), 2^27:
    /// about a second; sticky-chain needs 1.7 million, long-chain 16.8 million.
    public static let maximumInformationWork = 1 << 27

    /// Compositions × support × n of `unmask optimal`'s exhaustive search over count profiles by
    /// exact evaluation (`exactOptimalProfiles`): 4·10^6 keeps it within seconds on the built-in
    /// targets (sticky-chain to N = 4; long-chain, whose evaluations take ~0.3 s, to N = 2).
    public static let maximumExactProfileWork = 4_000_000

    /// Warnings of one kind printed in full (for example unknown theme keys); the rest are
    /// counted in one line.
    public static let maximumRepeatedWarnings = 20
}
