import Foundation
import Testing
import UnmaskUI

/// The README's key table is generated from `KeyTable.explorer`, the table that also dispatches the
/// keys and draws the `?` overlay, and its glyph table from `GlyphLegend`, the help's second page,
/// so the README cannot drift from the explorer's behaviour.
@Suite("README tables: generated from the key table and the glyph legend", .serialized)
struct ReadmeTablesTests {

    /// README.md at the root of the package, found from this file
    /// (Tests/UnmaskUITests/Docs/ReadmeTablesTests.swift).
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// One markdown row per listed binding, in table order: group, keys (each in backticks), help text.
    static func markdown(_ table: KeyTable) -> String {
        markdown(table.listedBindings)
    }

    static func markdown(_ bindings: [KeyTable.Binding]) -> String {
        var lines = ["| group | keys | action |", "|---|---|---|"]
        for binding in bindings {
            let keys = binding.keys.map { code($0.label) }.joined(separator: " ")
            lines.append("| \(cell(binding.group.rawValue)) | \(keys) | \(cell(binding.help)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One markdown row per glyph entry, in legend order: where, glyphs (in backticks), meaning.
    static func glyphMarkdown() -> String {
        var lines = ["| where | glyphs | meaning |", "|---|---|---|"]
        for section in GlyphLegend.sections {
            for entry in section.entries {
                lines.append("| \(cell(section.title)) | \(code(entry.glyphs)) | \(cell(entry.meaning)) |")
            }
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

    /// Where a generated table goes: the lines after `<!-- name:begin -->` up to the line of `<!-- name:end -->`.
    static func section(_ name: String, of readme: String) -> Range<String.Index>? {
        guard let start = readme.range(of: "<!-- \(name):begin -->\n"),
              let stop = readme.range(of: "<!-- \(name):end -->", range: start.upperBound..<readme.endIndex),
              stop.lowerBound == start.upperBound || readme[readme.index(before: stop.lowerBound)] == "\n"
        else { return nil }
        return start.upperBound..<stop.lowerBound
    }

    /// Compares the README's section `name` with `table`, or rewrites it when asked to.
    static func check(_ name: String, table: String) throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let range = try #require(section(name, of: text),
                                 "README.md needs the lines <!-- \(name):begin --> and <!-- \(name):end --> around the table")
        if ProcessInfo.processInfo.environment["UNMASK_UPDATE_SNAPSHOTS"] == "1" {
            if text[range] != table {
                try text.replacingCharacters(in: range, with: table).write(to: Self.readme, atomically: true, encoding: .utf8)
            }
            return
        }
        #expect(text[range] == Substring(table), """
            README.md's \(name) table differs from what the explorer shows; regenerate it with
                UNMASK_UPDATE_SNAPSHOTS=1 swift test --filter ReadmeTablesTests
            """)
    }

    @Test func theReadmeShowsTheGeneratedKeyTable() throws {
        try Self.check("keys", table: Self.markdown(.explorer))
    }

    /// The workshop section's table: the keys a lesson adds (`KeyTable.lesson`'s Lesson group).
    @Test func theReadmeShowsTheGeneratedLessonKeyTable() throws {
        try Self.check("lesson-keys", table: Self.markdown(KeyTable.lesson.listedBindings.filter { $0.group == .lesson }))
    }

    @Test func theReadmeShowsTheGeneratedGlyphTable() throws {
        try Self.check("glyphs", table: Self.glyphMarkdown())
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
