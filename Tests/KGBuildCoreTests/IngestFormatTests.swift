import Foundation
import Testing

@testable import KGBuildCore

// Reading each input format from fixtures written for it (Fixtures/inputs): web pages, feeds, JSON,
// encodings, folder walking.

enum Inputs {
    static let dir = Repo.path("Tests/KGBuildCoreTests/Fixtures/inputs")
    static func path(_ name: String) -> String { dir + "/" + name }
    static func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "kgbuild-ingest-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func bytes(_ name: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path(name)) ?? Data()) }

    /// Reads one fixture through the pipeline's dispatch, as the CLI does.
    static func read(_ name: String) -> (articles: [Article], problems: [IngestProblem]) {
        var problems: [IngestProblem] = []
        let arts = Shared.pipeline.read(data: bytes(name), path: name, problems: &problems)
        return (arts, problems)
    }
}

@Suite struct HTMLReaderTests {
    @Test func newsPageKeepsArticleAndDropsFurniture() throws {
        let (arts, problems) = Inputs.read("news-page.html")
        #expect(problems.isEmpty)
        let a = try #require(arts.first)
        #expect(arts.count == 1)
        #expect(a.title == "Russia to supply air defence systems to Egypt")  // og:title wins over <h1> and <title>
        #expect(a.date == PartialDate(year: 2014, month: 6, day: 24))        // article:published_time, not JSON-LD's 23rd
        #expect(a.source == "Example World News")
        #expect(a.place == "Moscow")
        #expect(a.url == "https://news.example.com/world/russia-egypt-s300")
        #expect(a.body.contains("Russia will supply S-300 air defence systems to Egypt"))
        #expect(a.body.contains("“Egypt is a key partner for Russia in the Middle East,”"))  // &ldquo; decoded, kept as is
        #expect(a.body.contains("Washington has criticised the agreement"))
        for junk in ["Politics", "Advertisement", "Share on Facebook", "Tweet", "Victory Day", "Sponsored", "Related",
                     "shelling border posts", "Great article", "Most read", "All rights reserved", "document.write",
                     "Skip to content", "By Jane Doe", "standfirst", "$3.5 billion", "min-height"] {
            #expect(!a.body.contains(junk), "body keeps \(junk)")
        }
        // paragraphs stay apart, and the dateline is blanked, not removed
        #expect(a.body.contains(".\n\nThe deal was agreed"))
        #expect(a.body.hasPrefix(" "))
    }

    @Test func extractedPageYieldsEvents() throws {
        let r = Shared.pipeline.analyze(try #require(Inputs.read("news-page.html").articles.first))
        #expect(r.events.contains { $0.type == "arms_transfer" })
        // nothing from the comment section ("Russia attacked the United States")
        #expect(!r.events.contains { $0.type == "attack" })
    }

    @Test func titleFallsBackToH1ThenTitleAndSourceToByline() throws {
        let page = """
        <html><head><title>Talks stall again in Geneva | Some Site</title></head><body>
        <div class="byline">By John Smith, Associated Press</div>
        <div id="story"><p>GENEVA - Talks between Iran and world powers stalled on Monday, diplomats said.</p>
        <p>Another round is planned for next month, a spokesman said.</p></div>
        <div class="footer-links"><p><a href="/x">About us</a> <a href="/y">Contact</a></p></div>
        <time datetime="2014-11-24">Nov 24</time></body></html>
        """
        var problems: [IngestProblem] = []
        let a = try #require(Shared.pipeline.read(data: Array(page.utf8), path: "p.html", problems: &problems).first)
        #expect(a.title == "Talks stall again in Geneva")
        #expect(a.source == "AP")
        #expect(a.date == PartialDate(year: 2014, month: 11, day: 24))
        #expect(a.body.contains("Another round is planned"))
        #expect(!a.body.contains("About us"))

        let withH1 = "<html><head><title>Site title</title></head><body><h1>The headline</h1><p>Some body text here.</p></body></html>"
        let b = try #require(Shared.pipeline.read(data: Array(withH1.utf8), path: "q.htm", problems: &problems).first)
        #expect(b.title == "The headline")
    }

    @Test func jsonLDDateWhenNoMeta() throws {
        let page = """
        <html><head><script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle",
        "datePublished": "2015-03-02T10:00:00+01:00", "headline": "LD headline"}]}</script></head>
        <body><article><p>Body of the story, long enough to count as text.</p></article></body></html>
        """
        var problems: [IngestProblem] = []
        let a = try #require(Shared.pipeline.read(data: Array(page.utf8), path: "ld.html", problems: &problems).first)
        #expect(a.date == PartialDate(year: 2015, month: 3, day: 2))
        #expect(a.title == "LD headline")
    }

    @Test func textFileThatIsHTMLIsSniffed() {
        let page = "\u{FEFF}  <!DOCTYPE html><html><body><article><p>KABUL (AP) - A bomb exploded in Kabul on Sunday.</p></article></body></html>"
        var problems: [IngestProblem] = []
        let arts = Shared.pipeline.read(data: Array(page.utf8), path: "saved.txt", problems: &problems)
        #expect(arts.count == 1)
        #expect(arts.first?.body.contains("<") == false)
        #expect(arts.first?.source == "AP")
    }

    @Test func windows1252PageWithoutCharsetIsDecoded() throws {
        var bytes = Array("<html><body><p>".utf8)
        bytes += [0x93] + Array("We will not yield,".utf8) + [0x94] + Array(" said Jos".utf8) + [0xE9] + Array(".</p></body></html>".utf8)
        var problems: [IngestProblem] = []
        let a = try #require(Shared.pipeline.read(data: bytes, path: "w.html", problems: &problems).first)
        #expect(a.body == "“We will not yield,” said José.")
    }

    @Test func pageWithoutTextIsReported() {
        let page = "<html><head><title>Only a title</title></head><body><nav><p>Home</p></nav><script>x()</script></body></html>"
        var problems: [IngestProblem] = []
        let arts = Shared.pipeline.read(data: Array(page.utf8), path: "empty.html", problems: &problems)
        #expect(arts.isEmpty)
        #expect(problems.map(\.description) == ["empty.html: HTML page without article text; skipped"])
    }
}

@Suite struct FeedReaderTests {
    @Test func rssItemsBecomeArticles() throws {
        let (arts, problems) = Inputs.read("feed.rss")
        #expect(arts.map(\.title) == ["China pledges aid to Pakistan after floods", "Ukraine and Russia hold talks in Minsk"])
        #expect(problems.map(\.description) == ["feed.rss: item 3: item has no text; skipped"])
        let a = arts[0]
        #expect(a.id == "wire-2014-0917-001")
        #expect(a.url == "https://wire.example.org/world/china-pakistan-aid")
        #expect(a.date == PartialDate(year: 2014, month: 9, day: 17))  // RFC 822 pubDate
        #expect(a.source == "Example Wire: World")
        #expect(a.body.contains("China pledged $30 million in emergency aid"))     // content:encoded over description
        #expect(a.body.contains("“China will stand by its friends in Pakistan,”"))
        #expect(!a.body.contains("alert") && !a.body.contains("Share") && !a.body.contains("<p>"))
        let b = arts[1]
        #expect(b.date == PartialDate(year: 2014, month: 9, day: 18))  // dc:date
        #expect(b.body.contains("met in Minsk on Thursday for talks on the conflict in eastern Ukraine, officials said."))
        #expect(b.body.contains("\n\nThe talks stalled"))  // escaped HTML paragraphs kept apart
        #expect(b.id == "feed.rss#2")
    }

    @Test func atomEntriesBecomeArticles() throws {
        let (arts, problems) = Inputs.read("feed.atom")
        #expect(problems.isEmpty)
        #expect(arts.count == 2)
        let a = arts[0]
        #expect(a.title == "Iran & Iraq sign defence pact")
        #expect(a.date == PartialDate(year: 2014, month: 10, day: 1))  // published before updated
        #expect(a.url == "https://observer.example.net/2014/10/iran-iraq")  // rel=alternate, not the enclosure
        #expect(a.source == "Example Observer")
        #expect(a.place == "Tehran")
        #expect(a.body.contains("Iran and Iraq signed a military cooperation agreement"))
        #expect(!a.body.contains("Caption"))
        let b = arts[1]
        #expect(b.date == PartialDate(year: 2014, month: 10, day: 2))
        #expect(b.body.contains("Germany criticized Turkey on Thursday"))  // inline XHTML content over summary
        #expect(b.body.contains("\n\nTurkish officials rejected the criticism."))
        #expect(b.url == "https://observer.example.net/2014/10/germany-turkey")
    }

    @Test func feedsYieldEvents() {
        let arts = Inputs.read("feed.rss").articles + Inputs.read("feed.atom").articles
        let types = Set(arts.flatMap { Shared.pipeline.analyze($0).events.map(\.type) })
        #expect(types.contains("military_cooperation"))
        #expect(types.contains("criticism"))
    }

    @Test func xmlThatIsNoFeedIsReported() {
        var problems: [IngestProblem] = []
        let arts = Shared.pipeline.read(data: Array("<?xml version=\"1.0\"?><graphml><graph/></graphml>".utf8), path: "g.xml", problems: &problems)
        #expect(arts.isEmpty)
        #expect(problems.first?.reason.contains("not an RSS or Atom feed") == true)
    }

    @Test func sniffsFeedInTextFile() {
        #expect(InputFormat.detect(path: "x.txt", data: Array("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">".utf8)) == .feed)
        #expect(InputFormat.detect(path: "x.txt", data: Array("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)) == .feed)
        #expect(InputFormat.detect(path: "-", data: Array("<html><body>".utf8)) == .html)
        #expect(InputFormat.detect(path: "x.txt", data: Array("<Reuters> said the text".utf8)) == .text)
        #expect(InputFormat.detect(path: "x.txt", data: Array("[Reuters] said the text".utf8)) == .text)
        #expect(InputFormat.detect(path: "x.txt", data: Array("{\"title\": \"a\", \"text\": \"b\"}\n".utf8)) == .jsonLines)
        #expect(InputFormat.detect(path: "x.xml", data: Array("<!DOCTYPE html><html>".utf8)) == .html)
    }
}

@Suite struct JSONInputTests {
    @Test func jsonArrayRecordsWithLineNumbers() {
        let (arts, problems) = Inputs.read("records.json")
        #expect(arts.map(\.title) == ["Japan and India agree to hold joint naval exercises", "France pledges troops for Mali mission"])
        #expect(arts.map(\.index) == [0, 1])
        #expect(arts[0].date == PartialDate(year: 2014, month: 9, day: 1))
        #expect(arts[0].source == "reuters.com")
        #expect(arts[1].source == "AFP")  // from the dateline when the record names none
        #expect(problems.map(\.path) == ["records.json:9", "records.json:10"])
        #expect(problems[0].reason.contains("not a JSON object"))
        #expect(problems[1].reason.contains("no text field"))
    }

    @Test func jsonLinesWithBrokenLine() {
        let (arts, problems) = Inputs.read("broken.jsonl")
        #expect(arts.map(\.title) == ["Saudi Arabia funds Lebanese army", "Syria accuses Israel of air strike"])
        #expect(problems.map(\.description) == ["broken.jsonl:2: not a JSON object; line skipped"])
    }

    @Test func wrappedArrayAndSingleRecordAndNDJSONNamedJSON() {
        var problems: [IngestProblem] = []
        let wrapped = #"{"status": "ok", "articles": [{"title": "A", "text": "Text A."}, 5]}"#
        #expect(Shared.pipeline.read(data: Array(wrapped.utf8), path: "w.json", problems: &problems).map(\.title) == ["A"])
        #expect(problems.map(\.description) == ["w.json: articles[1]: record 2 is not a JSON object; skipped"])
        problems = []
        let single = #"{"title": "One", "content": "Only record."}"#
        #expect(Shared.pipeline.read(data: Array(single.utf8), path: "s.json", problems: &problems).map(\.title) == ["One"])
        let nd = "{\"title\": \"L1\", \"text\": \"x\"}\n{\"title\": \"L2\", \"text\": \"y\"}\n"
        #expect(Shared.pipeline.read(data: Array(nd.utf8), path: "n.json", problems: &problems).map(\.title) == ["L1", "L2"])
        #expect(problems.isEmpty)
        let bad = "[{\"title\": \"x\", "
        #expect(Shared.pipeline.read(data: Array(bad.utf8), path: "b.json", problems: &problems).isEmpty)
        #expect(problems.map(\.description) == ["b.json: not valid JSON; skipped"])
    }

    @Test func elementLinesIgnoreBracketsInStrings() {
        let text = "[\n {\"a\": \"[, {\\\" ]\"},\n\n 3, [1,\n2],\n \"x\"\n]"
        #expect(JSONArrayReader.elementLines(Array(text.utf8)) == [2, 4, 4, 6])
    }
}

@Suite struct EncodingTests {
    @Test func windows1252File() throws {
        let (arts, problems) = Inputs.read("cp1252.txt")
        #expect(problems.isEmpty)
        let a = try #require(arts.first)
        #expect(a.title == "Venezuela and Cuba sign oil deal")
        // curly quotes, é, í and the en dash come through as Unicode; evidence keeps them (no folding)
        #expect(a.body.contains("“The deal guarantees supplies for ten years,” said José Martínez, a ministry spokesman – adding"))
    }

    @Test func utf16File() throws {
        let (arts, problems) = Inputs.read("utf16.txt")
        #expect(problems.isEmpty)
        let a = try #require(arts.first)
        #expect(a.title == "Brazil and Argentina hold trade talks")
        #expect(a.place == "Brasília")
        #expect(a.body.contains("“We made progress,” said Antônio Patriota."))
    }

    @Test func decodingVariants() {
        func decoded(_ b: [UInt8]) -> String? { if case .success(let s) = TextDecoding.decode(b) { return s }; return nil }
        #expect(decoded([0xEF, 0xBB, 0xBF] + Array("héllo".utf8)) == "héllo")        // UTF-8 BOM dropped
        #expect(decoded(Array("héllo".utf8)) == "héllo")
        #expect(decoded([0xFE, 0xFF, 0x00, 0x41, 0x20, 0x1C]) == "A“")                // UTF-16 BE with BOM
        #expect(decoded([0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x44, 0x00, 0x45, 0x00]) == "ABCDE")  // UTF-16 LE, no BOM
        #expect(decoded([0x93, 0x41, 0x94, 0x80]) == "“A”€")                          // Windows-1252
        #expect(TextDecoding.decode([]) == .failure(.empty))
        #expect(TextDecoding.decode(Array(" \n\t\r\n".utf8)) == .failure(.empty))
        #expect(TextDecoding.decode(Array("%PDF-1.7\n".utf8)) == .failure(.binary("PDF document")))
        #expect(TextDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x14]) == .failure(.binary("ZIP archive (or Office document)")))
        #expect(TextDecoding.decode(Array("abc".utf8) + [0, 1, 2]) == .failure(.binary("binary data (NUL bytes)")))
    }

    @Test func typographicTextMatchesButEvidenceIsOriginal() throws {
        let body = "MOSCOW, June 24 (Reuters) \u{2014} Russia will supply S-300 air\u{00A0}defence systems to Egypt, Russia\u{2019}s Defence Ministry said on Tuesday."
        let r = Shared.analyze(body)
        let e = try #require(r.events.first { $0.type == "arms_transfer" })
        let evidence = try #require(e.evidence.first?.sentence)
        #expect(evidence.contains("Russia\u{2019}s Defence Ministry"))
        #expect(evidence.contains("air\u{00A0}defence"))
    }
}

@Suite struct FolderWalkTests {
    static func makeTree() throws -> String {
        let dir = try Inputs.temporaryDirectory()
        let fm = FileManager.default
        for d in ["b", "a", "a/deep", ".hidden", "skipme", "a/.git"] { try fm.createDirectory(atPath: dir + "/" + d, withIntermediateDirectories: true) }
        for f in ["b/2.txt", "b/1.html", "a/z.json", "a/deep/x.rss", "a/deep/notes.doc", ".hidden/h.txt", "skipme/s.txt",
                  "a/.git/config.txt", "a/.dot.txt", "top.txt", "top.TXT", "Zed.txt", "é.txt"] {
            fm.createFile(atPath: dir + "/" + f, contents: Data("Title\n\nBody text.\n".utf8))
        }
        try fm.createSymbolicLink(atPath: dir + "/a/deep/loop", withDestinationPath: "..")        // loop back to a/
        try fm.createSymbolicLink(atPath: dir + "/b/again", withDestinationPath: "../a/deep")    // a folder seen twice
        try fm.createSymbolicLink(atPath: dir + "/b/dangling.txt", withDestinationPath: dir + "/nowhere.txt")
        try fm.createSymbolicLink(atPath: dir + "/b/3.txt", withDestinationPath: "2.txt")        // the same file twice
        #expect(mkfifo(dir + "/b/pipe.txt", 0o644) == 0)
        return dir
    }

    static func rel(_ files: [String], _ dir: String) -> [String] { files.map { String($0.dropFirst(dir.count + 1)) } }

    @Test func walksRecursivelyInByteOrderSkippingHiddenLoopsAndSpecials() throws {
        let dir = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var problems: [IngestProblem] = []
        let files = InputFiles.collect([dir], problems: &problems)
        #expect(Self.rel(files, dir) == ["Zed.txt", "a/deep/x.rss", "a/z.json", "b/1.html", "b/2.txt", "skipme/s.txt", "top.TXT", "top.txt", "é.txt"])
        let reported = problems.map { String($0.path.dropFirst(dir.count + 1)) + ": " + $0.reason }
        #expect(reported == [
            "a/deep/loop: symbolic link loop (a folder that contains itself); skipped",
            "b/again: folder already read through another path; skipped",
            "b/dangling.txt: dangling symbolic link; skipped",
            "b/pipe.txt: not a regular file (FIFO, socket or device); skipped",
        ])
    }

    @Test func includeAndExcludeGlobs() throws {
        let dir = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var problems: [IngestProblem] = []
        let only = InputFiles.collect([dir], filter: InputFilter(include: ["*.doc", "b/*.html"]), problems: &problems)
        #expect(Self.rel(only, dir) == ["a/deep/notes.doc", "b/1.html"])
        problems = []
        let some = InputFiles.collect([dir], filter: InputFilter(exclude: ["skipme", "a/deep/*", "*.TXT", "b/pipe.txt"]), problems: &problems)
        #expect(Self.rel(some, dir) == ["Zed.txt", "a/z.json", "b/1.html", "b/2.txt", "top.txt", "é.txt"])
        #expect(!problems.contains { $0.path.hasSuffix("pipe.txt") })
        // a file named on the command line is read whatever the filters say
        #expect(InputFiles.collect([dir + "/a/deep/notes.doc"], filter: InputFilter(exclude: ["*"]), problems: &problems).count == 1)
    }

    @Test func fifoInFolderDoesNotBlockAndNamedMissingFileIsReported() throws {
        let dir = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var problems: [IngestProblem] = []
        let arts = Shared.pipeline.read([dir, dir + "/missing.txt"], problems: &problems)
        #expect(arts.count >= 6)
        #expect(problems.contains { $0.path == dir + "/missing.txt" && $0.reason.contains("No such file") })
        if case .failure(let p) = InputFiles.read(dir + "/b/pipe.txt", explicit: false) {
            #expect(p.reason.contains("not a regular file"))
        } else {
            Issue.record("a FIFO met in a folder must not be read")
        }
    }
}

@Suite struct HTMLCharsetTests {
    @Test func declaredCharsetIsHonouredAndBogusOneFallsBack() throws {
        var problems: [IngestProblem] = []
        // KOI8-R "Москва" with its charset declared
        let koi: [UInt8] = [0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1]
        let page = Array("<html><head><meta charset=\"koi8-r\"></head><body><p>".utf8) + koi + Array(" is a city.</p></body></html>".utf8)
        let a = try #require(Shared.pipeline.read(data: page, path: "k.html", problems: &problems).first)
        #expect(a.body == "Москва is a city.")
        let bogus = Array("<html><head><meta charset=\"x-no-such\"></head><body><p>Caf".utf8) + [0xE9] + Array(" society.</p></body></html>".utf8)
        let b = try #require(Shared.pipeline.read(data: bogus, path: "b.html", problems: &problems).first)
        #expect(b.body == "Café society.")
    }
}
