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
    @inlinable @inline(__always) static func sum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let bb = s - a
        let err = (a - (s - bb)) + (b - bb)
        return DoubleDouble(s, err)
    }

    /// The exact sum `a + b` when `|a| ≥ |b|` (Dekker's fast two-sum).
    @inlinable @inline(__always) static func quickSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        return DoubleDouble(s, b - (s - a))
    }

    /// The exact product `a·b` as a double-double (Dekker's splitting; no call to libm `fma`,
    /// which is not inlined for the baseline x86-64 target). Valid for |a|, |b| < 2^995 and
    /// products that do not underflow.
    @inlinable @inline(__always) static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        let (ah, al) = split(a)
        let (bh, bl) = split(b)
        let err = ((ah * bh - p) + ah * bl + al * bh) + al * bl
        return DoubleDouble(p, err)
    }

    /// Veltkamp's splitting of a double into two 26-bit halves, `a = hi + lo` exactly.
    @inlinable @inline(__always) static func split(_ a: Double) -> (Double, Double) {
        let c = 134217729.0 * a  // 2^27 + 1
        let hi = c - (c - a)
        return (hi, a - hi)
    }

    @inlinable @inline(__always) static func + (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let s = sum(x.hi, y.hi)
        let t = sum(x.lo, y.lo)
        let u = quickSum(s.hi, s.lo + t.hi)
        return quickSum(u.hi, u.lo + t.lo)
    }

    @inlinable @inline(__always) static func + (x: DoubleDouble, y: Double) -> DoubleDouble {
        let s = sum(x.hi, y)
        return quickSum(s.hi, s.lo + x.lo)
    }

    @inlinable @inline(__always) static prefix func - (x: DoubleDouble) -> DoubleDouble {
        DoubleDouble(-x.hi, -x.lo)
    }

    @inlinable @inline(__always) static func - (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        x + (-y)
    }

    @inlinable @inline(__always) static func * (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
        let p = product(x.hi, y.hi)
        return quickSum(p.hi, p.lo + (x.hi * y.lo + x.lo * y.hi))
    }

    @inlinable @inline(__always) static func * (x: DoubleDouble, y: Double) -> DoubleDouble {
        let p = product(x.hi, y)
        return quickSum(p.hi, p.lo + x.lo * y)
    }

    @inlinable @inline(__always) static func / (x: DoubleDouble, y: Double) -> DoubleDouble {
        let q1 = x.hi / y
        let p = product(q1, y)
        let r = ((x.hi - p.hi) - p.lo) + x.lo
        return quickSum(q1, r / y)
    }

    @inlinable @inline(__always) static func / (x: DoubleDouble, y: DoubleDouble) -> DoubleDouble {
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

/// Natural logarithm of a positive double-double, relative error about 1e-22 (absolute about
/// 1e-22·|ln v| + 1e-30): enough for `a·ln v` with `a` up to ~1e6 to be exact to ~1e-16.
///
/// `v = 2^k·m` with `m ∈ [√½, √2)`; `c = 1 + j/64` is the table point nearest to `m`, and
/// `ln m = ln c + 2·atanh(s)`, `s = (m − c)/(m + c)`, `|s| ≤ 1/180`: `ln 2`, `ln c` and `2s` are
/// double-doubles, the tail `2s³/3 + 2s⁵/5 + 2s⁷/7 + 2s⁹/9` (≤ 1.2e-7) is summed in double.
@usableFromInline
func logDoubleDouble(_ v: DoubleDouble) -> DoubleDouble {
    guard v.hi > 0, v.hi < .infinity else {
        // ln 0 = −∞, ln ∞ = ∞, NaN or negative input: NaN (never a trap)
        return DoubleDouble(v.hi == 0 ? -.infinity : (v.hi == .infinity ? .infinity : .nan))
    }
    var v = v
    var extra = 0
    if v.hi < 0x1p-900 {
        // subnormal or nearly so: scale up exactly so that 2^(-k) below is representable
        v = DoubleDouble(v.hi * 0x1p600, v.lo * 0x1p600)
        extra = -600
    }
    // v.hi = 2^k · m with m ∈ [1, 2), read from the bits (v.hi is normal here)
    let bits = v.hi.bitPattern
    var k = Int((bits >> 52) & 0x7ff) - 1023
    var m = Double(bitPattern: (bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000)
    if m > 1.4142135623730951 {
        m *= 0.5
        k += 1
    }
    let scale = Double(bitPattern: UInt64(1023 - k) << 52)  // 2^(−k), |k| ≤ 1022
    let ml = v.lo * scale
    let j = Int((m - 1) * 64 + 100.5) - 100  // nearest table point, −19 … 27
    let c = 1 + Double(j) * 0.015625
    // numerator m − c + ml (m − c is exact by Sterbenz), denominator m + c + ml.
    let num = DoubleDouble.sum(m - c, ml)
    let d0 = DoubleDouble.sum(m, c)
    let den = DoubleDouble.quickSum(d0.hi, d0.lo + ml)
    let inv = 1 / den.hi
    let q1 = num.hi * inv
    let r = num - den * q1
    let s = DoubleDouble.quickSum(q1, r.hi * inv)
    let s2 = s.hi * s.hi
    var p = 1.0 / 9.0
    p = p * s2 + 1.0 / 7.0
    p = p * s2 + 1.0 / 5.0
    p = p * s2 + 1.0 / 3.0
    let tail = 2 * s.hi * s2 * p
    var result = DoubleDouble(2 * s.hi, 2 * s.lo) + tail
    if j != 0 {
        let index = j + 19
        result = DoubleDouble(logTableHi[index], logTableLo[index]) + result
    }
    k += extra
    if k == 0 { return result }
    return ln2DoubleDouble * Double(k) + result
}

/// `ln(1 + j/64)`, `j = −19 … 27`, split as double-doubles (from mpmath at 50 digits).
private let logTableHi: [Double] = [
    -0x1.68ac83e9c6a14p-2, -0x1.522ae0738a3d8p-2, -0x1.3c25277333184p-2, -0x1.269621134db92p-2,
    -0x1.1178e8227e47cp-2, -0x1.f991c6cb3b379p-3, -0x1.d1037f2655e7bp-3, -0x1.a93ed3c8ad9e3p-3,
    -0x1.823c16551a3c2p-3, -0x1.5bf406b543db2p-3, -0x1.365fcb0159016p-3, -0x1.1178e8227e47cp-3,
    -0x1.da727638446a2p-4, -0x1.9335e5d594989p-4, -0x1.4d3115d207eacp-4, -0x1.08598b59e3a07p-4,
    -0x1.894aa149fb343p-5, -0x1.0415d89e74444p-5, -0x1.0205658935847p-6, 0x0.0p+0,
    0x1.fc0a8b0fc03e4p-7, 0x1.f829b0e783300p-6, 0x1.77458f632dcfcp-5, 0x1.f0a30c01162a6p-5,
    0x1.341d7961bd1d1p-4, 0x1.6f0d28ae56b4cp-4, 0x1.a926d3a4ad563p-4, 0x1.e27076e2af2e6p-4,
    0x1.0d77e7cd08e59p-3, 0x1.29552f81ff523p-3, 0x1.44d2b6ccb7d1ep-3, 0x1.5ff3070a793d4p-3,
    0x1.7ab890210d909p-3, 0x1.9525a9cf456b4p-3, 0x1.af3c94e80bff3p-3, 0x1.c8ff7c79a9a22p-3,
    0x1.e27076e2af2e6p-3, 0x1.fb9186d5e3e2bp-3, 0x1.0a324e27390e3p-2, 0x1.1675cababa60ep-2,
    0x1.22941fbcf7966p-2, 0x1.2e8e2bae11d31p-2, 0x1.3a64c556945eap-2, 0x1.4618bc21c5ec2p-2,
    0x1.51aad872df82dp-2, 0x1.5d1bdbf5809cap-2, 0x1.686c81e9b14afp-2,
]

private let logTableLo: [Double] = [
    -0x1.a64eadd740178p-58, 0x1.8f7e9b38a6979p-57, 0x1.2ad27e50a8ec6p-56, -0x1.e0efadd9db02bp-56,
    0x1.0e63a5f01c691p-57, -0x1.f665066f980a2p-57, -0x1.60629242471a2p-57, -0x1.bcafa9de97203p-57,
    0x1.1232ce70be781p-57, 0x1.1f5b44c0df7e7p-61, -0x1.7d411a5b944adp-58, 0x1.0e63a5f01c691p-58,
    -0x1.401fa71733019p-58, 0x1.478a85704ccb7p-58, -0x1.769f42c7842ccp-58, 0x1.dd7009902bf32p-58,
    -0x1.a8be97660a23dp-60, -0x1.c05cf1d753622p-59, -0x1.27c8e8416e71fp-60, 0x0.0p+0,
    -0x1.83092c59642a1p-62, 0x1.33e3f04f1ef23p-60, 0x1.18d3ca87b9296p-59, 0x1.85f325c5bbacdp-59,
    -0x1.b599f227becbbp-58, -0x1.906d99184b992p-58, 0x1.942f48aa70ea9p-58, -0x1.61578001e0162p-60,
    0x1.9a5dc5e9030acp-57, 0x1.301771c407dbfp-57, 0x1.9f4f6543e1f88p-57, -0x1.bc60efafc6f6ep-58,
    0x1.be36b2d6a0608p-59, 0x1.d904c1d4e2e26p-57, -0x1.398cff3641985p-58, -0x1.4f689f8434012p-57,
    -0x1.61578001e0162p-59, -0x1.caaae64f21acbp-57, 0x1.7dcfde8061c03p-56, 0x1.ce63eab883717p-61,
    -0x1.76f5eb09628afp-56, -0x1.8f4cdb95ebdf9p-56, -0x1.c68651945f97cp-57, 0x1.f42decdeccf1dp-56,
    0x1.3927ac19f55e3p-59, 0x1.4236383dc7fe1p-56, -0x1.ddea0f7f58e3dp-57,
]

/// `exp(v)` for a double-double exponent: `exp(hi)·(1 + lo)`, relative error ≈ that of libm `exp`.
@usableFromInline
func expDoubleDouble(_ v: DoubleDouble) -> Double {
    let e = exp(v.hi)
    return e.isFinite ? e + e * v.lo : e
}
