/// A recorded trajectory indexed for scrubbing: the token at any generated position after any
/// number of steps, found by a binary search over that position's own events instead of by
/// replaying the steps before it.
///
/// "After k steps" means after the first k step records in file order (k = 0: everything
/// masked). Within a step, remasked positions are masked first and revealed ones set after, as
/// in `TrajectorySummary`, so a position masked and revealed by one step ends revealed; a
/// position a step reveals twice keeps the later token. Token strings are interned: the replay
/// refers to them by index into `vocabulary`.
public struct TrajectoryReplay: Sendable, Equatable {
    /// What a position holds after some steps.
    public struct Token: Sendable, Equatable {
        /// Index into `vocabulary`.
        public let id: Int
        /// The step (1-based, in file order) that set it.
        public let step: Int
        /// The recorded confidence, if any.
        public let confidence: Double?
    }

    public let file: TrajectoryFile
    /// The distinct token strings of the generated part, in order of first appearance.
    public let vocabulary: [String]
    /// For each position, the token it holds at the end (nil: masked at the end).
    public let finalTokens: [Int?]
    /// The events (reveals and remasks) of position p are `eventStart[p]..<eventStart[p + 1]`,
    /// in step order; `eventStep` is the step (1-based, file order) of each.
    private let eventStart: [Int32]
    private let eventStep: [Int32]
    /// The token set by an event, −1 for a remask.
    private let eventToken: [Int32]
    /// The event's confidence, NaN when none was recorded.
    private let eventConfidence: [Float]

    public init(_ file: TrajectoryFile) {
        self.file = file
        let g = file.header.genLength
        var ids: [String: Int32] = [:]
        var vocabulary: [String] = []
        var counts = [Int32](repeating: 0, count: g + 1)
        for step in file.steps {
            for position in step.remasked { counts[position + 1] += 1 }
            for reveal in step.revealed { counts[reveal.position + 1] += 1 }
        }
        for position in 0..<g { counts[position + 1] += counts[position] }
        let total = Int(counts[g])
        var next = counts
        var steps = [Int32](repeating: 0, count: total), tokens = [Int32](repeating: -1, count: total)
        var confidences = [Float](repeating: .nan, count: total)
        for (index, step) in file.steps.enumerated() {
            let number = Int32(index + 1)
            for position in step.remasked {
                let slot = Int(next[position])
                next[position] += 1
                steps[slot] = number
            }
            for reveal in step.revealed {
                let slot = Int(next[reveal.position])
                next[reveal.position] += 1
                steps[slot] = number
                let id: Int32
                if let known = ids[reveal.token] {
                    id = known
                } else {
                    id = Int32(vocabulary.count)
                    ids[reveal.token] = id
                    vocabulary.append(reveal.token)
                }
                tokens[slot] = id
                confidences[slot] = reveal.confidence.map(Float.init) ?? .nan
            }
        }
        self.vocabulary = vocabulary
        eventStart = counts
        eventStep = steps
        eventToken = tokens
        eventConfidence = confidences
        finalTokens = (0..<g).map { position in
            let end = Int(counts[position + 1])
            guard end > Int(counts[position]), tokens[end - 1] >= 0 else { return nil }
            return Int(tokens[end - 1])
        }
    }

    /// The number of generated positions G.
    public var length: Int { file.header.genLength }

    /// The number of step records.
    public var stepCount: Int { file.steps.count }

    /// The token at `position` after the first `steps` step records (nil: masked then).
    public func token(at position: Int, after steps: Int) -> Token? {
        var low = Int(eventStart[position]), high = Int(eventStart[position + 1])
        // The last event with a step ≤ steps is just before the first one after it.
        while low < high {
            let middle = (low + high) / 2
            if Int(eventStep[middle]) <= steps { low = middle + 1 } else { high = middle }
        }
        let last = low - 1
        guard last >= Int(eventStart[position]), eventToken[last] >= 0 else { return nil }
        let confidence = eventConfidence[last]
        return Token(id: Int(eventToken[last]), step: Int(eventStep[last]), confidence: confidence.isNaN ? nil : Double(confidence))
    }

    /// Every token `position` holds at some point of the run, as indices into `vocabulary`.
    public func tokenIDs(at position: Int) -> [Int] {
        (Int(eventStart[position])..<Int(eventStart[position + 1])).compactMap { eventToken[$0] >= 0 ? Int(eventToken[$0]) : nil }
    }

    /// The positions covered by occurrences of `text` in the partial sequence after `steps`
    /// steps, matched on UTF-8 bytes of the tokens with their BPE markers decoded
    /// (`decodedTokenText`) within runs of revealed tokens (a masked position breaks the text),
    /// as `TrajectoryTextSearch` matches; occurrences do not overlap.
    public func matches(of text: String, after steps: Int) -> [Range<Int>] {
        let needle = Array(text.utf8)
        guard !needle.isEmpty else { return [] }
        var found: [Range<Int>] = []
        var bytes: [UInt8] = []
        var owner: [Int] = []
        func scan() {
            guard bytes.count >= needle.count else { return }
            var start = 0
            while start + needle.count <= bytes.count {
                if bytes[start] == needle[0], bytes[start..<(start + needle.count)].elementsEqual(needle) {
                    found.append(owner[start]..<(owner[start + needle.count - 1] + 1))
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        for position in 0..<length {
            guard let token = token(at: position, after: steps) else {
                scan()
                bytes.removeAll(keepingCapacity: true)
                owner.removeAll(keepingCapacity: true)
                continue
            }
            let utf8 = decodedTokenText(vocabulary[token.id]).utf8
            bytes.append(contentsOf: utf8)
            owner.append(contentsOf: repeatElement(position, count: utf8.count))
        }
        scan()
        return found
    }
}
