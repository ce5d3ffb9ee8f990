import Foundation
import Testing
import UnmaskCore
import UnmaskUI

/// The bundled lessons: each loads, has 6–12 slides whose first says what it teaches and how
/// long it takes, and steps through every slide in the pure renderer; its first slide matches
/// its snapshot in Snapshots/ (regenerate with `UNMASK_UPDATE_SNAPSHOTS=1 swift test --filter BundledLessonTests`).
@Suite("UI lessons: the bundled lessons")
struct BundledLessonTests {
    static let names = ShippedLessons.names
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    private func model(_ lesson: Lesson, width: Int = 120, height: Int = 40) -> Model {
        var options = ExplorerOptions()
        options.start(lesson)
        return TestModels.model(width: width, height: height, options: options)
    }

    @Test func theFourLessonsAreBundled() {
        #expect(Self.names.count >= 4, "\(Self.names)")
        for number in 1...4 { #expect(Self.names.contains { $0.hasPrefix("\(number)-") }, "no lesson \(number)") }
    }

    @Test(arguments: names)
    func slideOneSaysWhatItTeachesAndHowLong(name: String) throws {
        let lesson = try ShippedLessons.load(name)
        #expect((6...12).contains(lesson.slides.count), "\(lesson.slides.count) slides")
        #expect(lesson.theme == "projector")
        #expect(lesson.slides[0].title == "What this lesson teaches")
        #expect(lesson.slides[0].text.joined(separator: " ").contains("minutes"))
    }

    /// PgDn through every slide and answer to the end: each shows its counter, title and text in
    /// the narration box, the explorer in the slide's state; PgUp comes back to the first slide.
    @Test(arguments: names)
    func everySlideRendersInThePureRenderer(name: String) throws {
        let lesson = try ShippedLessons.load(name)
        var model = model(lesson)
        var seen = 0
        var revealed = 0
        while true {
            let progress = try #require(model.lesson)
            let screen = TestModels.render(model).textSnapshot
            let box = screen.split(separator: "\n").suffix(Layout.narrationHeight + 1).joined(separator: "\n")
            #expect(box.contains("\(progress.counter) · \(progress.current.title)"), "\(name) slide \(progress.slide + 1):\n\(box)")
            for line in progress.current.text { #expect(box.contains(line), "\(name) slide \(progress.slide + 1) lacks \(line)") }
            if progress.revealed {
                revealed += 1
                for line in progress.current.answer { #expect(box.contains(line), "\(name) slide \(progress.slide + 1) lacks \(line)") }
            }
            let state = lesson.state(atSlide: progress.slide, revealed: progress.revealed).over(.defaults)
            #expect(model.steps == state.steps && model.weight == state.weight && model.pins == state.pins)
            #expect(model.metric == state.metric && model.sampler.target.name == state.target && model.focus == state.focus)
            if !progress.revealed { seen += 1 }
            if progress.slide == lesson.slides.count - 1 && !progress.awaitsReveal { break }
            _ = update(&model, .key(.pageDown))
        }
        #expect(seen == lesson.slides.count)
        #expect(revealed == lesson.slides.filter(\.isQuestion).count)
        for _ in lesson.slides { _ = update(&model, .key(.pageUp)) }
        #expect(model.lesson?.slide == 0)
    }

    @Test(arguments: names)
    func theFirstSlideMatchesItsSnapshot(name: String) throws {
        let screen = TestModels.render(model(try ShippedLessons.load(name))).textSnapshot + "\n"
        let file = Self.snapshots.appendingPathComponent("lesson-\(name).txt")
        if ProcessInfo.processInfo.environment["UNMASK_UPDATE_SNAPSHOTS"] == "1" {
            try screen.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(screen == expected, "the first slide of \(name) differs from \(file.lastPathComponent)")
    }

    /// Every bundled lesson's theme is shipped.
    @Test(arguments: names)
    func itsThemeLoads(name: String) throws {
        let lesson = try ShippedLessons.load(name)
        #expect(ShippedThemes.names.contains(lesson.theme))
    }
}
