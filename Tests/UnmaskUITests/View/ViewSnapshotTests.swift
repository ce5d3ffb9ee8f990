import Testing
import UnmaskCore
import UnmaskUI

/// Text snapshots of the screen and of single widgets, rendered into an in-memory buffer with no
/// colour (the mono theme; heatmaps as shade glyphs), compared line by line.
@Suite("UI view: text snapshots")
struct ViewSnapshotTests {
    /// A grid of `columns` × `rows` cells (the widget reads only its shape).
    static func grid(columns: Int, rows: Int) -> ParameterGrid {
        ParameterGrid(a: try! GridAxis(min: 1, max: 2, count: columns), b: try! GridAxis(min: 1, max: 2, count: rows))
    }

    /// Before the first result: 0% in the title, and the cursor's E and E_N, which need no plane
    /// (E = +∞ since b = 0.3 ≤ ½ under the uniform weight).
    @Test func wholeScreenAt80x24BeforeTheFirstResult() {
        let screen = TestModels.render(TestModels.model()).textSnapshot
        let discrete = String(format: "%.2f", discreteEnergy(of: MaskSchedule(.beta(a: 0.9, b: 0.3)), weight: .uniform, steps: 8))
        #expect(screen == """
            ┌ Energy E(α; γ) · 0% · γ=uniform ─────────┐┌ Schedules · beta:0.90,0.30 ──────┐
            │0.80 ┤························· ██        ││α_t              γ_t              │
            │     │························· ▆▆        ││1┤             ⡸ 1┤             ⡸ │
            │     │························· ▅▅        ││ │            ⡠⠃  │            ⡠⠃ │
            │     │························· ▃▃        ││ │          ⡤⠊    │       ⢀⣀⡠⠖⠊   │
            │0.40 ┤························· ▁▁        ││0┼⣀⣀⣀⣀⠤⠤⠤⠒⠊⠉──── 0┼⣀⡠⠤⠴⠒⠊⠉⠁────── │
            │     ▶·················▀······· ╱╱ +∞     ││  0      t     1   0      t     1 │
            │     │························· ·· pending││━ beta:0.90,0.30 (cursor)         │
            │0.05 ┤························· ◆◆ min    ││                                  │
            │b↑ a→ ┬───────────┬────▲──────┬           ││tokens/step L=256 N=8 cumulative  │
            │      0.05      0.65       1.25           ││▁▁▁ ▁▁▁ ▁▁▁ ▁▁▁ ▁▁▁ ▂▂▂ ▃▃▃ ███   │
            │a=0.90 b=0.30  E=+∞ E_N=\(discrete)             ││ 2   4   9   12  19  29  47 134   │
            └──────────────────────────────────────────┘└──────────────────────────────────┘
            ┌ Sampler · paper-extremes · random order · seed 1 ────────────────────────────┐
            │uniform over aaaaa and bbbbb (paper Fig. 4, target A): all tokens must agree  │
            │  ▒    ▒    ▒    ▒    ▒    step 0/8  t=0.000  α=0.000  revealed 0  paused     │
            │                           colour: step  speed 1×                             │
            │reveals per step × × × 1 × × 1 3                                              │
            │output after all 8 steps: G jumps there                                       │
            │space play   . step   , back   g Home start   G End end   s reseed            │
            └──────────────────────────────────────────────────────────────────────────────┘
             Each point: α_t = sin²(π/2·I_t(a,b)). Colour: energy E = ∫ α̇²/(γ̇·α(1−α)) dt
             under the weight γ; always ≥ π², equal only at α* = sin²(π/2·γ) (◆). ╱: +∞.
             ←↓↑→ move  m metric  p pin  space play  ? help  q quit     N=8 L=256 γ=uniform
            """)
    }

    @Test func tooSmallScreen() {
        let screen = TestModels.render(TestModels.model(width: 60, height: 15))
        #expect(screen.line(6) == "              terminal too small (need 80×24)")
        #expect(screen.line(7) == "            now 60×15: enlarge it, or q to quit")
    }

    @Test func readoutOnceComputed() {
        let model = TestModels.computed(TestModels.model())
        let screen = TestModels.render(model)
        #expect(screen.line(model.layout.readout.y).contains("│a=0.90 b=0.30  E=+∞ E_N="))
        #expect(!screen.line(0).contains("%"))
        #expect(screen.line(1).hasSuffix("25.50  ││α_t              γ_t              │"))
    }

    /// Pixels (i, j), j = 0 at the bottom: ∞ hatched, NaN pending, the optimum ◆, the cursor a
    /// half block, the rest shades of a log scale from 1 to 32.
    @Test func heatmapWidget() {
        var buffer = CellBuffer(width: 6, height: 2)
        let values = GridSnapshot(generation: 1, grid: Self.grid(columns: 6, rows: 4),
                                  values: [.infinity, .infinity, 1, 2, 4, 8,
                                           .infinity, .infinity, 1, 2, 4, 8,
                                           .nan, .nan, 16, 32, 64, .infinity,
                                           .nan, .nan, 16, 32, 64, .infinity], stride: 1)
        HeatmapWidget(columns: 6, rows: 4, values: values, scale: ValueScale(values.values, logarithmic: true), optimum: 2,
                      cursor: (4, 3), theme: TestModels.mono, colorDepth: .none).draw(in: buffer.bounds, into: &buffer)
        #expect(buffer.textSnapshot == """
            ··▇█▀╱
            ╱╱◆▂▄▅
            """)
    }

    @Test func heatmapUsesHalfBlocksWithColour() {
        var buffer = CellBuffer(width: 2, height: 1)
        let values = GridSnapshot(generation: 1, grid: Self.grid(columns: 2, rows: 2), values: [1, 2, 3, 4], stride: 1)
        HeatmapWidget(columns: 2, rows: 2, values: values, scale: ValueScale(values.values, logarithmic: true), optimum: nil,
                      cursor: nil, theme: .standard, colorDepth: .palette256).draw(in: buffer.bounds, into: &buffer)
        #expect(buffer.textSnapshot == "▀▀")
        #expect(buffer[0, 0].foreground != buffer[0, 0].background)
        #expect(buffer[0, 0].background == .rgb(0, 0, 95), "the ramp's lowest level as an exact palette colour (17)")
        HeatmapWidget(columns: 2, rows: 2, values: values, scale: ValueScale(values.values, logarithmic: true), optimum: nil,
                      cursor: nil, theme: .standard, colorDepth: .trueColor).draw(in: buffer.bounds, into: &buffer)
        #expect(buffer[0, 0].background == .rgb(0x44, 0x01, 0x54))
    }

    /// `mono` has no colours: on a colour terminal its heatmap is shade glyphs, not `▀` stripes.
    @Test func monoUsesShadesOnAColourTerminal() {
        var buffer = CellBuffer(width: 2, height: 1)
        let values = GridSnapshot(generation: 1, grid: Self.grid(columns: 2, rows: 2), values: [1, 2, 3, 4], stride: 1)
        for depth in [ColorDepth.palette256, .trueColor] {
            let widget = HeatmapWidget(columns: 2, rows: 2, values: values, scale: ValueScale(values.values, logarithmic: true),
                                       optimum: nil, cursor: nil, theme: TestModels.mono, colorDepth: depth)
            #expect(!widget.usesHalfBlocks)
            widget.draw(in: buffer.bounds, into: &buffer)
            #expect(buffer.textSnapshot == "▅▇", "\(depth)")
        }
    }

    /// Without colour: eight shade levels, and glyphs of their own for 0, +∞, pending and an
    /// estimated value.
    @Test func shadesAndSpecialGlyphsWithoutColour() {
        var buffer = CellBuffer(width: 12, height: 1)
        let ramp: [Double] = [1, 2, 4, 8, 16, 32, 64, 128]
        let values = GridSnapshot(generation: 1, grid: Self.grid(columns: 12, rows: 2),
                                  values: ramp + [0, .infinity, .nan, 8] + ramp + [0, .infinity, .nan, 8], stride: 1)
        var estimates = [Bool](repeating: false, count: 24)
        estimates[11] = true
        HeatmapWidget(columns: 12, rows: 2, values: values, scale: ValueScale(lower: 1, upper: 128, logarithmic: true), optimum: nil,
                      cursor: nil, theme: TestModels.mono, colorDepth: .none, estimates: estimates)
            .draw(in: buffer.bounds, into: &buffer)
        #expect(buffer.textSnapshot == "▁▂▃▄▅▆▇█○╱·≈")
    }

    /// A cell with one point computed and the other not draws the pending half in the pending
    /// colour, never in the terminal's default foreground.
    @Test func aPendingHalfTakesThePendingColour() {
        var buffer = CellBuffer(width: 1, height: 1)
        let values = GridSnapshot(generation: 1, grid: Self.grid(columns: 1, rows: 2), values: [1, .nan], stride: 1)
        for depth in [ColorDepth.palette256, .trueColor] {
            HeatmapWidget(columns: 1, rows: 2, values: values, scale: ValueScale(lower: 1, upper: 2, logarithmic: false),
                          optimum: nil, cursor: nil, theme: .standard, colorDepth: depth).draw(in: buffer.bounds, into: &buffer)
            #expect(buffer[0, 0].grapheme == "▀")
            #expect(buffer[0, 0].foreground == Theme.standard[.heatmapPending].foreground)
            #expect(buffer[0, 0].foreground != .default)
        }
    }

    @Test func tokenBarsShowZeroStepsAndCounts() {
        var bars = CellBuffer(width: 24, height: 5)
        TokenBars(title: "tokens", counts: [0, 2, 3, 5, 10, 15, 31, 190], theme: TestModels.mono).draw(in: bars.bounds, into: &bars)
        #expect(bars.textSnapshot == """
            tokens  1 empty step
                                 ██
                                 ██
            ×× ▁▁ ▁▁ ▁▁ ▁▁ ▂▂ ▄▄ ██
            0 2 3 5 10 15 31 190
            """)
    }

    @Test func tokenBarsWriteCountsUnderWideBars() {
        var bars = CellBuffer(width: 16, height: 4)
        TokenBars(title: "t", counts: [1, 0, 3, 4], theme: TestModels.mono).draw(in: bars.bounds, into: &bars)
        #expect(bars.line(3) == " 1   0   3   4")
        #expect(bars.line(2).contains("×××"))
    }

    @Test func linePlotOfTheLinearSchedule() {
        var plot = CellBuffer(width: 12, height: 6)
        let series = LinePlot.Series(name: "linear", color: .default, values: LinePlot.samples(width: 12) { $0 })
        LinePlot(title: "α_t", series: [series], theme: TestModels.mono).draw(in: plot.bounds, into: &plot)
        #expect(plot.textSnapshot == """
            α_t
            1┤       ⢀⠤⠊
             │     ⡠⠔⠁
             │  ⢀⠔⠊
            0┼⡠⠒⠁───────
              0    t   1
            """)
    }
}
