import Foundation
import Testing
import UnmaskCore
import UnmaskTestSupport

/// python3 on PATH, if any: the Python bridge's tests need it, and are skipped (visibly) without.
private let python3 = executableOnPath("python3")

/// python/unmask_schedule.py against files the built `unmask` wrote: `unmask export` files (JSON
/// and CSV) for several specs, roundings and blocks, with `unmask schedule`'s tokens column as the
/// expected counts, listed in manifest.json; then `python3 -m unittest -v test_unmask_schedule`
/// with UNMASK_SCHEDULE_DIR naming the folder must exit 0.
@Suite("Python bridge: python/unmask_schedule.py reads what unmask export writes; unmask_trajectory.py passes its tests")
struct PythonBridgeTests {
    static let python = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("python")

    /// (name, spec, L, N, rounding, B, seed)
    static let cases: [(String, String, Int, Int, String, Int?, Int)] = [
        ("linear-llada", "llada:linear", 100, 8, "llada", nil, 0),
        ("linear-cumulative", "linear", 96, 7, "cumulative", nil, 0),
        ("cosine-cumulative-blocks", "cosine", 256, 32, "cumulative", 32, 0),
        ("beta-llada-blocks", "beta:0.9,0.3", 64, 16, "llada", 16, 0),
        ("beta-cumulative", "beta:0.9,0.3", 256, 8, "cumulative", nil, 0),
        ("sine-stochastic", "sine", 128, 16, "stochastic", nil, 7),
        ("poly-stochastic-blocks", "poly:2", 60, 12, "stochastic", 20, 3),
        ("polymask-cumulative-blocks", "polymask:3", 30, 12, "cumulative", 10, 0),
    ]

    @Test(.enabled(if: python3 != nil, "python3 not found: the Python bridge's tests are skipped"))
    func bridgeMatchesTheCLI() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unmask-bridge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var manifest: [[String: Any]] = []
        for (name, spec, length, steps, rounding, blockLength, seed) in Self.cases {
            var plan = ["--alpha", spec, "--length", String(length), "--steps", String(steps), "--rounding", rounding,
                        "--seed", String(seed)]
            if let blockLength { plan += ["--block-length", String(blockLength)] }
            for format in ["json", "csv"] {
                let path = folder.appendingPathComponent("\(name).\(format)").path
                let export = try runUnmask(["export"] + plan + ["--format", format, "--out", path])
                #expect(export.status == 0, "\(name): \(export.standardError)")
            }
            let schedule = try runUnmask(["schedule"] + plan + ["--format", "csv"])
            try #require(schedule.status == 0, "\(name): \(schedule.standardError)")
            let tokens = try column("tokens", of: schedule)
            let block = blockLength ?? length, perBlock = steps / (length / block)
            for format in ["json", "csv"] {
                for (index, start) in stride(from: 0, to: tokens.count, by: perBlock).enumerated() {
                    manifest.append(["file": "\(name).\(format)", "masked": block, "block": index,
                                     "expected": Array(tokens[start..<(start + perBlock)])])
                }
            }
            // Fewer masked tokens than the block: the file's α grid on m tokens with cumulative
            // rounding, which is `unmask schedule --length m --steps n` without blocks.
            for masked in [0, 1, block / 2 + 1, block - 1] where masked < block {
                let smaller = try runUnmask(["schedule", "--alpha", spec, "--length", String(max(masked, 1)),
                                             "--steps", String(perBlock), "--format", "csv"])
                try #require(smaller.status == 0, "\(name), m = \(masked): \(smaller.standardError)")
                let expected = masked == 0 ? Array(repeating: 0, count: perBlock) : try column("tokens", of: smaller)
                manifest.append(["file": "\(name).json", "masked": masked, "block": 0, "expected": expected])
            }
        }
        try JSONSerialization.data(withJSONObject: manifest).write(to: folder.appendingPathComponent("manifest.json"))

        let (status, text) = try runPython(["-B", "-m", "unittest", "-v", "test_unmask_schedule"],
                                           environment: ["UNMASK_SCHEDULE_DIR": folder.path])
        #expect(status == 0, "python3 -m unittest -v test_unmask_schedule failed:\n\(text)")
        #expect(!text.contains("skipped 'UNMASK_SCHEDULE_DIR"), "the CLI cross-check was skipped:\n\(text)")
    }

    /// python/unmask_trajectory.py's own tests (recorder, converters, reader on plain lists):
    /// `python3 -m unittest -v test_unmask_trajectory` must exit 0 and run every test, the
    /// documented example in docs/trajectory-format.md included.
    @Test(.enabled(if: python3 != nil, "python3 not found: the Python bridge's tests are skipped"))
    func trajectoryRecorderTests() throws {
        let (status, text) = try runPython(["-B", "-m", "unittest", "-v", "test_unmask_trajectory"], environment: [:])
        #expect(status == 0, "python3 -m unittest -v test_unmask_trajectory failed:\n\(text)")
        #expect(!text.contains(" ... skipped"), "a trajectory test was skipped:\n\(text)")
        #expect(text.contains("test_from_llada_visualiser_round_trip"), "the tests did not run:\n\(text)")
    }

    @Test(.enabled(if: python3 != nil, "python3 not found: the Python bridge's tests are skipped"))
    func aTrajectoryThePythonRecorderWritesIsReadByUnmaskTrajectory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unmask trajectory \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("run.jsonl").path
        // a history of 4 generated positions (mask id 0) over three steps, the second remasking
        // position 2, with multi-byte token strings
        let script = """
            import sys, unmask_trajectory as t
            words = {0: "<m>", 1: " Ġhello", 2: "世界", 3: "⏎\\n", 4: "🙂"}
            history = [[0, 0, 0, 0], [1, 0, 2, 0], [1, 0, 0, 3], [1, 4, 2, 3]]
            t.from_history(history, 0, lambda i: words[i], path=sys.argv[1], gen_length=4, steps=3, model="toy", mask_token="<m>")
            """
        let (status, output) = try runPython(["-c", script, file], environment: [:])
        #expect(status == 0, "\(output)")
        let result = try runUnmask(["trajectory", file, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let summary = try JSONValue(parsing: result.standardOutput)
        func integers(_ key: String) -> [Int]? {
            guard case let .array(values)? = summary[key] else { return nil }
            return values.compactMap { $0.double.map { Int($0) } }
        }
        #expect(integers("tokens_per_step") == [2, 1, 2])
        #expect(summary["steps"]?.double == 3 && summary["nfe"]?.double == 3 && summary["remasked"]?.double == 1)
        #expect(integers("step_map") == [1, 3, 3, 2])
    }

    /// Runs python3 in python/ with `arguments`; returns its exit status and its output (both streams).
    private func runPython(_ arguments: [String], environment extra: [String: String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(python3))
        process.arguments = arguments
        process.currentDirectoryURL = Self.python
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// The integers of a CSV column.
    private func column(_ name: String, of result: CommandResult) throws -> [Int] {
        let (header, rows) = result.csv
        let index = try #require(header.firstIndex(of: name), "no column \(name) in \(header)")
        return try rows.map { try #require(Int($0[index]), "\(name) = \($0[index])") }
    }
}
