import ArgumentParser
import Foundation
import UnmaskCore

struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the N-step sampler once on a toy target and show every step.",
        discussion: """
            Each step reveals the schedule's tokens (per --rounding) at the positions
            chosen by --order, with values drawn independently from the exact denoiser.
            text shows the sequence after every step (? = masked), e.g. ????? → ?a??a;
            jsonl writes the trajectory as `unmask trajectory` reads it
            (unmask-trajectory/1): a header line, one object per step (step, block,
            t, alpha, revealed: position from 0, token, confidence = probability;
            sequence; distributions with --distributions) and a final line
            (tokens, text, nfe). The same --seed gives the same trajectory everywhere.

            --policy SPEC replaces --alpha with an adaptive policy (threshold:T, Fast-dLLM;
            entropy-bound:G, EB-sampler; klass:C,K, KLASS): each step decides from the
            denoiser's marginals which masked positions of the current block to reveal,
            until none is left; --steps N then caps the run (step N reveals everything
            still masked). t and alpha are then the fraction of the block revealed; the
            jsonl header carries policy, its parameters (threshold, entropy_bound, or
            threshold and kl_threshold), step_cap and capped.

            Examples:
              unmask sample --target paper-extremes --alpha beta:0.9,0.3 --steps 3
              unmask sample --target words --alpha linear --steps 5 --seed 7
              unmask sample --target addition --alpha cosine --steps 3 --order confidence
              unmask sample --target paper-balanced --alpha linear --steps 3 \\
                --format jsonl --distributions
              unmask sample --target words --alpha cosine --steps 5 --format jsonl \\
                | unmask trajectory -
              unmask sample --target paper-balanced --policy threshold:0.7 --seed 3
              unmask sample --target addition --policy entropy-bound:0.5 --block-length 3
              unmask sample --target words --policy threshold:0.9 --steps 3 --temperature 0
              unmask sample --target paper-balanced --policy klass:0.9,0.01 --seed 3
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case jsonl
    }

    @OptionGroup var targetOptions: TargetOptions

    @OptionGroup var stepping: SteppingOptions

    @OptionGroup var sampler: SamplerOptions

    @Flag(help: "Include the denoiser's distribution for every position before each step (jsonl).")
    var distributions = false

    @Option(help: "Output format: text or jsonl.")
    var format: Format = .text

    func run() throws {
        let target = try targetOptions.resolve()
        var writer = StreamWriter.standardOutput()
        switch try stepping.resolved() {
        case let .schedule(schedule):
            let configuration = try sampler.configuration(schedule, for: target)
            let trajectory = try usage { () throws(SamplerError) in
                try sampleTrajectory(of: target, configuration, includeDistributions: distributions)
            }
            let plan = try usage { () throws(SamplerError) in try configuration.plan(length: target.length) }
            switch format {
            case .text: try writeText(trajectory, target: target, to: &writer)
            case .jsonl:
                try writeLines(trajectory, blocks: plan.map(\.block), target: target, header: [
                    ("steps", .int(configuration.steps)), ("block_length", .int(configuration.blockLength ?? target.length)),
                    ("schedule", .string(configuration.schedule.description)), ("order", .string(configuration.order.rawValue)),
                    ("temperature", .double(configuration.temperature)), ("seed", .string(String(configuration.seed))),
                ], to: &writer)
            }
        case let .policy(policy):
            let configuration = try sampler.configuration(policy, for: target)
            let run = try usage { () throws(SamplerError) in
                try samplePolicyRun(of: target, configuration, includeDistributions: distributions)
            }
            switch format {
            case .text:
                try writeText(run.trajectory, target: target, to: &writer)
                if run.isCapped { try writer.write("capped: step \(run.nfe) revealed every token still masked\n") }
            case .jsonl:
                let parameters: [(String, ReportValue)] = switch policy {
                case let .threshold(tau): [("threshold", .double(tau))]
                case let .entropyBound(gamma): [("entropy_bound", .double(gamma))]
                case let .klass(tau, bound): [("threshold", .double(tau)), ("kl_threshold", .double(bound))]
                }
                var header: [(String, ReportValue)] = [
                    ("steps", .int(configuration.stepCap ?? run.nfe)),
                    ("block_length", .int(configuration.blockLength ?? target.length)),
                    ("policy", .string(policy.description)),
                ] + parameters
                if let cap = configuration.stepCap { header.append(("step_cap", .int(cap))) }
                header += [("capped", .bool(run.isCapped)), ("temperature", .double(configuration.temperature)),
                           ("seed", .string(String(configuration.seed)))]
                try writeLines(run.trajectory, blocks: run.blocks, target: target, header: header, to: &writer)
            }
        }
        try writer.flush()
    }

    /// One line per step: its number, t and α at its end (under a policy both are the fraction
    /// of the block revealed), the tokens revealed with their probabilities, and the sequence.
    private func writeText(_ trajectory: Trajectory, target: ToyTarget, to writer: inout StreamWriter) throws(WriteFailure) {
        let start = String(repeating: "?", count: target.length)
        try writer.write("step      t      alpha  +k  sequence\n")
        try writer.write(String(format: "%4d  %5.3f  %9.6f  %2d  ", 0, 0.0, 0.0, 0) + start + "\n")
        for step in trajectory.steps {
            let reveals = step.revealed.isEmpty ? [] : [step.revealed.map {
                "\(target.alphabet[Int($0.token)])@\($0.position) p=\(String(format: "%.3f", $0.probability))"
            }.joined(separator: ", ")]
            let note = step.isValidContext ? "" : "  (context outside the target: uniform draws)"
            try writer.write(String(format: "%4d  %5.3f  %9.6f  %2d  ", step.step, step.t, step.alpha, step.revealed.count)
                + ([target.text(of: step.sequence)] + reveals).joined(separator: "  ") + note + "\n")
        }
        let output = trajectory.output
        let verdict = target.supportIndex(of: output) != nil
            ? "in the target's support, q = \(target.probability(of: output))"
            : "outside the target's support (invalid)"
        try writer.write("output \(target.text(of: output)): \(verdict)\n")
    }

    /// The trajectory in the format `unmask-trajectory/1` (`unmask trajectory` reads it): a header
    /// (the common keys, then `extra`: the schedule or the policy and its parameter), one step
    /// record per step (block from 0 as the format counts it; confidence = the reveal's
    /// probability under the exact denoiser; t, alpha, probability, sequence, valid_context and
    /// distributions are this sampler's extra keys), and a final record with nfe = the steps.
    private func writeLines(_ trajectory: Trajectory, blocks: [Int], target: ToyTarget, header extra: [(String, ReportValue)],
                            to writer: inout StreamWriter) throws {
        let symbol = { (token: UInt8) in String(target.alphabet[Int(token)]) }
        var header: [(String, ReportValue)] = [
            ("type", .string("header")), ("format", .string(TrajectoryFile.format)), ("model", .string("toy:" + target.name)),
            ("prompt", .records([])), ("gen_length", .int(target.length)), ("mask_token", .string("?")),
        ]
        header += extra
        try writer.write(Self.jsonLine(header))
        for (index, step) in trajectory.steps.enumerated() {
            var fields: [(String, ReportValue)] = [
                ("type", .string("step")), ("step", .int(step.step)), ("block", .int(blocks[index] - 1)),
                ("t", .double(step.t)), ("alpha", .double(step.alpha)),
                ("revealed", .records(step.revealed.map { reveal in
                    [("position", .int(reveal.position)), ("token", .string(symbol(reveal.token))),
                     ("confidence", .double(reveal.probability)), ("probability", .double(reveal.probability))]
                })),
                ("sequence", .string(target.text(of: step.sequence))),
                ("valid_context", .bool(step.isValidContext)),
            ]
            if let distributions = step.distributions {
                fields.append(("distributions", .records(distributions.map { row in
                    row.enumerated().map { (String(target.alphabet[$0.offset]), ReportValue.double($0.element)) }
                })))
            }
            try writer.write(Self.jsonLine(fields))
        }
        let output = trajectory.output
        let tokens = output.map { ReportWriter.quoted(symbol($0)) }.joined(separator: ", ")
        try writer.write("{\"type\": \"final\", \"tokens\": [\(tokens)], \"text\": \(ReportWriter.quoted(target.text(of: output))), "
            + "\"nfe\": \(trajectory.steps.count)}\n")
    }

    private static func jsonLine(_ fields: [(String, ReportValue)]) throws -> String {
        let row = try ReportWriter.checked(fields.map(\.1), fields.map(\.0))
        return "{" + zip(fields, row).map { "\(ReportWriter.quoted($0.0)): \(ReportWriter.jsonValue($1))" }.joined(separator: ", ") + "}\n"
    }
}
