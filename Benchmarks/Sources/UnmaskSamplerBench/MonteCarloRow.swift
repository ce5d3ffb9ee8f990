import UnmaskCore

/// Row 13: a Monte Carlo estimate, whose runs share the denoiser's answers by partial sequence
/// (`monteCarloPolicyEvaluation`, `monteCarloOutputDistribution`), against the same runs made
/// one by one with the public single-run functions (`samplePolicyRun`, `sampleTrajectory`), each
/// of which computes its own denoiser: the same seeds (the i-th draw of SplitMix64(0)), and the
/// tallies must agree exactly. Best of `passes`, interleaved.
struct MonteCarloRow {
    let passes: Int
    let samples = 20_000

    struct Result {
        let name: String
        let shared: Double
        let alone: Double
        let agree: Bool
    }

    func run() throws -> [Result] {
        let policy = PolicyConfiguration(policy: .threshold(0.9))
        let schedule = SamplerConfiguration(schedule: MaskSchedule(.linear), steps: 6)
        return [
            try measure("threshold:0.9 on sticky-chain", on: .stickyChain) {
                try monteCarloPolicyEvaluation(of: .stickyChain, policy, samples: samples).estimate.supportCounts
            } alone: { seed in
                var run = policy
                run.seed = seed
                return try samplePolicyRun(of: .stickyChain, run).trajectory.output
            },
            try measure("linear N=6 on long-chain", on: .longChain) {
                try monteCarloOutputDistribution(of: .longChain, schedule, samples: samples).supportCounts
            } alone: { seed in
                var run = schedule
                run.seed = seed
                return try sampleTrajectory(of: .longChain, run).output
            },
        ]
    }

    private func measure(
        _ name: String, on target: ToyTarget, shared: () throws -> [Int], alone: (UInt64) throws -> [UInt8]
    ) throws -> Result {
        var bestShared = Double.infinity, bestAlone = Double.infinity
        var sharedCounts: [Int] = [], aloneCounts: [Int] = []
        for _ in 0..<passes {
            var start = Stamp.now()
            sharedCounts = try shared()
            bestShared = min(bestShared, (Stamp.now() - start).wall)
            start = Stamp.now()
            var seeds = SplitMix64(seed: 0)
            aloneCounts = Array(repeating: 0, count: target.sequences.count)
            for _ in 0..<samples {
                if let index = target.supportIndex(of: try alone(seeds.next())) { aloneCounts[index] += 1 }
            }
            bestAlone = min(bestAlone, (Stamp.now() - start).wall)
        }
        return Result(name: name, shared: bestShared, alone: bestAlone, agree: sharedCounts == aloneCounts)
    }
}
