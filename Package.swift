// swift-tools-version:6.0
import PackageDescription

// UnmaskCoreAVX is UnmaskCore's folder Sources/UnmaskCore/Kernels (Sources/UnmaskCoreAVX/Kernels is a
// link to it; its README says what is in it) compiled a second time for processors with AVX2 (Haswell
// and later), faster with bit-identical values; UnmaskCore calls it at run time where CPUID says the
// processor has AVX2 (`IncompleteBetaKernel`). Only x86-64 hosts get the flag; elsewhere the second
// copy is compiled like the first and never called.
#if arch(x86_64)
let avxSettings: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "haswell"])]
#else
let avxSettings: [SwiftSetting] = []
#endif

let package = Package(
    name: "unmask",
    products: [
        .executable(name: "unmask", targets: ["unmask"]),
        .library(name: "UnmaskCore", targets: ["UnmaskCore"]),
        .library(name: "UnmaskUI", targets: ["UnmaskUI"]),
        .library(name: "TerminalBackend", targets: ["TerminalBackend"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "UnmaskCore", dependencies: ["UnmaskCoreAVX", "CUnmaskCPU"], exclude: ["Kernels/README.md"]),
        .target(name: "UnmaskCoreAVX", exclude: ["Kernels/README.md"], swiftSettings: avxSettings),
        // CPUID: whether the processor can run UnmaskCoreAVX.
        .target(name: "CUnmaskCPU"),
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "UnmaskUI",
            dependencies: ["UnmaskCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "TerminalBackend",
            dependencies: ["CNcurses", "UnmaskUI"]
        ),
        .executableTarget(
            name: "unmask",
            dependencies: [
                "UnmaskCore",
                "UnmaskUI",
                "TerminalBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "UnmaskCoreTests",
            dependencies: ["UnmaskCore", "UnmaskCoreAVX"],
            exclude: ["Fixtures"]
        ),
        // Runs the built `unmask` executable for the CLI and UI tests.
        .target(name: "UnmaskTestSupport", path: "Tests/UnmaskTestSupport"),
        .testTarget(
            name: "UnmaskCLITests",
            dependencies: ["unmask", "UnmaskCore", "UnmaskTestSupport"],
            exclude: ["Snapshots"]
        ),
        // Test doubles of the explorer's program shell: a manual scheduler and heatmap computer.
        .target(name: "UnmaskUITestSupport", dependencies: ["UnmaskUI"], path: "Tests/UnmaskUITestSupport"),
        .testTarget(
            name: "UnmaskUITests",
            dependencies: ["UnmaskUI", "unmask", "UnmaskTestSupport", "UnmaskUITestSupport"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
