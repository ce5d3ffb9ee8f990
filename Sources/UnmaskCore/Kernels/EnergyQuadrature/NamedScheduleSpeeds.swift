import Foundation

// γ̇ of the named families whose formulas are more than one line, for `MaskSchedule.gammaDot` and for the
// energy quadrature's integrands (t = 0 fully masked, t = 1 clean data; `u` = 1 − t supplied exactly).

/// γ̇ for α = sin(πt/2): (1/π)·α̇/√(α(1−α)) simplifies to cos(π(1 − t)/4)/√(2·sin(πt/2)). With
/// θ = πt/4, s = sin θ and c = cos θ, cos(π/4 − θ) = (c + s)/√2 and sin 2θ = 2sc, so that
///
///     γ̇ = (c + s)/(2·√(2sc)),
///
/// every operation on positive numbers (no cancellation), from one polynomial pair instead of two
/// libm calls (a cosine-weight quadrature ran 10–14% faster for it, same-process timing). The cosine
/// schedule, its mirror, is `sineGammaDot(t: u, u: t)`.
@inline(__always)
func sineGammaDot(t: Double, u: Double) -> Double {
    let (s, c) = sineCosineOfEighthTurn(Double.pi / 4 * t)
    return (c + s) / (2 * (2 * s * c).squareRoot())
}

/// α = t^k and 1 − α = −expm1(k·ln t), with ln t = log1p(−u) near t = 1.
func powerAlphaPair(t: Double, u: Double, k: Double) -> (value: Double, complement: Double) {
    let logT = u < 0.5 ? log1p(-u) : log(t)
    return (exp(k * logT), -expm1(k * logT))
}

/// γ̇ for α = t^k: (k/π)·t^{k/2 − 1}/√(1 − t^k). The mirror α = 1 − (1 − t)^k is
/// `powerGammaDot(t: u, u: t, k: k)`.
func powerGammaDot(t: Double, u: Double, k: Double) -> Double {
    let alpha = powerAlphaPair(t: t, u: u, k: k)
    return k / Double.pi * pow(t, k / 2 - 1) / alpha.complement.squareRoot()
}
