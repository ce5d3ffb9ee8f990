import Foundation
import Synchronization
import Testing
@testable import UnmaskCore

@Suite("Grid: engine")
struct GridEngineTests {
    let grid = ParameterGrid(a: try! GridAxis(min: 0.2, max: 3, count: 37), b: try! GridAxis(min: 0.1, max: 2, count: 23, spacing: .logarithmic))
    let metric = try! PlaneMetric(.energy, PlaneMetricInputs(weight: MaskSchedule(.cosine)))

    func serial(_ grid: ParameterGrid) -> [Double] {
        (0..<grid.cellCount).map { index in
            let point = grid.point(at: index)
            return metric.value(a: point.a, b: point.b)
        }
    }

    @Test func parallelEvaluationIsIdenticalToSerial() {
        let expected = serial(grid)
        for workers in [1, 2, 5] {
            let values = GridEngine(workers: workers).evaluate(grid, metric: metric.evaluator())
            #expect(values.elementsEqual(expected) { $0 == $1 || ($0.isNaN && $1.isNaN) }, "workers = \(workers)")
        }
    }

    /// Coarse lattice first, each snapshot finer, the last one complete and equal to serial.
    @Test func progressiveSnapshotsRefineToTheSerialResult() async {
        let engine = GridEngine(workers: 2)
        let snapshots = Mutex<[GridSnapshot]>([])
        let generation = 7
        await withCheckedContinuation { continuation in
            engine.submit(grid, generation: generation, makeMetric: { _ in metric.evaluator(over: grid) }) { snapshot in
                snapshots.withLock { $0.append(snapshot) }
                if snapshot.isComplete { continuation.resume() }
            }
        }
        let delivered = snapshots.withLock { $0 }
        #expect(delivered.map(\.stride) == [8, 4, 2, 1])
        #expect(delivered.allSatisfy { $0.generation == generation })
        let expected = serial(grid)
        #expect(delivered.last?.values == expected)
        let coarse = delivered[0]
        for j in stride(from: 0, to: grid.b.count, by: 8) {
            for i in stride(from: 0, to: grid.a.count, by: 8) {
                #expect(coarse.values[j * grid.a.count + i] == expected[j * grid.a.count + i])
                #expect(coarse.displayValue(i: i + 1, j: j) == expected[j * grid.a.count + i] || i + 1 >= grid.a.count)
            }
        }
        #expect(coarse.values.filter(\.isNaN).count > grid.cellCount / 2)
    }

    /// A cancelled request stops at the next cell and never delivers its remaining snapshots;
    /// a newer request supersedes an older one and is the only one to finish. The first request's
    /// workers are held inside the metric until the test has superseded or cancelled it, so the
    /// test does not depend on timing.
    @Test func cancellationAndSupersession() async throws {
        let engine = GridEngine(workers: 2)
        let grid = ParameterGrid(a: try GridAxis(min: 1, max: 2, count: 40), b: try GridAxis(min: 1, max: 2, count: 40))
        let finished = Mutex<[Int]>([])
        let record: @Sendable (GridSnapshot) -> Void = { snapshot in
            if snapshot.isComplete { finished.withLock { $0.append(snapshot.generation) } }
        }

        for (held, supersede) in [(1, true), (3, false)] {
            let gate = Gate()
            engine.submit(grid, generation: held, makeMetric: { _ in gate.metric }, onProgress: record)
            await gate.waitUntilEntered()
            let last: Int
            if supersede {
                last = await withCheckedContinuation { continuation in
                    engine.submit(grid, generation: held + 1, makeMetric: { _ in { a, b in a * b } }) { snapshot in
                        record(snapshot)
                        if snapshot.isComplete { continuation.resume(returning: snapshot.generation) }
                    }
                    gate.open()
                }
            } else {
                engine.cancel()
                gate.open()
                last = await untilIdle(engine, grid, generation: held + 1)
            }
            let evaluated = gate.evaluations.load(ordering: .relaxed)
            #expect(!finished.withLock { $0 }.contains(held))
            #expect(evaluated <= 2 * engine.workers, "the cancelled request evaluated \(evaluated) cells")
            #expect(last == held + 1)
        }
    }

    /// A metric is given its request's cancellation flag, so a cell that takes long can stop
    /// inside itself: the first request's cells wait (up to a minute) for their flag, and
    /// superseding the request sets it, so the second request finishes without them.
    @Test func aSupersededRequestsCellsSeeTheirFlag() async throws {
        let engine = GridEngine(workers: 2)
        let grid = ParameterGrid(a: try GridAxis(min: 1, max: 2, count: 8), b: try GridAxis(min: 1, max: 2, count: 8))
        let entered = DispatchSemaphore(value: 0)
        let sawCancel = Atomic<Int>(0)
        engine.submit(grid, generation: 1, coarsestStride: 1, makeMetric: { flag in
            { _, _ in
                entered.signal()
                let deadline = Date().addingTimeInterval(60)
                while !flag.isCancelled, Date() < deadline { usleep(1000) }
                if flag.isCancelled { sawCancel.add(1, ordering: .relaxed) }
                return .nan
            }
        }, onProgress: { _ in })
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                entered.wait()
                continuation.resume()
            }
        }
        let last = await untilIdle(engine, grid, generation: 2)
        #expect(last == 2 && sawCancel.load(ordering: .relaxed) >= 1)
    }

    /// A plane metric's slow cells stop inside their exact evaluation or Monte Carlo runs once
    /// the flag is set: NaN, and not memoised, so the same cell is computed in full later.
    @Test func aCancelledCellIsNaNAndNotKept() throws {
        let configuration = SamplerConfiguration(schedule: .uniform, steps: 3)
        let cancelled = CancellationFlag()
        cancelled.cancel()
        for monteCarlo in [nil, 50] as [Int?] {
            let metric = try PlaneMetric(.tv, PlaneMetricInputs(target: .paperBalanced, sampler: configuration, monteCarloSamples: monteCarlo))
            #expect(metric.evaluator(cancellation: cancelled)(0.9, 0.3).isNaN)
            let value = metric.evaluator()(0.9, 0.3)
            let fresh = try PlaneMetric(.tv, PlaneMetricInputs(target: .paperBalanced, sampler: configuration)).evaluator()(0.9, 0.3)
            #expect(value.isFinite && value == fresh)
        }
        #expect(throws: SamplerError.cancelled) {
            try exactOutputDistribution(of: .longChain, SamplerConfiguration(schedule: .uniform, steps: 8),
                                        plan: try SamplerConfiguration(schedule: .uniform, steps: 8).plan(length: 12), cancellation: cancelled)
        }
        #expect(throws: SamplerError.cancelled) {
            try monteCarloOutputDistribution(of: .longChain, configuration, plan: try configuration.plan(length: 12), samples: 1000,
                                             cancellation: cancelled)
        }
    }

    /// Submits a trivial request and waits for it: the engine's queue is serial, so every earlier
    /// request has stopped by then. Returns the generation its snapshot carries.
    private func untilIdle(_ engine: GridEngine, _ grid: ParameterGrid, generation: Int) async -> Int {
        await withCheckedContinuation { continuation in
            engine.submit(grid, generation: generation, coarsestStride: 1, makeMetric: { _ in { _, _ in 0 } }) { snapshot in
                continuation.resume(returning: snapshot.generation)
            }
        }
    }
}

/// A metric that holds every worker at its first cell until `open()` is called.
private final class Gate: Sendable {
    let evaluations = Atomic<Int>(0)
    private let entered = DispatchSemaphore(value: 0)
    private let released = DispatchSemaphore(value: 0)
    private let isOpen = Atomic<Bool>(false)

    var metric: GridMetric {
        { [self] a, b in
            if evaluations.add(1, ordering: .relaxed).newValue == 1 { entered.signal() }
            while !isOpen.load(ordering: .relaxed) { _ = released.wait(timeout: .now() + .milliseconds(1)) }
            return a + b
        }
    }

    func waitUntilEntered() async {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { [entered] in
                entered.wait()
                continuation.resume()
            }
        }
    }

    func open() {
        isOpen.store(true, ordering: .relaxed)
        released.signal()
    }
}
