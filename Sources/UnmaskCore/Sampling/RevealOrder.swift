import Foundation

/// Which masked positions a step reveals when it reveals k of them (docs/theory.md §9).
public enum RevealOrder: String, CaseIterable, Sendable {
    /// k positions uniformly at random (the ancestral sampler).
    case random
    /// LLaDA's low-confidence remasking: draw a value for every masked position, keep the k
    /// whose drawn value is most probable under the denoiser.
    case confidence
    /// The k positions with the largest margin, top-1 minus top-2 probability.
    case margin
    /// The k positions whose distribution has the lowest entropy.
    case entropy

    /// The score of a position under `margin` or `entropy` (larger is revealed first).
    func score(of distribution: [Double]) -> Double {
        switch self {
        case .margin:
            var first = 0.0, second = 0.0
            for p in distribution {
                if p > first {
                    second = first
                    first = p
                } else if p > second {
                    second = p
                }
            }
            return first - second
        case .entropy:
            return distribution.reduce(0) { $1 > 0 ? $0 + $1 * log($1) : $0 }
        case .random, .confidence:
            return 0
        }
    }
}

/// The `count` candidates with the largest scores, ties (by `tieKey`) to the lower position, in
/// position order.
func topPositions(_ candidates: [Int], scores: [Double], count: Int) -> [Int] {
    let keys = scores.map(tieKey)
    let ranked = candidates.indices.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : candidates[$0] < candidates[$1] }
    return ranked.prefix(count).map { candidates[$0] }.sorted()
}
