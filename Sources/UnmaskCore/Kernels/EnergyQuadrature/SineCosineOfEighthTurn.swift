import Foundation

/// `(sin θ, cos θ)` for `0 ≤ θ ≤ π/4`, from their Taylor polynomials in `z = θ²`,
///
///     sin θ = θ·Σ_{k≤9} (−z)ᵏ/(2k+1)!,   cos θ = Σ_{k≤9} (−z)ᵏ/(2k)!,
///
/// both by Horner's rule in the two lanes of one vector (coefficients rounded from the exact
/// factorials). The first neglected terms are below θ²¹/21! < 1e-20 and θ²⁰/20! < 3e-21 for θ ≤ π/4,
/// and each alternating sum stays above ⅔ of its leading term, so rounding keeps both within a few
/// ulp (tested against libm).
@inline(__always)
func sineCosineOfEighthTurn(_ theta: Double) -> (sin: Double, cos: Double) {
    let z = SIMD2<Double>(repeating: theta * theta)
    var p = SIMD2<Double>(-0x1.2f49b46814157p-57, -0x1.6827863b97d97p-53)
    p = p * z + SIMD2(0x1.952c77030ad4ap-49, 0x1.ae7f3e733b81fp-45)
    p = p * z + SIMD2(-0x1.ae7f3e733b81fp-41, -0x1.93974a8c07c9dp-37)
    p = p * z + SIMD2(0x1.6124613a86d09p-33, 0x1.1eed8eff8d898p-29)
    p = p * z + SIMD2(-0x1.ae64567f544e4p-26, -0x1.27e4fb7789f5cp-22)
    p = p * z + SIMD2(0x1.71de3a556c734p-19, 0x1.a01a01a01a01ap-16)
    p = p * z + SIMD2(-0x1.a01a01a01a01ap-13, -0x1.6c16c16c16c17p-10)
    p = p * z + SIMD2(0x1.1111111111111p-7, 0x1.5555555555555p-5)
    p = p * z + SIMD2(-0x1.5555555555555p-3, -0x1.0000000000000p-1)
    p = p * z + SIMD2(0x1.0000000000000p+0, 0x1.0000000000000p+0)
    return (theta * p[0], p[1])
}
