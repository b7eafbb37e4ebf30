import Foundation
import Testing

@testable import KGBuildCore
import KGBuildCache

// Issue 8: the streaming run (`Pipeline.run`: read, analyse in batches on many threads, drop the text)
// gives the bytes of reading everything and analysing it at once, for any number of threads; the
// extraction cache skips unchanged articles and still gives the same bytes. No timing is asserted.

enum Streaming {
    static let pipeline = Shared.pipeline

    /// A temporary folder holding the seed file and the scale fixture split into files of a few records.
    static func corpusFolder() throws -> String {
        let dir = NSTemporaryDirectory() + "kgbuild-stream-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.seedFile, toPath: dir + "/seed.txt")
        let lines = (try String(contentsOfFile: ExtractMerge.corpusFixture, encoding: .utf8)).split(separator: "\n")
        for (k, start) in stride(from: 0, to: lines.count, by: 3).enumerated() {
            let part = lines[start..<min(lines.count, start + 3)].joined(separator: "\n") + "\n"
            try part.write(toFile: dir + "/sub/part-\(k).jsonl", atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func graphML(_ run: RunOutput) throws -> [UInt8] {
        try GraphMLWriter().export(pipeline.buildGraph(run.results()))
    }
}

@Suite struct StreamingRunTests {
    @Test func sameBytesForOneAndFourJobsAndAsReadThenAnalyse() throws {
        let dir = try Streaming.corpusFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var problems: [IngestProblem] = []
        let one = Streaming.pipeline.run([dir], jobs: 1, problems: &problems)
        let four = Streaming.pipeline.run([dir], jobs: 4, problems: &problems)
        #expect(one.records.count >= 10 && one.analysed == one.records.count && one.fromCache == 0)
        let a = try Streaming.graphML(one)
        #expect(a == (try Streaming.graphML(four)))
        // the older whole-corpus path: every article read, then analysed with the year hint
        let articles = Streaming.pipeline.read([dir], problems: &problems)
        let whole = try GraphMLWriter().export(Streaming.pipeline.buildGraph(Streaming.pipeline.analyze(articles, jobs: 2)))
        #expect(a == whole)
        // no body is kept once analysed
        #expect(one.records.allSatisfy { $0.article.body.isEmpty && $0.result.article.body.isEmpty })
    }

    @Test func cacheSkipsUnchangedArticlesAndReanalysesChangedOnes() throws {
        let dir = try Streaming.corpusFolder()
        let cacheDir = NSTemporaryDirectory() + "kgbuild-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir); try? FileManager.default.removeItem(atPath: cacheDir) }
        func open() throws -> ExtractionCache {
            try ExtractionCache(directory: cacheDir, ontology: Shared.ontology, includeUnnamedSources: false, salt: "test")
        }
        var problems: [IngestProblem] = []
        let first = Streaming.pipeline.run([dir], jobs: 2, cache: try open(), problems: &problems)
        let n = first.records.count
        #expect(n >= 10 && first.analysed == n && first.fromCache == 0)
        #expect(try open().count() == n)
        let second = Streaming.pipeline.run([dir], jobs: 2, cache: try open(), problems: &problems)
        #expect(second.analysed == 0 && second.fromCache == n)
        let plain = Streaming.pipeline.run([dir], jobs: 1, problems: &problems)
        #expect(try Streaming.graphML(second) == (try Streaming.graphML(plain)))
        #expect(try Streaming.graphML(first) == (try Streaming.graphML(plain)))

        // one file of three records changes: its articles are analysed again, nothing else
        let changed = dir + "/sub/part-1.jsonl"
        let inFile = first.records.filter { $0.article.path == changed }.count
        let text = try String(contentsOfFile: changed, encoding: .utf8)
        try text.replacingOccurrences(of: "\"text\": \"", with: "\"text\": \"Russia said on Monday it would supply tanks to Egypt. ")
            .write(toFile: changed, atomically: true, encoding: .utf8)
        let third = Streaming.pipeline.run([dir], jobs: 2, cache: try open(), problems: &problems)
        #expect(inFile > 0 && third.analysed == inFile && third.fromCache == n - inFile)
        let fresh = Streaming.pipeline.run([dir], jobs: 2, problems: &problems)
        #expect(try Streaming.graphML(third) == (try Streaming.graphML(fresh)))
        // another ontology version or option is another key
        let other = try ExtractionCache(directory: cacheDir, ontology: Shared.ontology, includeUnnamedSources: true, salt: "test")
        let fourth = Streaming.pipeline.run([dir], jobs: 2, cache: other, problems: &problems)
        #expect(fourth.analysed == n)
    }
}
