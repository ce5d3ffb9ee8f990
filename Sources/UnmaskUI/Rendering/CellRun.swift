/// A stretch of cells on one row, side by side and all in one style, that a terminal writes
/// after one cursor move and one style change.
public struct CellRun: Equatable, Sendable {
    public let row: Int
    /// The column of the first cell.
    public let column: Int
    /// The cells from `column` rightwards. A wide grapheme's continuation cell comes right after
    /// the grapheme's cell in the same run, never first: a terminal writes the cells that are not
    /// continuations, each wide one covering the column after it.
    public let cells: [Cell]

    public init(row: Int, column: Int, cells: [Cell]) {
        self.row = row
        self.column = column
        self.cells = cells
    }

    /// The colours and attributes every cell of the run has.
    public var style: Style {
        Style(foreground: cells.first?.foreground, background: cells.first?.background, attributes: cells.first?.attributes ?? [])
    }

    /// The columns the run covers.
    public var columns: Range<Int> { column..<(column + cells.count) }
}
