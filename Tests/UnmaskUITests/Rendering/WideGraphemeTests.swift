import Testing
import UnmaskUI

@Suite("UI rendering: wide graphemes take two cells and stay whole")
struct WideGraphemeTests {
    @Test(arguments: [("a", 1), ("◆", 1), ("⣿", 1), ("▶", 1), ("é", 1), ("e\u{301}", 1), ("❤", 1), ("ｱ", 1),
                      ("日", 2), ("한", 2), ("Ａ", 2), ("😀", 2), ("❤\u{FE0F}", 2), ("👍🏽", 2)])
    func columns(of grapheme: String, columns: Int) {
        #expect(Character(grapheme).terminalColumns == columns)
    }

    @Test func writingTextGivesAWideGraphemeItsCellAndAContinuation() {
        var buffer = CellBuffer(width: 8, height: 1)
        let end = buffer.write("a日本b", x: 0, y: 0, style: Style(foreground: .ansi(2)))
        #expect(end == 6)
        #expect(buffer.textLines == ["a日本b"])
        #expect(buffer.cells.map(\.isContinuation) == [false, false, true, false, true, false, false, false])
        #expect(buffer[2, 0].hasSameStyle(as: buffer[1, 0]) && buffer[2, 0].foreground == .ansi(2))
        #expect(buffer.cells.map(\.columns) == [1, 2, 0, 2, 0, 1, 1, 1])
    }

    @Test func aWideGraphemeThatDoesNotFitIsCutWithAnEllipsisOrIsABlank() {
        var buffer = CellBuffer(width: 4, height: 1)
        #expect(buffer.write("ab日", x: 1, y: 0) == 4)
        #expect(buffer.write("日", x: 0, y: 0, limit: 1) == 1)
        #expect(buffer.textLines == ["…ab…"])
        buffer.put("日", x: 3, y: 0, style: Style())
        #expect(buffer[3, 0] == Cell(" "))
    }

    @Test func drawingOverEitherHalfBlanksTheOtherHalfInItsStyle() {
        let red = Style(foreground: .ansi(1))
        var left = CellBuffer(width: 4, height: 1)
        left.write("日", x: 1, y: 0, style: red)
        var right = left
        left.put("x", x: 1, y: 0, style: Style())
        right.put("x", x: 2, y: 0, style: Style())
        #expect(left.textLines == [" x"] && left[2, 0] == Cell(" ", foreground: .ansi(1)))
        #expect(right.textLines == ["  x"] && right[1, 0] == Cell(" ", foreground: .ansi(1)))
        #expect(!left.cells.contains(where: \.isContinuation) && !right.cells.contains(where: \.isContinuation))
    }

    @Test func aWideGraphemeOverAnotherOneBlanksWhatIsLeftOfIt() {
        var buffer = CellBuffer(width: 5, height: 1)
        buffer.write("日本", x: 0, y: 0)
        buffer.put("😀", x: 1, y: 0, style: Style())
        #expect(buffer.textLines == [" 😀"])
        #expect(buffer.cells.map(\.isContinuation) == [false, false, true, false, false])
    }

    @Test func settingACellKeepsGraphemesWholeLikePut() {
        var buffer = CellBuffer(width: 3, height: 1)
        buffer[0, 0] = Cell("日")
        #expect(buffer[1, 0].isContinuation)
        buffer[1, 0] = buffer[1, 0]
        #expect(buffer.textLines == [""] && !buffer.cells.contains(where: \.isContinuation))
    }

    @Test func fillingWithAWideGraphemeTilesIt() {
        let buffer = CellBuffer(width: 5, height: 2, filling: Cell("日"))
        #expect(buffer.textLines == ["日日", "日日"])
        var filled = CellBuffer(width: 5, height: 1)
        filled.fill(filled.bounds, with: "本")
        #expect(filled.textLines == ["本本"])
    }
}
