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

    /// Colouring by probability (`c`) in the mono theme: each revealed token is bold from 0.9,
    /// plain between, dim below 0.5 (its probability is also printed below it), and the readout
    /// names the bands. Words at 5 steps reveals tokens of every band in this run.
    @Test func probabilityWithoutColourIsBoldPlainOrDim() throws {
        var options = ExplorerOptions(steps: 5, seed: 3)
        options.targetIndex = try #require(ToyTarget.builtIn.firstIndex { $0.name == "words" })
        var model = TestModels.model(width: 120, height: 40, options: options)
        while model.focus != .sampler { _ = update(&model, .key(.tab)) }
        for key in ["G", "c"] { _ = update(&model, .key(.character(Character(key)))) }
        let screen = TestModels.render(model)
        let row = model.layout.sampler.y + 2
        var bands = Set<String>()
        for (position, probability) in model.sampler.revealProbability.enumerated() {
            let p = try #require(probability)
            let cell = screen[model.layout.sampler.x + 1 + position * 5 + 2, row]
            let band = p >= 0.9 ? "bold" : p < 0.5 ? "dim" : "plain"
            bands.insert(band)
            #expect(cell.attributes.contains(.bold) == (band == "bold") && cell.attributes.contains(.dim) == (band == "dim"),
                    "position \(position), p = \(p): \(cell.attributes)")
        }
        #expect(bands.count >= 2, "the run shows more than one band: \(bands)")
        #expect(screen.line(row + 1).contains("colour: probability (bold ≥ 0.9, dim < 0.5)"))
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

    /// A started program at N = 3 on a manual clock, with no terminal.
    @MainActor static func startedProgram() -> (Program, ManualScheduler) {
        let scheduler = ManualScheduler()
        let model = Model(options: ExplorerOptions(steps: 3), width: 80, height: 24, colorDepth: .none, theme: TestModels.mono)
        let program = Program(model: model, scheduler: scheduler, computer: ManualHeatmapComputer(), host: RecordingHost())
        program.start()
        return (program, scheduler)
    }

    @Test @MainActor func theProgramPlaysOnTheManualClock() {
        let (program, scheduler) = Self.startedProgram()
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

    /// `]` and `[` step through 0.25×, 0.5×, 1×, 2×, 4× and stop at the ends; the interval is
    /// 600 ms divided by the speed.
    @Test func playSpeedStepsThroughItsRangeAndStopsAtTheEnds() {
        var model = Self.model()
        #expect(model.sampler.playSpeed == 1 && model.sampler.stepInterval == .milliseconds(600))
        var intervals: [Duration] = []
        for _ in 0..<3 {
            #expect(update(&model, .key(.character("]"))).isEmpty, "paused: nothing scheduled")
            intervals.append(model.sampler.stepInterval)
        }
        #expect(intervals == [.milliseconds(300), .milliseconds(150), .milliseconds(150)])
        #expect(model.sampler.playSpeed == 4)
        intervals = []
        for _ in 0..<5 {
            _ = update(&model, .key(.character("[")))
            intervals.append(model.sampler.stepInterval)
        }
        #expect(intervals == [.milliseconds(300), .milliseconds(600), .milliseconds(1200), .milliseconds(2400), .milliseconds(2400)])
        #expect(model.sampler.playSpeed == 0.25)
        #expect(!model.sampler.playing)
    }

    /// A speed change while playing replaces the pending tick with one at the new interval; the
    /// old tick no longer counts, and the next ticks keep the new interval.
    @Test func changingSpeedWhilePlayingReschedules() {
        var model = Self.model()
        _ = update(&model, .key(.character(" ")))
        let before = model.sampler.playToken
        let effects = update(&model, .key(.character("]")))
        let token = model.sampler.playToken
        #expect(token != before)
        #expect(effects == [.scheduleTick(token: token, after: .milliseconds(300))])
        #expect(update(&model, .tick(token: before)).isEmpty && model.sampler.step == 0)
        #expect(update(&model, .tick(token: token)) == [.scheduleTick(token: token, after: .milliseconds(300))])
        #expect(model.sampler.step == 1)
        _ = update(&model, .key(.character("]")))
        _ = update(&model, .key(.character("]")))
        #expect(update(&model, .key(.character("]"))).isEmpty, "already at 4×: the tick stays")
        #expect(model.sampler.playing)
    }

    @Test @MainActor func theProgramPlaysFasterOnTheManualClock() {
        let (program, scheduler) = Self.startedProgram()
        program.send(.key(.character("]")))
        program.send(.key(.character(" ")))
        scheduler.advance(by: .milliseconds(299))
        #expect(program.model.sampler.step == 0)
        scheduler.advance(by: .milliseconds(1))
        #expect(program.model.sampler.step == 1)
        program.send(.key(.character("[")))
        program.send(.key(.character("[")))
        scheduler.advance(by: .milliseconds(1199))
        #expect(program.model.sampler.step == 1, "0.5×: 1200 ms from the change")
        scheduler.advance(by: .milliseconds(1))
        #expect(program.model.sampler.step == 2)
    }

    @Test func thePanelShowsTheSpeed() {
        var model = Self.model()
        let row = model.layout.sampler.y + 3
        #expect(TestModels.render(model).line(row).contains("colour: step  speed 1×"))
        _ = update(&model, .key(.character(" ")))
        _ = update(&model, .key(.character("[")))
        let screen = TestModels.render(model)
        #expect(screen.line(row).contains("colour: step  speed 0.5×"))
        #expect(screen.line(row - 1).contains("▶ playing"))
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

    /// After the four reveal orders `o` offers the adaptive policies; the panel then shows the
    /// policy's run (its own number of steps, every one revealing a token), and `o` past the last
    /// policy comes back to random order with the schedule.
    @Test func orderCycleReachesThePolicies() throws {
        var model = Self.model()
        for _ in RevealOrder.allCases { _ = update(&model, .key(.character("o"))) }
        #expect(model.sampler.policy == SamplerState.policies[0])
        let configuration = try #require(model.samplerPolicyConfiguration)
        let run = try samplePolicyRun(of: model.sampler.target, configuration)
        #expect(model.sampler.trajectory == run.trajectory)
        #expect(model.sampler.trajectory?.steps.allSatisfy { !$0.revealed.isEmpty } == true)
        for _ in SamplerState.policies { _ = update(&model, .key(.character("o"))) }
        #expect(model.sampler.policy == nil && model.sampler.order == .random)
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

    /// The case: linear (Beta(0.5, 0.5)), 3 steps, seed 1 reveals `??ba?` in step 1, which
    /// neither aaaaa nor bbbbb agrees with. The panel names step 1 from step 1 on and at the end,
    /// and draws step 1's count and the notes under its tokens in the error style.
    @Test func theStepThatLeftTheSupportIsNamedAndMarked() throws {
        var model = TestModels.model(options: ExplorerOptions(cursor: BetaPoint(a: 50, b: 50), steps: 3, seed: 1))
        let trajectory = try #require(model.sampler.trajectory)
        try #require(ToyTarget.paperExtremes.text(of: trajectory.steps[0].sequence) == "??ba?", "fixture")
        let outcomeRow = model.layout.sampler.y + 5, countsRow = model.layout.sampler.y + 4
        #expect(TestModels.render(model).line(outcomeRow).contains("output after all 3 steps"))
        _ = update(&model, .key(.character(".")))
        var screen = TestModels.render(model)
        #expect(screen.line(outcomeRow).contains("left the support in step 1: no sequence of the target agrees with ??ba?"))
        let counts = screen.line(countsRow)
        let firstCount = try #require(counts.range(of: "reveals per step ")).upperBound
        let column = counts.distance(from: counts.startIndex, to: firstCount)
        #expect(screen[column, countsRow].grapheme == "2")
        #expect(screen[column, countsRow].attributes.isSuperset(of: TestModels.mono[.error].attributes))
        #expect(screen[column + 2, countsRow].attributes != screen[column, countsRow].attributes,
                "only the step that left is marked")
        let tokenNotes = model.layout.sampler.y + 3
        #expect(screen[1 + 2 * 5 + 2, tokenNotes].grapheme == "1")
        #expect(screen[1 + 2 * 5 + 2, tokenNotes].attributes == TestModels.mono[.error].attributes)
        _ = update(&model, .key(.character("G")))
        screen = TestModels.render(model)
        #expect(screen.line(outcomeRow).contains("not in the target, invalid (left the support in step 1)"))
    }

    @Test func thePanelShowsTheShownStep() {
        var model = Self.model()
        _ = update(&model, .key(.character("G")))
        let screen = TestModels.render(model).textSnapshot
        #expect(screen.contains("step 3/3  t=1.000  α=1.000"))
        #expect(screen.contains("output "))
    }
}
