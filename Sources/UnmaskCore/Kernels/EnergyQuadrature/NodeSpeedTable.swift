/// A weight's γ̇_w at every node of `TanhSinhRule.shared`, from both ends, computed once.
///
/// An energy quadrature under a fixed weight evaluates γ̇_w at the same nodes for every schedule α
/// (every cell of an energy heatmap), so the sine and cosine weights' values are tabulated once per
/// process: looking one up returns exactly what the formula returns there, without its sine–cosine
/// polynomial, square root and division. The table (about 2 300 nodes, two values each) lives in
/// memory that is never freed, like the rule's (no reference counting shared between grid workers).
struct NodeSpeedTable: @unchecked Sendable {
    /// γ̇_w(δ, 1 − δ) at node `i` (index `allNodes.count`: the centre).
    private let fromZero: UnsafeBufferPointer<Double>
    /// γ̇_w(1 − δ, δ) at node `i`.
    private let fromOne: UnsafeBufferPointer<Double>

    /// The table of `speed(t, 1 − t)` over the shared rule's nodes and its centre.
    init(_ speed: (_ t: Double, _ complement: Double) -> Double) {
        let rule = TanhSinhRule.shared
        let nodes = Array(rule.allNodes) + [rule.centre]
        let zero = UnsafeMutableBufferPointer<Double>.allocate(capacity: nodes.count)
        let one = UnsafeMutableBufferPointer<Double>.allocate(capacity: nodes.count)
        for node in nodes {
            zero[node.index] = speed(node.near, node.far)
            one[node.index] = speed(node.far, node.near)
        }
        fromZero = UnsafeBufferPointer(zero)
        fromOne = UnsafeBufferPointer(one)
    }

    /// The sine weight α_w = sin(πt/2).
    static let sine = NodeSpeedTable { t, u in sineGammaDot(t: t, u: u) }
    /// The cosine weight α_w = 1 − cos(πt/2), the sine weight's mirror.
    static let cosine = NodeSpeedTable { t, u in sineGammaDot(t: u, u: t) }

    @inline(__always)
    func value(at node: TanhSinhNode, from endpoint: Endpoint) -> Double {
        switch endpoint {
        case .zero: fromZero[node.index]
        case .one: fromOne[node.index]
        }
    }
}
