import Testing
import UnmaskUI

@Suite("UI rendering: cell buffer")
struct CellBufferTests {
    /// Text cut at the edge or the limit ends in `…`, which takes the last column.
    @Test func writesClipAtTheEdgeAndTheLimitWithAnEllipsis() {
        var buffer = CellBuffer(width: 6, height: 2)
        let end = buffer.write("abcdefgh", x: 2, y: 0)
        buffer.write("xyz", x: 0, y: 1, limit: 2)
        buffer.write("off", x: 0, y: 5)
        #expect(end == 6)
        #expect(buffer.textLines == ["  abc…", "x…"])
        var exact = CellBuffer(width: 4, height: 1)
        #expect(exact.write("abcd", x: 0, y: 0) == 4)
        #expect(exact.textLines == ["abcd"])
    }

    @Test func stylesPatchColoursAndReplaceAttributes() {
        var buffer = CellBuffer(width: 1, height: 1)
        buffer.put("a", x: 0, y: 0, style: Style(foreground: .ansi(1), background: .ansi(2), attributes: .bold))
        buffer.put("b", x: 0, y: 0, style: Style(foreground: .ansi(3)))
        #expect(buffer[0, 0] == Cell("b", foreground: .ansi(3), background: .ansi(2), attributes: []))
    }

    @Test func fillCoversTheRectangleOnly() {
        var buffer = CellBuffer(width: 4, height: 3)
        buffer.fill(Rect(x: 1, y: 1, width: 5, height: 1), with: "#")
        #expect(buffer.textSnapshot == "\n ###\n")
    }

    @Test func rectanglesSplit() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 6)
        #expect(rect.splitLeft(4) == (Rect(x: 2, y: 3, width: 4, height: 6), Rect(x: 6, y: 3, width: 6, height: 6)))
        #expect(rect.splitBottom(2).bottom == Rect(x: 2, y: 7, width: 10, height: 2))
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 4))
        #expect(rect.centered(width: 4, height: 2) == Rect(x: 5, y: 5, width: 4, height: 2))
    }
}
