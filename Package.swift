// swift-tools-version:6.0
import PackageDescription

// `UNMASK_TARGET_CPU=native swift build -c release` (or any CPU name LLVM knows, e.g. `haswell`) compiles
// the numerics of release builds for that processor: with AVX's three-operand instructions the incomplete
// beta function runs ~12% faster, with bit-identical results (Swift does not fuse multiply–adds). Off by
// default, because such a binary stops with an illegal instruction on an older processor (e.g. a cluster
// node older than the machine that built it). `scripts/benchmark` sets it to `native` unless told otherwise.
let targetCPU = Context.environment["UNMASK_TARGET_CPU"] ?? ""
let coreSettings: [SwiftSetting] = targetCPU.isEmpty
    ? [] : [.unsafeFlags(["-target-cpu", targetCPU], .when(configuration: .release))]

let package = Package(
    name: "unmask",
    platforms: [.macOS(.v15)],
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
        .target(name: "UnmaskCore", swiftSettings: coreSettings),
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
            dependencies: ["UnmaskCore"],
            exclude: ["Fixtures"]
        ),
        // Runs the built `unmask` executable for the CLI and UI tests.
        .target(name: "UnmaskTestSupport", path: "Tests/UnmaskTestSupport"),
        .testTarget(
            name: "UnmaskCLITests",
            dependencies: ["unmask", "UnmaskTestSupport"]
        ),
        .testTarget(
            name: "UnmaskUITests",
            dependencies: ["UnmaskUI", "unmask", "UnmaskTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
