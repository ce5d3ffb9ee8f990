// The timed half of `scripts/benchmark`: package-benchmark measures our release build on the same
// inputs the scipy peers read (see Benchmarks/README.md). Rows 1 and 2: each benchmark's wall clock is
// one whole pass (1M I_t points, or one full heatmap); the script reads the best pass from the JMH
// export. Row 3 records ratios of interleaved passes as custom metrics; the script reads their median.

import Benchmark
import Dispatch
import Foundation
import UnmaskBenchSupport
import UnmaskCore

/// Loaded on first use (Swift globals are lazy), so `benchmark list` does not read the file.
let incompleteBetaInputs = IncompleteBetaInputs.load(path: BenchSettings.inputsPath)

/// Measured passes per benchmark, from the environment (the script sets them).
func passes(_ name: String, default value: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? value
}

let benchmarks: @Sendable () -> Void = {
    // Wall clock is what the table judges; CPU time is a cross-check that other processes on a
    // shared machine disturb less (and, for the parallel run, CPU / wall = cores actually used).
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .throughput]

    // 1. I_t(a, b) on one thread: one pass = every point of the shared file, summed.
    Benchmark(
        "incomplete-beta-1M",
        configuration: .init(
            metrics: metrics,
            timeUnits: .nanoseconds,
            warmupIterations: 1,
            maxDuration: .seconds(120),
            maxIterations: passes("UNMASK_BENCH_IT_PASSES", default: 9),
            setup: { _ = incompleteBetaInputs.count }
        )
    ) { benchmark in
        blackHole(incompleteBetaInputs.sumOfValues())
    }

    // 2. The energy heatmap (weight cosine by default) on one worker.
    let grid = BenchSettings.grid
    let metric = BenchSettings.metric
    Benchmark(
        "heatmap-workers-1",
        configuration: .init(
            metrics: metrics,
            timeUnits: .nanoseconds,
            warmupIterations: 1,
            maxDuration: .seconds(120),
            maxIterations: passes("UNMASK_BENCH_HEATMAP_PASSES", default: 15)
        )
    ) { benchmark in
        blackHole(GridEngine(workers: 1).evaluate(grid, metric: metric))
    }

    // 3. The same heatmap on every core against one worker. The machine's speed drifts by tens of
    // percent over seconds (other virtual machines on the host), so the passes are interleaved:
    // each iteration times one worker, every core, one worker again, and records the ratio of the
    // mean single-worker time to the all-core time. It also records the machine's ceiling for this
    // work: `cores` independent single-worker grids at once in as many threads (no shared engine),
    // as grids per second against one grid alone. Both ×1000, as package-benchmark's custom
    // metrics are integers (throughput is there because the JMH export needs it).
    let cores = BenchSettings.allCores
    Benchmark(
        "heatmap-scaling",
        configuration: .init(
            metrics: [.throughput, speedUpMetric, ceilingMetric],
            warmupIterations: 1,
            maxDuration: .seconds(300),
            maxIterations: passes("UNMASK_BENCH_SCALING_PASSES", default: 15)
        )
    ) { benchmark in
        let first = seconds { blackHole(GridEngine(workers: 1).evaluate(grid, metric: metric)) }
        let every = seconds { blackHole(GridEngine(workers: cores).evaluate(grid, metric: metric)) }
        let second = seconds { blackHole(GridEngine(workers: 1).evaluate(grid, metric: metric)) }
        let independent = seconds {
            DispatchQueue.concurrentPerform(iterations: cores) { _ in
                blackHole(GridEngine(workers: 1).evaluate(grid, metric: metric))
            }
        }
        let single = (first + second) / 2
        benchmark.measurement(speedUpMetric, Int((single / every * 1000).rounded()))
        benchmark.measurement(ceilingMetric, Int((single * Double(cores) / independent * 1000).rounded()))
    }
}

/// Row 3's speed-up (one worker / every core) and the machine's ceiling, ×1000.
let speedUpMetric = BenchmarkMetric.custom("speed-up x1000", polarity: .prefersLarger, useScalingFactor: false)
let ceilingMetric = BenchmarkMetric.custom("ceiling x1000", polarity: .prefersLarger, useScalingFactor: false)

/// Wall-clock seconds that `work` takes.
func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
}
