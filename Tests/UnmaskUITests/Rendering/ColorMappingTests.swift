import Foundation
import Testing
import UnmaskUI

/// How every shipped theme's heatmap ramp and marks map to the terminal's colours: the 256-colour
/// ramps are distinct, monotone in lightness and never the pending colour, and the colour numbers
/// at 8 and 256 colours are pinned in `ColorMappingSnapshot.expected` (when the mapping changes
/// on purpose, take the new table from the file this test writes).
@Suite("UI rendering: the colour mapping of every theme")
struct ColorMappingTests {
    static func theme(_ name: String) -> Theme {
        let source = (try? ShippedThemes.source(name)) ?? ""
        return (try? ThemeParser(source: source, file: name).parse(name: name).theme) ?? .standard
    }

    static func ramp(_ theme: Theme, _ depth: ColorDepth) -> ColorRamp {
        HeatmapWidget(columns: 1, rows: 2, values: nil, scale: nil, optimum: nil, cursor: nil, theme: theme, colorDepth: depth).ramp
    }

    static func lightness(_ number: Int, _ depth: ColorDepth) -> Double {
        guard let (r, g, b) = depth.rgb(ofColorNumber: number) else { return 0 }
        return TerminalColor.rgb(UInt8(r), UInt8(g), UInt8(b)).lightness ?? 0
    }

    @Test(arguments: ShippedThemes.names.filter { $0 != "mono" })
    func rampsAt256ColoursAreDistinctMonotoneAndNeverPending(name: String) {
        let theme = Self.theme(name)
        let full = Self.ramp(theme, .trueColor).colors.map(ColorDepth.trueColor.colorNumber)
        let palette = Self.ramp(theme, .palette256).colors.map(ColorDepth.palette256.colorNumber)
        let pending = ColorDepth.palette256.colorNumber(of: theme[.heatmapPending].foreground ?? .default)
        if Set(full).count >= 16 { #expect(Set(palette).count >= 16, "\(name): \(palette)") }
        let lightness = palette.map { Self.lightness($0, .palette256) }
        let increasing = zip(lightness, lightness.dropFirst()).allSatisfy { $0 < $1 }
        let decreasing = zip(lightness, lightness.dropFirst()).allSatisfy { $0 > $1 }
        #expect(increasing || decreasing, "\(name): \(palette)")
        #expect(!palette.contains(pending), "\(name): \(palette) has the pending colour \(pending)")
        #expect(!palette.contains { (232...255).contains($0) }, "\(name): grey plateau in \(palette)")
    }

    /// The colour numbers per theme: the ramp's levels at 8 and 256 colours and, at 8, 16 and 256,
    /// the foreground of the unfocused border, pending, +∞ and the optimum.
    static func table() -> String {
        var lines: [String] = []
        for name in ShippedThemes.names {
            let theme = Self.theme(name)
            for depth in [ColorDepth.ansi8, .palette256] {
                let numbers = Self.ramp(theme, depth).colors.map(depth.colorNumber)
                lines.append("\(name) ramp@\(depth.rawValue): " + numbers.map(String.init).joined(separator: " "))
            }
            for depth in [ColorDepth.ansi8, .ansi16, .palette256] {
                let keys: [ThemeKey] = [.border, .heatmapPending, .heatmapInfinite, .heatmapOptimum]
                let numbers = keys.map { "\($0.rawValue)=\(depth.colorNumber(of: theme[$0].foreground ?? .default))" }
                lines.append("\(name) marks@\(depth.rawValue): " + numbers.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func theMappingMatchesTheSnapshot() throws {
        let actual = Self.table()
        if actual != ColorMappingSnapshot.expected + "\n" {
            let written = NSTemporaryDirectory() + "ColorMapping.actual"
            try actual.write(toFile: written, atomically: true, encoding: .utf8)
            Issue.record("the colour mapping changed; the new table is in \(written)")
        }
    }
}
