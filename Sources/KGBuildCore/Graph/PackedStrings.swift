import Foundation

/// Many strings' UTF-8 bytes in one buffer, read without touching the strings again: no retain, no
/// reference count shared between threads, no cache miss per string object. A graph's ids are sorted
/// and written this way.
struct PackedStrings: @unchecked Sendable {
    private let strings: [String]
    private let bytes: [UInt8]
    private let starts: [Int]
    private let ascii: [Bool]
    /// The first eight bytes of each string, big-endian and padded with zeros: keys that differ order their
    /// (ASCII) strings, and most comparisons of a sort end there, without a `memcmp` call.
    private let prefixes: [UInt64]

    /// `jobs` threads copy the bytes (lengths first, then each string into its place).
    init(_ strings: [String], jobs: Int = 1) {
        self.strings = strings
        let lengths = ParallelChunks.each(strings.count, jobs: jobs, minimumChunk: 1 << 15) { strings[$0].utf8.count }
        var starts = [Int](repeating: 0, count: strings.count + 1)
        for i in lengths.indices { starts[i + 1] = starts[i] + lengths[i] }
        let total = starts[strings.count], offsets = starts
        var scanned: [(ascii: Bool, prefix: UInt64)] = []
        self.bytes = [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            let target = UnsafeSendableBytes(buffer.baseAddress)
            scanned = ParallelChunks.each(strings.count, jobs: jobs, minimumChunk: 1 << 15) { i -> (ascii: Bool, prefix: UInt64) in
                var s = strings[i]
                return s.withUTF8 { b in
                    let n = b.count
                    guard let from = b.baseAddress, n > 0 else { return (true, 0) }
                    if let base = target.base { (base + offsets[i]).update(from: from, count: n) }
                    // (a word at a time: the bytes' high bits OR-ed, the first eight as one big-endian load;
                    // byte by byte they cost most of the copy's time)
                    let raw = UnsafeRawPointer(from)
                    var high: UInt64 = 0, prefix: UInt64 = 0, k = 0
                    while k + 8 <= n { high |= raw.loadUnaligned(fromByteOffset: k, as: UInt64.self); k += 8 }
                    while k < n { high |= UInt64(b[k]); k += 1 }
                    if n >= 8 {
                        prefix = UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
                    } else {
                        for j in 0..<n { prefix |= UInt64(b[j]) << (56 - 8 * j) }
                    }
                    return (high & 0x8080_8080_8080_8080 == 0, prefix)
                }
            }
            initialized = total
        }
        self.starts = starts
        self.ascii = scanned.map(\.ascii)
        self.prefixes = scanned.map(\.prefix)
    }

    /// The bytes of string `i`.
    func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { all in body(UnsafeBufferPointer(rebasing: all[starts[i]..<starts[i + 1]])) }
    }

    /// `indices` in Swift's `<` order of their strings: two ASCII strings by `memcmp` (their byte order is
    /// their `String` order), a pair with any other string by `String`, which orders by canonical equivalence.
    /// The buffers are held for the whole sort (fetched at every comparison, they cost more than the `memcmp`).
    func sorted(_ indices: [Int], jobs: Int) -> [Int] {
        bytes.withUnsafeBufferPointer { b in
            starts.withUnsafeBufferPointer { st in
                ascii.withUnsafeBufferPointer { isASCII in
                    prefixes.withUnsafeBufferPointer { prefix in
                        ParallelChunks.sorted(indices, jobs: jobs) { i, j in
                            guard isASCII[i] && isASCII[j] else { return strings[i] < strings[j] }
                            // a padding zero sorts a string before the longer ones it begins (equal keys go on)
                            if prefix[i] != prefix[j] { return prefix[i] < prefix[j] }
                            let a = st[i], la = st[i + 1] - a, c = st[j], lc = st[j + 1] - c
                            let n = min(la, lc)
                            let order = n == 0 ? 0 : memcmp(b.baseAddress! + a, b.baseAddress! + c, n)
                            return order < 0 || (order == 0 && la < lc)
                        }
                    }
                }
            }
        }
    }
}

/// The destination of `PackedStrings`' parallel copy: chunks write disjoint ranges.
private struct UnsafeSendableBytes: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt8>?
    init(_ base: UnsafeMutablePointer<UInt8>?) { self.base = base }
}
