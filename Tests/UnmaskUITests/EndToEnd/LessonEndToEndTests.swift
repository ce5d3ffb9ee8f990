import Foundation
import Testing
import UnmaskTestSupport
import UnmaskUI

/// A bundled lesson driven in a real terminal (tmux) the way a clicker drives it: PgDn through
/// every slide and answer, checking the narration box and the explorer's state (cursor, N, L,
/// pins) on each, an audience change undone by the next slide, PgUp back to the first, and quit.
@Suite("UI end to end: a lesson under tmux", .serialized)
struct LessonEndToEndTests {
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end lesson test"))
    func pageDownAndPageUpThroughLessonOne() throws {
        let lesson = try ShippedLessons.load("1-mask-schedules")
        let binary = try unmaskExecutable().path
        let tmux = try TmuxSession(width: 120, height: 40,
                                   command: "sh -c 'unset NO_COLOR; TERM=xterm-256color \"$0\" lesson 1-mask-schedules; echo EXIT=$?; exec sleep 300' \(binary)")
        var slide = 0, revealed = false
        while true {
            let current = lesson.slides[slide]
            let state = lesson.state(atSlide: slide, revealed: revealed).over(.defaults)
            let cursor = try #require(state.cursor)
            let expected = [
                "\(slide + 1)/\(lesson.slides.count) · \(current.title)",
                String(format: "a=%.2f b=%.2f", Double(cursor.a) / 100, Double(cursor.b) / 100),
                "N=\(state.steps!) L=\(state.length!)",
            ] + current.text.prefix(1) + (revealed ? current.answer.prefix(1) : [])
              + (state.pins ?? []).map { " \($0.description)" }
            let shown = try tmux.waitForScreen(timeout: 15) { screen in expected.allSatisfy { screen.contains($0) } }
            #expect(shown.ok, "slide \(slide + 1)\(revealed ? " (answer)" : ""): expected \(expected)\n\(shown.screen)")
            if slide == 1 && !revealed {
                try tmux.sendKeys("+")
                #expect(try tmux.waitForScreen(timeout: 10) { $0.contains("N=\(state.steps! + 1) L=") }.ok)
            }
            if slide == lesson.slides.count - 1 && (revealed || !current.isQuestion) { break }
            try tmux.sendKeys("NPage")
            if current.isQuestion && !revealed { revealed = true } else { slide += 1; revealed = false }
        }
        for _ in lesson.slides { try tmux.sendKeys("PPage") }
        let first = try tmux.waitForScreen(timeout: 15) { $0.contains("1/\(lesson.slides.count) · \(lesson.slides[0].title)") }
        #expect(first.ok, "PgUp did not come back to slide 1:\n\(first.screen)")
        try tmux.sendKeys("q")
        let exited = try tmux.waitForScreen { $0.contains("EXIT=") }
        #expect(exited.screen.contains("EXIT=0"), "\(exited.screen)")
    }
}
