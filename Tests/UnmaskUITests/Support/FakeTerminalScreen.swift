import UnmaskUI

/// A terminal screen as the diff tests model it, written to by the runs of a `CellBufferDiff`
/// the way a terminal writes: a wide grapheme covers the column after it, and writing over either
/// half of a wide grapheme leaves its other half undefined (`garbage`), so only an explicit write
/// repairs it. Breaches of the run contract are collected in `violations`.
struct FakeTerminalScreen {
    enum Slot: Equatable {
        case glyph(Cell)
        /// The right half of the wide glyph to the left.
        case covered
        /// Whatever the terminal left there; never what a buffer shows.
        case garbage
    }

    private(set) var width: Int
    private(set) var height: Int
    private(set) var slots: [Slot]
    private(set) var violations: [String] = []

    /// A screen showing a buffer exactly.
    init(showing buffer: CellBuffer) {
        width = buffer.width
        height = buffer.height
        slots = buffer.cells.map { $0.isContinuation ? .covered : .glyph($0) }
    }

    /// Writes a diff's runs; a full redraw first clears to garbage at the new size.
    mutating func apply(_ diff: CellBufferDiff, size: (width: Int, height: Int)) {
        if diff.isFullRedraw {
            (width, height) = size
            slots = Array(repeating: .garbage, count: width * height)
        }
        for run in diff.runs { apply(run) }
    }

    private mutating func apply(_ run: CellRun) {
        guard let first = run.cells.first else { return violations.append("empty run at \(run.row),\(run.column)") }
        if first.isContinuation { violations.append("run at \(run.row),\(run.column) starts with a continuation") }
        if run.row < 0 || run.row >= height || run.column < 0 || run.columns.upperBound > width {
            return violations.append("run at \(run.row),\(run.column) of \(run.cells.count) cells is off the screen")
        }
        for (offset, cell) in run.cells.enumerated() {
            if !cell.hasSameStyle(as: first) { violations.append("run at \(run.row),\(run.column) mixes styles") }
            let followsWide = offset > 0 && run.cells[offset - 1].columns == 2
            if cell.isContinuation != followsWide {
                violations.append("run at \(run.row),\(run.column): cell \(offset) continuation \(cell.isContinuation) after a wide glyph \(followsWide)")
            }
            if !cell.isContinuation { write(cell, x: run.column + offset, y: run.row) }
        }
        if run.cells.last?.columns == 2 { violations.append("run at \(run.row),\(run.column) ends inside a wide glyph") }
    }

    private mutating func write(_ cell: Cell, x: Int, y: Int) {
        breakWide(at: x, y: y)
        slots[y * width + x] = .glyph(cell)
        guard cell.columns == 2 else { return }
        guard x + 1 < width else { return violations.append("wide glyph written in the last column of row \(y)") }
        breakWide(at: x + 1, y: y)
        slots[y * width + x + 1] = .covered
    }

    /// Writing at x over half of a wide glyph leaves its other half undefined.
    private mutating func breakWide(at x: Int, y: Int) {
        let index = y * width + x
        switch slots[index] {
        case .covered: slots[index - 1] = .garbage
        case let .glyph(cell) where cell.columns == 2 && x + 1 < width: slots[index + 1] = .garbage
        default: break
        }
    }

    /// Whether the screen shows exactly what the buffer holds.
    func shows(_ buffer: CellBuffer) -> Bool {
        buffer.width == width && buffer.height == height
            && zip(slots, buffer.cells).allSatisfy { slot, cell in slot == (cell.isContinuation ? .covered : .glyph(cell)) }
    }
}
