/// The header record of a trajectory file: the run's settings.
public struct TrajectoryHeader: Sendable, Equatable {
    public let model: String?
    public let prompt: [String]
    /// The number of generated positions G (positions are 0..<G).
    public let genLength: Int
    /// The planned number of steps S.
    public let steps: Int
    /// The block length B (G when absent); blocks are ⌈G/B⌉, each with its own time.
    public let blockLength: Int
    public let maskToken: String?
    public let schedule: String?
    public let policy: String?
    public let temperature: Double?
    public let threshold: Double?

    public init(genLength: Int, steps: Int, blockLength: Int? = nil, model: String? = nil, prompt: [String] = [],
                maskToken: String? = nil, schedule: String? = nil, policy: String? = nil,
                temperature: Double? = nil, threshold: Double? = nil) {
        self.genLength = genLength
        self.steps = steps
        self.blockLength = blockLength ?? genLength
        self.model = model
        self.prompt = prompt
        self.maskToken = maskToken
        self.schedule = schedule
        self.policy = policy
        self.temperature = temperature
        self.threshold = threshold
    }

    init(_ object: [String: JSONValue]) throws(TrajectoryLineError) {
        guard object["type"]?.string == "header" else { throw .init("the first record is not of type \"header\"") }
        guard let format = object["format"]?.string else { throw .init("no \"format\" string") }
        guard format == TrajectoryFile.format else {
            throw .init("format \"\(escapedForEcho(format, limit: 40))\", expected \"\(TrajectoryFile.format)\"")
        }
        let genLength = try integer(object, "gen_length", in: 1...Limits.maximumLength)
        let steps = try integer(object, "steps", in: 1...Limits.maximumSteps)
        let blockLength = object["block_length"] == nil || object["block_length"] == .null
            ? genLength : try integer(object, "block_length", in: 1...genLength)
        var prompt: [String] = []
        if case let .array(items)? = object["prompt"] {
            for item in items {
                guard let token = item.string else { throw .init("\"prompt\" holds a value that is not a string") }
                prompt.append(token)
            }
        }
        self.init(genLength: genLength, steps: steps, blockLength: blockLength, model: text(object["model"]), prompt: prompt,
                  maskToken: object["mask_token"]?.string, schedule: text(object["schedule"]), policy: text(object["policy"]),
                  temperature: object["temperature"]?.double, threshold: object["threshold"]?.double)
    }
}

/// One token revealed by a step.
public struct RecordedReveal: Sendable, Equatable {
    public let position: Int
    public let token: String
    /// The model's confidence in the token, when recorded.
    public let confidence: Double?

    public init(position: Int, token: String, confidence: Double?) {
        self.position = position
        self.token = token
        self.confidence = confidence
    }
}

/// A step record: the tokens it revealed and the positions it masked again.
public struct RecordedStep: Sendable, Equatable {
    /// The step number, from 1.
    public let step: Int
    /// The block as the file numbers it (unused by the summary, which derives blocks from S and B).
    public let block: Int?
    public let revealed: [RecordedReveal]
    public let remasked: [Int]

    public init(step: Int, block: Int? = nil, revealed: [RecordedReveal], remasked: [Int] = []) {
        self.step = step
        self.block = block
        self.revealed = revealed
        self.remasked = remasked
    }

    init(_ object: [String: JSONValue], genLength: Int) throws(TrajectoryLineError) {
        let step = try integer(object, "step", in: 1...Limits.maximumSteps)
        let block: Int? = object["block"] == nil || object["block"] == .null
            ? nil : try integer(object, "block", in: 0...Limits.maximumLength)
        guard case let .array(items)? = object["revealed"] else { throw .init("no \"revealed\" list") }
        var revealed: [RecordedReveal] = []
        revealed.reserveCapacity(items.count)
        for item in items {
            guard let entry = item.object else { throw .init("\"revealed\" holds a value that is not an object") }
            let position = try integer(entry, "position", in: 0...(genLength - 1))
            guard let token = entry["token"]?.string else { throw .init("a revealed entry without a \"token\" string") }
            let confidence: Double?
            switch entry["confidence"] {
            case nil, .null?: confidence = nil
            case let value?:
                guard let number = value.double else { throw .init("a \"confidence\" that is not a number or null") }
                confidence = number
            }
            revealed.append(RecordedReveal(position: position, token: token, confidence: confidence))
        }
        var remasked: [Int] = []
        switch object["remasked"] {
        case nil, .null?: break
        case let .array(items)?:
            for item in items { remasked.append(try integer(item, "remasked", in: 0...(genLength - 1))) }
        default: throw .init("\"remasked\" is not a list")
        }
        self.init(step: step, block: block, revealed: revealed, remasked: remasked)
    }
}

/// The final record: the output and the number of function evaluations.
public struct TrajectoryFinal: Sendable, Equatable {
    public let tokens: [String]
    public let text: String?
    public let nfe: Int?

    public init(tokens: [String], text: String?, nfe: Int?) {
        self.tokens = tokens
        self.text = text
        self.nfe = nfe
    }

    init(_ object: [String: JSONValue]) throws(TrajectoryLineError) {
        var tokens: [String] = []
        if case let .array(items)? = object["tokens"] {
            for item in items {
                guard let token = item.string else { throw .init("\"tokens\" holds a value that is not a string") }
                tokens.append(token)
            }
        }
        let nfe = object["nfe"] == nil || object["nfe"] == .null ? nil : try integer(object, "nfe", in: 0...Int(Int32.max))
        self.init(tokens: tokens, text: object["text"]?.string, nfe: nfe)
    }
}

/// A string value, or a number's text (a model may be named by a number); nil otherwise.
private func text(_ value: JSONValue?) -> String? {
    switch value {
    case let .string(text)?: return text
    case let .number(text)?: return text
    default: return nil
    }
}

/// An integer field in a range; the reason names the key and the bad value, escaped.
private func integer(_ object: [String: JSONValue], _ key: String, in range: ClosedRange<Int>) throws(TrajectoryLineError) -> Int {
    guard let value = object[key] else { throw .init("no \"\(key)\"") }
    return try integer(value, key, in: range)
}

private func integer(_ value: JSONValue, _ key: String, in range: ClosedRange<Int>) throws(TrajectoryLineError) -> Int {
    guard case let .number(text) = value else { throw .init("\"\(key)\" is not a number") }
    guard let number = Int(text) else { throw .init("\"\(key)\" \(escapedForEcho(text, limit: 40)) is not an integer in \(range.lowerBound)…\(range.upperBound)") }
    guard range.contains(number) else { throw .init("\"\(key)\" \(number) is outside \(range.lowerBound)…\(range.upperBound)") }
    return number
}
