import Foundation
import UnmaskUI

/// The repository's `lessons/` folder and its lessons.
enum ShippedLessons {
    static let folder: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons").path
    }()

    static var names: [String] { LessonLibrary(folders: [folder]).available().map(\.name) }

    static func load(_ name: String) throws -> Lesson {
        try LessonLibrary(folders: [folder]).load(name)
    }
}
