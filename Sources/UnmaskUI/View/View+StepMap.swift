import UnmaskCore

/// The heatmap panel on a recorded run's step map (`u`): positions across, steps down, the
/// shown step marked `▶`, position and step labels on the axes, the largest count per cell
/// beside the map, and a readout of the shown step.
func drawStepMapPanel(_ model: Model, recording: RecordingState, layout: Layout, into buffer: inout CellBuffer) {
    let theme = model.theme
    let replay = recording.replay
    let title = "Step map · position × step · G=\(replay.length) S=\(replay.stepCount) · \(recording.name)"
    Panel(title: title, focused: model.focus == .heatmap, theme: theme).draw(in: layout.heatmap, into: &buffer)
    let map = layout.map
    let grid = StepMapGrid(replay.file, columns: map.width, rows: map.height * 2)
    let shownRow = recording.step > 0 ? grid.row(ofStep: recording.step, stepCount: replay.stepCount) : nil
    StepMapWidget(grid: grid, shownRow: shownRow, theme: theme, colorDepth: model.colorDepth).draw(in: map, into: &buffer)
    let axis = theme[.heatmapAxis]
    let across = Swift.max(1, map.width / grid.columns), down = Swift.max(1, map.height * 2 / grid.rows)
    let lastRow = Swift.min(map.maxY - 1, map.y + (grid.rows * down - 1) / 2)
    // Step 1 on the first row, the last step on its row, "step" between them where there is room.
    buffer.write("1", x: layout.bAxis.maxX - 2, y: map.y, style: axis)
    let last = "\(replay.stepCount)"
    if lastRow > map.y { buffer.write(last, x: Swift.max(layout.bAxis.x, layout.bAxis.maxX - 1 - last.count), y: lastRow, style: axis) }
    if lastRow - map.y >= 2 { buffer.write("step", x: layout.bAxis.x, y: (map.y + lastRow) / 2, style: axis, limit: layout.bAxis.maxX - 1) }
    let right = map.x + Swift.min(map.width, grid.columns * across) - 1
    let end = "\(replay.length - 1)"
    buffer.write("0", x: map.x, y: layout.aAxis.y, style: axis)
    buffer.write(end, x: Swift.max(map.x + 2, right - end.count + 1), y: layout.aAxis.y, style: axis)
    buffer.write("position →", x: map.x + Swift.max(2, (right - map.x) / 2 - 4), y: layout.aAxis.y, style: axis, limit: right - end.count)
    let largest = grid.counts.max() ?? 0
    let legend = largest <= 1 ? ["█ revealed"] : ["reveals", "per cell", "up to \(largest)"]
    for (index, line) in legend.enumerated() where map.y + index < map.maxY {
        buffer.write(line, x: layout.colorBar.x + 1, y: map.y + index, style: theme[.muted], limit: layout.colorBar.maxX)
    }
    var readout = "step \(recording.step)/\(replay.stepCount)"
    if let shown = recording.shownStep {
        let positions = shown.revealed.map(\.position)
        readout += positions.isEmpty ? ": nothing revealed" : ": revealed \(positions.count) in \(positions.min()!)…\(positions.max()!)"
    }
    let remasked = replay.file.steps.reduce(0) { $0 + $1.remasked.count }
    if remasked > 0 { readout += " · \(remasked) remasked in the run" }
    buffer.write(readout + " · u: plane", x: layout.readout.x, y: layout.readout.y, style: theme[.accent], limit: layout.readout.maxX)
}
