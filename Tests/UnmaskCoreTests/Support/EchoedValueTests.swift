import Testing
import UnmaskCore

@Suite("Support: values echoed in messages")
struct EchoedValueTests {
    @Test func plainTextIsUnchanged() {
        #expect(escapedForEcho("beta:0.9,0.3") == "beta:0.9,0.3")
        #expect(escapedForEcho("målfil ✓.txt") == "målfil ✓.txt")
        #expect(escapedForEcho("") == "")
        #expect(escapedForEcho("a\\b") == "a\\b")
    }

    @Test func controlCharactersBecomeEscapes() {
        #expect(escapedForEcho("\u{1B}[2J") == "\\e[2J")
        #expect(escapedForEcho("a\nb\rc\td\u{0}") == "a\\nb\\rc\\td\\0")
        #expect(escapedForEcho("\u{7}\u{7F}\u{9B}") == "\\u{7}\\u{7F}\\u{9B}")
        #expect(escapedForEcho("x\u{2028}y\u{202E}z") == "x\\u{2028}y\\u{202E}z")
        #expect(escapedForEcho("\r\n") == "\\r\\n")
        let escaped = escapedForEcho(String((0..<32).map { Character(Unicode.Scalar($0)!) }) + "\u{7F}", limit: 1000)
        #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    @Test func longValuesAreCutWithAnEllipsis() {
        let long = String(repeating: "x", count: 100_000)
        #expect(escapedForEcho(long) == String(repeating: "x", count: 80) + "…")
        #expect(escapedForEcho(String(repeating: "y", count: 80)) == String(repeating: "y", count: 80))
        #expect(escapedForEcho("abcdef", limit: 3) == "abc…")
        // An escape is never split: "ab" fits, "\e" would pass the limit of 3.
        #expect(escapedForEcho("ab\u{1B}c", limit: 3) == "ab…")
        // Combining marks count one by one, so one huge grapheme cannot pass the limit.
        let zalgo = "e" + String(repeating: "\u{301}", count: 10_000)
        #expect(escapedForEcho(zalgo).unicodeScalars.count == 81)
    }

    @Test func bytesThatAreNotUTF8AreHex() {
        #expect(escapedForEcho(bytes: Array("ok".utf8)) == "ok")
        #expect(escapedForEcho(bytes: [0x61, 0xFF, 0x62]) == "a\\xFFb")
        #expect(escapedForEcho(bytes: [0xC3, 0xA5, 0x1B, 0x0A]) == "å\\e\\n")
        #expect(escapedForEcho(bytes: [0xE2, 0x82]) == "\\xE2\\x82")
        #expect(escapedForEcho(bytes: [UInt8](repeating: 0x80, count: 1000)) == String(repeating: "\\x80", count: 20) + "…")
    }
}
