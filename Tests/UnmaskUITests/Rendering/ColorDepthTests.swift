import Testing
import UnmaskUI

@Suite("UI rendering: colour depth and degradation")
struct ColorDepthTests {
    @Test func detection() {
        #expect(ColorDepth.detect(hasColors: true, colors: 256, environment: [:]) == .palette256)
        #expect(ColorDepth.detect(hasColors: true, colors: 1 << 24, environment: [:]) == .trueColor)
        #expect(ColorDepth.detect(hasColors: true, colors: 16, environment: [:]) == .ansi16)
        #expect(ColorDepth.detect(hasColors: true, colors: 8, environment: [:]) == .ansi8)
        #expect(ColorDepth.detect(hasColors: false, colors: 0, environment: [:]) == .none)
        #expect(ColorDepth.detect(hasColors: true, colors: 256, environment: ["NO_COLOR": ""]) == .none)
        #expect(ColorDepth.detect(hasColors: true, colors: 1 << 24, environment: ["NO_COLOR": "1"]) == .none)
    }

    @Test func trueColorTriesTheDirectDescriptionFirst() {
        let truecolor = ["COLORTERM": "truecolor"]
        #expect(ColorDepth.terminalCandidates(term: "xterm-256color", environment: truecolor) == ["xterm-direct", "xterm-256color"])
        #expect(ColorDepth.terminalCandidates(term: "tmux-256color", environment: ["COLORTERM": "24bit"]) == ["tmux-direct", "tmux-256color"])
        #expect(ColorDepth.terminalCandidates(term: "xterm", environment: truecolor) == ["xterm-direct", "xterm"])
        #expect(ColorDepth.terminalCandidates(term: "xterm-direct", environment: truecolor) == ["xterm-direct"])
        #expect(ColorDepth.terminalCandidates(term: "xterm-256color", environment: [:]) == ["xterm-256color"])
        #expect(ColorDepth.terminalCandidates(term: "xterm-256color", environment: ["COLORTERM": "truecolor", "NO_COLOR": "1"]) == ["xterm-256color"])
    }

    @Test func rgbDegradesStepByStep() {
        let orange = TerminalColor.rgb(255, 135, 0)
        #expect(ColorDepth.trueColor.colorNumber(of: orange) == 0xFF8700)
        #expect(ColorDepth.palette256.colorNumber(of: orange) == 208)
        #expect(ColorDepth.ansi16.colorNumber(of: orange) == 3)
        #expect(ColorDepth.ansi8.colorNumber(of: orange) == 3)
        #expect(ColorDepth.none.colorNumber(of: orange) == -1)
    }

    @Test func greysUseTheGreyRamp() {
        #expect(ColorDepth.palette256.colorNumber(of: .rgb(0x30, 0x30, 0x30)) == 236)
        #expect(ColorDepth.palette256.colorNumber(of: .rgb(0, 0, 0)) == 16)
        #expect(ColorDepth.palette256.colorNumber(of: .rgb(255, 255, 255)) == 231)
    }

    @Test func ansiAndDefaultColours() {
        #expect(ColorDepth.palette256.colorNumber(of: .ansi(12)) == 12)
        #expect(ColorDepth.ansi8.colorNumber(of: .ansi(12)) == 4)
        #expect(ColorDepth.trueColor.colorNumber(of: .default) == -1)
        #expect(ColorDepth.trueColor.colorNumber(of: .rgb(0, 0, 3)) == 8)
    }

    /// A dark grey over black would be black at 8 colours: it takes white there and bright black
    /// at 16; white over white takes black; colours that already contrast stay as they are.
    @Test func contrastingColoursAvoidTheirBackground() {
        let grey = ColorDepth.contrasting(.rgb(0x58, 0x58, 0x58), against: .rgb(0, 0, 0))
        #expect(ColorDepth.ansi8.colorNumber(of: grey) == 7)
        #expect(ColorDepth.ansi16.colorNumber(of: grey) == 8)
        #expect(ColorDepth.palette256.colorNumber(of: grey) == 240)
        #expect(ColorDepth.trueColor.colorNumber(of: grey) == 0x585858)
        let white = ColorDepth.contrasting(.rgb(255, 255, 255), against: .rgb(255, 255, 255))
        #expect(ColorDepth.ansi8.colorNumber(of: white) == 0)
        #expect(ColorDepth.contrasting(.rgb(255, 135, 0), against: .rgb(0, 0, 0)) == .rgb(255, 135, 0))
        #expect(ColorDepth.contrasting(.ansi(0), against: .rgb(0, 0, 0)) == .ansi(0))
        #expect(ColorDepth.contrasting(.rgb(0x58, 0x58, 0x58), against: .default) == .rgb(0x58, 0x58, 0x58))
    }

    @Test func rampsInterpolateAndQuantise() {
        let ramp = ColorRamp(stops: [.rgb(0, 0, 0), .rgb(200, 100, 0)], levels: 5)
        #expect(ramp.level(at: 0) == 0)
        #expect(ramp.level(at: 1) == 4)
        #expect(ramp.level(at: 0.5) == 2)
        #expect(ramp.color(level: 2) == .rgb(100, 50, 0))
        #expect(ramp.color(level: 4) == .rgb(200, 100, 0))
    }
}
