import Foundation
import Testing
@testable import UnmaskCore

@Suite("Grid: the exact inverse of an axis")
struct GridAxisLookupTests {
    static let axes: [GridAxis] = [
        try! GridAxis(min: 0.1, max: 3, count: 256), try! GridAxis(min: 0.01, max: 100, count: 401, spacing: .logarithmic),
        try! GridAxis(min: -2, max: 1e6, count: 7), try! GridAxis(min: 2, max: 2, count: 1), try! GridAxis(min: 1, max: 1, count: 4),
        try! GridAxis(min: 0.5, max: 0.5 + 1e-13, count: 64),
    ]

    /// Every value of the axis is found at an index holding that value (its own index unless
    /// values repeat), and nothing else is found.
    @Test(arguments: axes)
    func findsEveryValueAndNothingElse(axis: GridAxis) {
        let lookup = GridAxisLookup(axis)
        for index in 0..<axis.count {
            let value = axis.value(at: index)
            let found = lookup.index(of: value)
            #expect(found.map(axis.value(at:)) == value, "index \(index)")
            if Set(axis.values).count == axis.count { #expect(found == index) }
            for other in [value.nextUp, value.nextDown] where !axis.values.contains(other) {
                #expect(lookup.index(of: other) == nil)
            }
        }
        for outside in [axis.min - 1, axis.max + 1, .nan, .infinity, -.infinity] {
            #expect(lookup.index(of: outside) == nil, "\(outside)")
        }
    }
}
