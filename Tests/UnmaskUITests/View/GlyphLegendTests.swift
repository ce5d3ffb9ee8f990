import Testing
import UnmaskCore
import UnmaskUI

/// The help's glyph page names every symbol the explorer draws: screens in many states (each
/// metric, pending and computed, pins, the sampler midway, the denoiser view, with and without
/// colour) are rendered and every graphic glyph on them is looked up in `GlyphLegend`.
@Suite("UI help: every glyph drawn is explained")
struct GlyphLegendTests {
    /// The glyphs a label stands for: its space-separated characters, where `x … y` is every code
    /// point from x to y (either way round).
    static func glyphs(of label: String) -> Set<Character> {
        let parts = label.split(separator: " ").map(String.init)
        var glyphs = Set<Character>()
        for (index, part) in parts.enumerated() {
            if part == "…", index > 0, index + 1 < parts.count,
               let from = parts[index - 1].unicodeScalars.first?.value, let to = parts[index + 1].unicodeScalars.first?.value {
                for value in Swift.min(from, to)...Swift.max(from, to) { glyphs.insert(Character(Unicode.Scalar(value)!)) }
            } else {
                glyphs.formUnion(part)
            }
        }
        return glyphs
    }

    static let explained: Set<Character> = GlyphLegend.sections.flatMap(\.entries).reduce(into: []) { $0.formUnion(glyphs(of: $1.glyphs)) }

    /// Symbols rather than text: block elements, geometric shapes, the diagonal and heavy box
    /// lines, braille, and the glyphs the heatmap draws for 0, +∞ and estimates.
    static func isGraphic(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value else { return false }
        return (0x2580...0x25FF).contains(scalar) || (0x2571...0x2573).contains(scalar) || scalar == 0x2501
            || (0x2800...0x28FF).contains(scalar) || character == "≈"
    }

    static func isExplained(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first?.value, (0x2800...0x28FF).contains(scalar) else {
            return explained.contains(character)
        }
        // braille is one family: any dot pattern is a curve
        return explained.contains { ($0.unicodeScalars.first?.value).map { (0x2800...0x28FF).contains($0) } ?? false }
    }

    /// Screens in the states a session goes through, at two colour depths.
    static func screens() -> [(String, CellBuffer)] {
        var screens: [(String, CellBuffer)] = []
        for depth in [ColorDepth.none, .palette256] {
            let options = ExplorerOptions(pins: [MaskSchedule(.beta(a: 1.5, b: 1.5)), MaskSchedule(.linear)])
            var model = TestModels.model(width: 120, height: 40, options: options, depth: depth)
            screens.append(("pending, \(depth)", TestModels.render(model)))
            for metric in 0..<5 {
                let computed = TestModels.computed(model)
                screens.append(("metric \(metric), \(depth)", TestModels.render(computed)))
                _ = update(&model, .key(.character("m")))
            }
            model = TestModels.computed(model)
            for _ in 0..<3 { _ = update(&model, .key(.character("."))) }
            screens.append(("sampler at step 3, \(depth)", TestModels.render(model)))
            _ = update(&model, .key(.character("c")))
            screens.append(("coloured by probability, \(depth)", TestModels.render(model)))
            _ = update(&model, .key(.character("d")))
            screens.append(("denoiser view, \(depth)", TestModels.render(model)))
            _ = update(&model, .key(.character("d")))
            _ = update(&model, .key(.character(" ")))
            screens.append(("playing, \(depth)", TestModels.render(model)))
            var scoreOptions = options
            scoreOptions.scoreSets = [MeasuredScores(task: "gsm8k", steps: 8, metric: "acc", cells: [
                .init(a: 0.9, b: 0.3, score: 19.9, stderr: 0.35), .init(a: 0.3, b: 0.9, score: 11.5, stderr: nil),
            ])]
            scoreOptions.startsOnScore = true
            let scores = TestModels.model(width: 120, height: 40, options: scoreOptions, depth: depth)
            screens.append(("measured scores pending, \(depth)", TestModels.render(scores)))
            screens.append(("measured scores, \(depth)", TestModels.render(TestModels.computed(scores))))
        }
        return screens
    }

    @Test func everyGraphicGlyphOnScreenIsInTheLegend() {
        var seen = Set<Character>()
        for (state, buffer) in Self.screens() {
            let drawn = Set(buffer.textLines.joined().filter(Self.isGraphic))
            seen.formUnion(drawn)
            let unexplained = drawn.filter { !Self.isExplained($0) }
            #expect(unexplained.isEmpty, "\(state): \(unexplained.sorted()) drawn but not in the help's glyph page")
        }
        // the states above do draw the glyphs the issue names
        #expect(Set("▶▲◆╱▀▒").isSubset(of: seen), "seen: \(seen.sorted())")
        #expect(seen.contains("○") && seen.contains("▁") && seen.contains("░"))
    }

    @Test func theLegendNamesTheHeatmapsOwnGlyphsAndTheMouse() {
        for glyph in ["○", "╱", "·", "░", "≈", "◆", "▶ ▲", "▒", "×"] {
            #expect(GlyphLegend.sections.flatMap(\.entries).contains { $0.glyphs.contains(glyph) }, "\(glyph)")
        }
        let mouse = GlyphLegend.mouse.entries.map(\.meaning).joined(separator: " ")
        for word in ["heatmap", "cursor", "focus", "zoom", "scroll"] { #expect(mouse.contains(word)) }
        // ■ is drawn nowhere, so the help does not mention it
        #expect(!Self.explained.contains("■"))
    }

    @Test func rangeLabelsExpand() {
        #expect(Self.glyphs(of: "▁ … █") == Set("▁▂▃▄▅▆▇█"))
        #expect(Self.glyphs(of: "▏ … █") == Set("▏▎▍▌▋▊▉█"))
        #expect(Self.glyphs(of: "▶ ▲") == Set("▶▲"))
    }
}
