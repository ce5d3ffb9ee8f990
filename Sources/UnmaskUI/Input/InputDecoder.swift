/// Turns the bytes a terminal sends into input events, byte by byte, so that however the bytes
/// are split across reads the events are the same. Pure: the backend feeds it what it reads and
/// calls `timeout()` when no more bytes came within the escape delay after `isAwaitingTimeout`.
///
/// Escape sequences are recognised by their grammar and looked up whole in `KeySequenceTable`;
/// one that is unknown is swallowed whole, never read as keys:
/// - CSI `ESC [` parameters (0x30–0x3F), intermediates (0x20–0x2F), a final byte (0x40–0x7E);
///   `ESC [ M` and three bytes (an X10 mouse report), `ESC [ <` … `M`/`m` (an SGR one),
///   `ESC [ [` and one byte (the Linux console's F1–F5);
/// - SS3 `ESC O`, optional parameters, a final byte;
/// - OSC `ESC ]` … BEL or ST (`ESC \`); DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _` … ST;
/// - bracketed paste `ESC [ 200 ~` … `ESC [ 201 ~`, delivered as one `.paste` (at most
///   `pasteLimit` bytes of it; the rest is dropped), its bytes never keys. A paste whose end never
///   comes would swallow every later key, Ctrl-C included: `endUnfinishedPaste()` ends it, which
///   the backend calls when no byte came for a while during `isInPaste`.
///
/// Inside a sequence, as in a VT terminal, CAN or SUB cancels it, ESC cancels it and starts a new
/// one, and C0 controls inside a CSI or SS3 are keys while the sequence goes on. Another byte that
/// cannot continue a CSI or SS3 ends it unread and is decoded afresh. ESC before a printable
/// character is Alt with it; before a control character it is Esc. A lone ESC stays pending until
/// the next byte or the timeout, which makes it Esc; so does an ESC at the end of a string, the way
/// out of a string that never ends. Bytes that are not UTF-8 are dropped.
public struct InputDecoder: Sendable {
    /// The most bytes of one paste that are kept.
    public static let pasteLimit = 1 << 20
    /// Parameter and intermediate bytes kept for one CSI or SS3; a longer one is no key.
    static let sequenceLimit = 32

    private enum State: Sendable {
        case ground
        case escape
        case csi([UInt8])
        case ss3([UInt8])
        /// A CSI or SS3 too long to be a key, swallowed up to its final byte.
        case overlong
        case linuxFunction
        case x10Mouse([UInt8])
        case string(isOSC: Bool)
        case stringEscape(isOSC: Bool)
        case paste
        case utf8([UInt8], length: Int, alt: Bool)
    }

    private var state = State.ground
    private var paste: [UInt8] = []
    /// How many bytes of `pasteEnd` the paste's last bytes match.
    private var pasteEndMatched = 0
    private static let pasteEnd: [UInt8] = [0x1B] + Array("[201~".utf8)

    public init() {}

    /// The events the bytes complete; an incomplete sequence or character stays pending.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [InputEvent] {
        var events: [InputEvent] = []
        for byte in bytes { step(byte, into: &events) }
        return events
    }

    /// Whether the decoder holds an ESC that only more bytes or `timeout()` can resolve.
    public var isAwaitingTimeout: Bool {
        switch state {
        case .escape, .stringEscape: return true
        default: return false
        }
    }

    /// Whether a bracketed paste has begun and not yet ended.
    public var isInPaste: Bool {
        if case .paste = state { return true }
        return false
    }

    /// A paste whose end has not come in a while (the backend's idle limit) ends with what it
    /// has, as if the end had come; the bytes after it are keys again. Nothing if no paste is on.
    public mutating func endUnfinishedPaste() -> [InputEvent] {
        guard isInPaste else { return [] }
        appendToPaste(Self.pasteEnd[0..<pasteEndMatched])
        let text = String(decoding: paste, as: UTF8.self)
        paste = []
        pasteEndMatched = 0
        state = .ground
        return [.paste(text)]
    }

    /// Whether no bytes are pending.
    public var isIdle: Bool {
        if case .ground = state { return true }
        return false
    }

    /// No more bytes came within the escape delay: a pending ESC is Esc (ending the string it was
    /// in, if any). Anything else pending stays so.
    public mutating func timeout() -> [InputEvent] {
        guard isAwaitingTimeout else { return [] }
        state = .ground
        return [.key(.escape)]
    }

    private mutating func step(_ byte: UInt8, into events: inout [InputEvent]) {
        switch state {
        case .ground:
            ground(byte, into: &events)
        case .escape:
            escape(byte, into: &events)
        case let .csi(bytes):
            csi(bytes, byte, into: &events)
        case let .ss3(bytes):
            ss3(bytes, byte, into: &events)
        case .overlong:
            if (0x40...0x7E).contains(byte) { state = .ground } else if !(0x20...0x3F).contains(byte) { interrupt(byte, into: &events) }
        case .linuxFunction:
            if (0x20...0x7E).contains(byte) {
                state = .ground
                if let key = KeySequenceTable.key(for: Array("\u{1B}[[".utf8) + [byte]) { events.append(.key(key)) }
            } else {
                interrupt(byte, into: &events)
            }
        case var .x10Mouse(bytes):
            bytes.append(byte)
            guard bytes.count == 3 else { state = .x10Mouse(bytes); return }
            state = .ground
            if let mouse = MouseReport.x10(bytes) { events.append(.mouse(mouse)) }
        case let .string(isOSC):
            switch byte {
            case 0x07 where isOSC, 0x18, 0x1A: state = .ground
            case 0x1B: state = .stringEscape(isOSC: isOSC)
            default: break
            }
        case .stringEscape:
            if byte == UInt8(ascii: "\\") {
                state = .ground
            } else {
                state = .escape
                escape(byte, into: &events)
            }
        case .paste:
            pasteByte(byte, into: &events)
        case .utf8(var bytes, let length, let alt):
            guard (0x80...0xBF).contains(byte) else {
                state = .ground
                ground(byte, into: &events)
                return
            }
            bytes.append(byte)
            guard bytes.count == length else { state = .utf8(bytes, length: length, alt: alt); return }
            state = .ground
            guard let scalar = Self.scalar(utf8: bytes) else { return }
            let key = Key.character(Character(scalar))
            events.append(.key(alt ? .modified(key, .alt) : key))
        }
    }

    private mutating func ground(_ byte: UInt8, into events: inout [InputEvent]) {
        switch byte {
        case 0x1B: state = .escape
        case 0x00...0x7F: if let key = KeySequenceTable.key(forByte: byte) { events.append(.key(key)) }
        default: startUTF8(byte, alt: false)
        }
    }

    private mutating func escape(_ byte: UInt8, into events: inout [InputEvent]) {
        switch byte {
        case UInt8(ascii: "["): state = .csi([])
        case UInt8(ascii: "O"): state = .ss3([])
        case UInt8(ascii: "]"): state = .string(isOSC: true)
        case UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"): state = .string(isOSC: false)
        case 0x1B:
            events.append(.key(.escape))
        case 0x20...0x7E:
            state = .ground
            events.append(.key(.modified(.character(Character(UnicodeScalar(byte))), .alt)))
        case 0x80...0xFF:
            state = .ground
            startUTF8(byte, alt: true)
        default:
            state = .ground
            events.append(.key(.escape))
            ground(byte, into: &events)
        }
    }

    private mutating func csi(_ bytes: [UInt8], _ byte: UInt8, into events: inout [InputEvent]) {
        switch byte {
        case UInt8(ascii: "[") where bytes.isEmpty:
            state = .linuxFunction
        case UInt8(ascii: "M") where bytes.isEmpty:
            state = .x10Mouse([])
        case 0x20...0x3F:
            state = bytes.count < Self.sequenceLimit ? .csi(bytes + [byte]) : .overlong
        case 0x40...0x7E:
            state = .ground
            if bytes.elementsEqual("200".utf8) && byte == UInt8(ascii: "~") {
                state = .paste
            } else if bytes.first == UInt8(ascii: "<") {
                if let mouse = MouseReport.sgr(parameters: bytes[...], final: byte) { events.append(.mouse(mouse)) }
            } else if let key = KeySequenceTable.key(for: [0x1B, UInt8(ascii: "[")] + bytes + [byte]) {
                events.append(.key(key))
            }
        default:
            interrupt(byte, into: &events)
        }
    }

    private mutating func ss3(_ bytes: [UInt8], _ byte: UInt8, into events: inout [InputEvent]) {
        switch byte {
        case 0x20...0x3F:
            state = bytes.count < Self.sequenceLimit ? .ss3(bytes + [byte]) : .overlong
        case 0x40...0x7E:
            state = .ground
            if let key = KeySequenceTable.key(for: [0x1B, UInt8(ascii: "O")] + bytes + [byte]) { events.append(.key(key)) }
        default:
            interrupt(byte, into: &events)
        }
    }

    /// A byte inside a CSI or SS3 that is no part of it: CAN and SUB cancel the sequence, ESC
    /// cancels it and starts another, DEL is ignored, other C0 controls are keys and the sequence
    /// goes on, and anything else ends the sequence and is decoded afresh.
    private mutating func interrupt(_ byte: UInt8, into events: inout [InputEvent]) {
        switch byte {
        case 0x18, 0x1A: state = .ground
        case 0x1B: state = .escape
        case 0x7F: break
        case 0x00...0x1F: if let key = KeySequenceTable.key(forByte: byte) { events.append(.key(key)) }
        default:
            state = .ground
            ground(byte, into: &events)
        }
    }

    private mutating func startUTF8(_ byte: UInt8, alt: Bool) {
        switch byte {
        case 0xC2...0xDF: state = .utf8([byte], length: 2, alt: alt)
        case 0xE0...0xEF: state = .utf8([byte], length: 3, alt: alt)
        case 0xF0...0xF4: state = .utf8([byte], length: 4, alt: alt)
        default: state = .ground
        }
    }

    /// The scalar of one complete UTF-8 sequence, nil if it is not valid UTF-8 (overlong,
    /// a surrogate, beyond U+10FFFF).
    private static func scalar(utf8 bytes: [UInt8]) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var codec = Unicode.UTF8()
        guard case let .scalarValue(scalar) = codec.decode(&iterator), iterator.next() == nil else { return nil }
        return scalar
    }

    /// One byte of a paste: the end sequence closes it, everything else is its text.
    private mutating func pasteByte(_ byte: UInt8, into events: inout [InputEvent]) {
        if byte == Self.pasteEnd[pasteEndMatched] {
            pasteEndMatched += 1
            guard pasteEndMatched == Self.pasteEnd.count else { return }
            events.append(.paste(String(decoding: paste, as: UTF8.self)))
            paste = []
            pasteEndMatched = 0
            state = .ground
            return
        }
        appendToPaste(Self.pasteEnd[0..<pasteEndMatched])
        pasteEndMatched = 0
        if byte == Self.pasteEnd[0] {
            pasteEndMatched = 1
        } else {
            appendToPaste(CollectionOfOne(byte))
        }
    }

    private mutating func appendToPaste(_ bytes: some Collection<UInt8>) {
        paste.append(contentsOf: bytes.prefix(Swift.max(0, Self.pasteLimit - paste.count)))
    }
}
