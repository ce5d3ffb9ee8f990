/// Relative error of `computed` against `reference`, with exact agreement on infinities and zeros.
///
/// Returns 0 when both are the same infinity or both are zero, +∞ when only one is infinite or NaN.
func relativeError(_ computed: Double, _ reference: Double) -> Double {
    if computed == reference { return 0 }
    if !computed.isFinite || !reference.isFinite { return .infinity }
    return abs(computed - reference) / abs(reference)
}

/// True when `computed` matches `reference` to `relative` tolerance, or to `absolute` when the
/// reference is below it (values that underflow double precision).
func isClose(_ computed: Double, _ reference: Double, relative: Double, absolute: Double = 0) -> Bool {
    if computed == reference { return true }
    if abs(reference) <= absolute { return abs(computed - reference) <= absolute }
    return relativeError(computed, reference) <= relative
}
