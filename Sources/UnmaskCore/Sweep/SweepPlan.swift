import Foundation

/// The cells of a sweep, each with its own id: every task × steps value × (a, b) point (the task
/// outermost, a fastest), or for a refined round, each (task, N)'s own points.
public struct SweepPlan: Equatable, Sendable {
    public let cells: [SweepCell]

    /// The points one task is evaluated at with one N.
    public struct Group: Sendable {
        public let task: String
        public let steps: Int
        public let points: [(a: Double, b: Double)]

        public init(task: String, steps: Int, points: [(a: Double, b: Double)]) {
            self.task = task
            self.steps = steps
            self.points = points
        }
    }

    /// The plan over `groups` in order, each point rounded to 10 significant digits (`parameter`)
    /// so that ids, schedule files and the scores read back name the same value.
    public init(groups: [Group], genLength: Int, blockLength: Int) {
        let count = groups.map(\.points.count).reduce(0, +)
        let width = String(Swift.max(0, count - 1)).count
        var cells: [SweepCell] = []
        cells.reserveCapacity(count)
        for group in groups {
            for point in group.points {
                let index = cells.count
                let (a, b) = (Self.parameter(point.a), Self.parameter(point.b))
                let number = String(repeating: "0", count: width - String(index).count) + String(index)
                let id = "\(number)-\(Self.fileSafe(group.task))-n\(group.steps)-a\(a.compactDescription)-b\(b.compactDescription)"
                cells.append(SweepCell(index: index, id: id, a: a, b: b, steps: group.steps, genLength: genLength,
                                       blockLength: blockLength, task: group.task))
            }
        }
        self.cells = cells
    }

    /// Every task × steps value × point, the task outermost.
    public init(points: [(a: Double, b: Double)], steps: [Int], tasks: [String], genLength: Int, blockLength: Int) {
        let groups = tasks.flatMap { task in steps.map { Group(task: task, steps: $0, points: points) } }
        self.init(groups: groups, genLength: genLength, blockLength: blockLength)
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
