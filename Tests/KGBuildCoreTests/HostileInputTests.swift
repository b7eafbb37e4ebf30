import Foundation
import Testing

@testable import KGBuildCore

// A folder of hostile files next to one good article: everything finishes quickly, the good article is
// read, each rejected file is named, no entity is expanded or resolved, every export stays well-formed.

enum HostileFolder {
    static let secret = "KGBUILD-SECRET-7f3a9c"

    /// Fixtures/inputs/hostile plus what cannot live in git: a FIFO, a dangling symlink, a symlink loop,
    /// a 60,000-deep page, a 50 MB line, an external entity pointing at a file holding `secret`.
    static func make() throws -> String {
        let dir = try Inputs.temporaryDirectory()
        let fm = FileManager.default
        let src = Inputs.path("hostile")
        for name in try fm.contentsOfDirectory(atPath: src) {
            try fm.copyItem(atPath: src + "/" + name, toPath: dir + "/" + name)
        }
        let secretFile = dir + "/.secret"  // hidden: never read itself
        try Data(secret.utf8).write(to: URL(fileURLWithPath: secretFile))
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY leak SYSTEM "file://\(secretFile)"> <!ENTITY % p SYSTEM "file://\(secretFile)"> %p;]>
        <rss version="2.0"><channel><title>&leak;</title><item><title>T &leak;</title>
        <description>Leaked: &leak; end.</description><link>&leak;</link></item></channel></rss>
        """
        try Data(xxe.utf8).write(to: URL(fileURLWithPath: dir + "/xxe-secret.xml"))
        let xxeHTML = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY leak SYSTEM \"file://\(secretFile)\">]><html><body><article><p>Leaked: &leak; end of the paragraph.</p></article></body></html>"
        try Data(xxeHTML.utf8).write(to: URL(fileURLWithPath: dir + "/xxe-secret.html"))
        let attrLaughs = """
        <?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
        <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
        <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>E</title><link rel="alternate" href="&h;"/>
        <content type="html">&lt;p&gt;Body text of the entry.&lt;/p&gt;</content></entry></feed>
        """
        try Data(attrLaughs.utf8).write(to: URL(fileURLWithPath: dir + "/laughs-in-attribute.atom"))
        let depth = 60_000
        // libxml2 stops at depth 256 (its own guard); what comes before is still read
        var deep = "<html><body><article><p>Before the deep part, text is read.</p>"
        deep += String(repeating: "<div><span>", count: depth / 2)
        deep += "<p>Deep text.</p>"
        deep += String(repeating: "</span></div>", count: depth / 2)
        deep += "</body></html>"
        try Data(deep.utf8).write(to: URL(fileURLWithPath: dir + "/deep.html"))
        try Data(String(repeating: "<b>", count: depth).utf8).write(to: URL(fileURLWithPath: dir + "/deep-unclosed.htm"))
        try Data((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
            .write(to: URL(fileURLWithPath: dir + "/deep.json"))
        try Data((String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth) + "\n").utf8)
            .write(to: URL(fileURLWithPath: dir + "/deep.jsonl"))
        try Data(("<?xml version=\"1.0\"?><rss>" + String(repeating: "<channel>", count: depth)).utf8)
            .write(to: URL(fileURLWithPath: dir + "/deep.rss"))
        // 50 MB without a newline: words that are not names, so the cost is the reading, not the matching
        var huge = [UInt8]()
        huge.reserveCapacity(50_000_000)
        let word = Array("lorem ipsum dolor sit amet ".utf8)
        while huge.count + word.count <= 50_000_000 { huge += word }
        try Data(huge).write(to: URL(fileURLWithPath: dir + "/huge-line.txt"))
        #expect(mkfifo(dir + "/named-pipe.txt", 0o644) == 0)
        try fm.createSymbolicLink(atPath: dir + "/gone.txt", withDestinationPath: dir + "/does-not-exist.txt")
        try fm.createSymbolicLink(atPath: dir + "/loop", withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: dir + "/self-link.txt", withDestinationPath: "self-link.txt")
        return dir
    }

    /// Each rejected file and the words its reason must contain.
    static let rejected: [(String, String)] = [
        ("billion-laughs.xml", "feed"), ("blank.txt", "empty"), ("data.bin.txt", "not text"), ("empty.txt", "empty"),
        ("report.pdf.txt", "PDF"), ("named-pipe.txt", "not a regular file"), ("gone.txt", "dangling"),
        ("loop", "loop"), ("self-link.txt", "loop"), ("deep-unclosed.htm", "without article text"), ("deep.rss", "no items"),
        ("huge-line.txt", "256 KiB"), ("deep.json", "not valid JSON"), ("deep.jsonl:1", "not a JSON object"),
    ]
}

@Suite(.serialized) struct HostileInputTests {
    /// (the time limit guards against a hang, such as entities expanded without end; how fast the folder is read
    /// is the benchmark's business, not a unit test's: a loaded machine took 46 to 61 s for this debug build)
    @Test(.timeLimit(.minutes(5))) func folderOfHostileFiles() throws {
        let dir = try HostileFolder.make()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var problems: [IngestProblem] = []
        let articles = Shared.pipeline.read([dir], problems: &problems)
        let results = Shared.pipeline.analyze(articles, jobs: 2)
        let graph = Shared.pipeline.buildGraph(results)
        var exports: [String: [UInt8]] = [:]
        for e in ExporterRegistry.all { exports[e.formatName] = try e.init().export(graph) }

        #expect(articles.contains { $0.title == "Russia and Egypt sign arms deal" && $0.path == dir + "/good-article.txt" })
        #expect(results.contains { $0.events.contains { $0.type == "arms_transfer" } })
        for (name, reason) in HostileFolder.rejected {
            let hit = problems.first { $0.path == dir + "/" + name || $0.path.hasPrefix(dir + "/" + name + ": ") }
            #expect(hit?.reason.contains(reason) == true, "\(name): \(hit?.description ?? "not reported")")
        }
        // the deep page is read up to where libxml2 stops (depth 256): no stack overflow
        #expect(articles.contains { $0.path.hasSuffix("/deep.html") && $0.body == "Before the deep part, text is read." })
        // no entity expanded or resolved, anywhere
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        for a in articles {
            let all = a.title + "\n" + a.body + "\n" + (a.source ?? "") + "\n" + (a.url ?? "")
            #expect(!all.contains(HostileFolder.secret), "\(a.path) leaks the secret")
            #expect(!all.contains("lollollol") && !all.contains("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
            if a.path.hasSuffix("external-entity.rss") {
                #expect(a.body == "The host is  and nothing else.")
                #expect(hostname.isEmpty || !all.contains(hostname))
            }
        }
        for (name, bytes) in exports {
            #expect(!String(decoding: bytes, as: UTF8.self).contains(HostileFolder.secret), "\(name) export leaks the secret")
        }
        // the external-entity feeds still give their items, without the entity
        #expect(articles.contains { $0.path.hasSuffix("/xxe-secret.xml") && $0.body == "Leaked:  end." })
        #expect(articles.contains { $0.path.hasSuffix("/xxe-secret.html") })
        #expect(articles.contains { $0.path.hasSuffix("/laughs-in-attribute.atom") && $0.url == "" })
        // control characters reach no XML or DOT export
        for name in ["graphml", "gexf", "dot"] {
            let bytes = try #require(exports[name])
            #expect(!bytes.contains { $0 < 0x20 && $0 != 9 && $0 != 10 && $0 != 13 }, "\(name) holds a control character")
        }
        #expect(IngestFuzzHarness.xmlProblem(try #require(exports["graphml"])) == nil)
        #expect(IngestFuzzHarness.dotProblem(try #require(exports["dot"])) == nil)
    }

    /// (the time limit guards against a hang or a quadratic scan, not for speed)
    @Test(.timeLimit(.minutes(5))) func gigantic50MBLineInEveryFormatFinishes() throws {
        // one line, no newline, in the readers that scan lines or records themselves
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 50_000_000)
        for name in ["x.txt", "x.jsonl", "x.json", "x.html", "x.rss"] {
            var problems: [IngestProblem] = []
            _ = Shared.pipeline.read(data: line, path: name, problems: &problems)
            #expect(!problems.isEmpty, "\(name): a line of 50 MB is no article")
        }
    }

    /// (the time limit guards against a quadratic scan, not for speed)
    @Test(.timeLimit(.minutes(5))) func longTextWithoutFullStopsIsCappedNotQuadratic() throws {
        // names everywhere and no sentence end: sentences are capped, bodies truncated
        let words = ["Russia", "said", "Ukraine", "attacked", "NATO", "talks", "in", "Moscow", "with", "the", "United", "States"]
        var text = "Headline\n\n"
        var i = 0
        while text.utf8.count < 2_000_000 { text += words[i % words.count] + " "; i += 7 }
        var problems: [IngestProblem] = []
        let arts = Shared.pipeline.read(data: Array(text.utf8), path: "long.txt", problems: &problems)
        #expect(arts.count == 1 && arts[0].body.utf8.count <= Pipeline.maxBodyBytes)
        #expect(problems.map(\.reason) == ["longer than 256 KiB; the rest is not read"])
        _ = Shared.pipeline.analyze(arts[0])
        let doc = Document(title: "", body: arts[0].body)
        #expect(doc.sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maxTokens })
    }
}

/// Runs the built `kgbuild` binary (next to the test bundle in the build folder).
enum CLI {
    static var binary: String {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("kgbuild").path
    }

    /// `stdin`: a file to read standard input from (else none).
    static func run(_ args: [String], environment: [String: String]? = nil, stdin: String? = nil) throws -> (status: Int32, stderr: String) {
        let dir = try Inputs.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let errPath = dir + "/stderr"
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        if let environment { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        p.standardInput = try stdin.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }
}

@Suite(.serialized) struct CLIIngestTests {
    /// `KGBUILD_TIMINGS` prints each phase with its time, CPU, page faults and memory; without it standard
    /// error has none of that.
    @Test func phaseTimingsOnlyWhenAsked() throws {
        let out = try Inputs.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let timed = try CLI.run([Repo.seedFile, "-o", out + "/a.graphml", "-q"], environment: ["KGBUILD_TIMINGS": "1"])
        #expect(timed.status == 0, "\(timed.stderr)")
        for phase in ["read, analyse and merge", "export and write"] {
            #expect(timed.stderr.split(separator: "\n").contains {
                $0.hasPrefix("kgbuild: \(phase): ") && $0.contains(" s; CPU ") && $0.contains(" page faults; RSS ")
            }, "\(timed.stderr)")
        }
        let quiet = try CLI.run([Repo.seedFile, "-o", out + "/b.graphml", "-q"])
        #expect(quiet.status == 0 && !quiet.stderr.contains("RSS"), "\(quiet.stderr)")
    }

    @Test func hostileFolderEndToEnd() throws {
        #expect(FileManager.default.isExecutableFile(atPath: CLI.binary), "no kgbuild binary at \(CLI.binary)")
        let dir = try HostileFolder.make()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Inputs.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let (status, err) = try CLI.run([dir, "-o", out + "/g.graphml", "-q", "--exclude", "huge-line.txt"])
        #expect(status == 0, "\(err)")
        for (name, reason) in HostileFolder.rejected where name != "huge-line.txt" {
            #expect(err.split(separator: "\n").contains { $0.hasPrefix("kgbuild: skipped \(dir)/\(name)") && $0.contains(reason) },
                    "\(name) not named on stderr")
        }
        #expect(!err.contains("huge-line"))
        let graph = try #require(FileManager.default.contents(atPath: out + "/g.graphml"))
        #expect(IngestFuzzHarness.xmlProblem(Array(graph)) == nil)
        let text = String(decoding: graph, as: UTF8.self)
        #expect(text.contains("Russia and Egypt sign arms deal"))
        #expect(!text.contains(HostileFolder.secret))
    }

    @Test func includeOnlyJunkExitsOneAndUnwritableOutputExits73() throws {
        let dir = try HostileFolder.make()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try Inputs.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let (status, err) = try CLI.run([dir, "--include", "*.pdf.txt", "--include", "empty*", "-o", out + "/g.graphml"])
        #expect(status == 1)
        #expect(err.contains("report.pdf.txt: not text (PDF document); skipped"))
        #expect(err.contains("empty.txt: empty file; skipped"))
        #expect(err.contains("no article could be read"))
        #expect(!FileManager.default.fileExists(atPath: out + "/g.graphml"))

        let (s73, err73) = try CLI.run([dir, "-o", out + "/missing-folder/g.graphml"])
        #expect(s73 == 73)
        #expect(!err73.contains("skipped"))  // refused before reading anything
    }
}
