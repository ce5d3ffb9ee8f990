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
        // One flat length × d table summed through a raw buffer: indexing an array of arrays
        // checked the inner array's uniqueness on every addition (a quarter of a Monte Carlo run).
        let size = vocabularySize
        var flat = [Double](repeating: 0, count: length * size)
        var total = 0.0
        flat.withUnsafeMutableBufferPointer { table in
            for index in consistent {
                let weight = probabilities[Int(index)]
                total += weight
                sequences[Int(index)].withUnsafeBufferPointer { sequence in
                    for position in 0..<length { table[position * size + Int(sequence[position])] += weight }
                }
            }
        }
        guard total > 0 else { return nil }
        return (0..<length).map { position in (0..<size).map { flat[position * size + $0] / total } }
    }

    /// The denoiser's distribution for every position given a partial sequence (`maskToken` for
    /// masked positions). In a zero-probability context every masked position is uniform, the
    /// ε → 0 limit of smoothing q with ε·uniform; everything sampled from there is invalid.
    public func denoiser(given pattern: [UInt8]) -> Denoising {
        denoiser(given: pattern, consistent: consistentIndices(with: pattern))
    }

    /// `denoiser(given:)` with the consistent sequences already found (a trajectory narrows them
    /// step by step instead of scanning the whole support each time).
    func denoiser(given pattern: [UInt8], consistent: [Int32]) -> Denoising {
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
