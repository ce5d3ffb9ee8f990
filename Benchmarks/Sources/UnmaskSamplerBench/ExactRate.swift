import Foundation
import UnmaskCore

/// Row 6: exact-evaluation cells per second, per built-in target, at 3 and 8 steps.
///
/// Each cell is one call to `exactOutputDistribution` with the schedule Beta(a, b), cumulative
/// rounding, random order, the default work limit, on the calling thread, with no memoisation
/// (every cell is evaluated even when its token counts repeat an earlier cell's). The cells are
/// a fixed, seeded list, a and b log-uniform in [0.1, 3]; each target takes the first
/// `cells(for:)` of them, so every run times the same cells.
///
/// A first, untimed pass sorts the cells into those that complete and those that exceed the
/// work limit (`SamplerError.stateSpaceTooLarge`); the rate is then timed over the completing
/// cells only (best of `passes` passes), and the others are counted, not hidden in the rate
/// (with the mean time they ran before the limit stopped them, from the sorting pass).
///
/// Per-target cell counts were chosen on the loaded 2-core development machine so that one
/// target and step count takes at most about 4 s: a cell costs ~0.1 ms (paper-extremes, 3 steps)
/// to ~0.3 s (sticky-chain, 3 steps).
struct ExactRate {
    static let seed: UInt64 = 6
    static let range = (low: 0.1, high: 3.0)
    let stepCounts = [3, 8]
    let passes: Int
    /// Cells per target: enough for a stable rate, few enough that a row takes a few seconds.
    let scale: Double

    struct Row {
        let target: String
        let steps: Int
        let cells: Int
        let overLimit: Int
        /// Best pass over the completing cells: wall and CPU seconds.
        let wall: Double
        let cpu: Double
        /// Seconds spent on an over-limit cell until the limit stopped it (mean, one pass).
        let secondsToLimit: Double
        /// The work limit the evaluation reported when it stopped a cell.
        let limit: Int?
    }

    /// Cells per target at the default scale (words and sticky-chain are the heavy ones).
    static func baseCells(for target: ToyTarget) -> Int {
        switch target.name {
        case "paper-extremes": return 400
        case "paper-balanced": return 200
        case "palindromes": return 80
        case "addition": return 30
        case "words": return 8
        case "sticky-chain": return 4
        case "long-chain": return 2
        default: return 20
        }
    }

    func cells(for target: ToyTarget) -> Int {
        max(1, Int((Double(Self.baseCells(for: target)) * scale).rounded()))
    }

    /// The fixed cell list: (a, b) log-uniform in [0.1, 3] from SplitMix64(seed).
    static func points(count: Int) -> [(a: Double, b: Double)] {
        var random = SplitMix64(seed: seed)
        let low = log(range.low), span = log(range.high) - log(range.low)
        return (0..<count).map { _ in
            let a = exp(low + span * random.nextUnit())
            let b = exp(low + span * random.nextUnit())
            return (a, b)
        }
    }

    func run(_ targets: [ToyTarget], onRow: (Row) -> Void) {
        let all = Self.points(count: targets.map(cells(for:)).max() ?? 0)
        for target in targets {
            let points = Array(all.prefix(cells(for: target)))
            for steps in stepCounts {
                onRow(measure(target, steps: steps, points: points))
            }
        }
    }

    private func configuration(_ point: (a: Double, b: Double), steps: Int) -> SamplerConfiguration {
        SamplerConfiguration(schedule: MaskSchedule(.beta(a: point.a, b: point.b)), steps: steps,
                             rounding: .cumulative, order: .random)
    }

    private func measure(_ target: ToyTarget, steps: Int, points: [(a: Double, b: Double)]) -> Row {
        // Untimed sorting pass (it also warms the caches and the allocator); only the cells over
        // the limit are timed here, one by one, each long enough for the clock.
        var completing: [SamplerConfiguration] = []
        var overLimit = 0
        var secondsToLimit = 0.0
        var limit: Int?
        for point in points {
            let run = configuration(point, steps: steps)
            let start = Stamp.now()
            do {
                blackHole(try exactOutputDistribution(of: target, run))
                completing.append(run)
            } catch {
                secondsToLimit += (Stamp.now() - start).wall
                overLimit += 1
                if case let .stateSpaceTooLarge(_, reported) = error { limit = reported }
            }
        }
        var bestWall = Double.infinity, bestCPU = Double.infinity
        if !completing.isEmpty {
            for _ in 0..<passes {
                var checksum = 0.0
                let start = Stamp.now()
                for run in completing {
                    checksum += (try? exactOutputDistribution(of: target, run))?.invalid ?? .nan
                }
                let elapsed = Stamp.now() - start
                blackHole(checksum)
                bestWall = min(bestWall, elapsed.wall)
                bestCPU = min(bestCPU, elapsed.cpu)
            }
        }
        return Row(target: target.name, steps: steps, cells: points.count, overLimit: overLimit,
                   wall: bestWall, cpu: bestCPU, secondsToLimit: overLimit > 0 ? secondsToLimit / Double(overLimit) : 0, limit: limit)
    }
}
