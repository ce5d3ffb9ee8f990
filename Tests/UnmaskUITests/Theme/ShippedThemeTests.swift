import Testing
import UnmaskUI

@Suite("UI themes: every shipped theme parses and sets every key")
struct ShippedThemeTests {
    @Test func theRequiredThemesShip() {
        let names = Set(ShippedThemes.names)
        for required in ["dark", "light", "projector", "high-contrast", "mono", "colorblind"] {
            #expect(names.contains(required), "themes/\(required).toml is missing")
        }
    }

    @Test(arguments: ShippedThemes.names)
    func parsesWithoutWarnings(name: String) throws {
        let parsed = try ThemeParser(source: try ShippedThemes.source(name), file: name).parse(name: name)
        #expect(parsed.warnings.isEmpty, "\(parsed.warnings)")
        #expect(!parsed.theme.description.isEmpty)
    }

    /// Each shipped theme sets every key itself, so a file read alone shows the whole theme.
    @Test(arguments: ShippedThemes.names)
    func setsEveryKey(name: String) throws {
        let source = try ShippedThemes.source(name)
        let empty = Theme(name: "empty", description: "", values: [:])
        let theme = try ThemeParser(source: source, file: name).parse(name: name, base: empty).theme
        for key in ThemeKey.allCases {
            #expect(theme.values[key] != nil, "\(name) does not set \(key.rawValue)")
        }
    }

    @Test func darkFileIsTheBuiltInStandard() throws {
        let dark = try ThemeParser(source: try ShippedThemes.source("dark"), file: "dark").parse(name: "dark").theme
        #expect(dark == Theme.standard)
    }

    @Test func themesWithColorsHaveDistinctRampEnds() throws {
        for name in ShippedThemes.names where name != "mono" {
            let theme = try ThemeParser(source: try ShippedThemes.source(name), file: name).parse(name: name).theme
            let stops = theme.colors(.heatmapStops)
            #expect(stops.first != stops.last, "\(name)")
        }
    }
}
