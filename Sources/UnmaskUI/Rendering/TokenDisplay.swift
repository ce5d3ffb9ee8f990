import UnmaskCore

/// A model's token string as the screen draws it: every grapheme takes the columns the buffer
/// gives it and nothing can move the terminal's cursor or change its state.
///
/// - A newline is `⏎` (and the flow breaks the line after it), a carriage return `␍`, a tab `⇥`,
///   any other C0 control its Control Pictures glyph (`␀` … `␟`), DEL `␡`.
/// - C1 controls, format characters (zero-width spaces and joiners outside emoji, bidi
///   overrides and isolates, the BOM), line and paragraph separators and unassigned or private-use
///   code points are `�`.
/// - A grapheme that starts with a combining mark (a BPE piece cut after its base letter) is drawn
///   on `◌`, so the mark cannot join the cell before it.
/// - Byte-level BPE markers are drawn as what they encode (`decodedTokenText`): a leading `Ġ`
///   or `▁` (GPT-2, SentencePiece) is a space, `Ċ` a newline.
/// - A token of spaces alone is drawn as that many `·`, so that revealing it shows.
/// - The empty token is `∅`.
public enum TokenDisplay {
    public static func text(of token: String) -> String {
        guard !token.isEmpty else { return "∅" }
        let decoded = decodedTokenText(token)
        if decoded.allSatisfy({ $0 == " " }) { return String(repeating: "·", count: decoded.count) }
        var shown = ""
        for character in decoded { shown += glyphs(for: character) }
        return shown
    }

    /// Whether the flow should break the line after this token: it ends in a newline.
    public static func endsLine(_ token: String) -> Bool {
        decodedTokenText(token).unicodeScalars.last == "\n"
    }

    private static func glyphs(for character: Character) -> String {
        let scalars = Array(character.unicodeScalars)
        if scalars.contains(where: isControl) {
            // "\r\n" is one grapheme; anything else joined to a control is dropped.
            return String(scalars.compactMap(picture(ofControl:)))
        }
        let inEmoji = scalars[0].properties.isEmoji
        if scalars.contains(where: { isUnsafeFormat($0, inEmoji: inEmoji) }) { return "�" }
        if scalars[0].properties.generalCategory.isMark { return "◌" + String(character) }
        return String(character)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The glyph of a control character (nil for anything else).
    private static func picture(ofControl scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0x0A: return "⏎"
        case 0x0D: return "␍"
        case 0x09: return "⇥"
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value).map(Character.init)
        case 0x7F: return "␡"
        case 0x80...0x9F: return "�"
        default: return nil
        }
    }

    /// Format characters, separators and code points a terminal cannot be trusted to draw in one
    /// cell: zero-width joiners count as safe inside an emoji sequence, and variation selectors too.
    private static func isUnsafeFormat(_ scalar: Unicode.Scalar, inEmoji: Bool) -> Bool {
        switch scalar.properties.generalCategory {
        case .format:
            return !(inEmoji && (scalar.value == 0x200D || (0xE0020...0xE007F).contains(scalar.value)))
        case .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate:
            return true
        default:
            return false
        }
    }
}

extension Unicode.GeneralCategory {
    /// Nonspacing, spacing and enclosing marks: what attaches to the grapheme before it.
    var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
