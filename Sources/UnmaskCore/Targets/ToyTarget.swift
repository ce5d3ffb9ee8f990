/// A distribution q over sequences of `length` tokens on an alphabet of d symbols, given by its
/// support (the sequences with q > 0) and their probabilities. Small enough to enumerate, so the
/// denoiser q(x^i = v | unmasked tokens) is exact (docs/theory.md §9).
public struct ToyTarget: Sendable {
    /// The name used on the command line.
    public let name: String
    /// One line on what the target teaches.
    public let summary: String
    /// The symbols; token v is `alphabet[v]`.
    public let alphabet: [Character]
    /// Sequence length n.
    public let length: Int
    /// The support, each sequence as token indices.
    public let sequences: [[UInt8]]
    /// q(x) for each sequence of the support; they sum to 1.
    public let probabilities: [Double]
    private let index: [[UInt8]: Int]

    /// A target from weighted sequences; weights are normalised (summed in first-appearance order,
    /// so the result does not depend on hashing), duplicates merged, zero weights dropped.
    ///
    /// Weights are first scaled by the power of two that brings the largest near 1, which is
    /// exact, so any finite weights work: 1e308 + 1e308 does not overflow, weights near 1e-320
    /// keep their ratios, and ordinary weights give the same probabilities to the last bit as
    /// dividing by their plain sum. A sequence whose probability is below the smallest double
    /// (a weight more than about 10^323 times smaller than the largest) is dropped with the zero
    /// weights, so every sequence of the support has q > 0.
    public init(name: String, summary: String, alphabet: [Character], weighted: [([UInt8], Double)]) {
        precondition(!alphabet.isEmpty && alphabet.count <= Limits.maximumTargetSymbols, "alphabet must have 1…254 symbols")
        precondition(weighted.allSatisfy { $0.1.isFinite }, "weights must be finite")
        let largest = weighted.reduce(0.0) { max($0, $1.1) }
        precondition(largest > 0, "a target needs at least one sequence of positive weight")
        var merged: [[UInt8]: Double] = [:]
        var order: [[UInt8]] = []
        for (sequence, weight) in weighted where weight > 0 {
            if merged[sequence] == nil { order.append(sequence) }
            merged[sequence, default: 0] += Double(sign: .plus, exponent: -largest.exponent, significand: weight)
        }
        let total = order.reduce(0) { $0 + merged[$1]! }
        let probabilities = order.map { merged[$0]! / total }
        let support = order.indices.filter { probabilities[$0] > 0 }
        self.name = name
        self.summary = summary
        self.alphabet = alphabet
        length = order[0].count
        precondition(order.allSatisfy { $0.count == order[0].count }, "all sequences must have one length")
        sequences = support.map { order[$0] }
        self.probabilities = support.map { probabilities[$0] }
        index = Dictionary(uniqueKeysWithValues: sequences.enumerated().map { ($1, $0) })
    }

    /// Vocabulary size d.
    public var vocabularySize: Int { alphabet.count }

    /// q(x); 0 outside the support.
    public func probability(of sequence: [UInt8]) -> Double {
        index[sequence].map { probabilities[$0] } ?? 0
    }

    /// The support index of a sequence, if it is in the support.
    public func supportIndex(of sequence: [UInt8]) -> Int? {
        index[sequence]
    }

    /// A sequence (or partial sequence) as text, masked positions shown as `mask`.
    public func text(of tokens: [UInt8], mask: Character = "?") -> String {
        String(tokens.map { $0 == maskToken ? mask : alphabet[Int($0)] })
    }

    /// The tokens of a text over this target's alphabet, or nil if a character is not in it.
    public func tokens(of text: String) -> [UInt8]? {
        var tokens: [UInt8] = []
        for character in text {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            tokens.append(UInt8(value))
        }
        return tokens
    }
}

/// The token value that marks a masked position in a partial sequence.
public let maskToken: UInt8 = 0xFF

extension ToyTarget: Hashable {
    /// Two targets are equal when they are the same distribution under the same name. Copies of
    /// one target share their storage, so comparing them costs O(1).
    public static func == (lhs: ToyTarget, rhs: ToyTarget) -> Bool {
        lhs.name == rhs.name && lhs.summary == rhs.summary && lhs.alphabet == rhs.alphabet
            && lhs.sequences == rhs.sequences && lhs.probabilities == rhs.probabilities
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(length)
        hasher.combine(sequences.count)
    }
}
