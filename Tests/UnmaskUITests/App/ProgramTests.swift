import Testing
import UnmaskUI
import UnmaskUITestSupport

/// A host that records what the program asked of it.
@MainActor
final class RecordingHost: ProgramHost {
    var redraws = 0
    var fullRedraws = 0
    var quits = 0
    var suspensions = 0

    func modelChanged(fullRedraw: Bool) {
        redraws += 1
        if fullRedraw { fullRedraws += 1 }
    }

    func suspend() { suspensions += 1 }
    func quit() { quits += 1 }
}

@Suite("UI program: effects run through injected scheduler and computer")
@MainActor
struct ProgramTests {
    /// A model that has not seen its first update yet.
    private static func freshModel() -> Model {
        Model(options: ExplorerOptions(), width: 80, height: 24, colorDepth: .none, theme: TestModels.mono)
    }

    @Test func computationsFlowBackAndStaleOnesAreIgnored() {
        let computer = ManualHeatmapComputer(), host = RecordingHost()
        let program = Program(model: Self.freshModel(), scheduler: ManualScheduler(), computer: computer, host: host)
        program.start()
        #expect(computer.requests.count == 1)
        program.send(.key(.character("w")))
        #expect(computer.requests.count == 2)
        computer.completeNow(computer.requests[0])
        #expect(program.model.heatmap.snapshot == nil)
        computer.completeNow(computer.requests[1])
        #expect(program.model.heatmap.snapshot?.isComplete == true)
        #expect(host.redraws == 3, "start, w and the fresh result; the stale one redraws nothing")
    }

    /// The frontier view's data is computed on another queue and comes back as a message.
    @Test func theFrontierArrivesFromItsQueue() async throws {
        let host = RecordingHost()
        let program = Program(model: Self.freshModel(), scheduler: ManualScheduler(), computer: ManualHeatmapComputer(), host: host)
        program.start()
        program.send(.key(.character("F")))
        #expect(program.model.frontierPending != nil && program.model.frontierView == nil)
        let deadline = ContinuousClock.now + .seconds(120)
        while program.model.frontierView == nil, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(program.model.frontierView?.key == program.model.frontierViewKey && program.model.frontierPending == nil)
        #expect(program.model.frontierView?.frontier != nil)
    }

    @Test func quitCancelsTheComputationAndTellsTheHost() {
        let computer = ManualHeatmapComputer(), host = RecordingHost()
        let program = Program(model: Self.freshModel(), scheduler: ManualScheduler(), computer: computer, host: host)
        program.start()
        program.send(.key(.character("q")))
        #expect(host.quits == 1)
        #expect(computer.cancellations == 1)
    }

    @Test func suspendingRedrawsEverythingAfterwards() {
        let host = RecordingHost()
        let program = Program(model: Self.freshModel(), scheduler: ManualScheduler(), computer: ManualHeatmapComputer(), host: host)
        program.start()
        let before = host.fullRedraws
        program.send(.key(.control("z")))
        #expect(host.suspensions == 1)
        #expect(host.fullRedraws == before + 1)
    }

    @Test func theManualSchedulerRunsActionsInTimeOrder() {
        let scheduler = ManualScheduler()
        var log: [String] = []
        scheduler.schedule(after: .milliseconds(300)) { log.append("late") }
        scheduler.schedule(after: .milliseconds(100)) { log.append("early") }
        scheduler.advance(by: .milliseconds(99))
        #expect(log.isEmpty)
        scheduler.advance(by: .milliseconds(250))
        #expect(log == ["early", "late"])
        #expect(scheduler.now == .milliseconds(349))
        #expect(scheduler.pendingCount == 0)
    }
}
