import Foundation
import Synchronization

/// The information curve of a toy target q over n positions (Chen, Cong & Li, "Optimal Inference
/// Schedules for Masked Diffusion Models", COLT 2026; docs/theory.md §12), in nats:
///
///     Z_j = E_{S, i} I(x_i ; x_S),   j = 1…n,
///
/// the mutual information between a new position i and a set S of j − 1 revealed positions, S
/// uniform among the sets of that size and i uniform outside S. With h_k the average entropy
/// H(x_T) over the sets T of k positions (h_0 = 0), I(x_i ; x_S) = H(x_i) + H(x_S) − H(x_{S∪i})
/// and S ∪ {i} is a uniform set of j positions, so Z_j = h_1 + h_{j−1} − h_j: Z_1 = 0, Z is
/// non-decreasing (conditioning on more positions never lowers the information), and
/// Σ_j Z_j = Σ_i H(x_i) − H(q) = TC, n·Z_n − TC = DTC.
///
/// Computed exactly from every marginal q(x_T), T ⊆ {1…n}: `work(of:)` operations.
public struct InformationCurve: Sendable, Equatable {
    /// Z_1…Z_n (`z[j − 1]` is Z_j), each clamped at 0 against rounding.
    public let z: [Double]
    /// H(x_i) for each position i.
    public let positionEntropies: [Double]
    /// h_0…h_n: the average entropy of the marginal on k positions (h_n = H(q)).
    public let averageEntropies: [Double]
    /// Σ_{i ≤ j} Z_i for j = 0…n, for `orderAveragedKL(counts:)`.
    let prefixSums: [Double]

    /// Sequence length n.
    public var length: Int { z.count }
    /// H(q), the target's entropy.
    public var entropy: Double { averageEntropies[length] }
    /// Total correlation TC = Σ_i H(x_i) − H(q) = Σ_j Z_j: the order-averaged KL of one step.
    public var totalCorrelation: Double { Swift.max(0, positionEntropies.reduce(0, +) - entropy) }
    /// Dual total correlation DTC = H(q) − Σ_i H(x_i | x_{−i}) = n·h_{n−1} − (n − 1)·h_n.
    public var dualTotalCorrelation: Double {
        let n = Double(length)
        return Swift.max(0, n * averageEntropies[length - 1] - (n - 1) * entropy)
    }

    /// The operations of the exact computation: one per support sequence for each of the 2^n
    /// position sets (`Int.max` beyond 62 positions).
    public static func work(of target: ToyTarget) -> Int {
        guard target.length < 62 else { return .max }
        let (product, overflow) = (1 << target.length).multipliedReportingOverflow(by: target.sequences.count)
        return overflow ? .max : product
    }

    /// Throws what `init(of:workLimit:)` would for `target` without computing anything: the error
    /// when `work(of:)` exceeds `workLimit`.
    public static func checkWork(of target: ToyTarget, workLimit: Int = Limits.maximumInformationWork) throws(InformationCurveError) {
        let work = Self.work(of: target)
        guard work <= workLimit else { throw .tooLarge(target: target.name, length: target.length, work: work, limit: workLimit) }
    }

    /// The curve of `target`, computed exactly unless `work(of:)` exceeds `workLimit`.
    public init(of target: ToyTarget, workLimit: Int = Limits.maximumInformationWork) throws(InformationCurveError) {
        try Self.checkWork(of: target, workLimit: workLimit)
        let subsets = SubsetEntropies(target)
        let n = target.length
        var averages = [0.0]
        for k in 1...n { averages.append(subsets.sums[k] / binomialCoefficient(n, k)) }
        averageEntropies = averages
        positionEntropies = subsets.singletons
        z = (1...n).map { j in j == 1 ? 0 : Swift.max(0, averages[1] + averages[j - 1] - averages[j]) }
        prefixSums = z.reduce(into: [0.0]) { $0.append($0.last! + $1) }
    }

    /// The curve of `target`, computed once and kept for the next call (the explorer and the
    /// plane metric ask again whenever N or the schedule changes). At most 16 curves are kept.
    public static func cached(_ target: ToyTarget) throws(InformationCurveError) -> InformationCurve {
        if let curve = cache.withLock({ $0[target] }) { return curve }
        let curve = try InformationCurve(of: target)
        cache.withLock { cache in
            if cache.count >= 16 { cache.removeAll() }
            cache[target] = curve
        }
        return curve
    }

    /// The curve of `target` if `cached(_:)` has it, without computing it.
    public static func cachedIfPresent(_ target: ToyTarget) -> InformationCurve? {
        cache.withLock { $0[target] }
    }

    private static let cache = Mutex<[ToyTarget: InformationCurve]>([:])
}

/// The entropy of every marginal q(x_T), summed by the size of T: a depth-first walk that adds
/// positions in increasing order, grouping the support sequences by their tokens on T (a class
/// per distinct x_T, refined by one position per level).
private struct SubsetEntropies {
    /// sums[k] = Σ_{|T| = k} H(x_T).
    var sums: [Double]
    /// H(x_i) for each position.
    var singletons: [Double]

    private let tokens: [[UInt8]]
    private let probabilities: [Double]
    private let symbols: Int
    private var classes: [[Int32]]
    private var masses: [Double]
    private var table: GroupTable

    init(_ target: ToyTarget) {
        let n = target.length, count = target.sequences.count
        tokens = (0..<n).map { position in target.sequences.map { $0[position] } }
        probabilities = target.probabilities
        symbols = target.vocabularySize
        sums = Array(repeating: 0, count: n + 1)
        singletons = Array(repeating: 0, count: n)
        classes = Array(repeating: Array(repeating: 0, count: count), count: n + 1)
        masses = Array(repeating: 0, count: count)
        table = GroupTable(capacity: count)
        visit(depth: 0, next: 0)
    }

    /// Visits every set that extends the one at `depth` by positions ≥ `next`.
    private mutating func visit(depth: Int, next: Int) {
        for position in next..<tokens.count {
            let column = tokens[position]
            var groups = 0
            for s in probabilities.indices {
                let key = Int(classes[depth][s]) * symbols + Int(column[s])
                let group = table.group(of: key, next: Int32(groups))
                if group == Int32(groups) { groups += 1 }
                classes[depth + 1][s] = group
            }
            table.clear()
            for g in 0..<groups { masses[g] = 0 }
            for s in probabilities.indices { masses[Int(classes[depth + 1][s])] += probabilities[s] }
            var entropy = 0.0
            for g in 0..<groups where masses[g] > 0 { entropy -= masses[g] * log(masses[g]) }
            sums[depth + 1] += entropy
            if depth == 0 { singletons[position] = entropy }
            if position + 1 < tokens.count { visit(depth: depth + 1, next: position + 1) }
        }
    }
}

/// An open-addressing map from a non-negative key to its group number, cleared after each use
/// by walking the slots it filled.
private struct GroupTable {
    private var keys: [Int]
    private var groups: [Int32]
    private var filled: [Int] = []
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        keys = Array(repeating: -1, count: size)
        groups = Array(repeating: 0, count: size)
        mask = size - 1
        filled.reserveCapacity(capacity)
    }

    /// The group of `key`, given the number `next` if it is new.
    mutating func group(of key: Int, next: Int32) -> Int32 {
        var slot = Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            if keys[slot] == key { return groups[slot] }
            if keys[slot] < 0 {
                keys[slot] = key
                groups[slot] = next
                filled.append(slot)
                return next
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func clear() {
        for slot in filled { keys[slot] = -1 }
        filled.removeAll(keepingCapacity: true)
    }
}

/// Why an information curve cannot be computed; the description is one line naming the target.
public enum InformationCurveError: Error, Equatable, CustomStringConvertible {
    case tooLarge(target: String, length: Int, work: Int, limit: Int)

    public var description: String {
        switch self {
        case let .tooLarge(target, length, work, limit):
            let amount = work == .max ? "more than 2^62" : "\(work)"
            return "the information curve of \(escapedForEcho(target)) (n = \(length)) needs \(amount) operations "
                + "(2^n × support), more than the limit \(limit)"
        }
    }
}
