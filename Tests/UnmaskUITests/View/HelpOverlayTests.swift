import Testing
import UnmaskUI

@Suite("UI help overlay: whole descriptions, columns apart, scrolling where the terminal is short, two pages")
struct HelpOverlayTests {
    static let keys = KeyTable.explorer
    static let pages = HelpOverlay.Page.allCases
    static let moreBelow = "… more below: j or ↓"
    static let moreAbove = "… more above: k or ↑"

    static func screen(_ width: Int, _ height: Int) -> Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The overlay alone, drawn on a blank screen of the given size, as rows of text without the box.
    static func overlayText(width: Int, height: Int, scroll: Int = 0, page: HelpOverlay.Page = .keys) -> [String] {
        var buffer = CellBuffer(width: width, height: height)
        HelpOverlay(keys: keys, theme: .standard, page: page).draw(in: screen(width, height), scroll: scroll, into: &buffer)
        return buffer.textLines.map { String($0.map { "│┌┐└┘─".contains($0) ? " " : $0 }) }
    }

    static func words(_ text: String) -> [Substring] { text.split(separator: " ") }

    /// Every word the overlay may show: help texts, key labels, group titles, its title and scroll hints.
    static let vocabulary: Set<Substring> = {
        var texts = keys.bindings.flatMap { [$0.help, $0.keyLabel] }
        texts += GlyphLegend.sections.flatMap { [$0.title] + $0.entries.flatMap { [$0.glyphs, $0.meaning] } }
        texts += KeyTable.Group.allCases.map(\.rawValue) + pages.map(\.title) + [moreBelow, moreAbove]
        return Set(texts.flatMap(words))
    }()

    /// The words of every description on a page.
    static func helpWords(_ page: HelpOverlay.Page) -> Set<Substring> {
        switch page {
        case .keys: return Set(keys.bindings.filter(\.listed).flatMap { words($0.help) })
        case .glyphs: return Set(GlyphLegend.sections.flatMap(\.entries).flatMap { words($0.meaning) })
        }
    }

    @Test(arguments: HelpOverlay.Page.allCases)
    func from100By35EverythingFitsWhole(page: HelpOverlay.Page) {
        #expect(HelpOverlay(keys: Self.keys, theme: .standard, page: page).maximumScroll(in: Self.screen(100, 35)) == 0)
        let rows = Self.overlayText(width: 100, height: 35, page: page)
        let missing = Self.helpWords(page).subtracting(rows.flatMap(Self.words))
        #expect(missing.isEmpty, "not shown at 100×35: \(missing.sorted())")
        #expect(!rows.contains { $0.contains("more below") })
        #expect(rows.contains { $0.contains(page.title) })
    }

    /// In a lesson the keys page has a Lesson section too, and still fits whole at 100×35.
    @Test func theLessonKeysFitWholeAt100By35() {
        let overlay = HelpOverlay(keys: .lesson, theme: .standard, page: .keys)
        #expect(overlay.maximumScroll(in: Self.screen(100, 35)) == 0)
        var buffer = CellBuffer(width: 100, height: 35)
        overlay.draw(in: Self.screen(100, 35), into: &buffer)
        let text = buffer.textLines.joined(separator: "\n")
        #expect(text.contains("Lesson") && text.contains("0:\u{00A0}the first"))
        for binding in KeyTable.lesson.bindings(in: .lesson) where binding.listed {
            #expect(text.contains(binding.help), "not shown: \(binding.help)")
            #expect(text.contains(binding.keyLabel), "not shown: \(binding.keyLabel)")
        }
    }

    @Test(arguments: [(80, 24), (90, 30), (100, 32), (111, 33), (120, 40), (160, 50)])
    func noWordIsCutAtAnySizeOrScroll(width: Int, height: Int) {
        // A description cut at its column's edge, or running into the next column, leaves a fragment
        // ("probabili", "mask") that is no word of any text the overlay draws.
        for page in Self.pages {
            let last = HelpOverlay(keys: Self.keys, theme: .standard, page: page).maximumScroll(in: Self.screen(width, height))
            for scroll in Set([0, last / 2, last]) {
                for (row, text) in Self.overlayText(width: width, height: height, scroll: scroll, page: page).enumerated() {
                    for word in Self.words(text) {
                        let known = Self.vocabulary.contains(word)
                        #expect(known, "'\(word)' in row \(row) at \(width)×\(height), \(page), scroll \(scroll): \(text)")
                    }
                }
            }
        }
    }

    @Test(arguments: HelpOverlay.Page.allCases)
    func atTheMinimumSizeScrollingShowsEveryEntry(page: HelpOverlay.Page) {
        let last = HelpOverlay(keys: Self.keys, theme: .standard, page: page).maximumScroll(in: Self.screen(80, 24))
        #expect(last > 0)
        var shown = Set<Substring>()
        for scroll in 0...last {
            let rows = Self.overlayText(width: 80, height: 24, scroll: scroll, page: page)
            shown.formUnion(rows.flatMap(Self.words))
            #expect(rows.contains { $0.contains(Self.moreAbove) } == (scroll > 0), "scroll \(scroll)")
            #expect(rows.contains { $0.contains(Self.moreBelow) } == (scroll < last), "scroll \(scroll)")
        }
        let missing = Self.helpWords(page).subtracting(shown)
        #expect(missing.isEmpty, "never shown at 80×24: \(missing.sorted())")
        // scrolling past the end shows the end
        #expect(Self.overlayText(width: 80, height: 24, scroll: last + 7, page: page)
                == Self.overlayText(width: 80, height: 24, scroll: last, page: page))
    }

    @Test func tabAndTheHorizontalKeysTurnThePageAndReopeningShowsTheKeys() {
        var model = TestModels.model(width: 100, height: 35)
        let cursor = model.cursor, focus = model.focus
        _ = update(&model, .key(.character("?")))
        #expect(model.helpPage == .keys)
        #expect(TestModels.render(model).textLines.contains { $0.contains(HelpOverlay.Page.keys.title) })
        _ = update(&model, .key(.tab))
        #expect(model.helpPage == .glyphs && model.focus == focus)
        let screen = TestModels.render(model).textLines
        #expect(screen.contains { $0.contains(HelpOverlay.Page.glyphs.title) })
        #expect(screen.contains { $0.contains("Mouse") } && !screen.contains { $0.contains("go to an exact") })
        _ = update(&model, .key(.backTab))
        #expect(model.helpPage == .keys)
        _ = update(&model, .key(.right))
        #expect(model.helpPage == .glyphs && model.cursor == cursor)
        _ = update(&model, .key(.left))
        #expect(model.helpPage == .keys && model.cursor == cursor)
        _ = update(&model, .key(.tab))
        _ = update(&model, .key(.character("?")))
        _ = update(&model, .key(.character("?")))
        #expect(model.showsHelp && model.helpPage == .keys)
    }

    @Test func theVerticalCursorKeysAndTheWheelScrollTheHelpAndNothingElse() {
        var model = TestModels.model(width: 80, height: 24)
        let cursor = model.cursor
        _ = update(&model, .key(.character("?")))
        _ = update(&model, .key(.character("j")))
        #expect(model.helpScroll == 1 && model.cursor == cursor)
        for _ in 0..<20 { _ = update(&model, .key(.character("J"))) }
        let last = HelpOverlay(keys: model.keys, theme: model.theme).maximumScroll(in: Self.screen(80, 24))
        #expect(model.helpScroll == last)
        _ = update(&model, .key(.character("k")))
        #expect(model.helpScroll == last - 1 && model.cursor == cursor)
        let spacing = model.spacing
        _ = update(&model, .mouse(MouseEvent(x: 40, y: 12, kind: .scrollUp)))
        #expect(model.helpScroll == last - 2 && model.spacing == spacing)  // the wheel scrolls, not zooms
        _ = update(&model, .mouse(MouseEvent(x: 40, y: 12, kind: .scrollDown)))
        #expect(model.helpScroll == last - 1)
        _ = update(&model, .key(.character("?")))
        _ = update(&model, .key(.character("?")))
        #expect(model.showsHelp && model.helpScroll == 0)

        var tall = TestModels.model(width: 120, height: 50)
        _ = update(&tall, .key(.character("?")))
        _ = update(&tall, .key(.character("j")))
        #expect(tall.helpScroll == 0)
    }
}
