import Testing
@testable import UnmaskCore

@Suite("Sweep plan: every task × steps × (a, b), ids and parameters")
struct SweepPlanTests {
    static let grid = ParameterGrid(a: try! GridAxis(parsing: "0.1:1:10"), b: try! GridAxis(parsing: "0.1:1:10"))

    @Test func theCellsAreTheProductInTaskStepsPointOrder() {
        let plan = SweepPlan(grid: Self.grid, steps: [8, 64], tasks: ["gsm8k", "bbh"], genLength: 256, blockLength: 32)
        #expect(plan.cells.count == 2 * 2 * 100)
        #expect(plan.cells.map(\.index) == Array(0..<400))
        #expect(plan.cells[0].task == "gsm8k" && plan.cells[0].steps == 8 && plan.cells[0].a == 0.1 && plan.cells[0].b == 0.1)
        #expect(plan.cells[1].a == 0.2 && plan.cells[1].b == 0.1)   // a fastest
        #expect(plan.cells[100].steps == 64 && plan.cells[200].task == "bbh")
        #expect(Set(plan.cells.map(\.id)).count == 400)
        #expect(plan.cells.allSatisfy { $0.genLength == 256 && $0.blockLength == 32 })
    }

    @Test func idsSortInPlanOrderAndNameTheCell() {
        let plan = SweepPlan(grid: Self.grid, steps: [8], tasks: ["gsm8k"], genLength: 256, blockLength: 256)
        #expect(plan.cells[0].id == "00-gsm8k-n8-a0.1-b0.1")
        #expect(plan.cells[22].id == "22-gsm8k-n8-a0.3-b0.3")
        #expect(plan.cells.map(\.id) == plan.cells.map(\.id).sorted())
        #expect(plan.cells[22].scheduleName == "a0.3-b0.3-n8")
    }

    @Test func gridValuesLoseTheirLastBitsAndNothingElse() {
        #expect(0.1 + 0.2 != 0.3)
        #expect(SweepPlan.parameter(0.1 + 0.2) == 0.3)
        #expect(SweepPlan.parameter(0.123456789012) == 0.123456789)
        #expect(SweepPlan.parameter(12.5) == 12.5 && SweepPlan.parameter(0.01) == 0.01)
        // a fine log axis keeps its points apart
        let axis = try! GridAxis(parsing: "0.01:100:1000:log")
        #expect(Set(axis.values.map(SweepPlan.parameter)).count == 1000)
    }

    @Test func tasksBecomeFileSafeInIds() {
        let plan = SweepPlan(points: [(0.5, 0.5)], steps: [4], tasks: ["my task/v2", "ß"], genLength: 8, blockLength: 8)
        #expect(plan.cells.map(\.id) == ["0-my_task_v2-n4-a0.5-b0.5", "1-_-n4-a0.5-b0.5"])
        #expect(plan.cells[0].task == "my task/v2")
    }
}

@Suite("Sweep refinement: 3 × 3 points at half the spacing around the top cells")
struct SweepRefinementTests {
    static func scores(_ cells: [(Double, Double, Double)]) -> MeasuredScores {
        MeasuredScores(task: "gsm8k", steps: 64, metric: "exact_match,strict-match",
                       cells: cells.map { MeasuredScores.Cell(a: $0.0, b: $0.1, score: $0.2, stderr: nil) })
    }

    @Test func theTopCellsNeighbourhoodsAtHalfTheSpacingBestFirst() {
        // a 0.1-spaced grid on a; b measured at 0.5 and 1.0
        let measured = Self.scores([(0.3, 0.5, 10), (0.4, 0.5, 30), (0.5, 1.0, 20), (0.6, 1.0, 5)])
        let points = SweepRefinement.points(around: measured, top: 2)
        #expect(points.count == 17)   // the two neighbourhoods share (0.45, 0.75)
        #expect(points[0] == (0.4, 0.5) && points[9] == (0.5, 1.0))   // each top cell leads its block
        let first = Set(points.prefix(9).map { [$0.a, $0.b] })
        #expect(first == Set([0.35, 0.4, 0.45].flatMap { a in [0.25, 0.5, 0.75].map { [a, $0] } }))
    }

    @Test func pointsOutsideTheDomainAndRepeatsAreDropped() {
        let measured = Self.scores([(0.01, 0.02, 3), (0.03, 0.02, 2)])
        let points = SweepRefinement.points(around: measured, top: 2)
        #expect(points.allSatisfy { Limits.scheduleParameters.contains($0.a) && Limits.scheduleParameters.contains($0.b) })
        #expect(Set(points.map { [$0.a, $0.b] }).count == points.count)
        // a spacing 0.02 → ±0.01; b measured once → a tenth of 0.02, ±0.001
        #expect(points.contains { $0 == (0.02, 0.021) } && !points.contains { $0.a == 0 })
    }
}
