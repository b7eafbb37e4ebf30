import Foundation
import Testing

@testable import KGBuildCore

// Tests of the pipeline on real text: the seed corpus of the repository and small wire-style fixtures.

enum Repo {
    /// Tests/KGBuildCoreTests/PipelineTests.swift → up 3 = the repository root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ rel: String) -> String { root.appendingPathComponent(rel).path }
    static let seedFile = path("seeds/000_e3cff23ac7bbeae5.txt")
    static let goldenDir = path("Tests/KGBuildCoreTests/Fixtures/golden")

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}

enum Shared {
    static let ontology: Ontology = try! Ontology.load()
    static let pipeline = Pipeline(ontology: ontology)

    static func article(_ body: String, title: String = "Test story", date: PartialDate? = PartialDate(year: 2014, month: 6, day: 24)) -> Article {
        Article(id: "test#0", path: "test.txt", index: 0, title: title, body: body, date: date, source: "TEST")
    }

    /// The events of one type in an article's result.
    static func events(_ r: ArticleResult, _ type: String) -> [Event] { r.events.filter { $0.type == type } }
    /// Whether event `e` has the actor named `name` in role `role`.
    static func has(_ r: ArticleResult, _ e: Event, _ role: String, _ name: String) -> Bool {
        e.arguments.contains { $0.role == role && Shared.name(r, $0.actor) == name }
    }
    /// Whether some event of type `type` has the actor named `name` in role `role`.
    static func has(_ r: ArticleResult, _ type: String, _ role: String, _ name: String) -> Bool {
        events(r, type).contains { has(r, $0, role, name) }
    }

    static func analyze(_ body: String, title: String = "Test story") -> ArticleResult {
        pipeline.analyze(article(body, title: title))
    }

    /// A story read as a JSON-lines record is, so that its dateline is read and blanked as in a real run.
    static func analyzeRecord(_ text: String, title: String = "Test story") -> ArticleResult {
        let record = try! JSONSerialization.data(withJSONObject: ["id": "t1", "date": "2024-05-10", "title": title, "text": text])
        var problems: [IngestProblem] = []
        let arts = pipeline.read(data: Array(record) + [10], path: "test.jsonl", problems: &problems)
        return pipeline.analyze(arts[0])
    }

    /// An article's events for a failure message: type, roles with names, place and date.
    static func describe(_ r: ArticleResult) -> String {
        "\(r.events.map { ($0.type, $0.arguments.map { ($0.role, name(r, $0.actor)) }, $0.place.map { name(r, $0) } ?? "-", $0.date.map { "\($0)" } ?? "-") })"
    }

    /// The event types of one text, analysed alone.
    static func types(_ body: String, title: String = "Test story") -> [String] { analyze(body, title: title).events.map(\.type) }

    /// Expects each sentence, analysed alone, to give an event of `type` (with `gives: false`, none); a failure names
    /// the sentence and points at the caller's line.
    static func expect(_ sentences: [String], give type: String, gives: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        expect(sentences.map { ($0, type) }, gives: gives, sourceLocation: sourceLocation)
    }

    /// `expect` for cases of (sentence, event type).
    static func expect(_ cases: [(String, String)], gives: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        for (sentence, type) in cases {
            #expect(types(sentence).contains(type) == gives, "\(sentence)", sourceLocation: sourceLocation)
        }
    }

    static func name(_ r: ArticleResult, _ id: String) -> String { r.actors[id]?.name ?? id }

    /// All the names an actor goes by (its name, aliases and id), for loose matching.
    static func names(_ r: ArticleResult, _ id: String) -> [String] {
        guard let a = r.actors[id] else { return [id] }
        return [a.name, a.id] + a.aliases.sorted()
    }

    static func seedArticles() throws -> [Article] {
        let text = try Repo.read(Repo.seedFile)
        return pipeline.textReader.read(text: text, path: Repo.seedFile)
    }

    static func seedGraph(jobs: Int) -> KnowledgeGraph {
        // read under the name the CLI gives it for `kgbuild seeds/`, so that paths and ids match the goldens
        var problems: [IngestProblem] = []
        let data = Array(FileManager.default.contents(atPath: Repo.seedFile) ?? Data())
        let arts = pipeline.read(data: data, path: "seeds/000_e3cff23ac7bbeae5.txt", problems: &problems)
        return pipeline.buildGraph(pipeline.analyze(arts, jobs: jobs))
    }
}

// MARK: - Ingest

@Suite struct TextArticleReaderTests {
    @Test func splitsSeedIntoSevenArticles() throws {
        let arts = try Shared.seedArticles()
        #expect(arts.map(\.title) == [
            "NATO coalition for struggle against terrorism cannot be promising — Lavrov",
            "Russian jets to aid the fight against Sunni rebels in Iraq – PM Maliki",
            "International Effort Thwarted Terrorist Attacks in Sochi – FSB",
            "Russia and Egypt to launch military satellite",
            "Saudi Arabia to supply Syrian rebels with anti-aircraft missiles – report",
            "Russian-Lead Security Bloc Looks Boost Peacebuilding Role",
            "General Shoigu: The main threat to Russia’s security is terrorism",
        ])
    }

    @Test func furnitureIsBlanked() throws {
        let arts = try Shared.seedArticles()
        #expect(!arts.isEmpty)
        for a in arts { #expect(!a.body.contains("Material has 1 page"), "furniture left in \(a.title)") }
    }

    @Test func datelinesGiveDateAndSource() throws {
        let arts = try Shared.seedArticles()
        try #require(arts.count >= 3)
        #expect(arts[1].date?.normalized == "2014-06-27")
        #expect(arts[1].source == "RT")
        #expect(arts[2].source == "RIA Novosti")
        #expect(["XXXX-04-09", "2014-04-09"].contains(arts[2].date?.normalized ?? ""))
    }

    @Test func subHeadingStaysInBody() throws {
        let arts = try Shared.seedArticles()
        try #require(arts.count >= 5)
        #expect(arts[4].body.contains("Geneva 2 stalemate"))
        #expect(!arts.map(\.title).contains("Geneva 2 stalemate"))
    }

    /// Copy saved without its headline opens with the dateline's paragraph: that is the lede, not a title, so
    /// its date, agency and first sentence are read as the body's.
    @Test func fileOpeningWithADatelineHasNoHeadline() throws {
        let text = "ANKARA, March 4 (Reuters) - Turkish warplanes struck positions of Kurdish militants in northern Iraq on Tuesday, the defence ministry said.\n\nThe ministry said the raids hit shelters and ammunition depots.\n"
        let reader = TextArticleReader(isPlace: { $0 == "Ankara" })
        let a = try #require(reader.read(text: text, path: "lede.txt").first)
        #expect(a.title == "(untitled)")
        #expect(a.date?.normalized == "XXXX-03-04")
        #expect(a.source == "Reuters")
        #expect(a.bodyOffset == 0 && a.body.contains("Turkish warplanes struck"))
        let attack = Shared.pipeline.analyze(a).events.first { $0.type == "attack" }
        #expect(attack?.evidence.first?.start == Array(text.utf8).firstIndex(of: UInt8(ascii: "T")), "the sentence after the dateline")
        // with a headline above it, the dateline's paragraph is body as before
        let headed = reader.read(text: "Turkish jets strike militants in Iraq\n\n" + text, path: "headed.txt")
        #expect(headed.first?.title == "Turkish jets strike militants in Iraq")
    }

    @Test func bodyOffsetsPointIntoTheFile() throws {
        let bytes = Array(try Repo.read(Repo.seedFile).utf8)
        for a in try Shared.seedArticles() {
            let body = Array(a.body.utf8)
            let slice = Array(bytes[a.bodyOffset..<(a.bodyOffset + body.count)])
            // blanked furniture aside, the body is the file's text at its offset
            #expect(zip(slice, body).allSatisfy { $0 == $1 || $1 == 32 }, "offsets of \(a.title)")
        }
    }
}

@Suite struct DatelineParserTests {
    @Test func itarTassDateline() throws {
        let d = try #require(DatelineParser.parse(line: "MOSCOW, September 9. /ITAR-TASS/. NATO coalition for struggle"))
        #expect(d.place == "Moscow")
        #expect(d.agency == "ITAR-TASS")
        #expect(d.date?.normalized == "XXXX-09-09")
        #expect(!d.wholeLine)
    }

    @Test func apDateline() throws {
        let line: Substring = "BEIRUT (AP) — Syrian troops shelled the town."
        let d = try #require(DatelineParser.parse(line: line))
        #expect(d.place == "Beirut")
        #expect(d.agency == "AP")
        #expect(String(line.utf8.dropFirst(d.length))!.hasPrefix("Syrian troops"))
    }

    @Test func wholeLineDate() throws {
        let d = try #require(DatelineParser.parse(line: "11.11.2013 ITAR-TASS"))
        #expect(d.wholeLine)
        #expect(d.date?.normalized == "2013-11-11")
        #expect(d.agency == "ITAR-TASS")
    }

    /// Agencies' other shapes: a country after the city, a month's abbreviation with its period, Xinhua's
    /// "--" and Anadolu's "(AA)".
    @Test(arguments: [
        ("HARARE, Zimbabwe, Sept 3 (Reuters) - Police fired tear gas.", "Harare", "Reuters", "XXXX-09-03", "Police"),
        ("LIMA, Peru (AP) — Lawmakers voted on Monday.", "Lima", "AP", nil, "Lawmakers"),
        ("HANOI, Dec. 2 (Xinhua) -- Vietnam opened a port.", "Hanoi", "Xinhua", "XXXX-12-02", "Vietnam"),
        ("ANKARA (AA) - The parliament met.", "Ankara", "Anadolu", nil, "The parliament"),
        // the English services' own shapes: a period for the comma, a place in title case before the agency
        ("MOSCOW. Oct 2 (Interfax) - The deputy minister spoke.", "Moscow", "Interfax", "XXXX-10-02", "The deputy"),
        ("Nairobi (AFP) - Talks were suspended.", "Nairobi", "AFP", nil, "Talks"),
        ("Pyongyang, March 3 (KCNA) -- A spokesman spoke.", "Pyongyang", "KCNA", "XXXX-03-03", "A spokesman"),
        ("BEIJING, Jan. 8 (CGTN) -- China pledged aid.", "Beijing", "CGTN", "XXXX-01-08", "China"),
        // IRNA's bare agency after the place's comma
        ("Mashhad, IRNA -- The governor spoke.", "Mashhad", "IRNA", nil, "The governor"),
    ] as [(String, String, String, String?, String)])
    func agencyDatelineShapes(line: String, place: String, agency: String, date: String?, body: String) throws {
        let d = try #require(DatelineParser.parse(line: Substring(line)))
        #expect(d.place == place)
        #expect(d.agency == agency)
        #expect(d.date?.normalized == date)
        #expect(String(line.utf8.dropFirst(d.length))!.hasPrefix(body))
    }

    /// A title-case opening with a comma and a dash but no agency is the body's first sentence.
    @Test func titleCaseListBeforeADashIsNoDateline() {
        #expect(DatelineParser.parse(line: "Madrid, Rome and Paris - the three capitals - agreed on Monday.") == nil)
    }

    /// UPI's dateline names no city: a date, then the agency. Blanked like the others, its date no longer
    /// competes with the "on Monday" of the lede's event.
    @Test func dateFirstAgencyDateline() throws {
        let line: Substring = "Nov. 4 (UPI) -- The two ministers met in Baku on Monday."
        let d = try #require(DatelineParser.parse(line: line))
        #expect(d.place == nil)
        #expect(d.agency == "UPI")
        #expect(d.date?.normalized == "XXXX-11-04")
        #expect(String(line.utf8.dropFirst(d.length))!.hasPrefix("The two ministers"))
        // a sentence that opens with a date and no agency is body text
        #expect(DatelineParser.parse(line: "June 21 (the solstice) was chosen for the parade in Minsk.") == nil)
        #expect(DatelineParser.parse(line: "On June 21 the two ministers met in Baku.") == nil)
    }

    @Test func dateFirstDatelineDoesNotDateTheLede() throws {
        let text = """
        {"id": "u1", "title": "Ministers meet", "date": "2019-11-05", "text": "Nov. 5 (UPI) -- The foreign ministers of Armenia and Azerbaijan met in Minsk on Monday but failed to agree on a new ceasefire."}
        """
        var problems: [IngestProblem] = []
        let out = Shared.pipeline.analyze(Shared.pipeline.read(data: Array(text.utf8), path: "u.jsonl", problems: &problems), jobs: 1)
        let meeting = try #require(out.first?.events.first { $0.type == "meeting" })
        #expect(meeting.date?.normalized == "2019-11-04")
        #expect(out.first?.article.source == "UPI")
    }

    /// A city, then a comma and words that are no country before a date or an agency: body text, not a dateline's.
    @Test func cityThenClauseIsNotACountry() throws {
        let line: Substring = "KABUL, Taliban officials said on Monday that talks had stalled."
        let d = DatelineParser.parse(line: line, isPlace: { $0 == "Kabul" })
        #expect(d == nil)
    }

    @Test func ordinarySentenceIsNoDateline() {
        #expect(DatelineParser.parse(line: "The minister said the talks had stalled.") == nil)
        // a title-case first word is a place only before an agency
        #expect(DatelineParser.parse(line: "Kenya, Uganda and Tanzania (the three states) held drills.") == nil)
        #expect(DatelineParser.parse(line: "Kremlin (presidential) aides met.", isPlace: { $0 == "Kremlin" }) == nil)
        #expect(DatelineParser.parse(line: "WASHINGTON. The president spoke.") == nil)
    }
}

@Suite struct JSONLinesReaderTests {
    @Test func readsRecordsAndReportsBadLine() throws {
        let text = """
        {"title": "Russia ships jets", "text": "Russia delivered fighter jets to Iraq.", "date": "2014-06-27", "source": "RT"}
        {this is not json
        {"title": "Talks stall", "text": "The negotiations stalled on Friday.", "date": "2014-02-15", "source": "Reuters"}
        """
        var problems: [IngestProblem] = []
        let arts = JSONLinesReader().read(data: Array(text.utf8), path: "in.jsonl", problems: &problems)
        try #require(arts.count == 2)
        #expect(problems.count == 1)
        #expect(problems.first?.path == "in.jsonl:2")
        #expect(arts[0].title == "Russia ships jets")
        #expect(arts[0].body.contains("fighter jets to Iraq"))
        #expect(arts[0].date?.normalized == "2014-06-27")
        #expect(arts[0].source == "RT")
        #expect(arts[1].title == "Talks stall")
        #expect(arts[1].source == "Reuters")
        #expect(arts[1].date?.normalized == "2014-02-15")
    }
}

// MARK: - Text

@Suite struct SentenceSplitterTests {
    static func sentences(_ text: String) -> [String] {
        let doc = Document(title: "", body: text)
        return doc.sentences.filter { !doc.isHeadline($0) }.map { doc.text(of: $0) }
    }

    @Test func abbreviationsAndDecimals() {
        let s = Self.sentences("U.S. Secretary of State John Kerry met Gen. Smith on Friday. He said 3.5 percent.")
        #expect(s == ["U.S. Secretary of State John Kerry met Gen. Smith on Friday.", "He said 3.5 percent."])
    }

    @Test func honorific() {
        #expect(Self.sentences("Mr. Putin arrived. The talks began.") == ["Mr. Putin arrived.", "The talks began."])
    }

    @Test func quoteClosingAfterFullStop() {
        let s = Self.sentences("“We will not retreat.” The minister left the room.")
        #expect(s == ["“We will not retreat.”", "The minister left the room."])
    }

    @Test func decimalIsOneToken() {
        let text = "He said 3.5 percent."
        let toks = Array(text.utf8).withUnsafeBufferPointer { Tokenizer.tokenize($0) }
        let words = toks.map { String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) }
        #expect(words == ["He", "said", "3.5", "percent", "."])
    }
}

// MARK: - Mentions

@Suite struct MentionFinderTests {
    static func find(_ text: String) -> (Document, MentionFinder.Result) {
        let doc = Document(title: "", body: text)
        let r = MentionFinder(lexicon: Lexicon(Shared.ontology)).find(doc, date: PartialDate(year: 2014, month: 9, day: 9))
        return (doc, r)
    }

    @Test func titledPersonAndCountry() throws {
        let (_, r) = Self.find("Russian Foreign Minister Sergei Lavrov said on Tuesday that Iraqi forces had retaken the town.")
        let ids = Set(r.mentions.map(\.actor))
        let lavrov = ids.filter { r.actors[$0]?.name.contains("Lavrov") == true }
        try #require(lavrov.count == 1)
        let rec = try #require(r.actors[lavrov.first!])
        #expect(rec.type == "person")
        // "Iraqi forces" is Iraq: the country itself or an Iraqi actor of the gazetteer (Iraqi Security Forces)
        #expect(ids.contains { r.actors[$0]?.name == "Iraq" && r.actors[$0]?.type == "country" || r.actors[$0]?.country == "IRQ" })
        #expect(ids.contains { r.actors[$0]?.name == "Russia" })
    }

    @Test func surnameResolvesToTheFullName() {
        let (_, r) = Self.find("Russian Foreign Minister Sergei Lavrov arrived in Bamako on Tuesday. Lavrov later met reporters.")
        let lavrov = Set(r.mentions.map(\.actor).filter { r.actors[$0]?.name.contains("Lavrov") == true })
        #expect(lavrov.count == 1)
        #expect(r.mentions.filter { lavrov.contains($0.actor) && $0.kind == .name }.count == 2)
    }

    @Test func unknownTitledName() {
        let (_, r) = Self.find("Lavrov met Foreign Minister of Mali Abdoulaye Diop in Moscow.")
        let people = r.mentions.compactMap { r.actors[$0.actor] }.filter { $0.type == "person" }
        #expect(people.contains { $0.name == "Abdoulaye Diop" })
        #expect(!people.contains { $0.name.contains("Mali") })
    }
}

// MARK: - Events

@Suite struct EventExtractorTests {

    @Test func armsTransferSupplierRecipient() throws {
        let r = Shared.analyze("Russia has delivered S-300 missile systems to Iran, the Defense Ministry said.")
        let ev = try #require(Shared.events(r, "arms_transfer").first)
        let roles = Dictionary(ev.arguments.map { ($0.role, Shared.name(r, $0.actor)) }, uniquingKeysWith: { a, _ in a })
        #expect(roles["supplier"] == "Russia")
        #expect(roles["recipient"] == "Iran")
    }

    @Test func attackThwarted() throws {
        let r = Shared.analyze("Russian security services foiled a terrorist attack in Moscow, the FSB said.")
        #expect(!Shared.events(r, "attack_thwarted").isEmpty)
    }

    @Test func civilPurchaseIsNoArmsTransfer() {
        let r = Shared.analyze("The company bought two airliners from Boeing.")
        #expect(Shared.events(r, "arms_transfer").isEmpty)
    }

    @Test func threatIsNoAttack() {
        let r = Shared.analyze("Syria threatened to strike the rebels.")
        #expect(Shared.events(r, "attack").isEmpty)
    }

    @Test func evidencePointsAtTheSentence() throws {
        let body = "Russia has delivered S-300 missile systems to Iran, the Defense Ministry said."
        let r = Shared.analyze(body)
        let ev = try #require(Shared.events(r, "arms_transfer").first)
        let e = try #require(ev.evidence.first)
        #expect(e.sentence.contains("S-300"))
        let bytes = Array(body.utf8)
        try #require(e.start >= 0 && e.end <= bytes.count && e.start < e.end)
        #expect(String(decoding: bytes[e.start..<e.end], as: UTF8.self).contains("delivered"))
    }
}

// MARK: - Claims

@Suite struct ClaimExtractorTests {
    @Test func directQuote() throws {
        let r = Shared.analyze("Russian Foreign Minister Sergei Lavrov arrived in Bamako on Tuesday. “We will not retreat,” Lavrov said.")
        let quoted = r.claims.filter { $0.text.contains("We will not retreat") }
        try #require(quoted.count == 1)
        #expect(!r.claims.contains { $0.text.contains("arrived in Bamako") })
        let c = quoted[0]
        #expect(Shared.name(r, c.speaker).contains("Lavrov"))
        #expect(c.text.contains("We will not retreat"))
    }

    @Test func reportedSpeech() throws {
        let r = Shared.analyze("The FSB said that 28 attacks had been averted.")
        let c = try #require(r.claims.first)
        #expect(Shared.names(r, c.speaker).contains { $0.contains("FSB") })
        #expect(c.text.contains("28 attacks"))
    }
}

// MARK: - End to end

@Suite struct EndToEndTests {
    @Test func seedGraphIsWellFormed() throws {
        let g = Shared.seedGraph(jobs: 1)
        let byKind = Dictionary(grouping: g.nodes, by: \.kind)
        #expect(byKind["article"]?.count == 7)
        let events = byKind["event"] ?? []
        #expect(!events.isEmpty)
        let claims = byKind["claim"] ?? []
        #expect(!claims.isEmpty)
        func roles(of id: String) -> Set<String> {
            Set(g.edges.filter { $0.source == id || $0.target == id }.map(\.role))
        }
        for e in events {
            #expect(!(e["type"] ?? "").isEmpty, "event \(e.id) has no type")
            #expect(!(e["text"] ?? "").isEmpty, "event \(e.id) has no text")
            #expect(roles(of: e.id).contains("reported_in"), "event \(e.id) has no reported_in edge")
        }
        for c in claims {
            #expect(roles(of: c.id).contains("speaker"), "claim \(c.id) has no speaker edge")
        }
        let ids = Set(g.nodes.map(\.id))
        for e in g.edges { #expect(ids.contains(e.source) && ids.contains(e.target), "dangling edge \(e.id)") }
    }

    @Test func parallelAnalysisIsByteIdentical() throws {
        let one = try GraphMLWriter().export(Shared.seedGraph(jobs: 1))
        let four = try GraphMLWriter().export(Shared.seedGraph(jobs: 4))
        #expect(!one.isEmpty)
        #expect(one == four)
    }

    @Test(arguments: ["graphml", "dot"])
    func matchesGolden(format: String) throws {
        let exporter = try ExporterRegistry.exporter(named: format)
        let current = try exporter.init().export(Shared.seedGraph(jobs: 2))
        let goldenPath = Repo.goldenDir + "/seed." + format
        let golden = try #require(FileManager.default.contents(atPath: goldenPath), "missing \(goldenPath): run scripts/update-goldens.sh")
        let mine = String(decoding: current, as: UTF8.self)
        let theirs = String(decoding: golden, as: UTF8.self)
        #expect(mine == theirs,
                "seed.\(format) differs from the golden file; if the change is intended, run scripts/update-goldens.sh and review the diff")
    }
}

// MARK: - Ontology

@Suite struct OntologyTests {
    static let coreTypes = ["arms_transfer", "attack_thwarted", "talks_stalled", "attack", "seizure", "meeting",
                            "accusation", "criticism", "military_cooperation", "funding", "pledge", "peacekeeping",
                            "legislation"]

    @Test func embeddedLoadsWithCoreTypes() throws {
        let o = try Ontology.load()
        let types = Set(o.eventTypes.map(\.type))
        for t in Self.coreTypes { #expect(types.contains(t), "missing event type \(t)") }
        #expect(!o.actors.isEmpty)
    }

    @Test func unknownRequiresIsReportedWithLine() throws {
        let events = """
        - type: arms_transfer
          cameo: "0874"
          plover: AID
          roles: [supplier, recipient]
          frame: {subject: supplier, object: recipient}
          triggers:
            - verbs: [supply]
              requires: nosuchlexicon
        """
        let context = "weapons: [arms, missiles]\n"
        do {
            _ = try Ontology.load(files: [("event_types.yaml", events), ("lexicon/context.yaml", context)])
            Issue.record("an unknown lexicon in requires must fail")
        } catch let e as OntologyError {
            let d = e.description
            #expect(d.contains("event_types.yaml:"))
            #expect(d.contains("nosuchlexicon"))
            #expect(e.line > 0)
            #expect(d.range(of: #"event_types\.yaml:[1-9][0-9]*"#, options: .regularExpression) != nil)
        }
    }

    @Test func invalidYAMLIsReported() {
        #expect(throws: OntologyError.self) {
            _ = try Ontology.load(files: [("event_types.yaml", "- type: [unclosed\n")])
        }
    }

    @Test func embeddedCopyMatchesOntologyFolder() throws {
        let dir = Repo.path("ontology")
        var onDisk: [String: String] = [:]
        let e = try #require(FileManager.default.enumerator(atPath: dir))
        while let n = e.nextObject() as? String {
            if n.hasSuffix(".yaml") || n.hasSuffix(".yml") { onDisk[n] = try Repo.read(dir + "/" + n) }
        }
        var embedded: [String: String] = [:]
        for (k, v) in EmbeddedOntology.files { embedded[k] = v }
        #expect(Set(embedded.keys) == Set(onDisk.keys), "ontology files differ: run python3 scripts/embed_ontology.py")
        for (k, v) in onDisk {
            let same = embedded[k] == v  // a Bool, so a failure does not print whole files
            #expect(same, "\(k) differs from its embedded copy: run python3 scripts/embed_ontology.py")
        }
    }
}
