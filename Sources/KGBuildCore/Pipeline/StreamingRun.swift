import Foundation

/// Where `Pipeline.run` keeps extractions between runs (the SQLite cache of the `KGBuildCache` module).
/// Keys say everything a record depends on; values are the records. Called from many threads.
public protocol ExtractionStore: Sendable {
    func key(for article: Article) -> String
    func lookup(_ keys: [String]) -> [String: ExtractionRecord]
    func store(_ lines: [(String, [UInt8])])
}

/// How far a run has got, for a progress bar.
public struct RunProgress: Sendable {
    public var articles: Int
    public var bytesRead: Int64
    public var totalBytes: Int64
    public var elapsed: Double
}

/// What `Pipeline.run` returns: the merged graph and what went into it.
public struct RunOutput: Sendable {
    public var graph: KnowledgeGraph
    /// Articles read and merged.
    public var articles = 0
    /// Articles analysed in this run (the others came from the cache).
    public var analysed = 0
    public var fromCache = 0
    /// Articles analysed twice: the year hint guessed for a dateline without a year was not the final one.
    public var reanalysed = 0
    public var eventsByType: [String: Int] = [:]
    public var claims = 0
}

extension Pipeline {
    /// Reads, analyses, merges and forgets: files are read one at a time on the calling thread, in merge
    /// order (paths compared folder by folder); their articles are analysed in batches on `jobs` threads
    /// and each finished batch is merged into the graph, in order, and dropped. So memory holds the graph
    /// and the batches in flight, not the corpus nor every article's extraction.
    ///
    /// A dateline without a year is resolved with the median year of the other articles of its file (or
    /// of the corpus when its file has none), as `analyze(_:jobs:)` does: such an article, and everything
    /// after it, waits until its file (or the whole corpus) has been read. The graph is the one `read` +
    /// `analyze` + `buildGraph` give, byte for byte, for any number of threads.
    public func run(_ inputs: [String], filter: InputFilter = InputFilter(), jobs: Int, cache: (any ExtractionStore)? = nil,
                    progress: (@Sendable (RunProgress) -> Void)? = nil, problems: inout [IngestProblem]) -> RunOutput {
        let started = Date()
        let files = InputFiles.collect(inputs, filter: filter, problems: &problems)
            .sorted { ArticleResult.comparePaths($0, $1) }
        let named = Set(inputs)
        var total: Int64 = 0
        for f in files where f != "-" {
            var st = stat()
            if stat(f, &st) == 0 { total += Int64(st.st_size) }
        }
        let sink = RecordSink(cache: cache, pipeline: self)
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: max(1, jobs) * 4)
        let queue = DispatchQueue(label: "kgbuild.analyse", attributes: .concurrent)
        let merger = MergeStage(OrderedMerger(GraphAccumulator(GraphBuilder(ontology: lexicon.ontology), jobs: jobs)),
                                sink: sink, concurrent: jobs > 1)
        var seen: [(path: String, year: Int?)] = []   // the file's dateline years, sent when it is read
        var yearCounts: [Int: Int] = [:]   // every dateline year read so far: the corpus median as it stands
        var batch: [Article] = []
        var guesses: [Int?] = []
        var batchBytes = 0
        var cut = BatchCut(jobs: jobs, left: total)
        var batchNo = 0
        var bytesRead: Int64 = 0
        var lastReport = Date.distantPast
        func report(force: Bool = false) {
            guard let progress else { return }
            let now = Date()
            if !force && now.timeIntervalSince(lastReport) < 0.2 { return }
            lastReport = now
            progress(RunProgress(articles: sink.done, bytesRead: bytesRead, totalBytes: max(total, bytesRead),
                                 elapsed: now.timeIntervalSince(started)))
        }
        func submit() {
            guard !batch.isEmpty else { return }
            let items = batch, hints = guesses, no = batchNo
            batch = []; guesses = []; batchBytes = 0; batchNo += 1
            if jobs <= 1 {
                sink.process(no, items, guesses: hints)
                merger.batchDone()
            } else {
                slots.wait()
                queue.async(group: group) {
                    sink.process(no, items, guesses: hints)
                    merger.batchDone()
                    slots.signal()
                }
            }
        }
        for f in files {
            guard let data = Self.contents(of: f, named: named, problems: &problems) else { continue }
            bytesRead += Int64(data.count)
            var paths: Set<String> = []
            let articles = skippingCrashed(read(data: data, path: f, problems: &problems), data: data, problems: &problems)
            cut.read(fileBytes: f == "-" ? 0 : data.count, articles: articles)   // (standard input is not in `total`)
            // The year hint each article will get, as far as it is known now: its file's median is final
            // (the file is read), the corpus's is a guess until the end (`OrderedMerger` checks it).
            var fileYears: [String: [Int]] = [:]
            for a in articles {
                guard let y = a.date?.year else { continue }
                fileYears[a.path, default: []].append(y)
                yearCounts[y, default: 0] += 1
            }
            let fileMedians = fileYears.mapValues { Self.medianYear($0) }
            let corpusSoFar = Self.medianYear(counts: yearCounts)
            for a in articles {
                seen.append((a.path, a.date?.year))
                paths.insert(a.path)
                let bytes = a.body.utf8.count
                batchBytes += bytes
                cut.batched(bytes)
                batch.append(a)
                guesses.append(fileMedians[a.path] ?? corpusSoFar)
                if cut.full(count: batch.count, bytes: batchBytes) { submit(); report() }
            }
            merger.saw(seen)   // every year of the file before the news that it is complete (hints wait for both)
            seen = []
            merger.finished(paths)
            report()
        }
        merger.readAll()
        submit()
        group.wait()
        let (graph, reanalysed) = merger.finish()
        report(force: true)
        let counts = sink.counts
        var out = RunOutput(graph: KnowledgeGraph())
        out.articles = graph.articleCount
        out.eventsByType = graph.eventsByType
        out.claims = graph.claimCount
        out.analysed = counts.analysed
        out.fromCache = counts.cached
        out.reanalysed = reanalysed
        out.graph = graph.finish()
        return out
    }
}

/// Where the reader cuts the articles into batches. A batch is 64 articles (or 1 MB of text): enough for
/// a thread's scratch tables (`Pipeline.Scratch`) to pay off. Near the end of the corpus the batches shrink
/// with the text left, so that the threads run out of work together: with batches of 64 to the end, one
/// thread analysed the last one alone while the others had nothing to do (on average half a batch, some
/// 20 ms of one core at every run's end). With one job nothing waits: the batches stay whole. Cuts depend
/// on the input alone (file and article sizes), and results on no cut, so any cut gives the same graph.
struct BatchCut {
    static let articles = 64
    static let bytes = 1 << 20
    /// The smallest batch cut for the end (a few articles), so the last ones do not each pay for their tables.
    static let minimumBytes = 16 << 10
    let jobs: Int
    /// The text not in a batch yet: the bytes of the files not read, and the bodies of the articles read
    /// but not batched.
    private(set) var left: Int64

    init(jobs: Int, left: Int64) {
        self.jobs = jobs
        self.left = left
    }

    /// A file of `fileBytes` was read into `articles`: their bodies replace the file's bytes in `left`.
    mutating func read(fileBytes: Int, articles: [Article]) {
        left -= Int64(fileBytes)
        for a in articles { left += Int64(a.body.utf8.count) }
    }

    /// An article of `bytes` went into the batch being filled.
    mutating func batched(_ bytes: Int) { left -= Int64(bytes) }

    /// True when the batch being filled (`count` articles, `bytes` of text) is to be handed to the threads:
    /// when whole, or, with several jobs, when it holds a share of what is left (`left` split among two
    /// batches a job) and at least `minimumBytes`.
    func full(count: Int, bytes: Int) -> Bool {
        if count >= Self.articles || bytes >= Self.bytes { return true }
        guard jobs > 1 else { return false }
        return bytes >= Self.minimumBytes && Int64(bytes) >= max(0, left) / Int64(2 * jobs)
    }
}

/// Takes analysed batches in batch order, resolves each record's year as soon as its hint is known,
/// and feeds the graph in that same order.
struct OrderedMerger {
    var graph: GraphAccumulator
    /// Articles analysed again because their guessed year hint was not the final one.
    private(set) var reanalysed = 0
    private var nextBatch = 0
    private var pending: [RecordSink.Item] = []
    private var head = 0
    private var ready: [(ArticleResult, ArticleFragment?)] = []
    private var fileYears: [String: [Int]] = [:]
    private var allYears: [Int] = []
    private var complete: Set<String> = []

    init(_ graph: GraphAccumulator) { self.graph = graph }

    /// Articles as read, before analysis (path, dateline year): their years count for the hints.
    mutating func saw(_ articles: [(path: String, year: Int?)]) {
        for (path, year) in articles {
            guard let y = year else { continue }
            fileYears[path, default: []].append(y)
            allYears.append(y)
        }
    }

    /// Every article with one of these paths has been read.
    mutating func finished(_ paths: Set<String>) { complete.formUnion(paths) }

    /// Every file has been read: the corpus median is final. The records that waited for it (a dateline
    /// without a year in a file that dates none) are merged while the last batches are analysed, and
    /// each batch as it comes, rather than all after the analysis, on the one thread that runs then.
    private var allRead = false
    mutating func readAll() { allRead = true }

    /// Medians already worked out: a file's once it is complete, the corpus's once everything is read.
    private var fileMedians: [String: Int?] = [:]
    private var corpusMedian: Int?? = nil

    /// The median `Pipeline.yearHints` takes; nil inside when there is none, nil outside when not known yet.
    private mutating func hint(_ path: String, final: Bool) -> Int?? {
        if complete.contains(path) {
            if fileMedians[path] == nil { fileMedians[path] = .some(Pipeline.medianYear(fileYears[path] ?? [])) }
            if let y = fileMedians[path]! { return .some(y) }
        }
        guard final || allRead else { return nil }
        if corpusMedian == nil { corpusMedian = .some(Pipeline.medianYear(allYears)) }
        return corpusMedian!
    }

    mutating func take(_ sink: RecordSink, final: Bool) {
        while let b = sink.take(nextBatch) {
            pending += b
            nextBatch += 1
        }
        while head < pending.count {
            let item = pending[head]
            let r = item.record
            if let g = item.guessed {
                guard let h = hint(r.article.path, final: final) else { break }
                let year = h.flatMap { Pipeline.nearestYear(g.candidates, to: $0) }
                if year == r.result.article.date?.year {
                    ready.append((r.result, item.fragment))
                } else {
                    // the guess chose another year than the hint does: analysed again (rare; on this thread)
                    ready.append((sink.pipeline.analyze(g.article, yearHint: h), nil))
                    reanalysed += 1
                }
            } else if r.variants.isEmpty {
                ready.append((r.result, item.fragment))
            } else if let h = hint(r.article.path, final: final) {
                ready.append((r.resolved(yearHint: h), nil))
            } else {
                break
            }
            head += 1
        }
        if final {
            // the run's end: what the records still hold is freed on another thread (moved there, not copied:
            // see below)
            var rest: [RecordSink.Item] = []
            swap(&rest, &pending)
            discardInBackground(rest)
            head = 0
        } else if head > 0 && head * 2 >= pending.count {
            // The merged records are freed on another thread: on this one, which runs alone, freeing
            // them cost a third of its work.
            let merged = pending
            pending = Array(merged[head...])
            discardInBackground(merged)
            head = 0
        }
        if ready.count >= 128 || final || allRead {
            graph.add(prepared: ready)
            // Moved to the other thread, not copied: with a copy there, this thread's `ready = []` freed every
            // record whenever the other one had dropped its copy first (on the thread that runs alone).
            var merged: [(ArticleResult, ArticleFragment?)] = []
            swap(&merged, &ready)
            discardInBackground(merged)
            if !final { ready.reserveCapacity(128) }
        }
    }
}

/// Runs the merger on a serial queue of its own, so that reading, analysing and merging overlap: the
/// reader's notes (years, finished files) and the workers' "batch done" reach it in the order they were
/// sent. With one job everything runs on the caller's thread.
final class MergeStage: @unchecked Sendable {
    /// nil once `finish` has taken it.
    private var merger: OrderedMerger?
    private let sink: RecordSink
    private let queue = DispatchQueue(label: "kgbuild.merge")
    private let concurrent: Bool

    init(_ merger: OrderedMerger, sink: RecordSink, concurrent: Bool) {
        self.merger = merger
        self.sink = sink
        self.concurrent = concurrent
    }

    private func run(_ body: @escaping @Sendable (inout OrderedMerger) -> Void) {
        if concurrent {
            queue.async { body(&self.merger!) }
        } else {
            body(&merger!)
        }
    }

    func saw(_ articles: [(path: String, year: Int?)]) { run { $0.saw(articles) } }

    func finished(_ paths: Set<String>) { run { $0.finished(paths) } }

    func readAll() {
        let sink = self.sink
        run { $0.readAll(); $0.take(sink, final: false) }
    }

    func batchDone() {
        let sink = self.sink
        run { $0.take(sink, final: false) }
    }

    /// Once every batch is done: merges what is left with the corpus year hint, returns the graph.
    /// The merger is moved out, not copied: a copy left here made `GraphAccumulator.finish` copy the node
    /// array on its first write and this stage's end free the original (26 M instructions at 10 MB, on
    /// the main thread, after the analysis).
    func finish() -> (GraphAccumulator, reanalysed: Int) {
        queue.sync {}
        var m = merger!
        merger = nil
        m.take(sink, final: true)
        return (m.graph, m.reanalysed)
    }
}

/// Collects the records of batches analysed on many threads until the merger takes them, in batch order.
/// A record whose result needs no year hint gets its graph fragment on the thread that analysed it, so
/// the merger, which runs alone, only links.
final class RecordSink: @unchecked Sendable {
    struct Item {
        var record: ExtractionRecord
        /// Made on the analysing thread when the record's result is the one to merge (or is guessed to be).
        var fragment: ArticleFragment?
        /// Set when the record holds one analysis for a guessed year hint instead of one per candidate year:
        /// the article (with its text, to analyse it again) and the years its dateline could have.
        var guessed: (article: Article, candidates: [Int])?
    }
    private let lock = NSLock()
    private var batches: [Int: [Item]] = [:]
    private let eventTypes: [String: EventCodes]
    private var analysed = 0
    private var cached = 0
    private var count = 0
    let cache: (any ExtractionStore)?
    let pipeline: Pipeline

    init(cache: (any ExtractionStore)?, pipeline: Pipeline) {
        self.cache = cache
        self.pipeline = pipeline
        eventTypes = GraphAccumulator.eventTypeTable(pipeline.lexicon.ontology)
    }

    var done: Int { lock.lock(); defer { lock.unlock() }; return count }
    var counts: (analysed: Int, cached: Int) { lock.lock(); defer { lock.unlock() }; return (analysed, cached) }

    /// `guesses`: each article's year hint as the reader knows it (see `OrderedMerger.take`).
    func process(_ no: Int, _ articles: [Article], guesses: [Int?]) {
        var records: [ExtractionRecord?] = Array(repeating: nil, count: articles.count)
        var items: [Item?] = Array(repeating: nil, count: articles.count)
        var keys: [String] = []
        if let cache {
            keys = articles.map { cache.key(for: $0) }
            let found = cache.lookup(keys)
            for (i, k) in keys.enumerated() { records[i] = found[k] }
        }
        var fresh: [(String, [UInt8])] = []
        var n = 0
        let scratch = Pipeline.Scratch()   // this batch's, on this thread
        for i in articles.indices where records[i] == nil {
            n += 1
            guard cache != nil else {
                // Without a cache the record serves this run only: a dateline whose year only the corpus can
                // choose is analysed for the guessed hint alone, not for every candidate year.
                let r = pipeline.analyze(articles[i], yearHint: guesses[i], scratch: scratch)
                let record = ExtractionRecord(article: articles[i], result: r)
                items[i] = Item(record: record, fragment: ArticleFragment(r, eventTypes: eventTypes),
                                guessed: r.yearCandidates.isEmpty ? nil : (articles[i], r.yearCandidates))
                continue
            }
            let r = pipeline.extract(articles[i], scratch: scratch)
            records[i] = r
            fresh.append((keys[i], r.jsonLine()))
        }
        if let cache, !fresh.isEmpty { cache.store(fresh) }
        let done = articles.indices.map { i -> Item in
            if let item = items[i] { return item }
            let r = records[i]!
            return Item(record: r, fragment: r.variants.isEmpty ? ArticleFragment(r.result, eventTypes: eventTypes) : nil)
        }
        lock.lock()
        batches[no] = done
        analysed += n
        cached += articles.count - n
        count += articles.count
        lock.unlock()
    }

    /// Batch `no` once it is done (removed from the sink), else nil.
    func take(_ no: Int) -> [Item]? {
        lock.lock(); defer { lock.unlock() }
        return batches.removeValue(forKey: no)
    }
}
