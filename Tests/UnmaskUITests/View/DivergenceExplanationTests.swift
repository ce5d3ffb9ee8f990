import Testing
import UnmaskCore
import UnmaskUI

@Suite("UI view: why the energy is +∞ at the cursor")
struct DivergenceExplanationTests {
    /// At (0.5, 0.5), the linear schedule, both ends diverge under the uniform weight; the line
    /// says so with the rule a, b > ½ and the finite N-step energy.
    @Test func linearUnderTheUniformWeight() {
        let model = TestModels.computed(TestModels.model(width: 100, height: 30, options: ExplorerOptions(cursor: BetaPoint(a: 50, b: 50))))
        #expect(model.cursorValue == .infinity)
        let text = TestModels.render(model).textLines.suffix(3).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains("E = +∞ here"))
        #expect(text.contains("at t = 0 (it needs a > 0.500)"))
        #expect(text.contains("at t = 1 (it needs b > 0.500)"))
        let discrete = discreteEnergy(of: MaskSchedule(.beta(a: 0.5, b: 0.5)), weight: .uniform, steps: model.steps)
        #expect(discrete.isFinite)
        #expect(text.contains(String(format: "%.2f", discrete)))
    }

    @Test func onlyTheDivergentEndIsNamed() {
        let model = TestModels.computed(TestModels.model(width: 100, height: 30, options: ExplorerOptions(cursor: BetaPoint(a: 90, b: 30))))
        #expect(model.cursorValue == .infinity)
        let text = TestModels.render(model).textLines.suffix(3).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text.contains("at t = 1 (it needs b > 0.500)"))
        #expect(!text.contains("at t = 0"))
    }

    @Test func aFiniteEnergyKeepsThePanelsExplanation() {
        let model = TestModels.computed(TestModels.model(width: 100, height: 30, options: ExplorerOptions(cursor: BetaPoint(a: 100, b: 100))))
        #expect(model.cursorValue?.isFinite == true)
        #expect(!TestModels.render(model).textLines.joined().contains("E = +∞ here"))
    }
}
