import Foundation

/// Whether the revealed-set evaluation applies: random, margin or entropy order (the positions
/// revealed depend on the context's denoiser, not on the values drawn in the step) on a target
/// of at most 64 tokens.
func revealedSetEvaluationApplies(to target: ToyTarget, _ configuration: SamplerConfiguration) -> Bool {
    configuration.order != .confidence && SupportProjections.supports(target)
}

/// The exact output distribution of the random-, margin- or entropy-order sampler, by dynamic
/// programming over the sets of revealed positions (docs/theory.md §9).
///
/// Under these orders the positions a step reveals do not depend on the tokens drawn in it,
/// so the state after a step is a revealed set S with a distribution over the tokens x_S that
/// agree with some support sequence (the groups of `SupportProjections`); everything else has
/// already left the support. A step that reveals k of the m masked positions goes to each
/// S ∪ T, |T| = k, with probability P(k)/C(m, k) (P(k) = 1 for exact counts, Binomial(m, p)
/// for stochastic rounding; margin and entropy order instead take, from each context x_S, the
/// one T of its k best-scored positions) and draws x_T independently:
/// p(x_{S∪T}) = p(x_S)·Π_{i∈T} q̃(x_i | x_S).
/// The drawn combinations that no support sequence agrees with, 1 − Σ Π q̃ per context, go to
/// `invalid`. This is the partial-sequence recursion of `exactOutputDistribution` with states
/// indexed by (set, group) in flat arrays instead of hashed sequences, so an operation costs
/// nanoseconds, and the conditionals are shared by every schedule evaluated on `projections`.
///
/// Work is counted in group entries touched, plus one per support sequence for each projection
/// built (once per target: `projections` keeps them). With exact counts the recursion's cost is
/// bounded before any of it is done (`plannedWork`); with stochastic rounding each (set, count)
/// is bounded before its subsets are listed. Past `workLimit` the evaluation throws
/// `stateSpaceTooLarge`. `onStep` is as for `exactOutputDistribution(of:_:plan:)`.
func revealedSetOutputDistribution(
    of target: ToyTarget, _ configuration: SamplerConfiguration, plan: StepPlan, projections: SupportProjections,
    workLimit: Int, cancellation: CancellationFlag? = nil, onStep: (Int) -> Void = { _ in }
) throws(SamplerError) -> OutputDistribution {
    precondition(revealedSetEvaluationApplies(to: target, configuration))
    var evaluation = RevealedSetEvaluation(projections: projections, meter: WorkMeter(limit: workLimit, cancellation: cancellation))
    if !plan.isStochastic {
        try evaluation.chargeAhead(plannedWork(of: plan, target: target, order: configuration.order))
    }
    var layer: [UInt64: [Double]] = [0: [1]]
    for (index, step) in plan.enumerated() {
        onStep(index + 1)
        layer = try evaluation.advance(layer, by: step)
    }
    var probabilities = Array(repeating: 0.0, count: target.sequences.count)
    for set in layer.keys.sorted() {
        // Every plan reveals the whole sequence, so only the full set remains, whose groups are
        // the support sequences themselves.
        let projection = evaluation.projection(onto: set)
        for (group, mass) in layer[set]!.enumerated() { probabilities[Int(projection.representative[group])] += mass }
    }
    return OutputDistribution(probabilities: probabilities, invalid: min(1, max(0, evaluation.invalid)))
}

/// An upper bound on the work of an exact-count plan, before any of it is done: for each step,
/// (sets of the layer) × (subsets revealed from each) × [(groups of the new set, at most the
/// support and at most d^{|S∪T|}) × (|T| + 1) + (groups of the layer's set)], zero-token steps
/// free. Random order reaches every set of the layer's size and reveals every subset; margin and
/// entropy order reveal one subset per context, so a set yields at most as many subsets as it
/// has groups, and a layer holds at most as many sets as the contexts of the layer before had
/// children.
func plannedWork(of plan: StepPlan, target: ToyTarget, order: RevealOrder = .random) -> Double {
    let support = Double(target.sequences.count)
    let symbols = Double(target.vocabularySize)
    var work = 0.0
    var revealedBefore = 0, revealedInBlock = 0, block = 0
    var contexts = 1.0
    for step in plan {
        if step.block != block {
            revealedBefore += revealedInBlock
            revealedInBlock = 0
            block = step.block
        }
        let blockLength = step.positions.count
        let masked = blockLength - revealedInBlock
        let count = min(step.tokens, masked)
        guard count > 0 else { continue }
        let revealed = revealedBefore + revealedInBlock
        let before = min(support, pow(symbols, Double(revealed)))
        let after = min(support, pow(symbols, Double(revealed + count)))
        var sets = binomialCoefficient(blockLength, revealedInBlock)
        var subsets = binomialCoefficient(masked, count)
        if order != .random {
            sets = min(sets, contexts)
            subsets = min(subsets, before)
            contexts = min(binomialCoefficient(blockLength, revealedInBlock + count) * after,
                           contexts * min(support, pow(symbols, Double(count))))
        }
        work += sets * subsets * (before + after * Double(count + 1))
        revealedInBlock += count
    }
    return work
}

/// The step-by-step state of one revealed-set evaluation.
private struct RevealedSetEvaluation {
    let projections: SupportProjections
    var meter: WorkMeter
    var invalid = 0.0

    init(projections: SupportProjections, meter: WorkMeter) {
        self.projections = projections
        self.meter = meter
    }

    var target: ToyTarget { projections.target }

    mutating func projection(onto set: UInt64) -> SupportProjections.Projection {
        var built = 0
        let projection = projections.projection(onto: set, built: &built)
        meter.record(built * target.sequences.count)
        return projection
    }

    mutating func conditional(at position: Int, given set: UInt64) -> [Double] {
        var built = 0
        let conditional = projections.conditional(at: position, given: set, built: &built)
        meter.record(built * target.sequences.count)
        return conditional
    }

    mutating func advance(_ layer: [UInt64: [Double]], by step: PlannedStep) throws(SamplerError) -> [UInt64: [Double]] {
        let blockMask = step.positions.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
        var next: [UInt64: [Double]] = [:]
        for set in layer.keys.sorted() {
            let masses = layer[set]!
            let masked = blockMask & ~set
            let maskedPositions = positions(in: masked)
            for (count, countProbability) in step.countDistribution(masked: maskedPositions.count) where countProbability > 0 {
                if count == 0 {
                    add(masses, scaledBy: countProbability, to: set, in: &next)
                    continue
                }
                let subsets = binomialCoefficient(maskedPositions.count, count)
                if step.isStochastic {
                    let groups = min(Double(target.sequences.count),
                                     pow(Double(target.vocabularySize), Double(set.nonzeroBitCount + count)))
                    let revealedSubsets = projections.order == .random ? subsets : min(subsets, Double(masses.count))
                    try chargeAhead(revealedSubsets * groups * Double(count + 1))
                }
                if projections.order == .random {
                    let weight = countProbability / subsets
                    for subset in combinations(of: maskedPositions, size: count) {
                        try reveal(subset, from: set, masses: masses, weight: weight, into: &next)
                    }
                } else {
                    for (subset, parents) in rankedSubsets(maskedPositions, count: count, given: set, masses: masses) {
                        try reveal(subset, from: set, masses: masses, weight: countProbability, only: parents, into: &next)
                    }
                }
            }
        }
        return next
    }

    /// Margin and entropy order: the `count` best-scored masked positions of each context (group
    /// of S with mass), ties to the lower position, and for each subset so chosen the groups
    /// that chose it, in the order subsets first occur.
    private mutating func rankedSubsets(
        _ masked: [Int], count: Int, given set: UInt64, masses: [Double]
    ) -> [([Int], [Bool])] {
        var built = 0
        let scores = masked.map { projections.scores(at: $0, given: set, built: &built) }
        meter.record(built * target.sequences.count)
        var chosen: [[Int]: [Bool]] = [:]
        var order: [[Int]] = []
        for group in masses.indices where masses[group] > 0 {
            let subset = topPositions(masked, scores: scores.map { $0[group] }, count: count)
            if chosen[subset] == nil {
                chosen[subset] = [Bool](repeating: false, count: masses.count)
                order.append(subset)
            }
            chosen[subset]![group] = true
        }
        return order.map { ($0, chosen[$0]!) }
    }

    /// One transition S → S ∪ T with probability `weight`: each group of S ∪ T takes its
    /// parent's mass times Π_{i∈T} q̃(x_i | x_S); what the parents keep of Σ Π q̃ < 1 is invalid.
    /// With `only`, just the parents marked there make the transition.
    private mutating func reveal(
        _ subset: [Int], from set: UInt64, masses: [Double], weight: Double, only parents: [Bool]? = nil,
        into next: inout [UInt64: [Double]]
    ) throws(SamplerError) {
        let union = subset.reduce(set) { $0 | (1 << UInt64($1)) }
        let parent = projection(onto: set)
        let child = projection(onto: union)
        let factors = subset.map { conditional(at: $0, given: set) }
        let groupsOf = subset.map { projection(onto: set | (1 << UInt64($0))).group }
        try charge(child.count * (subset.count + 1) + parent.count)
        var kept = [Double](repeating: 0, count: parent.count)
        var values = next[union] ?? [Double](repeating: 0, count: child.count)
        for group in 0..<child.count {
            let sequence = Int(child.representative[group])
            let parentGroup = Int(parent.group[sequence])
            if let parents, !parents[parentGroup] { continue }
            var probability = 1.0
            for slot in subset.indices { probability *= factors[slot][Int(groupsOf[slot][sequence])] }
            guard probability > 0 else { continue }
            kept[parentGroup] += probability
            values[group] += masses[parentGroup] * weight * probability
        }
        for parentGroup in masses.indices where masses[parentGroup] > 0 && parents?[parentGroup] != false {
            invalid += masses[parentGroup] * weight * max(0, 1 - kept[parentGroup])
        }
        next[union] = values
    }

    /// Adds `masses`·`scale` to the layer entry of `set`.
    private func add(_ masses: [Double], scaledBy scale: Double, to set: UInt64, in next: inout [UInt64: [Double]]) {
        var values = next[set] ?? [Double](repeating: 0, count: masses.count)
        for group in masses.indices { values[group] += masses[group] * scale }
        next[set] = values
    }

    private mutating func charge(_ units: Int) throws(SamplerError) {
        try meter.charge(units)
    }

    /// Throws, without charging, when `units` of work still to come would exceed the limit.
    func chargeAhead(_ units: Double) throws(SamplerError) {
        try meter.chargeAhead(units)
    }
}

/// The positions of a bit mask, ascending.
private func positions(in mask: UInt64) -> [Int] {
    var positions: [Int] = []
    var rest = mask
    while rest != 0 {
        positions.append(rest.trailingZeroBitCount)
        rest &= rest - 1
    }
    return positions
}
