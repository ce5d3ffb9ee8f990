import Foundation
import Testing
@testable import UnmaskCore

/// ln P(X = k) for X ~ Binomial(n, p), 0 < p < 1, from lgamma (independent of the sampler's
/// recursion and Stirling series).
func binomialLogPMF(_ k: Int, _ n: Int, _ p: Double) -> Double {
    lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
        + Double(k) * log(p) + Double(n - k) * log1p(-p)
}

/// Pearson's χ² of observed counts against the exact pmf, on cells of expected count ≥ 5 (the
/// tails pooled into the first and last cell), and its degrees of freedom.
func binomialChiSquare(_ counts: [Int: Int], n: Int, p: Double, draws: Int) -> (statistic: Double, degrees: Int) {
    var cells: [(expected: Double, observed: Int)] = []
    var expected = 0.0, observed = 0
    for k in 0...n {
        expected += exp(binomialLogPMF(k, n, p)) * Double(draws)
        observed += counts[k] ?? 0
        if expected >= 5 {
            cells.append((expected, observed))
            expected = 0
            observed = 0
        }
    }
    if var last = cells.popLast() {
        last.expected += expected
        last.observed += observed
        cells.append(last)
    }
    let statistic = cells.reduce(0.0) { $0 + (Double($1.observed) - $1.expected) * (Double($1.observed) - $1.expected) / $1.expected }
    return (statistic, cells.count - 1)
}

/// The upper 1e-5 point of χ²(df) by Wilson–Hilferty, z = 4.265.
func chiSquareCritical(degrees: Int) -> Double {
    let d = Double(degrees), z = 4.264890793922825
    let c = 2 / (9 * d)
    return d * pow(1 - c + z * c.squareRoot(), 3)
}

@Suite("Sampling: binomial draws")
struct BinomialTests {
    /// Both branches (inversion below n·min(p, 1−p) = 10, BTRD from it on, with |k − m| > 15
    /// reachable only for large n·p·q), p near 0 and 1 (symmetry), huge n.
    static let cases: [(n: Int, p: Double)] = [
        (1, 0.5), (7, 0.5), (20, 0.3), (1000, 0.001), (1_000_000, 1e-6), (50, 0.999), (30, 0.97),
        (200, 0.05), (20, 0.5), (40, 0.5), (100, 0.3), (1000, 0.02), (100_000, 0.9999),
        (10_000, 0.5), (1_000_000, 0.4), (1_000_000, 0.999_99), (1 << 40, 0.25),
    ]

    @Test(arguments: cases.indices)
    func matchesTheExactPMF(index: Int) {
        let (n, p) = Self.cases[index]
        var generator = SplitMix64(seed: 0x5EED_0000 + UInt64(index))
        // UNMASK_BINOMIAL_DRAWS=10000000 runs a deeper check (minutes in a debug build).
        let draws = ProcessInfo.processInfo.environment["UNMASK_BINOMIAL_DRAWS"].flatMap { Int($0) } ?? 200_000
        var counts: [Int: Int] = [:]
        var sum = 0.0, sumOfSquares = 0.0
        let trueMean = Double(n) * p, trueVariance = Double(n) * p * (1 - p)
        for _ in 0..<draws {
            let k = generator.nextBinomial(trials: n, probability: p)
            #expect(k >= 0 && k <= n)
            counts[k, default: 0] += 1
            // Deviations from the true mean, so that the sums do not cancel for huge n.
            let deviation = Double(k) - trueMean
            sum += deviation
            sumOfSquares += deviation * deviation
        }
        let mean = trueMean + sum / Double(draws)
        let variance = sumOfSquares / Double(draws) - (sum / Double(draws)) * (sum / Double(draws))
        // Mean within 5 standard errors; the sample variance within 5 of its standard errors
        // (≈ σ²·√(2/draws) plus the kurtosis term, bounded here by a factor 2).
        #expect(abs(mean - trueMean) <= 5 * (trueVariance / Double(draws)).squareRoot(), "n \(n) p \(p): mean \(mean)")
        #expect(abs(variance - trueVariance) <= 10 * trueVariance * (2 / Double(draws)).squareRoot() + 1e-12 * trueVariance,
                "n \(n) p \(p): variance \(variance) vs \(trueVariance)")
        if n <= 10_000_000 {
            let (statistic, degrees) = binomialChiSquare(counts, n: n, p: p, draws: draws)
            #expect(degrees >= 1)
            #expect(statistic <= chiSquareCritical(degrees: degrees), "n \(n) p \(p): χ² \(statistic) on \(degrees) df")
            if ProcessInfo.processInfo.environment["UNMASK_BINOMIAL_REPORT"] == "1" {
                print("binomial n \(n) p \(p): \(draws) draws, χ² \(statistic) on \(degrees) df (1e-5 point \(chiSquareCritical(degrees: degrees)))")
            }
        }
    }

    /// BTRD's step 3.4 ratio equals the lgamma pmf ratio, and its squeeze brackets it, wherever
    /// the pmf is not negligible (|k − m| > 15, within 12 standard deviations).
    @Test func rejectionStepsMatchTheExactRatio() {
        for (n, p) in [(40, 0.5), (100, 0.3), (1000, 0.02), (10_000, 0.5), (1_000_000, 0.4), (1 << 30, 1e-5)] {
            let m = Int((Double(n + 1) * p).rounded(.down))
            let npq = Double(n) * p * (1 - p)
            let spread = Int(12 * npq.squareRoot()) + 1
            var k = max(0, m - spread)
            while k <= min(n, m + spread) {
                let exact = binomialLogPMF(k, n, p) - binomialLogPMF(m, n, p)
                let ratio = binomialLogRatioToMode(k, mode: m, trials: n, odds: p / (1 - p))
                let scale: Double = lgamma(Double(n) + 1)
                #expect(abs(ratio - exact) <= 1e-13 * scale + 1e-12, "n \(n) p \(p) k \(k): \(ratio) vs \(exact)")
                if abs(k - m) > 15 {
                    let (t, rho) = binomialSqueeze(distanceToMode: abs(k - m), variance: npq)
                    #expect(t - rho <= exact + 1e-9 && exact <= t + rho + 1e-9, "n \(n) p \(p) k \(k): squeeze")
                }
                k += max(1, spread / 200)
            }
        }
    }

    @Test func degenerateCases() {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<100 {
            #expect(generator.nextBinomial(trials: 0, probability: 0.4) == 0)
            #expect(generator.nextBinomial(trials: -3, probability: 0.4) == 0)
            #expect(generator.nextBinomial(trials: 17, probability: 0) == 0)
            #expect(generator.nextBinomial(trials: 17, probability: 1) == 17)
            #expect(generator.nextBinomial(trials: 17, probability: .nan) == 0)
            #expect(generator.nextBinomial(trials: 1_000_000, probability: 1e-300) == 0)
            #expect(generator.nextBinomial(trials: 1_000_000, probability: 1 - 0x1p-53) >= 999_990)
        }
    }

    @Test func sameSeedSameDraws() {
        var first = SplitMix64(seed: 99), second = SplitMix64(seed: 99), other = SplitMix64(seed: 100)
        let a = (0..<50).map { first.nextBinomial(trials: 1000 * ($0 + 1), probability: 0.3) }
        let b = (0..<50).map { second.nextBinomial(trials: 1000 * ($0 + 1), probability: 0.3) }
        let c = (0..<50).map { other.nextBinomial(trials: 1000 * ($0 + 1), probability: 0.3) }
        #expect(a == b)
        #expect(a != c)
    }

    @Test func stirlingRemainderMatchesLgamma() {
        for k in [0, 1, 2, 5, 9, 10, 15, 100, 12345, 1_000_000] {
            let x = Double(k)
            let logFactorial: Double = lgamma(x + 1)
            let stirling: Double = (x + 0.5) * log(x + 1) - (x + 1) + 0.5 * log(2 * Double.pi)
            // The direct difference loses about ulp(ln k!) to cancellation.
            let tolerance: Double = 4 * logFactorial.ulp + 1e-15
            #expect(abs(logFactorialCorrection(k) - (logFactorial - stirling)) <= tolerance, "k \(k)")
        }
        #expect(abs(logFactorialCorrection(0) - 0.08106146679532726) < 1e-15)
        #expect(abs(logFactorialCorrection(9) - 0.008330563433362871) < 1e-15)
    }
}
