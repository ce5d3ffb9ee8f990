import Foundation
import Glibc
import Testing
@testable import UnmaskCore

@Suite("Targets: built-in and from files")
struct ToyTargetTests {
    @Test func builtInShapes() throws {
        let shapes = ToyTarget.builtIn.map { ($0.name, $0.length, $0.vocabularySize, $0.sequences.count) }
        #expect(shapes.map(\.0) == ["paper-extremes", "paper-balanced", "words", "addition", "sticky-chain", "palindromes",
                                     "copy", "permutation", "long-chain"])
        #expect(shapes.map(\.1) == [5, 5, 5, 6, 8, 6, 8, 5, 12])
        #expect(shapes.map(\.2) == [2, 2, 26, 12, 3, 3, 2, 5, 2])
        #expect(shapes.map(\.3) == [2, 20, 600, 100, 6561, 27, 16, 120, 4096])
        for target in ToyTarget.builtIn {
            #expect(abs(target.probabilities.reduce(0, +) - 1) < 1e-12, "\(target.name)")
        }
    }

    @Test func contentsAreWhatTheyClaim() throws {
        #expect(ToyTarget.paperBalanced.sequences.allSatisfy { [2, 3].contains($0.filter { $0 == 0 }.count) })
        let addition = ToyTarget.addition
        #expect(addition.probability(of: addition.tokens(of: "3+4=07")!) == 0.01)
        #expect(addition.probability(of: addition.tokens(of: "9+9=18")!) == 0.01)
        #expect(addition.probability(of: addition.tokens(of: "3+4=08")!) == 0)
        let chain = ToyTarget.stickyChain
        // Normalising by the sum of 6561 weights costs a few 1e-15.
        #expect(relativeError(chain.probability(of: chain.tokens(of: "xxxxxxxx")!), pow(0.9, 7) / 3) < 1e-13)
        #expect(relativeError(chain.probability(of: chain.tokens(of: "xyxxxxxx")!), pow(0.9, 5) * 0.05 * 0.05 / 3) < 1e-13)
        #expect(ToyTarget.palindromes.sequences.allSatisfy { $0 == $0.reversed() })
        #expect(ToyTarget.copy.sequences.allSatisfy { Array($0.prefix(4)) == Array($0.suffix(4)) })
        #expect(ToyTarget.permutation.sequences.allSatisfy { Set($0).count == 5 })
        let long = ToyTarget.longChain
        #expect(relativeError(long.probability(of: long.tokens(of: "xxxyyyyyyyyx")!), pow(0.9, 9) * 0.01 / 2) < 1e-13)
        #expect(ToyTarget.words.supportIndex(of: ToyTarget.words.tokens(of: "about")!) != nil)
    }

    @Test func namedLookup() throws {
        #expect(try ToyTarget.named(" Paper-Extremes ").name == "paper-extremes")
        #expect(throws: ToyTargetError.self) { try ToyTarget.named("nope") }
        #expect(ToyTargetError.unknownName("nope", valid: ["a", "b"]).description.contains("valid: a, b"))
    }

    @Test func fileFormat() throws {
        let target = try ToyTarget(parsing: "# comment\nabc 3\n\ncab\nabc 1\n", path: "mine.txt")
        #expect(target.alphabet == ["a", "b", "c"])
        #expect(target.sequences.count == 2)
        #expect(target.probability(of: target.tokens(of: "abc")!) == 0.8)
        #expect(target.name == "mine")
    }

    @Test func badFilesNameTheLine() {
        #expect(throws: ToyTargetError.empty(path: "f")) { try ToyTarget(parsing: "# nothing\n\n", path: "f") }
        #expect(throws: ToyTargetError.raggedLength(path: "f", line: 2, length: 2, expected: 3)) { try ToyTarget(parsing: "abc\nab\n", path: "f") }
        #expect(throws: ToyTargetError.badWeight(path: "f", line: 1, text: "-2")) { try ToyTarget(parsing: "abc -2\n", path: "f") }
        #expect(throws: ToyTargetError.badWeight(path: "f", line: 1, text: "nan")) { try ToyTarget(parsing: "abc nan\n", path: "f") }
        #expect(throws: ToyTargetError.badWeight(path: "f", line: 1, text: "1 2")) { try ToyTarget(parsing: "abc 1 2\n", path: "f") }
        #expect(throws: ToyTargetError.self) { try ToyTarget(contentsOfFile: "/nonexistent/target.txt") }
    }

    @Test func crlfAndCRLineEnds() throws {
        let unix = try ToyTarget(parsing: "# c\nabc 3\n\ncab\nabc 1\n", path: "t")
        for text in ["# c\r\nabc 3\r\n\r\ncab\r\nabc 1\r\n", "# c\rabc 3\r\rcab\rabc 1\r", "# c\r\nabc 3\n\rcab\r\nabc 1"] {
            let target = try ToyTarget(parsing: text, path: "t")
            #expect(target.sequences == unix.sequences && target.probabilities == unix.probabilities, "\(text.debugDescription)")
            #expect(target.alphabet == ["a", "b", "c"])
        }
        #expect(throws: ToyTargetError.raggedLength(path: "f", line: 3, length: 2, expected: 3)) {
            try ToyTarget(parsing: "abc\r\nabd\r\nab\r\n", path: "f")
        }
        #expect(throws: ToyTargetError.badWeight(path: "f", line: 2, text: "x")) { try ToyTarget(parsing: "abc\rabd x\r", path: "f") }
        #expect(try ToyTarget(parsing: "\u{FEFF}ab\r\nba\r\n", path: "bom").alphabet == ["a", "b"])
    }

    @Test func duplicatesMergeTheirWeights() throws {
        let target = try ToyTarget(parsing: "ab 1\nba 2\nab 1\n", path: "d")
        #expect(target.sequences.count == 2)
        #expect(target.probability(of: target.tokens(of: "ab")!) == 0.5)
    }

    @Test func filesAreBounded() throws {
        let symbols = String((0..<255).map { Character(Unicode.Scalar(0x100 + $0)!) })
        #expect(throws: ToyTargetError.tooManySymbols(path: "f", line: 1)) { try ToyTarget(parsing: symbols, path: "f") }
        #expect(try ToyTarget(parsing: String(symbols.dropLast()), path: "f").vocabularySize == 254)
        let split = String(symbols.prefix(200)) + "\n" + String(symbols.suffix(200))
        #expect(throws: ToyTargetError.tooManySymbols(path: "f", line: 2)) { try ToyTarget(parsing: split, path: "f") }
        #expect(try ToyTarget(parsing: String(repeating: "a", count: 256), path: "f").length == 256)
        #expect(throws: ToyTargetError.sequenceTooLong(path: "f", line: 1, length: 257)) {
            try ToyTarget(parsing: String(repeating: "a", count: 257), path: "f")
        }
        // A line of a million characters is refused by its length in bytes, before any splitting.
        #expect(throws: ToyTargetError.lineTooLong(path: "f", line: 2, bytes: 1_000_000)) {
            try ToyTarget(parsing: "#\n" + String(repeating: "a", count: 1_000_000), path: "f")
        }
        let many = String(repeating: "ab\n", count: Limits.maximumTargetSupport + 1)
        #expect(throws: ToyTargetError.tooManySequences(path: "f", line: Limits.maximumTargetSupport + 1)) {
            try ToyTarget(parsing: many, path: "f")
        }
        #expect(throws: ToyTargetError.tooManyLines(path: "f")) {
            try ToyTarget(parsing: "ab\n" + String(repeating: "\n", count: Limits.maximumTargetLines), path: "f")
        }
        #expect(try ToyTarget(parsing: "ab" + String(repeating: "\r\n", count: Limits.maximumTargetLines), path: "f").length == 2)
        #expect(throws: ToyTargetError.tooManyLines(path: "f")) {
            try ToyTarget(parsing: "ab" + String(repeating: "\r\n", count: Limits.maximumTargetLines) + "#", path: "f")
        }
        let wide = (0..<5000).map { String($0, radix: 2).leftPadded(to: 16) + String(repeating: "a", count: 240) }.joined(separator: "\n")
        #expect(throws: ToyTargetError.tooManyTokens(path: "f", line: 4097, length: 256)) { try ToyTarget(parsing: wide, path: "f") }
        for error in [ToyTargetError.tooManySymbols(path: "f", line: 1), .lineTooLong(path: "f", line: 1, bytes: 5000),
                      .sequenceTooLong(path: "f", line: 1, length: 300), .tooManySequences(path: "f", line: 70000),
                      .tooManyTokens(path: "f", line: 4097, length: 256), .tooManyLines(path: "f")] {
            let limit = [Limits.maximumTargetSymbols, Limits.maximumTargetLineBytes, Limits.maximumTargetLength,
                         Limits.maximumTargetSupport, Limits.maximumTargetTokens, Limits.maximumTargetLines]
            #expect(limit.contains { error.description.contains("at most \($0)") }, "\(error)")
            #expect(error.description.hasPrefix("f:") || error.description.hasPrefix("target file f "))
        }
    }

    @Test func weightsNormaliseWithoutOverflowOrUnderflow() throws {
        let huge = try ToyTarget(parsing: "a 1e308\nb 1e308\nc 1.7e308\n", path: "h")
        #expect(huge.probabilities.allSatisfy { $0.isFinite && $0 > 0 })
        #expect(abs(huge.probabilities.reduce(0, +) - 1) < 1e-15)
        #expect(relativeError(huge.probability(of: huge.tokens(of: "c")!), 1.7 / 3.7) < 1e-14)
        let tiny = try ToyTarget(parsing: "a 1e-320\nb 3e-320\n", path: "t")
        #expect(relativeError(tiny.probability(of: tiny.tokens(of: "b")!), 0.75) < 1e-3)  // 1e-320 keeps 3 digits
        let mixed = try ToyTarget(parsing: "a 1e300\nb 1e-7\nc 1e-320\n", path: "m")
        #expect(mixed.probability(of: mixed.tokens(of: "a")!) == 1)
        #expect(relativeError(mixed.probability(of: mixed.tokens(of: "b")!), 1e-307) < 1e-14)
        #expect(mixed.supportIndex(of: mixed.tokens(of: "c")!) == nil, "a probability below the smallest double leaves the support")
        let exact = try exactOutputDistribution(of: huge, SamplerConfiguration(schedule: .uniform, steps: 1))
        #expect(SamplingErrorMetric.tv.value(exact, target: huge) < 1e-15)
        // Scaling by a power of two is exact: ordinary weights give the plain quotients.
        let plain = try ToyTarget(parsing: "a 0.3e5\nb 0.7e5\nc 1.1e5\n", path: "p")
        let total = 0.3e5 + 0.7e5 + 1.1e5
        #expect(plain.probabilities == [0.3e5 / total, 0.7e5 / total, 1.1e5 / total])
    }

    @Test func unreadableFilesGiveOneLineWithThePathAndReason() throws {
        let folder = try ScratchFolder()
        #expect(mkfifo(folder.path + "/fifo", 0o600) == 0)
        let cases: [(String, String)] = [
            (folder.path, "is a directory"), (folder.path + "/fifo", "is not a regular file (a FIFO)"),
            (folder.path + "/none", "no such file or directory"), ("/dev/zero", "is not a regular file (a character device)"),
            (try folder.write("latin1.txt", [0x61, 0x62, 0x0D, 0x0A, 0x61, 0xE9]), "line 2, column 2: byte 0xE9 is not valid UTF-8"),
        ]
        for (path, reason) in cases {
            #expect(throws: ToyTargetError.unreadable(path: path, reason: reason)) { try ToyTarget(contentsOfFile: path) }
        }
        let crlf = try ToyTarget(contentsOfFile: try folder.write("crlf.txt", "ab 2\r\nba\r\n"))
        #expect(crlf.sequences.count == 2 && crlf.name == "crlf")
    }

    @Test func controlCharactersAreNotTokens() throws {
        #expect(throws: ToyTargetError.invisibleToken(path: "f", line: 2, token: 3, character: "\u{1B}")) {
            try ToyTarget(parsing: "abcd\nab\u{1B}[2J 2\n", path: "f")
        }
        #expect(ToyTargetError.invisibleToken(path: "f", line: 2, token: 3, character: "\u{1B}").description
            == "f:2: token 3 is the control character \\e; tokens must be printable characters")
        #expect(throws: ToyTargetError.self) { try ToyTarget(parsing: "a\u{202E}b\n", path: "f") }
        #expect(throws: ToyTargetError.self) { try ToyTarget(parsing: "a\u{7F}b\n", path: "f") }
        #expect(try ToyTarget(parsing: "aé✓\nbe\u{301}x\n", path: "f").length == 3)
    }

    @Test func echoedPathsAndTextAreEscaped() {
        let error = ToyTargetError.badWeight(path: "\u{1B}[2J.txt", line: 1, text: String(repeating: "\u{7}", count: 500))
        #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
        #expect(error.description.count < 200)
        #expect(error.description.hasPrefix("\\e[2J.txt:1: weight '\\u{7}"))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
