import Testing
import UnmaskCore
import UnmaskUI

@Suite("UI rendering: the cell buffer diff")
struct CellBufferDiffTests {
    static let red = Style(foreground: .ansi(1))
    static let blue = Style(foreground: .ansi(4), attributes: .bold)

    static func buffer(_ lines: [String], width: Int, style: Style = Style()) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: lines.count)
        buffer.fill(buffer.bounds, style: style)
        for (row, line) in lines.enumerated() { buffer.write(line, x: 0, y: row, style: style) }
        return buffer
    }

    /// A run as text: its row, column and graphemes, `_` for a continuation cell.
    static func describe(_ diff: CellBufferDiff) -> [String] {
        diff.runs.map { run in "\(run.row),\(run.column):" + String(run.cells.map { $0.isContinuation ? "_" : $0.grapheme }) }
    }

    @Test func identicalBuffersGiveNoRuns() {
        let old = Self.buffer(["ab日c", "😀 x"], width: 6)
        let diff = CellBufferDiff(from: old, to: old)
        #expect(!diff.isFullRedraw && diff.runs.isEmpty)
    }

    @Test func oneChangedCellIsOneRunOfOneCell() {
        let old = Self.buffer(["abc", "def"], width: 4)
        var new = old
        new.put("X", x: 2, y: 1, style: Self.red)
        let diff = CellBufferDiff(from: old, to: new)
        #expect(Self.describe(diff) == ["1,2:X"])
        #expect(diff.runs[0].style == Style(foreground: .ansi(1), background: .default) && diff.runs[0].columns == 2..<3)
    }

    @Test func adjacentChangesInOneStyleMergeAndSplitWhereTheStyleChanges() {
        let old = Self.buffer(["abcdefgh"], width: 8)
        var new = old
        new.write("XYZ", x: 1, y: 0, style: Self.red)
        new.write("UV", x: 4, y: 0, style: Self.blue)
        new.write("W", x: 7, y: 0, style: Self.blue)
        #expect(Self.describe(CellBufferDiff(from: old, to: new)) == ["0,1:XYZ", "0,4:UV", "0,7:W"])
    }

    @Test func aStyleChangeAloneIsAChange() {
        let old = Self.buffer(["ab"], width: 2)
        var new = old
        new.put("b", x: 1, y: 0, style: Self.blue)
        #expect(Self.describe(CellBufferDiff(from: old, to: new)) == ["0,1:b"])
    }

    @Test func aChangedWideGraphemeIsWrittenWholeWithItsContinuation() {
        let old = Self.buffer(["a日b"], width: 5)
        let new = Self.buffer(["a本b"], width: 5)
        let diff = CellBufferDiff(from: old, to: new)
        #expect(Self.describe(diff) == ["0,1:本_"])
        #expect(diff.runs[0].columns == 1..<3)
    }

    @Test func aWideGraphemeAtTheEdgesOfARunStaysInIt() {
        let old = Self.buffer(["abcdef"], width: 7)
        var new = old
        new.write("😀x日", x: 0, y: 0, style: Self.red)
        new.put("z", x: 6, y: 0, style: Self.blue)
        #expect(Self.describe(CellBufferDiff(from: old, to: new)) == ["0,0:😀_x日_", "0,6:z"])
    }

    @Test func aStyleChangeBetweenWideGraphemesSplitsBetweenThem() {
        let old = Self.buffer(["日本"], width: 4)
        var new = old
        new.put("日", x: 0, y: 0, style: Self.red)
        new.put("本", x: 2, y: 0, style: Self.blue)
        #expect(Self.describe(CellBufferDiff(from: old, to: new)) == ["0,0:日_", "0,2:本_"])
    }

    @Test(arguments: [0, 1])
    func aNarrowGraphemeOverHalfAWideOneRewritesTheOtherHalf(half: Int) {
        let old = Self.buffer(["a日b"], width: 4)
        var new = old
        new.put("x", x: 1 + half, y: 0, style: Style())
        #expect(Self.describe(CellBufferDiff(from: old, to: new)) == [half == 0 ? "0,1:x " : "0,1: x"])
    }

    @Test func aWideGraphemeOverNarrowOnesIsWrittenOnce() {
        let old = Self.buffer(["abcd"], width: 4)
        var new = old
        new.put("日", x: 1, y: 0, style: Style())
        #expect(Self.describe(CellBufferDiff(from: old, to: new)) == ["0,1:日_"])
    }

    @Test func aWideGraphemeShiftedByOneColumnRewritesAllThreeColumns() {
        let old = Self.buffer(["日  "], width: 4)
        let new = Self.buffer([" 日 "], width: 4)
        #expect(Self.describe(CellBufferDiff(from: old, to: new)) == ["0,0: 日_"])
    }

    @Test func noPreviousBufferOrANewSizeRedrawsEverything() {
        let new = Self.buffer(["ab", "日"], width: 3, style: Self.red)
        for previous in [nil, Self.buffer(["ab", "日"], width: 4, style: Self.red), Self.buffer(["ab"], width: 3, style: Self.red)] {
            let diff = CellBufferDiff(from: previous, to: new)
            #expect(diff.isFullRedraw)
            #expect(Self.describe(diff) == ["0,0:ab ", "1,0:日_ "])
        }
        let mixed = Self.buffer(["ab"], width: 3, style: Self.red)
        var styled = mixed
        styled.put("c", x: 2, y: 0, style: Self.blue)
        #expect(Self.describe(CellBufferDiff(from: nil, to: styled)) == ["0,0:ab", "0,2:c"])
    }

    @Test func aFakeTerminalShowsTheNewBufferAfterTheRunsForRandomPairs() {
        var random = SplitMix64(seed: 0x5EED)
        for trial in 0..<600 {
            let width = Int.random(in: 1...9, using: &random), height = Int.random(in: 1...4, using: &random)
            let old = Self.randomBuffer(width: width, height: height, using: &random)
            var new: CellBuffer
            switch trial % 3 {
            case 0: new = Self.randomBuffer(width: width, height: height, using: &random)
            case 1: new = old; Self.scribble(on: &new, times: Int.random(in: 0...4, using: &random), using: &random)
            default:
                new = Self.randomBuffer(width: Int.random(in: 1...9, using: &random), height: Int.random(in: 1...4, using: &random),
                                        using: &random)
            }
            let diff = CellBufferDiff(from: old, to: new)
            var screen = FakeTerminalScreen(showing: old)
            screen.apply(diff, size: (new.width, new.height))
            #expect(screen.violations.isEmpty, "trial \(trial): \(screen.violations)")
            #expect(screen.shows(new), "trial \(trial): \(old.textLines) → \(new.textLines), runs \(Self.describe(diff))")
            #expect(diff.isFullRedraw == (old.width != new.width || old.height != new.height), "trial \(trial)")
            if !diff.isFullRedraw {
                // every grapheme written had changed, in at least one of its cells
                for run in diff.runs {
                    for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                        let x = run.column + offset
                        let extent = cell.columns == 2 ? [x, x + 1] : [x]
                        #expect(extent.contains { old[$0, run.row] != new[$0, run.row] }, "trial \(trial): \(run.row),\(x) unchanged")
                    }
                }
            }
        }
    }

    static let graphemes: [Character] = ["a", "b", " ", "─", "日", "本", "😀", "❤\u{FE0F}"]
    static let styles = [Style(), red, blue, Style(background: .rgb(1, 2, 3))]

    static func randomBuffer(width: Int, height: Int, using random: inout SplitMix64) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        scribble(on: &buffer, times: width * height, using: &random)
        return buffer
    }

    /// Random graphemes and short texts in random styles at random places.
    static func scribble(on buffer: inout CellBuffer, times: Int, using random: inout SplitMix64) {
        for _ in 0..<times {
            let x = Int.random(in: 0..<buffer.width, using: &random), y = Int.random(in: 0..<buffer.height, using: &random)
            let style = styles.randomElement(using: &random)!
            if Bool.random(using: &random) {
                buffer.put(graphemes.randomElement(using: &random)!, x: x, y: y, style: style)
            } else {
                let text = String((0..<Int.random(in: 1...4, using: &random)).map { _ in graphemes.randomElement(using: &random)! })
                buffer.write(text, x: x, y: y, style: style)
            }
        }
    }
}
