import Testing
import UnmaskCore

@Suite("Spearman's ρ: ranks with ties, the tie-free formula, infinities, undefined cases")
struct SpearmanCorrelationTests {
    /// The mean rank by counting: 1 + #smaller + (#equal − 1)/2.
    static func naiveRanks(_ values: [Double]) -> [Double] {
        values.map { v in Double(1 + values.filter { $0 < v }.count) + Double(values.filter { $0 == v }.count - 1) / 2 }
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        let sxy = zip(x, y).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let sxx = x.map { ($0 - mx) * ($0 - mx) }.reduce(0, +), syy = y.map { ($0 - my) * ($0 - my) }.reduce(0, +)
        return sxy / (sxx * syy).squareRoot()
    }

    @Test func ranksGiveTiesTheirMeanRank() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let values = (0..<Int(generator.next() % 12 + 1)).map { _ in Double(generator.next() % 5) }
            #expect(SpearmanCorrelation.ranks(values) == Self.naiveRanks(values), "\(values)")
        }
        #expect(SpearmanCorrelation.ranks([3, -.infinity, .infinity, 3, .infinity]) == [2.5, 1, 4.5, 2.5, 4.5])
    }

    @Test func withoutTiesItIsOneMinusSixSumOfSquaredRankDifferences() {
        var generator = SplitMix64(seed: 9)
        for n in 2...15 {
            let x = (0..<n).map { _ in Double(generator.next() >> 11) }, y = (0..<n).map { _ in Double(generator.next() >> 11) }
            let (rx, ry) = (Self.naiveRanks(x), Self.naiveRanks(y))
            let d2 = zip(rx, ry).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)
            let expected = 1 - 6 * d2 / Double(n * (n * n - 1))
            #expect(abs(SpearmanCorrelation.rho(x, y)! - expected) < 1e-12)
        }
    }

    @Test func withTiesItIsPearsonsOfTheMeanRanks() {
        var generator = SplitMix64(seed: 13)
        var checked = 0
        for _ in 0..<300 {
            let n = Int(generator.next() % 9 + 3)
            let x = (0..<n).map { _ in Double(generator.next() % 4) }, y = (0..<n).map { _ in Double(generator.next() % 4) }
            guard Set(x).count > 1, Set(y).count > 1 else {
                #expect(SpearmanCorrelation.rho(x, y) == nil)
                continue
            }
            #expect(abs(SpearmanCorrelation.rho(x, y)! - Self.pearson(Self.naiveRanks(x), Self.naiveRanks(y))) < 1e-12)
            checked += 1
        }
        #expect(checked > 200)
    }

    @Test func exactSmallCasesAndUndefinedOnes() {
        #expect(SpearmanCorrelation.rho([1, 2, 3], [10, 20, 30]) == 1)
        #expect(SpearmanCorrelation.rho([1, 2, 3], [3, 2, 1]) == -1)
        // x = 1…5, y = 5 6 7 8 7: ranks 1 2 3.5 5 3.5, Σ(u−3)(v−3) = 8, Σ(v−3)² = 9.5, ρ = 8/√(10·9.5)
        // (0.8207826816681233, as scipy.stats.spearmanr gives)
        #expect(abs(SpearmanCorrelation.rho([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])! - 8 / (10 * 9.5).squareRoot()) < 1e-15)
        #expect(SpearmanCorrelation.rho([-.infinity, 1, 2], [0, 1, 2]) == 1)
        #expect(SpearmanCorrelation.rho([1], [1]) == nil)
        #expect(SpearmanCorrelation.rho([1, 2], [1]) == nil)
        #expect(SpearmanCorrelation.rho([1, .nan], [1, 2]) == nil)
        #expect(SpearmanCorrelation.rho([1, 1, 1], [1, 2, 3]) == nil)
    }

    @Test func thePermutationPValueCountsPairingsThatAgreeAsWell() {
        // n = 3 without ties: ρ takes 1, ½, ½, −½, −½, −1 over the 6 pairings
        #expect(SpearmanCorrelation.permutationPValue([1, 2, 3], [1, 2, 3], observed: 1) == 1.0 / 6)
        #expect(SpearmanCorrelation.permutationPValue([1, 2, 3], [1, 2, 3], observed: 0.5) == 3.0 / 6)
        #expect(SpearmanCorrelation.permutationPValue([1, 2, 3], [1, 2, 3], observed: -1) == 1)
        // n = 7, ρ = 1: one pairing in 5040
        let x = (1...7).map(Double.init)
        #expect(SpearmanCorrelation.permutationPValue(x, x, observed: 1) == 1.0 / 5040)
        // against brute force over explicit permutations for n = 5 with ties
        let a: [Double] = [1, 2, 2, 4, 5], b: [Double] = [3, 1, 4, 1, 5]
        var permutations: [[Int]] = [[]]
        for _ in 0..<5 { permutations = permutations.flatMap { p in (0..<5).filter { !p.contains($0) }.map { p + [$0] } } }
        let observed = SpearmanCorrelation.rho(a, b)!
        let hits = permutations.filter { SpearmanCorrelation.rho(a, $0.map { b[$0] })! >= observed - 1e-12 }.count
        #expect(SpearmanCorrelation.permutationPValue(a, b, observed: observed) == Double(hits) / 120)
        #expect(SpearmanCorrelation.permutationPValue(Array(repeating: 1, count: 11), (1...11).map(Double.init), observed: 0) == nil)
    }
}
