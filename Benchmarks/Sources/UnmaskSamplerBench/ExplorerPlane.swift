import Foundation
import UnmaskCore

/// Row 8: the time to a complete sampling-error plane as the explorer computes it (issue 13):
/// the TV plane metric with the explorer's inputs (N = 8, cumulative rounding, random order,
/// cells beyond the exact limit estimated from 400 sampler runs), on the lattice the explorer
/// shows at 120 × 40 (a in 0.05:2.35:47, b in 0.05:2.4:48), through `GridEngine()` on every
/// core. Each pass makes a fresh metric, so nothing is memoised from an earlier pass: the cost
/// of opening the plane for the first time.
struct ExplorerPlane {
    let steps = 8
    let passes: Int
    let cases: [(target: ToyTarget, targetSeconds: Double)] = [(.stickyChain, 10), (.words, 2)]

    struct Row {
        let target: String
        let cells: Int
        let first: Double
        let best: Double
        let targetSeconds: Double
        let empty: Int
        let estimated: Int
    }

    func run(onRow: (Row) -> Void) throws {
        let grid = ParameterGrid(a: try GridAxis(parsing: "0.05:2.35:47"), b: try GridAxis(parsing: "0.05:2.4:48"))
        let engine = GridEngine()
        let sampler = SamplerConfiguration(schedule: .uniform, steps: steps, rounding: .cumulative, order: .random, seed: 1)
        for (target, targetSeconds) in cases {
            var first = 0.0, best = Double.infinity
            var empty = 0, estimated = 0
            for pass in 0..<passes {
                let start = Stamp.now()
                let metric = try PlaneMetric(.tv, PlaneMetricInputs(target: target, sampler: sampler, monteCarloSamples: 400))
                let values = engine.evaluate(grid, metric: metric.evaluator())
                let wall = (Stamp.now() - start).wall
                if pass == 0 { first = wall }
                best = min(best, wall)
                empty = values.filter(\.isNaN).count
                estimated = (0..<grid.cellCount).filter { index in
                    let point = grid.point(at: index)
                    return metric.estimate(a: point.a, b: point.b) != nil
                }.count
            }
            onRow(Row(target: target.name, cells: grid.cellCount, first: first, best: best, targetSeconds: targetSeconds,
                      empty: empty, estimated: estimated))
        }
    }
}
