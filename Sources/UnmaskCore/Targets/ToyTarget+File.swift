import Foundation

extension ToyTarget {
    /// A target read from a text file: one sequence per line, each character a token, optionally
    /// followed by white space and a positive weight (default 1); blank lines and lines starting
    /// with `#` are skipped. All sequences must have the same length. The alphabet is the sorted
    /// set of characters used.
    public init(contentsOfFile path: String) throws(ToyTargetError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        try self.init(parsing: text, path: path)
    }

    /// Parses the file format of `init(contentsOfFile:)`; `path` names the source in errors.
    public init(parsing text: String, path: String) throws(ToyTargetError) {
        var entries: [(String, Double)] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine).trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: \.isWhitespace)
            let sequence = String(fields[0])
            var weight = 1.0
            if fields.count > 1 {
                let field = fields.dropFirst().joined(separator: " ")
                guard fields.count == 2, let value = Double(field), value.isFinite, value > 0 else {
                    throw .badWeight(path: path, line: offset + 1, text: field)
                }
                weight = value
            }
            if let first = entries.first, first.0.count != sequence.count {
                throw .raggedLength(path: path, line: offset + 1, length: sequence.count, expected: first.0.count)
            }
            entries.append((sequence, weight))
        }
        guard !entries.isEmpty else { throw .empty(path: path) }
        let alphabet = Array(Set(entries.flatMap(\.0))).sorted()
        guard alphabet.count < Int(maskToken) else { throw .tooManySymbols(path: path, count: alphabet.count) }
        let position = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, UInt8($0)) })
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        self.init(
            name: name, summary: "read from \(path)", alphabet: alphabet,
            weighted: entries.map { sequence, weight in (sequence.map { position[$0]! }, weight) })
    }
}
