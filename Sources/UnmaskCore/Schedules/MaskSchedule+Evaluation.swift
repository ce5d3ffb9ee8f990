import Foundation

/// A value in [0, 1] together with its complement 1 − value, each carried with full relative
/// accuracy (the complement of a value near 1 is not computed as 1 − value).
public struct UnitPair: Sendable, Hashable {
    public var value: Double
    public var complement: Double

    public init(value: Double, complement: Double) {
        self.value = value
        self.complement = complement
    }

    /// The pair with value and complement exchanged: the same quantity for the mirrored schedule.
    public var swapped: UnitPair { UnitPair(value: complement, complement: value) }

    /// The pair a kernel function returns (`powerAlphaPair`).
    init(_ pair: (value: Double, complement: Double)) {
        self.init(value: pair.value, complement: pair.complement)
    }
}

extension MaskSchedule {
    /// γ_t = (2/π)·arcsin √α_t and 1 − γ_t; `complement` is 1 − t supplied exactly by the caller.
    public func gammaPair(at t: Double, complement u: Double) -> UnitPair {
        switch family {
        case let .beta(a, b):
            let pair = regularizedIncompleteBetaPair(t, a: a, b: b)
            return UnitPair(value: pair.value, complement: pair.complement)
        case .sin2:
            return UnitPair(value: t, complement: u)
        case .linear, .sine, .cosine, .poly, .polyMask:
            return Self.gammaPair(fromAlpha: alphaPair(at: t, complement: u))
        }
    }

    /// γ_t and 1 − γ_t at time t.
    public func gammaPair(at t: Double) -> UnitPair {
        gammaPair(at: t, complement: 1 - t)
    }

    /// γ_t = (2/π)·arcsin √α_t: the weight (interpolation) schedule of this mask schedule.
    public func gamma(at t: Double) -> Double {
        gammaPair(at: t).value
    }

    /// α_t and 1 − α_t; `complement` is 1 − t supplied exactly by the caller.
    public func alphaPair(at t: Double, complement u: Double) -> UnitPair {
        switch family {
        case .beta, .sin2:
            let gamma = gammaPair(at: t, complement: u)
            return Self.alphaPair(fromGamma: gamma)
        case .linear:
            return UnitPair(value: t, complement: u)
        case .sine:
            return Self.sineAlphaPair(t: t, u: u)
        case .cosine:
            return Self.sineAlphaPair(t: u, u: t).swapped
        case let .poly(k):
            return UnitPair(powerAlphaPair(t: t, u: u, k: k))
        case let .polyMask(k):
            return UnitPair(powerAlphaPair(t: u, u: t, k: k)).swapped
        }
    }

    /// α_t and 1 − α_t at time t.
    public func alphaPair(at t: Double) -> UnitPair {
        alphaPair(at: t, complement: 1 - t)
    }

    /// α_t, the probability that a token is unmasked at time t.
    public func alpha(at t: Double) -> Double {
        alphaPair(at: t).value
    }

    /// γ̇_t = dγ/dt, the speed along the Fisher–Rao geodesic as a fraction of its length;
    /// `complement` is 1 − t supplied exactly by the caller. Infinite at an end where the
    /// schedule's endpoint exponent is negative.
    public func gammaDot(at t: Double, complement u: Double) -> Double {
        switch family {
        case let .beta(a, b):
            return betaDensity(at: t, complement: u, a: a, b: b)
        case .sin2:
            return 1
        case .linear:
            return 1 / (Double.pi * (t * u).squareRoot())
        case .sine:
            return sineGammaDot(t: t, u: u)
        case .cosine:
            return sineGammaDot(t: u, u: t)
        case let .poly(k):
            return powerGammaDot(t: t, u: u, k: k)
        case let .polyMask(k):
            return powerGammaDot(t: u, u: t, k: k)
        }
    }

    /// γ̇_t at time t.
    public func gammaDot(at t: Double) -> Double {
        gammaDot(at: t, complement: 1 - t)
    }

    /// α̇_t = (π/2)·sin(π·γ_t)·γ̇_t (differentiating α = sin²(π/2·γ)).
    public func alphaDot(at t: Double) -> Double {
        let u = 1 - t
        let gamma = gammaPair(at: t, complement: u)
        let sine = sin(Double.pi * min(gamma.value, gamma.complement))
        if sine == 0 { return 0 }
        return Double.pi / 2 * sine * gammaDot(at: t, complement: u)
    }

    /// Exponents p₀, p₁ with γ̇_t ~ c₀·t^{p₀} as t → 0 and γ̇_t ~ c₁·(1 − t)^{p₁} as t → 1.
    ///
    /// They decide whether an energy integral converges (docs/theory.md §3): the integrand
    /// γ̇_α²/γ̇_w behaves like t^{2p₀(α) − p₀(w)}.
    public var endpointExponents: (atZero: Double, atOne: Double) {
        switch family {
        case let .beta(a, b): return (a - 1, b - 1)
        case .linear: return (-0.5, -0.5)
        case .sine: return (-0.5, 0)
        case .cosine: return (0, -0.5)
        case .sin2: return (0, 0)
        case let .poly(k): return (k / 2 - 1, -0.5)
        case let .polyMask(k): return (-0.5, k / 2 - 1)
        }
    }

    /// The Beta(a, b) parameters whose schedule this is exactly, if any (linear is Beta(½, ½),
    /// sin2 is Beta(1, 1)); these pairs have a closed-form energy.
    public var betaParameters: (a: Double, b: Double)? {
        switch family {
        case let .beta(a, b): return (a, b)
        case .linear: return (0.5, 0.5)
        case .sin2: return (1, 1)
        case .poly(k: 1), .polyMask(k: 1): return (0.5, 0.5)
        case .sine, .cosine, .poly, .polyMask: return nil
        }
    }

    // MARK: - Family formulas

    /// γ = (2/π)·arcsin √α, taking the arcsine of the smaller of α and 1 − α for accuracy.
    static func gammaPair(fromAlpha alpha: UnitPair) -> UnitPair {
        if alpha.value <= alpha.complement {
            let gamma = 2 / Double.pi * asin(alpha.value.squareRoot())
            return UnitPair(value: gamma, complement: 1 - gamma)
        }
        let complement = 2 / Double.pi * asin(alpha.complement.squareRoot())
        return UnitPair(value: 1 - complement, complement: complement)
    }

    /// α = sin²(π/2·γ) and 1 − α = sin²(π/2·(1 − γ)).
    static func alphaPair(fromGamma gamma: UnitPair) -> UnitPair {
        let s = sin(Double.pi / 2 * gamma.value)
        let c = sin(Double.pi / 2 * gamma.complement)
        return UnitPair(value: s * s, complement: c * c)
    }

    /// α = sin(πt/2) and 1 − α, taken as 2·sin²(π(1 − t)/4) for t > ½ where the direct
    /// difference would cancel.
    static func sineAlphaPair(t: Double, u: Double) -> UnitPair {
        let alpha = sin(Double.pi / 2 * t)
        guard t > 0.5 else { return UnitPair(value: alpha, complement: 1 - alpha) }
        let half = sin(Double.pi / 4 * u)
        return UnitPair(value: alpha, complement: 2 * half * half)
    }
}
