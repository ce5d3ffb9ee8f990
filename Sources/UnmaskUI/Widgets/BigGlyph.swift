/// A token drawn large enough to read across a room: a 3 × 5 pixel font drawn with half blocks
/// into 3 × 3 cells (the third row holds the fifth pixel row over a blank one). Letters are drawn
/// as capitals; a character the font lacks is drawn as itself in the middle cell, a mask as `▒`
/// in every cell.
public struct BigGlyph: Widget {
    /// Cells a glyph takes across and down.
    public static let width = 3
    public static let height = 3

    public let character: Character?
    public let style: Style

    /// `character` nil draws a mask.
    public init(_ character: Character?, style: Style) {
        self.character = character
        self.style = style
    }

    /// Pixel rows, top first, each 3 bits from the left.
    static let font: [Character: [UInt8]] = [
        "A": [0b010, 0b101, 0b111, 0b101, 0b101], "B": [0b110, 0b101, 0b110, 0b101, 0b110],
        "C": [0b011, 0b100, 0b100, 0b100, 0b011], "D": [0b110, 0b101, 0b101, 0b101, 0b110],
        "E": [0b111, 0b100, 0b110, 0b100, 0b111], "F": [0b111, 0b100, 0b110, 0b100, 0b100],
        "G": [0b011, 0b100, 0b101, 0b101, 0b011], "H": [0b101, 0b101, 0b111, 0b101, 0b101],
        "I": [0b111, 0b010, 0b010, 0b010, 0b111], "J": [0b001, 0b001, 0b001, 0b101, 0b010],
        "K": [0b101, 0b101, 0b110, 0b101, 0b101], "L": [0b100, 0b100, 0b100, 0b100, 0b111],
        "M": [0b101, 0b111, 0b111, 0b101, 0b101], "N": [0b110, 0b101, 0b101, 0b101, 0b101],
        "O": [0b010, 0b101, 0b101, 0b101, 0b010], "P": [0b110, 0b101, 0b110, 0b100, 0b100],
        "Q": [0b010, 0b101, 0b101, 0b110, 0b011], "R": [0b110, 0b101, 0b110, 0b101, 0b101],
        "S": [0b011, 0b100, 0b010, 0b001, 0b110], "T": [0b111, 0b010, 0b010, 0b010, 0b010],
        "U": [0b101, 0b101, 0b101, 0b101, 0b111], "V": [0b101, 0b101, 0b101, 0b101, 0b010],
        "W": [0b101, 0b101, 0b111, 0b111, 0b101], "X": [0b101, 0b101, 0b010, 0b101, 0b101],
        "Y": [0b101, 0b101, 0b010, 0b010, 0b010], "Z": [0b111, 0b001, 0b010, 0b100, 0b111],
        "0": [0b111, 0b101, 0b101, 0b101, 0b111], "1": [0b010, 0b110, 0b010, 0b010, 0b111],
        "2": [0b110, 0b001, 0b010, 0b100, 0b111], "3": [0b110, 0b001, 0b010, 0b001, 0b110],
        "4": [0b101, 0b101, 0b111, 0b001, 0b001], "5": [0b111, 0b100, 0b110, 0b001, 0b110],
        "6": [0b011, 0b100, 0b111, 0b101, 0b111], "7": [0b111, 0b001, 0b010, 0b010, 0b010],
        "8": [0b111, 0b101, 0b111, 0b101, 0b111], "9": [0b111, 0b101, 0b111, 0b001, 0b110],
        "+": [0b000, 0b010, 0b111, 0b010, 0b000], "=": [0b000, 0b111, 0b000, 0b111, 0b000],
        "-": [0b000, 0b000, 0b111, 0b000, 0b000],
    ]

    /// The glyph's three rows of text.
    public var rows: [String] {
        guard let character else { return Array(repeating: String(repeating: "▒", count: Self.width), count: Self.height) }
        guard let pixels = Self.font[Character(character.uppercased())] else {
            return [String(repeating: " ", count: Self.width), " \(character) ", String(repeating: " ", count: Self.width)]
        }
        let padded = pixels + [0]
        return (0..<Self.height).map { row in
            String((0..<Self.width).map { column -> Character in
                let bit = UInt8(1 << (Self.width - 1 - column))
                switch (padded[2 * row] & bit != 0, padded[2 * row + 1] & bit != 0) {
                case (true, true): return "█"
                case (true, false): return "▀"
                case (false, true): return "▄"
                case (false, false): return " "
                }
            })
        }
    }

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        for (index, row) in rows.prefix(rect.height).enumerated() {
            buffer.write(row, x: rect.x, y: rect.y + index, style: style, limit: rect.maxX)
        }
    }
}
