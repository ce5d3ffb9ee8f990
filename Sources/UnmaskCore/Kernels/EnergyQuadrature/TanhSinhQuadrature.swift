/// The tanh-sinh quadrature of `SingularEndpointQuadrature` (whose documentation states the method),
/// generic over the integrand so that each integrand type gets its own specialised loop, and free of
/// UnmaskCore's public types so that the AVX copy compiles it too (see Kernels/README.md).
enum TanhSinhQuadrature {
    /// The coarsest level whose error estimate is trusted (`h = 1/8`), so a feature missed by
    /// the coarsest grids cannot pass for convergence.
    static let minimumLevel = 2
    /// The hard cap on integrand calls: every evaluated node of every level (centre included)
    /// plus the divergence probes of both ends (3 095).
    static let maximumEvaluations: Int = {
        let rule = TanhSinhRule.shared
        let evaluated = rule.allNodes.count { $0.x <= TanhSinhRule.evaluatedReach }
        let probes = rule.level(0).count {
            $0.x >= TanhSinhRule.edgeStart && $0.x <= TanhSinhRule.evaluatedReach
        }
        return 1 + 2 * evaluated + 2 * probes
    }()
    /// Rounding error of the sum relative to `∫|g|`.
    static let roundingFactor = 32 * Double.ulpOfOne

    /// The error of the newest of three successive level estimates `I_k, I_{k−1}, I_{k−2}`:
    ///
    ///     d₁ = |I_k − I_{k−1}|,   d₂ = |I_k − I_{k−2}|,   error ≈ d₁·min(1, d₁/d₂).
    ///
    /// `d₁²/d₂` is the next difference extrapolated from the last two (geometric convergence);
    /// for the double-exponential rule, whose correct digits roughly double per level, the true
    /// error is about `d₁²/|I|`, below this estimate. With only two levels it is `d₁`.
    static func discretisationError(latest: Double, previous: Double, older: Double) -> Double {
        let d1 = abs(latest - previous)
        let d2 = abs(latest - older)
        guard d2 > d1 else { return d1 }
        return d1 * (d1 / d2)
    }

    /// `∫_0^1 g(t) dt` for `g ~ c0·t^{p0}` at 0 and `c1·(1−t)^{p1}` at 1, as
    /// `SingularEndpointQuadrature.integrate` documents, for any `NodeIntegrand`.
    ///
    /// - Parameters:
    ///   - p0: the exponent at `t = 0` (`≤ −1` means divergent unless `g` vanishes there).
    ///   - p1: the exponent at `t = 1`.
    ///   - relativeTolerance: the relative error aimed at (> 0); see `discretisationError`.
    ///   - integrand: `g(t, 1 − t)`.
    static func integrate(
        leftExponent p0: Double,
        rightExponent p1: Double,
        relativeTolerance: Double,
        _ integrand: some NodeIntegrand
    ) -> QuadratureEstimate {
        precondition(relativeTolerance > 0, "relativeTolerance must be positive")
        guard !p0.isNaN, !p1.isNaN else {
            return (value: .nan, estimatedError: .infinity, evaluations: 0)
        }
        let rule = TanhSinhRule.shared
        let negligible = 1e-5 * relativeTolerance
        let agreement = max(1e-15, 1e-3 * relativeTolerance)
        var totals = RefinementTotals()
        var left = EndpointSweep(endpoint: .zero, exponent: p0)
        var right = EndpointSweep(endpoint: .one, exponent: p1)

        func divergent(_ value: Double) -> QuadratureEstimate {
            (value: value, estimatedError: 0, evaluations: totals.evaluations)
        }

        var probed = 0.0
        if p0 <= -1, let side = left.probeDivergence(rule: rule, totals: &totals, integrand) {
            probed += side
        }
        if p1 <= -1, let side = right.probeDivergence(rule: rule, totals: &totals, integrand) {
            probed += side
        }
        if probed != 0 || probed.isNaN { return divergent(probed) }

        var h = TanhSinhRule.firstStep
        let centre = integrand.value(at: rule.centre, from: .zero)
        totals.evaluations += 1
        if centre.isFinite {
            totals.add(centre * rule.centre.weight)
        } else if centre.isInfinite {
            return divergent(centre)
        } else {
            totals.skippedInteriorNaN = true
        }
        left.sweepFirstLevel(
            rule: rule, runningScale: h * totals.absoluteSum, negligible: negligible,
            agreement: agreement, totals: &totals, integrand)
        if let value = totals.divergence { return divergent(value) }
        right.sweepFirstLevel(
            rule: rule, runningScale: h * totals.absoluteSum, negligible: negligible,
            agreement: agreement, totals: &totals, integrand)
        if let value = totals.divergence { return divergent(value) }

        func estimate() -> (value: Double, scale: Double) {
            let closing = left.remainder + right.remainder
            return (h * totals.sum + closing, h * totals.absoluteSum + abs(closing))
        }
        var (value, scale) = estimate()
        var older = Double.nan
        var discretisation = Double.infinity
        for level in 1..<TanhSinhRule.levelCount {
            h = TanhSinhRule.step(level: level)
            left.sweep(
                level: level, rule: rule, scale: scale, negligible: negligible, totals: &totals,
                integrand)
            if let value = totals.divergence { return divergent(value) }
            right.sweep(
                level: level, rule: rule, scale: scale, negligible: negligible, totals: &totals,
                integrand)
            if let value = totals.divergence { return divergent(value) }
            let previous = value
            (value, scale) = estimate()
            discretisation = discretisationError(latest: value, previous: previous, older: older)
            older = previous
            if level >= minimumLevel,
                discretisation <= max(relativeTolerance * abs(value), roundingFactor * scale)
            {
                break
            }
        }
        var error = discretisation + roundingFactor * scale
            + left.extrapolationUncertainty(step: h) + right.extrapolationUncertainty(step: h)
        if totals.skippedInteriorNaN { error = .infinity }
        return (value: value, estimatedError: error, evaluations: totals.evaluations)
    }
}
