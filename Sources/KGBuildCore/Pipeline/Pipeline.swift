import Foundation

/// ingest → text → mentions → events/claims → graph. Articles are independent: they are analysed in
/// parallel and merged in input order, so the output is byte-identical whatever the number of threads.
public struct Pipeline: Sendable {
    public let lexicon: Lexicon
    public let mentions: MentionFinder
    public let events: EventExtractor
    public let claims: ClaimExtractor
    public let textReader: TextArticleReader
    /// Keep claims whose speaker is unnamed ("a Western diplomat said"); off by default, since they name nobody.
    public var includeUnnamedSources = false

    public init(ontology: Ontology) {
        let lex = Lexicon(ontology)
        lexicon = lex
        mentions = MentionFinder(lexicon: lex)
        events = EventExtractor(lexicon: lex)
        claims = ClaimExtractor(lexicon: lex, events: events)
        let places = lex.placeNames
        textReader = TextArticleReader(isPlace: { places.contains($0.lowercased()) })
    }

    /// Everything kgbuild extracts from one article. `yearHint` is the typical year of the articles read
    /// with it (a file of wire copy covers a period); it breaks ties when a dateline has no year.
    /// Gives `id` (an `actor:` id the mentions did not record) a record from its ontology entry.
    private func addOntologyRecord(_ id: String, to found: inout MentionFinder.Result) {
        // (the type index answers for ids the article has, most of them, without hashing the id into the
        // dictionary and copying its record out)
        guard found.type(of: id) == nil, found.actors.index(forKey: id) == nil,
              let i = lexicon.actorIndex[String(id.dropFirst(6))] else { return }
        let entry = lexicon.ontology.actors[i]
        found.actors[id] = ActorRecord(id: id, name: entry.name, type: entry.type, aliases: [],
                                       country: entry.type == "country" ? entry.id : entry.country)
    }

    public func analyze(_ article: Article, yearHint: Int? = nil) -> ArticleResult {
        CrashGuard.note(article); defer { CrashGuard.clear() }
        return analyze(article, prepare(article, Scratch()), yearHint: yearHint)
    }

    /// `analyze` with the values one thread has already worked out (`RecordSink` keeps one per batch).
    func analyze(_ article: Article, yearHint: Int?, scratch: Scratch) -> ArticleResult {
        CrashGuard.note(article); defer { CrashGuard.clear() }
        return analyze(article, prepare(article, scratch), yearHint: yearHint)
    }

    /// Values that depend on nothing but their inputs, worked out once for all the articles one thread
    /// analyses (a batch) rather than once per article or per candidate: person and name keys, evidence
    /// rules; and the mention finder's tables, emptied and filled again. Never shared between threads.
    final class Scratch {
        let names = MentionFinder.NameKeys()
        let tables = MentionFinder.SpareTables()
        let rules = RuleCache()
    }

    /// What every analysis of an article shares whatever year it is given: its tokens and sentences and
    /// the mentions found with the date as the article gives it. `extract` analyses an article once per
    /// possible year of its dateline; these are worked out once for all of them.
    struct Prepared {
        let doc: Document
        /// The states of the dateline's places, in its order (see `MentionFinder.find`).
        let homes: [String]
        let found: MentionFinder.Result
        /// The text split for the time stage, whatever the anchor.
        let timeTokens: [TimeToken]
        /// The time expressions read with no anchor, when the dateline has a month and day but no year
        /// (`inferYear` looks for a weekday among them); else empty.
        let unanchoredTimes: [TimeExpression]
        /// Mentions found again under an inferred year: another year that answers the finder's questions
        /// alike (`MentionFinder.Result.sameAnswers`) takes them as they are.
        let refound = Refound()
        let scratch: Scratch
    }

    /// The searches `analyze` repeated for one article (the article is analysed on one thread).
    final class Refound {
        var results: [MentionFinder.Result] = []
    }

    func prepare(_ article: Article, _ scratch: Scratch) -> Prepared {
        let doc = Document(title: article.title, body: article.body)
        var homes = Self.datelinePlaces(article.place).compactMap { mentions.placeRecord(named: $0)?.country }
        // "KHUJAND, Tajikistan, March 3 (Reuters) -": a place the gazetteer does not know is in the country named after it
        if homes.isEmpty, let c = article.placeCountry.flatMap({ mentions.countryCode(named: $0) }) { homes = [c] }
        let timeTokens = TimeTokenizer.tokenize(doc)
        var unanchored: [TimeExpression] = []
        if let d = article.date, d.year == nil, d.month != nil, d.day != nil {
            unanchored = DateResolver(anchor: nil).expressions(tokens: timeTokens)
        }
        return Prepared(doc: doc, homes: homes, found: mentions.find(doc, date: article.date, homes: homes, names: scratch.names, spare: scratch.tables),
                        timeTokens: timeTokens, unanchoredTimes: unanchored, scratch: scratch)
    }

    func analyze(_ article: Article, _ prepared: Prepared, yearHint: Int?) -> ArticleResult {
        let doc = prepared.doc
        var date = article.date
        let homes = prepared.homes
        var found = prepared.found
        var yearCandidates: [Int] = []
        if let d = date, d.year == nil, let year = inferYear(d, doc, prepared.unanchoredTimes, found, yearHint: yearHint, candidates: &yearCandidates) {
            date = PartialDate(year: year, month: d.month, day: d.day)
            if !found.sameAnswers(for: date) {
                if let again = prepared.refound.results.first(where: { $0.sameAnswers(for: date) }) {
                    found = again
                } else {
                    found = mentions.find(doc, date: date, homes: homes, names: prepared.scratch.names, spare: prepared.scratch.tables)
                    prepared.refound.results.append(found)
                }
            }
        }
        let times = Self.chainRelativeDays(DateResolver(anchor: date).expressions(tokens: prepared.timeTokens).filter { $0.isResolved && !$0.value.normalized.isEmpty }, doc, anchor: date)
        var a = article
        a.date = date
        var datelinePlace: String? = nil
        if let place = Self.datelinePlaces(article.place).first, let rec = mentions.placeRecord(named: place) {
            if found.actors[rec.id] == nil { found.actors[rec.id] = rec }
            datelinePlace = rec.id
        }
        let texts = SentenceTexts(count: doc.sentences.count)
        var evs = events.extract(doc, found, article: a, dates: times, rules: prepared.scratch.rules, texts: texts)
        // states that events name through their officials need their own records
        for e in evs {
            for arg in e.arguments { addOntologyRecord(arg.actor, to: &found) }
        }
        var cls = claims.extract(doc, found, article: a, dates: times, events: evs, rules: prepared.scratch.rules, texts: texts)
        if !includeUnnamedSources { cls.removeAll { $0.speaker == ClaimExtractor.unnamedSource } }
        Self.dateSpeechActs(&evs, cls, article: a.date, judges: events.judgeRoles)
        Self.dateByLede(&evs, times, doc, article: a)
        // a capital speaking for its state ("Damascus said") names the state, which needs its own record
        for c in cls where c.speaker.hasPrefix("actor:") { addOntologyRecord(c.speaker, to: &found) }
        if cls.contains(where: { $0.speaker == ClaimExtractor.unnamedSource }) {
            found.actors[ClaimExtractor.unnamedSource] = ActorRecord(
                id: ClaimExtractor.unnamedSource, name: "unnamed source", type: "group",
                aliases: ["source", "sources", "official", "officials", "diplomat", "diplomats", "Western diplomat", "analyst", "analysts", "witness", "witnesses"],
                country: nil)
        }
        // the outlet the dateline names ("(Xinhua) --") is an actor the article names, linked as the dateline's place is
        // (with no mention); added after the extractors, it takes no role. A source only the record's metadata gives
        // is not named by the article (it stays the article's `source` attribute).
        var outlet: String? = nil
        if let s = article.outlet, let rec = mentions.outletRecord(named: s) {
            if found.actors[rec.id] == nil { found.actors[rec.id] = rec }
            outlet = rec.id
        }
        var counts: [String: Int] = [:]
        counts.reserveCapacity(found.actors.count)
        // (each mention counted at its actor's slot in the type index, found by a hash of the id's bytes; each
        // id then goes into the dictionary once: a SipHash of the id at every mention was most of the work)
        var bySlot = [Int](repeating: 0, count: found.indexedIDs.count)
        for m in found.mentions {
            if let s = found.indexSlot(of: m.actor) { bySlot[s] += 1 } else { counts[m.actor, default: 0] += 1 }
        }
        let ids = found.indexedIDs
        for s in bySlot.indices where bySlot[s] > 0 { counts[ids[s], default: 0] += bySlot[s] }
        for id in found.implied where found.actors[id] != nil { counts[id, default: 0] += 1 }
        for e in evs { if let p = e.place { counts[p, default: 0] += 0 } }
        // the dateline's place, where the story was filed, is linked as an event's place is (with no mention)
        if let d = datelinePlace { counts[d, default: 0] += 0 }
        if let o = outlet { counts[o, default: 0] += 0 }
        a.body = ""  // the result outlives the text: the graph never needs it
        return ArticleResult(article: a, actors: found.actors, mentionCounts: counts, events: evs, claims: cls,
                             yearCandidates: yearCandidates)
    }

    /// The places a dateline names: one, or two joined by a slash ("Tripoli/Benghazi").
    static func datelinePlaces(_ place: String?) -> [String] {
        guard let place else { return [] }
        guard place.utf8.contains(47) else { return [place] }
        return place.split(separator: "/").map { String($0) }
    }

    /// A criticism or accusation (a type that `judges_events`; `judges`: type → its first role, its author) its
    /// sentence does not date ("X also criticized Y") was made when its author spoke: the one day of the week
    /// before the article that the author's claims give.
    static func dateSpeechActs(_ evs: inout [Event], _ cls: [Claim], article ad: PartialDate?, judges: [String: String]) {
        guard let ad, ad.isComplete, evs.contains(where: { $0.dateSource == "article" }) else { return }
        let anchor = CalendarMath.dayNumber(year: ad.year!, month: ad.month!, day: ad.day!)
        var occasion: [String: PartialDate?] = [:]  // nil value: two different days
        for c in cls {
            guard let d = c.date, d.isComplete, d != ad else { continue }
            let k = anchor - CalendarMath.dayNumber(year: d.year!, month: d.month!, day: d.day!)
            guard k >= 1 && k <= 7 else { continue }
            if let old = occasion[c.speaker] { if old != d { occasion[c.speaker] = .some(nil) } } else { occasion[c.speaker] = d }
        }
        guard !occasion.isEmpty else { return }
        for i in evs.indices where evs[i].dateSource == "article" {
            guard let judge = judges[evs[i].type], let author = evs[i].arguments.first(where: { $0.role == judge })?.actor,
                  let d = occasion[author], let d else { continue }
            evs[i].date = d
            evs[i].dateSource = "text"
        }
    }

    /// Wire copy tells its news day in the lead ("Police on Friday foiled an attempt to storm the consulate") and is
    /// often dated the next morning. An event no sentence dates ("X claimed responsibility for the attack", "Russia
    /// also condemned the attack") belongs to that news day, not to the day of publication: the one day of the week
    /// before the article that the lead's own time expressions name. When the lead tells an event, the day must
    /// date it: "accused Y of stalling a summit due to open on Thursday" names a day the accusation is not of.
    /// (Several days in the lead: no news day.)
    static func dateByLede(_ evs: inout [Event], _ times: [TimeExpression], _ doc: Document, article a: Article) {
        guard let ad = a.date, ad.isComplete, evs.contains(where: { $0.dateSource == "article" }),
              let lede = doc.sentences.first(where: { !doc.isHeadline($0) }) else { return }
        let anchor = CalendarMath.dayNumber(year: ad.year!, month: ad.month!, day: ad.day!)
        var day: PartialDate? = nil
        for t in times where t.start >= lede.start && t.end <= lede.end {
            guard t.value.isComplete, t.rangeEnd == nil else { return }
            let k = anchor - CalendarMath.dayNumber(year: t.value.year!, month: t.value.month!, day: t.value.day!)
            guard k >= 1 && k <= 7, day == nil || day == t.value else { return }
            day = t.value
        }
        let ledeStart = lede.start - doc.bodyStart + a.bodyOffset
        guard let day, !evs.contains(where: { $0.evidence.first?.start == ledeStart && $0.date != day }) else { return }
        for i in evs.indices where evs[i].dateSource == "article" { evs[i].date = day }
    }

    /// The year of a dateline that gives none ("MOSCOW, September 9"), from the weekday the text names
    /// ("said Tuesday"): among the years where that date fell on that weekday, those in which the people
    /// the article names held their offices, then the one nearest the other articles' year.
    /// `candidates` receives the years left when only the hint can choose (for `kgbuild extract`).
    /// `exprs`: the article's time expressions read with no anchor.
    func inferYear(_ d: PartialDate, _ doc: Document, _ exprs: [TimeExpression], _ found: MentionFinder.Result, yearHint: Int?,
                   candidates: inout [Int]) -> Int? {
        guard let m = d.month, let day = d.day else { return nil }
        guard let wd = exprs.first(where: { $0.kind == .weekday && $0.weekday != nil && $0.start >= doc.bodyStart })?.weekday else { return nil }
        var years = CalendarMath.yearsMatching(month: m, day: day, weekday: wd, in: 1990...2035)
        guard !years.isEmpty else { return nil }
        // the offices the article gives its people ("Secretary of State John Kerry") count, else any office
        var people: [(ActorEntry, Set<String>)] = []
        for (id, rec) in found.actors where rec.type == "person" {
            if let i = lexicon.actorIndex[String(id.dropFirst(6))], !lexicon.ontology.actors[i].titles.isEmpty {
                people.append((lexicon.ontology.actors[i], rec.roles))
            }
        }
        if !people.isEmpty {
            func held(_ t: DatedTitle, _ roles: Set<String>) -> Bool {
                roles.isEmpty || roles.contains { t.title == $0 || t.title.hasSuffix(" " + $0) || $0.hasSuffix(" " + t.title) }
            }
            let score = { (y: Int) in
                people.filter { p, roles in
                    let titles = p.titles.contains { held($0, roles) } ? p.titles.filter { held($0, roles) } : p.titles
                    return titles.contains { $0.holds(on: PartialDate(year: y, month: m, day: day)) }
                }.count
            }
            let best = years.map(score).max() ?? 0
            if best > 0 { years = years.filter { score($0) == best } }
        }
        if years.count == 1 { return years[0] }
        candidates = years
        guard let hint = yearHint else { return nil }
        return Self.nearestYear(years, to: hint)
    }

    /// "A day earlier", "two days later": relative to the date the text gave just before, not to the article date.
    /// A coarser date written in between ("in September 2025") moves the story to another time and ends the
    /// chain: a "day before" after it counts from the article's day again.
    static func chainRelativeDays(_ times: [TimeExpression], _ doc: Document, anchor: PartialDate?) -> [TimeExpression] {
        guard let a = anchor, a.isComplete else { return times }
        var out = times
        var previous: PartialDate? = nil
        for k in out.indices {
            let t = out[k]
            let words = doc.text(t.start, t.end).lowercased()
            if t.kind == .relativeDay, words.contains("earlier") || words.contains("later") || words.contains("before") || words.contains("after"),
               let prev = previous, prev.isComplete, t.value.isComplete {
                let offset = CalendarMath.dayNumber(year: t.value.year!, month: t.value.month!, day: t.value.day!)
                    - CalendarMath.dayNumber(year: a.year!, month: a.month!, day: a.day!)
                out[k].value = CalendarMath.addDays(prev, offset)
            }
            if out[k].value.isComplete { previous = out[k].value } else if t.kind == .absolute { previous = nil }
        }
        return out
    }

    /// Reads every input into articles; problems are collected, never fatal.
    public func read(_ inputs: [String], filter: InputFilter = InputFilter(), problems: inout [IngestProblem]) -> [Article] {
        let files = InputFiles.collect(inputs, filter: filter, problems: &problems)
        let named = Set(inputs)
        var out: [Article] = []
        for f in files {
            guard let data = Self.contents(of: f, named: named, problems: &problems) else { continue }
            out += read(data: data, path: f, problems: &problems)
        }
        return out
    }

    /// A file's bytes (`-`: standard input), or nil with the reason added to `problems`.
    static func contents(of f: String, named: Set<String>, problems: inout [IngestProblem]) -> [UInt8]? {
        if f == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        switch InputFiles.read(f, explicit: named.contains(f)) {
        case .success(let d): return d
        case .failure(let p): problems.append(p); return nil
        }
    }

    /// Longest article body analysed; the rest is dropped with a note (nothing longer is a news story).
    public static let maxBodyBytes = 256 << 10

    /// Reads one file's bytes by format (extension, else sniffed): text, JSON Lines, JSON, HTML, RSS/Atom.
    public func read(data: [UInt8], path: String, problems: inout [IngestProblem]) -> [Article] {
        let before = problems.count
        var arts: [Article]
        if data.isEmpty {
            problems.append(IngestProblem(path: path, reason: IngestProblemReason.empty.description))
            return []
        }
        let format = InputFormat.detect(path: path, data: data)
        if format == .html || format == .feed {
            // binary content renamed .html is refused before libxml2 sees it
            if case .failure(let why) = TextDecoding.decode(data) {
                problems.append(IngestProblem(path: path, reason: why.description))
                return []
            }
            arts = format == .html
                ? HTMLArticleReader(textReader: textReader).read(data: data, path: path, problems: &problems)
                : FeedReader(textReader: textReader).read(data: data, path: path, problems: &problems)
        } else if format == .jsonLines || format == .json {
            // (the JSON readers read bytes: the file's text is not made a String first)
            let bytes: [UInt8]
            switch TextDecoding.decodeToUTF8(data) {
            case .failure(let why):
                problems.append(IngestProblem(path: path, reason: why.description))
                return []
            case .success(let b): bytes = b
            }
            arts = format == .jsonLines
                ? JSONLinesReader(textReader: textReader).read(data: bytes, path: path, problems: &problems)
                : JSONArrayReader(textReader: textReader).read(data: bytes, path: path, problems: &problems)
        } else {
            let text: String
            switch TextDecoding.decode(data) {
            case .failure(let why):
                problems.append(IngestProblem(path: path, reason: why.description))
                return []
            case .success(let s): text = s
            }
            arts = textReader.read(text: text, path: path)
        }
        if arts.isEmpty && problems.count == before {
            problems.append(IngestProblem(path: path, reason: format == .text ? "no text found; skipped" : "no articles found; skipped"))
        }
        for k in arts.indices where arts[k].body.utf8.count > Self.maxBodyBytes {
            arts[k].body = Self.truncate(arts[k].body, to: Self.maxBodyBytes)
            problems.append(IngestProblem(path: "\(path): article \(k + 1)", reason: "longer than \(Self.maxBodyBytes >> 10) KiB; the rest is not read"))
        }
        return arts
    }

    /// The longest prefix of at most `limit` bytes that ends at white space (or a character boundary).
    static func truncate(_ s: String, to limit: Int) -> String {
        let u = Array(s.utf8)
        var cut = limit
        var k = limit
        while k > limit - 4096, k > 0 {
            if u[k] == 32 || u[k] == 10 { cut = k; break }
            k -= 1
        }
        while cut > 0, u[cut] & 0xC0 == 0x80 { cut -= 1 }
        return String(decoding: u[..<cut], as: UTF8.self)
    }

    /// Analyses articles on `jobs` threads; results come back in input order.
    public func analyze(_ articles: [Article], jobs: Int) -> [ArticleResult] {
        let hints = Self.yearHints(articles)
        return ParallelChunks.each(articles.count, jobs: jobs, minimumChunk: 1) { analyze(articles[$0], yearHint: hints[$0]) }
    }

    /// The lower median: the year hint of a set of dated articles (also the streaming run's, `OrderedMerger`).
    static func medianYear(_ ys: [Int]) -> Int? { medianYear(counts: ys.reduce(into: [:]) { $0[$1, default: 0] += 1 }) }

    /// The year of `years` nearest `hint`, the earlier of two as near: how a hint chooses among candidates.
    static func nearestYear<C: Collection<Int>>(_ years: C, to hint: Int) -> Int? {
        years.min { (abs($0 - hint), $0) < (abs($1 - hint), $1) }
    }

    /// The same median of years given with how often each occurs.
    static func medianYear(counts: [Int: Int]) -> Int? {
        let n = counts.values.reduce(0, +)
        var seen = 0
        for y in counts.keys.sorted() {
            seen += counts[y]!
            if seen > (n - 1) / 2 { return y }
        }
        return nil
    }

    /// The median year of the dated articles of the same file, else of all articles.
    static func yearHints(_ articles: [Article]) -> [Int?] {
        var byFile: [String: [Int]] = [:]
        var all: [Int] = []
        for a in articles { if let y = a.date?.year { byFile[a.path, default: []].append(y); all.append(y) } }
        let global = medianYear(all)
        let fileMedians = byFile.mapValues { medianYear($0) }   // once per file, not once per article
        return articles.map { fileMedians[$0.path] ?? global }
    }

    /// Results are merged in `ArticleResult.mergeOrder` (path, then position in the file), the order
    /// `kgbuild merge` uses, so both give the same bytes however the inputs were named or split.
    public func buildGraph(_ results: [ArticleResult]) -> KnowledgeGraph {
        let order = results.indices.sorted { ArticleResult.mergeOrder(results[$0], results[$1]) ?? ($0 < $1) }
        return GraphBuilder(ontology: lexicon.ontology).build(order.lazy.map { results[$0] })
    }
}

