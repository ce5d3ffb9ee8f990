import Foundation
import UnmaskCore

/// Rows 10 and 11 (issue 14, "Performance"): the information curve and the order-averaged KL.
///
/// Row 10 times `InformationCurve(of:)` (the exact Z, every marginal by refining groups of the
/// support) against a plain reference in the same run: each of the 2^n marginals summed into a
/// dictionary keyed by the masked sequence, as the tests' brute force does. Best of `passes`.
///
/// Row 11 times the 256 × 256 kl-orders plane once Z is known (the curve is computed before the
/// clock starts, as the plane metric caches it): `GridEngine` on every core and on one worker,
/// a fresh metric each pass, best of `passes`; its per-cell cost (one worker) is set against the
/// exact sampler DP's per-cell cost on the same target and N, timed in the same run on seeded
/// cells of the same grid that finish within the DP's work limit.
struct InformationRows {
    let passes: Int
    static let axis = "0.1:3:256"

    struct CurveRow {
        let target: String
        let sequences: Int
        let best: Double
        let referenceBest: Double
        let maxDifference: Double
    }

    struct PlaneRow {
        let target: String
        let steps: Int
        let cells: Int
        let allCoresBest: Double
        let oneWorkerBest: Double
        let exactCells: Int
        let exactOverLimit: Int
        let exactPerCell: Double
    }

    func curve(_ target: ToyTarget) throws -> CurveRow {
        var best = Double.infinity, referenceBest = Double.infinity
        var product: InformationCurve?
        var reference: [Double] = []
        for _ in 0..<passes {
            let start = Stamp.now()
            product = try InformationCurve(of: target)
            best = min(best, (Stamp.now() - start).wall)
            let referenceStart = Stamp.now()
            reference = Self.referenceZ(target)
            referenceBest = min(referenceBest, (Stamp.now() - referenceStart).wall)
        }
        let z = product?.z ?? []
        let difference = zip(z, reference).map { abs($0 - $1) }.max() ?? .nan
        return CurveRow(target: target.name, sequences: target.sequences.count, best: best, referenceBest: referenceBest,
                        maxDifference: difference)
    }

    /// Z_j = h_1 + h_{j−1} − h_j from every marginal, each summed into a dictionary.
    static func referenceZ(_ target: ToyTarget) -> [Double] {
        let n = target.length
        var sums = Array(repeating: 0.0, count: n + 1), counts = Array(repeating: 0, count: n + 1)
        for mask in 0..<(1 << n) {
            var marginal: [[UInt8]: Double] = [:]
            for (sequence, p) in zip(target.sequences, target.probabilities) {
                marginal[(0..<n).map { mask >> $0 & 1 == 1 ? sequence[$0] : maskToken }, default: 0] += p
            }
            let size = mask.nonzeroBitCount
            sums[size] += marginal.values.reduce(0) { $1 > 0 ? $0 - $1 * log($1) : $0 }
            counts[size] += 1
        }
        let h = zip(sums, counts).map { $0 / Double($1) }
        return (1...n).map { j in j == 1 ? 0 : max(0, h[1] + h[j - 1] - h[j]) }
    }

    func plane(_ target: ToyTarget, steps: Int, exactCells: Int) throws -> PlaneRow {
        let axis = try GridAxis(parsing: Self.axis)
        let grid = ParameterGrid(a: axis, b: axis)
        let sampler = SamplerConfiguration(schedule: .uniform, steps: steps)
        _ = try InformationCurve.cached(target)
        func pass(workers: Int) throws -> Double {
            let metric = try PlaneMetric(.klOrders, PlaneMetricInputs(target: target, sampler: sampler))
            let start = Stamp.now()
            blackHole(GridEngine(workers: workers).evaluate(grid, metric: metric.evaluator(over: grid)))
            return (Stamp.now() - start).wall
        }
        var allCores = Double.infinity, oneWorker = Double.infinity
        for _ in 0..<passes {
            allCores = min(allCores, try pass(workers: ProcessInfo.processInfo.activeProcessorCount))
            oneWorker = min(oneWorker, try pass(workers: 1))
        }
        // The exact DP on seeded cells of the same grid, one thread, no memo.
        var random = SplitMix64(seed: 14)
        var done = 0, overLimit = 0, seconds = 0.0
        for _ in 0..<exactCells {
            let point = grid.point(at: Int(random.next() % UInt64(grid.cellCount)))
            var run = sampler
            run.schedule = MaskSchedule(.beta(a: point.a, b: point.b))
            let start = Stamp.now()
            do {
                blackHole(try exactOutputDistribution(of: target, run))
                seconds += (Stamp.now() - start).wall
                done += 1
            } catch {
                overLimit += 1
            }
        }
        return PlaneRow(target: target.name, steps: steps, cells: grid.cellCount, allCoresBest: allCores, oneWorkerBest: oneWorker,
                        exactCells: done, exactOverLimit: overLimit, exactPerCell: done > 0 ? seconds / Double(done) : .nan)
    }
}
