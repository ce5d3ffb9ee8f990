import Testing
@testable import UnmaskCore

@Suite("Sampling: error metrics read rounding noise as 0")
struct SamplingErrorMetricTests {
    @Test func valuesWithinTheToleranceOfZeroAreZero() {
        let q = ToyTarget.paperBalanced.probabilities
        let noisy = OutputDistribution(probabilities: q.enumerated().map { $0.offset % 2 == 0 ? $0.element + 1e-16 : $0.element - 1e-16 },
                                       invalid: 0)
        #expect(SamplingErrorMetric.tv.value(noisy, target: .paperBalanced) == 0)
        #expect(SamplingErrorMetric.kl.value(noisy, target: .paperBalanced) == 0)
        let apart = OutputDistribution(probabilities: q.enumerated().map { $0.offset == 0 ? $0.element - 4e-12 : $0.element },
                                       invalid: 4e-12)
        #expect(SamplingErrorMetric.tv.value(apart, target: .paperBalanced) > SamplingErrorMetric.zeroTolerance)
        #expect(SamplingErrorMetric.invalid.value(apart, target: .paperBalanced) == 4e-12)
    }
}
