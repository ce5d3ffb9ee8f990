import Foundation
import Testing
@testable import UnmaskCore
import UnmaskUI

/// The denoiser view (`d`) rendered into a buffer and read back as text, on trajectories built by
/// hand so that every distribution is known without the code under test.
@Suite("UI view: the denoiser's distributions at the masked positions")
struct DenoiserOverlayTests {
    /// A model showing `trajectory` on `target` at `step`, with the denoiser view open.
    static func model(_ target: ToyTarget, _ trajectory: Trajectory, step: Int, width: Int, height: Int) -> Model {
        var options = ExplorerOptions(steps: trajectory.steps.count)
        options.targets = [target]
        var model = TestModels.model(width: width, height: height, options: options)
        model.sampler.trajectory = trajectory
        model.sampler.step = step
        _ = update(&model, .key(.character("d")))
        return model
    }

    /// A step revealing `reveals` (position, token) after `before`; probabilities are not shown here.
    static func step(_ number: Int, after before: [UInt8], _ reveals: [(Int, UInt8)], target: ToyTarget) -> TrajectoryStep {
        var sequence = before
        for (position, token) in reveals { sequence[position] = token }
        return TrajectoryStep(step: number, t: Double(number) / 3, alpha: Double(number) / 3,
                              revealed: reveals.map { Reveal(position: $0.0, token: $0.1, probability: 0) }, sequence: sequence,
                              isValidContext: !target.consistentIndices(with: before).isEmpty,
                              isInSupport: !target.consistentIndices(with: sequence).isEmpty, distributions: nil)
    }

    /// paper-balanced, step 1 reveals aa???, step 2 b at 2, step 3 the rest: aabba.
    static let balanced: Trajectory = {
        let target = ToyTarget.paperBalanced, masked = [UInt8](repeating: maskToken, count: 5)
        let one = step(1, after: masked, [(0, 0), (1, 0)], target: target)
        let two = step(2, after: one.sequence, [(2, 1)], target: target)
        return Trajectory(steps: [one, two, step(3, after: two.sequence, [(3, 1), (4, 0)], target: target)])
    }()

    /// A box line: the content between the borders, padded to the inner width.
    static func boxed(_ content: String, width: Int) -> String {
        "│" + content.padding(toLength: width - 2, withPad: " ", startingAt: 0) + "│"
    }

    /// Given aa??? the support leaves aabbb, aaabb, aabab, aabba (two or three a's), so each of
    /// positions 2, 3, 4 is a with probability 1/4 and b with 3/4: bars of 36 and 12 eighths of
    /// a 6-cell bar. Step 2 drew b at 2. The box sits just above the sampler panel at both sizes.
    @Test(arguments: [(80, 24), (120, 40)])
    func handComputedDistributionsAfterTwoAs(width: Int, height: Int) throws {
        let model = Self.model(.paperBalanced, Self.balanced, step: 2, width: width, height: height)
        let screen = TestModels.render(model)
        let bottom = model.layout.sampler.y - 1
        let lines = (bottom - 5...bottom).map { screen.line($0) }
        #expect(lines[0].hasPrefix("┌ Denoiser of step 2 · d or Esc closes ─") && lines[0].hasSuffix("─┐"))
        #expect(Array(lines[1...4]) == [
            "step 2 drew from q(value at @i | aa???); ▸ the values drawn",
            "@2 ▸b ████▌  0.75   a █▌     0.25",
            "@3  b ████▌  0.75   a █▌     0.25",
            "@4  b ████▌  0.75   a █▌     0.25",
        ].map { Self.boxed($0, width: width) })
        #expect(lines[5] == "└" + String(repeating: "─", count: width - 2) + "┘")
        #expect(screen.line(bottom - 6).hasPrefix("│"), "the heatmap panel shows above the box")
        #expect(screen.line(model.layout.sampler.y).hasPrefix("┌ Sampler · paper-balanced"), "the sampler panel is intact")
        #expect(screen.line(model.layout.sampler.y + 2).contains("step 2/3"))
    }

    /// Before step 1 is shown, the view says what step 1 will draw from: with nothing revealed each
    /// position is a in 10 of the 20 sequences (4 of the 10 with two a's, 6 of the 10 with three),
    /// a tie broken in alphabet order, and nothing is marked.
    @Test func atTheStartStepOneWillDraw() {
        let model = Self.model(.paperBalanced, Self.balanced, step: 0, width: 80, height: 24)
        let screen = TestModels.render(model)
        let bottom = model.layout.sampler.y - 1
        #expect((bottom - 6...bottom - 1).map { screen.line($0) } == [
            "step 1 will draw from q(value at @i | ?????)",
            "@0  a ███    0.50   b ███    0.50",
            "@1  a ███    0.50   b ███    0.50",
            "@2  a ███    0.50   b ███    0.50",
            "@3  a ███    0.50   b ███    0.50",
            "@4  a ███    0.50   b ███    0.50",
        ].map { Self.boxed($0, width: 80) })
    }

    /// paper-extremes after ??ba?: no sequence agrees, so step 2 draws uniformly and says so.
    @Test func outsideTheSupportTheDrawsAreUniform() {
        let target = ToyTarget.paperExtremes, masked = [UInt8](repeating: maskToken, count: 5)
        let one = Self.step(1, after: masked, [(2, 1), (3, 0)], target: target)
        let two = Self.step(2, after: one.sequence, [(1, 1)], target: target)
        let model = Self.model(target, Trajectory(steps: [one, two]), step: 2, width: 80, height: 24)
        let screen = TestModels.render(model)
        let bottom = model.layout.sampler.y - 1
        #expect((bottom - 4...bottom - 1).map { screen.line($0) } == [
            "no target sequence agrees with ??ba?: step 2 draws uniformly",
            "@0  a ███    0.50   b ███    0.50",
            "@1  a ███    0.50  ▸b ███    0.50",
            "@4  a ███    0.50   b ███    0.50",
        ].map { Self.boxed($0, width: 80) })
    }

    /// words with nothing revealed: position i takes letter v with probability (words with v at
    /// i) / 600, counted here from the word list. Each row shows the most probable letters first
    /// (ties in alphabet order), as many as fit, and `+k more` for the other letters that occur.
    @Test(arguments: [(80, 24, 4), (120, 40, 6)])
    func manyValuesAreCutMostProbableFirst(width: Int, height: Int, fitting: Int) throws {
        let target = ToyTarget.words, masked = [UInt8](repeating: maskToken, count: 5)
        let one = Self.step(1, after: masked, [], target: target)
        let model = Self.model(target, Trajectory(steps: [one]), step: 0, width: width, height: height)
        let screen = TestModels.render(model)
        let first = model.layout.sampler.y - 1 - 5
        for position in 0..<5 {
            var counts: [Character: Int] = [:]
            for word in target.sequences { counts[target.alphabet[Int(word[position])], default: 0] += 1 }
            let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            let line = screen.line(first + position)
            #expect(line.hasPrefix("│@\(position) ") && line.hasSuffix("│") && line.count == width)
            let shown = entries(in: line)
            #expect(shown.map(\.letter) == ranked.prefix(fitting).map(\.key), "\(line)")
            // Two decimals of count/600; the sums over the support may round 0.135 either way.
            for (entry, count) in zip(shown, ranked.prefix(fitting).map(\.value)) {
                #expect(abs(try #require(Double(entry.probability)) - Double(count) / 600) <= 0.005 + 1e-9)
            }
            #expect(line.contains("+\(counts.count - fitting) more"), "\(line)")
        }
    }

    /// The (letter, probability text) pairs of a row, left to right: a letter, a blank, six cells
    /// of bar, a blank and the probability.
    private func entries(in line: String) -> [(letter: Character, probability: String)] {
        let characters = Array(line)
        return characters.indices.compactMap { index -> (Character, String)? in
            guard index + 13 <= characters.count, characters[index].isLetter, characters[index + 1] == " ",
                  characters[index + 8] == " ", characters[index + 2..<index + 8].allSatisfy({ "█▉▊▋▌▍▎▏ ".contains($0) }),
                  characters[index + 2] != " " else { return nil }
            return (characters[index], String(characters[index + 9..<index + 13]))
        }
    }

    /// addition (a+b=cc, uniform over the 100 pairs): with nothing revealed the first digit is
    /// each of 0…9 with probability 1/10, a ten-way tie in digit order of which 4 fit at 80
    /// columns. Step 1 drew 9 there: it takes the last place, and 6 others are left out.
    @Test func theDrawnValueIsShownEvenBelowTheCut() throws {
        let target = ToyTarget.addition, nine = try #require(target.tokens(of: "9")?.first)
        let one = Self.step(1, after: [UInt8](repeating: maskToken, count: 6), [(0, nine)], target: target)
        let model = Self.model(target, Trajectory(steps: [one]), step: 1, width: 80, height: 24)
        let screen = TestModels.render(model)
        let first = model.layout.sampler.y - 1 - 6
        #expect(screen.line(first) == Self.boxed("@0  0 ▋      0.10   1 ▋      0.10   2 ▋      0.10  ▸9 ▋      0.10  +6 more", width: 80))
        #expect(screen.line(first + 2) == Self.boxed("@2  0 ▋      0.10   1 ▋      0.10   2 ▋      0.10   3 ▋      0.10  +6 more", width: 80))
    }

    /// More masked positions than rows: the last row says how many are not shown. At 80×24 the
    /// box has 13 rows: 2 borders, the first line, 9 positions and the note for the other 3 of 12.
    @Test func morePositionsThanRowsAreCounted() {
        let ab: [UInt8] = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]
        let target = ToyTarget(name: "long", summary: "two sequences of length 12", alphabet: ["a", "b"],
                               weighted: [(ab, 1), (ab.map { 1 - $0 }, 1)])
        let one = Self.step(1, after: [UInt8](repeating: maskToken, count: 12), [], target: target)
        let model = Self.model(target, Trajectory(steps: [one]), step: 0, width: 80, height: 24)
        let screen = TestModels.render(model)
        #expect(screen.line(0).hasPrefix("┌ Denoiser of step 1"))
        #expect(screen.line(2) == Self.boxed("@0   a ███    0.50   b ███    0.50", width: 80))
        #expect(screen.line(10) == Self.boxed("@8   a ███    0.50   b ███    0.50", width: 80))
        #expect(screen.line(11) == Self.boxed("… 3 more masked positions (a taller terminal shows them)", width: 80))
        #expect(screen.line(13).hasPrefix("┌ Sampler · long"))
    }

    /// The box covers the lower heatmap rows: a click or the wheel there leaves the hidden
    /// cursor and zoom alone; above the box the heatmap still takes the click.
    @Test func theMouseOverTheViewDoesNotReachTheHeatmap() throws {
        var model = TestModels.model()
        _ = update(&model, .key(.character("d")))
        let box = try #require(DenoiserOverlay.box(in: model.layout.aboveSampler, masked: 5))
        let map = model.layout.map
        try #require(box.contains(x: map.x + 3, y: map.maxY - 1) && !box.contains(x: map.x + 3, y: map.y), "fixture")
        let cursor = model.cursor, spacing = model.spacing
        _ = update(&model, .mouse(MouseEvent(x: map.x + 3, y: map.maxY - 1, kind: .press)))
        _ = update(&model, .mouse(MouseEvent(x: map.x + 3, y: map.maxY - 1, kind: .scrollUp)))
        #expect(model.cursor == cursor && model.spacing == spacing)
        _ = update(&model, .mouse(MouseEvent(x: map.x + 3, y: map.y, kind: .press)))
        #expect(model.cursor != cursor)
    }

    /// `d` toggles the view; Esc closes the help first, then the view.
    @Test func theKeysOpenAndCloseIt() {
        var model = TestModels.model()
        #expect(!model.sampler.showsDenoiser)
        _ = update(&model, .key(.character("d")))
        #expect(model.sampler.showsDenoiser)
        #expect(TestModels.render(model).textSnapshot.contains("Denoiser of step 1"))
        _ = update(&model, .key(.character("?")))
        _ = update(&model, .key(.escape))
        #expect(!model.showsHelp && model.sampler.showsDenoiser)
        _ = update(&model, .key(.escape))
        #expect(!model.sampler.showsDenoiser)
        #expect(!TestModels.render(model).textSnapshot.contains("Denoiser"))
        _ = update(&model, .key(.character("d")))
        _ = update(&model, .key(.character("d")))
        #expect(!model.sampler.showsDenoiser)
    }
}
