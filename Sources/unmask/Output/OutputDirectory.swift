import Glibc
import UnmaskCore

/// Folders a command creates for its output (`unmask sweep --out DIR`): like `mkdir -p`, every
/// missing component is made (mode 0755) and every failure is a `WriteFailure` naming the path,
/// so the command exits 74.
enum OutputDirectory {
    static func make(_ path: String) throws(WriteFailure) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            var status = stat()
            if stat(prefix, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else { throw WriteFailure(stream: "'\(escapedForEcho(prefix))'", code: ENOTDIR) }
                continue
            }
            guard mkdir(prefix, 0o755) == 0 || errno == EEXIST else { throw WriteFailure(stream: "'\(escapedForEcho(prefix))'", code: errno) }
        }
    }
}
