import Foundation
import Testing
@testable import UnmaskCore

@Suite("Schedule file: unmask-schedule/1 from a step plan")
struct ScheduleFileTests {
    static func file(_ spec: String, _ request: TokenCountRequest) throws -> ScheduleFile {
        let schedule = try MaskSchedule(spec: spec)
        return ScheduleFile(schedule: schedule, plan: try StepPlan(schedule, request), version: "test")
    }

    @Test func jsonTextIsExact() throws {
        let file = try Self.file("llada:linear", TokenCountRequest(length: 10, steps: 4, rounding: .llada, blockLength: 5))
        #expect(file.text(.json) == """
            {
              "format": "unmask-schedule/1",
              "version": "test",
              "alpha": "linear",
              "length": 10,
              "steps": 4,
              "block_length": 5,
              "rounding": "llada",
              "seed": 0,
              "t": [0.0, 0.5, 1.0],
              "alpha_values": [0.0, 0.5, 1.0],
              "counts": [
                [3, 2],
                [3, 2]
              ]
            }

            """)
    }

    @Test func csvTextIsExact() throws {
        let file = try Self.file("linear", TokenCountRequest(length: 4, steps: 2, seed: 9))
        #expect(file.text(.csv) == """
            # format: unmask-schedule/1
            # alpha: linear
            # length: 4
            # steps: 2
            # block_length: 4
            # rounding: cumulative
            # seed: 9
            # version: test
            block,step,t_start,t_end,alpha_start,alpha_end,tokens
            0,0,0.0,0.5,0.0,0.5,2
            0,1,0.5,1.0,0.5,1.0,2

            """)
    }

    /// Counts are the plan's, block by block, for every rounding, with and without blocks.
    @Test(arguments: TokenRounding.allCases, [nil, 16] as [Int?])
    func countsAreThePlans(rounding: TokenRounding, blockLength: Int?) throws {
        let schedule = try MaskSchedule(spec: "beta:0.9,0.3")
        let plan = try StepPlan(schedule, TokenCountRequest(length: 64, steps: 16, rounding: rounding, blockLength: blockLength, seed: 5))
        let file = ScheduleFile(schedule: schedule, plan: plan)
        #expect(file.counts.flatMap { $0 } == plan.counts)
        #expect(file.counts.count == 64 / (blockLength ?? 64))
        #expect(file.blockLength == blockLength ?? 64)
        #expect(file.t == plan.steps.prefix(file.stepsPerBlock).map(\.tStart) + [1])
        #expect(file.alphaValues.count == file.stepsPerBlock + 1)
        #expect(file.counts.allSatisfy { $0.reduce(0, +) == file.blockLength })
    }

    /// Every number in the JSON reads back as the same double (parsed with `Double(_:)`: Foundation's
    /// JSONSerialization on Linux is not exact to the last bit).
    @Test func numbersRoundTrip() throws {
        let file = try Self.file("beta:0.9,0.3", TokenCountRequest(length: 256, steps: 37))
        func list(_ key: String) throws -> [Double] {
            let line = try #require(file.text(.json).split(separator: "\n").first { $0.hasPrefix("  \"\(key)\": [") })
            let inner = line.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }
            return try inner.split(separator: ",").map { try #require(Double($0.trimmingCharacters(in: .whitespaces))) }
        }
        #expect(try list("alpha_values") == file.alphaValues)
        #expect(try list("t") == file.t)
        #expect(file.alphaValues.count == 38)
    }
}
