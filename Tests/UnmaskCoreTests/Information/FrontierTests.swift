import Foundation
import Testing
@testable import UnmaskCore

@Suite("Information: the error–NFE frontier")
struct FrontierTests {
    static let targets = [ToyTarget.paperExtremes, .paperBalanced, .palindromes, .permutation]

    /// Every schedule row equals the schedule evaluated on its own: its counts are the
    /// schedule's plan (or the information-optimal profile), TV and KL those of the partial-
    /// sequence DP (not the revealed-set recursion the frontier runs on shared projections),
    /// KL̄ that of `orderAveragedKL`, and NFE = N.
    @Test(arguments: targets)
    func scheduleRowsMatchTheSeparatePaths(target: ToyTarget) throws {
        let n = target.length
        let result = try frontier(of: target, FrontierRequest(steps: Array(1...n), policies: []))
        let curve = try InformationCurve(of: target)
        #expect(result.schedules.count == 4 * n)
        #expect(result.schedules.map(\.method) == Array(repeating: ["linear", "sin2", "best-beta", "optimal"], count: n).flatMap { $0 })
        for point in result.schedules {
            guard case let .schedule(name, schedule, steps, counts) = point.kind else { Issue.record("not a schedule"); continue }
            let configuration = SamplerConfiguration(schedule: schedule ?? .uniform, steps: steps)
            let expectedCounts = try schedule.map { _ in try configuration.plan(length: n).counts } ?? curve.optimalCounts(steps: steps)
            #expect(counts == expectedCounts, "\(name) N=\(steps)")
            if name == "linear" { #expect(schedule == MaskSchedule(.linear)) }
            if name == "sin2" { #expect(schedule == MaskSchedule(.sin2)) }
            let output = try partialSequenceOutputDistribution(of: target, configuration, plan: StepPlan(counts: counts), workLimit: 50_000_000)
            #expect(abs(point.tv! - SamplingErrorMetric.tv.value(output, target: target)) <= 1e-12, "\(name) N=\(steps)")
            #expect(abs(point.kl! - SamplingErrorMetric.kl.value(output, target: target)) <= 1e-12, "\(name) N=\(steps)")
            #expect(point.klOrders == curve.orderAveragedKL(counts: counts))
            #expect(point.nfeMean == Double(steps) && point.steps == steps && point.evaluation == .exact)
        }
    }

    /// The best Beta is at least as good in KL̄ as every point of the coarse 41 × 41 grid, scanned
    /// here directly; the optimal profile's KL̄ is at most every schedule's at the same N; and
    /// KL ≤ KL̄ (Jensen: the random-order sampler is the mean of the order-conditioned ones).
    @Test(arguments: targets)
    func invariantsOfTheScheduleRows(target: ToyTarget) throws {
        let n = target.length
        let result = try frontier(of: target, FrontierRequest(steps: Array(1...n), policies: []))
        let curve = try InformationCurve(of: target)
        for steps in 1...n {
            let rows = result.schedules.filter { $0.steps == steps }
            let best = try #require(rows.first { $0.method == "best-beta" })
            let optimal = try #require(rows.first { $0.method == "optimal" })
            var coarse = Double.infinity
            for a in bestBetaAxis.values {
                for b in bestBetaAxis.values {
                    let counts = try SamplerConfiguration(schedule: MaskSchedule(.beta(a: a, b: b)), steps: steps).plan(length: n).counts
                    coarse = min(coarse, curve.orderAveragedKL(counts: counts))
                }
            }
            #expect(best.klOrders! <= coarse + 1e-12, "\(target.name) N=\(steps)")
            for row in rows {
                #expect(optimal.klOrders! <= row.klOrders! + 1e-12, "\(target.name) \(row.method) N=\(steps)")
                #expect(row.kl! <= row.klOrders! + 1e-12, "\(target.name) \(row.method) N=\(steps)")
            }
        }
    }

    /// At a temperature other than 1 the draws are not the exact conditionals KL̄ averages over:
    /// no schedule row has a KL̄, the rows are the same schedules as at temperature 1 (best-beta
    /// and optimal are still chosen by KL̄), and their TV is that of the tempered sampler.
    @Test(arguments: [0.0, 0.5, 2])
    func awayFromTemperatureOneThereIsNoKLOrders(temperature: Double) throws {
        let target = ToyTarget.paperBalanced
        let atOne = try frontier(of: target, FrontierRequest(steps: [2, 3], policies: []))
        let tempered = try frontier(of: target, FrontierRequest(steps: [2, 3], policies: [], temperature: temperature))
        #expect(atOne.schedules.allSatisfy { $0.klOrders != nil })
        #expect(tempered.schedules.allSatisfy { $0.klOrders == nil })
        #expect(tempered.schedules.map(\.kind) == atOne.schedules.map(\.kind))
        for point in tempered.schedules {
            guard case let .schedule(_, schedule, steps, counts) = point.kind else { continue }
            let configuration = SamplerConfiguration(schedule: schedule ?? .uniform, steps: steps, temperature: temperature)
            let output = try partialSequenceOutputDistribution(of: target, configuration, plan: StepPlan(counts: counts), workLimit: 50_000_000)
            #expect(abs(point.tv! - SamplingErrorMetric.tv.value(output, target: target)) <= 1e-12, "\(point.method) N=\(steps)")
        }
    }

    /// Every policy row is `exactPolicyEvaluation`'s result for that policy, at temperature 1
    /// and 0, with no KL̄ and no N; its mean NFE lies in [1, n].
    @Test(arguments: targets)
    func policyRowsMatchTheExactPolicyEvaluation(target: ToyTarget) throws {
        let policies = try #require(FrontierRequest.sweep(of: "threshold")) + #require(FrontierRequest.sweep(of: "entropy-bound"))
        #expect(policies.count == 20)
        for temperature in [1.0, 0] {
            let result = try frontier(of: target, FrontierRequest(steps: [], policies: policies, temperature: temperature))
            #expect(result.schedules.isEmpty && result.policies.count == policies.count)
            for (point, policy) in zip(result.policies, policies) {
                let exact = try exactPolicyEvaluation(of: target, PolicyConfiguration(policy: policy, temperature: temperature))
                #expect(point.kind == .policy(policy))
                #expect(point.nfeMean == exact.nfe.mean && point.evaluation == .exact)
                #expect(point.tv == SamplingErrorMetric.tv.value(exact.output, target: target))
                #expect(point.kl == SamplingErrorMetric.kl.value(exact.output, target: target))
                #expect(point.klOrders == nil && point.steps == nil)
                #expect((1...Double(target.length)).contains(point.nfeMean), "\(policy) T=\(temperature)")
            }
        }
    }

    /// At temperature 0 a higher threshold never reveals more per step on these targets (checked
    /// on each before asserting it; not a theorem), so the mean NFE does not fall as τ grows.
    @Test(arguments: [ToyTarget.paperBalanced, .words, .addition, .palindromes, .permutation])
    func thresholdNFEGrowsWithTau(target: ToyTarget) throws {
        let result = try frontier(of: target, FrontierRequest(steps: [], policies: FrontierRequest.sweep(of: "threshold")!, temperature: 0))
        let nfe = result.policies.map(\.nfeMean)
        #expect(zip(nfe, nfe.dropFirst()).allSatisfy { $0 <= $1 }, "\(nfe)")
        #expect(nfe.first! < nfe.last!)
    }

    /// Past the work limit the rows are Monte Carlo estimates, and say so; with a generous
    /// sample they are close to the exact values.
    @Test func monteCarloFallback() throws {
        let target = ToyTarget.paperBalanced
        let policies = [StepPolicy.threshold(0.7)]
        let exact = try frontier(of: target, FrontierRequest(steps: [3], policies: policies))
        let estimated = try frontier(of: target, FrontierRequest(steps: [3], policies: policies, monteCarloSamples: 20_000,
                                                                 exactWorkLimit: 1))
        #expect(estimated.points.allSatisfy { $0.evaluation == .monteCarlo(samples: 20_000) })
        for (a, b) in zip(exact.points, estimated.points) {
            #expect(a.kind == b.kind && a.klOrders == b.klOrders)
            #expect(abs(a.tv! - b.tv!) < 0.03, "\(a.method) \(a.parameter)")
            #expect(abs(a.nfeMean - b.nfeMean) < 0.05, "\(a.method) \(a.parameter)")
        }
    }

    /// The explorer's single point for a schedule is the frontier's row for it.
    @Test func singlePointEqualsItsRow() throws {
        let target = ToyTarget.paperBalanced
        let result = try frontier(of: target, FrontierRequest(steps: [3], policies: []))
        for row in result.schedules where row.method != "optimal" {
            guard case let .schedule(_, schedule?, steps, counts) = row.kind else { continue }
            let point = try frontierPoint(of: target, schedule: schedule, steps: steps)
            #expect(point.tv == row.tv && point.kl == row.kl && point.klOrders == row.klOrders && point.nfeMean == row.nfeMean)
            #expect(point.kind == .schedule(name: schedule.description, schedule: schedule, steps: steps, counts: counts))
        }
    }

    @Test func refusesStepsBeyondTheLength() {
        #expect(throws: FrontierError.stepsBeyondLength(steps: 6, length: 5)) {
            try frontier(of: .paperBalanced, FrontierRequest(steps: [2, 6], policies: []))
        }
    }

    @Test func sweepsAndParameters() throws {
        #expect(FrontierRequest.sweep(of: "threshold")!.map(\.parameter) == [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95])
        #expect(FrontierRequest.sweep(of: "entropy-bound")!.map(\.parameter) == [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10])
        let klass = try #require(FrontierRequest.sweep(of: "klass"))
        #expect(klass.map(\.parameter) == [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95])
        #expect(klass.allSatisfy { $0 == .klass(confidence: $0.parameter, divergence: 0.3) })
        #expect(FrontierRequest.sweep(of: "klass:0.9") == nil)
        let point = FrontierPoint(kind: .schedule(name: "optimal", schedule: nil, steps: 3, counts: [3, 1, 1]), nfeMean: 3, tv: 0, kl: 0,
                                  klOrders: 0, evaluation: .exact)
        #expect(point.parameter == "counts:3,1,1" && point.method == "optimal")
        #expect(FrontierRequest.defaultSteps(length: 5) == [1, 2, 3, 4, 5] && FrontierRequest.defaultSteps(length: 40).count == 16)
    }
}
