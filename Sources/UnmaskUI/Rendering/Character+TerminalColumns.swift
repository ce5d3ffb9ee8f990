extension Character {
    /// The columns a terminal gives this grapheme: 2 for East Asian wide and fullwidth
    /// characters (CJK, Hangul, kana, fullwidth forms) and for emoji shown as emoji (by default
    /// or through U+FE0F), 1 for everything else. An approximation of `wcwidth(3)` that needs no
    /// locale; combining marks belong to the grapheme before them and add nothing.
    public var terminalColumns: Int {
        var scalars = unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 1 }
        let second = scalars.next()
        if second == nil, Self.narrowBlocks.contains(where: { $0.contains(first.value) }) { return 1 }
        if first.properties.isEmojiPresentation { return 2 }
        if first.properties.isEmoji, unicodeScalars.contains("\u{FE0F}") { return 2 }
        return Self.wideRanges.contains { $0.contains(first.value) } ? 2 : 1
    }

    /// Blocks with no wide character and no emoji shown as emoji, checked first because the
    /// explorer draws with them: up to Hangul Jamo, punctuation to technical symbols before ⌚,
    /// box drawing, blocks and shapes before ◽, braille.
    private static let narrowBlocks: [ClosedRange<UInt32>] = [0...0x10FF, 0x2000...0x2319, 0x2500...0x25FC, 0x2800...0x28FF]

    /// East Asian Wide and Fullwidth code points (Unicode's EastAsianWidth.txt, merged into blocks).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

extension String {
    /// The columns a terminal gives this text: the sum over its graphemes.
    public var terminalColumns: Int { reduce(0) { $0 + $1.terminalColumns } }
}
