@testable import UnmaskCore

/// An independent reference for the exact evaluation: walks the whole probability tree of the
/// sampler's random choices over all d^n sequences, with the denoiser recomputed by scanning the
/// support for every context and the uniform fallback followed through invalid contexts (the
/// evaluation under test collapses those). Only for tiny targets.
struct BruteForceSampler {
    let target: ToyTarget
    let configuration: SamplerConfiguration

    /// p over every sequence reachable, keyed by the sequence: every partial sequence is kept,
    /// valid or not, step after step.
    func outputDistribution() throws -> [[UInt8]: Double] {
        var layer: [[UInt8]: Double] = [Array(repeating: maskToken, count: target.length): 1]
        for step in try configuration.plan(length: target.length) {
            var next: [[UInt8]: Double] = [:]
            for (pattern, mass) in layer {
                let q = bruteForceDenoiser(target, pattern)
                let draw = q.map { tempered($0, temperature: configuration.temperature) }
                let masked = step.positions.filter { pattern[$0] == maskToken }
                for (subset, values, probability) in outcomes(step, masked: masked, q: q, draw: draw) where probability > 0 {
                    var child = pattern
                    for (position, value) in zip(subset, values) { child[position] = value }
                    next[child, default: 0] += mass * probability
                }
            }
            layer = next
        }
        return layer
    }

    /// Every (positions, values) a step can produce, with its probability.
    private func outcomes(_ step: PlannedStep, masked: [Int], q: [[Double]], draw: [[Double]]) -> [([Int], [UInt8], Double)] {
        var result: [([Int], [UInt8], Double)] = []
        if configuration.order == .confidence {
            for values in allAssignments(count: masked.count) {
                let drawn = zip(masked, values).reduce(1.0) { $0 * draw[$1.0][Int($1.1)] }
                for (count, countProbability) in counts(step, masked: masked.count) {
                    let confidences = zip(masked, values).map { referenceRank(q[$0][Int($1)]) }
                    let ranked = masked.indices.sorted { confidences[$0] != confidences[$1] ? confidences[$0] > confidences[$1] : $0 < $1 }
                    let kept = ranked.prefix(count).sorted()
                    result.append((kept.map { masked[$0] }, kept.map { values[$0] }, drawn * countProbability))
                }
            }
            return result
        }
        for (count, countProbability) in counts(step, masked: masked.count) {
            let subsets: [([Int], Double)]
            switch configuration.order {
            case .random:
                let all = combinations(of: masked, size: count)
                subsets = all.map { ($0, 1 / Double(all.count)) }
            default:
                let scores = masked.map { referenceRank(configuration.order.score(of: q[$0])) }
                let ranked = masked.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
                subsets = [(ranked.prefix(count).map { masked[$0] }.sorted(), 1)]
            }
            for (subset, subsetProbability) in subsets {
                for values in allAssignments(count: subset.count) {
                    let drawn = zip(subset, values).reduce(1.0) { $0 * draw[$1.0][Int($1.1)] }
                    result.append((subset, values, drawn * subsetProbability * countProbability))
                }
            }
        }
        return result
    }

    private func counts(_ step: PlannedStep, masked: Int) -> [(Int, Double)] {
        if !step.isStochastic { return [(min(step.tokens, masked), 1)] }
        let p = step.revealProbability
        // Enumerate Bernoulli outcomes position by position rather than using the binomial formula.
        var distribution = [1.0]
        for _ in 0..<masked {
            var next = Array(repeating: 0.0, count: distribution.count + 1)
            for (c, probability) in distribution.enumerated() {
                next[c] += probability * (1 - p)
                next[c + 1] += probability * p
            }
            distribution = next
        }
        return distribution.enumerated().map { ($0.offset, $0.element) }
    }

    private func allAssignments(count: Int) -> [[UInt8]] {
        ToyTarget.allSequences(length: count, symbols: target.vocabularySize)
    }
}
