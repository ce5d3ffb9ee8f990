import Foundation

extension ToyTarget {
    /// A target read from a text file: one sequence per line, each character a token, optionally
    /// followed by white space and a positive weight (default 1); blank lines and lines starting
    /// with `#` are skipped. All sequences must have the same length. The alphabet is the sorted
    /// set of characters used; control characters (those `escapedForEcho` escapes) cannot be
    /// tokens. A sequence given on several lines is one sequence whose weight is
    /// the sum of theirs.
    ///
    /// The file is UTF-8 (a leading byte order mark is skipped) with LF, CRLF or CR line ends,
    /// at most `Limits.maximumFileBytes`; a line has at most `Limits.maximumTargetLineBytes`
    /// bytes and there are at most `Limits.maximumTargetLines` lines; a sequence has at most
    /// `Limits.maximumTargetLength` tokens over at most
    /// `Limits.maximumTargetSymbols` characters, and there are at most
    /// `Limits.maximumTargetSupport` sequence lines and `Limits.maximumTargetTokens` tokens in
    /// all. The file is read by `TextFile`, so a FIFO, device or folder is refused with the
    /// reason instead of being read.
    public init(contentsOfFile path: String) throws(ToyTargetError) {
        let file: TextFile
        do {
            file = try TextFile(path: path)
        } catch {
            throw .unreadable(path: path, reason: error.description)
        }
        try self.init(parsing: file.text, path: path)
    }

    /// Parses the file format of `init(contentsOfFile:)`; `path` names the source in errors.
    /// Each line is looked at once and every limit is checked before the line is split, so the
    /// work is linear in the size of the text.
    public init(parsing text: String, path: String) throws(ToyTargetError) {
        var entries: [([Character], Double)] = []
        var symbols: Set<Character> = []
        var length: Int?
        for (offset, rawLine) in TextFile.lines(of: text).enumerated() {
            let number = offset + 1
            // The empty "line" after a final line end is not one: a file of exactly the limit's
            // lines, each ended, passes.
            guard number <= Limits.maximumTargetLines || (number == Limits.maximumTargetLines + 1 && rawLine.isEmpty) else {
                throw .tooManyLines(path: path)
            }
            guard rawLine.utf8.count <= Limits.maximumTargetLineBytes else {
                throw .lineTooLong(path: path, line: number, bytes: rawLine.utf8.count)
            }
            var line = Substring(String(rawLine).trimmingWhitespace())
            if number == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: \.isWhitespace)
            let sequence = Array(fields[0])
            guard sequence.count <= Limits.maximumTargetLength else {
                throw .sequenceTooLong(path: path, line: number, length: sequence.count)
            }
            // Tokens are printed as they are (sample, eval, the explorer): none may be a control
            // character that would act on the terminal.
            if let bad = sequence.firstIndex(where: { $0.unicodeScalars.contains(where: isEscapedForEcho) }) {
                throw .invisibleToken(path: path, line: number, token: bad + 1, character: String(sequence[bad]))
            }
            var weight = 1.0
            if fields.count > 1 {
                let field = fields.dropFirst().joined(separator: " ")
                guard fields.count == 2, let value = Double(field), value.isFinite, value > 0 else {
                    throw .badWeight(path: path, line: number, text: field)
                }
                weight = value
            }
            if let length, length != sequence.count {
                throw .raggedLength(path: path, line: number, length: sequence.count, expected: length)
            }
            length = sequence.count
            guard entries.count < Limits.maximumTargetSupport else {
                throw .tooManySequences(path: path, line: number)
            }
            guard (entries.count + 1) * sequence.count <= Limits.maximumTargetTokens else {
                throw .tooManyTokens(path: path, line: number, length: sequence.count)
            }
            symbols.formUnion(sequence)
            guard symbols.count <= Limits.maximumTargetSymbols else {
                throw .tooManySymbols(path: path, line: number)
            }
            entries.append((sequence, weight))
        }
        guard !entries.isEmpty else { throw .empty(path: path) }
        let alphabet = symbols.sorted()
        let position = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, UInt8($0)) })
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        self.init(
            name: name, summary: "read from \(escapedForEcho(path))", alphabet: alphabet,
            weighted: entries.map { sequence, weight in (sequence.map { position[$0]! }, weight) })
    }
}
