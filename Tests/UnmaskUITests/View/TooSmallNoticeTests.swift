import Testing
import UnmaskUI

/// The screen below the explorer's minimum size: the longest wording that fits, never cut
/// mid-word while a shorter one would fit, down to 1×1.
@Suite("UI view: the terminal-too-small notice")
struct TooSmallNoticeTests {
    @Test func fitsTwentyByFive() {
        let screen = TestModels.render(TestModels.model(width: 20, height: 5))
        #expect(screen.textLines == [
            " terminal too small",
            "    (need 80×24)",
            " now 20×5: enlarge",
            "  it, or q to quit",
            "",
        ])
    }

    @Test func shortensOnNarrowerScreens() {
        #expect(TestModels.render(TestModels.model(width: 12, height: 3)).textLines == [" too small", "  q quits", ""])
        #expect(TestModels.render(TestModels.model(width: 18, height: 1)).textLines == ["too small: q quits"])
        #expect(TestModels.render(TestModels.model(width: 9, height: 1)).textLines == ["too small"])
        #expect(TestModels.render(TestModels.model(width: 4, height: 1)).textLines == ["too…"])
    }

    /// At every size below the minimum the words drawn are whole words of the notice (the last
    /// one possibly cut at the right edge below 9 columns) and, from 9×2 up, say how to quit.
    @Test func everySmallSizeShowsWholeWords() {
        let words: Set<Substring> = ["terminal", "too", "small", "(need", "80×24)", "now", "enlarge", "it,", "or", "q", "to",
                                     "quit", "small:", "need", "80×24", "quits"]
        for width in 1..<80 {
            for height in 1..<24 where width < 40 || height < 8 {
                let lines = TestModels.render(TestModels.model(width: width, height: height)).textLines
                let drawn = lines.flatMap { $0.split(separator: " ") }
                    .filter { !$0.hasPrefix("\(width)×") && !$0.hasPrefix("\(width)×\(height)") }
                if width >= 9 {
                    #expect(drawn.allSatisfy(words.contains), "\(width)×\(height): \(lines)")
                }
                if width >= 9 && height >= 2 {
                    #expect(lines.joined().contains("q"), "\(width)×\(height): \(lines)")
                }
                #expect(lines.count == height)
            }
        }
    }
}
