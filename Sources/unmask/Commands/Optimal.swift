import ArgumentParser
import UnmaskCore

struct Optimal: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The information-optimal token counts for N steps, and how close the best Beta schedule comes.",
        discussion: """
            With random order and the exact denoiser, the mean over orders of the
            sampler's KL for token counts s_1…s_N is, from the target's information
            curve Z (`unmask info`; Chen, Cong & Li 2026; docs/theory.md §12),
              KL̄ = Σ_j Z_j − Σ_k s_k·Z_{m_k+1},  m_k = s_1 + … + s_{k−1}.
            counts is the profile of least KL̄ among those revealing at least one
            token per step (empty steps never help: Z is non-decreasing), found by
            dynamic programming; ties go to the profile with the fewest tokens
            first. best_beta_a, best_beta_b is the Beta(a, b) schedule whose
            counts (under --rounding) have the least KL̄: a 41 × 41 log grid over
            a, b ∈ 0.01…100, refined around its 3 best cells (as `unmask search`),
            ties to the least energy. gap is best_beta_kl_orders − kl_orders ≥ 0,
            0 below 1e-12 nats (the metric's tie tolerance).
            Where feasible (compositions × support × n at most \(Limits.maximumExactProfileWork),
            and every exact evaluation within its limit; else a note on stderr),
            tv_counts and kl_counts are the profiles of least exact TV and KL of the
            random-order sampler (`unmask eval`), found by evaluating every
            composition of n into N parts, each with its value (tv, kl) and the
            Beta schedule of least exact TV or KL on the same grid
            (tv_best_beta_a, …, kl_best_beta_kl).
            N must be 1…n; --rounding is cumulative or llada (stochastic counts
            are not one profile, and are refused). The information curve is computed once; the search
            costs O(N) per schedule, so the KL̄ part takes well under a second on
            every built-in target (long-chain, n = 12, included).

            Examples:
              unmask optimal --target paper-balanced --steps 3
              unmask optimal --target sticky-chain --steps 4 --format json
              unmask optimal --target long-chain --steps 6 --rounding llada
            """
    )

    @OptionGroup var targetOptions: TargetOptions

    @OptionGroup var stepsOption: StepsOption

    @OptionGroup var rounding: RoundingOption

    @OptionGroup var output: FormatOption

    func run() throws {
        let target = try targetOptions.resolve()
        let steps = try stepsOption.required()
        guard steps <= target.length else {
            throw UsageError("--steps N = \(steps) exceeds the length n = \(target.length) of \(target.name): every step reveals at least one token")
        }
        let sampler = SamplerConfiguration(schedule: .uniform, steps: steps, rounding: rounding.rounding)
        let metric = try usage { () throws(PlaneMetricError) in
            try PlaneMetric(.klOrders, PlaneMetricInputs(target: target, sampler: sampler))
        }
        let curve = try usage { () throws(InformationCurveError) in try InformationCurve.cached(target) }
        let counts = curve.optimalCounts(steps: steps)
        let optimum = curve.orderAveragedKL(counts: counts)
        guard let best = bestBetaSchedule(metric: metric, steps: steps) else { throw UsageError("no Beta schedule could be evaluated") }
        var run = sampler
        run.schedule = MaskSchedule(.beta(a: best.a, b: best.b))
        let betaCounts = try usage { () throws(SamplerError) in try run.plan(length: target.length).counts }
        let list = { (values: [Int]) in ReportValue.list(values.map(ReportValue.int)) }
        var fields: [(String, ReportValue)] = [
            ("target", .string(target.name)), ("steps", .int(steps)), ("rounding", .string(rounding.rounding.rawValue)),
            ("tc", .double(curve.totalCorrelation)), ("counts", list(counts)), ("kl_orders", .double(optimum)),
            ("best_beta_a", .double(best.a)), ("best_beta_b", .double(best.b)), ("best_beta_counts", list(betaCounts)),
            ("best_beta_kl_orders", .double(best.value)), ("gap", .double(best.value - optimum > 1 / PlaneMetric.tieScale ? best.value - optimum : 0)),
        ]
        let exact: (tv: ProfileOptimum, kl: ProfileOptimum)?
        do {
            exact = try exactOptimalProfiles(of: target, steps: steps)
        } catch {
            exact = nil
            try StandardStreams.note("note: the exhaustive search for the least exact TV and KL is skipped: "
                                     + error.description.replacing("; use --method monte-carlo", with: ""))
        }
        if let exact {
            for (name, metric, optimum) in [("tv", SamplingErrorMetric.tv, exact.tv), ("kl", .kl, exact.kl)] {
                fields.append(("\(name)_counts", list(optimum.counts)))
                fields.append((name, .double(optimum.value)))
                let plane = try usage { () throws(PlaneMetricError) in
                    try PlaneMetric(PlaneMetric.Kind(metric), PlaneMetricInputs(target: target, sampler: sampler))
                }
                if let beta = bestBetaSchedule(metric: plane, steps: steps) {
                    fields += [("\(name)_best_beta_a", .double(beta.a)), ("\(name)_best_beta_b", .double(beta.b)),
                               ("\(name)_best_beta_\(name)", .double(beta.value))]
                }
            }
        }
        try Report(orderedFields: fields).write(as: output.resolved)
    }
}
