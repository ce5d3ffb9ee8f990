import Testing
import UnmaskCore
@testable import UnmaskUI
import UnmaskUITestSupport

/// Switching back to a plane computed before shows it at once: no new request, the same values
/// bit for bit, the same screen.
@Suite("UI plane cache: computed planes are reused")
@MainActor
struct PlaneCacheTests {
    private static func program(_ options: ExplorerOptions = ExplorerOptions(), width: Int = 80, height: Int = 24)
        -> (Program, ManualHeatmapComputer) {
        let computer = ManualHeatmapComputer()
        let model = Model(options: options, width: width, height: height, colorDepth: .none, theme: TestModels.mono)
        let program = Program(model: model, scheduler: ManualScheduler(), computer: computer, host: RecordingHost())
        program.start()
        return (program, computer)
    }

    /// Sends a key and completes the request it made, if any.
    private static func press(_ key: Character, on program: Program, _ computer: ManualHeatmapComputer) {
        let before = computer.requests.count
        program.send(.key(.character(key)))
        if computer.requests.count > before, let request = computer.requests.last { computer.completeNow(request) }
    }

    private static func bits(_ snapshot: GridSnapshot?) -> [UInt64] {
        snapshot?.values.map(\.bitPattern) ?? []
    }

    @Test func switchingBackToAMetricRequestsNothingAndShowsTheSamePlane() throws {
        let (program, computer) = Self.program()
        computer.completeNow(computer.requests[0])
        let energyPlane = Self.bits(program.model.heatmap.snapshot)
        let screen = program.render().textSnapshot
        Self.press("m", on: program, computer)
        #expect(computer.requests.count == 2)
        #expect(program.model.metric == .discreteEnergy)
        program.send(.key(.character("M")))
        #expect(computer.requests.count == 2, "E was computed: no new request")
        #expect(program.model.heatmap.snapshot?.isComplete == true)
        #expect(Self.bits(program.model.heatmap.snapshot) == energyPlane)
        #expect(program.render().textSnapshot == screen)
    }

    /// The case: TV → KL → TV on a sampling-error map.
    @Test func tvThenKlThenTvComputesTvOnce() throws {
        let (program, computer) = Self.program(ExplorerOptions(steps: 3))
        computer.completeNow(computer.requests[0])
        while program.model.metric != .tv { Self.press("m", on: program, computer) }
        let tvPlane = Self.bits(program.model.heatmap.snapshot)
        let requests = computer.requests.count
        Self.press("m", on: program, computer)
        #expect(program.model.metric == .kl)
        #expect(computer.requests.count == requests + 1)
        program.send(.key(.character("M")))
        #expect(program.model.metric == .tv)
        #expect(computer.requests.count == requests + 1, "TV was computed: no new request")
        #expect(Self.bits(program.model.heatmap.snapshot) == tvPlane)
        #expect(tvPlane.contains { !Double(bitPattern: $0).isNaN })
    }

    @Test func weightAndZoomBackAreReusedToo() {
        let (program, computer) = Self.program()
        computer.completeNow(computer.requests[0])
        Self.press("w", on: program, computer)
        #expect(computer.requests.count == 2)
        program.send(.key(.character("W")))
        #expect(computer.requests.count == 2, "the first weight's plane is kept")
        Self.press("z", on: program, computer)
        Self.press("Z", on: program, computer)
        let requests = computer.requests.count
        let zoomedIn = computer.requests[requests - 2]
        program.send(.key(.character("z")))
        #expect(computer.requests.count == requests, "the zoomed-in plane is kept")
        #expect(program.model.heatmap.request == zoomedIn)
    }

    /// A plane interrupted by a switch is not kept; switching to a kept plane while another is
    /// computing cancels that computation.
    @Test func partialPlanesAreComputedAgainAndAHitCancelsTheRunningOne() throws {
        let (program, computer) = Self.program()
        let first = computer.requests[0]
        var coarse = [Double](repeating: .nan, count: first.grid.cellCount)
        coarse[0] = 20
        computer.complete(with: GridSnapshot(generation: first.generation, grid: first.grid, values: coarse, stride: 8))
        program.send(.key(.character("m")))
        program.send(.key(.character("M")))
        #expect(computer.requests.count == 3, "the partial E plane is computed again")
        computer.completeNow(computer.requests[2])
        program.send(.key(.character("m")))
        #expect(computer.requests.count == 4)
        let cancellations = computer.cancellations
        var model = program.model
        #expect(update(&model, .key(.character("M"))) == [.cancelHeatmap])
        program.send(.key(.character("M")))
        #expect(computer.requests.count == 4)
        #expect(computer.cancellations == cancellations + 1)
    }

    /// Least recently used out: of capacity + 1 planes the first stored goes, unless it was
    /// taken (used) since.
    @Test func theCacheKeepsTheMostRecentlyUsedPlanes() throws {
        let grid = ParameterGrid(a: try GridAxis(min: 1, max: 2, count: 2), b: try GridAxis(min: 1, max: 2, count: 2))
        let metrics = try (1...PlaneCache.capacity + 2).map { steps in
            try PlaneMetric(.discreteEnergy, PlaneMetricInputs(sampler: SamplerConfiguration(schedule: .uniform, steps: steps)))
        }
        func plane(_ index: Int) -> HeatmapState {
            var state = HeatmapState()
            state.request = HeatmapRequest(generation: index, grid: grid, metric: metrics[index])
            state.accept(GridSnapshot(generation: index, grid: grid, values: [Double](repeating: Double(index), count: 4), stride: 1))
            return state
        }
        var cache = PlaneCache()
        for index in 0..<PlaneCache.capacity { cache.store(plane(index)) }
        #expect(cache.planes.count == PlaneCache.capacity)
        #expect(cache.take(metrics[0], on: grid)?.snapshot?.values == [0, 0, 0, 0])
        cache.store(plane(PlaneCache.capacity))
        #expect(cache.planes.count == PlaneCache.capacity)
        #expect(cache.take(metrics[1], on: grid) == nil, "the least recently used went")
        #expect(cache.take(metrics[0], on: grid) != nil, "taken since, so kept")
        var partial = HeatmapState()
        partial.request = HeatmapRequest(generation: 99, grid: grid, metric: metrics[PlaneCache.capacity + 1])
        partial.accept(GridSnapshot(generation: 99, grid: grid, values: [1, .nan, .nan, .nan], stride: 2))
        cache.store(partial)
        #expect(cache.take(metrics[PlaneCache.capacity + 1], on: grid) == nil, "an incomplete plane is never shown as done")
        #expect(cache.value(of: metrics[PlaneCache.capacity + 1], at: BetaPoint(a: 100, b: 100)) == HeatmapReading(value: 1),
                "but its computed cells are read")
        #expect(cache.value(of: metrics[PlaneCache.capacity + 1], at: BetaPoint(a: 200, b: 100)) == nil)
    }

    /// An interrupted sampling-error plane is computed again from its own metric, so the cells
    /// its memo has are not evaluated again: here the cursor's Monte Carlo estimate, evaluated
    /// for the first request, is known to the second before any of its cells runs.
    @Test func anInterruptedPlaneIsComputedAgainWithItsMemo() throws {
        var model = TestModels.beyondExactEvaluation()
        let first = try #require(model.heatmap.request)
        let (a, b) = (model.cursor.aValue, model.cursor.bValue)
        _ = first.metric.value(a: a, b: b)
        #expect(first.metric.estimate(a: a, b: b) != nil, "confidence order on words is beyond exact evaluation")
        _ = update(&model, .key(.character("m")))
        _ = update(&model, .key(.character("M")))
        let second = try #require(model.heatmap.request)
        #expect(second.generation > first.generation)
        #expect(second.metric.estimate(a: a, b: b) != nil, "the memo came along")
        #expect(try #require(model.planeMetric).estimate(a: a, b: b) == nil, "a metric made afresh knows no cell")
    }
}

@Suite("UI heatmap progress: the title's percentage of cells done")
@MainActor
struct HeatmapProgressTests {
    private static func title(_ model: Model) -> String {
        TestModels.render(model).line(0)
    }

    @Test func theTitleShowsThePercentageAndDropsStaleCounts() throws {
        var model = TestModels.model()
        let request = try #require(model.heatmap.request)
        let cells = request.grid.cellCount
        #expect(Self.title(model).contains("Energy E(α; γ) · 0% · γ=uniform"))
        _ = update(&model, .computeProgress(generation: request.generation, cellsDone: cells / 4))
        #expect(Self.title(model).contains(" · \(100 * (cells / 4) / cells)% · "))
        _ = update(&model, .computeProgress(generation: request.generation - 1, cellsDone: cells - 1))
        #expect(Self.title(model).contains(" · \(100 * (cells / 4) / cells)% · "), "a count of another generation is stale")
        // A delivered pass counts its cells: at stride 1 of 2 every other point each way.
        let half = GridSnapshot(generation: request.generation, grid: request.grid,
                                values: [Double](repeating: .nan, count: cells), stride: 2)
        _ = update(&model, .computeFinished(half))
        let passCells = ((request.grid.a.count + 1) / 2) * ((request.grid.b.count + 1) / 2)
        #expect(Self.title(model).contains(" · \(100 * passCells / cells)% · "))
        let complete = TestModels.computed(model)
        #expect(!Self.title(complete).contains("%"))
    }

    @Test func theProgramPassesTheComputersCountsOn() throws {
        let computer = ManualHeatmapComputer(), host = RecordingHost()
        let model = Model(options: ExplorerOptions(), width: 80, height: 24, colorDepth: .none, theme: TestModels.mono)
        let program = Program(model: model, scheduler: ManualScheduler(), computer: computer, host: host)
        program.start()
        let cells = try #require(computer.requests.first).grid.cellCount
        computer.report(cellsDone: cells / 2)
        #expect(program.render().line(0).contains(" · \(100 * (cells / 2) / cells)% · "))
        #expect(host.redraws == 2)
    }

    /// Sampling-error titles keep metric, progress, target and N at 80 columns and cut the rest
    /// with `…`.
    @Test func samplingErrorTitlesStayReadableAt80Columns() {
        var model = TestModels.model(options: ExplorerOptions(steps: 3))
        while model.metric != .tv { _ = update(&model, .key(.character("m"))) }
        let top = Self.title(model)
        let panel = String(top.prefix(model.layout.heatmap.width))
        #expect(panel.hasPrefix("┌ TV · 0% · paper-extremes · N=3 · "), "\(panel)")
        #expect(panel.hasSuffix("┐"))
        #expect(panel.contains("…"))
        let wide = TestModels.model(width: 200, height: 50, options: ExplorerOptions(steps: 3))
        var wideModel = wide
        while wideModel.metric != .tv { _ = update(&wideModel, .key(.character("m"))) }
        #expect(Self.title(wideModel).contains("Sampling error TV · 0% · paper-extremes · N=3 · random, cumulative"))
    }

    /// One report per whole percent: 250 cells give 100 reports, the last at 250.
    @Test func theCounterReportsEachNewPercentOnce() {
        let counter = CellProgressCounter(total: 250)
        let reports = (0..<250).compactMap { _ in counter.increment() }
        #expect(reports.count == 100)
        #expect(reports.last == 250)
        #expect(reports.first == 3, "⌊100·3/250⌋ = 1 is the first whole percent")
    }
}
