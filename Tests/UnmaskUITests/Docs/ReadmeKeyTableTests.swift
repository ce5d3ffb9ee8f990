import Foundation
import Testing
import UnmaskUI

/// The README's key table is generated from `KeyTable.explorer`, the table that also dispatches the
/// keys and draws the `?` overlay, so the README cannot drift from the explorer's behaviour.
@Suite("README key table: generated from the key table")
struct ReadmeKeyTableTests {
    static let begin = "<!-- keys:begin -->"
    static let end = "<!-- keys:end -->"

    /// README.md at the root of the package, found from this file
    /// (Tests/UnmaskUITests/Docs/ReadmeKeyTableTests.swift).
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// One markdown row per listed binding, in table order: group, keys (each in backticks), help text.
    static func markdown(_ table: KeyTable) -> String {
        var lines = ["| group | keys | action |", "|---|---|---|"]
        for binding in table.listedBindings {
            let keys = binding.keys.map { code($0.label) }.joined(separator: " ")
            lines.append("| \(cell(binding.group.rawValue)) | \(keys) | \(cell(binding.help)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Inline code that survives a backtick or a pipe in the label.
    static func code(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "|", with: "\\|")
        return text.contains("`") ? "`` \(escaped) ``" : "`\(escaped)`"
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    /// Where the generated table goes: the lines after `begin` up to the line of `end`.
    static func section(of readme: String) -> Range<String.Index>? {
        guard let start = readme.range(of: begin + "\n"),
              let stop = readme.range(of: end, range: start.upperBound..<readme.endIndex),
              stop.lowerBound == start.upperBound || readme[readme.index(before: stop.lowerBound)] == "\n"
        else { return nil }
        return start.upperBound..<stop.lowerBound
    }

    @Test func theReadmeShowsTheGeneratedTable() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let table = Self.markdown(.explorer)
        let section = Self.section(of: text)
        let range = try #require(section, "README.md needs the lines \(Self.begin) and \(Self.end) around the key table")
        if ProcessInfo.processInfo.environment["UNMASK_UPDATE_SNAPSHOTS"] == "1" {
            if text[range] != table {
                try text.replacingCharacters(in: range, with: table).write(to: Self.readme, atomically: true, encoding: .utf8)
            }
            return
        }
        #expect(text[range] == table, """
            README.md's key table differs from KeyTable.explorer; regenerate it with
                UNMASK_UPDATE_SNAPSHOTS=1 swift test --filter ReadmeKeyTableTests
            """)
    }

    @Test func everyListedBindingHasOneRow() {
        let rows = Self.markdown(.explorer).split(separator: "\n")
        #expect(rows.count == KeyTable.explorer.listedBindings.count + 2)
        #expect(rows.allSatisfy { $0.hasPrefix("| ") && $0.hasSuffix(" |") || $0 == "|---|---|---|" })
    }

    @Test func labelsWithPipesOrBackticksStayInTheirCell() {
        #expect(Self.code("|") == "`\\|`")
        #expect(Self.code("`") == "`` ` ``")
        #expect(Self.code("C-l") == "`C-l`")
    }
}
