import Foundation

/// A mask schedule α_t in the paper's convention: t = 0 is fully masked, t = 1 is clean data, and
/// α_t is the probability that a token is unmasked at time t (α_0 = 0, α_1 = 1, increasing).
///
/// Every schedule is also a weight: its geodesic speed γ_t = (2/π)·arcsin √α_t (docs/theory.md §2), so
/// α_t = sin²(π/2·γ_t). The family stores whichever of α or γ has the simpler closed form, and
/// every quantity is computed together with its complement (1 − α, 1 − γ) so values near t = 1
/// keep their relative accuracy.
public struct MaskSchedule: Sendable, Hashable {
    /// The closed-form families, each in the convention above.
    public enum Family: Sendable, Hashable {
        /// γ_t = I_t(a, b), the Beta(a, b) CDF; α_t = sin²(π/2·I_t(a, b)) (the paper's search space).
        case beta(a: Double, b: Double)
        /// α_t = t (Beta(½, ½)).
        case linear
        /// α_t = sin(πt/2) (MDLM's "cosine").
        case sine
        /// α_t = 1 − cos(πt/2) (MD4's and MaskGIT's "cosine"; the mirror of `sine`).
        case cosine
        /// α_t = sin²(πt/2), i.e. γ_t = t (Beta(1, 1), the uniform weight).
        case sin2
        /// α_t = t^k.
        case poly(k: Double)
        /// α_t = 1 − (1 − t)^k: the masked fraction is (1 − t)^k (MD4's "polyK" in our time; the
        /// mirror of `poly`).
        case polyMask(k: Double)
    }

    public let family: Family

    public init(_ family: Family) {
        self.family = family
    }

    /// The uniform weight γ_t = t, the default weight everywhere.
    public static let uniform = MaskSchedule(.sin2)
}
