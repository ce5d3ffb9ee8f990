/// The byte sequences terminals send for keys, as data. `InputDecoder` finds where a sequence
/// ends (by the grammar of ECMA-48) and looks the whole sequence up here; a sequence that is not
/// here is no key. Covered: xterm, VT220 and rxvt arrows and editing keys in their CSI and SS3 forms,
/// F1–F12 (SS3 P–S, CSI 11~–24~, the Linux console's `ESC [ [ A`–`E`), the application keypad,
/// and xterm's modifier parameter on any of them (`ESC [ 1 ; 5 A`, `ESC [ 3 ; 2 ~`, `ESC O 2 P`).
public enum KeySequenceTable {
    /// Whole sequences without modifiers, ESC included.
    public static let sequences: [[UInt8]: Key] = {
        var table: [String: Key] = [
            "[A": .up, "[B": .down, "[C": .right, "[D": .left, "[H": .home, "[F": .end, "[Z": .backTab,
            "OA": .up, "OB": .down, "OC": .right, "OD": .left, "OH": .home, "OF": .end,
            "[1~": .home, "[2~": .insert, "[3~": .delete, "[4~": .end, "[5~": .pageUp, "[6~": .pageDown,
            "[7~": .home, "[8~": .end,
            "[P": .function(1), "[Q": .function(2), "[R": .function(3), "[S": .function(4),
            "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4),
            "[11~": .function(1), "[12~": .function(2), "[13~": .function(3), "[14~": .function(4),
            "[15~": .function(5), "[17~": .function(6), "[18~": .function(7), "[19~": .function(8),
            "[20~": .function(9), "[21~": .function(10), "[23~": .function(11), "[24~": .function(12),
            "[[A": .function(1), "[[B": .function(2), "[[C": .function(3), "[[D": .function(4), "[[E": .function(5),
            // rxvt: Shift with the arrows as lower-case CSI finals, Ctrl as lower-case SS3 finals
            "[a": .modified(.up, .shift), "[b": .modified(.down, .shift),
            "[c": .modified(.right, .shift), "[d": .modified(.left, .shift),
            "Oa": .modified(.up, .control), "Ob": .modified(.down, .control),
            "Oc": .modified(.right, .control), "Od": .modified(.left, .control),
            // the application keypad
            "OM": .enter, "Oj": .character("*"), "Ok": .character("+"), "Ol": .character(","),
            "Om": .character("-"), "On": .character("."), "Oo": .character("/"), "OX": .character("="),
        ]
        for digit in 0...9 {
            table["O" + String(UnicodeScalar(UInt8(ascii: "p") + UInt8(digit)))] = .character(Character(String(digit)))
        }
        return Dictionary(uniqueKeysWithValues: table.map { ([0x1B] + Array($0.key.utf8), $0.value) })
    }()

    /// The key for a whole CSI or SS3 sequence (ESC, `[` or `O`, parameters, final byte), nil if
    /// it is none. A modifier parameter m (`1;m` before a letter, `n;m` before `~`, `m` after SS3)
    /// gives the unmodified sequence's key with modifiers m − 1.
    public static func key(for sequence: [UInt8]) -> Key? {
        if let key = sequences[sequence] { return key }
        guard sequence.count >= 4, let final = sequence.last else { return nil }
        let introducer = sequence[1]
        let parameters = sequence[2..<(sequence.count - 1)].split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
        let base: [UInt8]
        let modifier: ArraySlice<UInt8>
        switch (introducer, parameters.count, final) {
        case (UInt8(ascii: "["), 2, UInt8(ascii: "~")):
            base = [0x1B, introducer] + parameters[0] + [final]
            modifier = parameters[1]
        case (UInt8(ascii: "["), 2, _) where parameters[0].elementsEqual("1".utf8) || parameters[0].isEmpty:
            base = [0x1B, introducer, final]
            modifier = parameters[1]
        case (UInt8(ascii: "O"), 1, _):
            base = [0x1B, introducer, final]
            modifier = parameters[0]
        default:
            return nil
        }
        guard let key = sequences[base], let modifiers = modifiers(from: modifier) else { return nil }
        return modified(key, with: modifiers)
    }

    /// The key for a byte below 0x80 other than ESC: control characters, then printable ASCII.
    public static func key(forByte byte: UInt8) -> Key? {
        switch byte {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x08, 0x7F: return .backspace
        case 0x1B: return nil
        case 0x01...0x1A: return .control(Character(UnicodeScalar(byte + 0x60)))
        case 0x00...0x1F: return .control(Character(UnicodeScalar(byte + 0x40)))
        case 0x20...0x7E: return .character(Character(UnicodeScalar(byte)))
        default: return nil
        }
    }

    /// Modifiers from xterm's parameter (1 + the modifier bits), nil unless it is a number 1–16.
    static func modifiers(from parameter: ArraySlice<UInt8>) -> KeyModifiers? {
        guard !parameter.isEmpty, parameter.count <= 2, parameter.allSatisfy({ (0x30...0x39).contains($0) }),
              let value = UInt8(String(decoding: parameter, as: UTF8.self)), (1...16).contains(value) else { return nil }
        return KeyModifiers(rawValue: value - 1)
    }

    /// A key with extra modifiers (none: the key itself; Shift-Tab stays `.backTab`).
    static func modified(_ key: Key, with modifiers: KeyModifiers) -> Key {
        var modifiers = modifiers
        var key = key
        if case let .modified(base, existing) = key {
            key = base
            modifiers.formUnion(existing)
        }
        if key == .backTab { modifiers.remove(.shift) }
        return modifiers.isEmpty ? key : .modified(key, modifiers)
    }
}
