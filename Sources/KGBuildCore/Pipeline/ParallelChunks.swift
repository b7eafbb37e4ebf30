import Dispatch
import Foundation

/// Runs a body over `0..<count` split into ranges on all cores; results come back in range order, so
/// what is built from them does not depend on the number of threads or on scheduling.
enum ParallelChunks {
    /// `jobs` caps the threads (1 runs everything on the caller's thread); chunks are at least
    /// `minimumChunk` items so small inputs do not pay for the dispatch.
    static func map<T>(count: Int, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, minimumChunk: Int = 2_048,
                       _ body: (Range<Int>) -> T) -> [T] {
        let chunks = jobs <= 1 ? 1 : max(1, min(jobs * 8, count / max(1, minimumChunk)))
        if chunks == 1 { return [body(0..<count)] }
        return withoutActuallyEscaping(body) { body in
            let slots = Slots<T>(chunks, body)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                slots.run(c, (count * c / chunks)..<(count * (c + 1) / chunks))
            }
            return slots.values()
        }
    }

    /// Like `map`, but hands each chunk's result to `consume` in order as soon as its wave of
    /// `2 × jobs` chunks is done, so only one wave of results is ever held (on one thread too: the
    /// work is still cut into chunks, run one after the other).
    static func forEach<T>(count: Int, jobs: Int, minimumChunk: Int = 2_048,
                           _ produce: (Range<Int>) -> T, consume: (T) throws -> Void) rethrows {
        let chunks = max(1, min(max(8, jobs * 8), count / max(1, minimumChunk)))
        let wave = max(1, jobs * 2)
        var first = 0
        while first < chunks {
            let last = min(chunks, first + wave)
            let base = first
            let results = map(count: last - first, jobs: jobs, minimumChunk: 1) { r in
                produce((count * (base + r.lowerBound) / chunks)..<(count * (base + r.upperBound) / chunks))
            }
            for x in results { try consume(x) }
            first = last
        }
    }

    /// One slot per chunk, each written by exactly one iteration; the lock orders the writes for the final read.
    private final class Slots<T>: @unchecked Sendable {
        private var values_: [T?]
        private let body: (Range<Int>) -> T
        private let lock = NSLock()
        init(_ n: Int, _ body: @escaping (Range<Int>) -> T) {
            values_ = Array(repeating: nil, count: n)
            self.body = body
        }
        func run(_ c: Int, _ range: Range<Int>) {
            let v = body(range)
            lock.lock(); values_[c] = v; lock.unlock()
        }
        func values() -> [T] { lock.lock(); defer { lock.unlock() }; return values_.map { $0! } }
    }
}
