// swift-tools-version:6.1
// The assessment engine: layers as in DESIGN.md, lowest first.
import Foundation
import PackageDescription

let package = Package(
    name: "assess-engine",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "assess", targets: ["AssessCLI"]),
        .library(name: "AssessCore", targets: ["AssessCore"]),
        .library(name: "BankFormats", targets: ["BankFormats"]),
        .library(name: "Psychometrics", targets: ["Psychometrics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // 1. Core domain types: items, options, keys, classification, IRT parameters.
        .target(
            name: "AssessCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // 2. Psychometrics: IRT models, estimators, classical item analysis, calibration, DIF.
        //    Pure functions over contiguous arrays: no I/O, no dependencies.
        .target(name: "Psychometrics"),
        // 3. Bank formats: native YAML, GIFT, QTI, CSV; validation with located diagnostics.
        .target(
            name: "BankFormats",
            dependencies: ["AssessCore", .product(name: "Yams", package: "Yams")]
        ),
        // 4. Sequencing: linear forms, blueprint-random forms (LOFT) and adaptive tests. Pure and
        //    deterministic for a seed: no I/O.
        .target(name: "Sequencing", dependencies: ["AssessCore", "Psychometrics"]),
        // 5. Records: the SQLite store (through GRDB on the system libsqlite3). Only this module
        //    imports GRDB, so SQL and storage stay behind it.
        .target(
            name: "Records",
            dependencies: [
                "AssessCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // 6. Scoring, analysis and reports: response files in, statistics and scores out.
        .target(name: "Analysis", dependencies: ["AssessCore", "Psychometrics", "BankFormats", "Sequencing"]),
        // 7. Delivery: the line-based session loop over an input/output abstraction.
        .target(name: "Delivery", dependencies: ["AssessCore", "Sequencing", "Records", "BankFormats", "Analysis", "Psychometrics"]),
        // 8. The thin executable.
        .executableTarget(
            name: "AssessCLI",
            dependencies: [
                "AssessCore", "BankFormats", "Analysis", "Records", "Delivery", "Sequencing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A test tool, not part of the engine: writes responses through the records API from its
        // own process, for the reliability tests (kill -9, concurrent writers) and the commit
        // benchmark. It can go once `assess take` writes responses.
        .executableTarget(name: "RecordsProbe", dependencies: ["Records"]),
        .testTarget(name: "AssessCoreTests", dependencies: ["AssessCore"]),
        .testTarget(
            name: "BankFormatsTests", dependencies: ["BankFormats", "AssessCore"],
            // Peer-suite inputs, read from the source tree by the tests (not bundled as resources).
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "AssessCLITests", dependencies: ["AssessCLI", "AssessCore", "BankFormats"]),
        .testTarget(name: "PsychometricsTests", dependencies: ["Psychometrics", "AssessCore"]),
        .testTarget(name: "SequencingTests", dependencies: ["Sequencing", "AssessCore", "Psychometrics"]),
        .testTarget(
            name: "RecordsTests", dependencies: ["Records", "AssessCore", "RecordsProbe"],
            // A database made by the first schema version, opened by the migration tests.
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "DeliveryTests", dependencies: ["Delivery", "AssessCore", "BankFormats", "Records"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Psychometrics", "AssessCore"]),
    ],
    swiftLanguageModes: [.v6]
)

// Benchmarks (ordo-one/benchmark, with allocation counts) only when asked for, because the
// package takes minutes to build: `ASSESS_BENCHMARKS=1 swift package benchmark`.
if ProcessInfo.processInfo.environment["ASSESS_BENCHMARKS"] != nil {
    package.dependencies.append(
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]))
    package.targets.append(
        .executableTarget(
            name: "PsychometricsBenchmarks",
            dependencies: ["Psychometrics", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/PsychometricsBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ))
    package.targets.append(
        .executableTarget(
            name: "SequencingBenchmarks",
            dependencies: [
                "Sequencing", "AssessCore", "Psychometrics", .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SequencingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ))
}
