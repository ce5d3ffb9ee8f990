import Testing
@testable import UnmaskCore

@Suite("Sampling: Monte Carlo tallies stay bounded")
struct MonteCarloMemoryTests {
    /// Two sequences that differ everywhere, revealed in one step: every position is drawn
    /// independently, so nearly every run leaves the support with an output of its own. The
    /// distinct ones are tallied up to the limit and all of them are counted.
    @Test func distinctInvalidOutputsBeyondTheLimitAreCountedNotTallied() throws {
        let target = try ToyTarget(parsing: "abcdefghijklmnopqrst\nbcdefghijklmnopqrstu\n", path: "two")
        let samples = 2 * Limits.maximumTrackedInvalidOutputs
        let estimate = try monteCarloOutputDistribution(of: target, SamplerConfiguration(schedule: MaskSchedule(.linear), steps: 1), samples: samples)
        #expect(estimate.invalidCounts.count == Limits.maximumTrackedInvalidOutputs)
        #expect(estimate.invalidTotal + estimate.supportCounts.reduce(0, +) == samples)
        #expect(estimate.invalidCounts.values.reduce(0, +) <= estimate.invalidTotal)
        #expect(estimate.invalidTotal > samples * 99 / 100)
        #expect(estimate.distribution.invalid == Double(estimate.invalidTotal) / Double(samples))
    }
}
