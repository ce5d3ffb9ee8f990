/// Where a text first appears in a recorded trajectory's partial sequences.
public struct TrajectoryTextSearch: Sendable, Equatable {
    /// The first step (its number) after which the revealed tokens, joined, contain the text;
    /// nil if never. Masked positions break the sequence: a match lies within one run of
    /// revealed tokens.
    public let firstStep: Int?
    /// How many step records, in file order, lead up to it: the same step as `firstStep`, counted
    /// the way `TrajectoryReplay` counts "after k steps".
    public let stepsToFirst: Int?
    /// Whether the final text (the final record's `text`, else its tokens joined, else the last
    /// partial sequence) contains it.
    public let survives: Bool

    public init(firstStep: Int?, stepsToFirst: Int?, survives: Bool) {
        self.firstStep = firstStep
        self.stepsToFirst = stepsToFirst
        self.survives = survives
    }

    /// Compares UTF-8 bytes exactly, of the tokens with their BPE markers decoded
    /// (`decodedTokenText`: `Ġ` and `▁` before a word are spaces). After each step only the windows around its newly revealed
    /// positions are searched (a new occurrence must contain one), reaching at most as many
    /// tokens each way as the text has bytes plus 64 (empty tokens), so the work is bounded by
    /// the reveals times the text's length, not by steps × gen_length.
    public init(_ text: String, in file: TrajectoryFile) {
        let needle = Array(text.utf8)
        let g = file.header.genLength
        var tokens = [String?](repeating: nil, count: g)
        var first: Int?, count: Int?
        let reach = needle.count + 64
        if needle.isEmpty, let step = file.steps.first {
            first = step.step
            count = 1
        }
        for (index, step) in file.steps.enumerated() {
            for position in step.remasked { tokens[position] = nil }
            for reveal in step.revealed { tokens[reveal.position] = decodedTokenText(reveal.token) }
            guard first == nil else { continue }
            for reveal in step.revealed where tokens[reveal.position] != nil {
                var low = reveal.position, high = reveal.position
                while low > 0, reveal.position - low < reach, tokens[low - 1] != nil { low -= 1 }
                while high + 1 < g, high - reveal.position < reach, tokens[high + 1] != nil { high += 1 }
                var window: [UInt8] = []
                for position in low...high { window += tokens[position]!.utf8 }
                if contains(window, needle) {
                    first = step.step
                    count = index + 1
                    break
                }
            }
        }
        firstStep = first
        stepsToFirst = count
        let finalText: String
        if let final = file.final {
            finalText = final.text ?? final.tokens.map(decodedTokenText).joined()
        } else {
            finalText = tokens.map { $0 ?? "" }.joined()
        }
        survives = contains(Array(finalText.utf8), needle)
    }
}

private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
        if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
}
