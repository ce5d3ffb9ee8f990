import UnmaskCore

/// The schedules panel: α_t and γ_t of the cursor's schedule and the pinned ones as braille
/// plots side by side, their legend, and the tokens revealed per step for the current L and N.
/// Below `schedulesFullHeight` rows inside (a lesson at 80×24, whose narration takes rows) the
/// plots and the legend take them all and the token bars are left out.
func drawSchedulesPanel(_ model: Model, layout: Layout, into buffer: inout CellBuffer) {
    let theme = model.theme
    let panel = Panel(title: "Schedules · \(model.cursor.spec)", focused: model.focus == .schedules, theme: theme)
    panel.draw(in: layout.schedules, into: &buffer)
    let inner = panel.content(in: layout.schedules)
    guard inner.width >= 20, inner.height >= 4 else { return }
    let schedules = [(model.cursor.spec, model.cursorSchedule)] + model.pins.map { ($0.description, $0) }
    let compact = inner.height < schedulesFullHeight
    let (plots, rest) = inner.splitTop(compact ? inner.height - 1 : inner.height * 11 / 20)
    let (legendRow, bars) = rest.splitTop(1)
    let (alphaRect, gammaRect) = plots.splitLeft(plots.width / 2)
    let references = model.showsOptimum ? optimumReferences(model) : []
    for (plot, (title, rect, curve)) in [("α_t", alphaRect, { (s: MaskSchedule, t: Double) in s.alpha(at: t) }),
                                         ("γ_t", gammaRect, { (s: MaskSchedule, t: Double) in s.gamma(at: t) })].enumerated() {
        var series = schedules.enumerated().map { index, entry in
            LinePlot.Series(name: entry.0, color: theme.color(.plotSeries, index),
                            values: LinePlot.samples(width: rect.width) { curve(entry.1, $0) })
        }
        for reference in references where reference.plot == plot {
            series.append(LinePlot.Series(name: reference.label, color: reference.color,
                                          values: LinePlot.samples(width: rect.width, reference.curve)))
        }
        LinePlot(title: title, series: series, theme: theme).draw(in: Rect(x: rect.x, y: rect.y, width: rect.width - 1, height: rect.height), into: &buffer)
    }
    var x = legendRow.x
    for (index, entry) in schedules.enumerated() {
        x = buffer.write("━ ", x: x, y: legendRow.y, style: Style(foreground: theme.color(.plotSeries, index)), limit: legendRow.maxX)
        x = buffer.write(entry.0 + (index == 0 ? " (cursor)  " : "  "), x: x, y: legendRow.y, style: theme[.plotLabel], limit: legendRow.maxX)
    }
    for reference in references {
        x = buffer.write("━ ", x: x, y: legendRow.y, style: Style(foreground: reference.color), limit: legendRow.maxX)
        x = buffer.write(reference.label + "  ", x: x, y: legendRow.y, style: theme[.plotLabel], limit: legendRow.maxX)
    }
    if !compact { drawTokenBars(model, schedules: schedules.map(\.0), in: bars, into: &buffer) }
}

/// Rows inside the schedules panel from which it draws the token bars under the plots: with 9,
/// the plots get 4 and the bars, under the legend and their header, the 3 `TokenBars` needs.
private let schedulesFullHeight = 9

/// The tokens revealed per step of the cursor's schedule and, beside them as far as the width
/// allows, of the recorded run (when the sampler panel shows one: what it revealed in each step
/// record) and of each pin, under one header naming L, N, the blocks and the rounding (the
/// cursor's alone are titled with it, as before any pin). Each set is titled with its schedule in
/// the colour of its curve, all share one scale so that heights compare, and the header says how
/// many sets did not fit. With the `v` overlay they are the cursor's and the information-optimal
/// counts on the sampler's target instead, with their order-averaged KL (`InformationOverlay`).
private func drawTokenBars(_ model: Model, schedules names: [String], in rect: Rect, into buffer: inout CellBuffer) {
    let theme = model.theme
    let blocks = model.tokenBlockLength.map { " B=\($0)" } ?? ""
    var title = "tokens/step L=\(model.length) N=\(model.steps)\(blocks) \(model.rounding.rawValue)"
    var sets = names.enumerated().map { index, name in
        (name: name, counts: index < model.tokenPlans.plans.count ? model.tokenPlans.plans[index]?.counts ?? [] : [],
         color: theme.color(.plotSeries, index))
    }
    if model.showsRecording, let recording = model.recording {
        sets.insert((name: "recorded", counts: recording.replay.file.steps.map(\.revealed.count),
                     color: theme[.accent].foreground ?? .default), at: 1)
    }
    if let overlay = model.informationOverlay {
        // The `v` overlay: on the sampler's target's n tokens, the cursor's counts and the KL̄
        // optimum's, on a scale of their own, with their KL̄ in the header.
        let n = overlay.key.target.length
        let kl = { (value: Double?) in NumberFormat.readout(value, concealed: model.concealsReadings) }
        title = "on \(overlay.key.target.name) L=\(n) N=\(model.steps): KL̄ \(kl(overlay.cursorKL))"
            + (overlay.isPending ? " · computing Z…" : overlay.optimalCounts == nil ? " · \(overlay.failure ?? "")"
                : ", optimum \(kl(overlay.optimalKL))")
        sets = [(name: names[0], counts: overlay.cursorCounts ?? [], color: theme.color(.plotSeries, 0)),
                (name: "KL̄ optimum", counts: overlay.optimalCounts ?? [], color: theme[.heatmapOptimum].foreground ?? .default)]
    }
    guard sets.count > 1 else {
        // The cursor's alone, under a blank row: its name is in the legend above.
        TokenBars(title: title, counts: sets.first?.counts ?? [], theme: theme).draw(in: rect.splitTop(1).rest, into: &buffer)
        return
    }
    let (header, area) = rect.splitTop(1)
    let shown = tokenBarSetsShown(of: sets.count, width: area.width, steps: sets.map(\.counts.count).max() ?? model.steps)
    let hidden = sets.count - shown
    var headerLimit = header.maxX
    if hidden > 0 {
        // The note is right-aligned and wins over the header, which the status line repeats.
        let noun = model.showsRecording ? "set" : "pin"
        let note = "+\(hidden) \(noun)\(hidden == 1 ? "" : "s") hidden"
        headerLimit = Swift.max(header.x, header.maxX - note.count - 1)
        buffer.write(note, x: Swift.max(header.x, header.maxX - note.count), y: header.y, style: theme[.muted], limit: header.maxX)
    }
    buffer.write(title, x: header.x, y: header.y, style: theme[.plotLabel], limit: headerLimit)
    let largest = sets.prefix(shown).flatMap(\.counts).max() ?? 1
    let width = (area.width - tokenBarSetGap * (shown - 1)) / shown
    for (index, set) in sets.prefix(shown).enumerated() {
        let x = area.x + index * (width + tokenBarSetGap)
        TokenBars(title: set.name, counts: set.counts, theme: theme, titleColor: set.color, largest: largest)
            .draw(in: Rect(x: x, y: area.y, width: width, height: area.height), into: &buffer)
    }
}

/// Blank columns between two sets of token bars.
let tokenBarSetGap = 2

/// How many of `count` sets of token bars (the cursor's first) are drawn side by side in `width`
/// columns: as many as leave each at least two columns per step, or 24 where the steps are many
/// (their bars are then binned), and 12 in all, and always the cursor's.
func tokenBarSetsShown(of count: Int, width: Int, steps: Int) -> Int {
    let minimum = Swift.max(12, Swift.min(2 * steps, 24))
    let fitting = (width + tokenBarSetGap) / (minimum + tokenBarSetGap)
    return Swift.min(count, Swift.max(1, fitting))
}

/// The reference curves of the `v` overlay: in the α_t plot (0) the optimal schedule
/// α*_t = sin²(π/2·γ_t) for the current weight γ (docs/theory.md §4), drawn in the colour of the
/// heatmap's optimum ◆, and in the γ_t plot (1) the weight's own γ_t, muted.
func optimumReferences(_ model: Model) -> [(plot: Int, label: String, color: TerminalColor, curve: (Double) -> Double)] {
    let optimum = optimalSchedule(for: model.weight)
    let weight = model.weight
    return [
        (0, "α* for γ=\(scheduleName(weight))", model.theme[.heatmapOptimum].foreground ?? .default, { optimum.alpha(at: $0) }),
        (1, "γ of the weight", model.theme[.muted].foreground ?? .default, { weight.gamma(at: $0) }),
    ]
}
