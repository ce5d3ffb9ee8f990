import Testing
import UnmaskCore
import UnmaskUI
import UnmaskUITestSupport

/// Every shipped theme at 8, 16, 256 and 24-bit colour: each visible glyph of the explorer's
/// screen is drawn in a colour the terminal shows differently from the cell's background. The
/// terminal's own colours are taken to be those the theme assumes (`Theme.assumedBackground`).
@Suite("UI rendering: every theme is visible at every colour depth")
struct ThemeVisibilityTests {
    static let depths: [ColorDepth] = [.ansi8, .ansi16, .palette256, .trueColor]

    /// The least RGB distance between a glyph's colour and its background as the terminal shows
    /// them (xterm's palette), so e.g. white (229) on bright white (255) counts as invisible too.
    static let minimumDistance = 48

    static func theme(_ name: String) -> Theme {
        let source = (try? ShippedThemes.source(name)) ?? ""
        return (try? ThemeParser(source: source, file: name).parse(name: name).theme) ?? .standard
    }

    /// The RGB value a cell colour shows at a depth; the terminal's own colours as the theme
    /// assumes them (white on black when it says nothing).
    static func shown(_ color: TerminalColor, depth: ColorDepth, assumed: TerminalColor?, otherwise: (Int, Int, Int)) -> (Int, Int, Int) {
        let color = color == .default ? assumed ?? .default : color
        return depth.rgb(ofColorNumber: depth.colorNumber(of: color)) ?? otherwise
    }

    /// The cells whose glyph vanishes into their background, as "x,y 'g'" descriptions.
    static func invisibleCells(_ model: Model) -> [String] {
        let buffer = TestModels.render(model)
        let theme = model.theme, depth = model.colorDepth
        let layout = model.layout
        let cursor = model.cursorCell.map { (layout.map.x + $0.i, layout.map.maxY - 1 - $0.j / 2) }
        var found: [String] = []
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                guard cell.columns > 0, cell.grapheme != " " else { continue }
                // A data half block shows two samples; equal halves are a uniform colour, not a glyph.
                let inMap = layout.map.contains(x: x, y: y) || layout.colorBar.contains(x: x, y: y)
                if cell.grapheme == "▀" && inMap && !(cursor.map { $0 == (x, y) } ?? false) { continue }
                var foreground = shown(cell.foreground, depth: depth, assumed: theme.assumedForeground, otherwise: (229, 229, 229))
                var background = shown(cell.background, depth: depth, assumed: theme.assumedBackground, otherwise: (0, 0, 0))
                if cell.attributes.contains(.reverse) { swap(&foreground, &background) }
                let (dr, dg, db) = (foreground.0 - background.0, foreground.1 - background.1, foreground.2 - background.2)
                if dr * dr + dg * dg + db * db < minimumDistance * minimumDistance {
                    found.append("\(x),\(y) '\(cell.grapheme)' \(foreground) on \(background)")
                }
            }
        }
        return found
    }

    static func model(theme: Theme, depth: ColorDepth, metricPresses: Int = 0) -> Model {
        var model = Model(options: ExplorerOptions(), width: 100, height: 30, colorDepth: depth, theme: theme)
        _ = update(&model, .resize(width: 100, height: 30))
        for _ in 0..<metricPresses { _ = update(&model, .key(.character("m"))) }
        return model
    }

    /// The sampling error TV (zero where the schedule never leaves the support), computed once:
    /// every theme and depth asks for the same grid.
    static let samplingError: GridSnapshot? = model(theme: .standard, depth: .palette256, metricPresses: 2).heatmap.request
        .map(computedSnapshot)

    static func withSamplingError(_ model: Model) -> Model {
        var model = model
        if let snapshot = samplingError { _ = update(&model, .computeFinished(snapshot)) }
        return model
    }

    @Test(arguments: ShippedThemes.names)
    func everyGlyphIsVisible(name: String) {
        let theme = Self.theme(name)
        for depth in Self.depths {
            let pending = Self.model(theme: theme, depth: depth)
            var computed = TestModels.computed(pending)
            let sampling = Self.withSamplingError(Self.model(theme: theme, depth: depth, metricPresses: 2))
            #expect(sampling.heatmap.snapshot != nil)
            let states = [("pending", pending), ("computed", computed), ("tv", sampling)]
            for (state, model) in states {
                let invisible = Self.invisibleCells(model)
                #expect(invisible.isEmpty, "\(name) at \(depth.rawValue) colours, \(state): \(invisible.prefix(8)) (\(invisible.count))")
            }
            _ = update(&computed, .key(.character("?")))
            let help = Self.invisibleCells(computed)
            #expect(help.isEmpty, "\(name) at \(depth.rawValue) colours, help: \(help.prefix(8)) (\(help.count))")
        }
    }
}
