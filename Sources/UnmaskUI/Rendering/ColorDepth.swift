/// How many colours the terminal shows; every `TerminalColor` is fitted to it, degrading from
/// 24-bit to the 256-colour palette to 16 or 8 ANSI colours to none (attributes only).
public enum ColorDepth: String, Sendable, CaseIterable, Comparable {
    case none
    case ansi8 = "8"
    case ansi16 = "16"
    case palette256 = "256"
    case trueColor = "24-bit"

    /// Picks the depth from what the terminal description reports and the environment:
    /// `NO_COLOR` (any value) or no colour support → none; a direct-colour description (2²⁴
    /// colours, see `terminalCandidates`) → 24-bit; then 256, 16, 8.
    public static func detect(hasColors: Bool, colors: Int, environment: [String: String]) -> ColorDepth {
        if environment["NO_COLOR"] != nil || !hasColors { return .none }
        if colors >= 1 << 24 { return .trueColor }
        if colors >= 256 { return .palette256 }
        if colors >= 16 { return .ansi16 }
        if colors >= 8 { return .ansi8 }
        return .none
    }

    /// The terminal descriptions to try, best first: when `COLORTERM=truecolor` (or `24bit`)
    /// says the terminal shows 24-bit colour but TERM names a palette description, its direct-
    /// colour sibling (`xterm-256color` → `xterm-direct`), which ncurses drives with RGB colour
    /// numbers; then TERM itself. A sibling that is not installed is simply skipped.
    public static func terminalCandidates(term: String, environment: [String: String]) -> [String] {
        let colorTerm = environment["COLORTERM"]?.lowercased()
        guard colorTerm == "truecolor" || colorTerm == "24bit", environment["NO_COLOR"] == nil,
              !term.hasSuffix("-direct") else { return [term] }
        var base = Substring(term)
        for suffix in ["-256color", "-88color", "-16color", "-color"] where base.hasSuffix(suffix) {
            base = base.dropLast(suffix.count)
            break
        }
        return [base + "-direct", term]
    }

    /// The terminal colour number for a colour at this depth: −1 for the terminal's default,
    /// 0xRRGGBB at 24-bit (direct colour; values below 8 would name ANSI colours, so they are
    /// nudged to 8), an xterm palette index at 256, an ANSI index at 16 and 8.
    public func colorNumber(of color: TerminalColor) -> Int {
        switch (self, color) {
        case (.none, _), (_, .default):
            return -1
        case let (.ansi8, .ansi(index)):
            return index % 8
        case let (_, .ansi(index)):
            return index
        case let (.trueColor, .rgb(r, g, b)), let (.trueColor, .rgbOnAnsi(r, g, b, _, _)):
            return Swift.max(8, Int(r) << 16 | Int(g) << 8 | Int(b))
        case let (.palette256, .rgb(r, g, b)), let (.palette256, .rgbOnAnsi(r, g, b, _, _)):
            return Self.nearestPaletteIndex(r, g, b)
        case let (.ansi16, .rgbOnAnsi(_, _, _, ansi16, _)):
            return Int(ansi16)
        case let (.ansi8, .rgbOnAnsi(_, _, _, _, ansi8)):
            return Int(ansi8)
        case let (.ansi16, .rgb(r, g, b)):
            return Self.nearestAnsiIndex(r, g, b, count: 16)
        case let (.ansi8, .rgb(r, g, b)):
            return Self.nearestAnsiIndex(r, g, b, count: 8)
        }
    }

    /// The RGB value a colour number of this depth shows (xterm's palette; −1, the terminal's
    /// default, has none).
    public func rgb(ofColorNumber number: Int) -> (Int, Int, Int)? {
        switch self {
        case .none: return nil
        case .trueColor where number >= 8: return (number >> 16 & 0xFF, number >> 8 & 0xFF, number & 0xFF)
        default: return number < 0 ? nil : Self.paletteRGB(number)
        }
    }

    /// The least CIE L* difference `contrasting` keeps between a colour and its background at 16
    /// and 8 colours.
    public static let minimumLightnessContrast = 20.0

    /// `color` as it should show over `background` (the colour the cell is drawn on; for the
    /// terminal's own, the colour the theme assumes it is): unchanged where its nearest ANSI
    /// colours at 16 and at 8 colours differ from the background's by at least
    /// `minimumLightnessContrast` in lightness, else with the perceptually nearest (OKLab) ANSI
    /// colours that do (greys keep to black, greys and white), as `.rgbOnAnsi`. 256 and 24-bit colour show it as it is.
    public static func contrasting(_ color: TerminalColor, against background: TerminalColor) -> TerminalColor {
        guard case let .rgb(r, g, b) = color, background.rgbComponents != nil else { return color }
        var fallbacks: [Int] = []
        for depth in [ColorDepth.ansi16, .ansi8] {
            let count = depth == .ansi16 ? 16 : 8
            let backgroundLightness = TerminalColor.ansiLightness[depth.colorNumber(of: background)]
            let nearest = depth.colorNumber(of: color)
            func contrasts(_ index: Int) -> Bool {
                abs(TerminalColor.ansiLightness[index] - backgroundLightness) >= minimumLightnessContrast
            }
            if contrasts(nearest) {
                fallbacks.append(nearest)
                continue
            }
            let all = (0..<count).filter(contrasts)
            let greys = all.filter { [0, 7, 8, 15].contains($0) }
            let candidates = color.isNeutral && !greys.isEmpty ? greys : all
            let best = candidates.min {
                color.perceptualDistance(to: TerminalColor.ansiColors[$0]) < color.perceptualDistance(to: TerminalColor.ansiColors[$1])
            }
            fallbacks.append(best ?? nearest)
        }
        if fallbacks == [ColorDepth.ansi16.colorNumber(of: color), ColorDepth.ansi8.colorNumber(of: color)] { return color }
        return .rgbOnAnsi(r, g, b, ansi16: UInt8(fallbacks[0]), ansi8: UInt8(fallbacks[1]))
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// xterm's default RGB values of the 16 ANSI colours.
    static let ansiPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// Levels of xterm's 6×6×6 colour cube (indices 16–231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The nearest entry of the xterm 256-colour palette among the colour cube and the 24 greys
    /// (232–255, 8 + 10k), by squared RGB distance.
    static func nearestPaletteIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func nearestLevel(_ value: UInt8) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - Int(value)) < abs(cubeLevels[$1] - Int(value)) }!
        }
        let (ri, gi, bi) = (nearestLevel(r), nearestLevel(g), nearestLevel(b))
        let cube = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let mean = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = Swift.min(23, Swift.max(0, Int((Double(mean - 8) / 10).rounded())))
        let grey = 8 + 10 * greyStep
        let cubeDistance = distance((Int(r), Int(g), Int(b)), cube)
        let greyDistance = distance((Int(r), Int(g), Int(b)), (grey, grey, grey))
        return greyDistance < cubeDistance ? 232 + greyStep : 16 + 36 * ri + 6 * gi + bi
    }

    /// The RGB value of an xterm palette index: the 16 ANSI colours, the 6×6×6 cube, 24 greys.
    static func paletteRGB(_ index: Int) -> (Int, Int, Int) {
        switch index {
        case ..<16: return ansiPalette[Swift.max(0, index)]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (Swift.min(255, index) - 232)
            return (grey, grey, grey)
        }
    }

    /// The nearest of the first `count` ANSI colours by squared RGB distance; a grey takes the
    /// nearest of black, white and (at 16) the two greys, not a colour (by distance alone
    /// #6c6c6c would be yellow at 8 colours).
    static func nearestAnsiIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8, count: Int) -> Int {
        let target = (Int(r), Int(g), Int(b))
        let candidates = TerminalColor.rgb(r, g, b).isNeutral ? [0, 7, 8, 15].filter { $0 < count } : Array(0..<count)
        return candidates.min { distance(target, ansiPalette[$0]) < distance(target, ansiPalette[$1]) }!
    }

    static func distance(_ x: (Int, Int, Int), _ y: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (x.0 - y.0, x.1 - y.1, x.2 - y.2)
        return dr * dr + dg * dg + db * db
    }
}
