/// The bottom line: the key hints the key table marks for it (`key label` pairs), and on the
/// right the current N, L and weight. The most-used keys (`KeyTable.statusPriority`: move,
/// metric, pin, play, help, quit) come first, then the general ones, then the rest, each hint
/// whole or not at all, so a narrow screen (80 columns) drops the least used. A notice, when
/// there is one, takes the hints' place.
public struct StatusLine: Widget {
    public let keys: KeyTable
    public let right: String
    public let notice: String?
    public let theme: Theme

    public init(keys: KeyTable, right: String, notice: String? = nil, theme: Theme) {
        self.keys = keys
        self.right = right
        self.notice = notice
        self.theme = theme
    }

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        guard rect.height >= 1 else { return }
        let text = theme[.statusText], key = theme[.statusKey]
        buffer.fill(rect, style: text)
        let rightStart = Swift.max(rect.x, rect.maxX - right.count - 1)
        if let notice {
            buffer.write(notice, x: rect.x + 1, y: rect.y, style: key, limit: rightStart - 1)
            buffer.write(right, x: rightStart, y: rect.y, style: text, limit: rect.maxX)
            return
        }
        var x = rect.x + 1
        for hint in keys.statusHints {
            let parts = hint.split(separator: " ", maxSplits: 1).map(String.init)
            let width = hint.count + 2
            guard x + width <= rightStart else { break }
            x = buffer.write(parts[0], x: x, y: rect.y, style: key)
            if parts.count > 1 { x = buffer.write(" " + parts[1], x: x, y: rect.y, style: text) }
            x += 2
        }
        buffer.write(right, x: rightStart, y: rect.y, style: text, limit: rect.maxX)
    }
}
