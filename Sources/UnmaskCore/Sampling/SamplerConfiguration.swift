/// How the N-step sampler runs: the grid t_k = k/N, the schedule's token counts per step (or the
/// stochastic reveal probabilities), which positions are revealed, and the draw temperature.
public struct SamplerConfiguration: Sendable, Equatable, Hashable {
    public var schedule: MaskSchedule
    public var steps: Int
    public var rounding: TokenRounding
    public var order: RevealOrder
    /// Values are drawn from q^{1/τ} renormalised; τ = 1 is the exact denoiser, τ = 0 the argmax.
    /// Allowed: 0, or finite τ ≥ `Limits.minimumTemperature`.
    public var temperature: Double
    public var blockLength: Int?
    public var seed: UInt64

    public init(schedule: MaskSchedule, steps: Int, rounding: TokenRounding = .cumulative, order: RevealOrder = .random,
                temperature: Double = 1, blockLength: Int? = nil, seed: UInt64 = 0) {
        self.schedule = schedule
        self.steps = steps
        self.rounding = rounding
        self.order = order
        self.temperature = temperature
        self.blockLength = blockLength
        self.seed = seed
    }


    /// Checks the configuration against a sequence length; every failure names the bad value.
    public func validate(length: Int) throws(SamplerError) {
        guard temperature.isFinite, temperature == 0 || temperature >= Limits.minimumTemperature else {
            throw .badTemperature(temperature)
        }
        do {
            try tokenCountRequest(length: length).validate()
        } catch {
            throw .tokenCounts(error)
        }
    }
}

/// Why a sampler or an evaluation cannot run; the description is one line naming the bad value.
public enum SamplerError: Error, Equatable, CustomStringConvertible {
    case badTemperature(Double)
    case tokenCounts(TokenCountError)
    case stateSpaceTooLarge(work: Int, limit: Int)
    /// The computation was superseded (`CancellationFlag`) and stopped without a result.
    case cancelled

    public var description: String {
        switch self {
        case let .badTemperature(value):
            if !value.isFinite { return "temperature \(value) must be finite" }
            if value < 0 { return "temperature \(value) must be at least 0" }
            return "temperature \(value) is below the floor \(Limits.minimumTemperature); use 0 for the argmax"
        case let .tokenCounts(error):
            return error.description
        case let .stateSpaceTooLarge(work, limit):
            return "exact evaluation needs more than \(limit) operations (at least \(work)); use --method monte-carlo"
        case .cancelled:
            return "the evaluation was cancelled"
        }
    }
}
