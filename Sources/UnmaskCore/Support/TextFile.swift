#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A UTF-8 text file read whole, with a bound: the one reader of target files and themes.
///
/// The path is checked with `stat` before it is opened, and opened with `O_NONBLOCK` and checked
/// again with `fstat`, so a FIFO, socket or device is refused without blocking on it or reading
/// from it, and a file replaced between the two checks is caught. At most `limit` bytes are
/// read (one more to tell that there are more), so neither a huge file nor an endless one such
/// as `/dev/zero` behind a symbolic link can exhaust memory.
public struct TextFile: Sendable {
    public let path: String
    /// The contents, valid UTF-8.
    public let text: String

    public init(path: String, limit: Int = Limits.maximumFileBytes) throws(TextFileError) {
        self.path = path
        guard !path.utf8.contains(0) else { throw .system("the path contains a NUL character") }
        var status = stat()
        guard stat(path, &status) == 0 else { throw TextFileError(errno: errno) }
        try Self.requireRegularFile(status)
        guard Int(status.st_size) <= limit else { throw .tooLarge(limit: limit) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw TextFileError(errno: errno) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw TextFileError(errno: errno) }
        try Self.requireRegularFile(status)
        let bytes = try Self.readAll(descriptor, limit: limit, sizeHint: Int(status.st_size))
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Self.firstInvalidByte(in: bytes)
        }
        self.text = text
    }

    /// Reads an open descriptor (standard input, a pipe) to its end, with the same bound and the
    /// same UTF-8 check as a file; `name` is what `path` reports.
    public init(descriptor: Int32, name: String, limit: Int = Limits.maximumFileBytes) throws(TextFileError) {
        path = name
        let bytes = try Self.readAll(descriptor, limit: limit, sizeHint: 1 << 16)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Self.firstInvalidByte(in: bytes)
        }
        self.text = text
    }

    /// The lines of a text, ended by LF, CRLF or a lone CR (a file written on any system). A
    /// text ending with a line end has an empty last line; lines keep no line-end characters.
    /// Splits on bytes, not on `Character`s, in which CRLF is a single character; lazily, so a
    /// file of millions of empty lines costs no memory per line.
    public static func lines(of text: String) -> TextLines {
        TextLines(text: text)
    }

    private static func requireRegularFile(_ status: stat) throws(TextFileError) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .isDirectory
        case S_IFIFO: throw .notRegularFile(kind: "a FIFO")
        case S_IFSOCK: throw .notRegularFile(kind: "a socket")
        case S_IFCHR: throw .notRegularFile(kind: "a character device")
        case S_IFBLK: throw .notRegularFile(kind: "a block device")
        default: throw .notRegularFile(kind: "of an unknown kind")
        }
    }

    /// Reads to the end, or throws `tooLarge` once more than `limit` bytes came.
    private static func readAll(_ descriptor: Int32, limit: Int, sizeHint: Int) throws(TextFileError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(sizeHint, 0), limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw TextFileError(errno: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
        throw .tooLarge(limit: limit)
    }

    /// Where the first byte that is not valid UTF-8 is, with lines counted as `lines(of:)`
    /// counts them and columns in Unicode scalars, both from 1.
    private static func firstInvalidByte(in bytes: [UInt8]) -> TextFileError {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0, line = 1, column = 1
        var afterCarriageReturn = false
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                offset += encoded.count
                let value = encoded.count == 1 ? encoded.first! : 0
                if value == 0x0A, afterCarriageReturn {
                    afterCarriageReturn = false  // the LF of a CRLF, counted at the CR
                } else if value == 0x0A || value == 0x0D {
                    line += 1
                    column = 1
                    afterCarriageReturn = value == 0x0D
                } else {
                    column += 1
                    afterCarriageReturn = false
                }
            case .error:
                return .invalidUTF8(line: line, column: column, byte: bytes[offset])
            case .emptyInput:
                return .invalidUTF8(line: line, column: column, byte: 0)  // not reached: the bytes were invalid
            }
        }
    }
}

/// The lines of a text, as `TextFile.lines(of:)` splits them.
public struct TextLines: Sequence, Sendable {
    let text: String

    public struct Iterator: IteratorProtocol {
        let text: String
        var start: String.Index?

        public mutating func next() -> Substring? {
            guard let lineStart = start else { return nil }
            let utf8 = text.utf8
            var index = lineStart
            while index != utf8.endIndex {
                let byte = utf8[index]
                if byte == 0x0A || byte == 0x0D {
                    let line = text[lineStart..<index]
                    index = utf8.index(after: index)
                    if byte == 0x0D, index != utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
                    start = index
                    return line
                }
                index = utf8.index(after: index)
            }
            start = nil
            return text[lineStart..<utf8.endIndex]
        }
    }

    public func makeIterator() -> Iterator {
        Iterator(text: text, start: text.startIndex)
    }
}

/// Why a file could not be read as text. The description is the reason alone, one line
/// without the path, for callers to put after the path they name.
public enum TextFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound
    case permissionDenied
    case isDirectory
    /// A FIFO, socket or device; `kind` is "a FIFO", "a socket", "a character device", ….
    case notRegularFile(kind: String)
    case symbolicLinkLoop
    case tooLarge(limit: Int)
    /// The first byte that is not UTF-8, at a line and column (in Unicode scalars) from 1.
    case invalidUTF8(line: Int, column: Int, byte: UInt8)
    /// Any other failure, as the system describes it.
    case system(String)

    init(errno code: Int32) {
        switch code {
        case ENOENT: self = .notFound
        case EACCES, EPERM: self = .permissionDenied
        case EISDIR: self = .isDirectory
        case ELOOP: self = .symbolicLinkLoop
        case ENOTDIR: self = .system("a component of the path is not a folder")
        default:
            let message = String(cString: strerror(code))
            self = .system(message.prefix(1).lowercased() + message.dropFirst())
        }
    }

    public var description: String {
        switch self {
        case .notFound: return "no such file or directory"
        case .permissionDenied: return "permission denied"
        case .isDirectory: return "is a directory"
        case let .notRegularFile(kind): return "is not a regular file (\(kind))"
        case .symbolicLinkLoop: return "too many levels of symbolic links"
        case let .tooLarge(limit):
            let size = limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
            return "is larger than \(size), the limit for files the tool reads"
        case let .invalidUTF8(line, column, byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "line \(line), column \(column): byte 0x\(hex.count < 2 ? "0" : "")\(hex) is not valid UTF-8"
        case let .system(message): return message
        }
    }
}
