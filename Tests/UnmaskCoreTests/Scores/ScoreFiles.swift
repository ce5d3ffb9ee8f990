import Foundation

/// Paths of the repository's score files, for tests.
enum ScoreFiles {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var chen2025CSV: String { repository.appendingPathComponent("data/chen2025-llada.csv").path }

    static var lmEvalFixtures: String { repository.appendingPathComponent("Tests/UnmaskCoreTests/Fixtures/lmeval").path }

    static func lmEval(_ relative: String) -> String { lmEvalFixtures + "/" + relative }
}
