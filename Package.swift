// swift-tools-version:6.0
import PackageDescription

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
        .target(name: "UnmaskCore"),
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
