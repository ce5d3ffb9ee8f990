import Testing
import UnmaskUI

/// Token strings drawn so that each grapheme takes the columns the buffer gives it and nothing
/// reaches the terminal as a control.
@Suite("Token display: arbitrary UTF-8 drawn safely")
struct TokenDisplayTests {
    @Test(arguments: [
        ("Hello", "Hello"), ("Ġworld", " world"), ("▁ok", " ok"), ("ĠĠ", " Ġ"), ("Ġ", "·"), ("Ċ", "⏎"), ("a\nb", "a⏎b"),
        ("\r\n", "␍⏎"), ("\t", "⇥"), ("\u{0}", "␀"), ("\u{1B}[31m", "␛[31m"), ("\u{7F}", "␡"), ("\u{85}", "�"),
        ("   ", "···"), ("", "∅"), ("漢字", "漢字"), ("🙂", "🙂"), ("👨\u{200D}👩\u{200D}👧", "👨\u{200D}👩\u{200D}👧"),
        ("\u{301}a", "◌\u{301}a"), ("a\u{200B}b", "a�b"), ("\u{202E}evil", "�evil"), ("\u{FEFF}x", "�x"),
        ("\u{2028}", "�"), ("\u{E000}", "�"), ("e\u{301}", "e\u{301}"),
    ])
    func displayed(token: String, expected: String) {
        #expect(TokenDisplay.text(of: token) == expected)
    }

    /// Whatever the token, what is drawn has no control, format or separator scalar outside an
    /// emoji sequence, and no grapheme that starts with a mark.
    @Test func everyScalarIsSafe() {
        var tokens: [String] = (0..<0x250).compactMap { Unicode.Scalar($0).map { String($0) } }
        tokens += ["\u{300}", "\u{200D}", "\u{2066}x\u{2069}", "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}", "\u{10FFFF}"]
        for token in tokens {
            let shown = TokenDisplay.text(of: token)
            for character in shown {
                let first = character.unicodeScalars.first!
                #expect(!first.properties.generalCategory.isMarkCategory, "\(token.unicodeScalars.map(\.value))")
                let emoji = first.properties.isEmoji
                for scalar in character.unicodeScalars {
                    #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
                    if !emoji { #expect(scalar.properties.generalCategory != .format, "\(token.unicodeScalars.map(\.value))") }
                }
            }
        }
    }

    @Test func lineEnds() {
        #expect(TokenDisplay.endsLine("x\n"))
        #expect(TokenDisplay.endsLine("Ċ"))
        #expect(TokenDisplay.endsLine("\r\n"))
        #expect(!TokenDisplay.endsLine("\nx"))
    }
}

extension Unicode.GeneralCategory {
    var isMarkCategory: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
