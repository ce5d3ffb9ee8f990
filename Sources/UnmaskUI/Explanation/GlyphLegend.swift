/// What every glyph the explorer draws means, and what the mouse does: the second page of the
/// `?` overlay and the README's glyph table, so that both name the glyphs the widgets really use.
public enum GlyphLegend {
    public struct Entry: Equatable, Sendable {
        /// The glyphs as the help writes them, e.g. `▶ ▲`, or a word for the mouse.
        public let glyphs: String
        public let meaning: String
    }

    public struct Section: Equatable, Sendable {
        public let title: String
        public let entries: [Entry]
    }

    static func entry(_ glyphs: String, _ meaning: String) -> Entry { Entry(glyphs: glyphs, meaning: meaning) }

    static func entry(_ glyph: Character, _ meaning: String) -> Entry { Entry(glyphs: String(glyph), meaning: meaning) }

    /// The heatmap's shade glyphs from lowest to highest, as one label.
    static let shadeRange = "\(HeatmapWidget.shades.first!) … \(HeatmapWidget.shades.last!)"

    public static let heatmap = Section(title: "Heatmap", entries: [
        entry("▀", "one cell, two grid points: the top half is the upper b, the bottom half the lower"
              + " (256 colours or more)"),
        entry(shadeRange, "fewer colours or none: the cell's level, low to high"),
        entry(HeatmapWidget.zeroGlyph, "0 at both points (TV, KL or invalid mass within 1e-12 of 0)"),
        entry(HeatmapWidget.infiniteGlyph, "+∞: the energy integral diverges there"),
        entry(HeatmapWidget.pendingGlyph, "not computed yet"),
        entry(HeatmapWidget.notMeasuredGlyph, "measured score (m, with --scores): no score measured at this point and N"),
        entry(HeatmapWidget.estimateGlyph, "a Monte Carlo estimate, where exact evaluation costs too much"),
        entry("◆", "the best point of the whole plane: the minimum (ties broken by energy), the highest measured"
              + " score (b jumps there)"),
        entry("▀ ▄", "in the cursor's colour: the cursor's point, the upper or lower half"),
        entry("▶ ▲", "the cursor's b and a on the axes"),
        entry("1 2 3", "the pinned Beta schedules, in pin order"),
        entry("▀▀", "beside the map: the colour scale, highest at the top, with its values"),
    ])

    public static let schedules = Section(title: "Schedules and tokens", entries: [
        entry("━", "legend: each curve's colour (the cursor's first, then the pins and the v overlay)"),
        entry("⣀⠤⠊", "the curves α_t and γ_t, drawn in braille dots (2 × 4 per cell)"),
        entry(shadeRange, "tokens revealed in each step, one scale across the bars shown"),
        entry("×", "a step that reveals no token"),
    ])

    public static let sampler = Section(title: "Sampler", entries: [
        entry("▒", "a position still masked"),
        entry("a b", "revealed tokens, coloured by their step or probability (c); the shown step's tokens highlighted"),
        entry("1 2 3", "under a token: its step (or probability); reveals per step: how many each step reveals;"
              + " the step that left the support in the error colour"),
        entry("▶", "playing (space pauses)"),
        entry("▀█▄", "big tokens (B): each token in 3 × 3 cells"),
        entry("▏ … █", "denoiser view (d): the probability of each token at a masked position"),
    ])

    public static let mouse = Section(title: "Mouse", entries: [
        entry("click", "on the heatmap: the cursor goes there; on a panel: focus it"),
        entry("wheel", "over the heatmap: zoom (up: in, down: out); over this help: scroll"),
    ])

    public static let sections: [Section] = [heatmap, schedules, sampler, mouse]
}
