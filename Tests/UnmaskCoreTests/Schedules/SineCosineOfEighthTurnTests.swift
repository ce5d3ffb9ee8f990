import Foundation
import Testing
@testable import UnmaskCore

/// `sineCosineOfEighthTurn`, the polynomial pair behind the sine and cosine schedules' γ̇, against libm's
/// sin and cos (correctly rounded to within an ulp) over the whole range [0, π/4], and the γ̇ it serves
/// against the defining formula.
@Suite("Schedules: sine and cosine of an eighth turn")
struct SineCosineOfEighthTurnTests {
    @Test func matchesLibmOverTheRange() {
        var worstSine = 0.0, worstCosine = 0.0
        for k in 0...20_000 {
            let theta = Double.pi / 4 * Double(k) / 20_000
            let (s, c) = sineCosineOfEighthTurn(theta)
            if theta > 0 { worstSine = max(worstSine, abs(s - sin(theta)) / sin(theta).ulp) }
            worstCosine = max(worstCosine, abs(c - cos(theta)) / cos(theta).ulp)
        }
        #expect(worstSine <= 4, "sine off by \(worstSine) ulp")
        #expect(worstCosine <= 4, "cosine off by \(worstCosine) ulp")
        #expect(sineCosineOfEighthTurn(0) == (0, 1))
        let tiny = 1e-300
        #expect(sineCosineOfEighthTurn(tiny).sin == tiny)
    }

    /// γ̇ of α = sin(πt/2) by the rewritten formula against cos(π(1 − t)/4)/√(2·sin(πt/2)) from libm,
    /// down to t = 1e-300 (where γ̇ grows like t^{-1/2}) and up to t = 1.
    @Test func sineGammaDotMatchesTheDefiningFormula() {
        var points = (0...1000).map { Double($0) / 1000 }.dropFirst().map { $0 }
        points += (1...300).map { pow(10, -Double($0)) }
        for t in points {
            let u = 1 - t
            let direct = cos(Double.pi / 4 * u) / (2 * sin(Double.pi / 2 * t)).squareRoot()
            let computed = sineGammaDot(t: t, u: u)
            #expect(isClose(computed, direct, relative: 1e-14), "t=\(t): \(computed) vs \(direct)")
        }
    }
}
