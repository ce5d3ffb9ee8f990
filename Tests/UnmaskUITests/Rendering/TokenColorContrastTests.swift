import Testing
import UnmaskUI
import UnmaskUITestSupport

/// Token and series colours are foregrounds: at 16 and 8 colours each must differ in lightness
/// from the theme's background as the terminal shows both (xterm's palette), by at least
/// `ColorDepth.minimumLightnessContrast`. Without the fitting, the projector's #d78700 (a
/// confidence level) and #008700 (a step colour) become ANSI yellow and green on white.
@Suite("UI rendering: token colours stand out from the background at 8 and 16 colours")
struct TokenColorContrastTests {
    static func lightness(_ color: TerminalColor, at depth: ColorDepth) -> Double? {
        depth.rgb(ofColorNumber: depth.colorNumber(of: color)).flatMap { TerminalColor.rgb(UInt8($0.0), UInt8($0.1), UInt8($0.2)).lightness }
    }

    @Test(arguments: ShippedThemes.names)
    func listColoursContrast(name: String) throws {
        let theme = ThemeVisibilityTests.theme(name)
        guard let background = theme.assumedBackground else { return }
        for depth in [ColorDepth.ansi8, .ansi16] {
            let base = try #require(Self.lightness(background, at: depth))
            var shown: [(String, TerminalColor)] = []
            for key in [ThemeKey.tokenSteps, .plotSeries] {
                shown += theme.colors(key).indices.map { ("\(key.rawValue)[\($0)]", theme.color(key, $0)) }
            }
            let ramp = theme.foregroundRamp(.tokenProbability, levels: 8, depth: depth)
            shown += (0..<8).map { ("token.probability level \($0)", ramp.color(level: $0)) }
            for (label, color) in shown {
                let value = try #require(Self.lightness(color, at: depth))
                #expect(abs(value - base) >= ColorDepth.minimumLightnessContrast,
                        "\(name) at \(depth.rawValue) colours: \(label) L* \(value) on L* \(base)")
            }
        }
    }
}
