import Foundation
@testable import UnmaskCore

/// An independent reference for the exact policy evaluation: walks the whole probability tree of
/// an adaptive policy's random choices, every candidate's value drawn at every step (for both
/// policies, then the rule applied to the drawn values), with the denoiser recomputed by scanning
/// the support for every context and the uniform fallback followed through invalid contexts step
/// by step (the evaluation under test shortcuts those). For KLASS a state is its pattern and the
/// previous step's pattern, whose denoiser is recomputed the same way. Only for tiny targets.
struct BruteForcePolicySampler {
    let target: ToyTarget
    let configuration: PolicyConfiguration

    struct Result {
        /// p over every sequence reachable, valid or not.
        var outputs: [[UInt8]: Double] = [:]
        /// P(NFE = k).
        var nfe: [Int: Double] = [:]
        var capped = 0.0
    }

    /// A partial sequence and, for KLASS, the one of the step before (nil before the first step).
    private struct State: Hashable {
        var pattern: [UInt8]
        var previous: [UInt8]?
    }

    func run() -> Result {
        var result = Result()
        var layer: [State: Double] = [State(pattern: Array(repeating: maskToken, count: target.length)): 1]
        var steps = 0
        while !layer.isEmpty {
            var next: [State: Double] = [:]
            for (state, mass) in layer {
                let pattern = state.pattern
                if !pattern.contains(maskToken) {
                    result.outputs[pattern, default: 0] += mass
                    result.nfe[steps, default: 0] += mass
                    continue
                }
                let q = bruteForceDenoiser(target, pattern)
                let previous = state.previous.map { bruteForceDenoiser(target, $0) }
                let draw = q.map { tempered($0, temperature: configuration.temperature) }
                let isCapStep = steps + 1 == configuration.stepCap
                if isCapStep { result.capped += mass }
                let open = isCapStep ? pattern.indices.filter { pattern[$0] == maskToken } : currentBlock(pattern)
                for values in assignments(open, draw: draw) {
                    let probability = zip(open, values).reduce(1.0) { $0 * draw[$1.0][Int($1.1)] }
                    let chosen = isCapStep ? Array(open.indices) : select(open, values: values, q: q, previous: previous)
                    var child = pattern
                    for slot in chosen { child[open[slot]] = values[slot] }
                    let key = State(pattern: child, previous: configuration.policy.readsPreviousMarginals ? pattern : nil)
                    next[key, default: 0] += mass * probability
                }
            }
            layer = next
            steps += 1
        }
        return result
    }

    /// The masked positions of the leftmost block that has one.
    private func currentBlock(_ pattern: [UInt8]) -> [Int] {
        let size = configuration.blockLength ?? target.length
        for start in stride(from: 0, to: target.length, by: size) {
            let masked = (start..<(start + size)).filter { pattern[$0] == maskToken }
            if !masked.isEmpty { return masked }
        }
        return []
    }

    /// The rule, read off the definitions in docs/theory.md §11.
    private func select(_ open: [Int], values: [UInt8], q: [[Double]], previous: [[Double]]?) -> [Int] {
        switch configuration.policy {
        case let .threshold(tau):
            let confidences = zip(open, values).map { referenceRank(q[$0][Int($1)]) }
            let top = confidences.max()!
            let first = confidences.firstIndex(of: top)!
            return open.indices.filter { $0 == first || confidences[$0] >= referenceRank(tau) }
        case let .entropyBound(gamma):
            let entropies = open.map { position in -q[position].filter { $0 > 0 }.map { $0 * log($0) }.reduce(0, +) }
            let ranked = open.indices.sorted { (referenceRank(entropies[$0]), $0) < (referenceRank(entropies[$1]), $1) }
            var best = 1
            for size in 1...ranked.count {
                let prefix = ranked.prefix(size).map { entropies[$0] }
                if referenceRank(prefix.reduce(0, +) - prefix.max()!) <= referenceRank(gamma) { best = size }
            }
            return Array(ranked.prefix(best))
        case let .klass(tau, bound):
            let confidences = zip(open, values).map { referenceRank(q[$0][Int($1)]) }
            let chosen = open.indices.filter { slot in
                guard let previous, confidences[slot] >= referenceRank(tau) else { return false }
                // KL(q_i ‖ q_i′), summed over the values q_i gives mass.
                let p = q[open[slot]], before = previous[open[slot]]
                if p.indices.contains(where: { p[$0] > 0 && before[$0] == 0 }) { return false }
                let kl = p.indices.filter { p[$0] > 0 }.map { p[$0] * (log(p[$0]) - log(before[$0])) }.reduce(0, +)
                return kl <= bound + 1e-12
            }
            if !chosen.isEmpty { return chosen }
            let top = confidences.max()!
            return [confidences.firstIndex(of: top)!]
        }
    }

    /// Every joint value of `positions` that the draw distributions allow.
    private func assignments(_ positions: [Int], draw: [[Double]]) -> [[UInt8]] {
        var result: [[UInt8]] = [[]]
        for position in positions {
            let allowed = draw[position].indices.filter { draw[position][$0] > 0 }
            result = result.flatMap { prefix in allowed.map { prefix + [UInt8($0)] } }
        }
        return result
    }
}
