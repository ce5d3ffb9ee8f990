import Foundation

extension ToyTarget {
    /// The built-in targets: the paper's two toy targets, four that teach something else, and
    /// three where parallel decoding provably errs (docs/theory.md §12 gives their exact Z).
    public static let builtIn: [ToyTarget] = [
        paperExtremes, paperBalanced, words, addition, stickyChain, palindromes, copy, permutation, longChain,
    ]

    /// The built-in target of that name, or a one-line error listing the valid names.
    public static func named(_ name: String) throws(ToyTargetError) -> ToyTarget {
        let key = name.trimmingWhitespace().lowercased()
        guard let target = builtIn.first(where: { $0.name == key }) else {
            throw .unknownName(name, valid: builtIn.map(\.name))
        }
        return target
    }

    /// Paper Fig. 4, target A: n = 5 over {a, b}, uniform over aaaaa and bbbbb. Every token
    /// depends on all others: revealing two in one step from the empty context breaks it.
    public static let paperExtremes = ToyTarget(
        name: "paper-extremes",
        summary: "uniform over aaaaa and bbbbb (paper Fig. 4, target A): all tokens must agree",
        alphabet: ["a", "b"],
        weighted: [([0, 0, 0, 0, 0], 1), ([1, 1, 1, 1, 1], 1)])

    /// Paper Fig. 4, target B: n = 5 over {a, b}, uniform over sequences with 2 or 3 a's. Weak
    /// dependencies: early parallel reveals rarely break it.
    public static let paperBalanced = ToyTarget(
        name: "paper-balanced",
        summary: "uniform over 2 or 3 a's out of 5 (paper Fig. 4, target B): weak dependencies",
        alphabet: ["a", "b"],
        weighted: allSequences(length: 5, symbols: 2)
            .filter { [2, 3].contains($0.filter { $0 == 0 }.count) }
            .map { ($0, 1) })

    /// The most common English five-letter words, uniform: dependencies that are lexical, not
    /// arithmetic (revealing `s` and `e` together invites words that do not exist).
    public static let words = ToyTarget(
        name: "words",
        summary: "the 600 most common English five-letter words (SCOWL size 10), uniform",
        alphabet: Array("abcdefghijklmnopqrstuvwxyz"),
        weighted: fiveLetterWords.map { word in (word.unicodeScalars.map { UInt8($0.value - 97) }, 1) })

    /// `a+b=cc` for digits a, b, uniform: the two answer digits are a deterministic function of
    /// both operands, so revealing an answer digit alongside an operand is often wrong.
    public static let addition = ToyTarget(
        name: "addition",
        summary: "a+b=cc with digits a, b and their two-digit sum, uniform over the 100 sums",
        alphabet: Array("0123456789+="),
        weighted: (0..<100).map { operands in
            let (a, b) = (operands / 10, operands % 10)
            return ([UInt8(a), 10, UInt8(b), 11, UInt8((a + b) / 10), UInt8((a + b) % 10)], 1)
        })

    /// A sticky Markov chain on {x, y, z}, n = 8: start uniform, keep the symbol with probability
    /// 0.9. Strong local structure, every sequence possible: the sampler's error is not invalid
    /// mass but wrong run statistics (too many switches).
    public static let stickyChain = ToyTarget(
        name: "sticky-chain",
        summary: "Markov chain on x,y,z, n = 8, stay with probability 0.9: local structure, full support",
        alphabet: ["x", "y", "z"],
        weighted: allSequences(length: 8, symbols: 3).map { sequence in
            let switches = zip(sequence, sequence.dropFirst()).filter { $0 != $1 }.count
            return (sequence, pow(0.9, Double(7 - switches)) * pow(0.05, Double(switches)) / 3)
        })

    /// Palindromes of length 6 over {a, b, c}: each token equals its mirror partner, so the
    /// dependency is long-range (position 1 with 6) instead of between neighbours.
    public static let palindromes = ToyTarget(
        name: "palindromes",
        summary: "palindromes of length 6 over a,b,c, uniform: long-range pairs (1↔6, 2↔5, 3↔4)",
        alphabet: ["a", "b", "c"],
        weighted: allSequences(length: 3, symbols: 3).map { half in (half + half.reversed(), 1) })

    /// `wxyz` followed by a copy of itself, n = 8 over {a, b}, uniform over the 16 first halves:
    /// position i + 4 repeats position i. A random set of j − 1 revealed positions holds a new
    /// position's partner with probability (j − 1)/7, so Z_j = (j − 1)/7 · ln 2.
    public static let copy = ToyTarget(
        name: "copy",
        summary: "a 4-token half over a,b and its copy, n = 8, uniform: x_{i+4} = x_i",
        alphabet: ["a", "b"],
        weighted: allSequences(length: 4, symbols: 2).map { half in (half + half, 1) })

    /// The orderings of a, b, c, d, e, uniform (n = 5, 120 sequences): all tokens distinct, so
    /// two positions revealed in one step collide with probability 1/(number masked), and every
    /// parallel step errs. H(x_T) = ln(5!/(5 − |T|)!), so Z_j = ln(5/(6 − j)).
    public static let permutation = ToyTarget(
        name: "permutation",
        summary: "the 120 orderings of a,b,c,d,e, uniform: all tokens distinct",
        alphabet: ["a", "b", "c", "d", "e"],
        weighted: allSequences(length: 5, symbols: 5).filter { Set($0).count == 5 }.map { ($0, 1) })

    /// A sticky Markov chain on {x, y}, n = 12 (4096 sequences): start uniform, keep the symbol
    /// with probability 0.9. Its exact output distribution costs about 0.3 s a schedule (release
    /// build, benchmark row 11), so a plane of it is slow; the order-averaged KL takes 1–2 µs.
    public static let longChain = ToyTarget(
        name: "long-chain",
        summary: "Markov chain on x,y, n = 12, stay with probability 0.9: slow for the exact sampler, fast for kl-orders",
        alphabet: ["x", "y"],
        weighted: allSequences(length: 12, symbols: 2).map { sequence in
            let switches = zip(sequence, sequence.dropFirst()).filter { $0 != $1 }.count
            return (sequence, pow(0.9, Double(11 - switches)) * pow(0.1, Double(switches)) / 2)
        })

    /// Every sequence of `length` tokens over `symbols` symbols, in lexicographic order.
    static func allSequences(length: Int, symbols: Int) -> [[UInt8]] {
        var result: [[UInt8]] = [[]]
        for _ in 0..<length {
            result = result.flatMap { prefix in (0..<symbols).map { prefix + [UInt8($0)] } }
        }
        return result
    }
}

/// Why a target could not be had; the description is one line naming the bad value, with the
/// path and any text from the file escaped and cut (`escapedForEcho`).
public enum ToyTargetError: Error, Equatable, CustomStringConvertible {
    case unknownName(String, valid: [String])
    /// The file cannot be read; `reason` is a `TextFileError`'s description.
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case raggedLength(path: String, line: Int, length: Int, expected: Int)
    case badWeight(path: String, line: Int, text: String)
    /// The line brings the number of distinct characters over `Limits.maximumTargetSymbols`.
    case tooManySymbols(path: String, line: Int)
    /// The line is longer than `Limits.maximumTargetLineBytes`.
    case lineTooLong(path: String, line: Int, bytes: Int)
    /// Token `token` (from 1) of the line's sequence is a control character.
    case invisibleToken(path: String, line: Int, token: Int, character: String)
    /// The file has more than `Limits.maximumTargetLines` lines.
    case tooManyLines(path: String)
    /// The sequence is longer than `Limits.maximumTargetLength`.
    case sequenceTooLong(path: String, line: Int, length: Int)
    /// The line is one sequence more than `Limits.maximumTargetSupport`.
    case tooManySequences(path: String, line: Int)
    /// With this line the sequences hold more than `Limits.maximumTargetTokens` tokens.
    case tooManyTokens(path: String, line: Int, length: Int)

    public var description: String {
        switch self {
        case let .unknownName(name, valid):
            return "unknown target '\(escapedForEcho(name))' (valid: \(valid.joined(separator: ", ")), or --target-file PATH)"
        case let .unreadable(path, reason):
            return "cannot read target file \(escapedForEcho(path)): \(reason)"
        case let .empty(path):
            return "target file \(escapedForEcho(path)) has no sequences"
        case let .raggedLength(path, line, length, expected):
            return "\(escapedForEcho(path)):\(line): sequence has length \(length), expected \(expected) like the first one"
        case let .badWeight(path, line, text):
            return "\(escapedForEcho(path)):\(line): weight '\(escapedForEcho(text))' must be a positive finite number"
        case let .tooManySymbols(path, line):
            return "\(escapedForEcho(path)):\(line): more than \(Limits.maximumTargetSymbols) distinct characters; "
                + "a target has at most \(Limits.maximumTargetSymbols)"
        case let .lineTooLong(path, line, bytes):
            return "\(escapedForEcho(path)):\(line): line of \(bytes) bytes; "
                + "a target file's lines have at most \(Limits.maximumTargetLineBytes)"
        case let .invisibleToken(path, line, token, character):
            return "\(escapedForEcho(path)):\(line): token \(token) is the control character \(escapedForEcho(character)); "
                + "tokens must be printable characters"
        case let .tooManyLines(path):
            return "target file \(escapedForEcho(path)) has more than \(Limits.maximumTargetLines) lines; "
                + "a target file has at most \(Limits.maximumTargetLines), blank and comment lines included"
        case let .sequenceTooLong(path, line, length):
            return "\(escapedForEcho(path)):\(line): sequence of \(length) tokens; "
                + "a target's sequences have at most \(Limits.maximumTargetLength)"
        case let .tooManySequences(path, line):
            return "\(escapedForEcho(path)):\(line): more than \(Limits.maximumTargetSupport) sequences; "
                + "a target file has at most \(Limits.maximumTargetSupport)"
        case let .tooManyTokens(path, line, length):
            return "\(escapedForEcho(path)):\(line): more than \(Limits.maximumTargetTokens) tokens in all "
                + "(\(Limits.maximumTargetTokens / length) sequences of length \(length)); "
                + "a target file has at most \(Limits.maximumTargetTokens)"
        }
    }
}
