// The value half of `scripts/benchmark`: writes our results on the shared inputs as float64
// little-endian arrays, for the scipy peers to compare against. Not timed.
//
//     unmask-bench-values incomplete-beta INPUTS OUT   I_t(a, b) at each (a, b, t) triple of INPUTS
//     unmask-bench-values heatmap OUT                  the heatmap (row-major, index = j·a.count + i)
//     unmask-bench-values kernel                       prints which compilation of I_t's fast path runs

import Foundation
import UnmaskBenchSupport
import UnmaskCore

func write(_ values: [Double], to path: String) {
    let data = values.map { $0.bitPattern.littleEndian }.withUnsafeBytes { Data($0) }
    guard FileManager.default.createFile(atPath: path, contents: data) else {
        fatalError("cannot write '\(path)'")
    }
}

let arguments = CommandLine.arguments
switch (arguments.count, arguments.count > 1 ? arguments[1] : "") {
case (4, "incomplete-beta"):
    let inputs = IncompleteBetaInputs.load(path: arguments[2])
    write((0..<inputs.count).map { regularizedIncompleteBeta(inputs.t[$0], a: inputs.a[$0], b: inputs.b[$0]) },
          to: arguments[3])
case (3, "heatmap"):
    write(GridEngine(workers: BenchSettings.allCores).evaluate(BenchSettings.grid, metric: BenchSettings.metric),
          to: arguments[2])
case (2, "kernel"):
    print(IncompleteBetaKernel.current.rawValue)
default:
    FileHandle.standardError.write(Data("usage: unmask-bench-values incomplete-beta INPUTS OUT | heatmap OUT | kernel\n".utf8))
    exit(2)
}
