/// The (a, b) plane sampled on two axes. Cells are stored row-major with a along a row:
/// index = j·a.count + i for a = a.value(at: i), b = b.value(at: j).
public struct ParameterGrid: Sendable, Equatable {
    public let a: GridAxis
    public let b: GridAxis

    public init(a: GridAxis, b: GridAxis) {
        self.a = a
        self.b = b
    }

    public var cellCount: Int { a.count * b.count }

    /// The (a, b) of a cell.
    public func point(at index: Int) -> (a: Double, b: Double) {
        (a.value(at: index % a.count), b.value(at: index / a.count))
    }

    /// Cells first computed in the pass of the given stride: those on the stride lattice that are
    /// not on the lattice of twice the stride (or all lattice cells in the coarsest pass).
    func cells(stride: Int, coarsest: Bool) -> [Int] {
        var cells: [Int] = []
        for j in Swift.stride(from: 0, to: b.count, by: stride) {
            for i in Swift.stride(from: 0, to: a.count, by: stride) {
                let coarser = !coarsest && i % (2 * stride) == 0 && j % (2 * stride) == 0
                if !coarser { cells.append(j * a.count + i) }
            }
        }
        return cells
    }
}
