/// JSON text for values written by hand (reports, schedule files, sweep plans): one home for
/// string escaping, so every file the tool writes reads back with any JSON parser.
public enum JSONText {
    /// A JSON string: `"` and `\` escaped, `\n` and `\t` by name, every other control character
    /// (U+0000–U+001F, DEL) as `\u00XX`; everything else as itself (JSON text is UTF-8).
    public static func string(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case let c where c.value < 0x20 || c.value == 0x7F:
                let hex = String(c.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }

    /// An object with its keys in the given order: `{"id": …, "a": …}`; values are JSON text already.
    public static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }
}
