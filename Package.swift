// swift-tools-version:6.1
// The assessment engine: layers as in DESIGN.md, lowest first.
import PackageDescription

let package = Package(
    name: "assess-engine",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "assess", targets: ["AssessCLI"]),
        .library(name: "AssessCore", targets: ["AssessCore"]),
        .library(name: "BankFormats", targets: ["BankFormats"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // 1. Core domain types: items, options, keys, classification, IRT parameters.
        .target(
            name: "AssessCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // 3. Bank formats: native YAML, GIFT, QTI, CSV; validation with located diagnostics.
        .target(
            name: "BankFormats",
            dependencies: ["AssessCore", .product(name: "Yams", package: "Yams")]
        ),
        // 8. The thin executable.
        .executableTarget(
            name: "AssessCLI",
            dependencies: [
                "AssessCore", "BankFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AssessCoreTests", dependencies: ["AssessCore"]),
        .testTarget(
            name: "BankFormatsTests", dependencies: ["BankFormats", "AssessCore"],
            // Peer-suite inputs, read from the source tree by the tests (not bundled as resources).
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "AssessCLITests", dependencies: ["AssessCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
