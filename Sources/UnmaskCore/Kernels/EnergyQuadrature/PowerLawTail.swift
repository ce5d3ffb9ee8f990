#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The power-law continuation of an integrand beyond the last node where it is evaluated.
///
/// Near an endpoint the integrand behaves as `g ≈ c·δ^p`, with `δ` the distance to that endpoint
/// and `p` the exponent known to the caller. Anchored at a node `a` where `g(δ_a) = g_a`, the
/// continuation is `g(δ) = g_a·(δ/δ_a)^p`, and its tanh-sinh terms are
///
///     F(x) = g·t′(x) = F_a · (δ/δ_a)^{p+1} · r(x)/r(x_a),    r(x) = π·cosh x·(1 − δ),
///
/// evaluated through `log δ`, so nodes whose `δ` is far below the double range (`x` up to 9,
/// `δ ≈ e^{−12 729}`) still count. This is what `t^{−0.99}` needs: it still carries 76 % of its
/// mass below `t = 10⁻¹²`, and 0.2 % below `10⁻²⁷⁵`.
///
/// Beyond the last extrapolated node `X` the rest of the trapezoidal sum is closed by
/// Euler–Maclaurin:
///
///     h·Σ_{k≥1} F(X + kh) ≈ ∫_X^∞ F − (h/2)·F(X) − (h²/12)·F′(X),
///     ∫_X^∞ F dx = ∫_0^{δ_X} c·δ^p dδ = F(X) / ((p+1)·r(X)),   F′(X) ≈ F(X)·(tanh X − (p+1)·r(X)).
///
/// Summed, the extrapolated terms are the trapezoidal discretisation of
/// `∫_0^{δ_a} g ≈ g_a·δ_a/(1+p)`, exact for a pure power law, consistent with the evaluated
/// nodes (so the rule keeps its double-exponential convergence) and free of any truncation
/// point `t₀` chosen by hand.
///
/// Error model: for `g = c·δ^p·(1 + k·δ^ε)` the continuation drops the correction, a relative
/// error of about `|k|·δ_a^ε` of the extrapolated mass, which is `O(δ_a)` for the usual `ε = 1`
/// and negligible at the usual anchor `δ_a ≈ 10⁻²⁷⁵`. `mismatch`, the relative deviation from
/// the power law between the anchor and the previous level-0 node, bounds it when the
/// correction decreases towards the endpoint. Factors such as `log δ` are not power laws: their
/// relative error is about `1/((p+1)·log(1/δ_a))` of the extrapolated mass, which matters only
/// for `p` close to −1 and shows up in `mismatch`.
struct PowerLawTail {
    /// The endpoint exponent `p`.
    let exponent: Double
    /// The anchor node.
    let anchor: TanhSinhNode
    /// `F_a = g_a·t′(x_a)`, the anchor's term before the factor `h`.
    let anchorTerm: Double
    /// Relative deviation from the power law between the anchor and the previous node.
    let mismatch: Double

    /// Anchors the continuation at `node`, where the integrand is `value`.
    init(exponent: Double, anchor node: TanhSinhNode, value: Double, mismatch: Double) {
        self.exponent = exponent
        anchor = node
        anchorTerm = value * node.weight
        self.mismatch = mismatch
    }

    /// Whether the continuation makes the integral diverge: `p ≤ −1` and a non-zero integrand.
    var divergence: Double? {
        guard exponent <= -1, anchorTerm != 0 else { return nil }
        return anchorTerm > 0 ? .infinity : -.infinity
    }

    /// `F(x)` at a node beyond the anchor, before the factor `h`.
    func term(at node: TanhSinhNode) -> Double {
        guard anchorTerm != 0 else { return 0 }
        return anchorTerm * exp((exponent + 1) * (node.logNear - anchor.logNear))
            * (node.decayRate / anchor.decayRate)
    }

    /// `h·Σ_{k≥1} F(X + kh)`: the sum beyond the last extrapolated node `last`, whose term is
    /// `lastTerm`, in closed form.
    func remainder(after last: TanhSinhNode, lastTerm: Double, step h: Double) -> Double {
        guard lastTerm != 0 else { return 0 }
        let rate = (exponent + 1) * last.decayRate
        let integral = lastTerm / rate
        let slope = lastTerm * (tanh(last.x) - rate)
        return integral - 0.5 * h * lastTerm - h * h / 12 * slope
    }

    /// `|(g/g_inner)·(δ_inner/δ)^p − 1|`: how far two evaluated values are from one power law.
    /// 0 when both values are 0, `+∞` when it cannot be formed.
    static func mismatch(
        value: Double, near: Double, innerValue: Double, innerNear: Double, exponent: Double
    ) -> Double {
        if value == 0 && innerValue == 0 { return 0 }
        let ratio = (value / innerValue) / pow(near / innerNear, exponent)
        let deviation = abs(ratio - 1)
        return deviation.isNaN ? .infinity : deviation
    }
}
