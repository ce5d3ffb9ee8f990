/// A bordered box with a title in its top edge; the focused panel's border and title use the
/// theme's focus styles.
public struct Panel {
    public var title: String
    public var focused: Bool

    public init(title: String, focused: Bool) {
        self.title = title
        self.focused = focused
    }

    /// Draws the border and title and returns the inner rectangle.
    @discardableResult
    public func draw(in rect: Rect, into buffer: inout CellBuffer, theme: Theme) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let border = theme[focused ? .borderFocus : .border]
        let (left, right, bottom) = (rect.x, rect.maxX - 1, rect.maxY - 1)
        for x in left...right {
            buffer.put("─", x: x, y: rect.y, style: border)
            buffer.put("─", x: x, y: bottom, style: border)
        }
        for y in rect.y...bottom {
            buffer.put("│", x: left, y: y, style: border)
            buffer.put("│", x: right, y: y, style: border)
        }
        buffer.put("┌", x: left, y: rect.y, style: border)
        buffer.put("┐", x: right, y: rect.y, style: border)
        buffer.put("└", x: left, y: bottom, style: border)
        buffer.put("┘", x: right, y: bottom, style: border)
        if !title.isEmpty, rect.width > 4 {
            buffer.write(" \(title) ", x: left + 1, y: rect.y, style: theme[focused ? .titleFocus : .title], limit: right)
        }
        return rect.inset(by: 1)
    }
}
