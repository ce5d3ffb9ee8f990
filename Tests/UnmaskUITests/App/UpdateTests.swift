import Testing
import UnmaskCore
import UnmaskUI

@Suite("UI update: keys, cursor, heatmap generations")
struct UpdateTests {
    @Test func startingRequestsTheFirstHeatmap() throws {
        let model = TestModels.model()
        let request = try! #require(model.heatmap.request)
        #expect(request.generation == 1)
        #expect(request.metric == (try PlaneMetric(.energy, PlaneMetricInputs())))
        #expect(request.grid.a.count == model.layout.mapPixels.columns)
        #expect(request.grid.b.count == model.layout.mapPixels.rows)
        #expect(request.grid.a.min == 0.05)
    }

    @Test func arrowsAndHjklMoveTheCursorByOneGridStep() {
        var model = TestModels.model()
        #expect(model.cursor.readout == "a=0.90 b=0.30")
        for key: Key in [.right, .character("l"), .up, .character("j"), .character("k")] { _ = update(&model, .key(key)) }
        #expect(model.cursor.readout == "a=1.00 b=0.35")
        _ = update(&model, .key(.character("H")))
        #expect(model.cursor.readout == "a=0.75 b=0.35")
    }

    @Test func theWindowScrollsToKeepTheCursorInView() {
        var model = TestModels.model()
        for _ in 0..<100 { _ = update(&model, .key(.left)) }
        for _ in 0..<100 { _ = update(&model, .key(.down)) }
        #expect(model.cursor == BetaPoint(a: 5, b: 5))
        #expect(model.cursorCell! == (0, 0))
        let columns = model.layout.mapPixels.columns
        for _ in 0..<columns { _ = update(&model, .key(.right)) }
        #expect(model.cursor.a == 5 + 5 * columns)
        #expect(model.cursorCell!.i == columns - 1)
        #expect(model.heatmap.request?.grid.a.max == Double(model.cursor.a) / 100)
        for _ in 0..<1000 { _ = update(&model, .key(.character("K"))) }
        #expect(model.cursor.b == BetaLattice.maximum)
    }

    @Test func movingTheCursorNeverRecomputes() {
        var model = TestModels.model()
        let effects = update(&model, .key(.right))
        #expect(effects.isEmpty)
        #expect(model.heatmap.request?.generation == 1)
    }

    @Test func zoomChangesTheSpacingSnapsTheCursorAndCentresTheWindowAndZoomingBackRestoresIt() {
        var model = TestModels.model(options: ExplorerOptions(cursor: BetaPoint(a: 95, b: 35)))
        let effects = update(&model, .key(.character("Z")))
        #expect(model.spacing == 10)
        #expect(model.cursor == BetaPoint(a: 100, b: 40))
        #expect(effects.count == 1)
        guard case let .computeHeatmap(request)? = effects.first else { Issue.record("no request"); return }
        #expect(request.generation == 2)
        #expect(request.grid.a.min == 0.1)
        _ = update(&model, .key(.character("z")))
        _ = update(&model, .key(.character("z")))
        _ = update(&model, .key(.character("z")))
        #expect(model.spacing == 1)
        #expect(model.cursor == BetaPoint(a: 95, b: 35))
        let cell = model.cursorCell!
        #expect(cell.i == model.layout.mapPixels.columns / 2)
        #expect(cell.j == model.layout.mapPixels.rows / 2)
        #expect(model.point(i: cell.i, j: cell.j) == model.cursor)
    }

    @Test func staleResultsAreDropped() {
        var model = TestModels.model()
        let first = model.heatmap.request!
        _ = update(&model, .key(.character("w")))
        let second = model.heatmap.request!
        #expect(second.generation == first.generation + 1)
        let stale = GridSnapshot(generation: first.generation, grid: first.grid,
                                 values: Array(repeating: 1, count: first.grid.cellCount), stride: 1)
        _ = update(&model, .computeFinished(stale))
        #expect(model.heatmap.snapshot == nil)
        let fresh = GridSnapshot(generation: second.generation, grid: second.grid,
                                 values: Array(repeating: 2, count: second.grid.cellCount), stride: 1)
        _ = update(&model, .computeFinished(fresh))
        #expect(model.heatmap.snapshot == fresh)
    }

    @Test func progressiveResultsReplaceEachOther() {
        var model = TestModels.model()
        let request = model.heatmap.request!
        var coarse = Array(repeating: Double.nan, count: request.grid.cellCount)
        coarse[0] = 20
        _ = update(&model, .computeFinished(GridSnapshot(generation: request.generation, grid: request.grid,
                                                         values: coarse, stride: 8)))
        #expect(model.heatmap.snapshot?.isComplete == false)
        #expect(model.heatmap.optimum == 0)
        #expect(model.cursorValue == nil)
        let complete = TestModels.computed(model)
        #expect(complete.heatmap.snapshot?.isComplete == true)
    }

    @Test func theReadoutValueIsTheCursorCell() throws {
        let model = TestModels.computed(TestModels.model(options: ExplorerOptions(cursor: BetaPoint(a: 100, b: 100))))
        let value = try #require(model.cursorValue)
        #expect(abs(value - minimumEnergy) < 1e-9)
        let offOptimum = TestModels.computed(TestModels.model(options: ExplorerOptions(cursor: BetaPoint(a: 200, b: 200))))
        #expect(abs(try #require(offOptimum.cursorValue) - 11.8435) < 1e-3)
    }

    @Test func metricAndStepsChangeTheJob() throws {
        var model = TestModels.model()
        _ = update(&model, .key(.character("m")))
        #expect(model.heatmap.request?.metric == (try PlaneMetric(.discreteEnergy, PlaneMetricInputs(sampler: SamplerConfiguration(schedule: .uniform, steps: 8)))))
        _ = update(&model, .key(.character("+")))
        #expect(model.heatmap.request?.metric == (try PlaneMetric(.discreteEnergy, PlaneMetricInputs(sampler: SamplerConfiguration(schedule: .uniform, steps: 9)))))
        while model.metric != .energy { _ = update(&model, .key(.character("m"))) }
        let generation = model.heatmap.request?.generation
        _ = update(&model, .key(.character("*")))
        #expect(model.steps == 18)
        #expect(model.heatmap.request?.generation == generation, "continuous energy does not depend on N")
    }

    @Test func stepsAndLengthStayInRange() {
        var model = TestModels.model(options: ExplorerOptions(steps: 1, length: 1))
        _ = update(&model, .key(.character("-")))
        _ = update(&model, .key(.character("/")))
        _ = update(&model, .key(.character("<")))
        #expect(model.steps == 1)
        #expect(model.length == 1)
    }

    @Test func zoomingOutAndBackInReturnsTheCursorUntilItMoves() {
        var model = TestModels.model(options: ExplorerOptions(cursor: BetaPoint(a: 37, b: 113)))
        let start = model.cursor
        for key in ["Z", "Z", "Z", "z", "z", "z"] { _ = update(&model, .key(.character(Character(key)))) }
        #expect(model.cursor == start)
        _ = update(&model, .key(.character("Z")))
        _ = update(&model, .key(.right))
        let moved = model.cursor
        _ = update(&model, .key(.character("z")))
        _ = update(&model, .key(.character("Z")))
        #expect(model.cursor == moved)
    }

    /// Shift reverses m, w, t and o: one step forwards and one back is where they started, and
    /// backwards from the first wraps to the last.
    @Test func shiftCyclesBackwards() {
        var model = TestModels.model()
        let metric = model.metric, weight = model.weightIndex, target = model.sampler.targetIndex, order = model.sampler.order
        for (forward, backward) in [("m", "M"), ("w", "W"), ("t", "T"), ("o", "O")] {
            _ = update(&model, .key(.character(Character(forward))))
            _ = update(&model, .key(.character(Character(backward))))
        }
        #expect(model.metric == metric && model.weightIndex == weight)
        #expect(model.sampler.targetIndex == target && model.sampler.order == order)
        _ = update(&model, .key(.character("M")))
        #expect(model.metric == model.metricCycle.last && model.metricCycle.last == .klOrders)  // no scores given
        _ = update(&model, .key(.character("O")))
        #expect(model.sampler.policy == SamplerState.policies.last, "the cycle ends with the adaptive policies")
    }

    @Test func atMostThreePinsOldestFirstOut() {
        var model = TestModels.model()
        for _ in 0..<3 { _ = update(&model, .key(.character("n"))) }
        #expect(model.notice == nil)
        _ = update(&model, .key(.character("n")))
        #expect(model.pins == [MaskSchedule(.sine), MaskSchedule(.cosine), MaskSchedule(.sin2)])
        #expect(model.notice == "pinned sin2; unpinned linear (at most 3 pins)")
        var buffer = CellBuffer(width: model.width, height: model.height)
        view(model, into: &buffer)
        #expect(buffer.textLines.last?.contains("unpinned linear") == true)
        #expect(buffer.textLines.joined().contains("sin2"))
        _ = update(&model, .key(.character("p")))
        #expect(model.pins.last == MaskSchedule(.beta(a: 0.9, b: 0.3)))
        _ = update(&model, .key(.character("x")))
        #expect(model.pins.isEmpty)
    }

    @Test func helpSwallowsOtherKeys() {
        var model = TestModels.model()
        _ = update(&model, .key(.character("?")))
        #expect(model.showsHelp)
        _ = update(&model, .key(.right))
        #expect(model.cursor.readout == "a=0.90 b=0.30")
        _ = update(&model, .key(.escape))
        #expect(!model.showsHelp)
        _ = update(&model, .key(.character("?")))
        #expect(update(&model, .key(.character("q"))) == [.quit])
    }

    @Test func quitSuspendAndRedrawAreEffects() {
        var model = TestModels.model()
        #expect(update(&model, .key(.character("q"))) == [.quit])
        #expect(update(&model, .key(.control("c"))) == [.quit])
        #expect(update(&model, .key(.control("z"))) == [.suspend])
        #expect(update(&model, .key(.control("l"))) == [.redrawAll])
        #expect(update(&model, .resumed) == [.redrawAll])
    }

    @Test func tabCyclesTheFocus() {
        var model = TestModels.model()
        var seen: [Focus] = [model.focus]
        for _ in Focus.allCases {
            _ = update(&model, .key(.tab))
            seen.append(model.focus)
        }
        #expect(seen.first == seen.last)
        #expect(Set(seen) == Set(Focus.allCases))
        _ = update(&model, .key(.backTab))
        #expect(model.focus == Focus.allCases.last)
    }

    @Test func aClickOnTheMapMovesTheCursorThere() {
        var model = TestModels.model()
        let map = model.layout.map
        _ = update(&model, .mouse(MouseEvent(x: map.x + 3, y: map.maxY - 1, kind: .press)))
        #expect(model.cursor == BetaPoint(a: 20, b: 10))
        _ = update(&model, .mouse(MouseEvent(x: map.x, y: map.y, kind: .press)))
        #expect(model.cursor == BetaPoint(a: 5, b: 5 * map.height * 2))
        _ = update(&model, .mouse(MouseEvent(x: model.layout.schedules.x + 2, y: model.layout.schedules.y + 2, kind: .press)))
        #expect(model.focus == .schedules)
        #expect(model.cursor == BetaPoint(a: 5, b: 5 * map.height * 2))
    }

    @Test func tooSmallCancelsAndEnlargingRecomputes() {
        var model = TestModels.model()
        #expect(update(&model, .resize(width: 60, height: 15)) == [.redrawAll, .cancelHeatmap])
        #expect(model.heatmap.request == nil)
        let effects = update(&model, .resize(width: 120, height: 40))
        #expect(effects.count == 2)
        #expect(model.heatmap.request?.grid.a.count == model.layout.mapPixels.columns)
    }
}

@Suite("UI update: the mouse wheel")
struct MouseWheelTests {
    @Test func theWheelOverTheMapZooms() {
        var model = TestModels.model()
        let map = model.layout.map
        _ = update(&model, .mouse(MouseEvent(x: map.x + 1, y: map.y + 1, kind: .scrollUp)))
        #expect(model.spacing == 2)
        _ = update(&model, .mouse(MouseEvent(x: map.x + 1, y: map.y + 1, kind: .scrollDown)))
        _ = update(&model, .mouse(MouseEvent(x: map.x + 1, y: map.y + 1, kind: .scrollDown)))
        #expect(model.spacing == 10)
        _ = update(&model, .mouse(MouseEvent(x: 0, y: model.height - 1, kind: .scrollDown)))
        #expect(model.spacing == 10, "the wheel elsewhere does nothing")
    }
}
