import UnmaskCore

/// What the heatmap colours each (a, b) by.
public enum HeatmapMetric: Hashable, Sendable {
    /// The continuous energy E(α, γ) (docs/theory.md §3).
    case energy
    /// The N-step energy E_N(α, γ) on t_k = k/N (docs/theory.md §6).
    case discreteEnergy
    /// The exact N-step sampler's error on the selected toy target (docs/theory.md §9).
    case samplingError(SamplingErrorMetric)

    /// The order `m` cycles through.
    static let cycle: [HeatmapMetric] = [.energy, .discreteEnergy] + SamplingErrorMetric.allCases.map { .samplingError($0) }

    /// The name the readout uses.
    public var name: String {
        switch self {
        case .energy: return "energy"
        case .discreteEnergy: return "N-step energy"
        case .samplingError: return "error"
        }
    }

    /// The symbol of the value in the readout.
    public var symbol: String {
        switch self {
        case .energy: return "E"
        case .discreteEnergy: return "E_N"
        case .samplingError(.tv): return "TV"
        case .samplingError(.kl): return "KL"
        case .samplingError(.invalid): return "invalid"
        }
    }
}

/// The function a heatmap request evaluates at every cell, as comparable data so that the
/// explorer can tell when a running computation is still the one it wants.
public enum HeatmapJob: Equatable, Sendable {
    case energy(EnergyMetric)
    /// `SamplingErrorGrid` on `ToyTarget.builtIn[targetIndex]`; each cell brings its own schedule,
    /// so the configuration's is always `.uniform` (and moving the cursor keeps the job).
    case samplingError(targetIndex: Int, metric: SamplingErrorMetric, configuration: SamplerConfiguration)

    /// The per-cell function, made once per request (the sampling-error grid memoises cells
    /// that share their token counts). Cells that cannot be evaluated are NaN.
    public func makeMetric() -> GridMetric {
        switch self {
        case let .energy(metric):
            return { a, b in metric.value(a: a, b: b) }
        case let .samplingError(targetIndex, metric, configuration):
            guard let grid = try? SamplingErrorGrid(target: ToyTarget.builtIn[targetIndex], metric: metric,
                                                    configuration: configuration) else { return { _, _ in .nan } }
            return { a, b in grid.value(a: a, b: b) }
        }
    }

    /// How values map to colours: energies on a log scale (they are ≥ π² and can be huge),
    /// sampling errors linearly.
    var isLogarithmic: Bool {
        switch self {
        case .energy: return true
        case .samplingError: return false
        }
    }
}
