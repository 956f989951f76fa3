// swift-tools-version: 6.1
// A timing harness for DocumentLoader, kept out of the root package so its build stays lean.
// Run: swift run -c release LoaderBenchmark FILE [RUNS]
import PackageDescription

let package = Package(
    name: "LoaderBenchmark",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "conform", path: "../..")],
    targets: [
        .executableTarget(
            name: "LoaderBenchmark",
            dependencies: [.product(name: "ConformCore", package: "conform")]
        )
    ],
    swiftLanguageModes: [.v6]
)
