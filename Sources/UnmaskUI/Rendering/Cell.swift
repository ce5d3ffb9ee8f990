/// One terminal cell: a grapheme with its colours and attributes. A wide grapheme (see
/// `Character.terminalColumns`) takes two cells: the cell holding it, and after it a
/// continuation cell that `CellBuffer` keeps in the same style and never shows on its own.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: CellAttributes
    /// Whether this is the right half of the wide grapheme in the cell to its left; its own
    /// grapheme is a space. Only `CellBuffer` makes continuation cells.
    public internal(set) var isContinuation: Bool

    public init(_ grapheme: Character = " ", foreground: TerminalColor = .default,
                background: TerminalColor = .default, attributes: CellAttributes = []) {
        self.grapheme = grapheme
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        isContinuation = false
    }

    /// A blank cell.
    public static let blank = Cell()

    /// Columns the cell's grapheme covers from its own: 0 for a continuation, else 1 or 2.
    public var columns: Int { isContinuation ? 0 : grapheme.terminalColumns }

    /// Whether two cells have the same colours and attributes (graphemes aside).
    public func hasSameStyle(as other: Cell) -> Bool {
        foreground == other.foreground && background == other.background && attributes == other.attributes
    }

    /// This cell drawn over with a style: its colours where the style sets them.
    mutating func apply(_ style: Style) {
        if let foreground = style.foreground { self.foreground = foreground }
        if let background = style.background { self.background = background }
        attributes = style.attributes
    }
}
