// swift-tools-version: 6.1
// A timing harness for case generation, kept out of the root package so its build stays lean.
// Run: swift run -c release generation-bench SPEC [RUNS] [RANDOM]
import PackageDescription

let package = Package(
    name: "generation-bench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "conform", path: "../..")],
    targets: [
        .executableTarget(
            name: "generation-bench",
            dependencies: [.product(name: "ConformCore", package: "conform")]
        )
    ],
    swiftLanguageModes: [.v6]
)
