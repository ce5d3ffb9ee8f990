import Foundation
import UnmaskCore

// Shared by the timed suite (Benchmarks/UnmaskBenchmarks) and the value dump
// (unmask-bench-values), so both read the same inputs and build the same grid.

/// The shared I_t(a, b) inputs: float64 little-endian triples (a, b, t), written once by
/// `peers/make_inputs.py` from a fixed seed and read by both sides.
public struct IncompleteBetaInputs: Sendable {
    public let a: [Double]
    public let b: [Double]
    public let t: [Double]

    public var count: Int { t.count }

    /// Reads the triples file; stops the process with a message if it is missing or malformed.
    public static func load(path: String) -> IncompleteBetaInputs {
        guard let data = FileManager.default.contents(atPath: path) else {
            fatalError("cannot read I_t inputs at '\(path)' (run scripts/benchmark, which writes them)")
        }
        let stride = 3 * MemoryLayout<Double>.size
        guard data.count % stride == 0 else {
            fatalError("'\(path)' has \(data.count) bytes, not a whole number of (a, b, t) float64 triples")
        }
        let count = data.count / stride
        var a = [Double](repeating: 0, count: count)
        var b = a
        var t = a
        data.withUnsafeBytes { raw in
            for i in 0..<count {
                a[i] = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: (3 * i) * 8, as: UInt64.self)))
                b[i] = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: (3 * i + 1) * 8, as: UInt64.self)))
                t[i] = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: (3 * i + 2) * 8, as: UInt64.self)))
            }
        }
        return IncompleteBetaInputs(a: a, b: b, t: t)
    }

    /// I_t(a, b) at every point, summed (what the timed loop computes; the sum keeps the optimiser
    /// from dropping any call).
    public func sumOfValues() -> Double {
        var sum = 0.0
        for i in 0..<count {
            sum += regularizedIncompleteBeta(t[i], a: a[i], b: b[i])
        }
        return sum
    }
}

/// The benchmark's settings, all from the environment that `scripts/benchmark` sets, with
/// defaults that match it.
public enum BenchSettings {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Path of the (a, b, t) triples file.
    public static var inputsPath: String {
        environment["UNMASK_BENCH_INPUTS"] ?? "Benchmarks/.build/bench-data/betainc_inputs.f64"
    }

    /// The heatmap grid's axes, `MIN:MAX:COUNT` (GridAxis syntax).
    public static var gridASpec: String { environment["UNMASK_BENCH_GRID_A"] ?? "0.1:3:256" }
    public static var gridBSpec: String { environment["UNMASK_BENCH_GRID_B"] ?? "0.1:3:256" }

    /// The heatmap grid.
    public static var grid: ParameterGrid {
        do {
            return ParameterGrid(a: try GridAxis(parsing: gridASpec), b: try GridAxis(parsing: gridBSpec))
        } catch {
            fatalError("bad heatmap grid axis: \(error)")
        }
    }

    /// The heatmap's weight schedule (a spec such as `cosine`).
    public static var weightSpec: String { environment["UNMASK_BENCH_WEIGHT"] ?? "cosine" }

    /// The heatmap metric: the continuous energy of Beta(a, b) under the weight.
    public static var metric: GridMetric {
        let weight: MaskSchedule
        do {
            weight = try MaskSchedule(spec: weightSpec)
        } catch {
            fatalError("bad weight spec '\(weightSpec)': \(error)")
        }
        do {
            return try PlaneMetric(.energy, PlaneMetricInputs(weight: weight)).evaluator()
        } catch {
            fatalError("the energy metric needs no other input: \(error)")
        }
    }

    /// The persistent scipy peer (`peers/scipy_peer.py`) that rows 1 and 2 time back to back with ours;
    /// nil when unset or empty (the suite then times ours alone).
    public static var peerScript: String? { environment["UNMASK_BENCH_PEER"].flatMap { $0.isEmpty ? nil : $0 } }

    /// Finite cells the peer integrates per pass (the same seeded sample as `peers/scipy_energy.py`).
    public static var peerSamples: Int { environment["UNMASK_BENCH_SAMPLES"].flatMap(Int.init) ?? 200 }

    /// Cores the parallel run uses.
    public static var allCores: Int { ProcessInfo.processInfo.activeProcessorCount }
}
