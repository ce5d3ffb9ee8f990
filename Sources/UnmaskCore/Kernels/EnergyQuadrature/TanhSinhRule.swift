#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One abscissa of the tanh-sinh rule on (0, 1), described from the endpoint it approaches.
///
/// With `u = (π/2)·sinh x` (x ≥ 0) the node at distance `δ` from an endpoint is
///
///     δ     = 1 / (1 + e^{2u})          (→ 0 double-exponentially)
///     1 − δ = 1 / (1 + e^{−2u})
///
/// so both `t` and `1 − t` are known to full relative precision whichever end is near.
/// The node at `x` serves both ends: `t = δ` near 0 and `t = 1 − δ` near 1.
struct TanhSinhNode: Sendable {
    /// The transformed variable, `x ≥ 0`.
    let x: Double
    /// `δ`, the distance to the near endpoint (0 where it underflows, beyond `evaluatedReach`).
    let near: Double
    /// `1 − δ`, the distance to the far endpoint.
    let far: Double
    /// `log δ = −2u − log1p(e^{−2u})`, finite even where `δ` underflows.
    let logNear: Double
    /// `−d(log δ)/dx = π·cosh x·(1 − δ)`: how fast `δ^{p+1}` decays along `x`.
    let decayRate: Double
    /// `dt/dx = π·cosh x·δ·(1 − δ)`, the weight of the node before the factor `h`.
    let weight: Double
    /// `ln δ` and `ln(1 − δ)` as `logPair` returns them (a leading part and a correction), for integrands
    /// that take logarithms of `t` and `1 − t` (`BetaSpeed`): they are the same at every call, so they are
    /// computed once here. NaN where `δ` is not a normal number (only beyond `evaluatedReach`).
    let logNearPair: (hi: Double, lo: Double)
    /// `ln(1 − δ)` likewise.
    let logFarPair: (hi: Double, lo: Double)
    /// The node's position in `TanhSinhRule.allNodes` (the centre's is `allNodes.count`), which indexes
    /// tables of per-node values (`NodeSpeedTable`).
    let index: Int

    init(x: Double, index: Int) {
        let u = 0.5 * Double.pi * sinh(x)
        self.x = x
        self.index = index
        near = 1 / (1 + exp(2 * u))
        far = 1 / (1 + exp(-2 * u))
        logNear = -2 * u - log1p(exp(-2 * u))
        decayRate = Double.pi * cosh(x) * far
        weight = near * decayRate
        if near >= Double.leastNormalMagnitude {
            let logs = logPair(SIMD2(near, far))
            logNearPair = (logs.hi[0], logs.lo[0])
            logFarPair = (logs.hi[1], logs.lo[1])
        } else {
            logNearPair = (.nan, .nan)
            logFarPair = (.nan, .nan)
        }
    }
}

/// The precomputed nested tanh-sinh (double-exponential) rule on (0, 1).
///
///     ∫_0^1 g(t) dt = ∫_{−∞}^{∞} g(t(x))·t′(x) dx ≈ h·Σ_k g(t(kh))·t′(kh),
///     t(x) = 1 / (1 + e^{−π sinh x}),   t′(x) = π·cosh x·t·(1 − t).
///
/// Level `k` has step `h_k = ½ · 2^{−k}`; its new nodes are the odd multiples of `h_k`
/// (level 0: all multiples of ½), so every level reuses the sums of the coarser ones.
/// Nodes are stored for `x ≥ 0` only and serve both halves of the line by symmetry.
/// Up to `evaluatedReach` (`x = 6`, `δ ≈ 1.3·10⁻²⁷⁵`) the integrand is evaluated; the
/// nodes from there to `extrapolatedReach` (`x = 9`, `log δ ≈ −12 729`) only carry `log δ`
/// and are used by the power-law tail (`PowerLawTail`) for exponents close to −1.
///
/// The nodes live in one buffer that is allocated once and never freed, not in arrays: every
/// grid worker reads this table for every cell, and an array's reference count, shared by all
/// threads, turned each read into a cache-line transfer between cores (two workers ran at
/// 1.2–1.5× one worker's speed instead of 2×).
struct TanhSinhRule: @unchecked Sendable {
    /// Step of level 0.
    static let firstStep = 0.5
    /// Levels 0 ... `levelCount − 1`; the finest step is `1/256`.
    static let levelCount = 8
    /// Largest `x` at which the integrand is evaluated.
    static let evaluatedReach = 6.0
    /// Largest `x` of the extrapolated nodes.
    static let extrapolatedReach = 9.0
    /// Nodes with `x ≥ edgeStart` (`δ ≤ 0.025`) belong to an endpoint region: a non-finite
    /// integrand value there is read as overflow of the endpoint power law, not as a defect.
    static let edgeStart = 1.0

    /// The node at `x = 0` (`t = 1 − t = ½`), which belongs to level 0.
    let centre: TanhSinhNode
    /// The new nodes of every level, level by level, each with increasing `x` (immutable).
    private let nodes: UnsafeBufferPointer<TanhSinhNode>
    /// `levelStarts[k] ..< levelStarts[k + 1]`: the positions of level `k` in `nodes`.
    private let levelStarts: UnsafeBufferPointer<Int>

    /// The shared table, built once (about 2 300 nodes).
    static let shared = TanhSinhRule()

    /// Step of level `k`.
    @inline(__always)
    static func step(level: Int) -> Double {
        firstStep / Double(1 << level)
    }

    /// The new nodes of level `k` with `0 < x ≤ extrapolatedReach`, increasing `x`, indexed from 0.
    @inline(__always)
    func level(_ k: Int) -> UnsafeBufferPointer<TanhSinhNode> {
        UnsafeBufferPointer(rebasing: nodes[levelStarts[k]..<levelStarts[k + 1]])
    }

    /// Every node of every level.
    var allNodes: UnsafeBufferPointer<TanhSinhNode> { nodes }

    private init() {
        var all: [TanhSinhNode] = []
        var starts = [0]
        for level in 0..<Self.levelCount {
            let h = Self.step(level: level)
            let stride = level == 0 ? 1 : 2
            var j = 1
            while Double(j) * h <= Self.extrapolatedReach {
                all.append(TanhSinhNode(x: Double(j) * h, index: all.count))
                j += stride
            }
            starts.append(all.count)
        }
        centre = TanhSinhNode(x: 0, index: all.count)
        nodes = UnsafeBufferPointer(Self.immortalCopy(of: all))
        levelStarts = UnsafeBufferPointer(Self.immortalCopy(of: starts))
    }

    /// A copy of `elements` in memory that is never freed (the table lives as long as the process).
    private static func immortalCopy<Element>(of elements: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
        _ = buffer.initialize(from: elements)
        return buffer
    }
}
