import Testing
import UnmaskCore

@Suite("Weight agreement: the weight whose energy ranks measured schedules as their scores do")
struct WeightAgreementTests {
    static let schedules = [(0.3, 0.9), (0.5, 0.5), (1, 1), (0.9, 0.3), (0.7, 1.3), (1.5, 0.8), (2, 2), (1.2, 1.5)].map { MaskSchedule(.beta(a: $0.0, b: $0.1)) }
        + [MaskSchedule(.sine), MaskSchedule(.cosine)]

    @Test func scoresThatAreMinusTheEnergyUnderAWeightAgreeFullyAtThatWeight() throws {
        let truth = MaskSchedule(.beta(a: 0.8, b: 1.2))
        let schedules = Self.schedules.filter { energy(of: $0, weight: truth).isFinite }
        let scores = schedules.map { -energy(of: $0, weight: truth) }
        #expect(schedules.count >= 5 && Set(scores).count == scores.count)
        let agreement = WeightAgreement(schedules: schedules, scores: scores)
        #expect(agreement.rho(weight: truth) == 1)
        let grid = ParameterGrid(a: try GridAxis(parsing: "0.4:1.2:5"), b: try GridAxis(parsing: "0.4:1.2:3"))
        let plane = agreement.plane(grid)
        #expect(plane.allSatisfy { $0.isNaN || (-1...1).contains($0) })
        let best = try #require(WeightAgreement.best(of: plane))
        #expect(best.rho == 1)
        let truthCell = (0..<grid.cellCount).first { grid.point(at: $0) == (a: 0.8, b: 1.2) }!
        #expect(best.cells.contains(truthCell))
        // the reversed scores anti-agree there
        #expect(WeightAgreement(schedules: schedules, scores: scores.map { -$0 }).rho(weight: truth) == -1)
    }

    @Test func aScheduleWithInfiniteEnergyRanksLast() {
        // Under the uniform weight E = +∞ for b ≤ ½: beta:0.9,0.3 ranks below both finite ones.
        let schedules = [MaskSchedule(.beta(a: 0.9, b: 0.3)), MaskSchedule(.beta(a: 1, b: 1)), MaskSchedule(.beta(a: 2, b: 2))]
        #expect(energy(of: schedules[0], weight: .uniform) == .infinity)
        let e = schedules.map { energy(of: $0, weight: .uniform) }
        let scores = [0.0, e[1] < e[2] ? 2 : 1, e[1] < e[2] ? 1 : 2]
        #expect(WeightAgreement(schedules: schedules, scores: scores).rho(weight: .uniform) == 1)
    }

    @Test func equalScoresLeaveItUndefined() {
        #expect(WeightAgreement(schedules: Self.schedules, scores: Self.schedules.map { _ in 1 }).rho(weight: .uniform) == nil)
        #expect(WeightAgreement.best(of: [.nan, .nan]) == nil)
    }

    @Test func onOneWeightThePlanePValueEstimatesTheExactOne() throws {
        let weight = MaskSchedule(.beta(a: 0.8, b: 1.2))
        let schedules = Self.schedules.filter { energy(of: $0, weight: weight).isFinite }
        var generator = SplitMix64(seed: 21)
        let scores = schedules.map { -energy(of: $0, weight: weight) + Double(generator.next() % 1000) / 40 }
        let agreement = WeightAgreement(schedules: schedules, scores: scores)
        let observed = try #require(agreement.rho(weight: weight))
        let exact = try #require(SpearmanCorrelation.permutationPValue(schedules.map { -energy(of: $0, weight: weight) }, scores,
                                                                        observed: observed))
        let grid = ParameterGrid(a: try GridAxis(min: 0.8, max: 0.8, count: 1), b: try GridAxis(min: 1.2, max: 1.2, count: 1))
        let estimate = try #require(agreement.planePValue(grid, observed: observed, permutations: 4000))
        // 4000 shufflings: a standard error of at most 0.008
        #expect(abs(estimate - exact) < 0.035, "estimate \(estimate), exact \(exact), ρ = \(observed)")
    }

    @Test func choosingTheBestWeightCostsSignificance() throws {
        let truth = MaskSchedule(.beta(a: 0.8, b: 1.2))
        let schedules = Self.schedules.filter { energy(of: $0, weight: truth).isFinite }
        let agreement = WeightAgreement(schedules: schedules, scores: schedules.map { -energy(of: $0, weight: truth) })
        let grid = ParameterGrid(a: try GridAxis(parsing: "0.2:5:12:log"), b: try GridAxis(parsing: "0.2:5:12:log"))
        let plane = try #require(agreement.planePValue(grid, observed: 1))
        let one = try #require(SpearmanCorrelation.permutationPValue(schedules.map { -energy(of: $0, weight: truth) },
                                                                      agreement.scores, observed: 1))
        #expect(one == 1 / Double((1...schedules.count).reduce(1, *)))
        #expect(plane > one && plane < 0.05)
        #expect(WeightAgreement(schedules: schedules, scores: schedules.map { _ in 1 }).planePValue(grid, observed: 1) == nil)
    }
}
