import Foundation
import UnmaskCore

/// Row 7: the 64 × 64 exact TV heatmap of `paper-balanced` at 3 steps (cumulative rounding,
/// random order, a and b in 0.1:2:64), through the product path and through a plain reference.
///
/// - Product: `GridEngine()` (every core) evaluating the TV plane metric's evaluator, which
///   memoises by the token-count vector. Each pass makes a fresh evaluator, so every
///   pass starts with an empty cache, as the explorer does when it switches target or metric.
/// - Reference: the same 4,096 cells one after another on this thread, each a plain
///   `exactOutputDistribution` and `SamplingErrorMetric.tv.value`, no memoisation.
struct TVHeatmap {
    let target = ToyTarget.paperBalanced
    let steps = 3
    let axis = "0.1:2:64"
    let productPasses: Int
    let referencePasses: Int

    struct Result {
        let cells: Int
        let workers: Int
        let productFirst: Double
        let productBest: Double
        /// CPU seconds / wall seconds of the best product pass: the cores it actually got.
        let productCores: Double
        let referenceBest: Double
        let maxDifference: Double
        let identical: Int
        let nanMismatches: Int
        let nanCells: Int
        let countVectors: Int
    }

    var configuration: SamplerConfiguration {
        SamplerConfiguration(schedule: .uniform, steps: steps, rounding: .cumulative, order: .random)
    }

    func run() throws -> Result {
        let grid = ParameterGrid(a: try GridAxis(parsing: axis), b: try GridAxis(parsing: axis))
        let configuration = configuration
        let target = target
        let engine = GridEngine()

        var product: [Double] = []
        var first = 0.0, best = Double.infinity, bestCores = 0.0
        for pass in 0..<productPasses {
            let start = Stamp.now()
            let metric = try PlaneMetric(.tv, PlaneMetricInputs(target: target, sampler: configuration))
            let values = engine.evaluate(grid, metric: metric.evaluator())
            let elapsed = Stamp.now() - start
            if pass == 0 { first = elapsed.wall }
            if elapsed.wall < best {
                best = elapsed.wall
                bestCores = elapsed.cpu / elapsed.wall
            }
            product = values
        }

        var reference: [Double] = []
        var referenceBest = Double.infinity
        for _ in 0..<referencePasses {
            let start = Stamp.now()
            let values = Self.reference(grid, target: target, configuration: configuration)
            referenceBest = min(referenceBest, (Stamp.now() - start).wall)
            reference = values
        }

        var maxDifference = 0.0, identical = 0, nanMismatches = 0, nanCells = 0
        for (ours, plain) in zip(product, reference) {
            if ours.isNaN || plain.isNaN {
                if ours.isNaN != plain.isNaN { nanMismatches += 1 } else { nanCells += 1 }
                continue
            }
            maxDifference = max(maxDifference, abs(ours - plain))
            if ours.bitPattern == plain.bitPattern { identical += 1 }
        }
        return Result(cells: grid.cellCount, workers: engine.workers, productFirst: first, productBest: best,
                      productCores: bestCores, referenceBest: referenceBest, maxDifference: maxDifference,
                      identical: identical, nanMismatches: nanMismatches, nanCells: nanCells,
                      countVectors: countVectors(grid))
    }

    /// The straightforward implementation: every cell evaluated exactly, in order, no cache.
    static func reference(_ grid: ParameterGrid, target: ToyTarget, configuration: SamplerConfiguration) -> [Double] {
        var run = configuration
        return (0..<grid.cellCount).map { index in
            let point = grid.point(at: index)
            run.schedule = MaskSchedule(.beta(a: point.a, b: point.b))
            do {
                return SamplingErrorMetric.tv.value(try exactOutputDistribution(of: target, run), target: target)
            } catch {
                return .nan
            }
        }
    }

    /// Distinct token-count vectors over the grid (what the memo can share), from the public
    /// `StepPlan`.
    private func countVectors(_ grid: ParameterGrid) -> Int {
        var seen = Set<[Int]>()
        let request = TokenCountRequest(length: target.length, steps: steps, rounding: .cumulative)
        for index in 0..<grid.cellCount {
            let point = grid.point(at: index)
            if let plan = try? StepPlan(MaskSchedule(.beta(a: point.a, b: point.b)), request) {
                seen.insert(plan.counts)
            }
        }
        return seen.count
    }
}
