import Testing
import UnmaskUI

/// Decoding helpers: the bytes of a string, and the events of feeding them whole, split in two at
/// every position, and one byte at a time (which must all agree).
enum Decoding {
    static let escape = "\u{1B}"

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func events(_ bytes: [UInt8]) -> [InputEvent] {
        var decoder = InputDecoder()
        return decoder.feed(bytes)
    }

    /// The events of every way of feeding the bytes in two parts or byte by byte, which differ
    /// from feeding them whole; empty when all agree.
    static func splitDisagreements(_ bytes: [UInt8]) -> [String] {
        let whole = events(bytes)
        var disagreements: [String] = []
        for cut in 0...bytes.count {
            var decoder = InputDecoder()
            let split = decoder.feed(bytes[..<cut]) + decoder.feed(bytes[cut...])
            if split != whole { disagreements.append("cut at \(cut): \(split)") }
        }
        var decoder = InputDecoder()
        let single = bytes.flatMap { decoder.feed([$0]) }
        if single != whole { disagreements.append("byte by byte: \(single)") }
        return disagreements
    }
}

@Suite("UI input: every key form decodes, whole or split at any byte")
struct InputDecoderTests {
    static let e = Decoding.escape

    struct Case: CustomTestStringConvertible, Sendable {
        let bytes: [UInt8]
        let events: [InputEvent]
        var testDescription: String { bytes.map { $0 == 0x1B ? "ESC" : $0 < 0x20 || $0 >= 0x7F ? "<\($0)>" : String(UnicodeScalar($0)) }.joined() }

        init(_ text: String, _ keys: Key...) {
            bytes = Decoding.bytes(text)
            events = keys.map(InputEvent.key)
        }

        init(bytes: [UInt8], _ events: [InputEvent]) {
            self.bytes = bytes
            self.events = events
        }
    }

    static let cursorAndEditing: [Case] = [
        Case(e + "[A", .up), Case(e + "[B", .down), Case(e + "[C", .right), Case(e + "[D", .left),
        Case(e + "OA", .up), Case(e + "OB", .down), Case(e + "OC", .right), Case(e + "OD", .left),
        Case(e + "[H", .home), Case(e + "[F", .end), Case(e + "OH", .home), Case(e + "OF", .end),
        Case(e + "[1~", .home), Case(e + "[4~", .end), Case(e + "[7~", .home), Case(e + "[8~", .end),
        Case(e + "[5~", .pageUp), Case(e + "[6~", .pageDown), Case(e + "[2~", .insert), Case(e + "[3~", .delete),
        Case(e + "[Z", .backTab),
    ]

    static let functionKeys: [Case] = [
        Case(e + "OP", .function(1)), Case(e + "OQ", .function(2)), Case(e + "OR", .function(3)), Case(e + "OS", .function(4)),
        Case(e + "[11~", .function(1)), Case(e + "[12~", .function(2)), Case(e + "[13~", .function(3)), Case(e + "[14~", .function(4)),
        Case(e + "[15~", .function(5)), Case(e + "[17~", .function(6)), Case(e + "[18~", .function(7)), Case(e + "[19~", .function(8)),
        Case(e + "[20~", .function(9)), Case(e + "[21~", .function(10)), Case(e + "[23~", .function(11)), Case(e + "[24~", .function(12)),
        Case(e + "[[A", .function(1)), Case(e + "[[B", .function(2)), Case(e + "[[C", .function(3)), Case(e + "[[D", .function(4)),
        Case(e + "[[E", .function(5)),
    ]

    static let modified: [Case] = [
        Case(e + "[1;2A", .modified(.up, .shift)), Case(e + "[1;5C", .modified(.right, .control)),
        Case(e + "[1;3D", .modified(.left, .alt)), Case(e + "[1;6B", .modified(.down, [.shift, .control])),
        Case(e + "[1;9H", .modified(.home, .meta)), Case(e + "[1;1A", .up), Case(e + "[;2F", .modified(.end, .shift)),
        Case(e + "[5;5~", .modified(.pageUp, .control)), Case(e + "[3;2~", .modified(.delete, .shift)),
        Case(e + "[1;2P", .modified(.function(1), .shift)), Case(e + "[15;2~", .modified(.function(5), .shift)),
        Case(e + "[24;8~", .modified(.function(12), [.shift, .alt, .control])), Case(e + "O2P", .modified(.function(1), .shift)),
        Case(e + "O5A", .modified(.up, .control)), Case(e + "[1;2Z", .backTab), Case(e + "[1;5Z", .modified(.backTab, .control)),
        Case(e + "[a", .modified(.up, .shift)), Case(e + "[d", .modified(.left, .shift)),
        Case(e + "Oa", .modified(.up, .control)), Case(e + "Oc", .modified(.right, .control)),
        Case(e + "x", .modified(.character("x"), .alt)), Case(e + "Q", .modified(.character("Q"), .alt)),
        Case(e + "é", .modified(.character("é"), .alt)),
        Case(e + e + "[A", .escape, .up), Case(e + "\u{3}", .escape, .control("c")),
    ]

    static let keypad: [Case] = [
        Case(e + "Ok", .character("+")), Case(e + "Om", .character("-")), Case(e + "Oj", .character("*")),
        Case(e + "Oo", .character("/")), Case(e + "On", .character(".")), Case(e + "Ol", .character(",")),
        Case(e + "OX", .character("=")), Case(e + "Op", .character("0")), Case(e + "Ot", .character("4")),
        Case(e + "Oy", .character("9")), Case(e + "OM", .enter),
    ]

    static let characters: [Case] = [
        Case("q", .character("q")), Case("H", .character("H")), Case(" ", .character(" ")), Case("~", .character("~")),
        Case("é", .character("é")), Case("日", .character("日")), Case("😀", .character("😀")),
        Case("a日b", .character("a"), .character("日"), .character("b")),
        Case("\u{3}", .control("c")), Case("\u{C}", .control("l")), Case("\u{1A}", .control("z")), Case("\u{1}", .control("a")),
        Case("\t", .tab), Case("\r", .enter), Case("\n", .enter), Case("\u{7F}", .backspace), Case("\u{8}", .backspace),
        Case("\u{0}", .control("@")), Case("\u{1C}", .control("\\")), Case("\u{1F}", .control("_")),
    ]

    static func mouse(_ x: Int, _ y: Int, _ kind: MouseEvent.Kind) -> InputEvent { .mouse(MouseEvent(x: x, y: y, kind: kind)) }

    static let mice: [Case] = [
        Case(bytes: Decoding.bytes(e + "[<0;10;5M"), [mouse(9, 4, .press)]),
        Case(bytes: Decoding.bytes(e + "[<4;1;1M"), [mouse(0, 0, .press)]),
        Case(bytes: Decoding.bytes(e + "[<64;3;4M"), [mouse(2, 3, .scrollUp)]),
        Case(bytes: Decoding.bytes(e + "[<65;300;200M"), [mouse(299, 199, .scrollDown)]),
        Case(bytes: Decoding.bytes(e + "[<0;10;5m" + "k"), [.key(.character("k"))]),
        Case(bytes: Decoding.bytes(e + "[<2;10;5M" + e + "[<32;10;5M" + e + "[<66;1;1M" + e + "[<0;0;5M"), []),
        Case(bytes: Decoding.bytes(e + "[M") + [32, 33 + 9, 33 + 4], [mouse(9, 4, .press)]),
        Case(bytes: Decoding.bytes(e + "[M") + [32 + 64, 33, 33, 0x1B, 0x5B, 0x4D, 32 + 65, 34, 35], [mouse(0, 0, .scrollUp), mouse(1, 2, .scrollDown)]),
        Case(bytes: Decoding.bytes(e + "[M") + [32, 200, 255], [mouse(167, 222, .press)]),
        Case(bytes: Decoding.bytes(e + "[M") + [35, 40, 40] + Decoding.bytes("k"), [.key(.character("k"))]),
    ]

    static let pastes: [Case] = [
        Case(bytes: Decoding.bytes(e + "[200~hello q" + e + "[201~"), [.paste("hello q")]),
        Case(bytes: Decoding.bytes(e + "[200~q\u{3}" + e + "[A" + e + "[20" + e + e + "[201" + e + "[201~q"),
             [.paste("q\u{3}" + e + "[A" + e + "[20" + e + e + "[201"), .key(.character("q"))]),
        Case(bytes: Decoding.bytes(e + "[200~" + e + "[201~"), [.paste("")]),
        Case(bytes: Decoding.bytes(e + "[200~日本" + e + "[201~"), [.paste("日本")]),
    ]

    @Test(arguments: cursorAndEditing + functionKeys + modified + keypad + characters + mice + pastes)
    func decodes(_ form: Case) {
        #expect(Decoding.events(form.bytes) == form.events)
        let disagreements = Decoding.splitDisagreements(form.bytes)
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test func everySequenceOfTheTableIsItsKey() {
        for (sequence, key) in KeySequenceTable.sequences {
            #expect(Decoding.events(sequence) == [.key(key)], "\(sequence)")
        }
    }

    @Test func severalKeysInOneRead() {
        let bytes = Decoding.bytes("j" + Self.e + "[A" + Self.e + "OB" + "日" + Self.e + "[5~" + "\u{3}")
        #expect(Decoding.events(bytes) == [.key(.character("j")), .key(.up), .key(.down), .key(.character("日")), .key(.pageUp),
                                           .key(.control("c"))])
        #expect(Decoding.splitDisagreements(bytes).isEmpty)
    }

    @Test func modifiedKeysHaveLabels() {
        #expect(Key.modified(.up, .shift).label == "S-↑")
        #expect(Key.modified(.character("x"), [.alt, .control]).label == "C-M-x")
        #expect(Key.insert.label == "Ins" && Key.delete.label == "Del")
    }
}
