import Foundation
import KGBuildCore

/// Built once: loading the ontology per input would dominate the run.
let pipeline = Pipeline(ontology: try! Ontology.load())

/// libFuzzer's entry point. This file is compiled with -parse-as-library (no top-level code, despite its
/// name, which only makes SwiftPM link an executable); libFuzzer provides main.
/// A malformed export aborts, so libFuzzer keeps the input as a crash artifact.
@_cdecl("LLVMFuzzerTestOneInput")
public func ingestFuzzer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let failures = IngestFuzzHarness.check(bytes, pipeline: pipeline)
    if !failures.isEmpty {
        FileHandle.standardError.write(Data(("kgbuild fuzz: " + failures.joined(separator: "; ") + "\n").utf8))
        abort()
    }
    return 0
}
