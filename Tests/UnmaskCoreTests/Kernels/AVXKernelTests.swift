import Foundation
import Testing
@testable import UnmaskCore
import UnmaskCoreAVX

/// The two compilations of the Kernels folder (`IncompleteBetaKernel`): UnmaskCoreAVX's copy, built for
/// AVX2, must return exactly what UnmaskCore's returns, for I_t and for the energy heatmap's quadrature,
/// so that which one a processor runs never shows.
@Suite("Kernels: the AVX compilation")
struct AVXKernelTests {
    /// Bit-for-bit equality of value and complement at `(t, a, b)` (NaN included); nil if equal.
    static func mismatch(_ t: Double, _ a: Double, _ b: Double) -> String? {
        let portable = incompleteBetaPair(t, a, b)
        let avx = incompleteBetaPairAVX(t, a, b)
        if portable.value.bitPattern == avx.value.bitPattern && portable.complement.bitPattern == avx.complement.bitPattern {
            return nil
        }
        return "a=\(a) b=\(b) t=\(t): portable \(portable) avx \(avx)"
    }

    @Test(.enabled(if: IncompleteBetaKernel.isAVX2Supported, "this processor cannot run the AVX2 kernel"))
    func isBitIdenticalOnTheFixturesAndOnRandomInput() throws {
        var failures: [String] = []
        var compared = 0
        for name in ["incomplete_beta_fast_path.csv", "incomplete_beta.csv"] {
            for row in try Fixture(named: name).numericRows() {
                if let failure = Self.mismatch(row["t"]!, row["a"]!, row["b"]!) { failures.append(failure) }
                compared += 1
            }
        }
        // the fast path's domain and beyond it (the general path), the tails and the neighbourhood of the mean
        var rng = SpecialFunctionRandom(seed: 2011)
        for i in 0..<100_000 {
            let range = i % 5 == 4 ? log(0.005)...log(2000) : log(0.04)...log(45)
            let a = exp(Double.random(in: range, using: &rng))
            let b = exp(Double.random(in: range, using: &rng))
            let t: Double
            switch i % 4 {
            case 0, 1: t = Double.random(in: 0...1, using: &rng)
            case 2: t = pow(10, -Double.random(in: 0...310, using: &rng))
            default: t = min(max(a / (a + b) * (1 + Double.random(in: -0.05...0.05, using: &rng)), 0), 1)
            }
            if let failure = Self.mismatch(t, a, b) { failures.append(failure) }
            if let failure = Self.mismatch(1 - t, a, b) { failures.append(failure) }
            compared += 2
        }
        #expect(compared > 200_000)
        #expect(failures.isEmpty, "\(failures.count) of \(compared) differ, first: \(failures.prefix(3))")
    }

    /// A weight whose Beta-schedule energies the Kernels folder integrates, with both compilations' entry
    /// points `(a, b, p0, p1, relativeTolerance)`.
    struct KernelWeight: Sendable {
        let schedule: MaskSchedule
        let portable: @Sendable (Double, Double, Double, Double, Double) -> QuadratureEstimate
        let avx: @Sendable (Double, Double, Double, Double, Double) -> QuadratureEstimate
    }

    /// The named weights of every family the kernel covers (sine, cosine, power and mirrored power, the
    /// latter two at several k).
    static let kernelWeights: [KernelWeight] = [
        KernelWeight(
            schedule: MaskSchedule(.sine),
            portable: { betaEnergyIntegralUnderSine(a: $0, b: $1, leftExponent: $2, rightExponent: $3, relativeTolerance: $4) },
            avx: { betaEnergyIntegralUnderSineAVX(a: $0, b: $1, leftExponent: $2, rightExponent: $3, relativeTolerance: $4) }),
        KernelWeight(
            schedule: MaskSchedule(.cosine),
            portable: { betaEnergyIntegralUnderCosine(a: $0, b: $1, leftExponent: $2, rightExponent: $3, relativeTolerance: $4) },
            avx: { betaEnergyIntegralUnderCosineAVX(a: $0, b: $1, leftExponent: $2, rightExponent: $3, relativeTolerance: $4) }),
    ] + [0.5, 2, 3.7].flatMap { k in
        [false, true].map { mirrored in
            KernelWeight(
                schedule: MaskSchedule(mirrored ? .polyMask(k: k) : .poly(k: k)),
                portable: {
                    betaEnergyIntegralUnderPower(
                        a: $0, b: $1, k: k, mirrored: mirrored, leftExponent: $2, rightExponent: $3, relativeTolerance: $4)
                },
                avx: {
                    betaEnergyIntegralUnderPowerAVX(
                        a: $0, b: $1, k: k, mirrored: mirrored, leftExponent: $2, rightExponent: $3, relativeTolerance: $4)
                })
        }
    }

    /// Random Beta(a, b) cells whose energy under `weight` converges, a and b log-uniform in [0.05, 8],
    /// with the integrand's endpoint exponents as `quadratureEnergy` forms them.
    static func convergentCells(
        under weight: MaskSchedule, count: Int, using rng: inout SpecialFunctionRandom
    ) -> [(a: Double, b: Double, p0: Double, p1: Double)] {
        var cells: [(a: Double, b: Double, p0: Double, p1: Double)] = []
        while cells.count < count {
            let a = exp(Double.random(in: log(0.05)...log(8), using: &rng))
            let b = exp(Double.random(in: log(0.05)...log(8), using: &rng))
            let alphaEnds = MaskSchedule(.beta(a: a, b: b)).endpointExponents, weightEnds = weight.endpointExponents
            let p0 = 2 * alphaEnds.atZero - weightEnds.atZero, p1 = 2 * alphaEnds.atOne - weightEnds.atOne
            if p0 > -1 && p1 > -1 { cells.append((a, b, p0, p1)) }
        }
        return cells
    }

    static func bitsDiffer(_ x: QuadratureEstimate, _ y: QuadratureEstimate) -> Bool {
        x.value.bitPattern != y.value.bitPattern || x.estimatedError.bitPattern != y.estimatedError.bitPattern
            || x.evaluations != y.evaluations
    }

    @Test(.enabled(if: IncompleteBetaKernel.isAVX2Supported, "this processor cannot run the AVX2 kernel"))
    func energiesAreBitIdenticalOnRandomCellsOfEveryWeight() {
        var rng = SpecialFunctionRandom(seed: 256)
        for weight in Self.kernelWeights {
            var failures: [String] = []
            let cells = Self.convergentCells(under: weight.schedule, count: 1_500, using: &rng)
            for cell in cells {
                let portable = weight.portable(cell.a, cell.b, cell.p0, cell.p1, energyRelativeTolerance)
                let avx = weight.avx(cell.a, cell.b, cell.p0, cell.p1, energyRelativeTolerance)
                if Self.bitsDiffer(portable, avx) { failures.append("a=\(cell.a) b=\(cell.b): \(portable) vs \(avx)") }
            }
            #expect(failures.isEmpty, "\(weight.schedule): \(failures.count) of \(cells.count) differ, first: \(failures.prefix(3))")
        }
    }

    /// The kernel's integrands (node logarithms, tabulated weights) change how γ̇ is obtained, not its
    /// value: bit for bit what the general closure path (`GeodesicSpeed` at every node) returns.
    @Test func kernelEnergiesEqualTheGeneralClosurePathBitForBit() {
        var rng = SpecialFunctionRandom(seed: 65_536)
        for weight in Self.kernelWeights {
            var failures: [String] = []
            let cells = Self.convergentCells(under: weight.schedule, count: 300, using: &rng)
            for cell in cells {
                let kernel = weight.portable(cell.a, cell.b, cell.p0, cell.p1, energyRelativeTolerance)
                let alphaSpeed = GeodesicSpeed(MaskSchedule(.beta(a: cell.a, b: cell.b)))
                let weightSpeed = GeodesicSpeed(weight.schedule)
                let general = SingularEndpointQuadrature.integrate(
                    leftExponent: cell.p0, rightExponent: cell.p1, relativeTolerance: energyRelativeTolerance
                ) { t, u in
                    let speed = alphaSpeed(t, complement: u)
                    return speed * speed / weightSpeed(t, complement: u)
                }
                let generalEstimate = (general.value, general.estimatedError, general.evaluations)
                if Self.bitsDiffer(kernel, generalEstimate) {
                    failures.append("a=\(cell.a) b=\(cell.b): \(kernel) vs \(generalEstimate)")
                }
            }
            #expect(failures.isEmpty, "\(weight.schedule): \(failures.count) of \(cells.count) differ, first: \(failures.prefix(3))")
        }
    }

    /// Every node the quadrature evaluates has a normal δ, so the stored logarithms are defined there
    /// and are `logPair`'s of δ and 1 − δ.
    @Test func evaluatedNodesCarryTheirLogarithms() {
        let rule = TanhSinhRule.shared
        for node in Array(rule.allNodes) + [rule.centre] where node.x <= TanhSinhRule.evaluatedReach {
            #expect(node.near >= Double.leastNormalMagnitude, "x = \(node.x)")
            let logs = logPair(SIMD2(node.near, node.far))
            #expect(node.logNearPair == (logs.hi[0], logs.lo[0]) && node.logFarPair == (logs.hi[1], logs.lo[1]), "x = \(node.x)")
        }
    }
}
