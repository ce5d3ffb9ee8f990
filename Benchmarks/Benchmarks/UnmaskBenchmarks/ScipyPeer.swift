// The scipy peer as a persistent child process (peers/scipy_peer.py), so that rows 1 and 2 can time
// one pass of ours and one pass of scipy back to back in every iteration.

import Foundation

/// One running `scipy_peer.py`: `time("betainc")` or `time("quad")` asks it for one timed pass and
/// returns the seconds it measured (for `quad`, per cell).
///
/// `@unchecked Sendable`: package-benchmark's closures are `@Sendable`, but it runs one benchmark at
/// a time on one thread, and this peer is only used from inside those closures, one request at a time.
final class ScipyPeer: @unchecked Sendable {
    private let process = Process()
    private let requests = Pipe()
    private let answers = Pipe()
    private var pending = Data()

    /// Starts `python3 script arguments…` and waits for its "ready" line; stops the benchmark with a
    /// message if it cannot start.
    init(script: String, arguments: [String]) {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + arguments
        process.standardInput = requests
        process.standardOutput = answers
        do {
            try process.run()
        } catch {
            fatalError("cannot start the scipy peer \(script): \(error)")
        }
        let ready = readLine()
        guard ready.hasPrefix("ready") else {
            fatalError("the scipy peer \(script) did not start (it said '\(ready)')")
        }
    }

    deinit {
        requests.fileHandleForWriting.write(Data("quit\n".utf8))
        process.waitUntilExit()
    }

    /// Seconds of one peer pass of `command` (`betainc` or `quad`), as the peer measured it.
    func time(_ command: String) -> Double {
        requests.fileHandleForWriting.write(Data("\(command)\n".utf8))
        let answer = readLine()
        guard let seconds = Double(answer), seconds > 0 else {
            fatalError("the scipy peer answered '\(answer)' to '\(command)'")
        }
        return seconds
    }

    private func readLine() -> String {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                return line
            }
            let chunk = answers.fileHandleForReading.availableData
            if chunk.isEmpty { return "" }  // the peer exited
            pending.append(chunk)
        }
    }
}
