// swift-tools-version: 5.4
// The libFuzzer target over ingest → extraction → every exporter. Build and run with scripts/fuzz.sh,
// which copies the repository to .build-fuzz/deps/kgbuild: a snapshot that concurrent edits cannot
// break mid-build, whose identity ("kgbuild") does not depend on the folder the repository is in.
// Tools version 5.4 and a `.target` with main.swift on purpose: newer manifests rename an executable's
// entry point to `<Module>_main` and link `main` to it, which -parse-as-library (libFuzzer brings its own
// main) leaves undefined.
import PackageDescription

let package = Package(
    name: "kgbuild-fuzz",
    dependencies: [
        .package(path: "../.build-fuzz/deps/kgbuild"),
    ],
    targets: [
        .target(
            name: "IngestFuzzer",
            dependencies: [.product(name: "KGBuildCore", package: "kgbuild")]
        ),
    ]
)
