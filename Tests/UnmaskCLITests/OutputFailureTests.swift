import Testing
import UnmaskTestSupport

@Suite("CLI: output that cannot be written exits 74; a closed or full stderr never crashes")
struct OutputFailureTests {
    static let commands = [
        "heatmap --a 0.1:1:4 --b 0.1:1:4",
        "energy --alpha linear --format json",
        "schedule --alpha cosine --length 64 --steps 8",
        "export --alpha cosine --length 64 --steps 8", "export --alpha cosine --length 64 --steps 8 --format csv",
        "sample --target words --alpha linear --steps 5",
        "sample --target words --alpha linear --steps 5 --format jsonl",
        "targets", "schedules", "--help", "heatmap --help", "--version",
        "explore --list-themes",
        "scores show", "scores show --format csv", "scores speedup --format json",
        "scores curves --task gsm8k", "scores curves --task gsm8k --format plot",
    ]

    @Test(arguments: commands)
    func fullDiskExits74(command: String) throws {
        let result = try runUnmaskInShell("$U \(command) >/dev/full")
        #expect(result.status == 74, "\(command): status \(result.status)")
        #expect(result.standardError == "unmask: cannot write to standard output: No space left on device\n")
    }

    @Test func closedStandardOutputExits74() throws {
        let result = try runUnmaskInShell("$U energy --alpha linear >&-")
        #expect(result.status == 74)
        #expect(result.standardError.hasPrefix("unmask: cannot write to standard output: "))
    }

    /// The usage error is still the exit status when its line cannot be written.
    @Test(arguments: ["2>&-", "2>/dev/full"])
    func badInputWithUnwritableStandardErrorExits64(redirection: String) throws {
        let result = try runUnmaskInShell("$U energy --alpha bogus \(redirection)")
        #expect(result.status == 64)
    }

    /// A note is output too: when stderr cannot take it the command fails rather than succeed.
    @Test func noteToFullStandardErrorExits74() throws {
        let result = try runUnmaskInShell("$U heatmap --metric tv --target words --order confidence --steps 8 --a 1:1:1 --b 1:1:1 2>/dev/full")
        #expect(result.status == 74)
    }

    /// `| head` ends the writer quietly by SIGPIPE (status 141 in the shell), with nothing on stderr.
    @Test func brokenPipeEndsQuietly() throws {
        let result = try runUnmaskInShell(
            "$U schedule --alpha linear --length 1000000 --steps 1000000 | head -1 >/dev/null; echo ${PIPESTATUS[0]}")
        #expect(result.standardOutput == "141\n")
        #expect(result.standardError.isEmpty)
    }
}

@Suite("CLI: echoed values are escaped and bounded")
struct EchoedValueTests {
    @Test func controlCharactersAreEscaped() throws {
        let result = try runUnmask("schedule", "--alpha", "\u{1B}[2J\u{7}x\ny")
        #expect(result.status == 64)
        #expect(!result.standardError.utf8.contains(0x1B))
        #expect(!result.standardError.utf8.contains(0x07))
        #expect(result.standardError.contains("'\\e[2J\\u{7}x\\ny'"))
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test func longValuesAreCutWithAnEllipsis() throws {
        let value = String(repeating: "a", count: 100_000)
        let result = try runUnmask("schedule", "--alpha", value)
        #expect(result.status == 64)
        #expect(result.standardError.count < 1100)
        #expect(result.standardError.contains(String(repeating: "a", count: 70) + "…"))
        #expect(!result.standardError.contains(String(repeating: "a", count: 80)))
        let spaced = String(repeating: "a ", count: 50_000)
        let other = try runUnmask("schedule", "--alpha", spaced)
        #expect(other.status == 64)
        #expect(other.standardError.count <= "unmask: ".count + 1000 + 1)
        #expect(other.standardError.hasSuffix("…\n"))
    }
}
