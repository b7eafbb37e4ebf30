import Foundation

/// ingest → text → mentions → events/claims → graph. Articles are independent: they are analysed in
/// parallel and merged in input order, so the output is byte-identical whatever the number of threads.
public struct Pipeline: Sendable {
    public let lexicon: Lexicon
    public let mentions: MentionFinder
    public let events: EventExtractor
    public let claims: ClaimExtractor
    public let textReader: TextArticleReader

    public init(ontology: Ontology) {
        let lex = Lexicon(ontology)
        lexicon = lex
        mentions = MentionFinder(lexicon: lex)
        events = EventExtractor(lexicon: lex)
        claims = ClaimExtractor(lexicon: lex)
        let places = lex.placeNames
        textReader = TextArticleReader(isPlace: { places.contains($0.lowercased()) })
    }

    /// Everything kgbuild extracts from one article.
    public func analyze(_ article: Article) -> ArticleResult {
        let doc = Document(title: article.title, body: article.body)
        var date = article.date
        let found = mentions.find(doc, date: date)
        var times: [TimeExpression] = []
        doc.bytes.withUnsafeBufferPointer { p in
            // a dateline without a year: the weekday of a "said Tuesday" fixes it
            if let d = date, d.year == nil, let m = d.month, let day = d.day {
                let first = DateResolver(anchor: nil).expressions(in: p)
                if let wd = first.first(where: { $0.kind == .weekday }), let w = weekdayOf(doc, wd) {
                    let years = CalendarMath.yearsMatching(month: m, day: day, weekday: w, in: 1995...2030)
                    if years.count == 1 { date = PartialDate(year: years[0], month: m, day: day) }
                }
            }
            times = DateResolver(anchor: date).expressions(in: p).filter { $0.isResolved && !$0.value.normalized.isEmpty }
        }
        var a = article
        a.date = date
        let evs = events.extract(doc, found, article: a, dates: times)
        let cls = claims.extract(doc, found, article: a, dates: times, events: evs)
        var counts: [String: Int] = [:]
        for m in found.mentions { counts[m.actor, default: 0] += 1 }
        for c in cls { counts[c.speaker, default: 0] += 0 }
        return ArticleResult(article: a, actors: found.actors, mentionCounts: counts, events: evs, claims: cls)
    }

    func weekdayOf(_ doc: Document, _ t: TimeExpression) -> Int? {
        let words = doc.text(t.start, t.end).split(separator: " ")
        for w in words { if let n = DateParsing.weekdayNumber(w) { return n } }
        return nil
    }

    /// Reads every input into articles; problems are collected, never fatal.
    public func read(_ inputs: [String], problems: inout [IngestProblem]) -> [Article] {
        let files = InputFiles.collect(inputs, problems: &problems)
        var out: [Article] = []
        for f in files {
            let data: [UInt8]
            if f == "-" {
                data = Array(FileHandle.standardInput.readDataToEndOfFile())
            } else {
                guard let d = FileManager.default.contents(atPath: f) else {
                    problems.append(IngestProblem(path: f, reason: "cannot read the file (permission denied or not a regular file)"))
                    continue
                }
                data = Array(d)
            }
            out += read(data: data, path: f, problems: &problems)
        }
        return out
    }

    public func read(data: [UInt8], path: String, problems: inout [IngestProblem]) -> [Article] {
        let lower = path.lowercased()
        let looksJSON = lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || (path == "-" && data.first == 123)
        if looksJSON {
            let arts = JSONLinesReader(textReader: textReader).read(data: data, path: path, problems: &problems)
            if arts.isEmpty && problems.last?.path.hasPrefix(path) != true { problems.append(IngestProblem(path: path, reason: "no articles found")) }
            return arts
        }
        switch TextDecoding.decode(data) {
        case .failure(let why):
            problems.append(IngestProblem(path: path, reason: why.description))
            return []
        case .success(let text):
            let arts = textReader.read(text: text, path: path)
            if arts.isEmpty { problems.append(IngestProblem(path: path, reason: "no text found; skipped")) }
            return arts
        }
    }

    /// Analyses articles on `jobs` threads; results come back in input order.
    public func analyze(_ articles: [Article], jobs: Int) -> [ArticleResult] {
        let box = ResultBox(count: articles.count)
        if jobs <= 1 || articles.count < 2 {
            for (i, a) in articles.enumerated() { box.set(i, analyze(a)) }
        } else {
            let chunk = max(1, articles.count / (jobs * 8))
            let chunks = (articles.count + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(articles.count, (c + 1) * chunk) { box.set(i, analyze(articles[i])) }
            }
        }
        return box.values()
    }

    public func buildGraph(_ results: [ArticleResult]) -> KnowledgeGraph {
        GraphBuilder(ontology: lexicon.ontology).build(results)
    }
}

/// Slots written by index from many threads: each index is written exactly once.
final class ResultBox: @unchecked Sendable {
    private var slots: [ArticleResult?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: ArticleResult) { lock.lock(); slots[i] = r; lock.unlock() }
    func values() -> [ArticleResult] { slots.compactMap { $0 } }
}
