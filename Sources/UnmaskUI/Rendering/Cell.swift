/// One terminal cell: a grapheme of width one with its colours and attributes.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: CellAttributes

    public init(_ grapheme: Character = " ", foreground: TerminalColor = .default,
                background: TerminalColor = .default, attributes: CellAttributes = []) {
        self.grapheme = grapheme
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// A blank cell.
    public static let blank = Cell()

    /// This cell drawn over with a style: its colours where the style sets them.
    mutating func apply(_ style: Style) {
        if let foreground = style.foreground { self.foreground = foreground }
        if let background = style.background { self.background = background }
        attributes = style.attributes
    }
}
