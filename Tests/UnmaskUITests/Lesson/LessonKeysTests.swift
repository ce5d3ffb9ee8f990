import Testing
import UnmaskCore
import UnmaskUI

/// The lesson keys: PgDn reveals a question's answer, then turns the slide; PgUp and 0 go back;
/// each turn restores the lesson's state whatever the audience changed; outside a lesson PgDn
/// still pages the cursor.
@Suite("UI lessons: turning slides")
struct LessonKeysTests {
    static let lesson = Lesson(name: "t", title: "Test", slides: [
        Lesson.Slide(title: "One", text: ["first"], state: { var s = SlideState(); s.steps = 3; return s }()),
        Lesson.Slide(title: "Two", text: ["a question"], answer: ["its answer"],
                     reveal: { var s = SlideState(); s.pins = [MaskSchedule(.linear)]; return s }()),
        Lesson.Slide(title: "Three", text: ["last"], state: { var s = SlideState(); s.cursor = BetaPoint(a: 100, b: 100); return s }()),
    ])

    private func model() -> Model {
        var options = ExplorerOptions()
        options.start(Self.lesson)
        return TestModels.model(width: 120, height: 40, options: options)
    }

    @Test func pageDownRevealsThenTurns() {
        var model = model()
        #expect(model.steps == 3)
        _ = update(&model, .key(.pageDown))
        #expect(model.lesson?.slide == 1 && model.lesson?.revealed == false && model.pins.isEmpty)
        _ = update(&model, .key(.character(")")))
        #expect(model.lesson?.slide == 1 && model.lesson?.revealed == true && model.pins == [MaskSchedule(.linear)])
        _ = update(&model, .key(.pageDown))
        #expect(model.lesson?.slide == 2 && model.cursor == BetaPoint(a: 100, b: 100) && model.steps == 3)
        _ = update(&model, .key(.pageDown))
        #expect(model.lesson?.slide == 2)
        #expect(model.notice?.contains("last slide") == true)
    }

    @Test func theNextSlideRestoresWhatTheAudienceChanged() {
        var model = model()
        for key in ["+", "+", "w", "m", "p", "F", "?"] { _ = update(&model, .key(.character(Character(key)))) }
        #expect(model.steps == 5 && model.showsHelp && model.showsFrontier)
        _ = update(&model, .key(.pageDown))
        #expect(model.steps == 3 && model.weight == .uniform && model.metric == .energy && model.pins.isEmpty && !model.showsHelp)
        #expect(!model.showsFrontier && model.frontierView == nil)
    }

    @Test func pageUpAndZeroGoBack() {
        var model = model()
        _ = update(&model, .key(.pageDown))
        _ = update(&model, .key(.pageDown))
        _ = update(&model, .key(.pageDown))
        _ = update(&model, .key(.pageUp))
        #expect(model.lesson?.slide == 1 && model.lesson?.revealed == true)
        _ = update(&model, .key(.character("(")))
        #expect(model.lesson?.slide == 0)
        _ = update(&model, .key(.pageDown))
        _ = update(&model, .key(.pageDown))
        _ = update(&model, .key(.character("0")))
        #expect(model.lesson?.slide == 0 && model.lesson?.revealed == false)
    }

    @Test func outsideALessonPageDownStillPagesTheCursor() {
        var model = TestModels.model(width: 120, height: 40)
        let b = model.cursor.b
        _ = update(&model, .key(.pageUp))
        #expect(model.cursor.b == b + 5 * model.spacing)
        #expect(model.lesson == nil)
        _ = update(&model, .key(.character("0")))
        #expect(model.cursor.b == b + 5 * model.spacing)
    }

    /// The lesson keys are in the lesson's table (and so in its help), not in the explorer's.
    @Test func theLessonKeysAreInTheLessonTableOnly() {
        #expect(KeyTable.lesson.action(for: .pageDown) == .nextSlide)
        #expect(KeyTable.lesson.action(for: .pageUp) == .previousSlide)
        #expect(KeyTable.lesson.action(for: .character("0")) == .firstSlide)
        #expect(KeyTable.explorer.action(for: .pageDown) == .moveCursor(a: 0, b: -5))
        #expect(KeyTable.explorer.bindings(in: .lesson).isEmpty)
        #expect(KeyTable.lesson.action(for: .character("J")) == .moveCursor(a: 0, b: -5))
    }
}
