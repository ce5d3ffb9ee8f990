import Testing
@testable import UnmaskCore

@Suite("Support: the k smallest of a stream")
struct SmallestElementsTests {
    /// Against a full sort, for many sizes, capacities and orders of arrival, with ties.
    @Test func matchesAFullSort() {
        var generator = SplitMix64(seed: 5)
        for trial in 0..<300 {
            let count = Int(generator.next() % 200), capacity = Int(generator.next() % 40)
            let values = (0..<count).map { _ in Int(generator.next() % 50) }
            var smallest = SmallestElements<(Int, Int)>(capacity: capacity) { $0 < $1 }
            for (index, value) in values.enumerated() { smallest.insert((value, index)) }
            let expected = values.enumerated().map { ($0.element, $0.offset) }.sorted { $0 < $1 }.prefix(capacity)
            #expect(smallest.sorted.map(\.0) == expected.map(\.0), "trial \(trial)")
            #expect(smallest.sorted.map(\.1) == expected.map(\.1), "trial \(trial)")
        }
    }

    @Test func zeroCapacityKeepsNothing() {
        var smallest = SmallestElements<Int>(capacity: 0, by: <)
        smallest.insert(1)
        #expect(smallest.sorted.isEmpty)
    }
}
