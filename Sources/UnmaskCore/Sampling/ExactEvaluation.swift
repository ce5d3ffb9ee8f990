import Foundation

/// The exact output distribution of the N-step sampler, by dynamic programming over partial
/// sequences (docs/theory.md §1, §9).
///
/// A layer maps every partial sequence still consistent with the target's support to its
/// probability and to the support sequences it agrees with. A step splits each state by the
/// number of tokens revealed (exact, or Binomial for stochastic rounding), by the positions
/// chosen (all subsets of that size for random order, the top-scored ones for margin and
/// entropy, and for confidence every joint draw of the masked positions), and by the values
/// drawn independently from the denoiser. Outcomes that no support sequence agrees with can
/// only end outside the support, so their mass is collected as `invalid` at once.
///
/// Under random, margin and entropy order the same recursion runs over revealed sets instead
/// (`revealedSetOutputDistribution`): the positions chosen do not depend on the tokens drawn in
/// the step, so states are indexed by (set, tokens on it) in flat arrays.
///
/// `workLimit` bounds the enumeration (states × subsets × consistent sequences, or for
/// confidence order the joint draws and the consistent sequences scanned for each outcome;
/// `revealedSetSpeedup` times as many of the revealed-set recursion's cheaper operations);
/// beyond it the evaluation throws `stateSpaceTooLarge` so callers can fall back to Monte Carlo.
public func exactOutputDistribution(
    of target: ToyTarget, _ configuration: SamplerConfiguration, workLimit: Int = 2_000_000
) throws(SamplerError) -> OutputDistribution {
    try exactOutputDistribution(of: target, configuration, plan: try configuration.plan(length: target.length),
                                workLimit: workLimit)
}

/// The exact output distribution for a plan already made from `configuration`. Random, margin
/// and entropy order on targets of up to 64 tokens goes through the revealed-set recursion
/// (`revealedSetOutputDistribution`, on `projections` when given, so that many schedules share
/// one target's conditionals), whose operations are `revealedSetSpeedup` times cheaper and so
/// get that many times `workLimit`; confidence order enumerates partial sequences.
///
/// `onStep(k)` is called as step k (1…N) begins; when the evaluation throws, the last k it was
/// given is the step it stopped in. With exact counts the work up to that step depends on the
/// counts of steps 1…k only, so every plan that shares them is refused too. Once `cancellation`
/// is set the evaluation throws `cancelled` at its next charge of work.
func exactOutputDistribution(
    of target: ToyTarget, _ configuration: SamplerConfiguration, plan: StepPlan, workLimit: Int = 2_000_000,
    projections: SupportProjections? = nil, cancellation: CancellationFlag? = nil, onStep: (Int) -> Void = { _ in }
) throws(SamplerError) -> OutputDistribution {
    if revealedSetEvaluationApplies(to: target, configuration) {
        return try revealedSetOutputDistribution(
            of: target, configuration, plan: plan,
            projections: projections ?? SupportProjections(target: target, temperature: configuration.temperature,
                                                           order: configuration.order),
            workLimit: workLimit.multipliedReportingOverflow(by: revealedSetSpeedup).overflow ? .max : workLimit * revealedSetSpeedup,
            cancellation: cancellation, onStep: onStep)
    }
    return try partialSequenceOutputDistribution(of: target, configuration, plan: plan, workLimit: workLimit,
                                                 cancellation: cancellation, onStep: onStep)
}

/// The exact output distribution by enumerating partial sequences (every order; the reference
/// the revealed-set recursion is tested against).
func partialSequenceOutputDistribution(
    of target: ToyTarget, _ configuration: SamplerConfiguration, plan: StepPlan, workLimit: Int,
    cancellation: CancellationFlag? = nil, onStep: (Int) -> Void = { _ in }
) throws(SamplerError) -> OutputDistribution {
    var evaluation = ExactEvaluation(target: target, configuration: configuration,
                                     meter: WorkMeter(limit: workLimit, cancellation: cancellation))
    var layer: [[UInt8]: PartialState] = [
        Array(repeating: maskToken, count: target.length):
            PartialState(mass: 1, consistent: target.sequences.indices.map { Int32($0) }),
    ]
    for (index, step) in plan.enumerated() {
        onStep(index + 1)
        layer = try evaluation.advance(layer, by: step)
    }
    var probabilities = Array(repeating: 0.0, count: target.sequences.count)
    for pattern in sortedKeys(layer) {
        if let index = layer[pattern]!.consistent.first { probabilities[Int(index)] += layer[pattern]!.mass }
    }
    return OutputDistribution(probabilities: probabilities, invalid: min(1, max(0, evaluation.invalid)))
}

/// How many revealed-set operations (a group entry touched: a multiply-add over flat arrays)
/// are allowed per operation of the partial-sequence enumeration (a consistent sequence hashed
/// into a child state, about 150 ns: its 2,000,000 took about 0.3 s on sticky-chain). A chosen
/// ratio, not a measured one, that keeps the revealed-set limit within a fraction of a second.
let revealedSetSpeedup = 50

/// A partial sequence's probability and the support sequences consistent with it.
struct PartialState {
    var mass: Double
    var consistent: [Int32]
}

/// The step-by-step state of one exact evaluation.
private struct ExactEvaluation {
    let target: ToyTarget
    let configuration: SamplerConfiguration
    var invalid = 0.0
    var meter: WorkMeter

    init(target: ToyTarget, configuration: SamplerConfiguration, meter: WorkMeter) {
        self.target = target
        self.configuration = configuration
        self.meter = meter
    }

    mutating func advance(_ layer: [[UInt8]: PartialState], by step: PlannedStep) throws(SamplerError) -> [[UInt8]: PartialState] {
        var next: [[UInt8]: PartialState] = [:]
        for pattern in sortedKeys(layer) {
            let state = layer[pattern]!
            let masked = step.positions.filter { pattern[$0] == maskToken }
            guard let marginals = target.marginals(over: state.consistent, length: target.length) else { continue }
            let draw = marginals.map { tempered($0, temperature: configuration.temperature) }
            for (count, countProbability) in step.countDistribution(masked: masked.count) where countProbability > 0 {
                let mass = state.mass * countProbability
                if count == 0 {
                    next[pattern, default: PartialState(mass: 0, consistent: state.consistent)].mass += mass
                    continue
                }
                if configuration.order == .confidence {
                    try revealByConfidence(count, of: masked, in: pattern, state: state, mass: mass,
                                           marginals: marginals, draw: draw, into: &next)
                } else {
                    if configuration.order == .random {
                        // Every subset is charged for the consistent sequences it splits; refuse
                        // before listing C(masked, count) subsets that would exceed the limit.
                        try meter.chargeAhead(binomialCoefficient(masked.count, count) * Double(state.consistent.count))
                    }
                    for (subset, subsetProbability) in subsets(of: masked, count: count, marginals: marginals) {
                        try reveal(subset, in: pattern, consistent: state.consistent, mass: mass * subsetProbability,
                                   draw: draw, into: &next)
                    }
                }
            }
        }
        return next
    }

    /// The position subsets of size `count` and their probabilities under random, margin or
    /// entropy order.
    private func subsets(of masked: [Int], count: Int, marginals: [[Double]]) -> [([Int], Double)] {
        switch configuration.order {
        case .random:
            let all = combinations(of: masked, size: count)
            return all.map { ($0, 1 / Double(all.count)) }
        case .margin, .entropy:
            let scores = masked.map { configuration.order.score(of: marginals[$0]) }
            return [(topPositions(masked, scores: scores, count: count), 1)]
        case .confidence:
            preconditionFailure("confidence order enumerates joint draws")
        }
    }

    /// Reveals `subset` with values drawn independently: one child per distinct projection of
    /// the consistent sequences onto the subset, with probability Π_i draw_i(x_i); the rest of
    /// the draws contradict every support sequence and go to `invalid`.
    private mutating func reveal(
        _ subset: [Int], in pattern: [UInt8], consistent: [Int32], mass: Double, draw: [[Double]],
        into next: inout [[UInt8]: PartialState]
    ) throws(SamplerError) {
        try meter.charge(consistent.count)
        let kept = revealDrawn(subset, in: pattern, consistent: consistent, mass: mass, draw: draw, of: target, into: &next)
        invalid += mass * max(0, 1 - kept)
    }

    /// LLaDA's low-confidence remasking: every joint draw of the masked positions, keeping the
    /// `count` whose drawn value has the highest denoiser probability.
    private mutating func revealByConfidence(
        _ count: Int, of masked: [Int], in pattern: [UInt8], state: PartialState, mass: Double,
        marginals: [[Double]], draw: [[Double]], into next: inout [[UInt8]: PartialState]
    ) throws(SamplerError) {
        let choices = masked.map { position in draw[position].indices.filter { draw[position][$0] > 0 } }
        try meter.chargeAhead(choices.reduce(1.0) { $0 * Double($1.count) })
        let draws = choices.reduce(1) { $0 * $1.count }
        try meter.charge(draws)
        var outcomes: [[UInt8]: Double] = [:]
        var odometer = Array(repeating: 0, count: masked.count)
        for _ in 0..<draws {
            let symbols = masked.indices.map { choices[$0][odometer[$0]] }
            var probability = 1.0
            for (slot, position) in masked.enumerated() { probability *= draw[position][symbols[slot]] }
            let confidences = masked.indices.map { marginals[masked[$0]][symbols[$0]] }
            let kept = topSlots(confidences, count: count)
            var child = pattern
            for slot in masked.indices where kept.contains(slot) {
                child[masked[slot]] = UInt8(symbols[slot])
            }
            outcomes[child, default: 0] += probability
            for slot in masked.indices {
                odometer[slot] += 1
                if odometer[slot] < choices[slot].count { break }
                odometer[slot] = 0
            }
        }
        for child in sortedKeys(outcomes) {
            let probability = outcomes[child]!
            // Finding the child's consistent sequences scans the parent's: charged as the reveal is.
            try meter.charge(state.consistent.count)
            let consistent = target.consistentIndices(with: child, among: state.consistent)
            if consistent.isEmpty {
                invalid += mass * probability
            } else {
                next[child, default: PartialState(mass: 0, consistent: consistent)].mass += mass * probability
            }
        }
    }
}

/// Dictionary keys in lexicographic order, so sums run in the same order on every run and the
/// results are reproducible to the last bit.
/// The reveal step shared by the exact evaluations of schedules and policies: `subset` is set
/// with values drawn independently, one child partial sequence per distinct projection of the
/// `consistent` support sequences onto the subset, with probability Π_i draw_i(x_i), added to
/// `next` with `mass` times it (in lexicographic order of the children, so sums are
/// reproducible). Returns the probability kept on the support; the rest of the draws contradict
/// every support sequence and are the caller's to count as invalid.
func revealDrawn(
    _ subset: [Int], in pattern: [UInt8], consistent: [Int32], mass: Double, draw: [[Double]], of target: ToyTarget,
    into next: inout [[UInt8]: PartialState]
) -> Double {
    var children: [[UInt8]: [Int32]] = [:]
    for index in consistent {
        let sequence = target.sequences[Int(index)]
        var child = pattern
        for position in subset { child[position] = sequence[position] }
        children[child, default: []].append(index)
    }
    var kept = 0.0
    for child in sortedKeys(children) {
        let members = children[child]!
        let sequence = target.sequences[Int(members[0])]
        let probability = subset.reduce(1.0) { $0 * draw[$1][Int(sequence[$1])] }
        guard probability > 0 else { continue }
        kept += probability
        next[child, default: PartialState(mass: 0, consistent: members)].mass += mass * probability
    }
    return kept
}

func sortedKeys<Value>(_ dictionary: [[UInt8]: Value]) -> [[UInt8]] {
    dictionary.keys.sorted { $0.lexicographicallyPrecedes($1) }
}

/// The slots of the `count` largest scores, ties to the lower slot.
private func topSlots(_ scores: [Double], count: Int) -> Set<Int> {
    Set(topPositions(Array(scores.indices), scores: scores, count: count))
}

/// C(n, k) as a double.
func binomialCoefficient(_ n: Int, _ k: Int) -> Double {
    guard k >= 0, k <= n else { return 0 }
    var result = 1.0
    for i in 0..<min(k, n - k) { result = result * Double(n - i) / Double(i + 1) }
    return result
}

/// Every subset of `items` of the given size, in lexicographic order. Iterative, so a large
/// size cannot overflow the stack; callers bound C(items.count, size) first.
func combinations(of items: [Int], size: Int) -> [[Int]] {
    guard size > 0 else { return [[]] }
    guard size <= items.count else { return [] }
    var result: [[Int]] = []
    var chosen = Array(0..<size)
    while true {
        result.append(chosen.map { items[$0] })
        // The rightmost slot that can still move right, then everything after it packed behind.
        var slot = size - 1
        while slot >= 0, chosen[slot] == items.count - size + slot { slot -= 1 }
        if slot < 0 { return result }
        chosen[slot] += 1
        for next in (slot + 1)..<size { chosen[next] = chosen[next - 1] + 1 }
    }
}
