// The timed half of `scripts/benchmark`: package-benchmark measures our release build on the same
// inputs the scipy peers read (see Benchmarks/README.md). The machine's speed drifts by tens of percent
// over seconds to minutes, so every row compares passes taken back to back: rows 1 and 2 time one pass
// of ours, one pass of scipy (a persistent peer process, peers/scipy_peer.py) and one of ours again in
// each iteration; row 3 times one worker, every core and one worker again. Each records its ratio (and
// the times) as custom metrics; the script reads their medians and minima from the JMH export.

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
    let peer = BenchSettings.peerScript.map { script in
        ScipyPeer(script: script, arguments: [
            "--inputs", BenchSettings.inputsPath, "--grid-a", BenchSettings.gridASpec,
            "--grid-b", BenchSettings.gridBSpec, "--samples", String(BenchSettings.peerSamples),
        ])
    }

    // 1. I_t(a, b) on one thread: ours (every point of the shared file, summed), scipy's vectorised
    // betainc over the same points, ours again.
    Benchmark(
        "incomplete-beta-paired",
        configuration: .init(
            metrics: [.throughput, itOursMetric, itPeerMetric, itRatioMetric],
            warmupIterations: 1,
            maxDuration: .seconds(300),
            maxIterations: passes("UNMASK_BENCH_IT_PASSES", default: 15),
            setup: { _ = incompleteBetaInputs.count }
        )
    ) { benchmark in
        let points = Double(incompleteBetaInputs.count)
        let first = seconds { blackHole(incompleteBetaInputs.sumOfValues()) }
        let scipy = peer?.time("betainc")
        let second = seconds { blackHole(incompleteBetaInputs.sumOfValues()) }
        benchmark.measurement(itOursMetric, Int((min(first, second) / points * 1e10).rounded()))
        if let scipy {
            benchmark.measurement(itPeerMetric, Int((scipy / points * 1e10).rounded()))
            benchmark.measurement(itRatioMetric, Int((scipy / ((first + second) / 2) * 1000).rounded()))
        }
    }

    // 2. The energy heatmap (weight cosine by default) on one worker, per finite cell: ours (the whole
    // grid), scipy's quad on the sampled finite cells, ours again.
    let grid = BenchSettings.grid
    let metric = BenchSettings.metric
    Benchmark(
        "heatmap-paired",
        configuration: .init(
            metrics: [.throughput, heatmapOursMetric, heatmapPeerMetric, heatmapRatioMetric],
            warmupIterations: 1,
            maxDuration: .seconds(300),
            maxIterations: passes("UNMASK_BENCH_HEATMAP_PASSES", default: 15)
        )
    ) { benchmark in
        var finiteCells = 0
        let first = seconds { finiteCells = GridEngine(workers: 1).evaluate(grid, metric: metric).count { $0.isFinite } }
        let scipy = peer?.time("quad")
        let second = seconds { blackHole(GridEngine(workers: 1).evaluate(grid, metric: metric)) }
        let cells = Double(max(finiteCells, 1))
        benchmark.measurement(heatmapOursMetric, Int((min(first, second) / cells * 1e9).rounded()))
        if let scipy {
            benchmark.measurement(heatmapPeerMetric, Int((scipy * 1e9).rounded()))
            benchmark.measurement(heatmapRatioMetric, Int((scipy / ((first + second) / 2 / cells) * 1000).rounded()))
        }
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

/// Row 1: our and scipy's time per point (ns ×10, the better of our two passes) and scipy / ours (×1000,
/// against the mean of our two passes); package-benchmark's custom metrics are integers.
let itOursMetric = BenchmarkMetric.custom("ours ns/point x10", polarity: .prefersSmaller, useScalingFactor: false)
let itPeerMetric = BenchmarkMetric.custom("scipy ns/point x10", polarity: .prefersSmaller, useScalingFactor: false)
let itRatioMetric = BenchmarkMetric.custom("ratio x1000", polarity: .prefersLarger, useScalingFactor: false)

/// Row 2: our and scipy's time per finite cell (ns) and scipy / ours (×1000).
let heatmapOursMetric = BenchmarkMetric.custom("ours ns/cell", polarity: .prefersSmaller, useScalingFactor: false)
let heatmapPeerMetric = BenchmarkMetric.custom("scipy ns/cell", polarity: .prefersSmaller, useScalingFactor: false)
let heatmapRatioMetric = BenchmarkMetric.custom("cell ratio x1000", polarity: .prefersLarger, useScalingFactor: false)

/// Row 3's speed-up (one worker / every core) and the machine's ceiling, ×1000.
let speedUpMetric = BenchmarkMetric.custom("speed-up x1000", polarity: .prefersLarger, useScalingFactor: false)
let ceilingMetric = BenchmarkMetric.custom("ceiling x1000", polarity: .prefersLarger, useScalingFactor: false)

/// Wall-clock seconds that `work` takes.
func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
}
