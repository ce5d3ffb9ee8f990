import Testing
@testable import UnmaskCore

@Suite("Grid: axes")
struct GridAxisTests {
    @Test func linearAndLogSpacing() throws {
        #expect(try GridAxis(parsing: "0.1:1:10").values.enumerated().allSatisfy { abs($1 - 0.1 * Double($0 + 1)) < 1e-15 })
        let log = try GridAxis(parsing: "0.01:100:5:log")
        #expect(log.values.first == 0.01 && log.values.last == 100)
        for (value, expected) in zip(log.values, [0.01, 0.1, 1, 10, 100]) {
            #expect(relativeError(value, expected) < 1e-14)
        }
        #expect(try GridAxis(parsing: "0.5:0.5:1").values == [0.5])
    }

    /// `index(of:)` inverts `value(at:)` on linear and logarithmic axes, and finds nothing
    /// between points or outside the axis.
    @Test func indexOfInvertsValueAt() throws {
        for axis in [try GridAxis(parsing: "0.05:2.35:47"), try GridAxis(parsing: "0.01:100:41:log"), try GridAxis(parsing: "0.5:0.5:1")] {
            for index in 0..<axis.count { #expect(axis.index(of: axis.value(at: index)) == index, "\(axis) at \(index)") }
        }
        let linear = try GridAxis(parsing: "0.05:2.35:47")
        #expect(linear.index(of: 0.9) == 17)
        #expect(linear.index(of: 0.925) == nil)
        #expect(linear.index(of: 2.40) == nil)
        #expect(linear.index(of: 0) == nil)
        #expect(try GridAxis(parsing: "0.01:100:41:log").index(of: 1) == 20)
    }

    @Test func badAxesNameTheBadValue() {
        #expect(throws: GridAxisError.countTooSmall(0)) { try GridAxis(parsing: "0.1:1:0") }
        #expect(throws: GridAxisError.minAboveMax(min: 2, max: 1)) { try GridAxis(parsing: "2:1:5") }
        #expect(throws: GridAxisError.notANumber("MAX", "x")) { try GridAxis(parsing: "1:x:5") }
        #expect(throws: GridAxisError.notANumber("COUNT", "2.5")) { try GridAxis(parsing: "1:2:2.5") }
        #expect(throws: GridAxisError.notFinite("MIN", -.infinity)) { try GridAxis(parsing: "-inf:1:5") }
        #expect(throws: GridAxisError.logNeedsPositive(0)) { try GridAxis(parsing: "0:1:5:log") }
        #expect(throws: GridAxisError.unknownSpacing("cubic")) { try GridAxis(parsing: "1:2:5:cubic") }
        #expect(throws: GridAxisError.malformed("1:2")) { try GridAxis(parsing: "1:2") }
    }
}
