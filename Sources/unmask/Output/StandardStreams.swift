import Glibc

/// A write to standard output or standard error that did not complete: a full disk, a closed
/// descriptor, a broken pipe. The command exits 74 (EX_IOERR) and never reports success.
struct WriteFailure: Error, CustomStringConvertible {
    let stream: String
    let code: Int32

    var description: String {
        "cannot write to \(stream): \(String(cString: strerror(code)))"
    }

    /// A pipe whose reader has gone (`unmask … | head`): the shell expects the writer to end
    /// quietly by SIGPIPE, as `yes | head` does.
    var isBrokenPipe: Bool { code == EPIPE }
}

/// Buffered writes to a file descriptor with every failure reported: `write(2)` in a loop that
/// retries on EINTR and throws on anything else, so output is never lost silently (Swift's
/// `print` buffers in stdio and drops errors).
struct StreamWriter {
    let descriptor: Int32
    let name: String
    private var pending: [UInt8] = []
    private static let capacity = 1 << 16

    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        pending.reserveCapacity(Self.capacity)
    }

    static func standardOutput() -> StreamWriter { StreamWriter(descriptor: STDOUT_FILENO, name: "standard output") }
    static func standardError() -> StreamWriter { StreamWriter(descriptor: STDERR_FILENO, name: "standard error") }

    /// Appends text, writing to the descriptor whenever 64 KiB have gathered.
    mutating func write(_ text: String) throws(WriteFailure) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= Self.capacity { try flush() }
    }

    /// Writes everything gathered so far.
    mutating func flush() throws(WriteFailure) {
        var offset = 0
        while offset < pending.count {
            let written = pending.withUnsafeBytes { bytes in
                Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                pending.removeAll(keepingCapacity: true)
                throw WriteFailure(stream: name, code: code)
            }
            offset += written
        }
        pending.removeAll(keepingCapacity: true)
    }
}

/// One-off writes of whole lines to standard output or standard error.
enum StandardStreams {
    /// Writes `text` to standard output now.
    static func output(_ text: String) throws(WriteFailure) {
        var writer = StreamWriter.standardOutput()
        try writer.write(text)
        try writer.flush()
    }

    /// Writes a line `unmask: …` to standard error now: notes and warnings, which are output too,
    /// so a failure to write them fails the command.
    static func note(_ line: String) throws(WriteFailure) {
        var writer = StreamWriter.standardError()
        try writer.write("unmask: " + ErrorLine.sanitised(line) + "\n")
        try writer.flush()
    }
}
