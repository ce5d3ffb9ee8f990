/// A colour ramp through evenly spaced stops (e.g. viridis), quantised to a number of levels so
/// that a heatmap needs few colour pairs.
public struct ColorRamp: Sendable {
    public let stops: [TerminalColor]
    public let levels: Int

    public init(stops: [TerminalColor], levels: Int) {
        self.stops = stops.isEmpty ? [.default] : stops
        self.levels = Swift.max(2, levels)
    }

    /// The quantised level 0…levels−1 of a ramp position 0…1.
    public func level(at position: Double) -> Int {
        Swift.min(levels - 1, Swift.max(0, Int((position * Double(levels)).rounded(.down))))
    }

    /// The colour of a level, interpolated between the two stops around it.
    public func color(level: Int) -> TerminalColor {
        guard stops.count > 1 else { return stops[0] }
        let position = Double(level) / Double(levels - 1) * Double(stops.count - 1)
        let index = Swift.min(stops.count - 2, Int(position))
        return stops[index].mixed(with: stops[index + 1], fraction: position - Double(index))
    }

    /// The colour of a ramp position.
    public func color(at position: Double) -> TerminalColor {
        color(level: level(at: position))
    }
}
