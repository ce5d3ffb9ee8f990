import Glibc
import UnmaskCore

/// Where a command writes a file it was asked for with `--out PATH`: standard output without a
/// path, else the file, created (mode 0644) or truncated. Every failure (the path cannot be
/// opened, a write or the close fails: a full disk, /dev/full) is a `WriteFailure` naming the
/// path, so the command exits 74; a file this run created is removed again on failure, so no
/// partial file is left behind.
enum OutputFile {
    /// Runs `body` with a writer to `path` (or standard output), then flushes and closes it.
    static func write(to path: String?, _ body: (inout StreamWriter) throws -> Void) throws {
        guard let path else {
            var writer = StreamWriter.standardOutput()
            try body(&writer)
            try writer.flush()
            return
        }
        let name = "'" + escapedForEcho(path) + "'"
        var status = stat()
        let existed = stat(path, &status) == 0
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(stream: name, code: errno) }
        var writer = StreamWriter(descriptor: descriptor, name: name)
        do {
            try body(&writer)
            try writer.flush()
        } catch {
            close(descriptor)
            if !existed { unlink(path) }
            throw error
        }
        if close(descriptor) != 0 {
            let code = errno
            if !existed { unlink(path) }
            throw WriteFailure(stream: name, code: code)
        }
    }
}
