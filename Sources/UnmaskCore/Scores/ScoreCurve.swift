/// One schedule's scores for one task and metric against the sampling steps N: a curve of
/// `unmask scores curves`, its points (N, score) with N ascending (the first row of a repeated N
/// counts).
public struct ScoreCurve: Equatable, Sendable {
    public struct Point: Equatable, Sendable {
        public var steps: Int
        public var score: Double
        public var stderr: Double?

        public init(steps: Int, score: Double, stderr: Double? = nil) {
            self.steps = steps
            self.score = score
            self.stderr = stderr
        }
    }

    /// The schedule's name as the table gives it.
    public var schedule: String
    /// Whether the schedule is linear, Beta(0.5, 0.5).
    public var isLinear: Bool
    public var points: [Point]

    public init(schedule: String, isLinear: Bool, points: [Point]) {
        self.schedule = schedule
        self.isLinear = isLinear
        self.points = points
    }
}
