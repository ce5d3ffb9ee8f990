import Foundation
import UnmaskCore
import UnmaskUI

/// The example runs in `examples/trajectories/`, and explorer models that show them.
enum RecordedRuns {
    static func file(_ name: String) throws -> TrajectoryFile {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/trajectories/\(name)")
        return try TrajectoryFile(text: String(contentsOf: url, encoding: .utf8))
    }

    /// The explorer on `name`, the sampler panel focused, as `explore --trajectory` starts it
    /// (N and L from the header, the token bars in its blocks).
    static func model(_ name: String, width: Int = 80, height: Int = 24, depth: ColorDepth = .none) throws -> Model {
        model(try file(name), name: name, width: width, height: height, depth: depth)
    }

    /// The explorer on the run `run`, shown as `name`.
    static func model(_ run: TrajectoryFile, name: String, width: Int = 80, height: Int = 24, depth: ColorDepth = .none) -> Model {
        var options = ExplorerOptions(steps: run.header.steps, length: run.header.genLength)
        options.recording = run
        options.recordingName = name
        options.blockLength = run.header.blockLength < run.header.genLength ? run.header.blockLength : nil
        var model = TestModels.model(width: width, height: height, options: options, depth: depth)
        while model.focus != .sampler { _ = update(&model, .key(.tab)) }
        return model
    }

    static func press(_ keys: String, on model: inout Model) {
        for character in keys { _ = update(&model, .key(.character(character))) }
    }

    static func type(_ text: String, on model: inout Model) {
        press(text, on: &model)
        _ = update(&model, .key(.enter))
    }
}
