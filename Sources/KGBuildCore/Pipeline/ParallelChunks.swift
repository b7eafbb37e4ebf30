import Dispatch
import Foundation

/// Runs a body over `0..<count` split into ranges on all cores; results come back in range order, so
/// what is built from them does not depend on the number of threads or on scheduling.
enum ParallelChunks {
    /// `jobs` caps the threads (1 runs everything on the caller's thread); chunks are at least
    /// `minimumChunk` items so small inputs do not pay for the dispatch.
    static func map<T>(count: Int, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, minimumChunk: Int = 2_048,
                       _ body: (Range<Int>) -> T) -> [T] {
        let chunks = chunkCount(count, jobs: jobs, minimumChunk: minimumChunk)
        if chunks == 1 { return [body(0..<count)] }
        return each(chunks, jobs: jobs, minimumChunk: 1) { c in body((count * c / chunks)..<(count * (c + 1) / chunks)) }
    }

    /// How many chunks `map` and `each` cut `count` items into.
    private static func chunkCount(_ count: Int, jobs: Int, minimumChunk: Int) -> Int {
        jobs <= 1 ? 1 : max(1, min(jobs * 8, count / max(1, minimumChunk)))
    }

    /// True when `test` holds for every chunk of `0..<count` (each chunk stops at its first failure).
    static func all(count: Int, jobs: Int, minimumChunk: Int = 4_096, _ test: (Range<Int>) -> Bool) -> Bool {
        map(count: count, jobs: jobs, minimumChunk: minimumChunk, test).allSatisfy { $0 }
    }

    /// `items` sorted by `less`, a strict total order (so the result is the one `sorted(by:)` gives for
    /// any number of threads): one part per job sorted on its own thread, then the parts merged.
    static func sorted<T>(_ items: [T], jobs: Int, minimumChunk: Int = 16_384, by less: (T, T) -> Bool) -> [T] {
        guard jobs > 1, items.count >= 2 * minimumChunk else { return items.sorted(by: less) }
        var runs = map(count: items.count, jobs: jobs, minimumChunk: max(minimumChunk, items.count / jobs)) { range in
            items[range].sorted(by: less)
        }
        while runs.count > 1 {
            var next: [[T]] = []
            var k = 0
            while k < runs.count {
                if k + 1 < runs.count { next.append(merge(runs[k], runs[k + 1], less)) } else { next.append(runs[k]) }
                k += 2
            }
            runs = next
        }
        return runs[0]
    }

    private static func merge<T>(_ a: [T], _ b: [T], _ less: (T, T) -> Bool) -> [T] {
        var out: [T] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if less(b[j], a[i]) { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        out += a[i...]
        out += b[j...]
        return out
    }

    /// `a()` and `b()`, on two threads when there is more than one core.
    static func both<A, B>(_ a: () -> A, _ b: () -> B) -> (A, B) {
        if ProcessInfo.processInfo.activeProcessorCount < 2 { return (a(), b()) }
        return withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                let pair = Pair(a, b)
                DispatchQueue.concurrentPerform(iterations: 2) { pair.run($0) }
                return pair.values()
            }
        }
    }

    /// The two results of `both`, each written by one iteration; the lock orders the writes for the read.
    private final class Pair<A, B>: @unchecked Sendable {
        private let a: () -> A, b: () -> B
        private var va: A?, vb: B?
        private let lock = NSLock()
        init(_ a: @escaping () -> A, _ b: @escaping () -> B) { self.a = a; self.b = b }
        func run(_ i: Int) {
            if i == 0 { let v = a(); lock.lock(); va = v; lock.unlock() } else { let v = b(); lock.lock(); vb = v; lock.unlock() }
        }
        func values() -> (A, B) { lock.lock(); defer { lock.unlock() }; return (va!, vb!) }
    }

    /// `body(i)` for every `i` in `0..<count`, in order, on up to `jobs` threads, each result written
    /// straight into its place in the array (no per-chunk arrays to join: that copy was serial).
    static func each<T>(_ count: Int, jobs: Int, minimumChunk: Int = 2_048, _ body: (Int) -> T) -> [T] {
        each(count, jobs: jobs, minimumChunk: minimumChunk, state: {}) { _, i in body(i) }
    }

    /// `each` with a value of each chunk's own, made by `state` and handed to every `body` of the chunk:
    /// a cache that one thread fills and reads, without locks.
    static func each<T, S>(_ count: Int, jobs: Int, minimumChunk: Int = 2_048, state: () -> S,
                           _ body: (inout S, Int) -> T) -> [T] {
        let chunks = chunkCount(count, jobs: jobs, minimumChunk: minimumChunk)
        if chunks == 1 {
            var s = state()
            return (0..<count).map { body(&s, $0) }
        }
        return withoutActuallyEscaping(state) { state in
            withoutActuallyEscaping(body) { body in
                [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                    let fill = Fill(buffer.baseAddress!, state, body)
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        fill.run((count * c / chunks)..<(count * (c + 1) / chunks))
                    }
                    initialized = count
                }
            }
        }
    }

    /// The target of `each`: chunks initialise disjoint ranges of one buffer, and `concurrentPerform`
    /// returns only when all are done.
    private final class Fill<T, S>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>
        let state: () -> S
        let body: (inout S, Int) -> T
        init(_ base: UnsafeMutablePointer<T>, _ state: @escaping () -> S, _ body: @escaping (inout S, Int) -> T) {
            self.base = base
            self.state = state
            self.body = body
        }
        func run(_ range: Range<Int>) {
            var s = state()
            for i in range { (base + i).initialize(to: body(&s, i)) }
        }
    }

    /// Like `map`, but hands each chunk's result to `consume`, in order, wave by wave (`2 × jobs` chunks),
    /// so at most two waves of results are ever held. With more than one job a wave is consumed on a
    /// serial thread of its own while the next is produced (writing a file overlaps building its next
    /// part); with one, everything runs on the caller's thread, the work still cut into chunks.
    /// Chunks have at most `maximumChunk` items: a chunk's result (a part of a file) then stays a few
    /// megabytes, which the allocator reuses; parts of tens of megabytes were fresh memory each time, and
    /// the page faults cost as much as building them.
    static func forEach<T>(count: Int, jobs: Int, minimumChunk: Int = 2_048, maximumChunk: Int = 4_096,
                           _ produce: (Range<Int>) -> T, consume: (T) throws -> Void) throws {
        let chunks = max(1, min(max(8, jobs * 8), count / max(1, minimumChunk)), (count + maximumChunk - 1) / max(1, maximumChunk))
        let wave = max(1, jobs * 2)
        try withoutActuallyEscaping(consume) { consume in
            let consumer = Consumer(consume, concurrent: jobs > 1)
            var first = 0
            while first < chunks {
                let last = min(chunks, first + wave)
                let base = first
                let results = map(count: last - first, jobs: jobs, minimumChunk: 1) { r in
                    produce((count * (base + r.lowerBound) / chunks)..<(count * (base + r.upperBound) / chunks))
                }
                try consumer.take(results)
                first = last
            }
            try consumer.finish()
        }
    }

    /// Consumes waves in order on a serial queue, one wave at a time; the first error stops it and is
    /// rethrown to the producer at its next wave or at the end.
    private final class Consumer<T>: @unchecked Sendable {
        private let consume: (T) throws -> Void
        private let queue: DispatchQueue?
        private var error: Error?
        private var pending: [T] = []   // handed to the queue; set only while it is idle

        init(_ consume: @escaping (T) throws -> Void, concurrent: Bool) {
            self.consume = consume
            queue = concurrent ? DispatchQueue(label: "kgbuild.consume") : nil
        }

        private func run(_ items: [T]) {
            guard error == nil else { return }
            do { for x in items { try consume(x) } } catch { self.error = error }
        }

        func take(_ items: [T]) throws {
            guard let queue else {
                run(items)
                if let error { throw error }
                return
            }
            queue.sync {}   // the previous wave is written: at most two in memory
            if let error { throw error }
            pending = items
            queue.async {
                self.run(self.pending)
                self.pending = []
            }
        }

        func finish() throws {
            queue?.sync {}
            if let error { throw error }
        }
    }
}

/// Drops `value` on another thread. Freeing a big structure is millions of small frees (or reference
/// count decrements) that nothing waits for: the end of a run hands them to a background thread rather
/// than doing them between its last steps. A value moved in (`consume`) is freed there whatever the timing;
/// one copied in is freed where its last reference goes.
func discardInBackground<T>(_ value: consuming T) {
    let box = DiscardBox(consume value)
    DispatchQueue.global(qos: .utility).async { box.drop() }
}

private final class DiscardBox<T>: @unchecked Sendable {
    private var value: T?
    init(_ value: T) { self.value = value }
    func drop() { value = nil }
}
