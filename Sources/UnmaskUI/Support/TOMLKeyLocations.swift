import UnmaskCore

/// Where each key of a TOML document is written, by dotted path: TOMLKit reports positions for
/// syntax errors only, so unknown keys and bad values are located by this light scan of the
/// source. It understands `[table]` and `[[array.of.tables]]` headers and `key = value` lines (bare,
/// dotted or quoted keys); keys inside inline tables are located at their parent key. The n-th
/// table of an array (from 0) is the path `array.n`, and a `[array.sub]` header after it is
/// `array.n.sub`, as TOML reads it. Lines and columns count from 1 as
/// TOMLKit counts them: lines end at LF or CRLF (and at a lone CR, which TOML forbids), columns
/// are Unicode scalars.
struct TOMLKeyLocations {
    /// A TOML file's text as the parsers read it: a lone CR ending the file (a CRLF file that
    /// lost its last LF) is dropped, as it cannot change any position before it; a lone CR
    /// elsewhere stays a syntax error with its line and column, as TOML has it.
    static func source(_ text: String) -> String {
        text.utf8.last == 0x0D ? String(text.dropLast()) : text
    }

    struct Location: Equatable {
        let line: Int
        /// Column of the value after `=`, or of the header.
        let column: Int
    }

    private var locations: [String: Location] = [:]

    init(source: String) {
        var table: [String] = []
        // The arrays of tables seen so far, by dotted path, and how many tables each has.
        var arrayCounts: [String: Int] = [:]
        for (index, line) in TextFile.lines(of: source).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let indent = line.unicodeScalars.distance(from: line.startIndex, to: trimmed.startIndex)
            if trimmed.hasPrefix("[") {
                let isArray = trimmed.hasPrefix("[[")
                let inner = trimmed.drop { $0 == "[" }.prefix { $0 != "]" }
                let plain = Self.keyPath(String(inner))
                table = Self.indexed(plain, arrayCounts: arrayCounts)
                if isArray {
                    let array = plain.joined(separator: ".")
                    let count = arrayCounts[array, default: 0]
                    arrayCounts[array] = count + 1
                    table.append(String(count))
                }
                locations[table.joined(separator: ".")] = Location(line: index + 1, column: indent + 1)
            } else if let equals = Self.assignment(in: trimmed) {
                let key = Self.keyPath(String(trimmed[..<equals]))
                guard !key.isEmpty else { continue }
                let afterEquals = trimmed[trimmed.index(after: equals)...]
                let value = afterEquals.drop { $0 == " " || $0 == "\t" }
                let path = (table + key).joined(separator: ".")
                if locations[path] == nil {
                    let column = line.unicodeScalars.distance(from: line.startIndex, to: value.startIndex) + 1
                    locations[path] = Location(line: index + 1, column: column)
                }
            }
        }
    }

    /// The location of a path, or of its nearest located ancestor.
    func location(of path: String) -> Location? {
        var components = path.split(separator: ".").map(String.init)
        while !components.isEmpty {
            if let location = locations[components.joined(separator: ".")] { return location }
            components.removeLast()
        }
        return nil
    }

    /// A header's path with the index of the latest table inserted after each array of tables it
    /// passes through: `slide.reveal` after the third `[[slide]]` is `slide.2.reveal`.
    private static func indexed(_ path: [String], arrayCounts: [String: Int]) -> [String] {
        var result: [String] = []
        var plain: [String] = []
        for component in path {
            if let count = arrayCounts[plain.joined(separator: ".")], count > 0, !plain.isEmpty {
                result.append(String(count - 1))
            }
            plain.append(component)
            result.append(component)
        }
        return result
    }

    /// The index of the `=` of a `key = value` line, if the line starts with a key.
    private static func assignment(in line: Substring) -> Substring.Index? {
        guard let first = line.first, first.isLetter || first.isNumber || first == "\"" || first == "'" || first == "_" || first == "-" else {
            return nil
        }
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            }
        }
        return nil
    }

    /// `a.b."c d"` → ["a", "b", "c d"], white space around parts removed.
    private static func keyPath(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current)
                current = ""
            } else if character != " " && character != "\t" {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.filter { !$0.isEmpty }
    }
}
