import Foundation

/// The problem: a sequence of `length` tokens unmasked in `steps` steps, optionally in
/// semi-autoregressive blocks of `blockLength` tokens (docs/theory.md §7).
public struct TokenCountRequest: Sendable, Equatable {
    public var length: Int
    public var steps: Int
    public var rounding: TokenRounding
    public var blockLength: Int?
    public var seed: UInt64

    public init(length: Int, steps: Int, rounding: TokenRounding = .cumulative, blockLength: Int? = nil, seed: UInt64 = 0) {
        self.length = length
        self.steps = steps
        self.rounding = rounding
        self.blockLength = blockLength
        self.seed = seed
    }

    /// Checks the request; every failure names the bad value.
    public func validate() throws(TokenCountError) {
        guard length >= 1 else { throw .lengthTooSmall(length) }
        guard steps >= 1 else { throw .stepsTooSmall(steps) }
        guard let blockLength else { return }
        guard blockLength >= 1, length % blockLength == 0 else {
            throw .blockLengthDoesNotDivide(blockLength: blockLength, length: length)
        }
        let blocks = length / blockLength
        guard steps % blocks == 0 else { throw .stepsNotDivisibleByBlocks(steps: steps, blocks: blocks) }
    }
}

/// Why a token plan cannot be made; the description is one line naming the bad value.
public enum TokenCountError: Error, Equatable, CustomStringConvertible {
    case lengthTooSmall(Int)
    case stepsTooSmall(Int)
    case blockLengthDoesNotDivide(blockLength: Int, length: Int)
    case stepsNotDivisibleByBlocks(steps: Int, blocks: Int)

    public var description: String {
        switch self {
        case let .lengthTooSmall(length):
            return "length L = \(length) must be at least 1"
        case let .stepsTooSmall(steps):
            return "steps N = \(steps) must be at least 1"
        case let .blockLengthDoesNotDivide(blockLength, length):
            return "block length B = \(blockLength) must be positive and divide the length L = \(length)"
        case let .stepsNotDivisibleByBlocks(steps, blocks):
            return "steps N = \(steps) must be divisible by the number of blocks L/B = \(blocks)"
        }
    }
}

/// c_k = round(L·α_{k+1}) − round(L·α_k), halves rounded up.
func cumulativeCounts(_ alphas: [UnitPair], length: Int) -> [Int] {
    let revealed = alphas.indices.map { k -> Int in
        if k == 0 { return 0 }
        if k == alphas.count - 1 { return length }
        return cumulativeRevealed(alphas[k], length: length)
    }
    return (1..<revealed.count).map { revealed[$0] - revealed[$0 - 1] }
}

/// m_k = round(L·α_k), halves rounded up: the tokens revealed after an inner step k of the
/// cumulative rounding. Non-decreasing in α_k.
func cumulativeRevealed(_ alpha: UnitPair, length: Int) -> Int {
    roundHalfUp(Double(length) * alpha.value)
}

/// Largest-remainder apportionment of L·Δα_k; equal remainders go to the earlier step.
func largestRemainderCounts(_ alphas: [UnitPair], length: Int) -> [Int] {
    let expected = (1..<alphas.count).map { snapToInteger(Double(length) * increment(alphas[$0 - 1], alphas[$0])) }
    var counts = expected.map { Int($0.rounded(.down)) }
    let leftover = max(0, min(counts.count, length - counts.reduce(0, +)))
    let remainders = zip(expected, counts).map { quantised($0 - Double($1)) }
    let order = counts.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
    for index in order.prefix(leftover) { counts[index] += 1 }
    return counts
}

/// Each masked token revealed with probability p_k = 1 − (1 − α_{k+1})/(1 − α_k) (clamped to
/// [0, 1]); the last step reveals whatever is left. The m_k tokens still masked before step k
/// are revealed independently, so c_k ~ Binomial(m_k, p_k): one binomial draw per step
/// (`SplitMix64.nextBinomial`), O(N) for any L.
func stochasticCounts(_ alphas: [UnitPair], length: Int, generator: inout SplitMix64) -> [Int] {
    var masked = length
    var counts: [Int] = []
    counts.reserveCapacity(alphas.count - 1)
    for k in 1..<alphas.count {
        if k == alphas.count - 1 {
            counts.append(masked)
            break
        }
        let before = alphas[k - 1].complement
        let probability = before > 0 ? max(0, min(1, 1 - alphas[k].complement / before)) : 1
        let revealed = generator.nextBinomial(trials: masked, probability: probability)
        masked -= revealed
        counts.append(revealed)
    }
    return counts
}

/// Values within 1e-9 of an integer or half-integer are taken as exactly that, so that floating
/// noise in α (for example k/N) cannot flip a rounding decision.
private let snapTolerance = 1e-9

func snapToInteger(_ x: Double) -> Double {
    let nearest = x.rounded()
    return abs(x - nearest) <= snapTolerance * max(1, abs(x)) ? nearest : x
}

func roundHalfUp(_ x: Double) -> Int {
    let half = (x * 2).rounded() / 2
    let snapped = abs(x - half) <= snapTolerance * max(1, abs(x)) ? half : x
    return Int(snapped.rounded(.toNearestOrAwayFromZero))
}

private func quantised(_ remainder: Double) -> Int64 {
    Int64((remainder / snapTolerance).rounded())
}
