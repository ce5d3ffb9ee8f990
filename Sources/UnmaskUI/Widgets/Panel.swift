/// A bordered box with a title in its top edge, in the border and title styles it was built
/// with; `init(title:focused:theme:)` picks the theme's focus styles for the focused panel.
public struct Panel: Widget {
    public let title: String
    public let borderStyle: Style
    public let titleStyle: Style

    public init(title: String, borderStyle: Style, titleStyle: Style) {
        self.title = title
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// A panel in the theme's border and title styles, or its focus styles when `focused`.
    public init(title: String, focused: Bool, theme: Theme) {
        self.init(title: title, borderStyle: theme[focused ? .borderFocus : .border],
                  titleStyle: theme[focused ? .titleFocus : .title])
    }

    /// The rectangle inside the border of a panel drawn in `rect` (empty when there is no inside).
    public func content(in rect: Rect) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        return rect.inset(by: 1)
    }

    /// Draws the border and title.
    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let (left, right, bottom) = (rect.x, rect.maxX - 1, rect.maxY - 1)
        for x in left...right {
            buffer.put("─", x: x, y: rect.y, style: borderStyle)
            buffer.put("─", x: x, y: bottom, style: borderStyle)
        }
        for y in rect.y...bottom {
            buffer.put("│", x: left, y: y, style: borderStyle)
            buffer.put("│", x: right, y: y, style: borderStyle)
        }
        buffer.put("┌", x: left, y: rect.y, style: borderStyle)
        buffer.put("┐", x: right, y: rect.y, style: borderStyle)
        buffer.put("└", x: left, y: bottom, style: borderStyle)
        buffer.put("┘", x: right, y: bottom, style: borderStyle)
        if !title.isEmpty, rect.width > 4 {
            buffer.write(" \(title) ", x: left + 1, y: rect.y, style: titleStyle, limit: right)
        }
    }
}
