import Foundation

/// Byte-level character classes for UTF-8 news text.
///
/// Everything downstream works on byte offsets into the article's UTF-8 bytes; this is the one place that
/// knows which multi-byte sequences are punctuation (typographic quotes, dashes, ellipsis, no-break space).
enum ByteClass: UInt8 {
    case space, newline, letter, upper, digit, punct
    case openQuote, closeQuote, ambiguousQuote, apostrophe, dash, hyphen
}

@inline(__always) func isASCIIUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
@inline(__always) func isASCIILower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
@inline(__always) func isASCIIDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
@inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { isASCIIUpper(b) || isASCIILower(b) }
@inline(__always) func asciiLower(_ b: UInt8) -> UInt8 { isASCIIUpper(b) ? b | 0x20 : b }

/// Classifies the character starting at `i`; returns its class and its length in bytes.
@inline(__always)
func classify(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (ByteClass, Int) {
    let b = p[i]
    if b < 0x80 {
        switch b {
        case 10, 13: return (.newline, 1)
        case 32, 9, 11, 12: return (.space, 1)
        case 34: return (.ambiguousQuote, 1)
        case 39: return (.apostrophe, 1)
        case 45: return (.hyphen, 1)
        default:
            if isASCIIUpper(b) { return (.upper, 1) }
            if isASCIILower(b) { return (.letter, 1) }
            if isASCIIDigit(b) { return (.digit, 1) }
            return (.punct, 1)
        }
    }
    let n = i + 1 < p.count ? p[i + 1] : 0
    // (a 0xC2 ending the buffer, possible only on bytes not yet validated, falls through to a one-byte letter)
    if b == 0xC2 && i + 1 < p.count {
        if n == 0xA0 { return (.space, 2) }
        if n == 0xAB { return (.openQuote, 2) }
        if n == 0xBB { return (.closeQuote, 2) }
        if n < 0xC0 { return (.punct, 2) }  // Latin-1 punctuation and symbols
    }
    if b == 0xE2 && n == 0x80 && i + 2 < p.count {
        switch p[i + 2] {
        case 0x9C, 0x9E: return (.openQuote, 3)
        case 0x9D: return (.closeQuote, 3)
        case 0x98: return (.openQuote, 3)
        case 0x99: return (.apostrophe, 3)
        case 0x90, 0x91: return (.hyphen, 3)
        case 0x92, 0x93, 0x94, 0x95: return (.dash, 3)
        case 0x80...0x8F, 0xAF: return (.space, 3)
        case 0xA8, 0xA9: return (.newline, 3)
        default: return (.punct, 3)
        }
    }
    if b == 0xE3 && n == 0x80 && i + 2 < p.count && p[i + 2] == 0x80 { return (.space, 3) }
    // Other non-ASCII: a letter. Upper case is detected for Latin-1 and Cyrillic capitals.
    var len = 1
    if b >= 0xF0 { len = 4 } else if b >= 0xE0 { len = 3 } else if b >= 0xC0 { len = 2 }
    len = min(len, p.count - i)
    if b == 0xC3 && n >= 0x80 && n <= 0x9E && n != 0x97 { return (.upper, len) }
    if b == 0xD0 && n >= 0x90 && n <= 0xAF { return (.upper, len) }
    if b == 0xD0 && n >= 0x80 && n <= 0x8F { return (.upper, len) }
    return (.letter, len)
}

/// FNV-1a over case-folded bytes: the key every token and gazetteer phrase is matched by.
struct TokenHasher {
    private(set) var value: UInt64 = 0xcbf29ce484222325
    @inline(__always) mutating func add(_ b: UInt8) {
        value ^= UInt64(asciiLower(b))
        value &*= 0x100000001b3
    }
    /// `add` of a byte already folded (no capital letter): the fold is not tested again.
    @inline(__always) mutating func addFolded(_ b: UInt8) {
        value ^= UInt64(b)
        value &*= 0x100000001b3
    }
}

/// True when the strings have the same UTF-8 bytes: what a table keyed by a hash of the bytes compares once
/// the hash matches (`==` also takes a canonically equivalent spelling, normalizing to find it).
@inline(__always)
func utf8Equal(_ a: String, _ b: String) -> Bool {
    // (each string's bytes in place, small ones too; a bridged string has none and is walked)
    let inPlace = a.utf8.withContiguousStorageIfAvailable { pa in
        b.utf8.withContiguousStorageIfAvailable { pb in pa.count == pb.count && (pa.isEmpty || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0) }
    }
    return (inPlace ?? nil) ?? a.utf8.elementsEqual(b.utf8)
}

/// True when `needle`'s UTF-8 bytes occur in `haystack`'s: a literal byte search, where Foundation's
/// `String.contains` goes through CFString and UTF-16 (valid UTF-8 cannot match mid-character).
func utf8Contains(_ haystack: String, _ needle: String) -> Bool {
    var h = haystack, n = needle
    return h.withUTF8 { hb in
        n.withUTF8 { nb in
            guard nb.count > 0 else { return true }
            guard nb.count <= hb.count, let hp = hb.baseAddress, let np = nb.baseAddress else { return false }
            // (candidates found with libc's memchr, which reads 32 bytes at a time: claims' merge tests every
            // pair of an article's quotes)
            let last = hb.count - nb.count
            var i = 0
            while i <= last {
                guard let hit = memchr(hp + i, Int32(np.pointee), last - i + 1) else { return false }
                let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - hp
                if memcmp(hp + at, np, nb.count) == 0 { return true }
                i = at + 1
            }
            return false
        }
    }
}

/// A position in JSON bytes: the steps both JSON readers (the article records' scanner and the extraction
/// lines' reader) share.
protocol JSONCursor {
    var p: UnsafeBufferPointer<UInt8> { get }
    var i: Int { get set }
}

extension JSONCursor {
    mutating func skipSpace() {
        while i < p.count, p[i] == 32 || p[i] == 10 || p[i] == 13 || p[i] == 9 { i += 1 }
    }

    /// `word` (`true`, `false`, `null`) at `i`, consumed; false, with nothing consumed, when it is not there.
    mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= p.count else { return false }
        for k in 0..<n where p[i + k] != word.utf8Start[k] { return false }
        i += n
        return true
    }

    /// Four hex digits at `i` (after `\u`), consumed.
    mutating func hex4() -> UInt32? {
        guard i + 4 <= p.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let b = p[i + k]
            switch b {
            case 48...57: v = v << 4 | UInt32(b - 48)
            case 97...102: v = v << 4 | UInt32(b - 87)
            case 65...70: v = v << 4 | UInt32(b - 55)
            default: return nil
            }
        }
        i += 4
        return v
    }
}

/// Where the run of bytes from `i` that a JSON string holds as they are ends: at the first quote, backslash
/// or control character (or DEL, with `orDEL`: the extraction lines escape it), eight bytes at a time.
func jsonPlainRun(_ p: UnsafeBufferPointer<UInt8>, from i: Int, orDEL: Bool = false) -> Int {
    var e = i
    if let base = p.baseAddress {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while e + 8 <= p.count {
            let w = UnsafeRawPointer(base + e).loadUnaligned(as: UInt64.self)
            let q = w ^ (ones &* 34), bs = w ^ (ones &* 92), del = w ^ (ones &* 127)
            var found = ((q &- ones) & ~q) | ((bs &- ones) & ~bs) | ((w &- ones &* 0x20) & ~w)
            if orDEL { found |= (del &- ones) & ~del }
            if found & highs != 0 { break }
            e += 8
        }
    }
    while e < p.count {
        let b = p[e]
        if b == 34 || b == 92 || b < 0x20 || (orDEL && b == 127) { break }
        e += 1
    }
    return e
}

/// Whether `needle` occurs in `haystack` ignoring case, as `haystack.range(of: needle, options:
/// .caseInsensitive) != nil` says: on the bytes, with ASCII capitals folded, when both are plain ASCII
/// (`isPlainASCII`: a Character is a byte, and folding changes only A–Z); Foundation's search, through
/// NSString and UTF-16 at some twenty thousand instructions a call, for any other text.
func containsIgnoringCase(_ haystack: String, _ needle: String) -> Bool {
    guard !needle.isEmpty, isPlainASCII(haystack), isPlainASCII(needle) else {
        return haystack.range(of: needle, options: .caseInsensitive) != nil
    }
    return asciiContainsIgnoringCase(haystack, needle)
}

/// Whether ASCII `needle` (not empty) occurs in ASCII `haystack` with capitals folded on both sides: the byte
/// loop of `containsIgnoringCase` and `Lexicon.lowercasedContains`.
func asciiContainsIgnoringCase(_ haystack: String, _ needle: String) -> Bool {
    var h = haystack, n = needle
    return h.withUTF8 { hb in
        n.withUTF8 { nb in
            guard nb.count <= hb.count else { return false }
            let first = asciiLower(nb[0])
            for i in 0...(hb.count - nb.count) where asciiLower(hb[i]) == first {
                var k = 1
                while k < nb.count && asciiLower(hb[i + k]) == asciiLower(nb[k]) { k += 1 }
                if k == nb.count { return true }
            }
            return false
        }
    }
}

/// Whether every byte of `s` is ASCII and none a carriage return: then each Character is one byte, so
/// splitting, counting, case, order and substring tests on bytes agree with those on Characters.
func isPlainASCII(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { p in
        guard let base = p.baseAddress else { return true }
        // (eight bytes at a time: a high bit, or a byte of `w ^ 0x0D…` that is zero, a carriage return)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= p.count {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), cr = w ^ (ones &* 13)
            if (w | ((cr &- ones) & ~cr)) & highs != 0 { return false }
            i += 8
        }
        while i < p.count {
            if p[i] >= 0x80 || p[i] == 13 { return false }
            i += 1
        }
        return true
    }
}

/// Whether `a`'s UTF-8 bytes sort before `b`'s, as `a.utf8.lexicographicallyPrecedes(b.utf8)` says, by
/// `memcmp` (the generic comparison walked the two views byte by byte through their indices).
func utf8Precedes(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    return a.withUTF8 { pa in
        b.withUTF8 { pb in
            let n = min(pa.count, pb.count)
            let c = n == 0 ? 0 : memcmp(pa.baseAddress!, pb.baseAddress!, n)
            return c != 0 ? c < 0 : pa.count < pb.count
        }
    }
}

/// `!s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty` without the copy: trimming a whole
/// article body through NSString cost a tenth of a run. ASCII is decided on the bytes; anything else
/// goes to Foundation's character set, so the answer is the same.
func hasNonWhitespace(_ s: String) -> Bool {
    for b in s.utf8 {
        if b >= 0x80 {
            return s.unicodeScalars.contains { !CharacterSet.whitespacesAndNewlines.contains($0) }
        }
        if b != 0x20 && !(b >= 0x09 && b <= 0x0D) { return true }
    }
    return false
}

extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies `isAfter`, which must hold for a suffix of the collection
    /// (false, then true): a binary search (`endIndex` when none does).
    func partitionPoint(where isAfter: (Element) -> Bool) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if isAfter(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}

/// How many decimal digits `v` has.
func decimalWidth(_ v: UInt) -> Int {
    var n = 1, t = v
    while t >= 100 { t /= 100; n += 2 }
    return t >= 10 ? n + 1 : n
}

/// Writes the `decimalWidth(v)` digits of `v` so that the last is at `end - 1`, back to front and two at a
/// time from a table of pairs (half the divisions): the one digit writer of ids, offsets and GraphML numbers.
func writeDecimal(_ v: UInt, to base: UnsafeMutablePointer<UInt8>, end: Int) {
    let pairs = decimalPairs.utf8Start
    var v = v, k = end
    while v >= 100 {
        let r = Int(v % 100) * 2
        v /= 100
        k -= 2
        base[k] = pairs[r]
        base[k + 1] = pairs[r + 1]
    }
    if v >= 10 {
        base[k - 2] = pairs[Int(v) * 2]
        base[k - 1] = pairs[Int(v) * 2 + 1]
    } else {
        base[k - 1] = UInt8(ascii: "0") + UInt8(v)
    }
}

private let decimalPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
