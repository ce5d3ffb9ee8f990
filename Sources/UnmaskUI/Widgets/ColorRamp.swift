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
    /// when all stops are grey, never the palette index of `avoiding` (the pending colour),
    /// and, where the stops are monotone in lightness, strictly monotone in lightness as well
    /// (the chain of such colours nearest to the levels in total), so levels stay distinct and
    /// no grey plateau appears. At 16 and 8 colours each level
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
        let lightness = stops.compactMap(\.lightness)
        guard lightness.count == stops.count, colors.allSatisfy({ $0.rgbComponents != nil }) else { return colors }
        let increasing = zip(lightness, lightness.dropFirst()).allSatisfy { $0 <= $1 }
        let decreasing = zip(lightness, lightness.dropFirst()).allSatisfy { $0 >= $1 }
        let grey = stops.allSatisfy(\.isNeutral)
        let avoided = avoiding.flatMap { $0.rgbComponents == nil ? nil : ColorDepth.palette256.colorNumber(of: $0) }
        let candidates = (Array(16..<232) + (grey ? Array(232..<256) : [])).filter { $0 != avoided }
        let targets = colors.map { color -> (Int, Int, Int) in
            let (r, g, b) = color.rgbComponents!
            return (Int(r), Int(g), Int(b))
        }
        func cost(_ level: Int, _ candidate: Int) -> Double { Self.redmean(targets[level], ColorDepth.paletteRGB(candidate)) }
        guard increasing || decreasing, candidates.count >= levels else {
            return (0..<levels).map { level in Self.paletteColor(candidates.min { cost(level, $0) < cost(level, $1) }!) }
        }
        // The chain of palette colours, strictly monotone in lightness (so all distinct), with the
        // least total distance to the levels: dynamic programming over the candidates in order of
        // lightness, each level's best chain ending at a candidate built on the best chain of the
        // previous level ending at a strictly darker (lighter, for a decreasing ramp) one.
        let ordered = candidates.map { ($0, Self.paletteLightness[$0] * (increasing ? 1 : -1)) }.sorted { $0.1 < $1.1 }
        var total = ordered.indices.map { cost(0, ordered[$0].0) }
        var choices: [[Int]] = []
        for level in 1..<levels {
            var best = Double.infinity, bestIndex = -1, next = [Double](repeating: .infinity, count: ordered.count)
            var choice = [Int](repeating: -1, count: ordered.count)
            var lower = 0
            for index in ordered.indices {
                while lower < index && ordered[lower].1 < ordered[index].1 {
                    if total[lower] < best { best = total[lower]; bestIndex = lower }
                    lower += 1
                }
                if bestIndex >= 0 {
                    next[index] = best + cost(level, ordered[index].0)
                    choice[index] = bestIndex
                }
            }
            total = next
            choices.append(choice)
        }
        var index = total.indices.min { total[$0] < total[$1] }!
        var chain = [index]
        for choice in choices.reversed() {
            index = choice[index]
            chain.append(index)
        }
        return chain.reversed().map { Self.paletteColor(ordered[$0].0) }
    }

    /// A palette index as its exact RGB colour (which `ColorDepth.palette256` maps back to it).
    private static func paletteColor(_ index: Int) -> TerminalColor {
        let (r, g, b) = ColorDepth.paletteRGB(index)
        return .rgb(UInt8(r), UInt8(g), UInt8(b))
    }

    /// CIE L* of every palette index.
    private static let paletteLightness: [Double] = (0..<256).map { paletteColor($0).lightness ?? 0 }

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
