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

    /// The narration box is as tall as its slide needs: its lines as wrapped on the screen, for
    /// a question the longer of the hint and the answer (so the reveal moves nothing), at most
    /// `Lesson.maximumLines`, and a border. At 80×24 a one-line slide leaves the schedules panel
    /// room for its token bars; under the tallest box it draws its plots alone.
    @Test func theNarrationBoxTakesTheRowsItsSlideNeeds() {
        let one = Lesson.Slide(title: "One", text: ["a line"])
        let question = Lesson.Slide(title: "Q", text: ["a question?"], answer: ["first", "second"])
        let long = Lesson.Slide(title: "Long", text: Array(repeating: String(repeating: "x ", count: 45), count: 5))
        #expect(NarrationBox.rows(for: one, width: 120) == 3)
        #expect(NarrationBox.rows(for: question, width: 120) == 5)
        #expect(NarrationBox.rows(for: long, width: 120) == Layout.narrationHeight)
        #expect(NarrationBox.rows(for: long, width: 80) == 10 + 2, "5 lines of 90 characters wrap to 10 at 76")
        #expect(Layout.narrationLimit(height: 24) == 8 && Layout.narrationLimit(height: 40) == 24 && Layout.narrationLimit(height: 20) == 7)
        var options = ExplorerOptions()
        options.start(Lesson(name: "t", title: "Test", slides: [question, one, long]))
        var model = TestModels.model(width: 80, height: 24, options: options)
        let asked = model.layout
        #expect(asked.explanation.height == 5)
        // 8 rows inside the schedules panel are too few for the token bars' 3 under 4 of plots:
        // the plots take them.
        let eight = TestModels.render(model)
        let plots = (asked.schedules.y..<asked.schedules.maxY).map { eight.line($0) }
        #expect(asked.schedules.height == 10 && plots.joined().contains("α_t") && !plots.joined().contains("tokens/step"))
        #expect(plots.filter { $0.contains("┤") || $0.contains("│ │") }.count >= 4, "\(plots.joined(separator: "\n"))")
        _ = update(&model, .key(.pageDown))
        #expect(model.lesson?.revealed == true && model.layout == asked, "the reveal keeps the layout")
        _ = update(&model, .key(.pageDown))
        #expect(model.layout.explanation.height == 3)
        let screen = TestModels.render(model)
        let schedules = (model.layout.schedules.y..<model.layout.schedules.maxY).map { screen.line($0) }.joined(separator: "\n")
        #expect(schedules.contains("α_t") && schedules.contains("γ_t"), "\(schedules)")
        _ = update(&model, .key(.pageDown))
        #expect(model.layout.explanation.height == 8, "the long slide gets six lines at 80×24, the panels above 7 rows")
        // The tallest box leaves the schedules panel 5 rows inside: the plots and their legend,
        // no token bars.
        let cramped = TestModels.render(model)
        let panel = (model.layout.schedules.y..<model.layout.schedules.maxY).map { cramped.line($0) }.joined(separator: "\n")
        #expect(model.layout.schedules.height == 7 && panel.contains("α_t") && panel.contains("(cursor)"), "\(panel)")
        #expect(!panel.contains("tokens/step"))
    }
}
