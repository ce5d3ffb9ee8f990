/// Which end of (0, 1) a half of the tanh-sinh rule approaches.
enum Endpoint: Sendable {
    /// `t → 0`: the integrand receives `(δ, 1 − δ)`.
    case zero
    /// `t → 1`: the integrand receives `(1 − δ, δ)`.
    case one
}

/// One half of the tanh-sinh rule, walked from the centre towards its endpoint at each level.
///
/// A walk stops at the first node whose term is negligible (`h·|F| ≤ negligible·scale`) once the
/// endpoint power law `δ^{p+1}` is past its maximum along `x` (`(p+1)·π·cosh x·(1 − δ) ≥ 1`, so
/// a slowly decaying `p ≈ −1` side is never cut short) and beyond the last non-negligible term of
/// every level so far. Beyond the anchor of a `PowerLawTail` the terms are extrapolated instead of
/// evaluated.
///
/// Non-finite integrand values:
/// - at an edge node (`x ≥ 1`, `δ ≤ 0.025`) of level 0 they end the evaluated part of this half:
///   the continuation is anchored at the last finite level-0 node (typically intermediate
///   overflow or `0/0` in a power of `δ` very close to the endpoint);
/// - at an edge node of a finer level they are left out of the sum;
/// - at an interior node (`x < 1`), `±∞` is a divergence signal (the result is `±∞`) and NaN is
///   left out of the sum and flags the result (`estimatedError = +∞`).
struct EndpointSweep {
    let endpoint: Endpoint
    /// The caller's exponent `p` at this endpoint.
    let exponent: Double
    /// The power-law continuation, once anchored (at level 0 only).
    private(set) var tail: PowerLawTail?
    /// `Σ F` over the extrapolated nodes of all levels so far, before the factor `h`.
    private(set) var extrapolatedSum = 0.0
    /// The closed-form remainder beyond the outermost node at the current level.
    private(set) var remainder = 0.0
    /// Whether level 0 summed the extrapolated terms up to the outermost node.
    private var reachesOutermost = false
    /// The furthest `x` whose term was not negligible, over all levels so far.
    private var significantReach = 0.0

    init(endpoint: Endpoint, exponent: Double) {
        self.endpoint = endpoint
        self.exponent = exponent
    }

    /// The extrapolated part of the current estimate, at step `h`.
    func extrapolatedMass(step h: Double) -> Double {
        h * extrapolatedSum + remainder
    }

    /// An error bound for the extrapolated part, from the power-law mismatch at the anchor.
    func extrapolationUncertainty(step h: Double) -> Double {
        guard let tail else { return 0 }
        let mass = abs(extrapolatedMass(step: h))
        return mass == 0 ? 0 : tail.mismatch * mass
    }

    @inline(__always)
    private func evaluate(_ node: TanhSinhNode, _ integrand: some NodeIntegrand) -> Double {
        integrand.value(at: node, from: endpoint)
    }

    /// Whether a walk may stop at `node`: its term is negligible, the endpoint power law
    /// `δ^{p+1}` decreases along `x` there, and no level met a non-negligible term further out
    /// (so a finer level never stops short of a feature a coarser one saw).
    @inline(__always)
    private mutating func endsWalk(
        at node: TanhSinhNode, term: Double, step h: Double, scale: Double, negligible: Double
    ) -> Bool {
        guard h * abs(term) <= negligible * scale else {
            significantReach = max(significantReach, node.x)
            return false
        }
        return node.x > significantReach && (exponent + 1) * node.decayRate >= 1
    }

    /// For `p ≤ −1`: `±∞` when the integrand is non-zero at the outermost level-0 node where it
    /// is not NaN, nil when it vanishes there (then the integral may still be finite).
    func probeDivergence(
        rule: TanhSinhRule, totals: inout RefinementTotals, _ integrand: some NodeIntegrand
    ) -> Double? {
        for node in rule.level(0).reversed()
        where node.x <= TanhSinhRule.evaluatedReach && node.x >= TanhSinhRule.edgeStart {
            let value = evaluate(node, integrand)
            totals.evaluations += 1
            if value.isNaN { continue }
            if value == 0 { return nil }
            return value > 0 ? .infinity : -.infinity
        }
        return nil
    }

    /// An evaluated level-0 node: its position in the level and the integrand's value there (the
    /// position rather than a copy of the node, which keeps the walk's state in registers).
    private struct Sample {
        let position: Int
        let value: Double
    }

    /// The continuation anchored at `anchor`, with its mismatch against the sample `inner`.
    private func continuation(
        from anchor: Sample, inner: Sample?, nodes: UnsafeBufferPointer<TanhSinhNode>
    ) -> PowerLawTail {
        let anchorNode = nodes[anchor.position]
        let deviation = inner.map {
            PowerLawTail.mismatch(
                value: anchor.value, near: anchorNode.near, innerValue: $0.value,
                innerNear: nodes[$0.position].near, exponent: exponent)
        } ?? .infinity
        return PowerLawTail(
            exponent: exponent, anchor: anchorNode, value: anchor.value, mismatch: deviation)
    }

    /// Walks level 0 and anchors the power-law continuation where it is needed: at the first
    /// edge node where two successive values follow the power law to `agreement` (only for
    /// `−1 < p < 0`, whose terms decay slowly), before the first non-finite edge value, or at
    /// the last evaluated node.
    mutating func sweepFirstLevel(
        rule: TanhSinhRule, runningScale: Double, negligible: Double, agreement: Double,
        totals: inout RefinementTotals, _ integrand: some NodeIntegrand
    ) {
        let h = TanhSinhRule.firstStep
        let nodes = rule.level(0)
        var previous: Sample?
        var beforePrevious: Sample?
        var scale = runningScale
        var index = 0
        evaluation: while index < nodes.count, nodes[index].x <= TanhSinhRule.evaluatedReach {
            let node = nodes[index]
            index += 1
            let value = evaluate(node, integrand)
            totals.evaluations += 1
            guard value.isFinite else {
                if node.x < TanhSinhRule.edgeStart {
                    if value.isInfinite { totals.divergence = value; return }
                    totals.skippedInteriorNaN = true
                    continue
                }
                if let anchor = previous {
                    tail = continuation(from: anchor, inner: beforePrevious, nodes: nodes)
                    index = nodes.firstIndex { $0.x > nodes[anchor.position].x } ?? nodes.count
                }
                break evaluation
            }
            let term = value * node.weight
            totals.add(term)
            scale += h * abs(term)
            if endsWalk(at: node, term: term, step: h, scale: scale, negligible: negligible) { return }
            let sample = Sample(position: index - 1, value: value)
            if node.x >= TanhSinhRule.edgeStart && exponent > -1 && exponent < 0 {
                let candidate = continuation(from: sample, inner: previous, nodes: nodes)
                if candidate.mismatch <= agreement {
                    tail = candidate
                    break evaluation
                }
            }
            beforePrevious = previous
            previous = sample
        }
        if tail == nil, let last = previous, nodes[last.position].x == TanhSinhRule.evaluatedReach {
            tail = continuation(from: last, inner: beforePrevious, nodes: nodes)
        }
        guard let tail else { return }
        if let divergence = tail.divergence { totals.divergence = divergence; return }
        reachesOutermost = extrapolate(
            nodes: nodes[index...], tail: tail, step: h, scale: scale, negligible: negligible,
            totals: &totals)
        closeRemainder(rule: rule, step: h)
    }

    /// Walks the new nodes of level `level ≥ 1`; `scale` is the previous level's `∫|g|`.
    mutating func sweep(
        level: Int, rule: TanhSinhRule, scale: Double, negligible: Double,
        totals: inout RefinementTotals, _ integrand: some NodeIntegrand
    ) {
        let h = TanhSinhRule.step(level: level)
        let nodes = rule.level(level)
        let reach = tail?.anchor.x ?? TanhSinhRule.evaluatedReach
        remainder = 0
        var index = 0
        while index < nodes.count, nodes[index].x <= reach {
            let node = nodes[index]
            index += 1
            let value = evaluate(node, integrand)
            totals.evaluations += 1
            guard value.isFinite else {
                if node.x < TanhSinhRule.edgeStart {
                    if value.isInfinite { totals.divergence = value; return }
                    totals.skippedInteriorNaN = true
                }
                continue
            }
            let term = value * node.weight
            totals.add(term)
            if endsWalk(at: node, term: term, step: h, scale: scale, negligible: negligible) { return }
        }
        guard let tail else { return }
        if extrapolate(
            nodes: nodes[index...], tail: tail, step: h, scale: scale, negligible: negligible,
            totals: &totals)
        {
            closeRemainder(rule: rule, step: h)
        }
    }

    /// Adds the extrapolated terms at `nodes` (all beyond the anchor) until one is negligible.
    /// Returns true when none was, i.e. the sum runs to the outermost node.
    private mutating func extrapolate(
        nodes: Slice<UnsafeBufferPointer<TanhSinhNode>>, tail: PowerLawTail, step h: Double, scale: Double,
        negligible: Double, totals: inout RefinementTotals
    ) -> Bool {
        guard tail.anchorTerm != 0 else { return false }
        for node in nodes {
            let term = tail.term(at: node)
            totals.add(term)
            extrapolatedSum += term
            if endsWalk(at: node, term: term, step: h, scale: scale, negligible: negligible) {
                return false
            }
        }
        return true
    }

    /// Sets `remainder`, the closed-form sum beyond the outermost node (`x = 9`, a level-0
    /// node), when level 0 summed up to it.
    private mutating func closeRemainder(rule: TanhSinhRule, step h: Double) {
        remainder = 0
        guard reachesOutermost, let tail, let outermost = rule.level(0).last else { return }
        remainder = tail.remainder(after: outermost, lastTerm: tail.term(at: outermost), step: h)
    }
}
