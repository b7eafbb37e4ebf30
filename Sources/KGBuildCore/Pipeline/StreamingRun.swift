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

/// What `Pipeline.run` returns: per-article results in merge-ready form (no bodies) and counts.
public struct RunOutput: Sendable {
    /// Every article's extraction, in input order (bodies dropped).
    public var records: [ExtractionRecord]
    /// Articles analysed in this run (the others came from the cache).
    public var analysed = 0
    public var fromCache = 0

    /// The results to merge: each record resolved with the corpus year hint, as `analyze(_:jobs:)` would give.
    public func results() -> [ArticleResult] {
        let hints = Pipeline.yearHints(records.map(\.article))
        return records.indices.map { records[$0].resolved(yearHint: hints[$0]) }
    }
}

extension Pipeline {
    /// Reads, analyses and forgets the text: files are read one at a time on the calling thread and their
    /// articles analysed in batches on `jobs` threads; each article is kept only as its extraction record
    /// (no body), so memory grows with the graph, not with the corpus. Records come back in input order,
    /// and, since every record holds the analysis for each year its dateline could have (`extract`), the
    /// year hint is applied at the end (`RunOutput.results`): the graph is the one `read` + `analyze` give.
    public func run(_ inputs: [String], filter: InputFilter = InputFilter(), jobs: Int, cache: (any ExtractionStore)? = nil,
                    progress: (@Sendable (RunProgress) -> Void)? = nil, problems: inout [IngestProblem]) -> RunOutput {
        let started = Date()
        let files = InputFiles.collect(inputs, filter: filter, problems: &problems)
        let named = Set(inputs)
        var total: Int64 = 0
        for f in files where f != "-" {
            var st = stat()
            if stat(f, &st) == 0 { total += Int64(st.st_size) }
        }
        let sink = RecordSink(cache: cache, pipeline: self)
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: max(1, jobs) * 2)
        let queue = DispatchQueue(label: "kgbuild.analyse", attributes: .concurrent)
        var batch: [Article] = []
        var batchBytes = 0
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
            let items = batch, no = batchNo
            batch = []; batchBytes = 0; batchNo += 1
            if jobs <= 1 {
                sink.process(no, items)
                return
            }
            slots.wait()
            queue.async(group: group) {
                sink.process(no, items)
                slots.signal()
            }
        }
        for f in files {
            guard let data = Self.contents(of: f, named: named, problems: &problems) else { continue }
            bytesRead += Int64(data.count)
            for a in read(data: data, path: f, problems: &problems) {
                batchBytes += a.body.utf8.count
                batch.append(a)
                if batch.count >= 64 || batchBytes >= 1 << 20 { submit(); report() }
            }
            report()
        }
        submit()
        group.wait()
        report(force: true)
        return sink.output()
    }
}

/// Collects the records of batches analysed on many threads, in batch order.
final class RecordSink: @unchecked Sendable {
    private let lock = NSLock()
    private var batches: [Int: [ExtractionRecord]] = [:]
    private var analysed = 0
    private var cached = 0
    private var count = 0
    let cache: (any ExtractionStore)?
    let pipeline: Pipeline

    init(cache: (any ExtractionStore)?, pipeline: Pipeline) {
        self.cache = cache
        self.pipeline = pipeline
    }

    var done: Int { lock.lock(); defer { lock.unlock() }; return count }

    func process(_ no: Int, _ articles: [Article]) {
        var records: [ExtractionRecord?] = Array(repeating: nil, count: articles.count)
        var keys: [String] = []
        if let cache {
            keys = articles.map { cache.key(for: $0) }
            let found = cache.lookup(keys)
            for (i, k) in keys.enumerated() { records[i] = found[k] }
        }
        var fresh: [(String, [UInt8])] = []
        var n = 0
        for i in articles.indices where records[i] == nil {
            let r = pipeline.extract(articles[i])
            records[i] = r
            n += 1
            if cache != nil { fresh.append((keys[i], r.jsonLine())) }
        }
        if let cache, !fresh.isEmpty { cache.store(fresh) }
        lock.lock()
        batches[no] = records.map { $0! }
        analysed += n
        cached += articles.count - n
        count += articles.count
        lock.unlock()
    }

    func output() -> RunOutput {
        lock.lock(); defer { lock.unlock() }
        var out = RunOutput(records: [])
        out.records.reserveCapacity(count)
        for k in batches.keys.sorted() { out.records += batches[k]! }
        out.analysed = analysed
        out.fromCache = cached
        return out
    }
}
