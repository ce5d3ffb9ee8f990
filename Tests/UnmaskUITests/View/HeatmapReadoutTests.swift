import Testing
import UnmaskCore
@testable import UnmaskUI

/// The readout under the heatmap: every metric known at the cursor, and the pins with their
/// energies; the pins' markers on the map.
@Suite("UI view: the heatmap readout and the pins")
struct HeatmapReadoutTests {
    private static func readoutLines(_ model: Model) -> [String] {
        let screen = TestModels.render(model)
        let rect = model.layout.readout
        return (rect.y..<rect.maxY).map { row in
            String(screen.line(row).dropFirst(rect.x).prefix(rect.width))
        }
    }

    /// The plane's value at the cursor.
    private static func value(at point: BetaPoint, in model: Model) throws -> Double {
        try #require(model.heatmap.reading(at: point)).value
    }

    /// Moves to `kind` with `m` and computes its plane.
    private static func computed(_ kind: PlaneMetric.Kind, from model: Model) -> Model {
        var model = model
        while model.metric != kind { _ = update(&model, .key(.character("m"))) }
        return TestModels.computed(model)
    }

    @Test func everyComputedMetricAtTheCursorIsShown() throws {
        var model = TestModels.model(width: 120, height: 40, options: ExplorerOptions(cursor: BetaPoint(a: 100, b: 100), steps: 3))
        model = Self.computed(.tv, from: model)
        let tv = try Self.value(at: model.cursor, in: model)
        model = Self.computed(.kl, from: model)
        let kl = try Self.value(at: model.cursor, in: model)
        let schedule = MaskSchedule(.beta(a: 1, b: 1))
        let e = energy(of: schedule, weight: .uniform), eN = discreteEnergy(of: schedule, weight: .uniform, steps: 3)
        #expect(abs(e - minimumEnergy) < 1e-9, "Beta(1, 1) is the optimum of the uniform weight")
        let first = Self.readoutLines(model)[0]
        #expect(first.hasPrefix("a=1.00 b=1.00  KL=\(NumberFormat.readout(kl)) "), "the current metric first: \(first)")
        for part in ["E=\(NumberFormat.readout(e))", "E_N=\(NumberFormat.readout(eN))", "TV=\(NumberFormat.readout(tv))"] {
            #expect(first.contains(part), "\(part) in \(first)")
        }
        #expect(!first.contains("invalid"), "invalid mass was never computed: left out")
        _ = update(&model, .key(.character("w")))
        let afterWeight = Self.readoutLines(model)[0]
        #expect(afterWeight.contains("TV=\(NumberFormat.readout(tv))"), "the sampling errors do not read the weight")
        let weighted = energy(of: schedule, weight: model.weight)
        #expect(afterWeight.contains("E=\(NumberFormat.readout(weighted))"), "E is recomputed under the new weight")
    }

    /// Beta pins (linear is Beta(½, ½)) get their number on the map; every pin is listed with its
    /// energy, and a Beta pin with the current sampling error off the plane.
    @Test func pinsAreMarkedAndListedWithTheirEnergies() throws {
        let pins = [MaskSchedule(.linear), MaskSchedule(.cosine), MaskSchedule(.beta(a: 2, b: 2))]
        var model = TestModels.model(width: 120, height: 40, options: ExplorerOptions(pins: pins, steps: 3))
        model = TestModels.computed(model)
        let screen = TestModels.render(model)
        let map = model.layout.map
        func glyph(a: Int, b: Int) -> Character {
            let i = (a - model.origin.a) / model.spacing, j = (b - model.origin.b) / model.spacing
            return screen[map.x + i, map.maxY - 1 - j / 2].grapheme
        }
        #expect(glyph(a: 50, b: 50) == "1")
        #expect(glyph(a: 200, b: 200) == "3")
        let mapText = (map.y..<map.maxY).map { String(screen.line($0).dropFirst(map.x).prefix(map.width)) }.joined()
        #expect(!mapText.contains("2"), "cosine is not a Beta schedule: no marker")
        let lines = Self.readoutLines(model)
        let energies = pins.map { NumberFormat.readout(energy(of: $0, weight: .uniform)) }
        #expect(lines[1].contains("1 linear E=\(energies[0])"), "\(lines)")
        #expect(lines.joined().contains("2 cosine E=\(energies[1])"), "\(lines)")
        #expect(lines.joined().contains("3 \(pins[2].description) E=\(energies[2])"), "\(lines)")
        model = Self.computed(.tv, from: model)
        let tvAtLinear = try Self.value(at: BetaPoint(a: 50, b: 50), in: model)
        let listed = Self.readoutLines(model).joined()
        #expect(listed.contains("1 linear E=\(energies[0]) TV=\(NumberFormat.readout(tvAtLinear))"), "\(listed)")
        #expect(listed.contains("2 cosine E=\(energies[1])  "), "no TV for a pin off the plane: \(listed)")
    }

    /// At 80×24 the readout is one row inside the panel: a pin that does not fit drops its
    /// name, what still does not fit is left out, marked `…`, and the panel's border stays whole.
    @Test func atTheSmallestScreenTheReadoutFitsItsRow() {
        let pins = [MaskSchedule(.linear), MaskSchedule(.cosine)]
        let model = TestModels.computed(TestModels.model(options: ExplorerOptions(pins: pins)))
        #expect(model.layout.readout.height == 1)
        let screen = TestModels.render(model)
        let row = screen.line(model.layout.readout.y)
        #expect(row.hasPrefix("│a=0.90 b=0.30  E=+∞ E_N="))
        let panel = String(row.prefix(model.layout.heatmap.width))
        #expect(panel.last == "│")
        #expect(panel.contains("  1 E=\(NumberFormat.readout(energy(of: pins[0], weight: .uniform)))"), "\(row)")
        #expect(panel.contains("…"), "cosine did not fit: \(row)")
    }

    /// Items flow onto the next row when one does not fit, a pin starts a row of its own where
    /// there is one, and the last row ends in `…` when items are left out.
    @Test func itemsFlowOntoTheRowsThereAre() {
        let items = ["aaaa", "bbb", "cc"].map { HeatmapReadout.Item(text: $0, style: Style()) }
            + [HeatmapReadout.Item(text: "pin", style: Style(), gap: 2, startsRow: true)]
        var buffer = CellBuffer(width: 8, height: 3)
        HeatmapReadout(items: items).draw(in: buffer.bounds, into: &buffer)
        #expect(buffer.textLines == ["aaaa bbb", "cc", "pin"])
        var short = CellBuffer(width: 8, height: 1)
        HeatmapReadout(items: items).draw(in: short.bounds, into: &short)
        #expect(short.textLines == ["aaaa bbb"], "cc would need a tenth column: left out")
        var wider = CellBuffer(width: 10, height: 1)
        HeatmapReadout(items: items).draw(in: wider.bounds, into: &wider)
        #expect(wider.textLines == ["aaaa bbb …"])
        let shortened = [HeatmapReadout.Item(text: "aaaa", style: Style()),
                         HeatmapReadout.Item(text: "1 long name", style: Style(), short: "1 x", gap: 2)]
        var row = CellBuffer(width: 10, height: 1)
        HeatmapReadout(items: shortened).draw(in: row.bounds, into: &row)
        #expect(row.textLines == ["aaaa  1 x"])
    }

    /// A lesson's question hides the numbers that would answer it: until PgDn reveals the answer
    /// the readout says `E=?` and names the pins without their values; then it shows them all.
    @Test func aQuestionHidesTheValuesUntilItsAnswer() {
        let question = Lesson.Slide(title: "Question", text: ["Is linear's energy finite?"], answer: ["No, +∞."],
                                    state: { var s = SlideState(); s.cursor = BetaPoint(a: 100, b: 100); s.pins = [MaskSchedule(.linear)]; return s }())
        var options = ExplorerOptions(steps: 3)
        options.start(Lesson(name: "t", title: "Test", slides: [question]))
        var model = TestModels.model(width: 120, height: 40, options: options)
        #expect(model.concealsReadings)
        let hidden = Self.readoutLines(model).joined(separator: "\n")
        #expect(hidden.hasPrefix("a=1.00 b=1.00  E=? (values come with the answer)"), "\(hidden)")
        #expect(hidden.contains("1 linear") && !hidden.contains("+∞") && !hidden.contains("9.870"), "\(hidden)")
        model = TestModels.computed(model)
        let bar = model.layout.colorBar
        let labels = { (model: Model) -> String in
            let screen = TestModels.render(model)
            return (bar.y..<bar.maxY).map { String(screen.line($0).dropFirst(bar.x + 4).prefix(bar.width - 4)) }.joined(separator: "|")
        }
        #expect(!labels(model).contains { $0.isNumber }, "the colour bar's value labels are hidden too: \(labels(model))")
        _ = update(&model, .key(.pageDown))
        #expect(!model.concealsReadings)
        let shown = Self.readoutLines(model).joined(separator: "\n")
        #expect(shown.hasPrefix("a=1.00 b=1.00  E=9.870") && shown.contains("1 linear E=+∞"), "\(shown)")
        #expect(labels(model).contains { $0.isNumber }, "\(labels(model))")
    }
}
