/// Every schedule name the spec grammar accepts, with its formula in our convention (t = 0 fully
/// masked, α = fraction unmasked) and where it comes from (docs/theory.md §8).
public enum ScheduleCatalog {
    /// One accepted name or pattern.
    public struct Entry: Sendable, Equatable {
        /// The name as typed; `A`, `B`, `K` stand for numbers.
        public let name: String
        /// α(t) in our convention.
        public let formula: String
        /// Who uses it, under which name, and what it equals.
        public let origin: String
    }

    /// A fixed name that stands for one schedule.
    struct Alias: Sendable {
        let name: String
        let schedule: MaskSchedule
        let formula: String
        let origin: String
    }

    static let aliases: [Alias] = [
        Alias(name: "linear", schedule: MaskSchedule(.linear), formula: "t",
              origin: "LLaDA, MD4, dLLM, Dream 'linear'; MDLM, SEDD, BD3-LM, DUO 'loglinear'; = beta:0.5,0.5"),
        Alias(name: "sine", schedule: MaskSchedule(.sine), formula: "sin(πt/2)",
              origin: "MDLM, BD3-LM 'cosine'"),
        Alias(name: "cosine", schedule: MaskSchedule(.cosine), formula: "1 − cos(πt/2)",
              origin: "MD4, DUO, dLLM, MaskGIT 'cosine'"),
        Alias(name: "sin2", schedule: MaskSchedule(.sin2), formula: "sin²(πt/2)",
              origin: "MDLM 'cosinesqr', SSD-LM; = beta:1,1; optimal for the uniform weight"),
        Alias(name: "uniform", schedule: .uniform, formula: "sin²(πt/2), i.e. γ = t",
              origin: "the uniform weight γ = t (default weight everywhere); = beta:1,1"),
        Alias(name: "llada:linear", schedule: MaskSchedule(.linear), formula: "t",
              origin: "LLaDA 'linear' (their time s = 1 − t)"),
        Alias(name: "dream:linear", schedule: MaskSchedule(.linear), formula: "t",
              origin: "Dream 'linear'"),
        Alias(name: "dllm:linear", schedule: MaskSchedule(.linear), formula: "t",
              origin: "dLLM 'linear'"),
        Alias(name: "dllm:cosine", schedule: MaskSchedule(.cosine), formula: "1 − cos(πt/2)",
              origin: "dLLM 'cosine'"),
        Alias(name: "mdlm:loglinear", schedule: MaskSchedule(.linear), formula: "t",
              origin: "MDLM 'loglinear' (σ = −log(1 − s), unclipped)"),
        Alias(name: "mdlm:cosine", schedule: MaskSchedule(.sine), formula: "sin(πt/2)",
              origin: "MDLM 'cosine'"),
        Alias(name: "mdlm:cosinesqr", schedule: MaskSchedule(.sin2), formula: "sin²(πt/2)",
              origin: "MDLM 'cosinesqr'"),
        Alias(name: "sedd:loglinear", schedule: MaskSchedule(.linear), formula: "t",
              origin: "SEDD 'loglinear' (absorbing)"),
        Alias(name: "bd3lm:loglinear", schedule: MaskSchedule(.linear), formula: "t",
              origin: "BD3-LM 'loglinear'"),
        Alias(name: "bd3lm:cosine", schedule: MaskSchedule(.sine), formula: "sin(πt/2)",
              origin: "BD3-LM 'cosine'"),
        Alias(name: "duo:loglinear", schedule: MaskSchedule(.linear), formula: "t",
              origin: "DUO 'loglinear'"),
        Alias(name: "duo:cosine", schedule: MaskSchedule(.cosine), formula: "1 − cos(πt/2)",
              origin: "DUO 'cosine'"),
        Alias(name: "md4:linear", schedule: MaskSchedule(.linear), formula: "t",
              origin: "MD4 'linear' (α_s = 1 − s in its time s = 1 − t)"),
        Alias(name: "md4:cosine", schedule: MaskSchedule(.cosine), formula: "1 − cos(πt/2)",
              origin: "MD4 'cosine' (α_s = 1 − cos(π/2·(1 − s)))"),
        Alias(name: "maskgit:cosine", schedule: MaskSchedule(.cosine), formula: "1 − cos(πt/2)",
              origin: "MaskGIT 'cosine' (mask ratio cos(πr/2) at progress r)"),
    ]

    /// Every accepted name, parametrised families first.
    public static let entries: [Entry] = [
        Entry(name: "beta:A,B", formula: "sin²(π/2·I_t(A,B))",
              origin: "Chen et al. 2025 (Beta CDF as γ); A, B in 0.01…100"),
        Entry(name: "poly:K", formula: "t^K", origin: "polynomial, K in 0.01…100; poly:1 = linear"),
        Entry(name: "polymask:K", formula: "1 − (1 − t)^K",
              origin: "masked fraction (1 − t)^K, K in 0.01…100; polymask:1 = linear"),
        Entry(name: "md4:polyK", formula: "1 − (1 − t)^K",
              origin: "MD4 'polyK' (α_s = 1 − s^K in its time s = 1 − t); = polymask:K"),
    ] + aliases.map { Entry(name: $0.name, formula: $0.formula, origin: $0.origin) }
}
