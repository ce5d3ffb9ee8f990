/// The `capacity` smallest of a stream of elements under `areInIncreasingOrder`, kept in a
/// binary max-heap: O(log capacity) per element and O(capacity) memory, so the best 10^5 of
/// 16 million points need no 16-million-element sort.
struct SmallestElements<Element> {
    let capacity: Int
    private let areInIncreasingOrder: (Element, Element) -> Bool
    /// A max-heap: the largest kept element at the root.
    private var heap: [Element] = []

    init(capacity: Int, by areInIncreasingOrder: @escaping (Element, Element) -> Bool) {
        self.capacity = Swift.max(0, capacity)
        self.areInIncreasingOrder = areInIncreasingOrder
    }

    /// Offers an element: kept if fewer than `capacity` are kept or it is smaller than the largest.
    mutating func insert(_ element: Element) {
        guard capacity > 0 else { return }
        if heap.count < capacity {
            heap.append(element)
            siftUp(heap.count - 1)
        } else if areInIncreasingOrder(element, heap[0]) {
            heap[0] = element
            siftDown(0)
        }
    }

    /// The kept elements in increasing order.
    var sorted: [Element] { heap.sorted(by: areInIncreasingOrder) }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard areInIncreasingOrder(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < heap.count, areInIncreasingOrder(heap[largest], heap[left]) { largest = left }
            if right < heap.count, areInIncreasingOrder(heap[largest], heap[right]) { largest = right }
            guard largest != parent else { return }
            heap.swapAt(parent, largest)
            parent = largest
        }
    }
}
