import ArgumentParser
import UnmaskCore

struct Schedule: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate a mask schedule at given times, or count the tokens it reveals per step.",
        discussion: """
            With --at (default: t = 0, 0.1, …, 1): columns t,gamma,alpha,alpha_dot,
            where gamma = (2/π)·arcsin √alpha is the schedule's weight and
            alpha_dot = dα/dt.

            With --length L --steps N: one row per step on the grid t_k = k/N,
            columns step,t_start,t_end,alpha_start,alpha_end,tokens,masked_after.
              cumulative  round(L·α_{k+1}) − round(L·α_k) (default; zero-token
                          steps are kept)
              llada       largest remainder of L·Δα_k, ties to earlier steps
                          (for linear: LLaDA's get_num_transfer_tokens)
              stochastic  each masked token revealed with probability
                          Δα/(1 − α), seeded by --seed
            With --block-length B the sequence is cut into L/B blocks unmasked
            left to right, each with N·B/L steps; t is the block's own time.

            Examples:
              unmask schedule --alpha beta:0.9,0.3 --at 0,0.5,1
              unmask schedule --alpha beta:1,1 --length 256 --steps 8
              unmask schedule --alpha linear --length 100 --steps 8 --rounding llada
              unmask schedule --alpha cosine --length 64 --steps 8 \\
                --rounding stochastic --seed 7
              unmask schedule --alpha linear --length 256 --steps 32 --block-length 32
            """
    )

    @OptionGroup var alpha: AlphaOption

    @Option(parsing: .unconditional, help: ArgumentHelp("Comma-separated times in [0, 1].", valueName: "t1,t2,..."))
    var at: String?

    @OptionGroup var length: LengthOption

    @OptionGroup var plan: StepPlanOptions

    @OptionGroup var output: FormatOption

    func run() throws {
        let schedule = try alpha.schedule()
        let length = try self.length.resolved(), steps = try plan.steps.resolved()
        if length != nil || steps != nil {
            guard at == nil else { throw UsageError("--at cannot be combined with --length/--steps") }
            guard let length else { throw UsageError("--steps needs --length L") }
            guard steps != nil else { throw UsageError("--length needs --steps N") }
            try tokenReport(StepPlan(schedule, try plan.request(length: length))).write(as: output.resolved)
        } else {
            try timeReport(schedule).write(as: output.resolved)
        }
    }

    private func times() throws(UsageError) -> [Double] {
        guard let at else { return (0...10).map { Double($0) / 10 } }
        return try at.split(separator: ",", omittingEmptySubsequences: false).map { field throws(UsageError) in
            let text = field.trimmingCharacters(in: .whitespaces)
            guard let t = Double(text) else { throw UsageError("--at: '\(text)' is not a number") }
            guard t >= 0, t <= 1 else { throw UsageError("--at: t = \(text) is outside [0, 1]") }
            return t
        }
    }

    private func timeReport(_ schedule: MaskSchedule) throws(UsageError) -> Report {
        let rows = try times().map { t -> [ReportValue] in
            [.double(t), .double(schedule.gamma(at: t)), .double(schedule.alpha(at: t)), .double(schedule.alphaDot(at: t))]
        }
        return Report(columns: ["t", "gamma", "alpha", "alpha_dot"], rows: rows)
    }

    private func tokenReport(_ plan: StepPlan) -> Report {
        let rows = plan.map { step -> [ReportValue] in
            [.int(step.step), .double(step.tStart), .double(step.tEnd), .double(step.alphaStart.value),
             .double(step.alphaEnd.value), .int(step.tokens), .int(step.maskedAfter)]
        }
        return Report(columns: ["step", "t_start", "t_end", "alpha_start", "alpha_end", "tokens", "masked_after"], rows: rows)
    }
}
