import Testing
import UnmaskUI

@Suite("UI help overlay: whole descriptions, columns apart")
struct HelpOverlayTests {
    static let keys = KeyTable.explorer
    static let moreText = ["keys — Esc or ? closes", "… enlarge the terminal for the rest"]

    /// The overlay alone, drawn on a blank screen of the given size, as rows of text without the box.
    static func overlayText(width: Int, height: Int) -> [String] {
        var buffer = CellBuffer(width: width, height: height)
        HelpOverlay(keys: keys, theme: .standard).draw(in: Rect(x: 0, y: 0, width: width, height: height), into: &buffer)
        return buffer.textLines.map { String($0.map { "│┌┐└┘─".contains($0) ? " " : $0 }) }
    }

    static func words(_ text: String) -> [Substring] { text.split(separator: " ") }

    /// Every word the overlay may show: help texts, key labels, group titles, its title and overflow line.
    static let vocabulary: Set<Substring> = {
        var texts = keys.bindings.flatMap { [$0.help, $0.keyLabel] }
        texts += KeyTable.Group.allCases.map(\.rawValue) + moreText
        return Set(texts.flatMap(words))
    }()

    @Test func from100By32EveryDescriptionIsShownWhole() {
        let rows = Self.overlayText(width: 100, height: 32)
        let shown = Set(rows.flatMap(Self.words))
        #expect(!rows.joined().contains("enlarge"))
        for binding in Self.keys.bindings {
            for word in Self.words(binding.help) {
                let isShown = shown.contains(word)
                #expect(isShown, "'\(word)' of '\(binding.help)' at 100×32")
            }
        }
    }

    @Test(arguments: [(80, 24), (90, 30), (100, 32), (111, 33), (120, 40), (160, 50)])
    func noWordIsCutAtAnySize(width: Int, height: Int) {
        // A description cut at its column's edge, or running into the next column, leaves a fragment
        // ("probabili", "mask") that is no word of any text the overlay draws.
        let rows = Self.overlayText(width: width, height: height)
        for (row, text) in rows.enumerated() {
            for word in Self.words(text) {
                let known = Self.vocabulary.contains(word)
                #expect(known, "'\(word)' in row \(row) at \(width)×\(height): \(text)")
            }
        }
    }

    @Test func atTheMinimumSizeTheOverflowIsSaid() {
        let rows = Self.overlayText(width: 80, height: 24)
        #expect(rows.contains { $0.contains("… enlarge the terminal for the rest") })
        #expect(rows.contains { $0.contains("Heatmap") } && rows.contains { $0.contains("Schedules and tokens") })
    }
}
