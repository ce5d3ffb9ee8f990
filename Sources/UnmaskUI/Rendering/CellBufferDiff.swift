/// What a terminal showing one buffer must write to show the next: the changed cells as runs.
///
/// The unit of change is a grapheme: a narrow one is one cell, a wide one its cell and its
/// continuation, and a wide grapheme is rewritten whole when either of its cells changed. A run is
/// a maximal sequence of changed graphemes side by side on one row with the same colours and
/// attributes, so it splits where the style changes and at every unchanged grapheme. Runs come row
/// by row from the top, left to right. Because `CellBuffer` blanks the rest of a wide grapheme that
/// is half drawn over, a narrow grapheme written over half of a wide one comes with its other half.
///
/// Without a previous buffer, or when the size changed, every grapheme is written (`isFullRedraw`,
/// and the terminal should clear first).
public struct CellBufferDiff: Equatable, Sendable {
    public let isFullRedraw: Bool
    public let runs: [CellRun]

    public init(from previous: CellBuffer?, to current: CellBuffer) {
        let previous = previous.flatMap { $0.width == current.width && $0.height == current.height ? $0 : nil }
        isFullRedraw = previous == nil
        var runs: [CellRun] = []
        let width = current.width
        for row in 0..<current.height {
            let rowCells = current.cells[row * width..<(row + 1) * width]
            if let previous, previous.cells[row * width..<(row + 1) * width] == rowCells { continue }
            Self.appendRuns(row: row, current: current, previous: previous, to: &runs)
        }
        self.runs = runs
    }

    private static func appendRuns(row: Int, current: CellBuffer, previous: CellBuffer?, to runs: inout [CellRun]) {
        var start = 0
        var cells: [Cell] = []
        func close() {
            if !cells.isEmpty { runs.append(CellRun(row: row, column: start, cells: cells)) }
            cells = []
        }
        var x = 0
        while x < current.width {
            let extent = x + 1 < current.width && current[x + 1, row].isContinuation ? 2 : 1
            let changed = previous.map { previous in (x..<x + extent).contains { previous[$0, row] != current[$0, row] } } ?? true
            if !changed {
                close()
            } else {
                if let first = cells.first, !first.hasSameStyle(as: current[x, row]) { close() }
                if cells.isEmpty { start = x }
                for column in x..<x + extent { cells.append(current[column, row]) }
            }
            x += extent
        }
        close()
    }
}
