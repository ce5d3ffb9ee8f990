import UnmaskCore

/// The frontier view (`F`), over the heatmap and schedules panels: the sampler's target's error
/// against NFE for linear (L), sin² (S), the best Beta (B) and the information-optimal profile
/// (O) at N = 1 … min(n, 8), the threshold (T), entropy-bound (E) and KLASS (K) sweeps, and the cursor's
/// schedule at the explorer's N (●). The error is KL(q‖p) when the heatmap shows KL or KL̄,
/// TV otherwise. Below the plot, the cursor's numbers and how the points were evaluated.
func drawFrontierView(_ model: Model, in rect: Rect, into buffer: inout CellBuffer) {
    let theme = model.theme
    let box = rect
    guard box.width >= FrontierPlot.minimumWidth + 2, box.height >= FrontierPlot.minimumHeight + 3 else { return }
    buffer.fill(box, style: theme.base)
    let usesKL = [.kl, .klOrders].contains(model.metric)
    let measure = usesKL ? "KL" : "TV"
    // A frontier still being computed for another target (or N range) is not shown.
    let pending = model.frontierPending
    let shown = model.frontierView.flatMap { view in
        pending.map { $0.target == view.key.target && $0.steps == view.key.steps } ?? true ? view : nil
    }
    let key = shown?.key ?? pending ?? model.frontierViewKey
    let panel = Panel(title: "Error–NFE frontier · \(key.target.name) · \(measure) · F or Esc closes", focused: true, theme: theme)
    panel.draw(in: box, into: &buffer)
    let inner = panel.content(in: box)
    guard let view = shown else {
        let points = 4 * key.steps.count + FrontierRequest.sweptPolicies.count * 10
        buffer.write("computing the frontier of \(key.target.name): \(points) points, N = 1…\(key.steps.last ?? 1)…",
                     x: inner.x, y: inner.y, style: theme[.muted], limit: inner.maxX)
        return
    }
    let (plotRect, notes) = inner.splitBottom(2)
    guard let frontier = view.frontier else {
        buffer.write(view.failure ?? "", x: inner.x, y: inner.y, style: theme[.error], limit: inner.maxX)
        return
    }
    let error = { (point: FrontierPoint) in usesKL ? point.kl : point.tv }
    func series(_ name: String, _ glyph: Character, _ color: Int, _ points: [FrontierPoint]) -> FrontierPlot.Series {
        FrontierPlot.Series(name: name, glyph: glyph, color: theme.color(.plotSeries, color),
                            points: points.compactMap { point in error(point).map { FrontierPlot.Point(nfe: point.nfeMean, error: $0) } })
    }
    let rows = [("linear", "linear", Character("L")), ("sin2", "sin²", "S"), ("best-beta", "best Beta by KL̄", "B"),
                ("optimal", "KL̄-optimal counts", "O")]
    var all = rows.enumerated().map { index, row in series(row.1, row.2, index, frontier.schedules.filter { $0.method == row.0 }) }
    for (index, name) in FrontierRequest.sweptPolicies.enumerated() {
        all.append(series(name, Character(name.prefix(1).uppercased()), rows.count + index, frontier.policies.filter { $0.method == name }))
    }
    let cursor = view.cursor.flatMap { point in
        error(point).map { FrontierPlot.Series(name: "cursor", glyph: "●", color: theme[.heatmapCursor].foreground,
                                               points: [FrontierPlot.Point(nfe: point.nfeMean, error: $0)]) }
    }
    FrontierPlot(title: "\(measure) against denoiser calls (NFE), N = 1…\(view.key.steps.last ?? 1)", series: all, highlight: cursor,
                 axisStyle: theme[.plotAxis], labelStyle: theme[.plotLabel])
        .draw(in: plotRect, into: &buffer)
    let readout: String
    if pending != nil {
        readout = "● computing the point of \(model.cursor.spec) at N=\(model.steps)…"
    } else if let point = view.cursor {
        let number = { (value: Double?) in NumberFormat.readout(value, concealed: model.concealsReadings) }
        readout = "● \(model.cursor.spec) at N=\(view.key.cursorSteps): \(measure) \(number(error(point))), KL̄ \(number(point.klOrders))"
    } else {
        readout = "● the cursor at N=\(view.key.cursorSteps): N exceeds the target's n = \(view.key.target.length)"
    }
    buffer.write(readout, x: notes.x, y: notes.y, style: theme[.accent], limit: notes.maxX)
    let method = view.hasEstimates ? "some points Monte Carlo (\(view.key.monteCarloSamples) runs, past the exact limit)"
        : "every point exact"
    buffer.write("random order, cumulative rounding, T = 1, no blocks; \(method)", x: notes.x, y: notes.y + 1, style: theme[.muted], limit: notes.maxX)
}
