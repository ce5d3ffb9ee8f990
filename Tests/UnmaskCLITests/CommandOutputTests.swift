import Foundation
import UnmaskTestSupport
import Testing

@Suite("CLI: output of every command")
struct CommandOutputTests {
    @Test func scheduleAtTimes() throws {
        let result = try runUnmask("schedule", "--alpha", "beta:0.9,0.3", "--at", "0,0.5,1", "--format", "csv")
        #expect(result.status == 0)
        #expect(result.csv.header == ["t", "gamma", "alpha", "alpha_dot"])
        #expect(result.csv.rows.map { $0[0] } == ["0.0", "0.5", "1.0"])
        #expect(result.csv.rows.first?[2] == "0.0")
        #expect(result.csv.rows.last?[2] == "1.0")
    }

    @Test func scheduleTokensPerStep() throws {
        let result = try runUnmask("schedule", "--alpha", "beta:0.9,0.3", "--length", "256", "--steps", "8", "--format", "csv")
        #expect(result.status == 0)
        #expect(result.csv.header == ["step", "t_start", "t_end", "alpha_start", "alpha_end", "tokens", "masked_after"])
        #expect(result.csv.rows.map { $0[5] } == ["2", "4", "9", "12", "19", "29", "47", "134"])
        #expect(result.csv.rows.last?[6] == "0")
    }

    @Test func lladaRoundingAndBlocks() throws {
        let llada = try runUnmask("schedule", "--alpha", "llada:linear", "--length", "10", "--steps", "4", "--rounding", "llada", "--format", "csv")
        #expect(llada.csv.rows.map { $0[5] } == ["3", "3", "2", "2"])
        let blocks = try runUnmask("schedule", "--alpha", "linear", "--length", "8", "--steps", "4", "--block-length", "4", "--format", "json")
        let rows = try #require(try blocks.json() as? [[String: Any]])
        #expect(rows.map { $0["tokens"] as? Int } == [2, 2, 2, 2])
        #expect(rows.map { $0["masked_after"] as? Int } == [6, 4, 2, 0])
    }

    @Test func energyFields() throws {
        let result = try runUnmask("energy", "--alpha", "beta:1,1", "--weight", "beta:0.9,0.3", "--steps", "8", "--length", "4", "--format", "json")
        #expect(result.status == 0)
        let fields = try #require(try result.json() as? [String: Any])
        let energy = try #require(fields["energy"] as? Double)
        #expect(abs(energy - 17.71878126781414) / 17.71878126781414 < 1e-13)
        #expect(fields["minimum"] as? Double == Double.pi * Double.pi)
        let discrete = try #require(fields["discrete_energy"] as? Double)
        #expect(discrete >= Double.pi * Double.pi && discrete < energy)
        // Foundation's JSON number parsing may be off by an ulp, hence the 1e-15.
        let conditional = try #require(fields["conditional_kinetic_energy"] as? Double)
        #expect(abs(conditional / (4 * 8 * energy) - 1) < 1e-15)
        let geodesic = try #require(fields["geodesic_energy"] as? Double)
        #expect(abs(geodesic / (4 * energy) - 1) < 1e-15)
    }

    @Test func infinityIsWrittenAsInf() throws {
        let json = try runUnmask("energy", "--alpha", "linear", "--format", "json")
        let fields = try #require(try json.json() as? [String: Any])
        #expect(fields["energy"] as? String == "inf")
        let csv = try runUnmask("energy", "--alpha", "linear", "--format", "csv")
        let energyColumn = try #require(csv.csv.header.firstIndex(of: "energy"))
        #expect(csv.csv.rows.first?[energyColumn] == "inf")
    }

    @Test func heatmapGrid() throws {
        let result = try runUnmask("heatmap", "--metric", "energy", "--weight", "cosine", "--a", "0.5:2:4", "--b", "0.5:2:3", "--format", "csv")
        #expect(result.status == 0)
        #expect(result.csv.header == ["a", "b", "value"])
        #expect(result.csv.rows.count == 12)
        let cell = try #require(result.csv.rows.first { $0[0] == "1.0" && $0[1] == "1.25" })
        let single = try runUnmask("energy", "--alpha", "beta:1,1.25", "--weight", "cosine", "--format", "csv")
        let energyColumn = try #require(single.csv.header.firstIndex(of: "energy"))
        #expect(cell[2] == single.csv.rows.first?[energyColumn])
    }

    @Test func discreteEnergyHeatmapWithLogAxes() throws {
        let result = try runUnmask("heatmap", "--metric", "discrete-energy", "--steps", "8", "--a", "0.1:10:3:log", "--b", "1:1:1", "--format", "json")
        let rows = try #require(try result.json() as? [[String: Any]])
        #expect(rows.compactMap { $0["a"] as? Double } == [0.1, 1.0, 10.0])
        #expect(rows.allSatisfy { ($0["value"] as? Double ?? 0) >= Double.pi * Double.pi })
    }

    @Test func schedulesListsEveryName() throws {
        let result = try runUnmask("schedules", "--format", "csv")
        #expect(result.csv.header == ["name", "formula", "origin"])
        let names = Set(result.csv.rows.map { $0[0] })
        for name in ["beta:A,B", "linear", "sine", "cosine", "sin2", "poly:K", "uniform", "llada:linear", "mdlm:loglinear",
                     "mdlm:cosine", "mdlm:cosinesqr", "md4:linear", "md4:cosine", "md4:polyK", "maskgit:cosine"] {
            #expect(names.contains(name), "\(name)")
        }
    }

    @Test func tableIsAlignedForPeople() throws {
        let result = try runUnmask("schedule", "--alpha", "linear", "--length", "10", "--steps", "3", "--format", "table")
        #expect(result.lines.count == 5)
        #expect(result.lines[0].hasPrefix("step"))
        #expect(Set(result.lines.map(\.count)).count == 1)
    }

    @Test(arguments: ["schedule", "schedules", "energy", "heatmap"])
    func helpIsCompleteWithExamples(command: String) throws {
        let result = try runUnmask(command, "--help")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Examples:"))
        #expect(result.standardOutput.contains("--format"))
        let examples = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("  unmask \(command)") }
        #expect(examples.count >= 2, "examples must fit 80 columns unwrapped")
    }
}
