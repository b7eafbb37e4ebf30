// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kgbuild",
    products: [
        .executable(name: "kgbuild", targets: ["kgbuild"]),
        .library(name: "KGBuildCore", targets: ["KGBuildCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "KGBuildCore",
            dependencies: ["CLibXML2", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "kgbuild",
            dependencies: ["KGBuildCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "KGBuildCoreTests",
            dependencies: ["KGBuildCore"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
