/// The screen as a grid of cells, drawn by widgets and diffed for the terminal backend
/// (`CellBufferDiff`). Drawing is clipped to the buffer. Text takes one cell per grapheme, two for
/// a wide one, and the buffer keeps wide graphemes whole: a wide grapheme is always followed by
/// its continuation cell, one that does not fit in the last column is drawn as a blank, and drawing
/// over either half of a wide grapheme turns its other half into a blank in the same style.
public struct CellBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    /// A buffer of `cell` everywhere (a wide grapheme every other column).
    public init(width: Int, height: Int, filling cell: Cell = .blank) {
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
        var fill = cell
        fill.isContinuation = false
        guard fill.columns == 2 else {
            cells = Array(repeating: fill, count: self.width * self.height)
            return
        }
        cells = Array(repeating: .blank, count: self.width * self.height)
        for row in 0..<self.height {
            for column in stride(from: 0, to: self.width, by: 2) { place(fill, x: column, y: row) }
        }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// A cell; setting one draws it as `put` does, keeping wide graphemes whole.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, x < width, y >= 0, y < height else { return }
            place(newValue, x: x, y: y)
        }
    }

    /// Sets one cell's grapheme and style if it is inside the buffer.
    public mutating func put(_ grapheme: Character, x: Int, y: Int, style: Style) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        var cell = cells[y * width + x]
        cell.grapheme = grapheme
        cell.apply(style)
        place(cell, x: x, y: y)
    }

    /// Writes text from (x, y) rightwards, clipped at `limit` (default: the buffer's edge), a
    /// wide grapheme only where both its cells fit; text that does not fit ends in `…`. Returns
    /// the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = Style(), limit: Int? = nil) -> Int {
        let end = Swift.min(limit ?? width, width)
        guard text.terminalColumns > end - x else { return put(text, x: x, y: y, style: style) }
        guard end > x else { return x }
        var kept = ""
        var columns = 0
        for character in text {
            if columns + character.terminalColumns > end - x - 1 { break }
            kept.append(character)
            columns += character.terminalColumns
        }
        return put(kept + "…", x: x, y: y, style: style)
    }

    /// Writes text known to fit.
    private mutating func put(_ text: String, x: Int, y: Int, style: Style) -> Int {
        var column = x
        for character in text {
            put(character, x: column, y: y, style: style)
            column += character.terminalColumns
        }
        return column
    }

    /// Fills a rectangle with a grapheme in a style (a wide grapheme every other column).
    public mutating func fill(_ rect: Rect, with grapheme: Character = " ", style: Style = Style()) {
        let step = grapheme.terminalColumns
        for row in Swift.max(0, rect.y)..<Swift.min(height, rect.maxY) {
            for column in stride(from: Swift.max(0, rect.x), to: Swift.min(width, rect.maxX), by: step) {
                put(grapheme, x: column, y: row, style: style)
            }
        }
    }

    /// Stores a cell, blanking what remains of wide graphemes it covers half of, and for a wide
    /// grapheme its continuation.
    private mutating func place(_ cell: Cell, x: Int, y: Int) {
        var cell = cell
        cell.isContinuation = false
        let isWide = cell.columns == 2
        if isWide && x + 1 >= width { cell.grapheme = " " }
        breakWideGrapheme(at: x, y: y)
        cells[y * width + x] = cell
        guard isWide && x + 1 < width else { return }
        breakWideGrapheme(at: x + 1, y: y)
        cell.grapheme = " "
        cell.isContinuation = true
        cells[y * width + x + 1] = cell
    }

    /// If column x holds half of a wide grapheme, both halves become blanks in its style.
    private mutating func breakWideGrapheme(at x: Int, y: Int) {
        let index = y * width + x
        let head: Int
        if cells[index].isContinuation {
            head = index - 1
        } else if x + 1 < width && cells[index + 1].isContinuation {
            head = index
        } else {
            return
        }
        for half in [head, head + 1] {
            cells[half].grapheme = " "
            cells[half].isContinuation = false
        }
    }

    /// The graphemes row by row (continuation cells left out), trailing spaces removed: what a
    /// test compares.
    public var textLines: [String] {
        (0..<height).map { row in
            var line = String(cells[row * width..<(row + 1) * width].filter { !$0.isContinuation }.map(\.grapheme))
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// `textLines` joined with newlines.
    public var textSnapshot: String { textLines.joined(separator: "\n") }

    /// The text of one row, trailing spaces removed.
    public func line(_ row: Int) -> String { textLines[row] }
}
