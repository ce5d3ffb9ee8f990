import Foundation

/// The cells of a sweep: every task × steps value × (a, b) point, in that order (the task
/// outermost, b innermost), each with its own id.
public struct SweepPlan: Equatable, Sendable {
    public let cells: [SweepCell]

    /// The plan over `points` (a, b), each rounded to 10 significant digits (`parameter`) so that
    /// ids, schedule files and the scores read back name the same value.
    public init(points: [(a: Double, b: Double)], steps: [Int], tasks: [String], genLength: Int, blockLength: Int) {
        let count = points.count * steps.count * tasks.count
        let width = String(Swift.max(0, count - 1)).count
        var cells: [SweepCell] = []
        cells.reserveCapacity(count)
        for task in tasks {
            for n in steps {
                for point in points {
                    let index = cells.count
                    let (a, b) = (Self.parameter(point.a), Self.parameter(point.b))
                    let number = String(repeating: "0", count: width - String(index).count) + String(index)
                    let id = "\(number)-\(Self.fileSafe(task))-n\(n)-a\(a.compactDescription)-b\(b.compactDescription)"
                    cells.append(SweepCell(index: index, id: id, a: a, b: b, steps: n, genLength: genLength,
                                           blockLength: blockLength, task: task))
                }
            }
        }
        self.cells = cells
    }

    /// The plan over the grid's points, a varying fastest.
    public init(grid: ParameterGrid, steps: [Int], tasks: [String], genLength: Int, blockLength: Int) {
        let points = (0..<grid.cellCount).map { index -> (a: Double, b: Double) in
            let point = grid.point(at: index)
            return (point.a, point.b)
        }
        self.init(points: points, steps: steps, tasks: tasks, genLength: genLength, blockLength: blockLength)
    }

    /// A grid value as the plan uses it: rounded to 10 significant digits, which removes the last
    /// bits of `min + (max − min)·i/(n−1)` (0.30000000000000004 becomes 0.3) and keeps distinct
    /// points of any grid within the axis count limit apart.
    public static func parameter(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        return Double(String(format: "%.10g", value)) ?? value
    }

    /// `text` with every character outside `A-Z a-z 0-9 _ . -` replaced by `_`.
    static func fileSafe(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) ? $0 : "_" })
    }
}
