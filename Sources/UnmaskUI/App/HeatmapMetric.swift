import UnmaskCore

/// What the heatmap colours each (a, b) by.
public enum HeatmapMetric: Hashable, Sendable {
    /// The continuous energy E(α, γ) (theory §3).
    case energy
    /// The N-step energy E_N(α, γ) on t_k = k/N (theory §6).
    case discreteEnergy

    /// The order `m` cycles through.
    static let cycle: [HeatmapMetric] = [.energy, .discreteEnergy]

    /// The name the readout and title use.
    public var name: String {
        switch self {
        case .energy: return "energy"
        case .discreteEnergy: return "N-step energy"
        }
    }

    /// The symbol of the value in the readout.
    public var symbol: String {
        switch self {
        case .energy: return "E"
        case .discreteEnergy: return "E_N"
        }
    }
}

/// The function a heatmap request evaluates at every cell, as comparable data so that the
/// explorer can tell when a running computation is still the one it wants.
public enum HeatmapJob: Equatable, Sendable {
    case energy(EnergyMetric)

    /// The metric's value for Beta(a, b).
    public func value(a: Double, b: Double) -> Double {
        switch self {
        case let .energy(metric): return metric.value(a: a, b: b)
        }
    }

    /// How values map to colours: energies on a log scale (they are ≥ π² and can be huge).
    var isLogarithmic: Bool {
        switch self {
        case .energy: return true
        }
    }
}
