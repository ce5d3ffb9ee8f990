/// How the N-step sampler runs: the grid t_k = k/N, the schedule's token counts per step (or the
/// stochastic reveal probabilities), which positions are revealed, and the draw temperature.
public struct SamplerConfiguration: Sendable, Equatable, Hashable {
    public var schedule: MaskSchedule
    public var steps: Int
    public var rounding: TokenRounding
    public var order: RevealOrder
    /// Values are drawn from q^{1/τ} renormalised; τ = 1 is the exact denoiser, τ = 0 the argmax.
    /// Allowed: 0, or finite τ ≥ `minimumTemperature`.
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

    /// The smallest positive temperature accepted (docs/theory.md §9). Tempering raises the
    /// denoiser's probabilities to the power 1/τ, so their relative rounding error δ (up to about
    /// 1e-13 for sums over large supports) becomes an error δ/τ in every tempered weight: at most
    /// 1e-10 from τ = 1e-3 on, and of order 1 near τ = 1e-13, where near-ties would be decided by
    /// rounding noise. Below 1e-3 every value with q_v ≤ 0.955·q_max already has a weight under
    /// 1e-20 of the top one, so smaller positive τ only differ from the argmax (τ = 0) on
    /// near-ties; use 0 there.
    public static let minimumTemperature = 1e-3

    /// Checks the configuration against a sequence length; every failure names the bad value.
    public func validate(length: Int) throws(SamplerError) {
        guard temperature.isFinite, temperature == 0 || temperature >= Self.minimumTemperature else {
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

    public var description: String {
        switch self {
        case let .badTemperature(value):
            if !value.isFinite { return "temperature \(value) must be finite" }
            if value < 0 { return "temperature \(value) must be at least 0" }
            return "temperature \(value) is below the floor \(SamplerConfiguration.minimumTemperature); use 0 for the argmax"
        case let .tokenCounts(error):
            return error.description
        case let .stateSpaceTooLarge(work, limit):
            return "exact evaluation needs more than \(limit) operations (at least \(work)); use --method monte-carlo"
        }
    }
}
