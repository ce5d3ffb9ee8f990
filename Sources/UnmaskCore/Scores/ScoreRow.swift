/// One benchmark score of one mask schedule: a row of the tidy score table
/// `schedule,a,b,task,steps,gen_length,metric,score,stderr`.
public struct ScoreRow: Equatable, Sendable {
    /// The schedule's name as its source gave it: `beta:A,B`, `linear`, `sine`, ….
    public var schedule: String
    /// The Beta parameters when the schedule is a Beta CDF (linear is Beta(0.5, 0.5)); nil otherwise.
    public var a: Double?
    public var b: Double?
    public var task: String
    /// Sampling steps N.
    public var steps: Int
    /// Generated length L, when the source says.
    public var genLength: Int?
    /// The metric's name (lm-evaluation-harness keeps `metric,filter`, e.g. `exact_match,strict-match`).
    public var metric: String
    public var score: Double
    public var stderr: Double?

    public init(schedule: String, a: Double?, b: Double?, task: String, steps: Int, genLength: Int?,
                metric: String, score: Double, stderr: Double?) {
        self.schedule = schedule
        self.a = a
        self.b = b
        self.task = task
        self.steps = steps
        self.genLength = genLength
        self.metric = metric
        self.score = score
        self.stderr = stderr
    }

    /// Whether this is a Beta schedule with parameters (a, b).
    public func isBeta(_ a: Double, _ b: Double) -> Bool {
        self.a == a && self.b == b
    }

    /// Whether this is linear: Beta(0.5, 0.5) (docs/theory.md).
    public var isLinear: Bool { isBeta(0.5, 0.5) }
}
