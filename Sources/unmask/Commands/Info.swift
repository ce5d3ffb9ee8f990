import ArgumentParser
import UnmaskCore

struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A toy target's information curve Z_j, total and dual total correlation, and entropies.",
        discussion: """
            All in nats, computed exactly from every marginal of the target
            (Chen, Cong & Li 2026; docs/theory.md §12):
              z        Z_j, j = 1…n: the mean mutual information I(x_i ; x_S) between
                       a new position i and a uniformly random set S of j − 1
                       revealed ones (Z_1 = 0, Z non-decreasing)
              tc       total correlation Σ_i H(x_i) − H(q) = Σ_j Z_j: the mean KL
                       over orders of revealing everything in one step
              dtc      dual total correlation H(q) − Σ_i H(x_i | x_rest) = n·Z_n − tc
              entropy  H(q); position_entropies: H(x_i) for each position
            The order-averaged KL of any count schedule follows from Z
            (`unmask optimal`, `unmask heatmap --metric kl-orders`). CSV has the
            columns j,z; JSON one object; the table both. The exact computation
            visits all 2^n position sets: at most \(Limits.maximumInformationWork) operations
            (2^n × support), so a target file of long sequences is refused.

            Examples:
              unmask info --target paper-extremes
              unmask info --target sticky-chain --format json
              unmask info --target copy --format csv
              unmask info --target-file mine.txt
            """
    )

    @OptionGroup var targetOptions: TargetOptions

    @OptionGroup var output: FormatOption

    func run() throws {
        let target = try targetOptions.resolve()
        let curve = try usage { () throws(InformationCurveError) in try InformationCurve(of: target) }
        let format = output.resolved
        let rows = Report(columns: ["j", "z"], rows: curve.z.enumerated().map { [.int($0 + 1), .double($1)] })
        let fields: [(String, ReportValue)] = [
            ("target", .string(target.name)), ("n", .int(target.length)), ("z", .list(curve.z.map(ReportValue.double))),
            ("tc", .double(curve.totalCorrelation)), ("dtc", .double(curve.dualTotalCorrelation)),
            ("entropy", .double(curve.entropy)), ("position_entropies", .list(curve.positionEntropies.map(ReportValue.double))),
        ]
        switch format {
        case .csv:
            try rows.write(as: .csv)
        case .json:
            try Report(orderedFields: fields).write(as: .json)
        case .table:
            try Report(orderedFields: fields.filter { $0.0 != "z" && $0.0 != "position_entropies" }).write(as: .table)
            try StandardStreams.output("\n")
            let table = curve.z.indices.map { [ReportValue.int($0 + 1), .double(curve.z[$0]), .double(curve.positionEntropies[$0])] }
            try Report(columns: ["j", "z", "position_entropy"], rows: table).write(as: .table)
        }
    }
}
