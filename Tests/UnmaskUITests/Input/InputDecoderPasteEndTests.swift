import Testing
import UnmaskUI

/// A bracketed paste whose end never comes: the backend ends it after a pause in the input, and
/// the keys after it are keys again.
@Suite("UI input: an unfinished paste")
struct InputDecoderPasteEndTests {
    static let e = Decoding.escape

    @Test func anUnfinishedPasteEndsWithWhatItHas() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Decoding.bytes(Self.e + "[200~abc" + Self.e + "[20")) == [])
        #expect(decoder.isInPaste && !decoder.isAwaitingTimeout)
        #expect(decoder.endUnfinishedPaste() == [.paste("abc" + Self.e + "[20")])
        #expect(decoder.isIdle && !decoder.isInPaste)
        #expect(decoder.feed(Decoding.bytes("q\u{3}")) == [.key(.character("q")), .key(.control("c"))])
    }

    @Test func endingWithoutAPasteDoesNothing() {
        var decoder = InputDecoder()
        #expect(decoder.endUnfinishedPaste() == [])
        #expect(decoder.feed(Decoding.bytes(Self.e)) == [])
        #expect(decoder.endUnfinishedPaste() == [])
        #expect(decoder.timeout() == [.key(.escape)])
    }

    @Test func aFinishedPasteIsNotAffected() {
        var decoder = InputDecoder()
        #expect(decoder.feed(Decoding.bytes(Self.e + "[200~hi" + Self.e + "[201~")) == [.paste("hi")])
        #expect(!decoder.isInPaste && decoder.endUnfinishedPaste() == [])
    }
}
