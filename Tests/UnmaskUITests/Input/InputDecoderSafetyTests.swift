import Testing
import UnmaskCore
import UnmaskUI

@Suite("UI input: unknown sequences are swallowed whole, never read as keys")
struct InputDecoderSafetyTests {
    static let e = Decoding.escape

    @Test func escBracketHIsHomeNotH() {
        #expect(Decoding.events(Decoding.bytes(Self.e + "[H")) == [.key(.home)])
        var decoder = InputDecoder()
        #expect(decoder.feed(Decoding.bytes(Self.e)) == [])
        #expect(decoder.feed(Decoding.bytes("[")) == [])
        #expect(decoder.feed(Decoding.bytes("H")) == [.key(.home)])
    }

    @Test(arguments: ["]0;quit q\u{7}", "]52;c;cXE=" + Decoding.escape + "\\", "]2;q" + Decoding.escape + "\\",
                      "P1$rq" + Decoding.escape + "\\", "_q" + Decoding.escape + "\\", "^q" + Decoding.escape + "\\",
                      "Xq" + Decoding.escape + "\\", "Pq\u{7}q" + Decoding.escape + "\\"])
    func aStringContainingQProducesNoKey(_ body: String) {
        let bytes = Decoding.bytes(Self.e + body + "k")
        #expect(Decoding.events(bytes) == [.key(.character("k"))])
        #expect(Decoding.splitDisagreements(bytes).isEmpty)
    }

    @Test func aStringSplitAcrossReadsWithATimeoutBetweenStaysAString() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Decoding.bytes(Self.e + "]2;qq")) == [])
        #expect(!decoder.isAwaitingTimeout && decoder.timeout() == [])
        #expect(decoder.feed(Decoding.bytes("q\u{7}q")) == [.key(.character("q"))])
    }

    @Test(arguments: ["[?1;2c", "[12;5R", "[I", "[O", "[E", "[999~", "[27;5;13~", "[201~", "[1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17A",
                      "[ q", "[>0;95;0c", "[1;99A", "[1;2x", "Oz", "O12;3A", "[[Z", "[<0;1M", "[<0:1;1;1M", "[<0;1;1;1M"])
    func anUnknownSequenceIsSwallowedWhole(_ body: String) {
        let bytes = Decoding.bytes(Self.e + body + "k")
        #expect(Decoding.events(bytes) == [.key(.character("k"))])
        #expect(Decoding.splitDisagreements(bytes).isEmpty)
    }

    @Test func anOverlongSequenceIsSwallowedUpToItsFinalByte() {
        let bytes = Decoding.bytes(Self.e + "[" + String(repeating: "1;", count: 5000) + "Ak")
        #expect(Decoding.events(bytes) == [.key(.character("k"))])
    }

    @Test func pastedTextIsNeverKeys() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Decoding.bytes(Self.e + "[200~q\u{3}\u{1A}")) == [])
        #expect(!decoder.isAwaitingTimeout && decoder.timeout() == [] && !decoder.isIdle)
        #expect(decoder.feed(Decoding.bytes("?" + Self.e)) == [])
        #expect(decoder.timeout() == [])
        #expect(decoder.feed(Decoding.bytes("[201~q")) == [.paste("q\u{3}\u{1A}?"), .key(.character("q"))])
    }

    @Test func aPasteKeepsAtMostTheLimit() {
        let text = String(repeating: "x", count: InputDecoder.pasteLimit + 10)
        let events = Decoding.events(Decoding.bytes(Self.e + "[200~" + text + Self.e + "[201~"))
        #expect(events == [.paste(String(text.prefix(InputDecoder.pasteLimit)))])
    }

    @Test func aPartialSequenceWaitsForTheRestWhateverTheTimeout() {
        var decoder = InputDecoder()
        for part in ["[", "1", ";", "5"] {
            #expect(decoder.feed(Decoding.bytes(part == "[" ? Self.e + part : part)) == [])
            #expect(!decoder.isAwaitingTimeout && !decoder.isIdle)
            #expect(decoder.timeout() == [])
        }
        #expect(decoder.feed(Decoding.bytes("C")) == [.key(.modified(.right, .control))])
        #expect(decoder.isIdle)
        #expect(decoder.feed([0xE6]) == [] && decoder.feed([0x97]) == [] && decoder.feed([0xA5]) == [.key(.character("日"))])
    }

    @Test func aLoneEscIsEscAfterTheTimeout() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Decoding.bytes(Self.e)) == [])
        #expect(decoder.isAwaitingTimeout)
        #expect(decoder.timeout() == [.key(.escape)])
        #expect(decoder.isIdle && !decoder.isAwaitingTimeout && decoder.timeout() == [])
        #expect(decoder.feed(Decoding.bytes(Self.e + Self.e)) == [.key(.escape)])
        #expect(decoder.timeout() == [.key(.escape)])
        #expect(decoder.feed(Decoding.bytes(Self.e)) == [] && decoder.feed(Decoding.bytes("q")) == [.key(.modified(.character("q"), .alt))])
    }

    @Test func escInAStringThatNeverEndsIsTheWayOut() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Decoding.bytes(Self.e + "]0;q" + Self.e)) == [])
        #expect(decoder.isAwaitingTimeout)
        #expect(decoder.timeout() == [.key(.escape)])
        #expect(decoder.feed(Decoding.bytes("q")) == [.key(.character("q"))])
    }

    @Test func cancelAndEscapeInterruptASequence() {
        #expect(Decoding.events(Decoding.bytes(Self.e + "[1;5\u{18}A")) == [.key(.character("A"))])
        #expect(Decoding.events(Decoding.bytes(Self.e + "]0;q\u{1A}A")) == [.key(.character("A"))])
        #expect(Decoding.events(Decoding.bytes(Self.e + "[1;5" + Self.e + "[B")) == [.key(.down)])
        #expect(Decoding.events(Decoding.bytes(Self.e + "]0;q" + Self.e + "[B")) == [.key(.down)])
        #expect(Decoding.events(Decoding.bytes(Self.e + "[1\u{3};5A")) == [.key(.control("c")), .key(.modified(.up, .control))])
        #expect(Decoding.events(Decoding.bytes(Self.e + "[1\u{7F}A")) == [])
        #expect(Decoding.events(Decoding.bytes(Self.e + "[1é")) == [.key(.character("é"))])
    }

    @Test func bytesThatAreNotUTF8AreDropped() {
        #expect(Decoding.events([0xFF, 0x61, 0x80, 0xC0, 0xAF, 0x62]) == [.key(.character("a")), .key(.character("b"))])
        #expect(Decoding.events([0xC3, 0x28]) == [.key(.character("("))])
        #expect(Decoding.events([0xE0, 0x80, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0x63]) == [.key(.character("c"))])
    }

    /// Random bytes, and random bytes rich in the sequences' own bytes: decoding never traps, and
    /// gives the same events however the bytes are split into reads.
    @Test func randomGarbageNeverCrashesAndSplitsAgree() {
        var random = SplitMix64(seed: 0xBAD_B17E5)
        let alphabet = Decoding.bytes(Self.e + "[]O<;0123456789~ABCDHFMmPZ\\\u{7}\u{18}\u{3}") + [0x80, 0xC3, 0xE6, 0xF0, 0x9F, 0xA9, 0xFF]
        for trial in 0..<300 {
            let length = Int.random(in: 0...200, using: &random)
            let bytes: [UInt8] = (0..<length).map { _ in
                trial % 2 == 0 ? UInt8.random(in: 0...255, using: &random) : alphabet.randomElement(using: &random)!
            }
            let whole = Decoding.events(bytes)
            var decoder = InputDecoder()
            var chunked: [InputEvent] = []
            var index = 0
            while index < bytes.count {
                let end = Swift.min(bytes.count, index + Int.random(in: 1...7, using: &random))
                chunked += decoder.feed(bytes[index..<end])
                index = end
            }
            #expect(chunked == whole, "trial \(trial): \(bytes)")
            for case let .mouse(event) in whole { #expect(event.x >= 0 && event.y >= 0) }
        }
    }

    /// Whatever printable text a terminal or an attacker puts inside a string or a paste, none of
    /// it comes out as keys.
    @Test func randomTextInsideStringsAndPastesIsNeverKeys() {
        var random = SplitMix64(seed: 0x0_5C)
        let wrappers: [(String, String)] = [("]", "\u{7}"), ("]", Self.e + "\\"), ("P", Self.e + "\\"), ("_", Self.e + "\\"),
                                            ("^", Self.e + "\\"), ("X", Self.e + "\\"), ("[200~", Self.e + "[201~")]
        for trial in 0..<300 {
            let (open, close) = wrappers[trial % wrappers.count]
            let text = String((0..<Int.random(in: 0...60, using: &random)).map { _ in
                Character(UnicodeScalar(UInt8.random(in: 0x20...0x7E, using: &random)))
            })
            let events = Decoding.events(Decoding.bytes(Self.e + open + text + close + "k"))
            let keys = events.filter { if case .key = $0 { return true } else { return false } }
            #expect(keys == [.key(.character("k"))], "trial \(trial): \(text)")
        }
    }
}
