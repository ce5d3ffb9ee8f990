import ArgumentParser
import UnmaskCore

/// The common help paragraph on policy SPECs.
let policyHelp = """
    An adaptive step policy SPEC, instead of a count schedule (docs/theory.md §11): \
    threshold:T reveals the most confident masked position of the block plus every other whose \
    proposed token has probability ≥ T (Fast-dLLM); entropy-bound:G reveals the longest run of \
    lowest-entropy positions whose summed entropy minus its largest is ≤ G nats (EB-sampler); \
    klass:C,K reveals every position whose proposal has probability ≥ C and whose marginal moved \
    by KL ≤ K nats since the previous step, or else the most confident one (KLASS). \
    The run goes on until every token is revealed; --steps N caps it (step N reveals all that \
    is left). --order and --rounding do not apply.
    """

/// How a sampler command steps: a count schedule (`--alpha SPEC`, with `--steps N`) or an
/// adaptive policy (`--policy SPEC`, `--steps N` an optional cap). Declared here only; sample
/// and eval read it.
struct SteppingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The mask schedule α (required unless --policy is given).", discussion: specHelp,
                               valueName: "spec"))
    var alpha: String?

    @Option(help: ArgumentHelp("An adaptive step policy instead of --alpha: threshold:T, entropy-bound:G or klass:C,K.",
                               discussion: policyHelp, valueName: "spec"))
    var policy: String?

    enum Stepping {
        case schedule(MaskSchedule)
        case policy(StepPolicy)
    }

    /// The schedule or the policy; exactly one of --alpha and --policy must be given.
    func resolved() throws(UsageError) -> Stepping {
        switch (alpha, policy) {
        case let (alpha?, nil):
            return .schedule(try parseSchedule(alpha, option: "--alpha"))
        case let (nil, policy?):
            do {
                return .policy(try StepPolicy(spec: policy))
            } catch {
                throw UsageError("--policy: \(error.description)")
            }
        case (nil, nil):
            throw UsageError("--alpha SPEC or --policy SPEC is required")
        case (.some, .some):
            throw UsageError("--alpha and --policy exclude each other: a policy decides its own steps")
        }
    }
}
