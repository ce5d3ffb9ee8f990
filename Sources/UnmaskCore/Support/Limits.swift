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
    /// Rows a ranking lists.
    public static let maximumTop = 100_000
}
