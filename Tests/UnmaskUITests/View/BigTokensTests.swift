import Testing
import UnmaskCore
import UnmaskUI

/// Big tokens (`B`): every symbol of the built-in targets has a glyph of its own in 3 × 3 cells,
/// the sampler draws them from 120 columns, and narrower screens keep the small tokens and say why.
@Suite("UI sampler: big tokens")
struct BigTokensTests {
    static let symbols: [Character] = {
        var seen: Set<Character> = []
        return ToyTarget.builtIn.flatMap(\.alphabet).filter { seen.insert(Character($0.uppercased())).inserted }
    }()

    @Test func everyBuiltInSymbolHasItsOwnGlyph() {
        var bitmaps: [[String]: Character] = [:]
        for symbol in Self.symbols {
            let rows = BigGlyph(symbol, style: Style()).rows
            #expect(rows.count == BigGlyph.height && rows.allSatisfy { $0.count == BigGlyph.width })
            #expect(rows.joined().allSatisfy { "▀▄█ ".contains($0) }, "\(symbol) has no glyph: \(rows)")
            if let other = bitmaps[rows] { Issue.record("\(symbol) and \(other) look the same") }
            bitmaps[rows] = symbol
        }
        #expect(BigGlyph(nil, style: Style()).rows == ["▒▒▒", "▒▒▒", "▒▒▒"])
        #expect(BigGlyph("?", style: Style()).rows == ["   ", " ? ", "   "])
    }

    @Test func theLetterAIsDrawnInHalfBlocks() {
        #expect(BigGlyph("a", style: Style()).rows == ["▄▀▄", "█▀█", "▀ ▀"])
    }

    private func sampledToTheEnd(width: Int) -> Model {
        var model = TestModels.model(width: width, height: 40, options: ExplorerOptions(steps: 3))
        _ = update(&model, .key(.character("G")))
        _ = update(&model, .key(.character("B")))
        return model
    }

    @Test func fromOneHundredTwentyColumnsTheSamplerDrawsThemBig() {
        let model = sampledToTheEnd(width: 120)
        #expect(model.sampler.bigTokens && model.notice == nil)
        let screen = TestModels.render(model)
        let top = model.layout.sampler.y + 2
        let output = model.sampler.target.text(of: model.sampler.trajectory!.output)
        let expected = output.map { BigGlyph($0, style: Style()).rows }
        for row in 0..<BigGlyph.height {
            let line = Array(screen.line(top + row))
            for (index, glyph) in expected.enumerated() {
                let x = model.layout.sampler.x + 1 + index * (BigGlyph.width + 3)
                #expect(String(line[x..<(x + BigGlyph.width)]) == glyph[row], "token \(index + 1), row \(row + 1)")
            }
        }
    }

    @Test func narrowerScreensKeepSmallTokensAndSaySo() {
        let model = sampledToTheEnd(width: 100)
        #expect(model.notice == "big tokens need 120 columns (now 100)")
        let screen = TestModels.render(model)
        let output = model.sampler.target.text(of: model.sampler.trajectory!.output)
        #expect(screen.line(model.layout.sampler.y + 2).hasPrefix("│  \(output.map(String.init).joined(separator: "    "))"))
    }
}
