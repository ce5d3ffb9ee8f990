import Foundation
import Testing
@testable import UnmaskCore

@Suite("Information: order-averaged KL and its optimum")
struct OrderAveragedKLTests {
    static let smallTargets = ToyTarget.builtIn.filter { $0.length <= 6 }

    /// Every composition of n into `parts` positive parts.
    static func compositionsReference(of n: Int, parts: Int) -> [[Int]] {
        if parts == 1 { return [[n]] }
        return (1...max(1, n - parts + 1)).flatMap { first in
            compositionsReference(of: n - first, parts: parts - 1).map { [first] + $0 }
        }
    }

    /// The fixed-order sampler by brute force: with order π, step k reveals π[m_k ..< m_k + s_k],
    /// each drawn independently from its exact conditional given the revealed positions, so a
    /// support sequence x has p_π(x) = Π_k Π_{i ∈ step k} q(x_i | x_{R_k}) (sequences outside the
    /// support do not enter KL(q‖p_π)). Marginals come from enumerating the support.
    struct FixedOrderReference {
        let target: ToyTarget
        /// marginal[mask][s] = q(x_T = s_T) for the set of positions `mask`.
        let marginal: [[Double]]

        init(_ target: ToyTarget) {
            self.target = target
            let n = target.length
            marginal = (0..<(1 << n)).map { mask in
                var sums: [[UInt8]: Double] = [:]
                let keys = target.sequences.map { sequence in
                    (0..<n).map { mask >> $0 & 1 == 1 ? sequence[$0] : maskToken }
                }
                for (key, p) in zip(keys, target.probabilities) { sums[key, default: 0] += p }
                return keys.map { sums[$0]! }
            }
        }

        func kl(order: [Int], counts: [Int]) -> Double {
            var total = 0.0
            for (s, q) in target.probabilities.enumerated() {
                var logP = 0.0, revealed = 0, cursor = 0
                for count in counts {
                    let before = revealed
                    for i in order[cursor..<(cursor + count)] {
                        logP += log(marginal[before | 1 << i][s] / marginal[before][s])
                    }
                    for i in order[cursor..<(cursor + count)] { revealed |= 1 << i }
                    cursor += count
                }
                total += q * (log(q) - logP)
            }
            return total
        }

        /// The mean of `kl` over all n! orders.
        func averageKL(counts: [Int]) -> Double {
            let orders = permutations(Array(0..<target.length))
            return orders.reduce(0) { $0 + kl(order: $1, counts: counts) } / Double(orders.count)
        }

        private func permutations(_ items: [Int]) -> [[Int]] {
            guard items.count > 1 else { return [items] }
            return items.indices.flatMap { index in
                var rest = items
                let first = rest.remove(at: index)
                return permutations(rest).map { [first] + $0 }
            }
        }
    }

    /// KL̄ = Σ Z_j − Σ s_k Z_{m_k+1} equals the brute-force mean over all n! orders of the
    /// fixed-order sampler's KL, for every composition of n (and some with empty steps), on
    /// every built-in target with n ≤ 6.
    @Test(arguments: smallTargets)
    func matchesTheMeanOverOrders(target: ToyTarget) throws {
        let curve = try InformationCurve.cached(target)
        let reference = FixedOrderReference(target)
        let n = target.length
        var schedules = (1...n).flatMap { Self.compositionsReference(of: n, parts: $0) }
        schedules += [[0, n], [2, 0, n - 2, 0], [0, 0, 1, n - 1]]
        var worst = 0.0
        for counts in schedules {
            worst = max(worst, abs(curve.orderAveragedKL(counts: counts) - reference.averageKL(counts: counts)))
        }
        #expect(worst < 1e-10, "\(target.name): worst \(worst)")
        #expect(curve.orderAveragedKL(counts: Array(repeating: 1, count: n)) == 0)
        #expect(abs(curve.orderAveragedKL(counts: [n]) - curve.totalCorrelation) < 1e-12)
    }

    /// Jensen: the random-order sampler's output p is the mean of the p_π, and KL(q‖·) is convex,
    /// so its exact KL is at most KL̄ of its counts.
    @Test(arguments: smallTargets)
    func boundsTheSamplersKL(target: ToyTarget) throws {
        let curve = try InformationCurve.cached(target)
        for spec in ["linear", "beta:0.9,0.3", "beta:0.3,0.9"] {
            for steps in 1...target.length {
                for rounding in [TokenRounding.cumulative, .llada] {
                    let configuration = SamplerConfiguration(schedule: try MaskSchedule(spec: spec), steps: steps, rounding: rounding)
                    let counts = try configuration.plan(length: target.length).counts
                    let kl = SamplingErrorMetric.kl.value(try exactOutputDistribution(of: target, configuration), target: target)
                    #expect(kl <= curve.orderAveragedKL(counts: counts) + 1e-12, "\(target.name) \(spec) N=\(steps) \(counts)")
                }
            }
        }
    }

    /// The DP's profile has the least KL̄ of all compositions into N positive parts, and is the
    /// lexicographically first of those within 1e-12 of it.
    @Test(arguments: ToyTarget.builtIn)
    func optimalCountsAreOptimal(target: ToyTarget) throws {
        let curve = try InformationCurve.cached(target)
        let n = target.length
        for steps in 1...n {
            let counts = curve.optimalCounts(steps: steps)
            let all = Self.compositionsReference(of: n, parts: steps)
            let least = all.map { curve.orderAveragedKL(counts: $0) }.min()!
            #expect(counts.count == steps && counts.allSatisfy { $0 >= 1 } && counts.reduce(0, +) == n)
            #expect(abs(curve.orderAveragedKL(counts: counts) - least) < 1e-12, "\(target.name) N=\(steps)")
            let first = all.first { curve.orderAveragedKL(counts: $0) <= least + 1e-12 }!
            #expect(counts == first, "\(target.name) N=\(steps)")
        }
        #expect(try InformationCurve(of: .paperExtremes).optimalCounts(steps: 3) == [1, 1, 3])
    }
}
