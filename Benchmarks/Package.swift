// swift-tools-version:6.1
// A separate package so that `swift test` at the repository root never builds or runs benchmarks;
// it reaches the main package only through the path dependency `..`. Run via `scripts/benchmark`.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which is whatever the clone was called.
let rootPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "UnmaskBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        // Only the MallocInterposer trait: the default RuntimeInterposer trait would pull a package
        // (swift-runtime-interposer) that this machine's package mirror does not carry.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
                 traits: ["MallocInterposer"]),
    ],
    targets: [
        // Inputs, grid and metric shared by the two executables below.
        .target(
            name: "UnmaskBenchSupport",
            dependencies: [.product(name: "UnmaskCore", package: rootPackage)],
            path: "Sources/UnmaskBenchSupport"
        ),
        // Timing: package-benchmark suite (Benchmarks/UnmaskBenchmarks), run by `swift package benchmark`.
        .executableTarget(
            name: "UnmaskBenchmarks",
            dependencies: [
                "UnmaskBenchSupport",
                .product(name: "UnmaskCore", package: rootPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/UnmaskBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The explorer's frame cost, bytes per frame and key latency (issue 4); prints its own rows.
        .executableTarget(
            name: "unmask-explorer-bench",
            dependencies: [
                .product(name: "UnmaskCore", package: rootPackage),
                .product(name: "UnmaskUI", package: rootPackage),
                .product(name: "TerminalBackend", package: rootPackage),
            ],
            path: "Sources/UnmaskExplorerBench"
        ),
        // Exact-evaluation throughput and the exact TV heatmap, product path vs a plain reference
        // (issue 3's sampler rows); prints its own rows.
        .executableTarget(
            name: "unmask-sampler-bench",
            dependencies: [.product(name: "UnmaskCore", package: rootPackage)],
            path: "Sources/UnmaskSamplerBench"
        ),
        // A 4,096-token × 1,024-step trajectory file read, parsed and summarised with its Beta fit,
        // and drawn and scrubbed in the explorer (issue 16's targets); prints its own row.
        .executableTarget(
            name: "unmask-trajectory-bench",
            dependencies: [.product(name: "UnmaskCore", package: rootPackage), .product(name: "UnmaskUI", package: rootPackage)],
            path: "Sources/UnmaskTrajectoryBench"
        ),
        // Values: writes our results on the shared inputs so the peers can compare accuracy.
        .executableTarget(
            name: "unmask-bench-values",
            dependencies: ["UnmaskBenchSupport", .product(name: "UnmaskCore", package: rootPackage)],
            path: "Sources/UnmaskBenchValues"
        ),
    ]
)
