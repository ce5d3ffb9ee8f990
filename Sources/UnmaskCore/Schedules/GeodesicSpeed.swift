import Foundation

/// γ̇_t of one schedule, for evaluating many times (a quadrature's nodes): constants of the
/// schedule are computed once. For Beta(a, b), γ̇ = f_{a,b}(t) =
/// exp((a − 1)·ln t + (b − 1)·ln(1 − t) − ln B(a, b)) with ln B precomputed, relative error
/// ≲ |exponent|·ε (below 1e-13 wherever the value does not underflow); other families use
/// `MaskSchedule.gammaDot(at:complement:)`.
struct GeodesicSpeed: Sendable {
    private let schedule: MaskSchedule
    private let logNormaliser: Double

    init(_ schedule: MaskSchedule) {
        self.schedule = schedule
        if case let .beta(a, b) = schedule.family {
            logNormaliser = logBeta(a, b)
        } else {
            logNormaliser = 0
        }
    }

    /// γ̇ at t, with `complement` = 1 − t supplied exactly.
    @inline(__always)
    func callAsFunction(_ t: Double, complement u: Double) -> Double {
        if case let .beta(a, b) = schedule.family, t > 0, u > 0 {
            return exp((a - 1) * log(t) + (b - 1) * log(u) - logNormaliser)
        }
        return schedule.gammaDot(at: t, complement: u)
    }
}
