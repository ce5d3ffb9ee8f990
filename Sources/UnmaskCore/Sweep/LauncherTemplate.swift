/// The command that evaluates one sweep cell, as a template of words with `{name}` placeholders,
/// e.g. `accelerate launch eval_llada.py --tasks {task} … --output_path {output_path}`.
///
/// The template is split into words at whitespace (a `\` before a line break joins lines);
/// literal text with spaces can be kept in one word with single or double quotes, as in a shell
/// (`"/opt/my evals/run.py"`; in double quotes `\"` and `\\` escape). Each word's placeholders are
/// replaced by the cell's values, and each resulting word is quoted as one shell word
/// (`ShellWord`), so values need no quoting at all. `{{` and `}}` are literal braces. A value placed in a word with a literal `,` (lm-evaluation-harness's
/// `--model_args k=v,k=v`) may hold neither `,` nor `=`, which that list cannot carry.
public struct LauncherTemplate: Equatable, Sendable {
    /// What a placeholder stands for.
    public enum Field: String, CaseIterable, Sendable {
        case id, task, a, b, steps
        case genLength = "gen_length", blockLength = "block_length"
        case modelPath = "model_path", scheduleFile = "schedule_file", outputPath = "output_path"
        case limit
    }

    enum Segment: Equatable, Sendable {
        case text(String)
        case field(Field)
    }

    let words: [[Segment]]

    /// LLaDA's `eval_llada.py` on lm-evaluation-harness under `accelerate`, with the schedule file
    /// and its parameters passed through `--model_args`; `--limit {limit}` is appended when the
    /// sweep has a limit.
    public static func llada(limit: Bool) -> LauncherTemplate {
        let text = "accelerate launch eval_llada.py --tasks {task} --model llada_dist --model_args "
            + "model_path={model_path},gen_length={gen_length},steps={steps},block_length={block_length},"
            + "schedule_file={schedule_file},sched_a={a},sched_b={b} --output_path {output_path}"
            + (limit ? " --limit {limit}" : "")
        // The text above is well formed.
        return try! LauncherTemplate(parsing: text)
    }

    /// Parses a template, checking its placeholders; it must name `{output_path}`, where the sweep
    /// looks for results.
    public init(parsing text: String) throws(LauncherTemplateError) {
        var words: [[Segment]] = []
        for word in try Self.words(of: text.replacingLineContinuations()) {
            words.append(try Self.segments(of: word))
        }
        guard !words.isEmpty else { throw .empty }
        guard words.joined().contains(.field(.outputPath)) else { throw .noOutputPath }
        self.words = words
    }

    /// The placeholders the template uses.
    public var fields: Set<Field> {
        Set(words.joined().compactMap { if case let .field(field) = $0 { return field } else { return nil } })
    }

    /// The command for one cell as a line of shell words.
    public func command(_ value: (Field) -> String) throws(LauncherTemplateError) -> String {
        var line: [String] = []
        for word in words {
            let listsValues = word.contains { if case let .text(text) = $0 { return text.contains(",") } else { return false } }
            var text = ""
            for segment in word {
                switch segment {
                case let .text(literal): text += literal
                case let .field(field):
                    let filled = value(field)
                    if listsValues, let bad = filled.first(where: { $0 == "," || $0 == "=" }) {
                        throw .separatorInList(field: field, value: filled, separator: bad)
                    }
                    text += filled
                }
            }
            line.append(ShellWord.quoted(text))
        }
        return line.joined(separator: " ")
    }

    /// The words of a template: split at unquoted whitespace, quotes removed.
    static func words(of text: String) throws(LauncherTemplateError) -> [String] {
        var words: [String] = []
        var word = "", inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if let open = quote {
                if escaped {
                    if character != "\"" && character != "\\" { word.append("\\") }
                    word.append(character)
                    escaped = false
                } else if character == open {
                    quote = nil
                } else if open == "\"" && character == "\\" {
                    escaped = true
                } else {
                    word.append(character)
                }
                continue
            }
            if character == " " || character == "\t" || character == "\n" || character == "\r\n" || character == "\r" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else {
                word.append(character)
                inWord = true
            }
        }
        if let quote { throw .unmatchedQuote(quote) }
        if inWord { words.append(word) }
        return words
    }

    static func segments(of word: String) throws(LauncherTemplateError) -> [Segment] {
        var segments: [Segment] = []
        var literal = ""
        var index = word.startIndex
        while index < word.endIndex {
            let character = word[index]
            let next = word.index(after: index)
            if (character == "{" || character == "}"), next < word.endIndex, word[next] == character {
                literal.append(character)
                index = word.index(after: next)
                continue
            }
            if character == "}" { throw .unmatchedBrace(word) }
            guard character == "{" else {
                literal.append(character)
                index = next
                continue
            }
            guard let close = word[next...].firstIndex(of: "}") else { throw .unmatchedBrace(word) }
            let name = String(word[next..<close])
            guard let field = Field(rawValue: name) else { throw .unknownField(name) }
            if !literal.isEmpty { segments.append(.text(literal)) }
            literal = ""
            segments.append(.field(field))
            index = word.index(after: close)
        }
        if !literal.isEmpty { segments.append(.text(literal)) }
        return segments
    }
}

public enum LauncherTemplateError: Error, Equatable, CustomStringConvertible {
    case empty
    case noOutputPath
    case unmatchedBrace(String)
    case unmatchedQuote(Character)
    case unknownField(String)
    case separatorInList(field: LauncherTemplate.Field, value: String, separator: Character)

    public var description: String {
        let known = LauncherTemplate.Field.allCases.map { "{\($0.rawValue)}" }.joined(separator: " ")
        switch self {
        case .empty: return "the launcher template is empty"
        case .noOutputPath: return "the launcher template must write to {output_path}, where re-runs and `scores import` look for results"
        case let .unmatchedBrace(word): return "unmatched brace in the launcher template's word '\(escapedForEcho(word))' (write {{ or }} for a literal brace)"
        case let .unmatchedQuote(quote): return "the launcher template has an unclosed \(quote)"
        case let .unknownField(name): return "unknown placeholder {\(escapedForEcho(name))} in the launcher template (known: \(known))"
        case let .separatorInList(field, value, separator):
            return "{\(field.rawValue)} = '\(escapedForEcho(value))' contains '\(separator)', which a k=v,k=v list such as --model_args cannot carry"
        }
    }
}

private extension String {
    /// A backslash before a line break (`\` newline, `\` CR LF) becomes a space.
    func replacingLineContinuations() -> String {
        var result = ""
        var pendingBackslash = false
        for character in self {
            if pendingBackslash {
                pendingBackslash = false
                if character == "\n" || character == "\r\n" { result.append(" "); continue }
                result.append("\\")
            }
            if character == "\\" { pendingBackslash = true } else { result.append(character) }
        }
        if pendingBackslash { result.append("\\") }
        return result
    }
}
