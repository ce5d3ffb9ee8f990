/// Plain text wrapped at word boundaries into a rectangle; what does not fit is cut.
public struct TextBlock: Widget {
    public let text: String
    public let style: Style

    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }

    /// The text wrapped to lines of at most `width` characters.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    public func draw(in rect: Rect, into buffer: inout CellBuffer) {
        for (row, line) in Self.wrap(text, width: rect.width).prefix(rect.height).enumerated() {
            buffer.write(line, x: rect.x, y: rect.y + row, style: style, limit: rect.maxX)
        }
    }
}
