import Testing
@testable import UnmaskCore

@Suite("Grid: sampling-error heatmap and search")
struct SearchTests {
    @Test func memoisedGridEqualsDirectEvaluation() throws {
        let configuration = SamplerConfiguration(schedule: .uniform, steps: 3)
        let errors = try PlaneMetric(.tv, PlaneMetricInputs(target: .paperBalanced, sampler: configuration)).evaluator()
        for (a, b) in [(0.9, 0.3), (0.3, 0.9), (1, 1), (0.95, 0.31), (0.5, 0.5)] {
            var run = configuration
            run.schedule = MaskSchedule(.beta(a: a, b: b))
            let direct = SamplingErrorMetric.tv.value(try exactOutputDistribution(of: .paperBalanced, run), target: .paperBalanced)
            #expect(errors(a, b) == direct)
            #expect(errors(a, b) == direct)
        }
    }

    @Test func searchFindsAnExactScheduleForTheExtremes() throws {
        let grid = ParameterGrid(a: try GridAxis(parsing: "0.1:1:10"), b: try GridAxis(parsing: "0.1:1:10"))
        let metric = try PlaneMetric(.tv, PlaneMetricInputs(target: .paperExtremes, sampler: SamplerConfiguration(schedule: .uniform, steps: 3)))
        let result = searchSchedules(over: grid, metric: metric, steps: 3, engine: GridEngine(workers: 2))
        #expect(result.unevaluated == 0)
        let candidates = result.candidates
        let best = try #require(candidates.first)
        #expect(best.value == 0)
        #expect(candidates.count > grid.cellCount)
        #expect(zip(candidates, candidates.dropFirst()).allSatisfy { $0.value < $1.value + 1e-12 })
        let exact = candidates.filter { $0.value < 1e-12 }.map(\.energy)
        #expect(exact == exact.sorted())
        #expect(best.energy == minimumEnergy)
        let counts = try StepPlan(MaskSchedule(.beta(a: best.a, b: best.b)), TokenCountRequest(length: 5, steps: 3)).map(\.tokens)
        #expect(counts.first { $0 > 0 } == 1)
    }

    /// Cells beyond the exact-evaluation limit are counted, not ranked.
    @Test func unevaluatedCellsAreCounted() throws {
        let grid = ParameterGrid(a: try GridAxis(parsing: "0.5:2:3"), b: try GridAxis(parsing: "0.5:2:3"))
        // Confidence order on `words` draws all masked positions jointly: 26⁵ draws, beyond the limit.
        let sampler = SamplerConfiguration(schedule: .uniform, steps: 8, order: .confidence)
        let metric = try PlaneMetric(.tv, PlaneMetricInputs(target: .words, sampler: sampler))
        let result = searchSchedules(over: grid, metric: metric, steps: 8, engine: GridEngine(workers: 2))
        #expect(result.candidates.isEmpty)
        #expect(result.unevaluated == grid.cellCount)
    }

    /// Asking for the best k gives the first k of the whole ranking, and the ranking is in order
    /// of (value to 1e-12, energy, a, b) over distinct points.
    @Test func theBestKArePrefixesOfTheWholeRanking() throws {
        let grid = ParameterGrid(a: try GridAxis(parsing: "0.1:2:12"), b: try GridAxis(parsing: "0.1:2:12"))
        let metric = try PlaneMetric(.tv, PlaneMetricInputs(target: .paperBalanced, sampler: SamplerConfiguration(schedule: .uniform, steps: 3)))
        let all = searchSchedules(over: grid, metric: metric, steps: 3, engine: GridEngine(workers: 2)).candidates
        #expect(all.count >= grid.cellCount)
        #expect(Set(all.map { "\($0.a),\($0.b)" }).count == all.count)
        let keys = all.map { (metric.rankingValue($0.value), $0.energy, $0.a, $0.b) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        for k in [1, 5, 17] {
            let best = searchSchedules(over: grid, metric: metric, steps: 3, engine: GridEngine(workers: 1), top: k).candidates
            #expect(best == Array(all.prefix(k)))
        }
    }
}
