/// A value from the user (a command-line argument, a path, text from a file) made safe to echo
/// in a one-line message on a terminal: control characters, DEL, the C1 controls, the line and
/// paragraph separators and the bidirectional overrides are written as escapes (`\e`, `\n`, `\r`,
/// `\t`, `\0`, otherwise `\u{7F}` style), so an echoed value can neither move the cursor, clear
/// the screen nor break the line; and the result is cut after `limit` Unicode scalars (an escape
/// counts as its length, and is never split) with `…` appended. Work is bounded by `limit`, not
/// by the value's length, so a 100 MB value costs no more than an 80-character one.
public func escapedForEcho(_ value: String, limit: Int = 80) -> String {
    var echo = EchoBuilder(limit: limit)
    for scalar in value.unicodeScalars {
        if !echo.append(scalar) { break }
    }
    return echo.result
}

/// `escapedForEcho(_:limit:)` for bytes that may not be UTF-8 (a line of a file, a path): valid
/// UTF-8 is escaped as above, and each byte of an invalid sequence is written `\xNN`.
public func escapedForEcho<Bytes: Collection<UInt8>>(bytes: Bytes, limit: Int = 80) -> String {
    var echo = EchoBuilder(limit: limit)
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var position = bytes.startIndex
    decoding: while true {
        switch parser.parseScalar(from: &iterator) {
        case let .valid(encoded):
            position = bytes.index(position, offsetBy: encoded.count)
            if !echo.append(Unicode.UTF8.decode(encoded)) { break decoding }
        case let .error(length):
            for _ in 0..<length {
                let hex = String(bytes[position], radix: 16, uppercase: true)
                if !echo.appendEscape("\\x" + (hex.count < 2 ? "0" : "") + hex) { break decoding }
                position = bytes.index(after: position)
            }
        case .emptyInput:
            break decoding
        }
    }
    return echo.result
}

/// One scalar as `escapedForEcho` writes it: its escape, or itself.
public func echoed(_ scalar: Unicode.Scalar) -> String {
    EchoBuilder.escape(scalar) ?? String(scalar)
}

/// Whether `escapedForEcho` writes this scalar as an escape: it would move the cursor, change
/// the terminal's state, break the line or reorder the text around it if printed raw.
func isEscapedForEcho(_ scalar: Unicode.Scalar) -> Bool {
    EchoBuilder.escape(scalar) != nil
}

/// Builds an escaped echo up to its limit.
private struct EchoBuilder {
    let limit: Int
    private(set) var text = ""
    private var used = 0
    private var truncated = false

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    var result: String { truncated ? text + "…" : text }

    /// Appends one scalar, escaped if needed; false once the limit is reached.
    mutating func append(_ scalar: Unicode.Scalar) -> Bool {
        if let escape = Self.escape(scalar) { return appendEscape(escape) }
        guard used + 1 <= limit else {
            truncated = true
            return false
        }
        text.unicodeScalars.append(scalar)
        used += 1
        return true
    }

    /// Appends an escape whole, or stops before it.
    mutating func appendEscape(_ escape: String) -> Bool {
        let length = escape.unicodeScalars.count
        guard used + length <= limit else {
            truncated = true
            return false
        }
        text += escape
        used += length
        return true
    }

    /// The escape of a scalar that must not reach the terminal raw, or nil.
    static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00: return "\\0"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        case 0x01...0x1F, 0x7F...0x9F,
             0x2028, 0x2029,  // line and paragraph separators
             0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,  // bidirectional marks and overrides
             0xFEFF:  // byte order mark, invisible
            return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default:
            return nil
        }
    }
}
