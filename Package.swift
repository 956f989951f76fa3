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
        .executableTarget(
            name: "conform",
            dependencies: [
                "ConformCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ConformCoreTests",
            dependencies: ["ConformCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "ConformYAMLTests",
            dependencies: ["ConformYAML", .product(name: "BigInt", package: "BigInt")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
