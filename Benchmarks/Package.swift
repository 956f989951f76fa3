// swift-tools-version: 6.1
// The in-process benchmarks (ordo-one/benchmark), a package of its own so that the root
// package's build and `swift test` do not carry them.
// Run: swift package --package-path Benchmarks benchmark   (see the README's Benchmarks section)
import PackageDescription

let package = Package(
    name: "conform-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "conform", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ConformBenchmarks",
            dependencies: [
                .product(name: "ConformCore", package: "conform"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ConformBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
