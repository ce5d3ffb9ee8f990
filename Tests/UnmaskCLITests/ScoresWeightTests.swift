import Foundation
import Testing
import UnmaskCore
import UnmaskTestSupport

@Suite("CLI scores weight: ρ over the weight plane and its summary")
struct ScoresWeightTests {
    @Test func thePlaneIsρAtEveryWeightAndTheNoteNamesItsMaximum() throws {
        let result = try runUnmask(["scores", "weight", "--task", "gsm8k", "--steps", "64", "--weight-a", "0.2:2:5:log",
                                    "--weight-b", "0.2:2:4:log", "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.standardOutput.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map { Double($0)! } }
        // every weight's ρ recomputed from the bundled table and the energy; undefined ones (all
        // energies +∞ under a small a_w or b_w) are the rows left out
        let measured = Chen2025Scores.table.rows.filter { $0.task == "gsm8k" && $0.steps == 64 }
        let schedules = try measured.map { row in try row.a.map { MaskSchedule(.beta(a: $0, b: row.b!)) } ?? MaskSchedule(spec: row.schedule) }
        var expected: [[Double]] = []
        for a in try GridAxis(parsing: "0.2:2:5:log").values {
            for b in try GridAxis(parsing: "0.2:2:4:log").values {
                let weight = MaskSchedule(.beta(a: a, b: b))
                if let rho = SpearmanCorrelation.rho(schedules.map { -energy(of: $0, weight: weight) }, measured.map(\.score)) {
                    expected.append([a, b, rho])
                }
            }
        }
        #expect(rows == expected && rows.count >= 10)
        let best = rows.map { $0[2] }.max()!
        #expect(result.standardError.contains("largest ρ = \(best.compactDescription)"))
    }

    @Test func theSummaryHasARowPerTaskAndN() throws {
        let result = try runUnmask(["scores", "weight", "--task", "bbh", "--weight-a", "0.2:2:4:log", "--weight-b", "0.2:2:4:log",
                                    "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first == "task,steps,schedules,rho,cells_at_max,a_w_min,a_w_max,b_w_min,b_w_max,rho_uniform,p_one_weight,p_plane")
        #expect(lines.dropFirst().map { $0.split(separator: ",")[1] } == ["8", "16", "32", "64", "128"])
    }
}

@Suite("CLI scores weight --format plot: the plane as a heatmap with its maximum marked")
struct ScoresWeightPlotTests {
    @Test func theDiamondSitsOnTheFirstBestWeightAndTheAxesNameThePlane() throws {
        let result = try runUnmask(["scores", "weight", "--task", "hendrycks_math", "--steps", "64", "--format", "plot", "--width", "78"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(!result.standardOutput.contains("\u{1B}"))   // piped: plain text
        // 41 b values in 21 rows under the title, then the axis, its labels and the legend
        #expect(lines[1].hasPrefix("10.00 ┤") && lines[21].hasPrefix("0.100 ┤"))
        #expect(lines[23].contains("0.100") && lines[23].contains("1.000") && lines[23].hasSuffix("10.00"))
        // the first best weight in grid order, recomputed
        let table = Chen2025Scores.table
        let agreement = try #require(table.weightAgreement(task: "hendrycks_math", steps: 64))
        let grid = ParameterGrid(a: try GridAxis(parsing: "0.1:10:41:log"), b: try GridAxis(parsing: "0.1:10:41:log"))
        let best = try #require(WeightAgreement.best(of: agreement.plane(grid)))
        let (i, j) = (best.cells[0] % 41, best.cells[0] / 41)
        let row = 21 - j / 2, column = 7 + i
        #expect(Array(lines[row])[column] == "◆", "\(lines[row])")
        #expect(lines.filter { $0.contains("◆") }.count == 2)   // the map and the legend
        #expect(lines[24].hasPrefix("◆ largest ρ = \(String(format: "%.3f", best.rho))"))
    }
}
