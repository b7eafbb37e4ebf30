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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // glibc's `mallopt` and its settings, which the Glibc module does not export (kgbuild sets them at start)
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "KGBuildCore",
            dependencies: ["CLibXML2", .product(name: "Yams", package: "Yams")]
        ),
        // the SQLite cache of extractions, apart so that GRDB's operators never reach KGBuildCore's type checking
        .target(
            name: "KGBuildCache",
            dependencies: ["KGBuildCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "kgbuild",
            dependencies: ["KGBuildCore", "KGBuildCache", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "KGBuildCoreTests",
            dependencies: ["KGBuildCore", "KGBuildCache"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
