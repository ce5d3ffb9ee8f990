/// `1/Γ(1 + a) − 1` for `−0.5 ≤ a ≤ 1.5` with full relative accuracy, also near its zeros
/// `a = 0` and `a = 1` (TOMS 708's `gam1`).
///
/// For `|a| ≤ ½` the Taylor series `1/Γ(1+a) = Σ_k c_k·a^k` (coefficients from mpmath, degree 22,
/// truncation < 1e-21); for `½ < a ≤ 1.5`, `1/Γ(1+a) = (1/Γ(a))/a` gives
/// `gam1(a) = (gam1(a − 1) − (a − 1))/a` without cancellation.
@usableFromInline
func reciprocalGammaOnePlusMinusOne(_ a: Double) -> Double {
    if a > 0.5 {
        let t = a - 1  // exact for a ∈ [0.5, 2]
        return (reciprocalGammaSeries(t) - t) / a
    }
    return reciprocalGammaSeries(a)
}

/// `Σ_{k≥1} c_k·t^k = 1/Γ(1 + t) − 1` for `|t| ≤ ½`.
@inline(__always)
private func reciprocalGammaSeries(_ t: Double) -> Double {
    var s = -0x1.72cb88ea5ae6ep-46
    s = s * t + 0x1.1f20151323cd0p-41
    s = s * t - 0x1.0423bac8ca3fbp-38
    s = s * t + 0x1.11d065bfaf067p-37
    s = s * t + 0x1.cae7675c18607p-34
    s = s * t - 0x1.44b4cedca388fp-30
    s = s * t + 0x1.57bc3fc384334p-28
    s = s * t + 0x1.a44b7ba22d629p-28
    s = s * t - 0x1.b9986666c225dp-23
    s = s * t + 0x1.302509dbc0de3p-20
    s = s * t - 0x1.4fad41fc34fbbp-20
    s = s * t - 0x1.51ce8af47eabep-16
    s = s * t + 0x1.0c8a78cd9f9d2p-13
    s = s * t - 0x1.c364fe6f1563dp-13
    s = s * t - 0x1.317112ce3a2a8p-10
    s = s * t + 0x1.d919c527f60b2p-8
    s = s * t - 0x1.3b4af28483e21p-7
    s = s * t - 0x1.59af103c34092p-5
    s = s * t + 0x1.5512320b43fbep-3
    s = s * t - 0x1.5815e8fa27048p-5
    s = s * t - 0x1.4fcf4026afa2ep-1
    s = s * t + 0x1.2788cfc6fb619p-1
    return s * t
}
