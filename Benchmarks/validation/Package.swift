// swift-tools-version: 6.1
import PackageDescription

// A separate package so that the root build does not carry the benchmark.
let package = Package(
    name: "validation-bench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "conform", path: "../..")],
    targets: [
        .executableTarget(
            name: "validation-bench",
            dependencies: [.product(name: "ConformCore", package: "conform")]
        )
    ],
    swiftLanguageModes: [.v6]
)
