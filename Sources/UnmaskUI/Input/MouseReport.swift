/// Mouse reports as terminals send them, turned into the explorer's mouse events: a left-button
/// press and wheel turns; releases, motion, other buttons and horizontal wheels give none. The
/// modifier bits (Shift 4, Meta 8, Ctrl 16) are ignored.
enum MouseReport {
    /// An SGR report (mode 1006), `ESC [ < b ; x ; y M` for a press, `m` for a release; `parameters`
    /// is what lies between `[` and the final byte.
    static func sgr(parameters: ArraySlice<UInt8>, final: UInt8) -> MouseEvent? {
        guard parameters.first == UInt8(ascii: "<") else { return nil }
        let fields = parameters.dropFirst().split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        let numbers = fields.compactMap { field -> Int? in
            guard (1...5).contains(field.count), field.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return Int(String(decoding: field, as: UTF8.self))
        }
        guard numbers.count == 3 else { return nil }
        return event(button: numbers[0], column: numbers[1], row: numbers[2], released: final == UInt8(ascii: "m"))
    }

    /// An X10 or normal report, `ESC [ M` then the button, column and row each as 32 + value,
    /// coordinates counted from 1.
    static func x10(_ bytes: [UInt8]) -> MouseEvent? {
        guard bytes.count == 3, bytes.allSatisfy({ $0 >= 32 }) else { return nil }
        let button = Int(bytes[0]) - 32
        return event(button: button, column: Int(bytes[1]) - 32, row: Int(bytes[2]) - 32, released: button & 3 == 3)
    }

    /// The event for a button code and 1-based coordinates.
    private static func event(button: Int, column: Int, row: Int, released: Bool) -> MouseEvent? {
        guard column >= 1, row >= 1, !released, button & 32 == 0 else { return nil }
        let (x, y) = (column - 1, row - 1)
        switch button & ~(4 | 8 | 16) {
        case 0: return MouseEvent(x: x, y: y, kind: .press)
        case 64: return MouseEvent(x: x, y: y, kind: .scrollUp)
        case 65: return MouseEvent(x: x, y: y, kind: .scrollDown)
        default: return nil
        }
    }
}
