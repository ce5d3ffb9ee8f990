import TOMLKit
import UnmaskCore

/// Reads a lesson file (TOML, parsed by TOMLKit; the format is docs/lessons.md) into a `Lesson`,
/// collecting every problem with its line and column: malformed TOML, unknown keys and invalid
/// values, each invalid slide setting naming its slide.
///
///     title = "Energy and the optimal schedule"
///     [[slide]]
///     title = "Linear diverges"
///     text = ["Under the uniform weight, linear's energy is +∞."]
///     cursor = [1, 1]
///     pins = ["linear"]
public struct LessonParser {
    public let file: String
    public let source: String
    private let locations: TOMLKeyLocations
    private var problems: [LessonProblem] = []
    /// The scores the lesson loads (`scores = "chen2025"` or a score CSV), which the `score`
    /// metric and the `task` setting need.
    private var scores: ScoreTable?
    private var usesScores: Bool { scores != nil }

    /// Keys of the lesson itself.
    static let lessonKeys = ["title", "theme", "scores", "slide"]
    /// Keys of a slide besides the state settings.
    static let slideKeys = ["title", "text", "answer", "reveal"]
    /// The state settings a slide (and its reveal) may have.
    static let stateKeys = ["metric", "weight", "cursor", "pins", "target", "steps", "length", "block_length", "order", "rounding", "policy",
                            "sampler_step", "seed", "zoom", "focus", "optimum", "big_tokens", "task"]
    static let maximumSlides = 40

    public init(source: String, file: String) {
        self.source = TOMLKeyLocations.source(source)
        self.file = file
        locations = TOMLKeyLocations(source: self.source)
    }

    /// The lesson, or every problem found.
    public func parse(name: String) throws(LessonError) -> Lesson {
        var parser = self
        let lesson = parser.read(name: name)
        guard parser.problems.isEmpty, let lesson else {
            let sorted = parser.problems.sorted { ($0.line, $0.column, $0.message) < ($1.line, $1.column, $1.message) }
            throw .invalid(file: file, problems: sorted)
        }
        return lesson
    }

    private mutating func read(name: String) -> Lesson? {
        guard source.contains(where: { !$0.isWhitespace }) else {
            problems.append(LessonProblem(line: 1, column: 1, message: "the file is empty: a lesson needs a title and [[slide]] tables"))
            return nil
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            problems.append(LessonProblem(line: error.source.begin.line, column: error.source.begin.column, message: error.description))
            return nil
        } catch {
            problems.append(LessonProblem(line: 1, column: 1, message: "\(error)"))
            return nil
        }
        for key in table.keys where !Self.lessonKeys.contains(key) { unknown(key, valid: Self.lessonKeys) }
        let title = string(table["title"], at: "title", context: "", required: true)
        let theme = table["theme"] == nil ? Lesson.defaultTheme : string(table["theme"], at: "theme", context: "", required: true)
        if let value = table["scores"] { readScores(value) }
        guard let slideArray = table["slide"]?.array, !slideArray.isEmpty else {
            problem(at: "slide", table["slide"] == nil ? "no slides: add [[slide]] tables" : "slide must be [[slide]] tables")
            return nil
        }
        if slideArray.count > Self.maximumSlides {
            problem(at: "slide", "\(slideArray.count) slides; at most \(Self.maximumSlides)")
        }
        var slides: [Lesson.Slide] = []
        for index in 0..<slideArray.count {
            guard let slideTable = slideArray[index].table else {
                problem(at: "slide", "slide \(index + 1) must be a table")
                continue
            }
            if let slide = readSlide(slideTable, index: index) { slides.append(slide) }
        }
        guard let title, let theme else { return nil }
        return Lesson(name: name, title: title, theme: theme, scores: scores, slides: slides)
    }

    /// `scores = "chen2025"` (the paper's LLaDA-8B scores) or the path of a tidy score CSV
    /// (`unmask scores import` writes one; docs/scores.md), relative to the lesson's folder unless
    /// absolute; the file must have a score of some Beta(a, b) schedule, as `explore --scores`
    /// requires.
    private mutating func readScores(_ value: TOMLValueConvertible) {
        guard let source = value.string, !source.isEmpty else {
            problem(at: "scores", "scores must be \"\(Chen2025Scores.name)\" (the paper's LLaDA-8B scores) or a score CSV's path")
            return
        }
        if source == Chen2025Scores.name {
            scores = Chen2025Scores.table
            return
        }
        let folder = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : "."
        let path = source.hasPrefix("/") ? source : folder + "/" + source
        do {
            let table = try ScoreCSV.read(path: path)
            guard !table.measuredScoreSets().allSatisfy({ $0.cells.isEmpty }) else {
                problem(at: "scores", "scores: \(escapedForEcho(path)): no Beta(a, b) schedule measured, nothing to draw on the plane")
                return
            }
            scores = table
        } catch {
            problem(at: "scores", "scores: \(error.description)")
        }
    }

    private mutating func readSlide(_ table: TOMLTable, index: Int) -> Lesson.Slide? {
        let path = "slide.\(index)"
        let context = "slide \(index + 1): "
        let valid = Self.slideKeys + Self.stateKeys
        for key in table.keys where !valid.contains(key) { unknown("\(path).\(key)", valid: valid, context: context) }
        let title = string(table["title"], at: "\(path).title", context: context, required: true)
        let text = lines(table["text"], at: "\(path).text", context: context, required: true)
        let answer = lines(table["answer"], at: "\(path).answer", context: context, required: false)
        if let text, let answer, text.count + answer.count > Lesson.maximumLines {
            problem(at: "\(path).text", "\(context)text and answer have \(text.count + answer.count) lines; at most \(Lesson.maximumLines)")
        }
        let state = readState(table, path: path, context: context)
        var reveal = SlideState()
        if let value = table["reveal"] {
            if let revealTable = value.table {
                let revealPath = "\(path).reveal"
                for key in revealTable.keys where !Self.stateKeys.contains(key) {
                    unknown("\(revealPath).\(key)", valid: Self.stateKeys, context: context + "reveal: ")
                }
                reveal = readState(revealTable, path: revealPath, context: context + "reveal: ")
                if answer?.isEmpty != false { problem(at: revealPath, "\(context)reveal needs an answer (the slide is no question)") }
            } else {
                problem(at: "\(path).reveal", "\(context)reveal must be a table of settings")
            }
        }
        guard let title, let text, let answer else { return nil }
        return Lesson.Slide(title: title, text: text, answer: answer, state: state, reveal: reveal)
    }

    private mutating func readState(_ table: TOMLTable, path: String, context: String) -> SlideState {
        var state = SlideState()
        let locations = self.locations
        for key in Self.stateKeys {
            guard let value = table[key] else { continue }
            let at = "\(path).\(key)"
            let bad = { (message: String) in LessonProblem.at(at, in: locations, message: "\(context)\(key): \(message)") }
            switch key {
            case "metric":
                let kinds = PlaneMetric.Kind.allCases.filter { !$0.needsScores || usesScores }
                if let text = value.string, let kind = kinds.first(where: { $0.rawValue == text }) {
                    state.metric = kind
                } else {
                    problems.append(bad("must be one of \(kinds.map(\.rawValue).joined(separator: ", "))"))
                }
            case "weight":
                if let schedule = schedule(value, bad) { state.weight = schedule }
            case "cursor":
                if let point = point(value) { state.cursor = point } else {
                    problems.append(bad("must be [a, b], each from 0.01 to \(Double(BetaLattice.maximum) / 100)"))
                }
            case "pins":
                guard let array = value.array, array.count <= Model.maximumPins else {
                    problems.append(bad("must be a list of at most \(Model.maximumPins) schedule SPECs"))
                    continue
                }
                var schedules: [MaskSchedule] = []
                for index in 0..<array.count {
                    if let pinned = schedule(array[index], bad) { schedules.append(pinned) }
                }
                if schedules.count == array.count { state.pins = schedules }
            case "target":
                let names = ToyTarget.builtIn.map(\.name)
                if let text = value.string, names.contains(text) { state.target = text } else {
                    problems.append(bad("must be a built-in target: \(names.joined(separator: ", "))"))
                }
            case "steps", "length":
                let limit = key == "steps" ? Model.maximumSteps : Model.maximumLength
                if let number = value.int, (1...limit).contains(number) {
                    if key == "steps" { state.steps = number } else { state.length = number }
                } else {
                    problems.append(bad("must be an integer from 1 to \(limit)"))
                }
            case "block_length":
                if let number = value.int, (0...Model.maximumLength).contains(number) { state.blockLength = number } else {
                    problems.append(bad("must be an integer from 0 (one block) to \(Model.maximumLength)"))
                }
            case "order":
                if let text = value.string, let order = RevealOrder(rawValue: text) { state.order = order } else {
                    problems.append(bad("must be one of \(RevealOrder.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
            case "rounding":
                if let text = value.string, let rounding = TokenRounding(rawValue: text) { state.rounding = rounding } else {
                    problems.append(bad("must be one of \(TokenRounding.allCases.map(\.rawValue).joined(separator: ", "))"))
                }
            case "policy":
                guard let text = value.string else {
                    problems.append(bad("must be none, \(StepPolicy.validForms)"))
                    continue
                }
                if text == "none" {
                    state.policy = .some(nil)
                } else {
                    do { state.policy = .some(try StepPolicy(spec: text)) } catch { problems.append(bad(error.description)) }
                }
            case "sampler_step":
                if value.string == "end" {
                    state.samplerStep = Int.max
                } else if let number = value.int, number >= 0 {
                    state.samplerStep = number
                } else {
                    problems.append(bad("must be a step from 0, or \"end\""))
                }
            case "seed":
                if let number = value.int, number >= 0 { state.seed = UInt64(number) } else {
                    problems.append(bad("must be an integer from 0"))
                }
            case "zoom":
                let spacings = BetaLattice.spacings
                let hundredths = (value.double ?? value.int.map(Double.init)).map { Int(($0 * 100).rounded()) }
                if let hundredths, spacings.contains(hundredths), let number = value.double ?? value.int.map(Double.init),
                   abs(number * 100 - Double(hundredths)) < 1e-9 {
                    state.zoom = hundredths
                } else {
                    problems.append(bad("must be a grid spacing: \(spacings.map { (Double($0) / 100).compactDescription }.joined(separator: ", "))"))
                }
            case "focus":
                if let text = value.string, let focus = Focus.allCases.first(where: { "\($0)" == text }) { state.focus = focus } else {
                    problems.append(bad("must be one of \(Focus.allCases.map { "\($0)" }.joined(separator: ", "))"))
                }
            case "task":
                let tasks = scores?.tasks ?? []
                if !usesScores {
                    problems.append(bad("needs scores = \"\(Chen2025Scores.name)\" or a score CSV at the top of the lesson"))
                } else if let text = value.string, tasks.contains(text) {
                    state.task = text
                } else {
                    problems.append(bad("must be a task of the scores: \(tasks.joined(separator: ", "))"))
                }
            case "optimum", "big_tokens":
                guard let on = value.bool else {
                    problems.append(bad("must be true or false"))
                    continue
                }
                if key == "optimum" { state.showsOptimum = on } else { state.bigTokens = on }
            default:
                break
            }
        }
        return state
    }

    private mutating func schedule(_ value: TOMLValueConvertible, _ bad: (String) -> LessonProblem) -> MaskSchedule? {
        guard let text = value.string else {
            problems.append(bad("must be a schedule SPEC string, e.g. \"cosine\" or \"beta:0.9,0.3\""))
            return nil
        }
        do {
            return try MaskSchedule(spec: text)
        } catch {
            problems.append(bad(error.description))
            return nil
        }
    }

    /// `[a, b]` as a lattice point in hundredths, within the explorer's plane.
    private func point(_ value: TOMLValueConvertible) -> BetaPoint? {
        guard let array = value.array, array.count == 2 else { return nil }
        let numbers = (0..<2).compactMap { array[$0].double ?? array[$0].int.map(Double.init) }
        let hundredths = numbers.map { Int(($0 * 100).rounded()) }
        guard hundredths.count == 2, hundredths.allSatisfy({ (1...BetaLattice.maximum).contains($0) }) else { return nil }
        return BetaPoint(a: hundredths[0], b: hundredths[1])
    }

    private mutating func string(_ value: TOMLValueConvertible?, at path: String, context: String, required: Bool) -> String? {
        guard let value else {
            if required { problem(at: path.split(separator: ".").dropLast().joined(separator: "."), "\(context)\(Self.key(path)) is missing") }
            return nil
        }
        guard let text = value.string, !text.isEmpty else {
            problem(at: path, "\(context)\(Self.key(path)) must be a non-empty string")
            return nil
        }
        return text
    }

    /// A string or a list of strings, one a line, each short enough for the narration box.
    private mutating func lines(_ value: TOMLValueConvertible?, at path: String, context: String, required: Bool) -> [String]? {
        guard let value else {
            if required { problem(at: path.split(separator: ".").dropLast().joined(separator: "."), "\(context)\(Self.key(path)) is missing") }
            return required ? nil : []
        }
        var lines: [String] = []
        if let text = value.string {
            lines = [text]
        } else if let array = value.array {
            for index in 0..<array.count {
                guard let text = array[index].string else {
                    problem(at: path, "\(context)\(Self.key(path)) must be a string or a list of strings")
                    return nil
                }
                lines.append(text)
            }
        } else {
            problem(at: path, "\(context)\(Self.key(path)) must be a string or a list of strings")
            return nil
        }
        if let long = lines.first(where: { $0.count > Lesson.maximumLineLength }) {
            problem(at: path, "\(context)\(Self.key(path)): a line of \(long.count) characters; at most \(Lesson.maximumLineLength)")
        }
        return lines
    }

    private mutating func unknown(_ path: String, valid: [String], context: String = "") {
        problem(at: path, "\(context)unknown key '\(escapedForEcho(Self.key(path)))' (valid: \(valid.joined(separator: ", ")))")
    }

    private mutating func problem(at path: String, _ message: String) {
        problems.append(LessonProblem.at(path, in: locations, message: message))
    }

    private static func key(_ path: String) -> String { String(path.split(separator: ".").last ?? "") }
}

extension LessonProblem {
    /// A problem at the key `path` of a file (at 1:1 where the key cannot be located).
    static func at(_ path: String, in locations: TOMLKeyLocations, message: String) -> LessonProblem {
        let location = locations.location(of: path)
        return LessonProblem(line: location?.line ?? 1, column: location?.column ?? 1, message: message)
    }
}
