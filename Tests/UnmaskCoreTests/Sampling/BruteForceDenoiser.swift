@testable import UnmaskCore

/// q(x^i | z) for every position by scanning the whole support of `target`, for the brute-force
/// samplers (independent of `SupportProjections` and the denoiser the product uses); uniform at
/// masked positions when no support sequence agrees with z.
func bruteForceDenoiser(_ target: ToyTarget, _ pattern: [UInt8]) -> [[Double]] {
    var rows = Array(repeating: Array(repeating: 0.0, count: target.vocabularySize), count: target.length)
    var total = 0.0
    for (sequence, probability) in zip(target.sequences, target.probabilities)
    where pattern.indices.allSatisfy({ pattern[$0] == maskToken || pattern[$0] == sequence[$0] }) {
        total += probability
        for (position, token) in sequence.enumerated() { rows[position][Int(token)] += probability }
    }
    if total > 0 { return rows.map { $0.map { $0 / total } } }
    return pattern.map { token in
        token == maskToken
            ? Array(repeating: 1 / Double(target.vocabularySize), count: target.vocabularySize)
            : (0..<target.vocabularySize).map { $0 == Int(token) ? 1 : 0 }
    }
}
