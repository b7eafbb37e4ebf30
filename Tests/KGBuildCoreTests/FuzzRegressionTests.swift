import Foundation
import Testing

@testable import KGBuildCore

/// Replays the fuzzer's findings (and a few hand-made cases) kept in Fixtures/fuzz: each must run
/// through ingest, extraction and every exporter and give well-formed exports.
@Suite struct FuzzRegressionTests {
    static let dir = Repo.path("Tests/KGBuildCoreTests/Fixtures/fuzz")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func thereAreCases() {
        #expect(Self.cases.count >= 2)
    }

    @Test(arguments: cases)
    func replay(_ name: String) throws {
        let bytes = Array(try #require(FileManager.default.contents(atPath: Self.dir + "/" + name)))
        #expect(IngestFuzzHarness.check(bytes, pipeline: Shared.pipeline) == [])
    }

    @Test func harnessNoticesMalformedExports() {
        #expect(IngestFuzzHarness.xmlProblem(Array("<a><b></a>".utf8)) != nil)
        #expect(IngestFuzzHarness.xmlProblem(Array("<a>\u{1}</a>".utf8)) != nil)
        #expect(IngestFuzzHarness.xmlProblem(Array("<a>x</a>".utf8)) == nil)
        #expect(IngestFuzzHarness.dotProblem(Array("digraph { \"a\\\" }".utf8)) != nil)
        #expect(IngestFuzzHarness.dotProblem(Array("digraph { \"a}\" -> b }".utf8)) == nil)
        #expect(IngestFuzzHarness.dotProblem(Array("digraph { a }}".utf8)) != nil)
    }
}
