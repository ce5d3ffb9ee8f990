import Foundation
import UnmaskCore

/// The heatmap panel: title with the metric and progress, b axis, map with the pins' markers,
/// colour bar, a axis and the readout of the cursor and the pins (`HeatmapReadout`).
func drawHeatmapPanel(_ model: Model, layout: Layout, into buffer: inout CellBuffer) {
    if model.showsStepMap, let recording = model.recording {
        drawStepMapPanel(model, recording: recording, layout: layout, into: &buffer)
        return
    }
    let theme = model.theme
    let title = heatmapTitle(model, width: layout.heatmap.width - 4)
    Panel(title: title, focused: model.focus == .heatmap, theme: theme).draw(in: layout.heatmap, into: &buffer)
    let pixels = layout.mapPixels
    let measuredOnly = model.heatmap.request?.metric.kind == .score
    let widget = HeatmapWidget(columns: pixels.columns, rows: pixels.rows, values: model.heatmap.snapshot,
                               scale: model.heatmap.scale, optimum: model.heatmap.optimum, cursor: model.cursorCell,
                               theme: theme, colorDepth: model.colorDepth, estimates: model.heatmap.estimates,
                               markers: pinMarkers(model), measuredOnly: measuredOnly)
    widget.draw(in: layout.map, into: &buffer)
    ColorBar(scale: model.heatmap.scale, ramp: widget.ramp, halfBlocks: widget.usesHalfBlocks, theme: theme,
             measuredOnly: measuredOnly, showsValues: !model.concealsReadings)
        .draw(in: layout.colorBar, into: &buffer)
    drawBAxis(model, layout: layout, into: &buffer)
    drawAAxis(model, layout: layout, into: &buffer)
    HeatmapReadout(model).draw(in: layout.readout, into: &buffer)
}

/// The metric, then the percentage of cells computed while computing (before the details, so
/// that a narrow panel cuts the details and never the progress), then the inputs. Where the
/// full title is wider than `width` the metric is named by its symbol alone; the panel cuts what
/// still does not fit with `…`.
private func heatmapTitle(_ model: Model, width: Int) -> String {
    let progress = model.heatmap.percentDone.map { " · \($0)%" } ?? ""
    let weight = "γ=\(scheduleName(model.weight))"
    let sampler = "\(model.sampler.target.name) · N=\(model.steps) · \(model.sampler.order.rawValue), \(model.rounding.rawValue)"
    let symbol = model.metric.symbol
    let (full, short): (String, String)
    switch model.metric {
    case .energy:
        (full, short) = ("Energy E(α; γ)\(progress) · \(weight)", "E\(progress) · \(weight)")
    case .discreteEnergy:
        (full, short) = ("N-step energy E_N(α; γ)\(progress), N=\(model.steps) · \(weight)",
                         "E_N\(progress) · N=\(model.steps) · \(weight)")
    case .tv, .kl, .invalid:
        (full, short) = ("Sampling error \(symbol)\(progress) · \(sampler)", "\(symbol)\(progress) · \(sampler)")
    case .klOrders:
        let context = "\(model.sampler.target.name) · N=\(model.steps) · \(model.rounding.rawValue)"
        (full, short) = ("Order-averaged KL \(symbol)\(progress) · \(context)", "\(symbol)\(progress) · \(context)")
    case .score:
        let scores = model.measuredScores
        var measured = scores.map { "\($0.task) · N=\($0.steps) · \($0.metric)" } ?? "no scores"
        if let scores, scores.cells.isEmpty {
            let steps = model.measuredSteps.map(String.init).joined(separator: ", ")
            measured = "\(scores.task) · nothing measured at N=\(scores.steps) (N = \(steps.isEmpty ? "none" : steps))"
        }
        (full, short) = ("Measured score\(progress) · \(measured)", "score\(progress) · \(measured)")
    }
    return full.terminalColumns <= width ? full : short
}

/// The pins that are Beta schedules (linear is Beta(½, ½), sin2 Beta(1, 1)) at their nearest
/// grid point, numbered from 1 as the readout lists them, in their curves' colours.
private func pinMarkers(_ model: Model) -> [HeatmapWidget.Marker] {
    let spacing = model.spacing
    let nearest = { (value: Double) in (Int((value * 100).rounded()) + spacing / 2) / spacing * spacing }
    return model.pins.enumerated().compactMap { index, pin in
        guard let (a, b) = pin.betaParameters,
              let (i, j) = model.cell(of: BetaPoint(a: nearest(a), b: nearest(b))) else { return nil }
        return HeatmapWidget.Marker(i: i, j: j, glyph: Character(String(index + 1)),
                                    color: model.colorDepth == .none ? nil : model.theme.color(.plotSeries, index + 1))
    }
}

/// b labels at the top, middle and bottom rows, ticks, and `▶` on the cursor's row.
private func drawBAxis(_ model: Model, layout: Layout, into buffer: inout CellBuffer) {
    let axis = model.theme[.heatmapAxis]
    let rows = layout.map.height
    let labelled = [0, rows / 2, rows - 1]
    for row in 0..<rows {
        let y = layout.map.y + row
        let upperJ = 2 * (rows - 1 - row) + 1
        let j = row == rows - 1 ? upperJ - 1 : upperJ
        if labelled.contains(row) {
            buffer.write(axisLabel(model.point(i: 0, j: j).b).leftPadded(to: 4), x: layout.bAxis.x, y: y, style: axis)
            buffer.put("┤", x: layout.bAxis.maxX - 1, y: y, style: axis)
        } else {
            buffer.put("│", x: layout.bAxis.maxX - 1, y: y, style: axis)
        }
    }
    if let cell = model.cursorCell {
        buffer.put("▶", x: layout.bAxis.maxX - 1, y: layout.map.maxY - 1 - cell.j / 2, style: model.theme[.heatmapCursor])
    }
}

/// a labels at the left, middle and right, ticks, `▲` under the cursor's column, axis names.
private func drawAAxis(_ model: Model, layout: Layout, into buffer: inout CellBuffer) {
    let axis = model.theme[.heatmapAxis]
    let tickRow = layout.aAxis.y, labelRow = layout.aAxis.y + 1
    let columns = layout.map.width
    buffer.write("b↑ a→", x: layout.aAxis.x, y: tickRow, style: axis)
    for column in 0..<columns { buffer.put("─", x: layout.map.x + column, y: tickRow, style: axis) }
    for column in [0, columns / 2, columns - 1] {
        buffer.put("┬", x: layout.map.x + column, y: tickRow, style: axis)
        let text = axisLabel(model.point(i: column, j: 0).a)
        let x = column == 0 ? layout.map.x : column == columns - 1 ? layout.map.maxX - text.count : layout.map.x + column - text.count / 2
        buffer.write(text, x: x, y: labelRow, style: axis)
    }
    if let cell = model.cursorCell {
        buffer.put("▲", x: layout.map.x + cell.i, y: tickRow, style: model.theme[.heatmapCursor])
    }
}

/// An axis value in hundredths in at most four characters: `0.05`, `12.5`, `100`.
private func axisLabel(_ hundredths: Int) -> String {
    if hundredths < 1000 { return BetaPoint.twoDecimals(hundredths) }
    if hundredths < 10000 { return String(format: "%.1f", Double(hundredths) / 100) }
    return String(hundredths / 100)
}

extension String {
    /// The string padded with spaces on the left to at least `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
