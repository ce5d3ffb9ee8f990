/// A schedule file, format `unmask-schedule/1` (docs/schedule-file.md): the token counts of a
/// `StepPlan` for a model's sampler to read, with the block-time grid and α on it.
///
/// Time convention: t = 0 is fully masked, t = 1 clean data, in each block's own clock; the grid
/// is t_k = k/n for the n = N·B/L steps of one block, and step k (0-based) of block j (0-based)
/// reveals `counts[j][k]` tokens, the plan's `tokens` for that step (for cumulative rounding
/// round(B·α(t_{k+1})) − round(B·α(t_k)), halves up). The counts are the plan's, so they equal
/// `unmask schedule`'s `tokens` column read block by block; under stochastic rounding they are
/// the plan's one draw with `seed`.
///
/// A pure value; `encode(_:into:)` writes it as exact text with a fixed key order, numbers printed
/// with the shortest text that reads back to the same double.
public struct ScheduleFile: Sendable, Equatable {
    /// The format's name and version, the first thing a reader checks.
    public static let format = "unmask-schedule/1"

    /// The schedule's canonical spec (`MaskSchedule.description`: `llada:linear` becomes `linear`).
    public let alpha: String
    /// L, the tokens of the whole sequence.
    public let length: Int
    /// N, the steps of the whole sequence (all blocks).
    public let steps: Int
    /// B, the tokens of one block (= L without blocks).
    public let blockLength: Int
    public let rounding: TokenRounding
    /// The seed of stochastic rounding (written for every rounding; only stochastic reads it).
    public let seed: UInt64
    /// The version of the tool that wrote the file.
    public let version: String
    /// t_0 … t_n, t_k = k/n, one block's time grid.
    public let t: [Double]
    /// α(t_0) … α(t_n).
    public let alphaValues: [Double]
    /// Tokens per step, one list per block: L/B lists of n counts (LLaDA's `num_transfer_tokens`
    /// layout: block j's list is the row its `generate()` uses for that block).
    public let counts: [[Int]]

    /// The file of `plan`, a plan of `schedule`.
    public init(schedule: MaskSchedule, plan: StepPlan, version: String = UnmaskCoreVersion.string) {
        let request = plan.request
        let blockLength = request.blockLength ?? request.length
        let stepsPerBlock = request.steps / (request.length / blockLength)
        alpha = schedule.description
        length = request.length
        steps = request.steps
        self.blockLength = blockLength
        rounding = request.rounding
        seed = request.seed
        self.version = version
        let firstBlock = plan.steps.prefix(stepsPerBlock)
        t = firstBlock.map(\.tStart) + [firstBlock.last?.tEnd ?? 1]
        alphaValues = firstBlock.map(\.alphaStart.value) + [firstBlock.last?.alphaEnd.value ?? 1]
        counts = stride(from: 0, to: plan.steps.count, by: stepsPerBlock).map { start in
            plan.steps[start..<(start + stepsPerBlock)].map(\.tokens)
        }
    }

    /// Steps per block, n = N·B/L.
    public var stepsPerBlock: Int { t.count - 1 }

    /// The encodings of a schedule file.
    public enum Encoding: String, CaseIterable, Sendable {
        /// One object, keys in the documented order, `counts` one block per line.
        case json
        /// `# key: value` metadata lines, a header, one row per block and step.
        case csv
    }

    /// The CSV header line (without its newline).
    public static let csvHeader = "block,step,t_start,t_end,alpha_start,alpha_end,tokens"

    /// Writes the file as text in pieces of at most one line, in order (so a large plan is never
    /// held as one string).
    public func encode<E: Error>(_ encoding: Encoding, into write: (String) throws(E) -> Void) throws(E) {
        switch encoding {
        case .json: try encodeJSON(into: write)
        case .csv: try encodeCSV(into: write)
        }
    }

    /// The whole text of the file.
    public func text(_ encoding: Encoding) -> String {
        var text = ""
        encode(encoding) { text += $0 }
        return text
    }

    private func encodeJSON<E: Error>(into write: (String) throws(E) -> Void) throws(E) {
        try write("{\n")
        try write("  \"format\": \(JSONText.string(Self.format)),\n")
        try write("  \"version\": \(JSONText.string(version)),\n")
        try write("  \"alpha\": \(JSONText.string(alpha)),\n")
        try write("  \"length\": \(length),\n")
        try write("  \"steps\": \(steps),\n")
        try write("  \"block_length\": \(blockLength),\n")
        try write("  \"rounding\": \(JSONText.string(rounding.rawValue)),\n")
        try write("  \"seed\": \(seed),\n")
        try write("  \"t\": [" + t.map(Self.number).joined(separator: ", ") + "],\n")
        try write("  \"alpha_values\": [" + alphaValues.map(Self.number).joined(separator: ", ") + "],\n")
        try write("  \"counts\": [\n")
        for (index, block) in counts.enumerated() {
            let separator = index == counts.count - 1 ? "\n" : ",\n"
            try write("    [" + block.map(String.init).joined(separator: ", ") + "]" + separator)
        }
        try write("  ]\n}\n")
    }

    private func encodeCSV<E: Error>(into write: (String) throws(E) -> Void) throws(E) {
        for (key, value) in metadata { try write("# \(key): \(value)\n") }
        try write(Self.csvHeader + "\n")
        for (block, blockCounts) in counts.enumerated() {
            for (step, tokens) in blockCounts.enumerated() {
                let fields = [String(block), String(step), Self.number(t[step]), Self.number(t[step + 1]),
                              Self.number(alphaValues[step]), Self.number(alphaValues[step + 1]), String(tokens)]
                try write(fields.joined(separator: ",") + "\n")
            }
        }
    }

    /// The CSV's metadata, in order.
    public var metadata: [(String, String)] {
        [("format", Self.format), ("alpha", alpha), ("length", String(length)), ("steps", String(steps)),
         ("block_length", String(blockLength)), ("rounding", rounding.rawValue), ("seed", String(seed)),
         ("version", version)]
    }

    /// The shortest text that reads back as `value` (finite: α and t lie in [0, 1]).
    static func number(_ value: Double) -> String { "\(value)" }
}
