// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "conform",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "conform", targets: ["conform"]),
        .library(name: "ConformCore", targets: ["ConformCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "ConformYAML",
            dependencies: ["CLibYAML", .product(name: "BigInt", package: "BigInt")]
        ),
        .target(
            name: "ConformCore",
            dependencies: ["ConformYAML", .product(name: "BigInt", package: "BigInt")]
        ),
        .target(
            name: "ConformRunner",
            dependencies: [
                "ConformCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                // SHA-256 digests of the spec files in report.json.
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "CheckoutSandbox",
            // Hummingbird and the packages its API is expressed in; never ConformCore:
            // the sandbox checks the checker, so it must not share its code.
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "conform",
            dependencies: [
                "ConformCore",
                "ConformRunner",
                "CheckoutSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // Fetches URL specs (not URLSession: on Linux it links libcurl).
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "ConformCoreTests",
            // ConformRunner for its FileSource: the tests read specs from disk as the commands do.
            dependencies: ["ConformCore", "ConformRunner", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "ConformRunnerTests",
            dependencies: [
                "ConformRunner",
                "CheckoutSandbox",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            // Expected report files, read by path from the source tree.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CheckoutSandboxTests",
            dependencies: [
                "CheckoutSandbox",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            // Runs the built `conform` executable: exit statuses and what each command prints.
            name: "ConformCLITests"
        ),
        .testTarget(
            name: "ConformYAMLTests",
            dependencies: ["ConformYAML", .product(name: "BigInt", package: "BigInt")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
