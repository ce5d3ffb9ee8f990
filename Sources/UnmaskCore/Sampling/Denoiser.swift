extension ToyTarget {
    /// Indices of the support sequences that agree with every unmasked token of `pattern`,
    /// searched among `candidates` (all sequences when nil).
    func consistentIndices(with pattern: [UInt8], among candidates: [Int32]? = nil) -> [Int32] {
        let unmasked = pattern.indices.filter { pattern[$0] != maskToken }
        let pool = candidates ?? sequences.indices.map { Int32($0) }
        return pool.filter { index in
            let sequence = sequences[Int(index)]
            return unmasked.allSatisfy { sequence[$0] == pattern[$0] }
        }
    }

    /// The exact denoiser q(x^i = v | z) for every position i, from the consistent sequences
    /// (docs/theory.md §9): Σ_{x ~ z, x^i = v} q(x) / Σ_{x ~ z} q(x). Unmasked positions get a point
    /// mass. Returns nil when no sequence of the target is consistent (a zero-probability
    /// context).
    func marginals(over consistent: [Int32], length: Int) -> [[Double]]? {
        var marginals = Array(repeating: Array(repeating: 0.0, count: vocabularySize), count: length)
        var total = 0.0
        for index in consistent {
            let weight = probabilities[Int(index)]
            total += weight
            for (position, token) in sequences[Int(index)].enumerated() {
                marginals[position][Int(token)] += weight
            }
        }
        guard total > 0 else { return nil }
        // In place: a second table of length × d rows doubled the allocations of every step.
        for position in marginals.indices {
            for value in marginals[position].indices { marginals[position][value] /= total }
        }
        return marginals
    }

    /// The denoiser's distribution for every position given a partial sequence (`maskToken` for
    /// masked positions). In a zero-probability context every masked position is uniform, the
    /// ε → 0 limit of smoothing q with ε·uniform; everything sampled from there is invalid.
    public func denoiser(given pattern: [UInt8]) -> Denoising {
        let consistent = consistentIndices(with: pattern)
        if let marginals = marginals(over: consistent, length: length) {
            return Denoising(distributions: marginals, isValidContext: true)
        }
        let uniform = Array(repeating: 1 / Double(vocabularySize), count: vocabularySize)
        let distributions = pattern.map { token -> [Double] in
            guard token != maskToken else { return uniform }
            var point = Array(repeating: 0.0, count: vocabularySize)
            point[Int(token)] = 1
            return point
        }
        return Denoising(distributions: distributions, isValidContext: false)
    }
}

/// The denoiser's output for one context: a distribution over the alphabet per position.
public struct Denoising: Sendable, Equatable {
    /// distributions[i][v] = q(x^i = v | context).
    public let distributions: [[Double]]
    /// False when no sequence of the target is consistent with the context (uniform fallback).
    public let isValidContext: Bool
}
