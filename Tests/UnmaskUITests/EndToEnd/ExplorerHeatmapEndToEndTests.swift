import Foundation
import Testing
import UnmaskTestSupport

/// The heatmap as a user meets it in a real terminal (tmux): a full sticky-chain map with no
/// cell left pending, the jump to the minimum, the go-to prompt, and the 8-colour and mono looks.
@Suite("UI end to end: the heatmap under tmux", .serialized)
struct ExplorerHeatmapEndToEndTests {

    /// sticky-chain at N = 8 (3⁸ sequences, full support): every cell of the TV map is computed,
    /// none pending (·) and none estimated (≈). (How fast is the benchmark's business: this
    /// runs the debug build.)
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end heatmap tests"))
    func stickyChainAtEightStepsLeavesNoCellPending() throws {
        let tmux = try explorer("--target sticky-chain --steps 8")
        try #require(tmux.waitForScreen { $0.contains("Energy E(α; γ)") }.ok)
        try tmux.sendKeys("m", "m")
        let done = try tmux.waitForScreen(timeout: 120) { isSettled($0) && titleLine($0).contains("TV") }
        try #require(done.ok, "the TV map never finished:\n\(done.screen)")
        let map = mapArea(done.screen)
        // The legend's swatches are the only · and ≈ allowed: two of each at most.
        #expect(map.filter { $0 == "·" }.count <= 2, "pending cells left:\n\(done.screen)")
        #expect(map.filter { $0 == "≈" }.count <= 2, "estimated cells:\n\(done.screen)")
        #expect(done.screen.contains("TV="), "the readout shows the cursor's value:\n\(done.screen)")
    }

    /// paper-extremes at N = 3: many schedules sample it exactly (TV = 0); the tie goes to the
    /// least energy under the uniform weight, which is Beta(1, 1), α = sin²(π/2·t) (energy π²).
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end heatmap tests"))
    func theMinimumKeyJumpsToTheTieOfLeastEnergy() throws {
        let tmux = try explorer("--target paper-extremes --steps 3")
        try #require(tmux.waitForScreen { $0.contains("Energy E(α; γ)") }.ok)
        try tmux.sendKeys("m", "m")
        try #require(tmux.waitForScreen { isSettled($0) && titleLine($0).contains("TV") }.ok)
        try tmux.sendKeys("b")
        let jumped = try tmux.waitForScreen(timeout: 10) { $0.contains("a=1.00 b=1.00") }
        #expect(jumped.ok, "the cursor did not reach the minimum:\n\(jumped.screen)")
        #expect(jumped.screen.contains("TV=0"), "\(jumped.screen)")
    }

    /// `:` takes an exact a,b; a malformed one is refused in place and leaves the cursor.
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end heatmap tests"))
    func theGoToPromptMovesTheCursorOrSaysWhy() throws {
        let tmux = try explorer("--steps 3")
        try #require(tmux.waitForScreen { isSettled($0) }.ok)
        try tmux.sendKeys(":", "1.5,0.25", "Enter")
        #expect(try tmux.waitForScreen(timeout: 10) { $0.contains("a=1.50 b=0.25") }.ok)
        try tmux.sendKeys(":", "abc", "Enter")
        let refused = try tmux.waitForScreen(timeout: 10) { $0.contains("✗") }
        #expect(refused.ok && refused.screen.contains("abc"), "no error in place:\n\(refused.screen)")
        #expect(refused.screen.contains("a=1.50 b=0.25"), "the cursor moved:\n\(refused.screen)")
        try tmux.sendKeys("Escape")
        #expect(try tmux.waitForScreen(timeout: 10) { !$0.contains("✗") }.ok)
    }

    /// At 8 colours (TERM=xterm) only the eight ANSI colours are used, and no text or line is
    /// drawn in its own background colour (half blocks, whose two halves may agree, aside).
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end heatmap tests"))
    func eightColoursUseNoInvisibleText() throws {
        let tmux = try explorer("--steps 3", term: "xterm")
        try #require(tmux.waitForScreen { isSettled($0) }.ok)
        let escapes = try tmux.screen(withEscapes: true)
        #expect(!escapes.contains("38;5;") && !escapes.contains("48;5;"), "256-colour codes at 8 colours")
        let invisible = invisibleCharacters(escapes)
        #expect(invisible.isEmpty, "drawn in their background colour: \(invisible.prefix(20))")
    }

    /// `--theme mono` on a 256-colour terminal draws the map in shade glyphs, at least five of
    /// them, never in colour.
    @Test(.enabled(if: TmuxSession.executable != nil, "tmux is not installed: skipping the end-to-end heatmap tests"))
    func monoOnAColourTerminalUsesShades() throws {
        let tmux = try explorer("--steps 3 --theme mono")
        let ready = try tmux.waitForScreen { isSettled($0) }
        try #require(ready.ok)
        let shades = Set(mapArea(ready.screen).filter { "▁▂▃▄▅▆▇█░▒▓".contains($0) })
        #expect(shades.count >= 5, "shades in the map: \(shades.sorted())\n\(ready.screen)")
        #expect(!(try tmux.screen(withEscapes: true)).contains("38;5;"), "colours under mono")
    }

    private func explorer(_ arguments: String, term: String = "xterm-256color") throws -> TmuxSession {
        let binary = try unmaskExecutable().path
        return try TmuxSession(width: 120, height: 40,
                               command: "sh -c 'unset NO_COLOR; TERM=\(term) \"$0\" explore \(arguments); exec sleep 300' \(binary)")
    }

    private func titleLine(_ screen: String) -> String {
        String(screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }

    /// The heatmap panel's rows (below its title, above its axis), left panel only.
    private func mapArea(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        guard let panelEnd = lines.first.flatMap({ $0.firstIndex(of: "┐") }) else { return "" }
        let rows = lines.dropFirst().prefix { !String($0).contains("b↑ a→") }
        return rows.map { String($0.prefix(panelEnd)) }.joined(separator: "\n")
    }

    /// The heatmap panel is drawn and no computation is running.
    private func isSettled(_ screen: String) -> Bool {
        let title = titleLine(screen)
        return (title.contains("Energy") || title.contains("Sampling error")) && screen.contains("b↑ a→")
            && !title.contains("computing") && !title.contains("refining") && !title.contains("%")
    }

    /// Visible characters (not spaces or half blocks) whose foreground equals their background,
    /// from `capture-pane -e` output: SGR 0, 30–37/90–97, 39, 40–47/100–107, 49, 38;5;n, 48;5;n
    /// and 7 (reverse) are followed.
    private func invisibleCharacters(_ escaped: String) -> [Character] {
        var foreground = "default-fg", background = "default-bg", reverse = false
        var found: [Character] = []
        var characters = Array(escaped)[...]
        while let character = characters.popFirst() {
            if character == "\u{1B}", characters.first == "[" {
                characters.removeFirst()
                var parameters = ""
                while let next = characters.first, !next.isLetter { parameters.append(characters.removeFirst()) }
                guard characters.popFirst() == "m" else { continue }
                var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
                if codes.isEmpty { codes = [0] }
                while let code = codes.popFirst() {
                    switch code {
                    case 0: foreground = "default-fg"; background = "default-bg"; reverse = false
                    case 7: reverse = true
                    case 27: reverse = false
                    case 30...37, 90...97: foreground = "c\(code % 10 + (code >= 90 ? 8 : 0))"
                    case 39: foreground = "default-fg"
                    case 40...47, 100...107: background = "c\(code % 10 + (code >= 100 ? 8 : 0))"
                    case 49: background = "default-bg"
                    case 38, 48:
                        if codes.first == 5 {
                            codes.removeFirst()
                            let value = "c\(codes.popFirst() ?? 0)"
                            if code == 38 { foreground = value } else { background = value }
                        }
                    default: break
                    }
                }
                continue
            }
            guard !character.isWhitespace, character != "▀", character != "▄" else { continue }
            let (shown, behind) = reverse ? (background, foreground) : (foreground, background)
            if shown == behind { found.append(character) }
        }
        return found
    }
}
