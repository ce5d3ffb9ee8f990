import Foundation
import Testing
@testable import UnmaskCore

@Suite("Information: the curve Z, TC and DTC")
struct InformationCurveTests {
    /// The rows of information.csv for one target, by quantity, indexed as written.
    static func reference(_ name: String) throws -> [String: [Int: Double]] {
        let fixture = try Fixture(named: "information.csv")
        var values: [String: [Int: Double]] = [:]
        for row in fixture.rows where row[0] == name {
            values[row[1], default: [:]][Int(row[2])!] = Double(row[3])!
        }
        return values
    }

    /// Every built-in target's Z_j, H(x_i), H(q), TC and DTC equal the mpmath generator's, which
    /// averages the mutual informations from their definition (and for the chains uses their
    /// closed-form marginals).
    @Test(arguments: ToyTarget.builtIn)
    func matchesFixtures(target: ToyTarget) throws {
        let curve = try InformationCurve(of: target)
        let reference = try Self.reference(target.name)
        let n = target.length
        #expect(reference["z"]?.count == n)
        for j in 1...n {
            #expect(abs(curve.z[j - 1] - reference["z"]![j]!) < 1e-12, "\(target.name) Z_\(j)")
            #expect(abs(curve.positionEntropies[j - 1] - reference["position_entropy"]![j]!) < 1e-12, "\(target.name) H(x_\(j))")
        }
        #expect(abs(curve.entropy - reference["entropy"]![0]!) < 1e-12)
        #expect(abs(curve.totalCorrelation - reference["tc"]![0]!) < 1e-12)
        #expect(abs(curve.dualTotalCorrelation - reference["dtc"]![0]!) < 1e-12)
    }

    /// Closed forms: paper-extremes Z_j = ln 2 (j ≥ 2); copy Z_j = (j − 1)/7·ln 2 (the partner
    /// is among j − 1 of the 7 other positions); permutation Z_j = ln(5/(6 − j)).
    @Test func closedForms() throws {
        let extremes = try InformationCurve(of: .paperExtremes)
        #expect(extremes.z[0] == 0)
        for j in 2...5 { #expect(abs(extremes.z[j - 1] - log(2)) < 1e-15) }
        let copy = try InformationCurve(of: .copy)
        for j in 1...8 { #expect(abs(copy.z[j - 1] - Double(j - 1) / 7 * log(2)) < 1e-14, "copy Z_\(j)") }
        let permutation = try InformationCurve(of: .permutation)
        for j in 1...5 { #expect(abs(permutation.z[j - 1] - log(5 / Double(6 - j))) < 1e-14, "permutation Z_\(j)") }
    }

    /// Σ_j Z_j = TC and n·Z_n − TC = DTC; Z_1 = 0 and Z is non-decreasing; h_n = H(q).
    @Test(arguments: ToyTarget.builtIn)
    func identities(target: ToyTarget) throws {
        let curve = try InformationCurve.cached(target)
        let n = Double(target.length)
        #expect(abs(curve.z.reduce(0, +) - curve.totalCorrelation) < 1e-12)
        #expect(abs(n * curve.z.last! - curve.totalCorrelation - curve.dualTotalCorrelation) < 1e-12)
        #expect(curve.z[0] == 0)
        #expect(zip(curve.z, curve.z.dropFirst()).allSatisfy { $0 <= $1 + 1e-13 })
        let entropy = -target.probabilities.reduce(0) { $0 + $1 * log($1) }
        #expect(abs(curve.entropy - entropy) < 1e-12)
    }

    /// A target beyond the work limit is refused at once, naming it.
    @Test func refusesBeyondTheLimit() throws {
        #expect(InformationCurve.work(of: .stickyChain) == 256 * 6561)
        #expect(throws: InformationCurveError.tooLarge(target: "sticky-chain", length: 8, work: 256 * 6561, limit: 1000)) {
            try InformationCurve(of: .stickyChain, workLimit: 1000)
        }
        let error = InformationCurveError.tooLarge(target: "sticky-chain", length: 8, work: 256 * 6561, limit: 1000)
        #expect(error.description.contains("sticky-chain") && error.description.contains("1679616"))
    }
}
