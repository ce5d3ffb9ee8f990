import ArgumentParser
import UnmaskCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a schedule file (unmask-schedule/1) for a model's sampler, e.g. LLaDA's.",
        discussion: """
            The counts are `unmask schedule --length L --steps N`'s tokens column (same
            rounding, blocks and seed), one list per block: counts[j][k] tokens are
            revealed at step k of block j, on the block's time grid t_k = k/n,
            n = N·B/L steps per block (t = 0 fully masked, t = 1 clean data).
            JSON (default): one object with the keys format, version, alpha,
            length, steps, block_length (= L without blocks), rounding, seed, t,
            alpha_values (α at t_0..t_n) and counts. CSV: `# key: value` lines,
            then block,step,t_start,t_end,alpha_start,alpha_end,tokens, with block
            and step counted from 0. docs/schedule-file.md shows both, and
            python/unmask_schedule.py reads them into LLaDA's generate().

            --policy is refused: adaptive decoding policies (e.g. Fast-dLLM's
            confidence threshold) decide the counts at run time from the model's
            confidences, so they cannot be exported as counts.

            Examples:
              unmask export --alpha cosine --length 256 --steps 64 --out cosine.json
              unmask export --alpha beta:0.9,0.3 --length 256 --steps 64 \\
                --block-length 32 --format csv --out beta.csv
              unmask export --alpha linear --length 10 --steps 4 --rounding llada
              unmask export --alpha sine --length 128 --steps 16 \\
                --rounding stochastic --seed 7
            """
    )

    @OptionGroup var alpha: AlphaOption

    @OptionGroup var length: LengthOption

    @OptionGroup var plan: StepPlanOptions

    @OptionGroup var output: ScheduleFileOutputOptions

    @OptionGroup var policy: ExportPolicyOption

    func run() throws {
        try policy.refuse()
        let schedule = try alpha.schedule()
        guard let length = try self.length.resolved() else { throw UsageError("--length L is required") }
        let request = try plan.request(length: length)
        let stepPlan = try usage { () throws(TokenCountError) in try StepPlan(schedule, request) }
        let file = ScheduleFile(schedule: schedule, plan: stepPlan)
        try OutputFile.write(to: output.out) { writer in
            try file.encode(output.format) { (piece: String) throws(WriteFailure) in try writer.write(piece) }
        }
        if let path = output.out {
            try StandardStreams.note("wrote '\(escapedForEcho(path))' (\(ScheduleFile.format): \(file.counts.count) \(file.counts.count == 1 ? "block" : "blocks") of \(file.stepsPerBlock) steps)")
        }
    }
}
