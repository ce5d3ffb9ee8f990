/// Where everything goes on a screen of a given size. One pure function of the size, used by the
/// view to draw and by `update` to size the heatmap grid and to hit-test mouse clicks.
///
///     ┌ heatmap ───────────────┐┌ schedules ──────────┐
///     │ b │ map          │ bar ││ α_t plot │ γ_t plot │
///     │   │              │     ││ tokens per step     │
///     │   a axis               ││                     │
///     │   readout (1–3 rows)   ││                     │
///     └────────────────────────┘└─────────────────────┘
///     ┌ sampler ─────────────────────────────────────┐
///     └──────────────────────────────────────────────┘
///     explanation of the focused panel (2 rows; a lesson's narration box instead)
///     status line
public struct Layout: Equatable, Sendable {
    /// The smallest screen the explorer draws on; below it, a "terminal too small" screen.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public let screen: Rect
    public let heatmap: Rect
    public let schedules: Rect
    public let sampler: Rect
    public let explanation: Rect
    public let status: Rect
    /// The heatmap's parts inside its border.
    public let map: Rect
    public let bAxis: Rect
    public let colorBar: Rect
    public let aAxis: Rect
    public let readout: Rect

    public var isTooSmall: Bool { screen.width < Self.minimumWidth || screen.height < Self.minimumHeight }

    /// Rows of the sampler panel including its border.
    static let samplerHeight = 8
    /// Columns left of the map (b labels and tick) and right of it (colour bar and labels).
    static let bAxisWidth = 6
    static let colorBarWidth = 11

    /// Rows of the cursor readout for a heatmap panel whose inside is `height` rows tall: one at
    /// the smallest screen (where the map needs every row it has), two from 15 rows inside, three
    /// (cursor and pins on lines of their own) from 20, e.g. at 120×40.
    static func readoutRows(insideHeight height: Int) -> Int {
        height >= 20 ? 3 : height >= 15 ? 2 : 1
    }

    /// The rows of a lesson's narration box, which takes the explanation's place, for a slide of
    /// `Lesson.maximumLines` lines unwrapped: its border and those lines.
    public static let narrationHeight = Lesson.maximumLines + 2
    /// The rows the heatmap and schedules panels keep above a narration box that would want more
    /// (a long slide wrapped on a narrow screen): a map of two rows, its axis and the readout.
    static let minimumTopRows = 7

    /// The most rows a narration box gets on a screen `height` rows tall: `narrationHeight`, or
    /// more where the panels above still keep `minimumTopRows` (at 80×24, 8: six lines).
    public static func narrationLimit(height: Int) -> Int {
        Swift.max(narrationHeight, height - 1 - samplerHeight - minimumTopRows)
    }

    /// With `tallSampler` (a recorded run's text in the sampler panel) the sampler panel takes
    /// half the rows above the explanation, at least `samplerHeight`. With `narrationRows` (a
    /// lesson) the explanation's rows are the narration box's, as many as its slide needs
    /// (`NarrationBox.rows(for:width:)`, at most `narrationLimit(height:)`).
    public init(width: Int, height: Int, tallSampler: Bool = false, narrationRows: Int? = nil) {
        screen = Rect(x: 0, y: 0, width: width, height: height)
        let (body, statusRow) = screen.splitBottom(1)
        let (aboveExplanation, explanationRows) = body.splitBottom(
            narrationRows.map { Swift.min($0, Self.narrationLimit(height: height)) } ?? 2)
        let samplerHeight = tallSampler ? Swift.max(Self.samplerHeight, aboveExplanation.height / 2) : Self.samplerHeight
        let (top, samplerRows) = aboveExplanation.splitBottom(samplerHeight)
        let heatmapWidth = Swift.min(Swift.max(width * 55 / 100, 40), width - 36)
        let (left, right) = top.splitLeft(heatmapWidth)
        heatmap = left
        schedules = right
        sampler = samplerRows
        explanation = explanationRows
        status = statusRow

        let inner = left.inset(by: 1)
        let readoutRows = Self.readoutRows(insideHeight: inner.height)
        let (mapArea, bottom) = inner.splitBottom(2 + readoutRows)
        let (axisColumn, rest) = mapArea.splitLeft(Self.bAxisWidth)
        let (mapRect, bar) = rest.splitRight(Self.colorBarWidth)
        map = mapRect
        bAxis = axisColumn
        colorBar = bar
        let (axisRows, readoutRow) = bottom.splitBottom(readoutRows)
        aAxis = axisRows
        readout = readoutRow
    }

    /// The rows above the sampler panel (heatmap and schedules), where the denoiser view opens.
    public var aboveSampler: Rect {
        Rect(x: screen.x, y: heatmap.y, width: screen.width, height: sampler.y - heatmap.y)
    }

    /// Where a recorded run's text is drawn: inside the sampler panel, below its header row and
    /// above its readout and hint rows.
    public var recordingText: Rect {
        let inner = sampler.inset(by: 1)
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: Swift.max(0, inner.height - 3))
    }

    /// The heatmap's pixel grid: one column per cell, two rows per cell (half blocks).
    public var mapPixels: (columns: Int, rows: Int) { (map.width, map.height * 2) }

    /// The panel under a screen position.
    public func panel(atX x: Int, y: Int) -> Focus? {
        if heatmap.contains(x: x, y: y) { return .heatmap }
        if schedules.contains(x: x, y: y) { return .schedules }
        if sampler.contains(x: x, y: y) { return .sampler }
        return nil
    }
}
