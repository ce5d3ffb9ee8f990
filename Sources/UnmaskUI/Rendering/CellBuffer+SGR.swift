/// The buffer as text for a terminal that is not driven by curses (a command's output): each
/// row's graphemes with SGR sequences (ECMA-48 `ESC [ … m`) where the style changes, fitted to
/// the colour depth, and a reset at the end of every row that changed the style.
extension CellBuffer {
    /// The rows, trailing default-style blanks removed, each ending in a newline. At depth `none`
    /// only attributes are written; a buffer without styles gives exactly `textLines`.
    public func sgrText(depth: ColorDepth) -> String {
        var text = ""
        for row in 0..<height {
            var cells = Array(cells[row * width..<(row + 1) * width].filter { !$0.isContinuation })
            while let last = cells.last, last.grapheme == " ", Self.parameters(of: last, depth: depth).isEmpty { cells.removeLast() }
            var current: [String] = []
            for cell in cells {
                let parameters = Self.parameters(of: cell, depth: depth)
                if parameters != current {
                    text += "\u{1B}[" + (["0"] + parameters).joined(separator: ";") + "m"
                    current = parameters
                }
                text.append(cell.grapheme)
            }
            if !current.isEmpty { text += "\u{1B}[0m" }
            text += "\n"
        }
        return text
    }

    /// The SGR parameters of a cell's style after a reset: attributes, then foreground
    /// (30–37, 90–97, 38;5;n, 38;2;r;g;b) and background (40–47, 100–107, 48;5;n, 48;2;r;g;b).
    static func parameters(of cell: Cell, depth: ColorDepth) -> [String] {
        var parameters: [String] = []
        for (attribute, code) in [(CellAttributes.bold, "1"), (.dim, "2"), (.underline, "4"), (.reverse, "7")]
        where cell.attributes.contains(attribute) {
            parameters.append(code)
        }
        parameters += color(cell.foreground, depth: depth, base: 30)
        parameters += color(cell.background, depth: depth, base: 40)
        return parameters
    }

    private static func color(_ color: TerminalColor, depth: ColorDepth, base: Int) -> [String] {
        switch (depth, color) {
        case let (.trueColor, .rgb(r, g, b)), let (.trueColor, .rgbOnAnsi(r, g, b, _, _)):
            return ["\(base + 8)", "2", "\(r)", "\(g)", "\(b)"]
        default:
            let number = depth.colorNumber(of: color)
            switch number {
            case ..<0: return []
            case 0..<8: return ["\(base + number)"]
            case 8..<16: return ["\(base + 60 + number - 8)"]
            default: return ["\(base + 8)", "5", "\(number)"]
            }
        }
    }
}
