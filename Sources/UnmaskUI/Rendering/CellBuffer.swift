/// The screen as a grid of cells, drawn by widgets and diffed by the terminal backend. Drawing
/// is clipped to the buffer; text is one cell per grapheme.
public struct CellBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, filling cell: Cell = .blank) {
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
        cells = Array(repeating: cell, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, x < width, y >= 0, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Sets one cell's grapheme and style if it is inside the buffer.
    public mutating func put(_ grapheme: Character, x: Int, y: Int, style: Style) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        var cell = cells[y * width + x]
        cell.grapheme = grapheme
        cell.apply(style)
        cells[y * width + x] = cell
    }

    /// Writes text from (x, y) rightwards, clipped at `limit` (default: the buffer's edge);
    /// returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = Style(), limit: Int? = nil) -> Int {
        let end = Swift.min(limit ?? width, width)
        var column = x
        for character in text {
            if column >= end { break }
            put(character, x: column, y: y, style: style)
            column += 1
        }
        return column
    }

    /// Fills a rectangle with a grapheme in a style.
    public mutating func fill(_ rect: Rect, with grapheme: Character = " ", style: Style = Style()) {
        for row in Swift.max(0, rect.y)..<Swift.min(height, rect.maxY) {
            for column in Swift.max(0, rect.x)..<Swift.min(width, rect.maxX) {
                put(grapheme, x: column, y: row, style: style)
            }
        }
    }

    /// The graphemes row by row, trailing spaces removed: what a test compares.
    public var textLines: [String] {
        (0..<height).map { row in
            var line = String(cells[row * width..<(row + 1) * width].map(\.grapheme))
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// `textLines` joined with newlines.
    public var textSnapshot: String { textLines.joined(separator: "\n") }

    /// The text of one row, trailing spaces removed.
    public func line(_ row: Int) -> String { textLines[row] }
}
