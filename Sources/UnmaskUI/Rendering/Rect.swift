/// A rectangle of cells: columns x..<x+width, rows y..<y+height.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The rectangle shrunk by `by` cells on every side.
    public func inset(by amount: Int) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// The top `rows` rows and the rest.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let rows = Swift.min(Swift.max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: rows),
                Rect(x: x, y: y + rows, width: width, height: height - rows))
    }

    /// The bottom `rows` rows and the rest.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let rows = Swift.min(Swift.max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - rows),
                Rect(x: x, y: maxY - rows, width: width, height: rows))
    }

    /// The left `columns` columns and the rest.
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let columns = Swift.min(Swift.max(0, columns), width)
        return (Rect(x: x, y: y, width: columns, height: height),
                Rect(x: x + columns, y: y, width: width - columns, height: height))
    }

    /// The right `columns` columns and the rest.
    public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
        let columns = Swift.min(Swift.max(0, columns), width)
        return (Rect(x: x, y: y, width: width - columns, height: height),
                Rect(x: maxX - columns, y: y, width: columns, height: height))
    }

    /// A rectangle of at most the given size centred in this one.
    public func centered(width: Int, height: Int) -> Rect {
        let w = Swift.min(width, self.width), h = Swift.min(height, self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }
}
