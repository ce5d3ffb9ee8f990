/// One computed value of a heatmap plane at a lattice point, and whether it is a Monte Carlo
/// estimate (`PlaneMetricInputs.monteCarloSamples`) rather than an exact value.
public struct HeatmapReading: Equatable, Sendable {
    public let value: Double
    public let isEstimate: Bool

    public init(value: Double, isEstimate: Bool = false) {
        self.value = value
        self.isEstimate = isEstimate
    }
}
