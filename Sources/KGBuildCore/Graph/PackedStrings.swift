import Foundation

/// Many strings' UTF-8 bytes in one buffer, read without touching the strings again: no retain, no
/// reference count shared between threads, no cache miss per string object. A graph's ids are sorted
/// and written this way.
struct PackedStrings: @unchecked Sendable {
    private let strings: [String]
    private let bytes: [UInt8]
    private let starts: [Int]
    private let ascii: [Bool]

    init(_ strings: [String]) {
        self.strings = strings
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var ascii: [Bool] = []
        starts.reserveCapacity(strings.count + 1)
        ascii.reserveCapacity(strings.count)
        for s in strings {
            var s = s
            starts.append(bytes.count)
            s.withUTF8 { b in
                bytes += b
                ascii.append(!b.contains { $0 >= 0x80 })
            }
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
        self.ascii = ascii
    }

    var count: Int { strings.count }

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
