import Foundation

/// The density of the Beta(a, b) distribution,
///
///     f(t) = t^(a−1)·(1 − t)^(b−1) / B(a, b),   0 ≤ t ≤ 1,  a, b > 0,
///
/// with relative error ≲ 1e-15 (absolute ≲ 1e-300 where the value underflows): the logarithm
/// `ln f = ln(t^a (1−t)^b / B(a,b)) − ln t − ln(1 − t)` is formed in double-double arithmetic
/// (see `logBetaPowerTerm`) and exponentiated once.
///
/// At the ends the exact limits are returned: `f(0) = +∞` for `a < 1`, `b` for `a = 1`
/// (since `1/B(1, b) = b`) and `0` for `a > 1`; symmetrically at `t = 1`.
/// Returns NaN for `t` outside `[0, 1]`, NaN `t`, or `a`, `b` not finite and positive.
public func betaDensity(at t: Double, a: Double, b: Double) -> Double {
    guard t >= 0, t <= 1 else { return .nan }
    return betaDensity(at: t, complementDoubleDouble: DoubleDouble.sum(1, -t), a: a, b: b)
}

/// The Beta(a, b) density at `t`, where the caller supplies `complement = 1 − t` exactly.
///
/// Use this near `t = 1`, where `1 − t` is not recoverable from the rounded `t`: the factor
/// `(1 − t)^(b−1)` is then computed from `complement`, and `t^(a−1)` from `t`.
/// `f = t^(a−1)·complement^(b−1)/B(a, b)`; same accuracy and end-point limits as
/// `betaDensity(at:a:b:)` (the ends are `t == 0` and `complement == 0`).
public func betaDensity(at t: Double, complement: Double, a: Double, b: Double) -> Double {
    guard t >= 0, t <= 1, complement >= 0, complement <= 1 else { return .nan }
    return betaDensity(at: t, complementDoubleDouble: DoubleDouble(complement), a: a, b: b)
}

private func betaDensity(at t: Double, complementDoubleDouble y: DoubleDouble, a: Double, b: Double) -> Double {
    guard a > 0, b > 0, a.isFinite, b.isFinite else { return .nan }
    if t == 0 {
        if a < 1 { return .infinity }
        return a == 1 ? b : 0
    }
    if y.hi == 0 {
        if b < 1 { return .infinity }
        return b == 1 ? a : 0
    }
    let x = DoubleDouble(t)
    if a + b <= 10 && t > 0x1p-900 && y.hi > 0x1p-900 {
        // Small parameters, moderate logarithms: (a−1)·ln t + (b−1)·ln(1−t) − ln B in double
        // is accurate to a few 1e-15 (and exact for the uniform density).
        let lnx = log(t)
        let lny = log(y.hi) + y.lo / y.hi
        let ax = (a - 1) * lnx
        let by = (b - 1) * lny
        if abs(lnx) + abs(lny) <= 40 && abs(ax) + abs(by) <= 24 {
            let lnB = lgamma(a) + lgamma(b) - lgamma(a + b)
            return exp((ax + by) - lnB)
        }
    }
    let logF = logBetaPowerTerm(a, b, x, y) - logDoubleDouble(x) - logDoubleDouble(y)
    if logF.hi > 709.8 { return .infinity }
    if logF.hi < -746 { return 0 }
    return expDoubleDouble(logF)
}
