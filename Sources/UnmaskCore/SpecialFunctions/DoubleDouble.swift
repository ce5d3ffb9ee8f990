import Foundation

/// An unevaluated sum `hi + lo` of two doubles with `|lo| ≤ ulp(hi)/2`, about 106 significant bits.
///
/// Used only where the special functions need more than double precision: the logarithm of a
/// prefactor such as `x^a·y^b/B(a,b)` can be several hundred in magnitude, and its exponential is
/// then only as accurate as the *absolute* error of the logarithm (ulp(700) ≈ 1.1e-13). Keeping the
/// logarithm as a double-double makes that error ~1e-30 instead.
@usableFromInline
struct DoubleDouble: Sendable {
    @usableFromInline var hi: Double
    @usableFromInline var lo: Double

    @inlinable init(_ hi: Double, _ lo: Double = 0) {
        self.hi = hi
        self.lo = lo
    }

    /// The exact sum `a + b` as a double-double (Knuth's two-sum, no ordering assumption).
    @inlinable static func sum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let bb = s - a
        let err = (a - (s - bb)) + (b - bb)
        return DoubleDouble(s, err)
    }

    /// The exact sum `a + b` when `|a| ≥ |b|` (Dekker's fast two-sum).
    @inlinable static func quickSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        return DoubleDouble(s, b - (s - a))
    }

    /// The exact product `a·b` as a double-double (one fused multiply-add).
    @inlinable static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        return DoubleDouble(p, (-p).addingProduct(a, b))
    }

    @inlinable static func + (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let s = sum(x.hi, y.hi)
        let t = sum(x.lo, y.lo)
        let u = quickSum(s.hi, s.lo + t.hi)
        return quickSum(u.hi, u.lo + t.lo)
    }

    @inlinable static func + (x: DoubleDouble, y: Double) -> DoubleDouble {
        let s = sum(x.hi, y)
        return quickSum(s.hi, s.lo + x.lo)
    }

    @inlinable static prefix func - (x: DoubleDouble) -> DoubleDouble {
        DoubleDouble(-x.hi, -x.lo)
    }

    @inlinable static func - (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        x + (-y)
    }

    @inlinable static func * (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let p = product(x.hi, y.hi)
        return quickSum(p.hi, p.lo + (x.hi * y.lo + x.lo * y.hi))
    }

    @inlinable static func * (x: DoubleDouble, y: Double) -> DoubleDouble {
        let p = product(x.hi, y)
        return quickSum(p.hi, p.lo + x.lo * y)
    }

    @inlinable static func / (x: DoubleDouble, y: Double) -> DoubleDouble {
        let q1 = x.hi / y
        let p = product(q1, y)
        let r = ((x.hi - p.hi) - p.lo) + x.lo
        return quickSum(q1, r / y)
    }

    @inlinable static func / (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let q1 = x.hi / y.hi
        let r = x - y * q1
        let q2 = r.hi / y.hi
        let r2 = r - y * q2
        return quickSum(q1, q2) + r2.hi / y.hi
    }

    /// The value rounded to a double.
    @inlinable var value: Double { hi + lo }
}

/// ln 2 as a double-double.
@usableFromInline let ln2DoubleDouble = DoubleDouble(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56)

/// Natural logarithm of a positive double-double, relative error about 1e-18 (absolute error
/// about 1e-18·|ln v| + 1e-30): enough for `a·ln v` with `a` up to ~1e4 to be exact to ~1e-15.
///
/// `v = 2^k·m` with `m ∈ [√½, √2)`, `ln m = 2·atanh(s)`, `s = (m−1)/(m+1)`, `|s| ≤ 0.1716`:
/// `2s` is kept as a double-double, the tail `2s³/3 + 2s⁵/5 + …` (≤ 0.0035) is summed in double.
@usableFromInline
func logDoubleDouble(_ v: DoubleDouble) -> DoubleDouble {
    var v = v
    var extra = 0
    if v.hi < 0x1p-900 {
        // subnormal or nearly so: scale up exactly so that 2^(-k) below is representable
        v = DoubleDouble(v.hi * 0x1p600, v.lo * 0x1p600)
        extra = -600
    }
    var k = v.hi.exponent
    var m = v.hi.significand
    if m > 1.4142135623730951 {
        m *= 0.5
        k += 1
    }
    let scale = Double(sign: .plus, exponent: -k, significand: 1)
    let ml = v.lo * scale
    // numerator m − 1 + ml (m − 1 is exact by Sterbenz), denominator m + 1 + ml.
    let num = DoubleDouble.sum(m - 1, ml)
    let d0 = DoubleDouble.sum(m, 1)
    let den = DoubleDouble.quickSum(d0.hi, d0.lo + ml)
    let s = num / den
    let s2 = s.hi * s.hi
    // atanh tail: s³·(1/3 + s²/5 + s⁴/7 + …), s² ≤ 0.02944, 12 terms give < 1e-19 relative.
    var p = 1.0 / 25.0
    p = p * s2 + 1.0 / 23.0
    p = p * s2 + 1.0 / 21.0
    p = p * s2 + 1.0 / 19.0
    p = p * s2 + 1.0 / 17.0
    p = p * s2 + 1.0 / 15.0
    p = p * s2 + 1.0 / 13.0
    p = p * s2 + 1.0 / 11.0
    p = p * s2 + 1.0 / 9.0
    p = p * s2 + 1.0 / 7.0
    p = p * s2 + 1.0 / 5.0
    p = p * s2 + 1.0 / 3.0
    let tail = 2 * s.hi * s2 * p
    let lnm = DoubleDouble(2 * s.hi, 2 * s.lo) + tail
    k += extra
    if k == 0 { return lnm }
    return ln2DoubleDouble * Double(k) + lnm
}

/// `exp(v)` for a double-double exponent: `exp(hi)·(1 + lo)`, relative error ≈ that of libm `exp`.
@usableFromInline
func expDoubleDouble(_ v: DoubleDouble) -> Double {
    let e = exp(v.hi)
    return e.isFinite ? e + e * v.lo : e
}
