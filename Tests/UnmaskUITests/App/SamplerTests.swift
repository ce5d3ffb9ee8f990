import Testing
import UnmaskCore
import UnmaskUI
import UnmaskUITestSupport

@Suite("UI sampler: trajectory, stepping, playback on an injected clock")
struct SamplerTests {
    private static func model(steps: Int = 3, seed: UInt64 = 1) -> Model {
        TestModels.model(options: ExplorerOptions(steps: steps, seed: seed))
    }

    @Test func aTrajectoryIsSampledWithTheCursorsSchedule() throws {
        let model = Self.model()
        let trajectory = try #require(model.sampler.trajectory)
        #expect(trajectory.steps.count == 3)
        let expected = try sampleTrajectory(of: ToyTarget.builtIn[0], model.samplerConfiguration)
        #expect(trajectory == expected)
        #expect(model.samplerConfiguration.schedule == MaskSchedule(.beta(a: 0.9, b: 0.3)))
        #expect(model.sampler.step == 0)
        #expect(model.sampler.shownSequence.allSatisfy { $0 == maskToken })
    }

    @Test func steppingIsClampedAndStopsPlayback() {
        var model = Self.model()
        for _ in 0..<5 { _ = update(&model, .key(.character("."))) }
        #expect(model.sampler.step == 3)
        #expect(model.sampler.shownSequence == model.sampler.trajectory?.output)
        _ = update(&model, .key(.character(",")))
        #expect(model.sampler.step == 2)
        _ = update(&model, .key(.character("g")))
        #expect(model.sampler.step == 0)
        _ = update(&model, .key(.end))
        #expect(model.sampler.step == 3)
        _ = update(&model, .key(.home))
        _ = update(&model, .key(.character(" ")))
        #expect(model.sampler.playing)
        _ = update(&model, .key(.character(".")))
        #expect(!model.sampler.playing)
    }

    @Test func playbackTicksAdvanceAndStaleTicksAreIgnored() {
        var model = Self.model()
        let effects = update(&model, .key(.character(" ")))
        let token = model.sampler.playToken
        #expect(effects == [.scheduleTick(token: token, after: SamplerState.playInterval)])
        #expect(update(&model, .tick(token: token - 1)).isEmpty)
        #expect(model.sampler.step == 0)
        #expect(update(&model, .tick(token: token)) == [.scheduleTick(token: token, after: SamplerState.playInterval)])
        #expect(model.sampler.step == 1)
        _ = update(&model, .tick(token: token))
        #expect(update(&model, .tick(token: token)).isEmpty, "the last step ends playback")
        #expect(model.sampler.step == 3)
        #expect(!model.sampler.playing)
    }

    @Test @MainActor func theProgramPlaysOnTheManualClock() {
        let scheduler = ManualScheduler()
        let model = Model(options: ExplorerOptions(steps: 3), width: 80, height: 24, colorDepth: .none, theme: TestModels.mono)
        let program = Program(model: model, scheduler: scheduler, computer: ManualHeatmapComputer(), host: RecordingHost())
        program.start()
        program.send(.key(.character(" ")))
        scheduler.advance(by: .milliseconds(599))
        #expect(program.model.sampler.step == 0)
        scheduler.advance(by: .milliseconds(1))
        #expect(program.model.sampler.step == 1)
        program.send(.key(.character(" ")))
        program.send(.key(.character(" ")))
        scheduler.advance(by: .seconds(10))
        #expect(program.model.sampler.step == 3, "the paused playback's tick did not count twice")
        #expect(scheduler.pendingCount == 0)
    }

    @Test func playingAtTheEndStartsOver() {
        var model = Self.model()
        _ = update(&model, .key(.character("G")))
        _ = update(&model, .key(.character(" ")))
        #expect(model.sampler.step == 0)
        #expect(model.sampler.playing)
    }

    @Test func reseedingSamplesAgainDeterministically() {
        var model = Self.model(steps: 2)
        let first = model.sampler.trajectory
        _ = update(&model, .key(.character("s")))
        #expect(model.sampler.seed == 2)
        let other = Self.model(steps: 2, seed: 2)
        #expect(model.sampler.trajectory == other.sampler.trajectory)
        #expect(first != nil)
    }

    @Test func targetsOrdersAndColouringCycle() {
        var model = Self.model()
        _ = update(&model, .key(.character(".")))
        _ = update(&model, .key(.character("t")))
        #expect(model.sampler.target.name == ToyTarget.builtIn[1].name)
        #expect(model.sampler.step == 0)
        #expect(model.sampler.trajectory?.output.count == ToyTarget.builtIn[1].length)
        _ = update(&model, .key(.character("o")))
        #expect(model.sampler.order == .confidence)
        _ = update(&model, .key(.character("c")))
        #expect(model.sampler.coloring == .probability)
    }

    @Test func theSamplingErrorMetricUsesTheSampler() throws {
        var model = Self.model()
        while model.metric != .tv { _ = update(&model, .key(.character("m"))) }
        var configuration = model.samplerConfiguration
        configuration.schedule = .uniform
        #expect(model.heatmap.request?.metric
                == (try PlaneMetric(.tv, PlaneMetricInputs(target: ToyTarget.builtIn[0], sampler: configuration,
                                                           monteCarloSamples: model.monteCarloSamples))))
        let generation = model.heatmap.request?.generation
        _ = update(&model, .key(.right))
        #expect(model.heatmap.request?.generation == generation, "the cursor's schedule is not part of the grid job")
        _ = update(&model, .key(.character("t")))
        #expect(model.heatmap.request?.generation != generation)
    }

    /// Paper Fig. 4: on target A with 3 steps, Beta(0.9, 0.3) reveals at most one token in its
    /// first non-empty step, so the exact sampler is perfect.
    @Test func samplingErrorAtThePapersSchedule() throws {
        var model = Self.model()
        while model.metric != .tv { _ = update(&model, .key(.character("m"))) }
        let computed = TestModels.computed(model)
        #expect(try #require(computed.cursorValue) < 1e-12)
        let screen = TestModels.render(computed)
        #expect(screen.line(computed.layout.readout.y).hasPrefix("│a=0.90 b=0.30  TV=0.000 E=+∞ E_N="))
    }

    @Test func thePanelShowsTheShownStep() {
        var model = Self.model()
        _ = update(&model, .key(.character("G")))
        let screen = TestModels.render(model).textSnapshot
        #expect(screen.contains("step 3/3  t=1.000  α=1.000"))
        #expect(screen.contains("output "))
    }
}
