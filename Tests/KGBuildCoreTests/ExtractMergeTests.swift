import Foundation
import Testing

@testable import KGBuildCore

// `kgbuild extract` / `kgbuild merge` (issue 9): the extraction lines, split and shuffled any way, merge
// into the graph the single process builds, byte for byte; and the Spark job in local mode does too.

enum ExtractMerge {
    static let pipeline = Shared.pipeline
    static let seedPath = "seeds/000_e3cff23ac7bbeae5.txt"
    static let corpusFixture = Repo.path("Tests/KGBuildCoreTests/Fixtures/scale/corpus.jsonl")

    static func seedArticles() -> [Article] {
        var problems: [IngestProblem] = []
        let data = Array(FileManager.default.contents(atPath: Repo.seedFile) ?? Data())
        return pipeline.read(data: data, path: seedPath, problems: &problems)
    }

    /// The fixture corpus read as `kgbuild corpus.jsonl` reads it (named `corpus.jsonl`).
    static func corpusArticles() -> [Article] {
        var problems: [IngestProblem] = []
        let data = Array(FileManager.default.contents(atPath: corpusFixture) ?? Data())
        return pipeline.read(data: data, path: "corpus.jsonl", problems: &problems)
    }

    static func export(_ g: KnowledgeGraph, _ format: String = "graphml", view: GraphViewKind = .full) throws -> [UInt8] {
        try ExporterRegistry.exporter(named: format).init().export(GraphView.derive(g, view: view))
    }

    /// The single-process graph: what `kgbuild INPUT` builds.
    static func single(_ articles: [Article]) -> KnowledgeGraph {
        pipeline.buildGraph(pipeline.analyze(articles, jobs: 2))
    }

    static func tempDir() throws -> String {
        let dir = NSTemporaryDirectory() + "/kgbuild-em-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes `lines` into `parts` files (round-robin after a seeded shuffle) and merges them.
    static func mergeShuffled(_ lines: [[UInt8]], parts: Int, seed: UInt64, extra: [String] = []) throws -> (KnowledgeGraph, [IngestProblem]) {
        var rng = SplitMix(seed)
        var shuffled = lines
        shuffled.shuffle(using: &rng)
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var chunks = Array(repeating: [UInt8](), count: parts)
        for (i, l) in shuffled.enumerated() { chunks[i % parts] += l + [10] }
        var files: [String] = []
        for (k, c) in chunks.enumerated() {
            let f = "\(dir)/part-\(k)"
            FileManager.default.createFile(atPath: f, contents: Data(c))
            files.append(f)
        }
        for (k, text) in extra.enumerated() {
            let f = "\(dir)/extra-\(k)"
            FileManager.default.createFile(atPath: f, contents: Data(text.utf8))
            files.append(f)
        }
        var problems: [IngestProblem] = []
        let (g, _) = ExtractionMerger(ontology: Shared.ontology).merge(files.reversed(), problems: &problems)
        return (g, problems)
    }
}

/// A seeded generator, so a failing shuffle can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

@Suite struct ExtractMergeTests {
    @Test func shuffledAndSplitLinesMergeToTheSingleProcessGraph() throws {
        let arts = ExtractMerge.seedArticles()
        try #require(arts.count == 7)
        let single = ExtractMerge.single(arts)
        let lines = ExtractMerge.pipeline.extract(arts, jobs: 2).map { $0.jsonLine() }
        for (seed, parts) in [(UInt64(1), 1), (2, 3), (3, 7), (4, 2)] {
            let (merged, problems) = try ExtractMerge.mergeShuffled(lines, parts: parts, seed: seed)
            #expect(problems.isEmpty, "\(problems)")
            for (format, view) in [("graphml", GraphViewKind.full), ("gexf", .actors), ("json", .events)] {
                let same = try ExtractMerge.export(merged, format, view: view) == ExtractMerge.export(single, format, view: view)
                #expect(same, "seed \(seed), \(parts) files: \(format) \(view) differs from the single-process graph")
            }
        }
    }

    @Test func badLinesAreReportedAndSkipped() throws {
        let arts = ExtractMerge.seedArticles()
        let single = try ExtractMerge.export(ExtractMerge.single(arts))
        let lines = ExtractMerge.pipeline.extract(arts, jobs: 1).map { $0.jsonLine() }
        // a line that is not JSON, one that is JSON but no extraction line, a blank line
        let (merged, problems) = try ExtractMerge.mergeShuffled(lines, parts: 2, seed: 9, extra: ["not json\n{\"a\":1}\n\n"])
        #expect(problems.count == 2, "\(problems)")
        #expect(try ExtractMerge.export(merged) == single)
    }

    /// The only cross-article input, the year hint, is resolved in the merge exactly as in one process.
    @Test func yearVariantsAreTheHintedAnalyses() throws {
        let arts = ExtractMerge.seedArticles()
        let records = arts.map { ExtractMerge.pipeline.extract($0) }
        let hinted = records.indices.filter { !records[$0].variants.isEmpty }
        #expect(!hinted.isEmpty, "the seed file has datelines without a year that only the hint dates")
        for i in hinted {
            let r = records[i]
            #expect(r.variants.keys.sorted() == r.result.yearCandidates.sorted())
            #expect(r.result.article.date?.year == nil)
            for hint in [nil, 1995, 2014, 2019, 2030] as [Int?] {
                let want = ExtractionRecord(article: arts[i], result: ExtractMerge.pipeline.analyze(arts[i], yearHint: hint)).jsonLine()
                let got = ExtractionRecord(article: arts[i], result: r.resolved(yearHint: hint)).jsonLine()
                #expect(got == want, "\(arts[i].id) with hint \(String(describing: hint))")
            }
        }
        // merged alone, nothing gives a hint, so the dateline keeps no year
        let alone = ExtractMerge.pipeline.buildGraph([records[hinted[0]].result])
        var problems: [IngestProblem] = []
        let dir = try ExtractMerge.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/one", contents: Data(records[hinted[0]].jsonLine()))
        let (merged, _) = ExtractionMerger(ontology: Shared.ontology).merge([dir + "/one"], problems: &problems)
        #expect(try ExtractMerge.export(merged) == ExtractMerge.export(alone))
    }

    @Test func linesRoundTripByteForByte() throws {
        let arts = ExtractMerge.seedArticles() + ExtractMerge.corpusArticles()
        for r in ExtractMerge.pipeline.extract(arts, jobs: 2) {
            let line = r.jsonLine()
            #expect(!line.contains(10), "a line break inside an extraction line")
            let again = try ExtractionRecord(line: line).jsonLine()
            #expect(again == line, "\(r.article.id) changes on a round trip")
        }
        // the canonical reader (the cache's lines) and the general one give the same records; a line laid out
        // otherwise (white space, keys reordered, a key unknown) goes to the general reader, and still reads
        var canonical = 0
        for r in ExtractMerge.pipeline.extract(arts, jobs: 2) {
            let line = r.jsonLine()
            let fast = line.withUnsafeBufferPointer { p -> ExtractionRecord? in
                var reader = ExtractJSONReader(p: p)
                return reader.canonicalRecord()
            }
            #expect(fast?.jsonLine() == line)
            #expect(try ExtractionRecord(anyLayout: line).jsonLine() == line)
            if fast != nil { canonical += 1 }
            var spaced = Array(line.dropLast()) + Array(#", "zz_note": [1, {"x": null}] }"#.utf8)
            spaced.insert(32, at: 1)
            #expect(try ExtractionRecord(line: spaced).jsonLine() == line)
            // a line cut anywhere is refused by both readers alike
            let cut = Array(line.prefix(line.count * 2 / 3))
            #expect(throws: ExtractionRecord.DecodeError.self) { try ExtractionRecord(line: cut) }
        }
        #expect(canonical == arts.count)
        let tricky = "quote \" backslash \\ tab \t newline \n cr \r nul \u{0} del \u{7F} é 😀 \u{2028}"
        var j = JSONBytes()
        j.open(UInt8(ascii: "{"))
        j.key("i"); j.int(-3)
        j.key("k"); j.string(tricky)
        j.key("n"); j.double(0.1 + 0.2)
        j.close(UInt8(ascii: "}"))
        let out = j.bytes
        let back = ExtractJSON.parse(out)
        #expect(back?["k"]?.stringValue == tricky)
        // the bytes themselves: the escapes JSON needs and nothing else, numbers as Swift writes them
        #expect(String(decoding: out, as: UTF8.self) == #"{"i":-3,"k":"quote \" backslash \\ tab \t newline \n cr \r nul \u0000 del \u007f é 😀 "#
                + "\u{2028}" + #"","n":0.30000000000000004}"#)
        #expect(back?["n"]?.doubleValue == 0.1 + 0.2)
        #expect(back?["i"]?.intValue == -3)
        #expect(ExtractJSON.parse(Array("\"\\ud83d\\ude00\"".utf8))?.stringValue == "😀")
        #expect(ExtractJSON.parse(Array("{\"a\":1,}".utf8)) == nil)
        #expect(ExtractJSON.parse(Array("[1] x".utf8)) == nil)
    }

    /// Spark splits a JSON Lines file into line ranges; numbered lines keep ids and order those of the whole file.
    @Test func numberedSplitsOfAJSONLinesFileMergeToTheSingleProcessGraph() throws {
        let whole = ExtractMerge.corpusArticles()
        try #require(whole.count >= 6)
        let single = try ExtractMerge.export(ExtractMerge.single(whole))
        let data = try #require(FileManager.default.contents(atPath: ExtractMerge.corpusFixture))
        let rawLines = Array(data).split(separator: 10, omittingEmptySubsequences: false)
        var lines: [[UInt8]] = []
        for cut in [[0, 3, 6], [0, 1, 2, 5]] {
            lines = []
            var problems: [IngestProblem] = []
            for (k, start) in cut.enumerated() {
                let end = k + 1 < cut.count ? cut[k + 1] : rawLines.count
                let arts = (start..<end).compactMap { n in
                    ExtractMerge.pipeline.readNumbered(line: ArraySlice(Array("\(n + 1)\t".utf8) + rawLines[n]), path: "corpus.jsonl", problems: &problems)
                }
                lines += ExtractMerge.pipeline.extract(arts, jobs: 1).map { $0.jsonLine() }
            }
            #expect(problems.count == 1, "the fixture's one bad line: \(problems)")
            let (merged, _) = try ExtractMerge.mergeShuffled(lines, parts: cut.count, seed: UInt64(cut.count))
            #expect(try ExtractMerge.export(merged) == single, "split at \(cut)")
        }
        #expect(lines.contains { $0.starts(with: Array("{\"article\":{".utf8)) && String(decoding: $0, as: UTF8.self).contains("\"variants\"") },
                "the fixture has a dateline only the corpus year dates")
    }

    @Test func mergeOrderFollowsTheFolderWalk() {
        #expect(ArticleResult.comparePaths("a/b.txt", "a.txt"))
        #expect(!ArticleResult.comparePaths("a.txt", "a/b.txt"))
        #expect(ArticleResult.comparePaths("a", "a/b"))
        #expect(ArticleResult.comparePaths("-", "a.txt"))
        // results in any order build the same graph
        let results = ExtractMerge.pipeline.analyze(ExtractMerge.seedArticles() + ExtractMerge.corpusArticles(), jobs: 2)
        let forward = try? ExtractMerge.export(ExtractMerge.pipeline.buildGraph(results))
        let backward = try? ExtractMerge.export(ExtractMerge.pipeline.buildGraph(results.reversed()))
        #expect(forward != nil && forward == backward)
    }
}

// MARK: - Spark

enum SparkSupport {
    static func runs(_ args: [String]) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    static let hasJava = runs(["java", "-version"])
    static let hasPySpark = runs(["python3", "-c", "import pyspark"])
    static let available = hasJava && hasPySpark
    static var why: Comment {
        "Spark test skipped: \(hasJava ? "" : "no java on PATH (install Java 17) ")\(hasPySpark ? "" : "no pyspark for python3 (pip install pyspark)")"
    }

    /// The kgbuild binary `swift test` built next to the test bundle.
    static func binary() -> String? {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for dir in [here, here.deletingLastPathComponent()] {
            let b = dir.appendingPathComponent("kgbuild").path
            if FileManager.default.isExecutableFile(atPath: b) { return b }
        }
        return nil
    }
}

@Suite(.serialized) struct SparkJobTests {
    @Test(.enabled(if: SparkSupport.available, SparkSupport.why), .timeLimit(.minutes(3)))
    func sparkLocalModeGivesTheSingleProcessGraph() throws {
        let bin = try #require(SparkSupport.binary(), "the kgbuild binary was not built next to the tests (run swift build first)")
        let dir = try ExtractMerge.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let log = dir + "/spark.log"
        FileManager.default.createFile(atPath: log, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Repo.path("scale/kgbuild_spark.py"), ExtractMerge.corpusFixture, "--name", "corpus.jsonl",
                       "--out", dir + "/run", "--master", "local[2]", "--partitions", "3", "--kgbuild", bin,
                       "--", "-q", "-o", dir + "/graph.graphml"]
        var env = ProcessInfo.processInfo.environment
        env["SPARK_LOCAL_IP"] = "127.0.0.1"
        p.environment = env
        let out = try #require(FileHandle(forWritingAtPath: log))
        p.standardOutput = out
        p.standardError = out
        try p.run()
        p.waitUntilExit()
        try out.close()
        let tail = (try? String(contentsOfFile: log, encoding: .utf8)).map { String($0.suffix(3000)) } ?? ""
        try #require(p.terminationStatus == 0, "spark job failed:\n\(tail)")
        let parts = try FileManager.default.contentsOfDirectory(atPath: dir + "/run/extract").filter { $0.hasPrefix("part-") }
        #expect(parts.count >= 2, "the corpus should be split over several partitions")
        let merged = try #require(FileManager.default.contents(atPath: dir + "/graph.graphml"))
        let single = try ExtractMerge.export(ExtractMerge.single(ExtractMerge.corpusArticles()))
        #expect(Array(merged) == single, "Spark's merged GraphML differs from the single-process run")
    }
}
