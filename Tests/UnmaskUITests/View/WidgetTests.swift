import Testing
import UnmaskCore
import UnmaskUI

@Suite("UI widgets: one way to draw, styles given when built")
struct WidgetTests {
    @Test func aPanelFromAThemeTakesItsFocusStyles() {
        let theme = Theme.standard
        let focused = Panel(title: "t", focused: true, theme: theme), plain = Panel(title: "t", focused: false, theme: theme)
        #expect(focused.borderStyle == theme[.borderFocus] && focused.titleStyle == theme[.titleFocus])
        #expect(plain.borderStyle == theme[.border] && plain.titleStyle == theme[.title])
        var buffer = CellBuffer(width: 8, height: 3)
        focused.draw(in: buffer.bounds, into: &buffer)
        #expect(buffer.textLines == ["┌ t ───┐", "│      │", "└──────┘"])
        #expect(buffer[0, 0].foreground == theme[.borderFocus].foreground && buffer[2, 0].foreground == theme[.titleFocus].foreground)
    }

    @Test func aPanelsContentIsInsideItsBorder() {
        let panel = Panel(title: "", borderStyle: Style(), titleStyle: Style())
        #expect(panel.content(in: Rect(x: 2, y: 1, width: 10, height: 5)) == Rect(x: 3, y: 2, width: 8, height: 3))
        #expect(panel.content(in: Rect(x: 2, y: 1, width: 1, height: 5)).isEmpty)
    }

    @Test func aBrailleCanvasDrawsInItsStyleClippedToTheRectangle() {
        var canvas = BrailleCanvas(width: 4, height: 1, style: Style(background: .ansi(4)))
        canvas.line(from: (0, 0), to: (7, 0), color: .ansi(1))
        var buffer = CellBuffer(width: 4, height: 1)
        canvas.draw(in: Rect(x: 1, y: 0, width: 2, height: 1), into: &buffer)
        #expect(buffer.textLines == [" ⠉⠉"])
        #expect(buffer[1, 0] == Cell("⠉", foreground: .ansi(1), background: .ansi(4)))
    }

    @Test func everyWidgetDrawsThroughTheProtocol() {
        let theme = Theme.standard
        let widgets: [any Widget] = [
            Panel(title: "p", focused: false, theme: theme),
            TextBlock("some words", style: theme.base),
            StatusLine(keys: .explorer, right: "N=8", theme: theme),
            TokenBars(title: "t", counts: [1, 2, 3], theme: theme),
            LinePlot(title: "α", series: [LinePlot.Series(name: "s", color: .ansi(1), values: [0, 1])], theme: theme),
            ColorBar(scale: nil, ramp: ColorRamp(stops: [.ansi(1), .ansi(2)], levels: 4), halfBlocks: false, theme: theme),
            HeatmapWidget(columns: 4, rows: 4, values: nil, scale: nil, optimum: nil, cursor: nil, theme: theme, colorDepth: .none),
            HelpOverlay(keys: .explorer, theme: theme, scroll: 1),
        ]
        for widget in widgets {
            var buffer = CellBuffer(width: 100, height: 40)
            widget.draw(in: buffer.bounds, into: &buffer)
            #expect(buffer.textLines.contains { !$0.isEmpty }, "\(type(of: widget)) drew nothing")
        }
    }

    @Test func theHelpOverlayDrawsAtTheScrollItWasBuiltWith() {
        func text(_ overlay: HelpOverlay, scroll: Int? = nil) -> [String] {
            var buffer = CellBuffer(width: 80, height: 24)
            if let scroll { overlay.draw(in: buffer.bounds, scroll: scroll, into: &buffer) } else { overlay.draw(in: buffer.bounds, into: &buffer) }
            return buffer.textLines
        }
        let scrolled = HelpOverlay(keys: .explorer, theme: .standard, scroll: 2)
        #expect(text(scrolled) == text(HelpOverlay(keys: .explorer, theme: .standard), scroll: 2))
        #expect(text(scrolled) != text(HelpOverlay(keys: .explorer, theme: .standard)))
    }
}

@Suite("UI widgets: the status line keeps the most-used keys")
struct StatusLinePriorityTests {
    private func line(width: Int) -> String {
        var buffer = CellBuffer(width: width, height: 1)
        StatusLine(keys: .explorer, right: "N=8 L=256 γ=uniform", theme: .standard)
            .draw(in: Rect(x: 0, y: 0, width: width, height: 1), into: &buffer)
        return buffer.textLines[0]
    }

    /// At 80 columns: move, metric, pin, play, help and quit all survive, and no hint is cut.
    @Test func eightyColumnsKeepTheMostUsed() {
        let text = line(width: 80)
        for hint in ["←↓↑→ move", "m metric", "p pin", "space play", "? help", "q quit"] {
            #expect(text.contains(hint), "\(hint) missing from: \(text)")
        }
        let hints = KeyTable.explorer.statusHints
        for hint in hints where !text.contains(hint) {
            let word = hint.split(separator: " ")[0]
            #expect(!text.contains(" \(word) "), "\(hint) is cut: \(text)")
        }
    }

    /// Wider screens show more, in order, and every hint appears once.
    @Test func widerScreensAddTheRest() {
        let narrow = line(width: 80), wide = line(width: 160)
        #expect(wide.contains("Tab focus") && wide.contains(": go to"))
        let hints = KeyTable.explorer.statusHints
        #expect(Set(hints).count == hints.count)
        #expect(hints.filter { wide.contains($0) }.count > hints.filter { narrow.contains($0) }.count)
    }
}

@Suite("UI heatmap widget: a map larger than its plane")
struct HeatmapWidgetBoundsTests {
    @Test func pointsBeyondTheSnapshotHaveNoValueRatherThanCrashing() throws {
        let grid = ParameterGrid(a: try GridAxis(min: 1, max: 2, count: 3), b: try GridAxis(min: 1, max: 2, count: 3))
        let snapshot = GridSnapshot(generation: 1, grid: grid, values: [1, 2, 3, 4, 5, 6, 7, 8, 9], stride: 1)
        var buffer = CellBuffer(width: 5, height: 3)
        HeatmapWidget(columns: 5, rows: 6, values: snapshot, scale: ValueScale(lower: 1, upper: 9, logarithmic: false),
                      optimum: nil, cursor: nil, theme: .standard, colorDepth: .none).draw(in: buffer.bounds, into: &buffer)
        #expect(buffer.textLines.allSatisfy { $0.count == 5 })
        #expect(buffer.line(0).hasSuffix("··"))   // columns 3 and 4 are beyond the 3 a values
    }

    /// A computed plane with no finite value (every cell +∞: the energy under the uniform weight
    /// for b ≤ ½, what a lesson at 80×24 showed) has no colour scale; its cells are drawn as
    /// +∞, not as pending forever.
    @Test func aPlaneOfOnlyInfinitiesIsDrawnAsInfinite() throws {
        let grid = ParameterGrid(a: try GridAxis(min: 1, max: 2, count: 3), b: try GridAxis(min: 0.1, max: 0.4, count: 2))
        let snapshot = GridSnapshot(generation: 1, grid: grid, values: [Double](repeating: .infinity, count: 6), stride: 1)
        let values = snapshot.values
        #expect(ValueScale(values, logarithmic: false) == nil)
        var buffer = CellBuffer(width: 3, height: 1)
        HeatmapWidget(columns: 3, rows: 2, values: snapshot, scale: nil, optimum: nil, cursor: nil, theme: .standard, colorDepth: .none)
            .draw(in: buffer.bounds, into: &buffer)
        #expect(buffer.line(0) == "╱╱╱")
    }
}
