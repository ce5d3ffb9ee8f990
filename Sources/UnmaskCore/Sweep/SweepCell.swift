/// One cell of a sweep plan: one schedule Beta(a, b) at N steps on one task, evaluated by one
/// launcher command that writes to its own output path.
public struct SweepCell: Equatable, Sendable {
    /// Position in the plan, 0-based: the Slurm array task that runs it.
    public let index: Int
    /// `0007-gsm8k-n64-a0.3-b0.9`: the index (zero-padded, so that listings sort in plan order),
    /// the task with characters outside `A-Z a-z 0-9 _ . -` replaced by `_`, N, a and b.
    public let id: String
    public let a: Double
    public let b: Double
    public let steps: Int
    public let genLength: Int
    public let blockLength: Int
    public let task: String

    /// The schedule file's name stem, `a0.3-b0.9-n64`: one file per (a, b, N), shared by the tasks.
    public var scheduleName: String { "a\(a.compactDescription)-b\(b.compactDescription)-n\(steps)" }
}
