/// A trajectory file, format `unmask-trajectory/1`: JSON lines, each an object with a `type`
/// (`header`, then `step`s, then `final`); unknown keys are ignored.
///
/// Reading is tolerant below the header: a line that is not a valid record is skipped and
/// recorded (`skipped`, with its 1-based line number and an escaped reason) and the rest still
/// loads; a last line without a line end that does not parse (a run killed mid-write) is dropped
/// and reported as `incompleteLastLine`. Only a missing or wrong header is an error. Work and
/// memory are bounded by the text (at most `Limits.maximumFileBytes` through `TextFile`), by
/// `Limits.maximumLength` for gen_length and `Limits.maximumSteps` for step numbers.
public struct TrajectoryFile: Sendable, Equatable {
    public static let format = "unmask-trajectory/1"

    public let header: TrajectoryHeader
    public let steps: [RecordedStep]
    public let final: TrajectoryFinal?
    public let skipped: [SkippedTrajectoryLine]
    /// The line number of an unterminated last line that did not parse, if any.
    public let incompleteLastLine: Int?

    public init(text: String) throws(TrajectoryFileError) {
        var header: TrajectoryHeader?
        var steps: [RecordedStep] = []
        var final: TrajectoryFinal?
        var skipped: [SkippedTrajectoryLine] = []
        var incomplete: Int?
        let endsWithLineEnd = text.utf8.last == 0x0A || text.utf8.last == 0x0D
        var lines = TextFile.lines(of: text).makeIterator()
        var number = 0
        var next = lines.next()
        while let line = next {
            number += 1
            next = lines.next()
            let isUnterminatedLast = next == nil && !endsWithLineEnd
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do throws(TrajectoryLineError) {
                let object = try Self.object(line)
                guard let header else {
                    header = try TrajectoryHeader(object)
                    continue
                }
                switch object["type"]?.string {
                case "step": steps.append(try RecordedStep(object, genLength: header.genLength))
                case "final":
                    guard final == nil else { throw .init("a second final record") }
                    final = try TrajectoryFinal(object)
                case "header": throw .init("a second header")
                case let type?: throw .init("unknown type \"\(escapedForEcho(type, limit: 40))\"")
                case nil: throw .init("no \"type\" string")
                }
            } catch {
                guard header != nil else { throw .noHeader(line: number, reason: error.reason) }
                if isUnterminatedLast { incomplete = number } else { skipped.append(.init(line: number, reason: error.reason)) }
            }
        }
        guard let header else { throw .empty }
        self.header = header
        self.steps = steps
        self.final = final
        self.skipped = skipped
        self.incompleteLastLine = incomplete
    }

    private static func object(_ line: Substring) throws(TrajectoryLineError) -> [String: JSONValue] {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: String(line))
        } catch {
            throw .init(error.description)
        }
        guard let object = value.object else { throw .init("not a JSON object") }
        return object
    }
}

/// Why a trajectory file cannot be read at all; one line naming the bad value, without the path.
public enum TrajectoryFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case noHeader(line: Int, reason: String)

    public var description: String {
        switch self {
        case .empty: return "no header: the file has no records"
        case let .noHeader(line, reason): return "line \(line): not a \(TrajectoryFile.format) header: \(reason)"
        }
    }
}

/// A line skipped while reading a trajectory file, and why (escaped, one line).
public struct SkippedTrajectoryLine: Sendable, Equatable {
    public let line: Int
    public let reason: String
}

/// Why one line is not a valid record.
struct TrajectoryLineError: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
