// swift-tools-version: 6.0
// The libFuzzer target over ingest → extraction → every exporter. Build and run with scripts/fuzz.sh,
// which links .build-fuzz/deps/kgbuild to the repository so the dependency's identity does not depend on the
// name of the folder the repository was cloned into.
import PackageDescription

let package = Package(
    name: "kgbuild-fuzz",
    dependencies: [
        .package(path: "../.build-fuzz/deps/kgbuild"),
    ],
    targets: [
        .executableTarget(
            name: "IngestFuzzer",
            dependencies: [.product(name: "KGBuildCore", package: "kgbuild")]
        ),
    ]
)
