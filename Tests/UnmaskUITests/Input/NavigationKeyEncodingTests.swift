import Testing
import UnmaskUI

/// Home, End, PageUp and PageDown as every common terminal sends them, with and without xterm's
/// modifier parameter: xterm's CSI and SS3 letter finals, the VT220 / linux / screen / tmux `~`
/// codes and rxvt's `7~` and `8~`.
@Suite("UI input: Home, End, PageUp and PageDown in every common encoding")
struct NavigationKeyEncodingTests {
    struct Encoding: CustomTestStringConvertible, Sendable {
        let terminal: String
        /// The introducer and parameter before the modifier, e.g. `[1` or `[5`; empty for the bare form.
        let prefix: String
        let final: String
        let key: Key
        var testDescription: String { "\(terminal) ESC \(prefix)\(final)" }
    }

    static let encodings: [Encoding] = [
        Encoding(terminal: "xterm", prefix: "[", final: "H", key: .home),
        Encoding(terminal: "xterm", prefix: "[", final: "F", key: .end),
        Encoding(terminal: "xterm application", prefix: "O", final: "H", key: .home),
        Encoding(terminal: "xterm application", prefix: "O", final: "F", key: .end),
        Encoding(terminal: "VT220, linux, screen, tmux", prefix: "[1", final: "~", key: .home),
        Encoding(terminal: "VT220, linux, screen, tmux", prefix: "[4", final: "~", key: .end),
        Encoding(terminal: "rxvt", prefix: "[7", final: "~", key: .home),
        Encoding(terminal: "rxvt", prefix: "[8", final: "~", key: .end),
        Encoding(terminal: "VT220, xterm, rxvt", prefix: "[5", final: "~", key: .pageUp),
        Encoding(terminal: "VT220, xterm, rxvt", prefix: "[6", final: "~", key: .pageDown),
    ]

    @Test("the bare sequence", arguments: encodings)
    func bare(_ encoding: Encoding) {
        let bytes = Decoding.bytes(Decoding.escape + encoding.prefix + encoding.final)
        #expect(Decoding.events(bytes) == [.key(encoding.key)])
        #expect(Decoding.splitDisagreements(bytes).isEmpty)
    }

    /// xterm's parameter m = 1 + Shift 1 + Alt 2 + Ctrl 4: `ESC [ 1 ; 5 H`, `ESC [ 5 ; 5 ~`, `ESC O 5 H`.
    @Test("with every Shift, Alt and Ctrl combination", arguments: encodings)
    func modified(_ encoding: Encoding) {
        for bits in UInt8(1)...7 {
            let modifiers = KeyModifiers(rawValue: bits)
            let parameter = String(bits + 1)
            let sequence: String
            switch encoding.prefix {
            case "[": sequence = "[1;" + parameter
            case "O": sequence = "O" + parameter
            default: sequence = encoding.prefix + ";" + parameter
            }
            let bytes = Decoding.bytes(Decoding.escape + sequence + encoding.final)
            #expect(Decoding.events(bytes) == [.key(.modified(encoding.key, modifiers))], "ESC \(sequence)\(encoding.final)")
        }
    }

    @Test("PageUp and PageDown move the cursor like K and J")
    func pagingIsBound() {
        let keys = KeyTable.explorer
        #expect(keys.action(for: .pageUp) == keys.action(for: .character("K")))
        #expect(keys.action(for: .pageDown) == keys.action(for: .character("J")))
        #expect(keys.action(for: .pageUp) != nil)
    }
}
