import Testing
import UnmaskUI

@Suite("UI themes: partial, malformed and unknown keys")
struct ThemeParserTests {
    @Test func partialThemesFallBackToTheStandard() throws {
        let source = """
            [ui]
            fg = "#102030"
            [heatmap]
            stops = ["red", "bright-blue"]
            """
        let theme = try ThemeParser(source: source, file: "partial.toml").parse(name: "partial").theme
        #expect(theme.base.foreground == .rgb(0x10, 0x20, 0x30))
        #expect(theme.colors(.heatmapStops) == [.ansi(1), .ansi(12)])
        for key in ThemeKey.allCases where key != .foreground && key != .heatmapStops {
            #expect(theme.values[key] == Theme.standard.values[key], "\(key.rawValue)")
        }
    }

    @Test func stylesTakeColoursAndAttributes() throws {
        let source = """
            [ui.border]
            focus = { fg = "default", bg = "#000000", bold = true, reverse = true, underline = false }
            """
        let theme = try ThemeParser(source: source, file: "t.toml").parse(name: "t").theme
        #expect(theme.values[.borderFocus] == .style(Style(foreground: .default, background: .rgb(0, 0, 0), attributes: [.bold, .reverse])))
    }

    @Test func malformedTomlGivesLineAndColumn() {
        let source = """
            name = "broken"
            [ui]
            fg = "#ffffff
            """
        #expect {
            try ThemeParser(source: source, file: "broken.toml").parse(name: "broken")
        } throws: { error in
            guard case let .malformed(file, line, column, _) = error as? ThemeError else { return false }
            return file == "broken.toml" && line == 3 && column > 1
        }
    }

    @Test func badColourNamesTheKeyLineAndColumn() throws {
        let source = """
            name = "bad"

            [plot]
            axis = "reddish"
            """
        do {
            _ = try ThemeParser(source: source, file: "bad.toml").parse(name: "bad")
            Issue.record("a bad colour was accepted")
        } catch {
            #expect(error == .invalidValue(file: "bad.toml", line: 4, column: 8, key: "plot.axis",
                                           message: "'reddish' is not a colour (#RRGGBB, an ANSI name such as bright-blue, or default)"))
            #expect(error.description.hasPrefix("theme bad.toml:4:8: plot.axis: "))
        }
    }

    @Test func wrongKindsAreErrors() {
        let cases = [
            "[heatmap]\nstops = \"#ffffff\"",
            "[heatmap]\nstops = [\"#ffffff\"]",
            "[ui]\nfg = { fg = \"red\" }",
            "[ui.border]\nfocus = { blink = true }",
            "[ui.border]\nfocus = { bold = \"yes\" }",
            "name = 3",
        ]
        for source in cases {
            #expect(throws: ThemeError.self, "\(source)") {
                try ThemeParser(source: source, file: "x.toml").parse(name: "x")
            }
        }
    }

    @Test func unknownKeysWarnWithTheirLine() throws {
        let source = """
            name = "typo"
            [ui]
            fgg = "#ffffff"
            [ui.border]
            normal = "red"
            glow = "blue"
            [sparkles]
            on = true
            """
        let parsed = try ThemeParser(source: source, file: "typo.toml").parse(name: "typo")
        #expect(parsed.warnings.map(\.line).sorted() == [3, 6, 7])
        #expect(parsed.warnings.contains { $0.description == "theme typo.toml:3: unknown key 'ui.fgg' (ignored)" })
        #expect(parsed.theme[.border].foreground == .ansi(1))
    }

    @Test func colourSyntax() {
        #expect(TerminalColor(parsing: "#A0b1C2") == .rgb(0xA0, 0xB1, 0xC2))
        #expect(TerminalColor(parsing: "Default") == .default)
        #expect(TerminalColor(parsing: "white") == .ansi(7))
        #expect(TerminalColor(parsing: "bright-black") == .ansi(8))
        for bad in ["#12345", "#1234567", "#GGGGGG", "purple", "bright-", ""] {
            #expect(TerminalColor(parsing: bad) == nil, "\(bad)")
        }
    }
}
