import Foundation
import UnmaskCore

/// The heatmap's readout: the cursor's (a, b) and every metric known there, then each pin with
/// its number (its marker on the map), name and energies, e.g.
///
///     a=0.90 b=0.30  TV=0.071 E=9.870 E_N=12.31 KL=0.154
///     1 linear E=+∞ TV=0.112  2 cosine E=12.35
///
/// The current metric comes first (a Monte Carlo cell as `TV≈0.071 ±0.004 (MC)`, `…` while not
/// computed); of the others, E and E_N are always known (`ScheduleEnergies`) and the sampling
/// errors only where a computed plane has the point (the current one or one kept in the
/// `PlaneCache`); unknown ones are left out. A pin shows E, and the current metric's value where
/// it differs: E_N for every pin, a sampling error for a Beta pin on a computed plane. Items flow
/// onto the readout's rows (the pins start a row of their own when there is one to spare), and
/// a pin that does not fit on the last row drops its name (`1 E=36.93`, the number is its marker's);
/// what still does not fit is left out, marked `…`.
struct HeatmapReadout: Widget {
    /// One piece of text that is kept whole, a shorter form for a row it does not fit on, the
    /// spaces before it when it does not start a row, and whether it should start one.
    struct Item: Equatable {
        let text: String
        let style: Style
        var short: String?
        var gap = 1
        var startsRow = false
    }

    let items: [Item]

    init(items: [Item]) {
        self.items = items
    }

    init(_ model: Model) {
        let theme = model.theme
        var items = [Item(text: model.cursor.readout, style: theme[.accent])]
        if model.concealsReadings {
            self.init(items: items + Self.concealedItems(model))
            return
        }
        items.append(Item(text: Self.currentReading(model), style: theme.base.adding(.bold), gap: 2))
        if model.metric == .score, let plotted = model.plottedScores {
            let outside = plotted.cells.filter { model.cell(of: BetaPoint(a: Int(($0.a * 100).rounded()), b: Int(($0.b * 100).rounded()))) == nil }
            if !outside.isEmpty {
                items.append(Item(text: "\(outside.count) of \(plotted.cells.count) measured off the map", style: theme[.muted],
                                  short: "\(outside.count) off the map", gap: 2))
            }
        }
        for kind in model.metricCycle where kind != model.metric {
            guard let reading = model.reading(kind, at: model.cursor) else { continue }
            items.append(Item(text: Self.text(kind, reading), style: theme.base))
        }
        for (index, pin) in model.pins.enumerated() {
            let values = Self.pinValues(model, pin: pin)
            items.append(Item(text: "\(index + 1) \(pin.description) \(values)", style: theme[.muted],
                              short: "\(index + 1) \(values)", gap: 2, startsRow: index == 0))
        }
        self.init(items: items)
    }

    /// While a lesson's question awaits its answer: the current metric as `E=?`, saying that the
    /// values come with the answer, and the pins by number and name alone.
    static func concealedItems(_ model: Model) -> [Item] {
        let theme = model.theme
        let symbol = model.metric == .score ? "score" : model.metric.symbol
        var items = [Item(text: "\(symbol)=? (values come with the answer)", style: theme.base.adding(.bold),
                          short: "\(symbol)=?", gap: 2)]
        for (index, pin) in model.pins.enumerated() {
            items.append(Item(text: "\(index + 1) \(pin.description)", style: theme[.muted], short: "\(index + 1)", gap: 2,
                              startsRow: index == 0))
        }
        return items
    }

    /// The current metric at the cursor: `E=9.870`, `TV≈0.071 ±0.004 (MC)`, `TV=…` (an energy is
    /// known before its plane arrives).
    static func currentReading(_ model: Model) -> String {
        let symbol = model.metric.symbol
        if model.metric == .score { return scoreReading(model) }
        if model.cursorValue != nil, let estimate = model.cursorEstimate {
            guard let value = estimate.value, let interval = estimate.interval else { return "\(symbol) not estimable (MC)" }
            let half = (interval.upperBound - interval.lowerBound) / 2
            return "\(symbol)≈\(NumberFormat.readout(value)) ±\(NumberFormat.readout(half)) (MC)"
        }
        let value = model.cursorValue ?? model.reading(model.metric, at: model.cursor)?.value
        return "\(symbol)=\(value.map(NumberFormat.readout) ?? "…")"
    }

    /// The measured score at the cursor: `score=19.9 ± 0.35` (the standard error where known),
    /// `score: not measured`; where the cell shows a schedule measured off the grid (zoomed out),
    /// where it was measured, and how many share the cell.
    static func scoreReading(_ model: Model) -> String {
        let cells = model.measuredCells(at: model.cursor)
        guard let best = cells.first else { return "score: not measured" }
        var text = "score=\(scoreText(best.score))" + (best.stderr.map { " ± \(scoreText($0))" } ?? "")
        if abs(best.a - model.cursor.aValue) > 1e-9 || abs(best.b - model.cursor.bValue) > 1e-9 {
            text += " at a=\(scoreText(best.a)) b=\(scoreText(best.b))"
        }
        if cells.count > 1 { text += " (best of \(cells.count) here; z: zoom in)" }
        return text
    }

    /// A measured value as given, to four significant digits: `19.9`, `0.35`, `19.98`.
    static func scoreText(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude != 0, magnitude < 1e-3 || magnitude >= 1e5 { return NumberFormat.readout(value) }
        return String(format: "%.4g", value)
    }

    /// `KL=0.154`, or `KL≈0.154` for an estimate.
    static func text(_ kind: PlaneMetric.Kind, _ reading: HeatmapReading) -> String {
        if kind == .score { return "score=\(scoreText(reading.value))" }
        return "\(kind.symbol)\(reading.isEstimate ? "≈" : "=")\(NumberFormat.readout(reading.value))"
    }

    /// A pin's `E=+∞ TV=0.112`: its energy, and the current metric where it is another one and
    /// known.
    static func pinValues(_ model: Model, pin: MaskSchedule) -> String {
        let energies = model.energies
        guard energies.key == model.energiesKey,
              let index = energies.key.schedules.indices.dropFirst().first(where: { energies.key.schedules[$0] == pin })
        else { return "E=…" }
        var text = "E=\(NumberFormat.readout(energies.energies[index]))"
        switch model.metric {
        case .energy:
            break
        case .discreteEnergy:
            text += " E_N=\(NumberFormat.readout(energies.discreteEnergies[index]))"
        case .tv, .kl, .invalid, .klOrders, .score:
            if let (a, b) = pin.betaParameters, let point = Self.latticePoint(a: a, b: b),
               let reading = model.reading(model.metric, at: point) {
                text += " " + Self.text(model.metric, reading)
            }
        }
        return text
    }

    /// The lattice point (hundredths) at (a, b), if a and b are whole hundredths.
    private static func latticePoint(a: Double, b: Double) -> BetaPoint? {
        let point = BetaPoint(a: Int((a * 100).rounded()), b: Int((b * 100).rounded()))
        guard abs(point.aValue - a) <= 1e-9, abs(point.bValue - b) <= 1e-9 else { return nil }
        return point
    }

    func draw(in rect: Rect, into buffer: inout CellBuffer) {
        guard rect.width > 0, rect.height > 0 else { return }
        var row = 0, x = rect.x
        for var item in items {
            if item.startsRow, x > rect.x, row + 1 < rect.height {
                row += 1
                x = rect.x
            }
            var start = x == rect.x ? x : x + item.gap
            if start + item.text.terminalColumns > rect.maxX, x > rect.x, row + 1 < rect.height {
                row += 1
                x = rect.x
                start = x
            }
            if start + item.text.terminalColumns > rect.maxX, let short = item.short,
               start + short.terminalColumns <= rect.maxX {
                item = Item(text: short, style: item.style)
            }
            if start + item.text.terminalColumns > rect.maxX {
                // Alone on its row the item is cut; after others it is left out, with the rest.
                if x == rect.x {
                    buffer.write(item.text, x: x, y: rect.y + row, style: item.style, limit: rect.maxX)
                } else if x + 1 < rect.maxX {
                    buffer.write("…", x: x + 1, y: rect.y + row, style: item.style, limit: rect.maxX)
                }
                return
            }
            x = buffer.write(item.text, x: start, y: rect.y + row, style: item.style, limit: rect.maxX)
        }
    }
}
