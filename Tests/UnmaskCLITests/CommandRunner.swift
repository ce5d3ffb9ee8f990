import Foundation

/// The result of running the built `unmask` executable.
struct CommandResult {
    let status: Int32
    let standardOutput: String
    let standardError: String

    /// Non-comment output lines.
    var lines: [String] { standardOutput.split(separator: "\n").map(String.init) }

    /// CSV output as a header and rows of fields.
    var csv: (header: [String], rows: [[String]]) {
        let split = lines.map(csvFields)
        return (split.first ?? [], Array(split.dropFirst()))
    }

    /// JSON output decoded.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(standardOutput.utf8))
    }
}

/// The fields of one CSV line; fields containing commas are double-quoted.
private func csvFields(_ line: String) -> [String] {
    var fields: [String] = [], field = "", quoted = false
    for character in line {
        if character == "\"" {
            quoted.toggle()
        } else if character == ",", !quoted {
            fields.append(field)
            field = ""
        } else {
            field.append(character)
        }
    }
    return fields + [field]
}

/// Runs the `unmask` executable built next to the test bundle, with stdout and stderr piped.
func runUnmask(_ arguments: String...) throws -> CommandResult {
    try runUnmask(arguments)
}

func runUnmask(_ arguments: [String]) throws -> CommandResult {
    let process = Process()
    process.executableURL = try unmaskExecutable()
    process.arguments = arguments
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus,
                         standardOutput: String(decoding: outputData, as: UTF8.self),
                         standardError: String(decoding: errorData, as: UTF8.self))
}

private func unmaskExecutable() throws -> URL {
    var directory = Bundle.main.bundleURL
    for _ in 0..<4 {
        let candidate = directory.appendingPathComponent("unmask")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        directory.deleteLastPathComponent()
    }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "unmask next to \(Bundle.main.bundleURL.path)"])
}
