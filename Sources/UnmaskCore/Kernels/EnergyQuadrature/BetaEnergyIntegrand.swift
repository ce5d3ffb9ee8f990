/// γ̇ of a weight at the nodes of the tanh-sinh rule, from either end (`t = δ` from `.zero`,
/// `t = 1 − δ` from `.one`; t = 0 fully masked).
protocol NodeSpeed {
    func value(at node: TanhSinhNode, from endpoint: Endpoint) -> Double
}

extension NodeSpeedTable: NodeSpeed {}

/// The power weights: α_w = t^k, γ̇_w = `powerGammaDot(t, 1 − t, k)`, or, `mirrored`, its mirror
/// α_w = 1 − (1 − t)^k. Computed at each node (k is a parameter, so there is no table per process).
struct PowerNodeSpeed: NodeSpeed {
    let k: Double
    let mirrored: Bool

    @inline(__always)
    func value(at node: TanhSinhNode, from endpoint: Endpoint) -> Double {
        let (t, u) = endpoint == .zero ? (node.near, node.far) : (node.far, node.near)
        return mirrored ? powerGammaDot(t: u, u: t, k: k) : powerGammaDot(t: t, u: u, k: k)
    }
}

/// The energy integrand γ̇_α(t)²/γ̇_w(t) for α = Beta(a, b) (theory §3; `energy` = π² × its integral),
/// evaluated from what the node stores (its logarithms for γ̇_α, its index for a tabulated γ̇_w):
/// the per-cell loop of an energy heatmap.
struct BetaEnergyIntegrand<Weight: NodeSpeed>: NodeIntegrand {
    let alpha: BetaSpeed
    let weight: Weight

    @inline(__always)
    func value(at node: TanhSinhNode, from endpoint: Endpoint) -> Double {
        let speed = alpha.value(at: node, from: endpoint)
        return speed * speed / weight.value(at: node, from: endpoint)
    }
}
