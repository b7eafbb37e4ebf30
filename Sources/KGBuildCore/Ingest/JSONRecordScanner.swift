import Foundation

/// Reads one JSON Lines record without JSONSerialization, which built a whole `[String: Any]` tree
/// for every line (a fifth of reading), while a record needs only a few string fields.
///
/// The scanner accepts only plain, strictly valid JSON objects and returns the wanted fields decoded
/// exactly as JSONSerialization decodes them (escapes, surrogate pairs, the last of duplicate keys).
/// Anything it does not handle itself gives nil, and the caller parses the line with JSONSerialization as
/// before: a wanted field that is no string (a number, a boolean, an object), exponents or long numbers,
/// trailing commas, lone surrogates, invalid UTF-8, control characters, deep nesting, byte-order marks.
/// So every line is read (or reported) as JSONSerialization reads it.
struct JSONRecordScanner: JSONCursor {
    /// The field names JSON Lines records are read for, as bytes.
    static let wantedNames = JSONLinesReader.titleKeys + JSONLinesReader.textKeys + JSONLinesReader.dateKeys
        + JSONLinesReader.sourceKeys + JSONLinesReader.urlKeys + JSONLinesReader.idKeys
    static let wanted: [[UInt8]] = wantedNames.map { Array($0.utf8) }
    static let maxDepth = 64

    let p: UnsafeBufferPointer<UInt8>
    var i = 0
    /// The last string read, unescaped (reused across strings).
    var buf: [UInt8] = []

    init(_ p: UnsafeBufferPointer<UInt8>) {
        self.p = p
        buf.reserveCapacity(256)
    }

    /// The wanted fields of one record, by their place in `wantedNames` (nil: absent or null): read into
    /// a fixed array, where a `[String: Any]` hashed each name and boxed each value.
    struct Fields {
        var values = [String?](repeating: nil, count: JSONRecordScanner.wantedNames.count)

        /// The field `name` (one of `wantedNames`), as the dictionary gave it.
        subscript(name: String) -> String? {
            JSONRecordScanner.wantedNames.firstIndex(of: name).flatMap { values[$0] }
        }

        /// The first of `keys` (a run of `wantedNames`, such as `JSONLinesReader.textKeys`) that holds
        /// something but white space, as `JSONLinesReader.string` reads a dictionary.
        func string(_ keys: [String]) -> String? {
            guard let first = keys.first, let at = JSONRecordScanner.runStarts.first(where: { $0.first == first })?.at
            else { return nil }
            for k in at..<(at + keys.count) { if let s = values[k], hasNonWhitespace(s) { return s } }
            return nil
        }
    }

    /// Where each field's run of names starts in `wantedNames`, by its first name (six to look through, where
    /// `wantedNames` has twenty-five).
    static let runStarts: [(first: String, at: Int)] = {
        var out: [(first: String, at: Int)] = []
        var at = 0
        for run in [JSONLinesReader.titleKeys, JSONLinesReader.textKeys, JSONLinesReader.dateKeys,
                    JSONLinesReader.sourceKeys, JSONLinesReader.urlKeys, JSONLinesReader.idKeys] {
            out.append((run[0], at))
            at += run.count
        }
        return out
    }()

    /// The wanted fields of the object on this line (string values only; null removes a field), or nil
    /// when JSONSerialization must decide.
    static func fields(_ p: UnsafeBufferPointer<UInt8>) -> Fields? {
        var s = JSONRecordScanner(p)
        return s.object()
    }

    mutating func object() -> Fields? {
        var out = Fields()
        skipSpace()
        guard i < p.count, p[i] == 123 else { return nil }  // {
        i += 1
        skipSpace()
        if i < p.count, p[i] == 125 {  // {}
            i += 1
        } else {
            while true {
                guard i < p.count, p[i] == 34, string() else { return nil }
                let key = Self.wanted.firstIndex(where: { $0.elementsEqual(buf) })
                if key == nil, !validUTF8() { return nil }
                skipSpace()
                guard i < p.count, p[i] == 58 else { return nil }  // :
                i += 1
                skipSpace()
                guard i < p.count else { return nil }
                if let key {
                    if p[i] == 34 {
                        guard string(), let v = String(validating: buf, as: UTF8.self) else { return nil }
                        out.values[key] = v
                    } else if literal("null") {
                        out.values[key] = nil
                    } else {
                        return nil  // numbers and the rest: as JSONSerialization converts them
                    }
                } else if !skipValue(depth: 1) {
                    return nil
                }
                skipSpace()
                guard i < p.count else { return nil }
                if p[i] == 44 {  // ,
                    i += 1
                    skipSpace()
                    continue
                }
                guard p[i] == 125 else { return nil }  // }
                i += 1
                break
            }
        }
        skipSpace()
        return i == p.count ? out : nil
    }

    func validUTF8() -> Bool {
        // (ASCII, the common case, needs no decoding)
        if !buf.contains(where: { $0 >= 0x80 }) { return true }
        return String(validating: buf, as: UTF8.self) != nil
    }

    /// Skips a value that is not wanted, checking it as strictly as JSONSerialization would.
    mutating func skipValue(depth: Int) -> Bool {
        guard i < p.count, depth <= Self.maxDepth else { return false }
        switch p[i] {
        case 34:
            return string() && validUTF8()
        case 123, 91:  // { [
            let isObject = p[i] == 123
            let close: UInt8 = isObject ? 125 : 93
            i += 1
            skipSpace()
            if i < p.count, p[i] == close { i += 1; return true }
            while true {
                if isObject {
                    guard i < p.count, p[i] == 34, string(), validUTF8() else { return false }
                    skipSpace()
                    guard i < p.count, p[i] == 58 else { return false }
                    i += 1
                    skipSpace()
                }
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                guard i < p.count else { return false }
                if p[i] == 44 {
                    i += 1
                    skipSpace()
                    // a trailing comma (which JSONSerialization accepts) is left to it
                    guard i < p.count, p[i] != close else { return false }
                    continue
                }
                guard p[i] == close else { return false }
                i += 1
                return true
            }
        case 116: return literal("true")
        case 102: return literal("false")
        case 110: return literal("null")
        default:
            return number()
        }
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?` with at most 15 digits; exponents and longer numbers (which
    /// JSONSerialization may refuse as not representable) are left to it.
    mutating func number() -> Bool {
        if i < p.count, p[i] == 45 { i += 1 }
        var digits = 0
        guard i < p.count, p[i] >= 48, p[i] <= 57 else { return false }
        if p[i] == 48 {
            i += 1
            digits = 1
            if i < p.count, p[i] >= 48, p[i] <= 57 { return false }
        } else {
            while i < p.count, p[i] >= 48, p[i] <= 57 { i += 1; digits += 1 }
        }
        if i < p.count, p[i] == 46 {
            i += 1
            var frac = 0
            while i < p.count, p[i] >= 48, p[i] <= 57 { i += 1; frac += 1 }
            guard frac > 0 else { return false }
            digits += frac
        }
        if i < p.count, p[i] == 101 || p[i] == 69 { return false }
        return digits <= 15
    }

    /// Reads the string at `p[i]` (a quote) into `buf`, escapes decoded; false for anything unusual.
    mutating func string() -> Bool {
        i += 1
        buf.removeAll(keepingCapacity: true)
        while i < p.count {
            let b = p[i]
            if b == 34 { i += 1; return !hasByteOrderMark() }
            if b < 0x20 { return false }
            if b != 92 {
                // a run of plain bytes at once
                let e = jsonPlainRun(p, from: i + 1)
                buf.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<e]))
                i = e
                continue
            }
            guard i + 1 < p.count else { return false }
            let c = p[i + 1]
            i += 2
            switch c {
            case 34, 92, 47: buf.append(c)
            case 98: buf.append(8)
            case 102: buf.append(12)
            case 110: buf.append(10)
            case 114: buf.append(13)
            case 116: buf.append(9)
            case 117:
                guard var u = hex4() else { return false }
                if u >= 0xDC00 && u < 0xE000 { return false }
                if u >= 0xD800 && u < 0xDC00 {
                    guard i + 1 < p.count, p[i] == 92, p[i + 1] == 117 else { return false }
                    i += 2
                    guard let lo = hex4(), lo >= 0xDC00, lo < 0xE000 else { return false }
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(u) else { return false }
                buf.append(contentsOf: UTF8.encode(scalar)!)
            default:
                return false
            }
        }
        return false
    }

    /// JSONSerialization drops a byte-order mark (U+FEFF) in strings: such strings are left to it.
    /// (`memchr` jumps from one 0xEF to the next: whole article bodies pass through here.)
    func hasByteOrderMark() -> Bool {
        buf.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            var k = 0
            while k + 2 < b.count, let hit = memchr(base + k, 0xEF, b.count - k - 2) {
                k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if b[k + 1] == 0xBB, b[k + 2] == 0xBF { return true }
                k += 1
            }
            return false
        }
    }
}
