import Foundation
import Testing
import UnmaskCore
@testable import UnmaskUI

/// Lesson files: what a valid one gives, and every kind of problem with its line and column.
@Suite("UI lessons: the lesson file parser")
struct LessonParserTests {
    static let valid = """
        title = "A lesson"

        [[slide]]
        title = "First"
        text = ["one", "two"]
        cursor = [1, 0.5]
        pins = ["linear", "cosine"]
        metric = "tv"
        target = "paper-balanced"
        steps = 3

        [[slide]]
        title = "Second"
        text = "a question?"
        answer = ["the answer"]
        zoom = 0.1
        policy = "threshold:0.9"
        [slide.reveal]
        sampler_step = "end"
        focus = "sampler"
        """

    private func problems(_ source: String) -> [String] {
        do {
            _ = try LessonParser(source: source, file: "x.toml").parse(name: "x")
            return []
        } catch {
            return error.lines
        }
    }

    @Test func aValidLessonHasItsSlidesAndSettings() throws {
        let lesson = try LessonParser(source: Self.valid, file: "x.toml").parse(name: "x")
        #expect(lesson.title == "A lesson")
        #expect(lesson.theme == "projector")
        #expect(lesson.slides.map(\.title) == ["First", "Second"])
        #expect(lesson.slides[0].text == ["one", "two"])
        #expect(lesson.slides[0].state.cursor == BetaPoint(a: 100, b: 50))
        #expect(lesson.slides[0].state.pins == [MaskSchedule(.linear), MaskSchedule(.cosine)])
        #expect(lesson.slides[0].state.metric == .tv)
        #expect(lesson.slides[1].text == ["a question?"])
        #expect(lesson.slides[1].isQuestion)
        #expect(lesson.slides[1].state.zoom == 10)
        #expect(lesson.slides[1].state.policy == .some(.threshold(0.9)))
        #expect(lesson.slides[1].reveal.samplerStep == Int.max)
        #expect(lesson.slides[1].reveal.focus == .sampler)
    }

    /// A slide's state builds on the slides before it; the reveal only once revealed.
    @Test func stateAccumulatesOverTheSlides() throws {
        let lesson = try LessonParser(source: Self.valid, file: "x.toml").parse(name: "x")
        let second = lesson.state(atSlide: 1, revealed: false)
        #expect(second.steps == 3 && second.target == "paper-balanced" && second.zoom == 10)
        #expect(second.focus == nil)
        #expect(lesson.state(atSlide: 1, revealed: true).focus == .sampler)
    }

    @Test func malformedTOMLIsReportedWithItsPosition() {
        let lines = problems("title = \"x\"\n[[slide]]\ntitle = \n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("x.toml:3:") == true, "\(lines)")
    }

    @Test func unknownKeysAreLocatedAndNameTheSlide() {
        let lines = problems("title = \"x\"\ncolour = 1\n[[slide]]\ntitle = \"a\"\ntext = \"b\"\n[[slide]]\ntitle = \"c\"\ntext = \"d\"\nstep = 3\n")
        #expect(lines.count == 2, "\(lines)")
        #expect(lines[0].hasPrefix("x.toml:2:10: unknown key 'colour'"), "\(lines)")
        #expect(lines[1].hasPrefix("x.toml:9:8: slide 2: unknown key 'step'"), "\(lines)")
    }

    @Test func invalidValuesNameTheSlideAndTheirPosition() {
        let source = """
            title = "x"
            [[slide]]
            title = "a"
            text = "b"
            steps = 0
            weight = "nonsense"
            [[slide]]
            title = "c"
            text = "d"
            [slide.reveal]
            target = "moon"
            """
        let lines = problems(source)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("x.toml:5:9: slide 1: steps: must be an integer from 1 to") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("x.toml:6:10: slide 1: weight: ") && $0.contains("nonsense") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("x.toml:11:10: slide 2: reveal: target: must be a built-in target") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("x.toml:10:1: slide 2: reveal needs an answer") }, "\(lines)")
    }

    @Test func missingPartsAreProblems() {
        #expect(problems("title = \"x\"\n") == ["x.toml:1:1: no slides: add [[slide]] tables"])
        let lines = problems("[[slide]]\ntext = \"b\"\n")
        #expect(lines == ["x.toml:1:1: slide 1: title is missing", "x.toml:1:1: title is missing"], "\(lines)")
    }

    /// The narration box shows 5 lines of 96 characters unwrapped; more is refused.
    @Test func narrationThatWouldNotFitIsRefused() {
        let long = String(repeating: "x", count: Lesson.maximumLineLength + 1)
        let lines = problems("title = \"x\"\n[[slide]]\ntitle = \"a\"\ntext = [\"1\", \"2\", \"3\", \"\(long)\"]\nanswer = [\"5\", \"6\"]\n")
        #expect(lines.contains { $0.hasPrefix("x.toml:4:8: slide 1: text and answer have 6 lines; at most 5") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("x.toml:4:8: slide 1: text: a line of 97 characters") }, "\(lines)")
    }

    /// The score metric and a task need the paper's scores, named at the top of the lesson.
    @Test func scoresComeOnlyWithTheLessonsScoresKey() throws {
        let slide = "[[slide]]\ntitle = \"a\"\ntext = \"b\"\nmetric = \"score\"\ntask = \"gsm8k\"\n"
        let without = problems("title = \"x\"\n" + slide)
        #expect(without.contains { $0.hasPrefix("x.toml:5:10: slide 1: metric: must be one of") }, "\(without)")
        #expect(without.contains { $0.hasPrefix("x.toml:6:8: slide 1: task: needs scores = \"chen2025\"") }, "\(without)")
        let lesson = try LessonParser(source: "title = \"x\"\nscores = \"chen2025\"\n" + slide, file: "x.toml").parse(name: "x")
        #expect(lesson.usesScores && lesson.slides[0].state.metric == .score && lesson.slides[0].state.task == "gsm8k")
        #expect(problems("title = \"x\"\nscores = 3\n" + slide).first?.hasPrefix("x.toml:2:10: scores must be \"chen2025\"") == true)
        var options = ExplorerOptions()
        options.start(lesson)
        #expect(!options.scoreSets.isEmpty)
    }

    /// A lesson can show a lab's own scores: `scores` names a tidy score CSV, relative to the
    /// lesson's folder; its tasks are what `task` may name. A missing file, or one without a
    /// Beta schedule to draw, is a problem at the key naming the path.
    @Test func scoresFromACSVBesideTheLesson() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-scores-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = ScoreTable(rows: [
            ScoreRow(schedule: "beta:0.9,0.3", a: 0.9, b: 0.3, task: "my_task", steps: 64, genLength: nil, metric: "acc", score: 41.5,
                     stderr: 0.4),
            ScoreRow(schedule: "linear", a: nil, b: nil, task: "my_task", steps: 64, genLength: nil, metric: "acc", score: 38.25, stderr: nil),
        ])
        try ScoreCSV.text(of: table).write(to: folder.appendingPathComponent("ours.csv"), atomically: true, encoding: .utf8)
        let lessonFile = folder.appendingPathComponent("lab.toml").path
        let slide = "[[slide]]\ntitle = \"a\"\ntext = \"b\"\nmetric = \"score\"\n"
        let lesson = try LessonParser(source: "title = \"x\"\nscores = \"ours.csv\"\n" + slide + "task = \"my_task\"\n", file: lessonFile)
            .parse(name: "lab")
        #expect(lesson.scores == table && lesson.slides[0].state.task == "my_task")
        var options = ExplorerOptions()
        options.start(lesson)
        #expect(options.scoreSets.map(\.task) == ["my_task"] && options.scoreSets.first?.cells.count == 1)
        let wrongTask = problems(in: "title = \"x\"\nscores = \"ours.csv\"\n" + slide + "task = \"gsm8k\"\n", file: lessonFile)
        #expect(wrongTask.contains { $0.hasSuffix("slide 1: task: must be a task of the scores: my_task") }, "\(wrongTask)")
        let missing = problems(in: "title = \"x\"\nscores = \"gone.csv\"\n" + slide, file: lessonFile)
        #expect(missing.first?.contains(":2:10: scores: \(folder.path)/gone.csv") == true, "\(missing)")
        let noBeta = ScoreTable(rows: [ScoreRow(schedule: "linear", a: nil, b: nil, task: "t", steps: 8, genLength: nil, metric: "acc",
                                                score: 1, stderr: nil)])
        try ScoreCSV.text(of: noBeta).write(to: folder.appendingPathComponent("linear.csv"), atomically: true, encoding: .utf8)
        let flat = problems(in: "title = \"x\"\nscores = \"linear.csv\"\n" + slide, file: lessonFile)
        #expect(flat.first?.hasSuffix("no Beta(a, b) schedule measured, nothing to draw on the plane") == true, "\(flat)")
    }

    private func problems(in source: String, file: String) -> [String] {
        do {
            _ = try LessonParser(source: source, file: file).parse(name: "x")
            return []
        } catch {
            return error.lines
        }
    }

    /// Text from the file is escaped in the problem line.
    @Test func textFromTheFileIsEscaped() {
        let lines = problems("title = \"x\"\n\"bad\\u001b[31m\" = 1\n[[slide]]\ntitle = \"a\"\ntext = \"b\"\n")
        #expect(lines.count == 1)
        #expect(!(lines.first ?? "").contains("\u{1B}"), "\(lines)")
    }
}
