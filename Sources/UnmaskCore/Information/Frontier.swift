/// The error–NFE frontier of a target (issue 14, item 6; docs/theory.md §13): where count
/// schedules and adaptive policies land in (denoiser calls, error).
///
/// For each step count N, four count schedules, each N calls: `linear` (α = t), `sin2`
/// (α = sin²(πt/2)), `best-beta` (the Beta(a, b) of least order-averaged KL KL̄ at N, found as
/// `unmask optimal` finds it: `bestBetaSchedule` on the kl-orders plane) and `optimal` (the
/// information-optimal count profile `InformationCurve.optimalCounts(steps:)`), each with its
/// exact TV and KL(q‖p) under the random-order sampler and its KL̄. For each policy, its mean
/// NFE and its TV and KL (KL̄ is a property of a count schedule: nil for a policy).
public struct Frontier: Sendable, Equatable {
    /// The schedule rows: for each N in `FrontierRequest.steps` order, linear, sin2, best-beta
    /// and optimal.
    public let schedules: [FrontierPoint]
    /// The policy rows, in `FrontierRequest.policies` order.
    public let policies: [FrontierPoint]

    /// Schedules then policies, the order of `unmask frontier`'s rows.
    public var points: [FrontierPoint] { schedules + policies }
}

/// One point of the frontier: a count schedule at N steps or a policy at one parameter.
public struct FrontierPoint: Sendable, Equatable {
    /// What the point is: a count schedule or an adaptive policy.
    public enum Kind: Sendable, Equatable {
        /// A named count schedule (`linear`, `sin2`, `best-beta`) or the information-optimal
        /// profile (`optimal`, schedule nil), at `steps` steps revealing `counts`.
        case schedule(name: String, schedule: MaskSchedule?, steps: Int, counts: [Int])
        case policy(StepPolicy)
    }

    public let kind: Kind
    /// E[NFE]: N for a count schedule (one denoiser call per step, empty steps included).
    public let nfeMean: Double
    /// TV(q, p) and KL(q‖p) of the sampler's output distribution; nil where a Monte Carlo
    /// estimate is not estimable.
    public let tv: Double?
    public let kl: Double?
    /// KL̄ of the schedule's counts (`InformationCurve.orderAveragedKL(counts:)`); nil for a policy,
    /// and at a temperature other than 1, where the sampler's draws are not the exact conditionals
    /// that KL̄ averages over.
    public let klOrders: Double?
    /// How `tv` and `kl` were found.
    public let evaluation: FrontierEvaluation

    /// The row's method: the schedule's name or the policy's.
    public var method: String {
        switch kind {
        case let .schedule(name, _, _, _): name
        case let .policy(policy): policy.name
        }
    }

    /// The schedule spec (`counts:s1,s2,…` for the optimal profile) or the policy's parameters,
    /// its spec after the name (`0.9`; `0.9,0.01` for KLASS).
    public var parameter: String {
        switch kind {
        case let .schedule(_, schedule?, _, _): schedule.description
        case let .schedule(_, nil, _, counts): "counts:" + counts.map(String.init).joined(separator: ",")
        case let .policy(policy): String(policy.description.drop { $0 != ":" }.dropFirst())
        }
    }

    /// N for a count schedule; nil for a policy (it runs until every token is revealed).
    public var steps: Int? {
        if case let .schedule(_, _, steps, _) = kind { return steps }
        return nil
    }
}

/// How a frontier point's TV and KL were obtained.
public enum FrontierEvaluation: Sendable, Equatable {
    /// The exact dynamic programme (`exactOutputDistribution`, `exactPolicyEvaluation`).
    case exact
    /// Beyond the exact evaluation's work limit: a Monte Carlo estimate from this many runs.
    case monteCarlo(samples: Int)

    public var name: String {
        switch self {
        case .exact: "exact"
        case .monteCarlo: "monte-carlo"
        }
    }
}

/// What a frontier computes: the step counts of the schedule rows, the policies, and how the
/// sampler draws.
public struct FrontierRequest: Sendable, Equatable {
    /// The N of the schedule rows, each 1…n.
    public var steps: [Int]
    /// Every policy evaluated, one row each (`sweep(of:)` gives a policy's default sweep).
    public var policies: [StepPolicy]
    /// The draw temperature of schedules and policies alike. KL̄ describes temperature 1: at any
    /// other the points have no KL̄, and best-beta and optimal are still the profiles of least KL̄.
    public var temperature: Double
    /// Runs of a Monte Carlo estimate where the exact evaluation is beyond its work limit.
    public var monteCarloSamples: Int
    /// The seed of those runs.
    public var seed: UInt64
    /// The work limit of each exact evaluation (`exactOutputDistribution`, `exactPolicyEvaluation`).
    public var exactWorkLimit: Int

    public init(steps: [Int], policies: [StepPolicy], temperature: Double = 1, monteCarloSamples: Int = 20_000,
                seed: UInt64 = 0, exactWorkLimit: Int = 2_000_000) {
        self.steps = steps
        self.policies = policies
        self.temperature = temperature
        self.monteCarloSamples = monteCarloSamples
        self.seed = seed
        self.exactWorkLimit = exactWorkLimit
    }

    /// The policy names `sweep(of:)` knows, in the default order.
    public static let sweptPolicies = ["threshold", "entropy-bound", "klass"]

    /// KLASS's stability bound τkl in its default sweep, in nats. Not the 0.01 of KLASS's own
    /// examples: on targets of a few tokens every reveal moves the other marginals by more than
    /// that, so nothing would ever be stable and the whole sweep would be one token a step.
    public static let klassDivergence = 0.3

    /// The default sweep of a policy by name, 10 values each: the threshold τ = 0.05, 0.15, …,
    /// 0.95; the entropy bound γ = 0.01, 0.02, 0.05, …, 5, 10 nats (1-2-5 steps); KLASS's τc =
    /// 0.05, 0.15, …, 0.95 at τkl = `klassDivergence`. Nil for an unknown name.
    public static func sweep(of name: String) -> [StepPolicy]? {
        let confidences = (0..<10).map { (Double(2 * $0 + 1) * 0.05 * 1e6).rounded() / 1e6 }
        return switch name {
        case "threshold": confidences.map { .threshold($0) }
        case "entropy-bound": [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10].map { .entropyBound($0) }
        case "klass": confidences.map { .klass(confidence: $0, divergence: klassDivergence) }
        default: nil
        }
    }

    /// The default step counts for a target of n tokens: 1…min(n, 16).
    public static func defaultSteps(length: Int) -> [Int] { Array(1...max(1, min(length, 16))) }
}

/// Why a frontier cannot be computed; one line naming the bad value.
public enum FrontierError: Error, Equatable, CustomStringConvertible {
    case stepsBeyondLength(steps: Int, length: Int)
    case information(InformationCurveError)
    case sampler(SamplerError)
    case planeMetric(PlaneMetricError)

    public var description: String {
        switch self {
        case let .stepsBeyondLength(steps, length):
            "N = \(steps) exceeds the length n = \(length): the optimal profile reveals at least one token per step"
        case let .information(error): error.description
        case let .sampler(error): error.description
        case let .planeMetric(error): error.description
        }
    }
}

/// The frontier of `target` (see `Frontier`). Count schedules use cumulative rounding, random
/// order and no blocks; policies run without a step cap and without blocks. Every exact
/// evaluation of the schedules shares the target's conditionals (`SupportProjections`), and Z
/// is the cached curve (`InformationCurve.cached`). An evaluation beyond the exact work limit
/// is estimated from `monteCarloSamples` runs instead, and says so in `evaluation`.
public func frontier(of target: ToyTarget, _ request: FrontierRequest) throws(FrontierError) -> Frontier {
    let n = target.length
    if let bad = request.steps.first(where: { !(1...n).contains($0) }) { throw .stepsBeyondLength(steps: bad, length: n) }
    let curve: InformationCurve
    do { curve = try InformationCurve.cached(target) } catch { throw .information(error) }
    let projections = SupportProjections.supports(target)
        ? SupportProjections(target: target, temperature: request.temperature, order: .random) : nil
    var schedules: [FrontierPoint] = []
    for steps in request.steps {
        let metric: PlaneMetric
        do {
            metric = try PlaneMetric(.klOrders, PlaneMetricInputs(target: target, sampler: SamplerConfiguration(schedule: .uniform, steps: steps)))
        } catch { throw .planeMetric(error) }
        var named: [(String, MaskSchedule?)] = [("linear", MaskSchedule(.linear)), ("sin2", MaskSchedule(.sin2))]
        if let best = bestBetaSchedule(metric: metric, steps: steps) { named.append(("best-beta", MaskSchedule(.beta(a: best.a, b: best.b)))) }
        named.append(("optimal", nil))
        for (name, schedule) in named {
            let configuration = SamplerConfiguration(schedule: schedule ?? .uniform, steps: steps, temperature: request.temperature,
                                                     seed: request.seed)
            let plan: StepPlan
            if schedule != nil {
                do { plan = try configuration.plan(length: n) } catch { throw .sampler(error) }
            } else {
                plan = StepPlan(counts: curve.optimalCounts(steps: steps))
            }
            schedules.append(try frontierPoint(of: target, .schedule(name: name, schedule: schedule, steps: steps, counts: plan.counts),
                                               configuration: configuration, plan: plan, curve: curve, projections: projections,
                                               samples: request.monteCarloSamples, workLimit: request.exactWorkLimit))
        }
    }
    var policies: [FrontierPoint] = []
    for policy in request.policies {
        policies.append(try frontierPoint(of: target, policy, temperature: request.temperature, samples: request.monteCarloSamples,
                                          seed: request.seed, workLimit: request.exactWorkLimit))
    }
    return Frontier(schedules: schedules, policies: policies)
}

/// The frontier point of one count schedule at N steps (cumulative rounding, random order, no
/// blocks): the point the explorer draws for its cursor's schedule beside `frontier(of:_:)`'s
/// curves, evaluated exactly as they are.
public func frontierPoint(
    of target: ToyTarget, schedule: MaskSchedule, steps: Int, temperature: Double = 1, monteCarloSamples: Int = 20_000,
    seed: UInt64 = 0, exactWorkLimit: Int = 2_000_000
) throws(FrontierError) -> FrontierPoint {
    let configuration = SamplerConfiguration(schedule: schedule, steps: steps, temperature: temperature, seed: seed)
    let curve: InformationCurve
    let plan: StepPlan
    do { curve = try InformationCurve.cached(target) } catch { throw .information(error) }
    do { plan = try configuration.plan(length: target.length) } catch { throw .sampler(error) }
    return try frontierPoint(of: target, .schedule(name: schedule.description, schedule: schedule, steps: steps, counts: plan.counts),
                             configuration: configuration, plan: plan, curve: curve, projections: nil, samples: monteCarloSamples,
                             workLimit: exactWorkLimit)
}

/// A count schedule's point: exact TV and KL on `plan` (Monte Carlo past the work limit) and KL̄.
private func frontierPoint(
    of target: ToyTarget, _ kind: FrontierPoint.Kind, configuration: SamplerConfiguration, plan: StepPlan,
    curve: InformationCurve, projections: SupportProjections?, samples: Int, workLimit: Int
) throws(FrontierError) -> FrontierPoint {
    let klOrders = configuration.temperature == 1 ? curve.orderAveragedKL(counts: plan.counts) : nil
    let nfe = Double(plan.count)
    do {
        let output = try exactOutputDistribution(of: target, configuration, plan: plan, workLimit: workLimit, projections: projections)
        return FrontierPoint(kind: kind, nfeMean: nfe, tv: SamplingErrorMetric.tv.value(output, target: target),
                             kl: SamplingErrorMetric.kl.value(output, target: target), klOrders: klOrders, evaluation: .exact)
    } catch .stateSpaceTooLarge {
        do {
            let estimate = try monteCarloOutputDistribution(of: target, configuration, plan: plan, samples: samples)
            return FrontierPoint(kind: kind, nfeMean: nfe, tv: estimate.metric(.tv, target: target).value,
                                 kl: estimate.metric(.kl, target: target).value, klOrders: klOrders,
                                 evaluation: .monteCarlo(samples: samples))
        } catch { throw .sampler(error) }
    } catch { throw .sampler(error) }
}

/// A policy's point: exact output and NFE distributions (Monte Carlo past the work limit).
private func frontierPoint(
    of target: ToyTarget, _ policy: StepPolicy, temperature: Double, samples: Int, seed: UInt64, workLimit: Int
) throws(FrontierError) -> FrontierPoint {
    let configuration = PolicyConfiguration(policy: policy, temperature: temperature, seed: seed)
    do {
        let exact = try exactPolicyEvaluation(of: target, configuration, workLimit: workLimit)
        return FrontierPoint(kind: .policy(policy), nfeMean: exact.nfe.mean, tv: SamplingErrorMetric.tv.value(exact.output, target: target),
                             kl: SamplingErrorMetric.kl.value(exact.output, target: target), klOrders: nil, evaluation: .exact)
    } catch .stateSpaceTooLarge {
        do {
            let estimate = try monteCarloPolicyEvaluation(of: target, configuration, samples: samples)
            return FrontierPoint(kind: .policy(policy), nfeMean: estimate.nfe.mean, tv: estimate.estimate.metric(.tv, target: target).value,
                                 kl: estimate.estimate.metric(.kl, target: target).value, klOrders: nil,
                                 evaluation: .monteCarlo(samples: samples))
        } catch { throw .sampler(error) }
    } catch { throw .sampler(error) }
}
