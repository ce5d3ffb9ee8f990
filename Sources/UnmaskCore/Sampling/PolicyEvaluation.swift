/// The distribution of the number of denoiser calls (NFE, one per step) of a sampler run.
public struct NFEDistribution: Sendable, Equatable {
    /// probabilities[k] = P(NFE = k), k = 0…maximum (exact probabilities or sample frequencies).
    public let probabilities: [Double]

    public init(probabilities: [Double]) {
        self.probabilities = probabilities
    }

    /// E[NFE] = Σ_k k·P(NFE = k) / Σ_k P(NFE = k).
    public var mean: Double {
        let total = probabilities.reduce(0, +)
        guard total > 0 else { return 0 }
        return probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element } / total
    }

    /// The smallest NFE of positive probability (0 when there is none).
    public var minimum: Int { probabilities.firstIndex { $0 > 0 } ?? 0 }

    /// The largest NFE of positive probability (0 when there is none).
    public var maximum: Int { probabilities.lastIndex { $0 > 0 } ?? 0 }

    /// (NFE, probability) for every NFE of positive probability, in increasing NFE.
    public var histogram: [(nfe: Int, probability: Double)] {
        probabilities.enumerated().filter { $0.element > 0 }.map { ($0.offset, $0.element) }
    }
}

/// What an adaptive policy does on a target: its output distribution, its NFE distribution and
/// how often it hits the step cap.
public struct PolicyEvaluation: Sendable, Equatable {
    public let output: OutputDistribution
    public let nfe: NFEDistribution
    /// P(the run reaches its step cap with tokens still masked); 0 without a cap.
    public let capped: Double
}

/// The exact output and NFE distributions of an adaptive policy, by dynamic programming over
/// partial sequences (docs/theory.md §9, §11).
///
/// Layer k holds every partial sequence reachable after k steps that some support sequence
/// agrees with, with its probability and those sequences. Since every step reveals at least one
/// token, a state with nothing masked left ends there with NFE = k. A step splits each state by
/// what it reveals: for the entropy bound, and for the threshold at temperature 0 (argmax
/// proposals), the positions follow from the state alone and the values are drawn independently,
/// one child per projection of the consistent sequences; for the threshold at temperature > 0
/// the positions depend on the drawn values' probabilities, so the joint draws of the candidates
/// are enumerated, grouped by which values reach τ (`revealByJointDraws`). At the cap step every masked position
/// is revealed. Mass that leaves the support goes to `invalid` at once, with the NFE its run
/// still takes under the uniform fallback (`stepsOutsideSupport`).
///
/// `workLimit` bounds the enumeration as in `exactOutputDistribution` (consistent sequences
/// split or scanned, draw combinations listed); beyond it the evaluation throws `stateSpaceTooLarge`
/// so callers can fall back to `monteCarloPolicyEvaluation`.
public func exactPolicyEvaluation(
    of target: ToyTarget, _ configuration: PolicyConfiguration, workLimit: Int = 2_000_000
) throws(SamplerError) -> PolicyEvaluation {
    try configuration.validate(length: target.length)
    var evaluation = PolicyExactEvaluation(target: target, configuration: configuration, workLimit: workLimit)
    let start = Array(repeating: maskToken, count: target.length)
    // KLASS's states are (pattern, previous pattern), its key the two concatenated; the first
    // layer's "previous" half is a placeholder that step 1 never reads.
    var layer: [[UInt8]: PartialState] = [
        configuration.policy.readsPreviousMarginals ? start + start : start:
            PartialState(mass: 1, consistent: target.sequences.indices.map { Int32($0) }),
    ]
    var probabilities = Array(repeating: 0.0, count: target.sequences.count)
    var done = 0
    while !layer.isEmpty {
        var next: [[UInt8]: PartialState] = [:]
        evaluation.beginLayer()
        for key in sortedKeys(layer) {
            let state = layer[key]!
            if !key.prefix(target.length).contains(maskToken) {
                if let index = state.consistent.first { probabilities[Int(index)] += state.mass }
                evaluation.record(nfe: done, mass: state.mass)
            } else {
                try evaluation.advance(key, state, step: done + 1, into: &next)
            }
        }
        layer = next
        done += 1
    }
    return PolicyEvaluation(
        output: OutputDistribution(probabilities: probabilities, invalid: min(1, max(0, evaluation.invalid))),
        nfe: NFEDistribution(probabilities: evaluation.nfe), capped: min(1, max(0, evaluation.capped)))
}

/// The step-by-step state of one exact policy evaluation.
private struct PolicyExactEvaluation {
    let target: ToyTarget
    let configuration: PolicyConfiguration
    var invalid = 0.0
    var capped = 0.0
    var nfe: [Double] = []
    var meter: WorkMeter
    /// For KLASS: the marginals of every pattern of the layer being split, and of the layer
    /// before it, which the states' previous patterns look up.
    private var marginals: [[UInt8]: [[Double]]] = [:]
    private var previousMarginals: [[UInt8]: [[Double]]] = [:]

    init(target: ToyTarget, configuration: PolicyConfiguration, workLimit: Int) {
        self.target = target
        self.configuration = configuration
        meter = WorkMeter(limit: workLimit)
    }

    mutating func beginLayer() {
        previousMarginals = marginals
        marginals = [:]
    }

    mutating func record(nfe steps: Int, mass: Double) {
        if nfe.count <= steps { nfe += Array(repeating: 0, count: steps + 1 - nfe.count) }
        nfe[steps] += mass
    }

    /// Splits one state with tokens still masked by what step `step` reveals. `key` is the
    /// state's pattern, followed for KLASS by its previous pattern.
    mutating func advance(_ key: [UInt8], _ state: PartialState, step: Int,
                          into next: inout [[UInt8]: PartialState]) throws(SamplerError) {
        let pattern = Array(key.prefix(target.length))
        guard let q = target.marginals(over: state.consistent, length: target.length) else { return }
        let draw = q.map { tempered($0, temperature: configuration.temperature) }
        let policy = configuration.policy
        var previous: [[Double]]?
        if policy.readsPreviousMarginals {
            marginals[pattern] = q
            if step > 1 { previous = previousMarginals[Array(key.suffix(target.length))] }
        }
        let parent = Parent(pattern: pattern, state: state, step: step, q: q)
        if step == configuration.stepCap {
            capped += state.mass
            try reveal(pattern.indices.filter { pattern[$0] == maskToken }, of: parent, draw: draw, into: &next)
            return
        }
        let candidates = configuration.candidates(in: pattern)
        // d_i = KL(q_i ‖ q_i′); +∞ at the first step, where there is no previous marginal.
        let divergences = candidates.map { position in previous.map { divergence(q[position], from: $0[position]) } ?? .infinity }
        if policy.selectionDependsOnDraws(temperature: configuration.temperature) {
            try revealByJointDraws(candidates, of: parent, divergences: divergences, draw: draw, into: &next)
            return
        }
        let slots = if policy.scoresProposals {
            // Temperature 0: each proposal is the argmax, the one value `draw` gives mass.
            policy.revealedSlots(confidences: candidates.map { position in q[position][draw[position].firstIndex(of: 1) ?? 0] },
                                 entropies: [], divergences: divergences)
        } else {
            policy.revealedSlots(confidences: [], entropies: candidates.map { entropy(of: q[$0]) }, divergences: [])
        }
        try reveal(slots.map { candidates[$0] }, of: parent, draw: draw, into: &next)
    }

    /// The state a step splits, with its marginals.
    private struct Parent {
        let pattern: [UInt8]
        let state: PartialState
        let step: Int
        let q: [[Double]]
    }

    /// Adds a child state: keyed by its pattern, followed for KLASS by its parent's pattern.
    private func insert(_ child: [UInt8], mass: Double, consistent: [Int32], parent: Parent,
                        into next: inout [[UInt8]: PartialState]) {
        let key = configuration.policy.readsPreviousMarginals ? child + parent.pattern : child
        next[key, default: PartialState(mass: 0, consistent: consistent)].mass += mass
    }

    /// Reveals `subset` with values drawn independently: one child per distinct projection of
    /// the consistent sequences onto the subset, with probability Π_i draw_i(x_i); the rest of
    /// the draws contradict every support sequence and go to `invalid`.
    private mutating func reveal(
        _ subset: [Int], of parent: Parent, draw: [[Double]], into next: inout [[UInt8]: PartialState]
    ) throws(SamplerError) {
        let state = parent.state
        try meter.charge(state.consistent.count)
        var children: [[UInt8]: PartialState] = [:]
        let kept = revealDrawn(subset, in: parent.pattern, consistent: state.consistent, mass: state.mass, draw: draw,
                               of: target, into: &children)
        for child in sortedKeys(children) {
            insert(child, mass: children[child]!.mass, consistent: children[child]!.consistent, parent: parent, into: &next)
        }
        // 1 − kept is the draws' mass off the support; within `zeroTolerance` it is the rounding
        // of a sum that is 1 (the same cut the metrics make), not a run that left the support.
        let lost = 1 - kept
        if lost > SamplingErrorMetric.zeroTolerance {
            var outside = parent.pattern
            for position in subset { outside[position] = 0 }
            leaveSupport(state.mass * lost, from: outside, parent: parent)
        }
    }

    /// The threshold τ, or KLASS's τc, at temperature > 0. A candidate's draw is "high" when its
    /// value has q ≥ τ and the candidate may be revealed above the threshold (always for the
    /// threshold, when stable for KLASS), and every high candidate is revealed. For the threshold
    /// a high one is then also the most confident; for KLASS the high ones are exactly what the
    /// step reveals. Either way the other candidates' draws only matter through P(low) = Σ over
    /// their low values of draw(v), and each outcome is a choice per candidate of one high value
    /// or "low". When all are low, the most confident (first among equals) is revealed, stable or
    /// not: P(slot s reveals v) = draw_s(v) · Π_{r<s} P(low, q_r < q_s(v)) · Π_{r>s} P(low, q_r ≤ q_s(v)).
    /// Confidences compare by `tieKey`, as `StepPolicy.revealedSlots` compares them.
    private mutating func revealByJointDraws(
        _ candidates: [Int], of parent: Parent, divergences: [Double], draw: [[Double]],
        into next: inout [[UInt8]: PartialState]
    ) throws(SamplerError) {
        let policy = configuration.policy
        guard let tau = policy.confidenceThreshold else { preconditionFailure("threshold or KLASS only") }
        let (pattern, state, q) = (parent.pattern, parent.state, parent.q)
        let values = candidates.map { position in draw[position].indices.filter { draw[position][$0] > 0 } }
        let stable = divergences.map(policy.isStable)
        let reaches = { (slot: Int, value: Int) in stable[slot] && StepPolicy.reaches(q[candidates[slot]][value], tau) }
        let high = candidates.indices.map { slot in values[slot].filter { reaches(slot, $0) } }
        let low = candidates.indices.map { slot in values[slot].filter { !reaches(slot, $0) } }
        let lowMass = zip(candidates, low).map { position, values in values.reduce(0.0) { $0 + draw[position][$1] } }
        // Options per candidate: its high values, then "low" (index high.count) when it has mass.
        let options = candidates.indices.map { high[$0].count + (low[$0].isEmpty ? 0 : 1) }
        try meter.chargeAhead(options.reduce(1.0) { $0 * Double($1) } + Double(values.reduce(0) { $0 + $1.count } * candidates.count))
        let combinations = options.reduce(1) { $0 * $1 }
        try meter.charge(combinations)
        var outcomes: [[UInt8]: Double] = [:]
        var odometer = Array(repeating: 0, count: candidates.count)
        for _ in 0..<combinations {
            var probability = 1.0
            var child = pattern
            var anyHigh = false
            for (slot, position) in candidates.enumerated() {
                if odometer[slot] < high[slot].count {
                    let value = high[slot][odometer[slot]]
                    probability *= draw[position][value]
                    child[position] = UInt8(value)
                    anyHigh = true
                } else {
                    probability *= lowMass[slot]
                }
            }
            if anyHigh {
                outcomes[child, default: 0] += probability
            } else {
                for (slot, position) in candidates.enumerated() {
                    for value in low[slot] {
                        let confidence = tieKey(q[position][value])
                        var p = draw[position][value]
                        for (other, otherPosition) in candidates.enumerated() where other != slot {
                            p *= low[other].reduce(0.0) { sum, u in
                                let c = tieKey(q[otherPosition][u])
                                return (other < slot ? c < confidence : c <= confidence) ? sum + draw[otherPosition][u] : sum
                            }
                        }
                        var single = pattern
                        single[position] = UInt8(value)
                        outcomes[single, default: 0] += p
                    }
                }
            }
            for slot in candidates.indices {
                odometer[slot] += 1
                if odometer[slot] < options[slot] { break }
                odometer[slot] = 0
            }
        }
        for child in sortedKeys(outcomes) {
            let mass = state.mass * outcomes[child]!
            guard mass > 0 else { continue }
            // Finding the child's consistent sequences scans the parent's: charged as a reveal is.
            try meter.charge(state.consistent.count)
            let consistent = target.consistentIndices(with: child, among: state.consistent)
            if consistent.isEmpty {
                leaveSupport(mass, from: child, parent: parent)
            } else {
                insert(child, mass: mass, consistent: consistent, parent: parent, into: &next)
            }
        }
    }

    /// Mass whose run left the support at the parent's step, leaving `pattern`'s positions masked.
    private mutating func leaveSupport(_ mass: Double, from pattern: [UInt8], parent: Parent) {
        invalid += mass
        let rest = configuration.stepsOutsideSupport(from: pattern, done: parent.step, vocabularySize: target.vocabularySize,
                                                     previous: parent.q)
        record(nfe: rest.steps, mass: mass)
        if rest.isCapped { capped += mass }
    }
}
