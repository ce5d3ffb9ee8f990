/// A colour ramp through evenly spaced stops (e.g. viridis), quantised to a number of levels so
/// that a heatmap needs few colour pairs, and fitted to what the terminal shows (`fitted(to:)`).
public struct ColorRamp: Sendable {
    public let stops: [TerminalColor]
    public let levels: Int
    /// The colour of each level.
    public let colors: [TerminalColor]

    public init(stops: [TerminalColor], levels: Int) {
        let stops = stops.isEmpty ? [TerminalColor.default] : stops
        let levels = Swift.max(2, levels)
        self.init(stops: stops, levels: levels, colors: (0..<levels).map { Self.interpolated(stops, level: $0, levels: levels) })
    }

    private init(stops: [TerminalColor], levels: Int, colors: [TerminalColor]) {
        self.stops = stops
        self.levels = levels
        self.colors = colors
    }

    /// The quantised level 0…levels−1 of a ramp position 0…1.
    public func level(at position: Double) -> Int {
        Swift.min(levels - 1, Swift.max(0, Int((position * Double(levels)).rounded(.down))))
    }

    /// The colour of a level.
    public func color(level: Int) -> TerminalColor {
        colors[Swift.min(levels - 1, Swift.max(0, level))]
    }

    /// The colour of a ramp position.
    public func color(at position: Double) -> TerminalColor {
        color(level: level(at: position))
    }

    /// Whether the levels show different colours (a ramp of `default`s does not).
    public var hasColors: Bool {
        Set(colors).count > 1 && colors.contains { $0.rgbComponents != nil }
    }

    /// The ramp as a terminal of this depth should show it. At 256 colours each level takes an
    /// exact palette colour: the nearest (by redmean RGB distance) of the colour cube, greys only
    /// where the ramp itself is grey, never the palette index of `avoiding` (the pending colour),
    /// and, where the 24-bit levels are monotone in lightness, strictly monotone in lightness as
    /// well, so levels stay distinct and no grey plateau appears. At 16 and 8 colours each level
    /// contrasts with `background` (`ColorDepth.contrasting`). 24-bit is unchanged.
    public func fitted(to depth: ColorDepth, background: TerminalColor?, avoiding: TerminalColor?) -> ColorRamp {
        switch depth {
        case .none, .trueColor:
            return self
        case .ansi8, .ansi16:
            guard let background else { return self }
            return ColorRamp(stops: stops, levels: levels, colors: colors.map { ColorDepth.contrasting($0, against: background) })
        case .palette256:
            return ColorRamp(stops: stops, levels: levels, colors: paletteColors(avoiding: avoiding))
        }
    }

    private func paletteColors(avoiding: TerminalColor?) -> [TerminalColor] {
        let lightness = colors.compactMap(\.lightness)
        guard lightness.count == colors.count else { return colors }
        let increasing = zip(lightness, lightness.dropFirst()).allSatisfy { $0 <= $1 }
        let decreasing = zip(lightness, lightness.dropFirst()).allSatisfy { $0 >= $1 }
        let avoided = avoiding.flatMap { $0.rgbComponents == nil ? nil : ColorDepth.palette256.colorNumber(of: $0) }
        var previous: Double?
        return colors.map { color in
            guard let (r, g, b) = color.rgbComponents else { return color }
            let target = (Int(r), Int(g), Int(b))
            var candidates = Array(16..<232) + (color.isNeutral ? Array(232..<256) : [])
            candidates.removeAll { $0 == avoided }
            func lightness(_ index: Int) -> Double {
                let (r, g, b) = ColorDepth.paletteRGB(index)
                return TerminalColor.rgb(UInt8(r), UInt8(g), UInt8(b)).lightness ?? 0
            }
            if let previous, increasing || decreasing {
                let monotone = candidates.filter { increasing ? lightness($0) > previous : lightness($0) < previous }
                if !monotone.isEmpty { candidates = monotone }
            }
            let best = candidates.min {
                Self.redmean(target, ColorDepth.paletteRGB($0)) < Self.redmean(target, ColorDepth.paletteRGB($1))
            }!
            previous = lightness(best)
            let (pr, pg, pb) = ColorDepth.paletteRGB(best)
            return .rgb(UInt8(pr), UInt8(pg), UInt8(pb))
        }
    }

    /// The "redmean" weighted RGB distance (squared), closer to perceived difference than plain RGB.
    private static func redmean(_ x: (Int, Int, Int), _ y: (Int, Int, Int)) -> Double {
        let mean = Double(x.0 + y.0) / 2
        let (dr, dg, db) = (Double(x.0 - y.0), Double(x.1 - y.1), Double(x.2 - y.2))
        return (2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db
    }

    /// The colour of a level, interpolated between the two stops around it.
    private static func interpolated(_ stops: [TerminalColor], level: Int, levels: Int) -> TerminalColor {
        guard stops.count > 1 else { return stops[0] }
        let position = Double(level) / Double(levels - 1) * Double(stops.count - 1)
        let index = Swift.min(stops.count - 2, Int(position))
        return stops[index].mixed(with: stops[index + 1], fraction: position - Double(index))
    }
}
