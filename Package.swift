// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "unmask",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "unmask", targets: ["unmask"]),
        .library(name: "UnmaskCore", targets: ["UnmaskCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "UnmaskCore"),
        .executableTarget(
            name: "unmask",
            dependencies: [
                "UnmaskCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "UnmaskCoreTests",
            dependencies: ["UnmaskCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "UnmaskCLITests",
            dependencies: ["unmask"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
