import UnmaskCore

/// The (a, b) heatmap: each character cell shows two lattice points as a `▀` half block
/// (foreground the upper point, background the lower), so pixels are square at twice the
/// vertical resolution. +∞ is hatched `╱`, points not computed yet are `·` (a half not computed
/// yet takes the pending colour), the smallest value is marked `◆`, and the cursor's point is lit
/// in the cursor colour. Below 256 colours, and for a ramp without colours (`mono`), the cells
/// fall back to the shade glyphs `▁▂▃▄▅▆▇█` of the mean of their two points, with `○` where both
/// are 0. A cell with an estimated point (a Monte Carlo value, `estimates`) shows `≈` in its
/// level's colour at every depth. On a plane of measured scores (`measuredOnly`) a computed point
/// without a value was not measured: `░` in the muted colour, and no coarse preview spreads a
/// measured value over its neighbours. `markers` (the pins, numbered `1` `2` `3`) are drawn over the
/// cells and the `◆`, under the cursor.
public struct HeatmapWidget: Widget {
    /// A glyph at grid point (i, j) in a colour of its own (nil: the theme's cursor colour).
    public struct Marker: Equatable, Sendable {
        public let i: Int
        public let j: Int
        public let glyph: Character
        public let color: TerminalColor?

        public init(i: Int, j: Int, glyph: Character, color: TerminalColor? = nil) {
            self.i = i
            self.j = j
            self.glyph = glyph
            self.color = color
        }
    }

    /// Grid columns (a) and rows (b), b = 0 at the bottom; the grid is one column per cell and
    /// two rows per cell of the rectangle it is drawn in.
    public let columns: Int
    public let rows: Int
    public let values: GridSnapshot?
    public let scale: ValueScale?
    public let optimum: Int?
    public let cursor: (i: Int, j: Int)?
    public let theme: Theme
    public let colorDepth: ColorDepth
    /// Per lattice point (indexed like `values`), whether its value is an estimate; nil: none is.
    public let estimates: [Bool]?
    public let markers: [Marker]
    /// Whether only measured points have values (the `score` metric): an empty computed point
    /// is "not measured" rather than pending.
    public let measuredOnly: Bool

    public init(columns: Int, rows: Int, values: GridSnapshot?, scale: ValueScale?, optimum: Int?,
                cursor: (i: Int, j: Int)?, theme: Theme, colorDepth: ColorDepth, estimates: [Bool]? = nil,
                markers: [Marker] = [], measuredOnly: Bool = false) {
        self.measuredOnly = measuredOnly
        self.columns = columns
        self.rows = rows
        self.values = values
        self.scale = scale
        self.optimum = optimum
        self.cursor = cursor
        self.theme = theme
        self.colorDepth = colorDepth
        self.estimates = estimates
        self.markers = markers
        let levels = colorDepth == .trueColor ? 64 : colorDepth == .palette256 ? 32 : Self.shades.count
        let stops = ColorRamp(stops: theme.colors(.heatmapStops), levels: levels)
        usesHalfBlocks = colorDepth >= .palette256 && stops.hasColors
        pendingStyle = theme[.heatmapPending]
        notMeasuredStyle = Style(foreground: theme[.muted].foreground, background: theme.base.background)
        infiniteStyle = theme[.heatmapInfinite]
        ramp = (usesHalfBlocks ? stops : ColorRamp(stops: stops.stops, levels: Self.shades.count))
            .fitted(to: colorDepth, background: theme.assumedBackground, avoiding: pendingStyle.foreground)
    }

    /// The theme's styles for pending and +∞ points, looked up once rather than per cell.
    private let pendingStyle: Style, infiniteStyle: Style, notMeasuredStyle: Style

    /// Shade glyphs from low to high, where cells show one level (few colours, or none).
    static let shades: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// The glyphs of a cell whose points are both 0, both +∞, both not computed yet, and of a cell
    /// with an estimated point.
    static let zeroGlyph: Character = "○", infiniteGlyph: Character = "╱", pendingGlyph: Character = "·",
               estimateGlyph: Character = "≈", notMeasuredGlyph: Character = "░"

    /// The ramp at this colour depth, fitted to it (`ColorRamp.fitted`): 64 levels at 24-bit, 32
    /// at 256 colours (a few hundred colour pairs), one per shade glyph otherwise.
    public let ramp: ColorRamp

    /// Whether cells are `▀` half blocks (256 colours or more, and a ramp with colours).
    public let usesHalfBlocks: Bool

    /// What one lattice point shows.
    enum Pixel: Equatable {
        case pending
        case notMeasured
        case infinite
        case zero
        case level(Int)
    }

    /// A point of the map; one beyond the snapshot's grid (a map drawn taller or wider than its
    /// plane, e.g. an odd number of b values in whole cells) has no value.
    func pixel(i: Int, j: Int, ramp: ColorRamp) -> Pixel {
        guard let values, i < values.grid.a.count, j < values.grid.b.count else { return .pending }
        if measuredOnly {
            let own = values.values[j * values.grid.a.count + i]
            if own.isNaN { return values.isComplete || (i % values.stride == 0 && j % values.stride == 0) ? .notMeasured : .pending }
        }
        let value = values.displayValue(i: i, j: j)
        if value.isNaN { return .pending }
        if value == .infinity { return .infinite }
        if abs(value) <= 1e-12 { return .zero }
        // No scale: the plane has no finite value it could place (all +∞, or nothing positive
        // on a logarithmic one), and this one is at its bottom.
        guard let scale else { return .level(0) }
        return .level(ramp.level(at: scale.position(of: value)))
    }

    func isEstimate(i: Int, j: Int) -> Bool {
        guard let estimates else { return false }
        let index = j * columns + i
        return estimates.indices.contains(index) && estimates[index]
    }

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        let cellRows = Swift.min(rect.height, rows / 2)
        for y in 0..<cellRows {
            let upperJ = 2 * (cellRows - 1 - y) + 1
            for i in 0..<Swift.min(rect.width, columns) {
                let upper = pixel(i: i, j: upperJ, ramp: ramp)
                let lower = pixel(i: i, j: upperJ - 1, ramp: ramp)
                drawCell(upper: upper, lower: lower, estimated: isEstimate(i: i, j: upperJ) || isEstimate(i: i, j: upperJ - 1),
                         x: rect.x + i, y: rect.y + y, ramp: ramp, into: &buffer)
            }
        }
        if let optimum, let values, values.values[optimum].isFinite {
            let (i, j) = (optimum % columns, optimum / columns)
            let y = rect.y + cellRows - 1 - j / 2
            var style = theme[.heatmapOptimum]
            if usesHalfBlocks { style.background = color(of: pixel(i: i, j: j ^ 1, ramp: ramp), ramp: ramp) }
            buffer.put("◆", x: rect.x + i, y: y, style: style)
        }
        for marker in markers where (0..<Swift.min(rect.width, columns)).contains(marker.i) && (0..<2 * cellRows).contains(marker.j) {
            var style = theme[.heatmapCursor]
            if let color = marker.color { style.foreground = color }
            if usesHalfBlocks { style.background = color(of: pixel(i: marker.i, j: marker.j ^ 1, ramp: ramp), ramp: ramp) }
            buffer.put(marker.glyph, x: rect.x + marker.i, y: rect.y + cellRows - 1 - marker.j / 2, style: style)
        }
        if let cursor, cursor.i < columns, cursor.j < rows {
            let y = rect.y + cellRows - 1 - cursor.j / 2
            let isUpper = cursor.j % 2 == 1
            let other = pixel(i: cursor.i, j: cursor.j ^ 1, ramp: ramp)
            var style = theme[.heatmapCursor]
            if usesHalfBlocks { style.background = color(of: other, ramp: ramp) }
            buffer.put(isUpper ? "▀" : "▄", x: rect.x + cursor.i, y: y, style: style)
        }
    }

    private func drawCell(upper: Pixel, lower: Pixel, estimated: Bool, x: Int, y: Int, ramp: ColorRamp,
                          into buffer: inout CellBuffer) {
        if upper == .pending && lower == .pending {
            buffer.put(Self.pendingGlyph, x: x, y: y, style: pendingStyle)
        } else if upper == .notMeasured && lower == .notMeasured {
            buffer.put(Self.notMeasuredGlyph, x: x, y: y, style: notMeasuredStyle)
        } else if upper == .infinite && lower == .infinite {
            buffer.put(Self.infiniteGlyph, x: x, y: y, style: infiniteStyle)
        } else if usesHalfBlocks && !estimated {
            buffer.put("▀", x: x, y: y, style: Style(foreground: color(of: upper, ramp: ramp), background: color(of: lower, ramp: ramp)))
        } else {
            // A point not measured beside a measured one takes no part in the cell's level.
            let shown = [upper, lower].filter { $0 != .notMeasured }
            let levels = shown.map { pixel -> Int in
                if case let .level(level) = pixel { return level }
                return pixel == .infinite ? ramp.levels - 1 : 0
            }
            let level = (levels[0] + levels[levels.count - 1] + 1) / 2
            let glyph = estimated ? Self.estimateGlyph : upper == .zero && lower == .zero ? Self.zeroGlyph
                : Self.shades[Swift.min(level, Self.shades.count - 1)]
            buffer.put(glyph, x: x, y: y, style: Style(foreground: ramp.color(level: level), background: theme.base.background))
        }
    }

    /// The colour a pixel contributes to a half block: a pending half takes the pending colour
    /// (never the terminal's default foreground).
    func color(of pixel: Pixel, ramp: ColorRamp) -> TerminalColor {
        switch pixel {
        case .pending: return Self.visible(pendingStyle.foreground) ?? theme.assumedBackground ?? .ansi(8)
        case .notMeasured: return theme.base.background ?? .default
        case .infinite: return infiniteStyle.background ?? infiniteStyle.foreground ?? .default
        case .zero: return ramp.color(level: 0)
        case let .level(level): return ramp.color(level: level)
        }
    }

    private static func visible(_ color: TerminalColor?) -> TerminalColor? {
        color == .default ? nil : color
    }
}
