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
        try GraphMLWriter().export(run.graph)
    }

    /// The GraphML of the whole-corpus path (every article read, then analysed with its year hint).
    static func wholeCorpusGraphML(_ dir: String, problems: inout [IngestProblem]) throws -> [UInt8] {
        let articles = pipeline.read([dir], problems: &problems)
        return try GraphMLWriter().export(pipeline.buildGraph(pipeline.analyze(articles, jobs: 1)))
    }

    /// The date of the article node read from `path`.
    static func articleDate(_ run: RunOutput, path: String) -> String? {
        run.graph.nodes.first { $0.kind == "article" && $0["path"] == path }?["date"]
    }

    /// Articles of the graph read from `path`.
    static func articles(_ run: RunOutput, path: String) -> Int {
        run.graph.nodes.filter { $0.kind == "article" && $0["path"] == path }.count
    }
}

@Suite struct StreamingRunTests {
    @Test func sameBytesForOneAndFourJobsAndAsReadThenAnalyse() throws {
        let dir = try Streaming.corpusFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var problems: [IngestProblem] = []
        let one = Streaming.pipeline.run([dir], jobs: 1, problems: &problems)
        let four = Streaming.pipeline.run([dir], jobs: 4, problems: &problems)
        #expect(one.articles >= 10 && one.analysed == one.articles && one.fromCache == 0)
        #expect(one.claims == four.claims && one.eventsByType == four.eventsByType && !one.eventsByType.isEmpty)
        let a = try Streaming.graphML(one)
        #expect(a == (try Streaming.graphML(four)))
        // the older whole-corpus path: every article read, then analysed with the year hint
        let articles = Streaming.pipeline.read([dir], problems: &problems)
        let whole = try GraphMLWriter().export(Streaming.pipeline.buildGraph(Streaming.pipeline.analyze(articles, jobs: 2)))
        #expect(a == whole)
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
        let n = first.articles
        #expect(n >= 10 && first.analysed == n && first.fromCache == 0)
        #expect(try open().count() == n)
        let second = Streaming.pipeline.run([dir], jobs: 2, cache: try open(), problems: &problems)
        #expect(second.analysed == 0 && second.fromCache == n)
        let plain = Streaming.pipeline.run([dir], jobs: 1, problems: &problems)
        #expect(try Streaming.graphML(second) == (try Streaming.graphML(plain)))
        #expect(try Streaming.graphML(first) == (try Streaming.graphML(plain)))

        // one file of three records changes: its articles are analysed again, nothing else
        let changed = dir + "/sub/part-1.jsonl"
        let inFile = Streaming.articles(first, path: changed)
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

    /// The first file has only a dateline without a year, so only the corpus can date it: the streaming
    /// merge holds it (and all after it) until every file is read, then gives the graph of the whole-corpus path.
    @Test func anArticleWaitsForTheCorpusYearHint() throws {
        let dir = NSTemporaryDirectory() + "kgbuild-hint-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/x", withIntermediateDirectories: true)
        try "Moscow pledges tanks to Cairo\n\nMOSCOW, March 11 (RIA Novosti) - Russia will deliver tanks to Egypt, Defence Minister Sergei Shoigu said on Tuesday.\n"
            .write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let dated = (try String(contentsOfFile: ExtractMerge.corpusFixture, encoding: .utf8)).split(separator: "\n").prefix(2)
        try (dated.joined(separator: "\n") + "\n").write(toFile: dir + "/x/b.jsonl", atomically: true, encoding: .utf8)
        var problems: [IngestProblem] = []
        let whole = try Streaming.wholeCorpusGraphML(dir, problems: &problems)
        for jobs in [1, 3] {
            let run = Streaming.pipeline.run([dir], jobs: jobs, problems: &problems)
            #expect(try Streaming.graphML(run) == whole)
            #expect(Streaming.articleDate(run, path: dir + "/a.txt") == "2014-03-11", "the year comes from the other file's articles")
        }
        #expect(problems.isEmpty)
    }
    /// Without a cache, a dateline without a year is analysed once, for the hint the reader can guess when it
    /// submits the article (the corpus median so far). A guess the final hint overturns is analysed again;
    /// either way the graph is the whole-corpus path's.
    @Test func aGuessedYearHintIsCheckedAgainstTheFinalOne() throws {
        let dir = NSTemporaryDirectory() + "kgbuild-guess-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        func article(_ name: String, _ dateline: String) throws {
            try "Moscow pledges tanks to Cairo\n\nMOSCOW, \(dateline) (RIA Novosti) - Russia will deliver tanks to Egypt, Defence Minister Sergei Shoigu said on Tuesday.\n"
                .write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        // read in this order: one 2008 article, a yearless one (guess 2008: March 11 was a Tuesday in 2008
        // and 2014), three 2014 articles that move the median to 2014, another yearless one (guess 2014)
        try article("a.txt", "March 4, 2008")
        try article("b.txt", "March 11")
        for k in 1...3 { try article("c\(k).txt", "March \(k + 4), 2014") }
        try article("d.txt", "March 11")
        var problems: [IngestProblem] = []
        let whole = try Streaming.wholeCorpusGraphML(dir, problems: &problems)
        for jobs in [1, 3] {
            let run = Streaming.pipeline.run([dir], jobs: jobs, problems: &problems)
            #expect(try Streaming.graphML(run) == whole)
            #expect(run.reanalysed == 1, "b.txt was guessed 2008; d.txt's guess held")
            for name in ["b.txt", "d.txt"] { #expect(Streaming.articleDate(run, path: dir + "/" + name) == "2014-03-11") }
        }
        // with a cache every candidate year is analysed (the record is kept for other corpora): nothing twice
        let cacheDir = NSTemporaryDirectory() + "kgbuild-guess-cache-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cacheDir) }
        let cache = try ExtractionCache(directory: cacheDir, ontology: Shared.ontology, includeUnnamedSources: false, salt: "test")
        let cached = Streaming.pipeline.run([dir], jobs: 2, cache: cache, problems: &problems)
        #expect(cached.reanalysed == 0)
        #expect(try Streaming.graphML(cached) == whole)
        #expect(problems.isEmpty)
    }
}
