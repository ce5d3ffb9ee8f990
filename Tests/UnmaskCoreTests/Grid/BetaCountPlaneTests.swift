import Foundation
import Testing
@testable import UnmaskCore

@Suite("Grid: the Beta count plane by staircase tracing")
struct BetaCountPlaneTests {
    static let grids: [ParameterGrid] = [
        ParameterGrid(a: try! GridAxis(min: 0.1, max: 3, count: 41), b: try! GridAxis(min: 0.1, max: 3, count: 37)),
        ParameterGrid(a: try! GridAxis(min: 0.01, max: 50, count: 33, spacing: .logarithmic),
                      b: try! GridAxis(min: 0.02, max: 80, count: 29, spacing: .logarithmic)),
        ParameterGrid(a: try! GridAxis(min: 2, max: 2, count: 1), b: try! GridAxis(min: 0.5, max: 4, count: 17)),
        ParameterGrid(a: try! GridAxis(min: 1, max: 1, count: 5), b: try! GridAxis(min: 1, max: 1, count: 3)),
    ]

    /// Every cell's m_k equals the cumulative counts of that cell's own `StepPlan`.
    @Test func countsEqualEachCellsStepPlan() throws {
        for grid in Self.grids {
            for (length, steps) in [(1, 1), (3, 2), (6, 3), (6, 5), (12, 6), (12, 8)] {
                let planes = (0...steps).map { BetaCountPlane(grid: grid, step: $0, of: steps, length: length) }
                for cell in 0..<grid.cellCount {
                    let point = grid.point(at: cell)
                    let counts = try StepPlan(MaskSchedule(.beta(a: point.a, b: point.b)),
                                              TokenCountRequest(length: length, steps: steps)).counts
                    let cumulative = counts.reduce(into: [0]) { $0.append($0.last! + $1) }
                    #expect(planes.map { $0[cell] } == cumulative, "n = \(length), N = \(steps), a = \(point.a), b = \(point.b)")
                }
            }
        }
    }

    /// Tracing evaluates at most A + B cells per level of m_k (plus the two corners), far fewer
    /// than the A·B cells of the plane on a fine grid.
    @Test func evaluatesOnlyAlongTheStaircases() throws {
        let axis = try GridAxis(min: 0.1, max: 3, count: 256)
        let grid = ParameterGrid(a: axis, b: axis)
        var total = 0
        for (length, steps) in [(5, 3), (8, 8), (12, 6)] {
            for step in 1..<steps {
                let plane = BetaCountPlane(grid: grid, step: step, of: steps, length: length)
                let least = plane[grid.a.count - 1], greatest = plane[(grid.b.count - 1) * grid.a.count]
                #expect(plane.evaluations <= (greatest - least) * (grid.a.count + grid.b.count) + 2, "n = \(length), N = \(steps), k = \(step)")
                total += plane.evaluations
            }
            if (length, steps) == (5, 3) { #expect(total < 5_000, "\(total) evaluations") }
        }
    }

    /// The plane's KL̄ equals `orderAveragedKL(counts:)` of each cell's plan, bit for bit, and the
    /// grid evaluator answers off-grid points directly.
    @Test(arguments: [ToyTarget.paperBalanced, .stickyChain, .longChain])
    func planeValuesEqualTheCellByCellOrderAverage(target: ToyTarget) throws {
        let curve = try InformationCurve.cached(target)
        for grid in Self.grids {
            for steps in [1, 2, 3, min(target.length, 6)] {
                let values = curve.orderAveragedKL(over: grid, steps: steps)
                let sampler = SamplerConfiguration(schedule: .uniform, steps: steps)
                let metric = try PlaneMetric(.klOrders, PlaneMetricInputs(target: target, sampler: sampler))
                let lookup = metric.evaluator(over: grid), direct = metric.evaluator()
                for cell in 0..<grid.cellCount {
                    let point = grid.point(at: cell)
                    #expect(values[cell] == direct(point.a, point.b), "N = \(steps), a = \(point.a), b = \(point.b)")
                    #expect(lookup(point.a, point.b) == values[cell])
                }
                #expect(lookup(0.123, 0.456) == direct(0.123, 0.456))
            }
        }
    }
}
