import Foundation
import Testing
@testable import UnmaskCore
import UnmaskCoreAVX

/// The two compilations of I_t (`IncompleteBetaKernel`): UnmaskCoreAVX's copy, built for AVX2, must return
/// exactly what UnmaskCore's returns, so that which one a processor runs never shows.
@Suite("SpecialFunctions: the AVX compilation of I_t")
struct SpecialFunctionIncompleteBetaKernelTests {
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
}
