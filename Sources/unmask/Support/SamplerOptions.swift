import ArgumentParser
import UnmaskCore

extension RevealOrder: ExpressibleByArgument {}
extension SamplingErrorMetric: ExpressibleByArgument {}

/// The N-step sampler's options, shared by sample, eval, heatmap and search: the step plan plus
/// the reveal order and the draw temperature.
struct SamplerOptions: ParsableArguments {
    @OptionGroup var plan: StepPlanOptions

    @Option(help: "Which masked positions a step reveals: random, confidence, margin or entropy.")
    var order: RevealOrder = .random

    @OptionGroup var temperatureOption: TemperatureOption

    var temperature: Double { temperatureOption.temperature }

    /// The configuration for a schedule, checked against the target's length.
    func configuration(_ schedule: MaskSchedule, for target: ToyTarget) throws(UsageError) -> SamplerConfiguration {
        let request = try plan.request(length: target.length)
        let configuration = SamplerConfiguration(schedule: schedule, steps: request.steps, rounding: request.rounding,
                                                 order: order, temperature: temperature,
                                                 blockLength: request.blockLength, seed: request.seed)
        try usage { () throws(SamplerError) in try configuration.validate(length: target.length) }
        return configuration
    }

    /// The configuration for an adaptive policy, checked against the target's length: --steps is
    /// an optional cap, --block-length and --seed as for a schedule; --order and --rounding are
    /// not read.
    func configuration(_ policy: StepPolicy, for target: ToyTarget) throws(UsageError) -> PolicyConfiguration {
        let configuration = PolicyConfiguration(policy: policy, temperature: temperature,
                                                blockLength: try plan.blockLength.resolved(),
                                                stepCap: try plan.steps.resolved(), seed: plan.seed.value())
        try usage { () throws(SamplerError) in try configuration.validate(length: target.length) }
        return configuration
    }
}

/// `--temperature τ`: the draw temperature of the sampler and of the policies.
struct TemperatureOption: ParsableArguments {
    @Option(parsing: .unconditional, help: "Draw values from q^(1/τ); 1 is the exact denoiser, 0 the argmax; otherwise finite and at least \(Limits.minimumTemperature).")
    var temperature: Double = 1
}
