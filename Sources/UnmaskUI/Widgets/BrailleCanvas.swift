/// A drawing surface of braille dots, 2 × 4 per character cell (U+2800 + dot bits). Each cell
/// keeps the colour of the last series that set a dot in it; cells with no dot set are left as
/// they are when the canvas is drawn.
public struct BrailleCanvas: Widget {
    public let width: Int
    public let height: Int
    /// The style of the dots; a series' colour replaces its foreground.
    public let style: Style
    private var bits: [UInt8]
    private var colors: [TerminalColor?]

    public init(width: Int, height: Int, style: Style = Style()) {
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
        self.style = style
        bits = Array(repeating: 0, count: self.width * self.height)
        colors = Array(repeating: nil, count: self.width * self.height)
    }

    /// Dots across and down.
    public var dotColumns: Int { width * 2 }
    public var dotRows: Int { height * 4 }

    /// Bit of dot (column, row) inside a cell, in the braille pattern's numbering.
    private static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot at (x, y), y = 0 at the top.
    public mutating func set(x: Int, y: Int, color: TerminalColor) {
        guard x >= 0, x < dotColumns, y >= 0, y < dotRows else { return }
        let index = (y / 4) * width + x / 2
        bits[index] |= Self.dotBits[x % 2][y % 4]
        colors[index] = color
    }

    /// A straight line of dots between two points (Bresenham).
    public mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), color: TerminalColor) {
        var (x, y) = start
        let dx = abs(end.x - x), dy = -abs(end.y - y)
        let sx = x < end.x ? 1 : -1, sy = y < end.y ? 1 : -1
        var error = dx + dy
        while true {
            set(x: x, y: y, color: color)
            if x == end.x && y == end.y { return }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += sx }
            if doubled <= dx { error += dx; y += sy }
        }
    }

    /// Copies the non-empty cells into the buffer from the rectangle's top left corner, clipped
    /// to the rectangle.
    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        for row in 0..<Swift.min(height, rect.height) {
            for column in 0..<Swift.min(width, rect.width) {
                let index = row * width + column
                guard bits[index] != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(bits[index])) else { continue }
                var cellStyle = style
                cellStyle.foreground = colors[index] ?? style.foreground
                buffer.put(Character(scalar), x: rect.x + column, y: rect.y + row, style: cellStyle)
            }
        }
    }
}
