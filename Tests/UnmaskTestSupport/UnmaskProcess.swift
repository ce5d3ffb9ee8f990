import Foundation

// Running the built `unmask` executable from a test, shared by the CLI and UI test targets.

/// The result of running the built `unmask` executable.
public struct CommandResult: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String
}

/// Runs the `unmask` executable built next to the test bundle, with stdin from /dev/null and
/// stdout and stderr piped (so it is never a terminal).
public func runUnmask(_ arguments: String...) throws -> CommandResult {
    try runUnmask(arguments)
}

/// `runUnmask` with the arguments as an array, and the environment changed by `environment`
/// (a nil value removes the variable).
public func runUnmask(_ arguments: [String], environment: [String: String?] = [:]) throws -> CommandResult {
    try runProcess(try unmaskExecutable(), arguments, environment: environment)
}

/// Runs `script` with bash, `$U` set to the built `unmask`: for redirections such as
/// `$U heatmap >/dev/full` or `2>&-`.
public func runUnmaskInShell(_ script: String) throws -> CommandResult {
    try runProcess(URL(fileURLWithPath: "/bin/bash"), ["-c", script], environment: ["U": try unmaskExecutable().path])
}

/// Runs the built `unmask` with a wall-clock limit (killed after `seconds`: status 137) and a
/// limit on its address space (`ulimit -v`), so a hang or a runaway allocation fails a test
/// instead of the machine.
public func runUnmaskLimited(_ arguments: [String], seconds: Int = 20, memoryKiB: Int = 2 << 20) throws -> CommandResult {
    try runProcess(URL(fileURLWithPath: "/bin/bash"),
                   ["-c", "ulimit -v \(memoryKiB); exec timeout -s KILL \(seconds) \"$U\" \"$@\"", "unmask"] + arguments,
                   environment: ["U": try unmaskExecutable().path])
}

/// Runs `script` with bash (`$1`… from `arguments`), the environment changed by `environment`:
/// for checking generated scripts and how a shell reads quoted words.
public func runBash(_ script: String, _ arguments: [String] = [], environment: [String: String?] = [:],
                    directory: URL? = nil) throws -> CommandResult {
    try runProcess(URL(fileURLWithPath: "/bin/bash"), ["-c", script, "bash"] + arguments, environment: environment,
                   directory: directory)
}

/// The path of `command` on PATH, if it is there (python3, shellcheck).
public func executableOnPath(_ command: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in path.split(separator: ":") {
        let candidate = "\(folder)/\(command)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

private func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String?],
                        directory: URL? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    if let directory { process.currentDirectoryURL = directory }
    process.arguments = arguments
    if !environment.isEmpty {
        var merged = ProcessInfo.processInfo.environment
        for (name, value) in environment { merged[name] = value }
        process.environment = merged
    }
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

/// The `unmask` executable of this build: found next to the test bundle or a few folders up.
public func unmaskExecutable() throws -> URL {
    var directory = Bundle.main.bundleURL
    for _ in 0..<4 {
        let candidate = directory.appendingPathComponent("unmask")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        directory.deleteLastPathComponent()
    }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "unmask next to \(Bundle.main.bundleURL.path)"])
}
