/// An integrand `g(t, 1 − t)` on (0, 1) as the tanh-sinh quadrature (`TanhSinhQuadrature`) calls it:
/// at one node of `TanhSinhRule`, approached from one end, so that `t = δ`, `1 − t = 1 − δ` from
/// `.zero` and `t = 1 − δ`, `1 − t = δ` from `.one`. An integrand may use what the node carries
/// besides `t` (its logarithms, its index into a table of per-node values) instead of recomputing it;
/// it must return what `g(t, 1 − t)` would.
protocol NodeIntegrand {
    func value(at node: TanhSinhNode, from endpoint: Endpoint) -> Double
}

/// A plain function `g(t, 1 − t)` as a `NodeIntegrand`.
struct ClosureIntegrand: NodeIntegrand {
    let function: (_ t: Double, _ complement: Double) -> Double

    @inline(__always)
    func value(at node: TanhSinhNode, from endpoint: Endpoint) -> Double {
        switch endpoint {
        case .zero: function(node.near, node.far)
        case .one: function(node.far, node.near)
        }
    }
}
