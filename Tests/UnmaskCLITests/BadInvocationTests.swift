import Foundation
import Testing
import UnmaskTestSupport

@Suite("CLI: generated bad and extreme invocations exit 64 with one escaped line, within 20 s and 2 GiB of address space")
struct BadInvocationTests {
    /// The generated cases; `UNMASK_BAD_INVOCATIONS=N` makes N of them (at least the standard ones).
    static let cases: [[String]] = {
        let standard = BadInvocationGenerator.standardCases
        let requested = ProcessInfo.processInfo.environment["UNMASK_BAD_INVOCATIONS"].flatMap(Int.init) ?? standard.count
        return BadInvocationGenerator.cases(count: max(requested, standard.count), seed: 12)
    }()

    @Test func thereAreAtLeast300() {
        #expect(BadInvocationGenerator.standardCases.count >= 300)
    }

    @Test(arguments: cases)
    func refusedWithOneLine(arguments: [String]) throws {
        let result = try runUnmaskLimited(arguments)
        if let report = ProcessInfo.processInfo.environment["UNMASK_BAD_INVOCATIONS_REPORT"] {
            Self.record(result, arguments, in: report)
        }
        let shown = arguments.map { String($0.prefix(40)) }
        #expect(result.status == 64, "\(shown): status \(result.status), stderr \(result.standardError.prefix(300))")
        #expect(result.standardOutput.isEmpty, "\(shown): stdout \(result.standardOutput.prefix(200))")
        let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "\(shown): \(lines.count - 1) lines")
        #expect(result.standardError.hasPrefix("unmask: "), "\(shown)")
        #expect(!result.standardError.unicodeScalars.dropLast().contains { $0.value < 0x20 || $0.value == 0x7F },
                "\(shown): raw control characters")
        #expect(result.standardError.count <= 1009, "\(shown): \(result.standardError.count) characters")
    }

    /// Appends `status<TAB>lines<TAB>characters<TAB>arguments` to the report file (one `write` of
    /// one line with O_APPEND, so concurrent cases do not interleave), for
    /// `scripts/bad-invocations` to count by outcome.
    private static func record(_ result: CommandResult, _ arguments: [String], in path: String) {
        let shown = arguments.map { String($0.prefix(40)).unicodeScalars.map { $0.value < 0x20 ? "?" : String($0) }.joined() }
        let lines = result.standardError.split(separator: "\n").count
        let line = "\(result.status)\t\(lines)\t\(result.standardError.count)\t\(shown.joined(separator: " "))\n"
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard descriptor >= 0 else { return }
        _ = Array(line.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }
}
