import ArgumentParser
import UnmaskCore

struct Energy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The energy of a mask schedule under a weight, its minimum, and its N-step version.",
        discussion: """
            energy     E(α, γ) = ∫ α̇²/(γ̇·α·(1 − α)) dt for one token (kinetic =
                       conditional kinetic = geodesic): closed form for Beta/Beta
                       pairs, else a quadrature built for endpoint singularities.
                       Divergent energies are reported as inf.
            minimum    π², reached by α* = sin²(π/2·γ) (optimal_alpha).
            excess     E/π² − 1 (for Beta/Beta pairs, the χ² divergence).
            discrete_energy  with --steps N: E_N = 4·Σ (Δθ_k)²/Δγ_k on t_k = k/N.
            With --length n: conditional_kinetic_energy = n·2^(n−1)·E and
            geodesic_energy = n·E, each with its log10 in a _log10 field; a
            value beyond the double range is written overflow (see the log10).

            Examples:
              unmask energy --alpha linear
              unmask energy --alpha beta:1,1 --weight beta:0.9,0.3
              unmask energy --alpha cosine --weight linear --steps 16
              unmask energy --alpha beta:2,2 --steps 8 --length 256 --format json
            """
    )

    @OptionGroup var alpha: AlphaOption

    @OptionGroup var weight: WeightOption

    @OptionGroup var steps: StepsOption

    @OptionGroup var length: LengthOption

    @OptionGroup var output: FormatOption

    func run() throws {
        let alphaSchedule = try alpha.schedule()
        let weightSchedule = try weight.schedule()
        let steps = try self.steps.resolved(), length = try self.length.resolved(symbol: "n")
        let value = UnmaskCore.energy(of: alphaSchedule, weight: weightSchedule)
        let sequence = length.map { SequenceEnergy(singleToken: value, length: $0) }
        var fields: [(String, ReportValue)] = [
            ("alpha", .string(alphaSchedule.description)),
            ("weight", .string(weightSchedule == .uniform ? "uniform" : weightSchedule.description)),
            ("energy", .double(value)),
            ("minimum", .double(minimumEnergy)),
            ("excess", .double(value / minimumEnergy - 1)),
            ("optimal_alpha", .string(optimalSchedule(for: weightSchedule).description)),
        ]
        if let steps {
            fields += [("steps", .int(steps)),
                       ("discrete_energy", .double(discreteEnergy(of: alphaSchedule, weight: weightSchedule, steps: steps)))]
        }
        if let sequence {
            fields.append(("length", .int(sequence.length)))
            fields += scaled("conditional_kinetic_energy", sequence.conditionalKinetic)
            fields += scaled("geodesic_energy", sequence.geodesic)
        }
        try Report(orderedFields: fields).write(as: output.resolved)
    }

    private func scaled(_ name: String, _ energy: ScaledEnergy) -> [(String, ReportValue)] {
        Report.scaled(name, value: energy.value, log10: energy.log10Value)
    }
}
