import ArgumentParser
import UnmaskCore

extension TokenRounding: ExpressibleByArgument {}

/// `--steps N`, declared and checked here only.
struct StepsOption: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Number of sampling steps N on the grid t_k = k/N (1…\(Limits.maximumSteps); explore: 1…\(Limits.explorerMaximumSteps)).",
        valueName: "n"))
    var steps: Int?

    /// N if given, checked against its limit (the explorer's is lower: `Limits`).
    func resolved(atMost limit: Int = Limits.maximumSteps) throws(UsageError) -> Int? {
        guard let steps else { return nil }
        try requireCount(steps, "--steps N", atMost: limit)
        return steps
    }

    /// N, which this use requires.
    func required() throws(UsageError) -> Int {
        guard let steps = try resolved() else { throw UsageError("--steps N is required") }
        return steps
    }
}

/// `--length L`, declared and checked here only.
struct LengthOption: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Sequence length L in tokens (1…\(Limits.maximumLength); explore: 1…\(Limits.explorerMaximumLength)).",
        valueName: "n"))
    var length: Int?

    /// L if given, checked against its limit; `symbol` names it in errors (the energies call
    /// the sequence length n).
    func resolved(symbol: String = "L", atMost limit: Int = Limits.maximumLength) throws(UsageError) -> Int? {
        guard let length else { return nil }
        try requireCount(length, "--length \(symbol)", atMost: limit)
        return length
    }
}

/// `--rounding R`: how α's increments become whole tokens.
struct RoundingOption: ParsableArguments {
    @Option(help: "Tokens per step: cumulative, llada or stochastic (the ancestral sampler).")
    var rounding: TokenRounding = .cumulative
}

/// `--seed S`: the seed of the sampler's random numbers and of stochastic rounding.
struct SeedOption: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Seed of the sampler's random numbers and of stochastic rounding (default 0; explore: 1).", valueName: "s"))
    var seed: UInt64?

    func value(default fallback: UInt64 = 0) -> UInt64 { seed ?? fallback }
}

/// `--block-length B`: semi-autoregressive blocks (docs/theory.md §7).
struct BlockLengthOption: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Semi-autoregressive block length B (must divide L; N must be divisible by L/B).", valueName: "b"))
    var blockLength: Int?

    /// B if given, checked against the length limit (that it divides L is checked with L).
    func resolved() throws(UsageError) -> Int? {
        guard let blockLength else { return nil }
        try requireCount(blockLength, "--block-length B", atMost: Limits.maximumLength)
        return blockLength
    }
}

/// Steps, rounding, blocks and seed: everything a step plan needs besides L and the schedule.
struct StepPlanOptions: ParsableArguments {
    @OptionGroup var steps: StepsOption
    @OptionGroup var rounding: RoundingOption
    @OptionGroup var blockLength: BlockLengthOption
    @OptionGroup var seed: SeedOption

    /// The request for a sequence of `length` tokens, validated.
    func request(length: Int) throws(UsageError) -> TokenCountRequest {
        let request = TokenCountRequest(length: length, steps: try steps.required(), rounding: rounding.rounding,
                                        blockLength: try blockLength.resolved(), seed: seed.value())
        try usage { () throws(TokenCountError) in try request.validate() }
        return request
    }
}
