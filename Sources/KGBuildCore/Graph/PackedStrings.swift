import Foundation

/// Many strings' UTF-8 bytes in one buffer, read without touching the strings again: no retain, no
/// reference count shared between threads, no cache miss per string object. A graph's ids are sorted
/// and written this way.
struct PackedStrings: @unchecked Sendable {
    private let strings: [String]
    private let bytes: [UInt8]
    private let starts: [Int]
    private let ascii: [Bool]

    /// `jobs` threads copy the bytes (lengths first, then each string into its place).
    init(_ strings: [String], jobs: Int = 1) {
        self.strings = strings
        let lengths = ParallelChunks.each(strings.count, jobs: jobs, minimumChunk: 1 << 15) { strings[$0].utf8.count }
        var starts = [Int](repeating: 0, count: strings.count + 1)
        for i in lengths.indices { starts[i + 1] = starts[i] + lengths[i] }
        let total = starts[strings.count], offsets = starts
        var ascii = [Bool](repeating: true, count: strings.count)
        self.bytes = [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            let target = UnsafeSendableBytes(buffer.baseAddress)
            ascii = ParallelChunks.each(strings.count, jobs: jobs, minimumChunk: 1 << 15) { i -> Bool in
                var s = strings[i]
                return s.withUTF8 { b in
                    if let base = target.base, b.count > 0 { (base + offsets[i]).update(from: b.baseAddress!, count: b.count) }
                    return !b.contains { $0 >= 0x80 }
                }
            }
            initialized = total
        }
        self.starts = starts
        self.ascii = ascii
    }

    /// The bytes of string `i`.
    func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { all in body(UnsafeBufferPointer(rebasing: all[starts[i]..<starts[i + 1]])) }
    }

    /// Swift's `<` of strings `i` and `j`: two ASCII strings by `memcmp` (their byte order is their `String`
    /// order), a pair with any other string by `String`, which orders by canonical equivalence.
    func less(_ i: Int, _ j: Int) -> Bool {
        guard ascii[i] && ascii[j] else { return strings[i] < strings[j] }
        let a = starts[i], la = starts[i + 1] - a, b = starts[j], lb = starts[j + 1] - b
        let n = min(la, lb)
        let c = n == 0 ? 0 : bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + a, $0.baseAddress! + b, n) }
        return c < 0 || (c == 0 && la < lb)
    }
}

/// The destination of `PackedStrings`' parallel copy: chunks write disjoint ranges.
private struct UnsafeSendableBytes: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt8>?
    init(_ base: UnsafeMutablePointer<UInt8>?) { self.base = base }
}
