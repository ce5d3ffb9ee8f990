import Testing
import UnmaskCore
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
        for bad in ["#12345", "#1234567", "#GGGGGG", "purple", "bright-", "", "#+fffff", "#-00000", "# fffff", "#0x1234",
                    "#fffff ", "#ＡＢＣＤＥＦ", "##fffff", "#_fffff"] {
            #expect(TerminalColor(parsing: bad) == nil, "\(bad)")
        }
    }

    /// The same theme with LF or CRLF line ends, and with a lone CR ending the file, reports the
    /// same lines and columns.
    @Test(arguments: ["\n", "\r\n"])
    func lineEndsDoNotMovePositions(newline: String) throws {
        let lines = ["name = \"x\"", "", "[ui]", "fgg = \"red\"", "[plot]", "  axis = \"reddish\""]
        let source = lines.joined(separator: newline) + newline
        do {
            _ = try ThemeParser(source: source, file: "x.toml").parse(name: "x")
            Issue.record("a bad colour was accepted")
        } catch {
            guard case let .invalidValue(_, line, column, key, _) = error else { throw error }
            #expect((line, column, key) == (6, 10, "plot.axis"))
        }
        let warned = try ThemeParser(source: lines.prefix(4).joined(separator: newline) + "\r", file: "x.toml").parse(name: "x")
        #expect(warned.warnings.map(\.line) == [4])
        #expect {
            try ThemeParser(source: ["name = \"x\"", "[ui]", "fg = \"#ffffff"].joined(separator: newline), file: "b.toml").parse(name: "b")
        } throws: { error in
            guard case let .malformed(_, line, _, _) = error as? ThemeError else { return false }
            return line == 3
        }
    }

    @Test func manyWarningsPrintTwentyAndACount() throws {
        let source = "[ui]\n" + (0..<1000).map { "k\($0) = 1\n" }.joined()
        let parsed = try ThemeParser(source: source, file: "many.toml").parse(name: "many")
        #expect(parsed.warnings.count == 1000)
        let lines = ThemeWarning.lines(parsed.warnings)
        #expect(lines.count == Limits.maximumRepeatedWarnings + 1)
        #expect(lines.first == "theme many.toml:2: unknown key 'ui.k0' (ignored)")
        #expect(lines[19] == "theme many.toml:21: unknown key 'ui.k19' (ignored)")
        #expect(lines.last == "theme many.toml: 980 more warnings not shown")
        #expect(ThemeWarning.lines(Array(parsed.warnings.prefix(20))).count == 20)
        #expect(ThemeWarning.lines(Array(parsed.warnings.prefix(21))).last == "theme many.toml: 1 more warning not shown")
    }

    @Test func echoedTextIsEscaped() throws {
        let source = "[ui]\n\"\\u001b[2J\" = 1\nfg = \"\\u001b[31m\"\n"
        do {
            _ = try ThemeParser(source: source, file: "\u{1B}]0;t.toml").parse(name: "t")
            Issue.record("a bad colour was accepted")
        } catch {
            #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
            #expect(error.description.contains("'\\e[31m' is not a colour"))
            #expect(error.description.hasPrefix("theme \\e]0;t.toml:3:6: "))
        }
        let warned = try ThemeParser(source: "[ui]\n\"\\u001b[2J\" = 1\n", file: "w.toml").parse(name: "w")
        // (A key with an escape is located at its table: the light scan does not decode escapes.)
        #expect(warned.warnings.map(\.description) == ["theme w.toml:1: unknown key 'ui.\\e[2J' (ignored)"])
    }
}
