import Foundation

/// γ̇_t of one schedule, for evaluating many times (a quadrature's nodes): constants of the
/// schedule are computed once. For Beta(a, b), γ̇ = f_{a,b}(t) =
/// exp((a − 1)·ln t + (b − 1)·ln(1 − t) − ln B(a, b)) with ln B precomputed (`BetaSpeed`), relative
/// error ≲ |exponent|·ε (below 1e-13 wherever the value does not underflow); other families use
/// `MaskSchedule.gammaDot(at:complement:)`.
struct GeodesicSpeed: Sendable {
    private let schedule: MaskSchedule
    private let beta: BetaSpeed?

    init(_ schedule: MaskSchedule) {
        self.schedule = schedule
        if case let .beta(a, b) = schedule.family {
            beta = BetaSpeed(a: a, b: b)
        } else {
            beta = nil
        }
    }

    /// γ̇ at t, with `complement` = 1 − t supplied exactly.
    @inline(__always)
    func callAsFunction(_ t: Double, complement u: Double) -> Double {
        if let beta, t > 0, u > 0 {
            if t >= Double.leastNormalMagnitude, u >= Double.leastNormalMagnitude {
                let ln = logPair(SIMD2(t, u))
                return beta.value(logT: (ln.hi[0], ln.lo[0]), logU: (ln.hi[1], ln.lo[1]))
            }
            return exp((beta.a - 1) * log(t) + (beta.b - 1) * log(u) - beta.logNormaliser)
        }
        return schedule.gammaDot(at: t, complement: u)
    }
}
