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
            engine.submit(grid, generation: generation, makeMetric: { metric.evaluator(over: grid) }) { snapshot in
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
            engine.submit(grid, generation: held, makeMetric: { gate.metric }, onProgress: record)
            await gate.waitUntilEntered()
            let last: Int
            if supersede {
                last = await withCheckedContinuation { continuation in
                    engine.submit(grid, generation: held + 1, makeMetric: { { a, b in a * b } }) { snapshot in
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

    /// Submits a trivial request and waits for it: the engine's queue is serial, so every earlier
    /// request has stopped by then. Returns the generation its snapshot carries.
    private func untilIdle(_ engine: GridEngine, _ grid: ParameterGrid, generation: Int) async -> Int {
        await withCheckedContinuation { continuation in
            engine.submit(grid, generation: generation, coarsestStride: 1, makeMetric: { { _, _ in 0 } }) { snapshot in
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
