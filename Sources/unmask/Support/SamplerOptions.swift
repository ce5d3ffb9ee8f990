import ArgumentParser
import UnmaskCore

extension RevealOrder: ExpressibleByArgument {}
extension SamplingErrorMetric: ExpressibleByArgument {}

/// `--target NAME` or `--target-file PATH`, shared by the toy-sampler commands.
struct TargetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A built-in toy target (see `unmask targets`).", valueName: "name"))
    var target: String?

    @Option(help: ArgumentHelp(
        "A target file: one sequence per line, characters as tokens, an optional weight after a space.",
        valueName: "path"))
    var targetFile: String?

    /// The chosen target; exactly one of the two options must be given.
    func resolve() throws(UsageError) -> ToyTarget {
        switch (target, targetFile) {
        case (nil, nil): throw UsageError("give --target NAME (see `unmask targets`) or --target-file PATH")
        case (.some, .some): throw UsageError("give either --target or --target-file, not both")
        case let (name?, nil): return try usage { () throws(ToyTargetError) in try ToyTarget.named(name) }
        case let (nil, path?): return try usage { () throws(ToyTargetError) in try ToyTarget(contentsOfFile: path) }
        }
    }
}

/// The N-step sampler's options, shared by sample, eval, heatmap and search.
struct SamplerOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Number of sampling steps N on the grid t_k = k/N.")
    var steps: Int?

    @Option(help: "Tokens per step: cumulative, llada or stochastic (the ancestral sampler).")
    var rounding: TokenRounding = .cumulative

    @Option(help: "Which masked positions a step reveals: random, confidence, margin or entropy.")
    var order: RevealOrder = .random

    @Option(parsing: .unconditional, help: "Draw values from q^(1/τ); 1 is the exact denoiser, 0 the argmax.")
    var temperature: Double = 1

    @Option(parsing: .unconditional, help: "Semi-autoregressive block length B (divides n; N divisible by n/B).")
    var blockLength: Int?

    @Option(parsing: .unconditional, help: "Seed of the sampler's random numbers.")
    var seed: UInt64 = 0

    /// The configuration for a schedule, checked against the target's length.
    func configuration(_ schedule: MaskSchedule, for target: ToyTarget) throws(UsageError) -> SamplerConfiguration {
        guard let steps else { throw UsageError("--steps N is required") }
        try requirePositive(steps, "--steps N")
        let configuration = SamplerConfiguration(schedule: schedule, steps: steps, rounding: rounding, order: order,
                                                 temperature: temperature, blockLength: blockLength, seed: seed)
        try usage { () throws(SamplerError) in try configuration.validate(length: target.length) }
        return configuration
    }
}
