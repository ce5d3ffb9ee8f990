/// The exact denoiser of one target by partial sequence (docs/theory.md §9), remembered across
/// the runs of one Monte Carlo estimate: runs from the all-masked start share their early
/// patterns, whose denoiser sums over most of the support, so each is computed once. A pattern
/// that is not remembered is computed from the sequences consistent with the latest pattern of
/// the same run that was (patterns only gain tokens within a run), as a single run does.
///
/// Memory is bounded: it stops remembering once its answers take `capacity` bytes (as
/// `entryBytes` counts them), and computes the rest afresh.
struct DenoiserMemo {
    /// The bytes kept at most: 32 MiB.
    static let defaultCapacity = 32 << 20

    let target: ToyTarget
    let capacity: Int
    private var answers: [[UInt8]: Denoising] = [:]
    private var stored = 0
    /// The current run's latest computed pattern and its consistent sequences.
    private var base: (pattern: [UInt8], consistent: [Int32])
    private let start: (pattern: [UInt8], consistent: [Int32])

    init(target: ToyTarget, capacity: Int = DenoiserMemo.defaultCapacity) {
        self.target = target
        self.capacity = capacity
        start = (Array(repeating: maskToken, count: target.length), target.sequences.indices.map { Int32($0) })
        base = start
    }

    /// Begins a run: its patterns narrow from the all-masked start, not from another run's.
    mutating func startRun() {
        base = start
    }

    /// `target.denoiser(given: pattern)`, for a pattern that extends every pattern asked for
    /// since `startRun()`.
    mutating func denoising(given pattern: [UInt8]) -> Denoising {
        if let answer = answers[pattern] { return answer }
        let consistent = target.consistentIndices(with: pattern, among: base.consistent)
        base = (pattern, consistent)
        let answer = target.denoiser(given: pattern, consistent: consistent)
        if stored + entryBytes <= capacity {
            answers[pattern] = answer
            stored += entryBytes
        }
        return answer
    }

    /// One answer's bytes: the key's array (a 32-byte header and n bytes), the n rows of d
    /// Doubles (a header each) and the outer array, with 64 bytes for the dictionary's slot.
    private var entryBytes: Int {
        64 + (32 + target.length) + 32 + target.length * (32 + 8 * target.vocabularySize)
    }
}
