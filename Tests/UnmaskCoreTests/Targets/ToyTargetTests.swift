import Foundation
import Testing
@testable import UnmaskCore

@Suite("Targets: built-in and from files")
struct ToyTargetTests {
    @Test func builtInShapes() throws {
        let shapes = ToyTarget.builtIn.map { ($0.name, $0.length, $0.vocabularySize, $0.sequences.count) }
        #expect(shapes.map(\.0) == ["paper-extremes", "paper-balanced", "words", "addition", "sticky-chain", "palindromes"])
        #expect(shapes.map(\.1) == [5, 5, 5, 6, 8, 6])
        #expect(shapes.map(\.2) == [2, 2, 26, 12, 3, 3])
        #expect(shapes.map(\.3) == [2, 20, 600, 100, 6561, 27])
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
}
