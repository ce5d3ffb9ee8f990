import ArgumentParser
import UnmaskCore

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The N-step sampler's error on a toy target: TV, KL and invalid mass.",
        discussion: """
            tv       ½·Σ|q(x) − p(x)| between the target q and the sampler's output p
            kl       KL(q‖p), inf when the sampler misses part of the support
            invalid  p(outside the support of q)
            --method exact computes p by dynamic programming over partial sequences;
            monte-carlo runs the sampler --samples times and estimates each metric from
            those draws, with a 95% interval that contains the estimate:
              invalid  the fraction of draws outside the support, Wilson interval;
              tv       the plug-in TV(q, p̂) is biased upward when the support is not
                       much smaller than the samples (tv_plug_in); tv is its bootstrap
                       bias-corrected value 2θ̂ − mean(θ*) over 400 resamples, with the
                       basic bootstrap interval, extended to 0 (tv_note) when θ̂ is within
                       the noise of draws from q itself;
              kl       the same for KL(q‖p̂), or "not estimable" (kl_note) when a support
                       sequence was never sampled, which makes the plug-in infinite.
            tv_estimator and kl_estimator name the method (docs/theory.md §9).
            auto (default) is exact unless its state space is too large, then Monte Carlo
            with a note. most_likely lists the outputs p favours most (under Monte Carlo,
            among the first 10000 distinct invalid outputs; later ones are counted in
            invalid but not listed). A Monte Carlo run over a second shows its progress
            on a terminal (--quiet hides it).

            With --policy SPEC (threshold:T, entropy-bound:G or klass:C,K) instead of
            --alpha, the same dynamic programme also gives the distribution of the number
            of denoiser calls: nfe_mean, nfe_min, nfe_max and nfe_histogram
            (nfe=k p=P(NFE = k)).
            --steps N is then an optional cap: step N reveals every token still masked,
            and capped is the probability that a run got there (Monte Carlo: capped_runs
            of the --samples runs, and their fraction).

            Examples:
              unmask eval --target paper-extremes --alpha beta:0.9,0.3 --steps 3
              unmask eval --target paper-balanced --alpha beta:0.3,0.9 --steps 3
              unmask eval --target words --alpha linear --steps 4 --order confidence
              unmask eval --target sticky-chain --alpha cosine --steps 4 \\
                --method monte-carlo --samples 50000 --format json
              unmask eval --target paper-balanced --policy threshold:0.7
              unmask eval --target addition --policy entropy-bound:0.5 --block-length 3
              unmask eval --target words --policy threshold:0.9 --temperature 0 --steps 3 \\
                --format json
              unmask eval --target paper-balanced --policy klass:0.9,0.01
            """
    )

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case auto
        case exact
        case monteCarlo = "monte-carlo"
    }

    @OptionGroup var targetOptions: TargetOptions

    @OptionGroup var stepping: SteppingOptions

    @OptionGroup var sampler: SamplerOptions

    @Option(help: "exact, monte-carlo, or auto (exact when feasible).")
    var method: Method = .auto

    @Option(parsing: .unconditional, help: "Sampler runs for --method monte-carlo (at most \(Limits.maximumSamples)).")
    var samples: Int = 20_000

    @Option(parsing: .unconditional, help: "How many of the most likely outputs to list (at most \(Limits.maximumTop)).")
    var top: Int = 5

    @OptionGroup var progress: ProgressOption

    @OptionGroup var output: FormatOption

    func run() throws {
        let target = try targetOptions.resolve()
        let stepping = try self.stepping.resolved()
        try requireCount(samples, "--samples", atMost: Limits.maximumSamples)
        try requireCount(top, "--top", atMost: Limits.maximumTop)
        switch stepping {
        case let .schedule(schedule): try evaluate(schedule, on: target)
        case let .policy(policy): try evaluate(policy, on: target)
        }
    }

    private func evaluate(_ schedule: MaskSchedule, on target: ToyTarget) throws {
        let configuration = try sampler.configuration(schedule, for: target)
        var fields: [(String, ReportValue)] = [
            ("target", .string(target.name)), ("alpha", .string(schedule.description)),
            ("steps", .int(configuration.steps)), ("rounding", .string(configuration.rounding.rawValue)),
            ("order", .string(configuration.order.rawValue)),
        ]
        if method != .monteCarlo, let exact = try exactOrNil({ () throws(SamplerError) in
            try exactOutputDistribution(of: target, configuration)
        }) {
            fields += exactFields(exact, target: target)
        } else {
            let estimate = try monteCarlo { progress throws(SamplerError) in
                try monteCarloOutputDistribution(of: target, configuration, samples: samples, progress: progress)
            }
            fields += monteCarloFields(estimate, target: target)
        }
        try Report(orderedFields: fields).write(as: output.resolved)
    }

    /// A policy's report: today's fields with `policy` for `alpha` (and `steps` only as a given
    /// cap), then nfe_mean, nfe_min, nfe_max, the histogram nfe_histogram (nfe, p) and the
    /// runs that hit the cap (exact: their probability `capped`; Monte Carlo: `capped_runs` and
    /// their fraction `capped`).
    private func evaluate(_ policy: StepPolicy, on target: ToyTarget) throws {
        let configuration = try sampler.configuration(policy, for: target)
        var fields: [(String, ReportValue)] = [("target", .string(target.name)), ("policy", .string(policy.description))]
        if let cap = configuration.stepCap { fields.append(("steps", .int(cap))) }
        fields.append(("temperature", .double(configuration.temperature)))
        if let blockLength = configuration.blockLength { fields.append(("block_length", .int(blockLength))) }
        let nfe: NFEDistribution
        let capped: [(String, ReportValue)]
        var tail: [(String, ReportValue)]
        if method != .monteCarlo, let exact = try exactOrNil({ () throws(SamplerError) in
            try exactPolicyEvaluation(of: target, configuration)
        }) {
            tail = exactFields(exact.output, target: target)
            nfe = exact.nfe
            capped = [("capped", .double(exact.capped))]
        } else {
            let estimate = try monteCarlo { progress throws(SamplerError) in
                try monteCarloPolicyEvaluation(of: target, configuration, samples: samples, progress: progress)
            }
            tail = monteCarloFields(estimate.estimate, target: target)
            nfe = estimate.nfe
            capped = [("capped_runs", .int(estimate.cappedRuns)),
                      ("capped", .double(Double(estimate.cappedRuns) / Double(samples)))]
        }
        let mostLikely = tail.removeLast()
        fields += tail
        fields += [("nfe_mean", .double(nfe.mean)), ("nfe_min", .int(nfe.minimum)), ("nfe_max", .int(nfe.maximum)),
                   ("nfe_histogram", .records(nfe.histogram.map { [("nfe", .int($0.nfe)), ("p", .double($0.probability))] }))]
        fields += capped
        fields.append(mostLikely)
        try Report(orderedFields: fields).write(as: output.resolved)
    }

    /// method, the three metrics and most_likely (last) of an exact distribution.
    private func exactFields(_ exact: OutputDistribution, target: ToyTarget) -> [(String, ReportValue)] {
        var fields: [(String, ReportValue)] = [("method", .string("exact"))]
        for metric in SamplingErrorMetric.allCases {
            fields.append((metric.rawValue, .double(metric.value(exact, target: target))))
        }
        fields.append(("most_likely", mostLikely(target, exact, invalidCounts: [:], samples: nil)))
        return fields
    }

    /// method, samples, each metric with its interval, estimator and note, and most_likely (last)
    /// of a Monte Carlo estimate.
    private func monteCarloFields(_ estimate: MonteCarloEstimate, target: ToyTarget) -> [(String, ReportValue)] {
        var fields: [(String, ReportValue)] = [("method", .string("monte-carlo")), ("samples", .int(samples))]
        for metric in SamplingErrorMetric.allCases {
            let result = estimate.metric(metric, target: target)
            let name = metric.rawValue
            if let value = result.value, let interval = result.interval {
                fields.append((name, .double(value)))
                fields.append(("\(name)_low", .double(interval.lowerBound)))
                fields.append(("\(name)_high", .double(interval.upperBound)))
            } else {
                fields.append((name, .string("not estimable")))
            }
            if metric != .invalid, result.plugIn.isFinite { fields.append(("\(name)_plug_in", .double(result.plugIn))) }
            fields.append(("\(name)_estimator", .string(result.estimator)))
            if let note = result.note { fields.append(("\(name)_note", .string(note))) }
        }
        fields.append(("most_likely", mostLikely(target, estimate.distribution, invalidCounts: estimate.invalidCounts, samples: samples)))
        return fields
    }

    /// A Monte Carlo run with its progress line.
    private func monteCarlo<T>(_ body: (((Int) -> Void)?) throws(SamplerError) -> T) throws -> T {
        let line = progress.start("monte carlo", total: samples, unit: "samples")
        let result = try usage { () throws(SamplerError) in try body { line?.report(done: $0) } }
        line?.finish()
        return result
    }

    /// The exact result, or nil (with a note on stderr) when --method auto finds it too large.
    private func exactOrNil<T>(_ body: () throws(SamplerError) -> T) throws -> T? {
        do {
            return try body()
        } catch let error {
            guard case .stateSpaceTooLarge = error else { throw UsageError(error) }
            if method == .exact { throw UsageError(error) }
            try StandardStreams.note("note: \(error.description); using Monte Carlo with \(samples) samples")
            return nil
        }
    }

    private func mostLikely(_ target: ToyTarget, _ output: OutputDistribution, invalidCounts: [[UInt8]: Int], samples: Int?) -> ReportValue {
        var outputs = zip(target.sequences, output.probabilities).map { ($0, $1, true) }
        if let samples {
            outputs += invalidCounts.map { ($0, Double($1) / Double(samples), false) }
        }
        let best = outputs.filter { $0.1 > 0 }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : target.text(of: $0.0) < target.text(of: $1.0) }.prefix(top)
        return .records(best.map { sequence, probability, valid in
            [("sequence", .string(target.text(of: sequence))), ("p", .double(probability)),
             ("q", .double(target.probability(of: sequence))), ("valid", .bool(valid))]
        })
    }
}
