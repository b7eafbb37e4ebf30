import Foundation

/// Reads plain-text files that hold one or several articles.
///
/// A new article starts at the top of the file, at a headline printed twice (wire dumps repeat it, with
/// typographic differences), or at a headline-like line followed closely by a dateline. Sub-headings inside
/// an article are neither, so they stay in the body. Page furniture ("Material has 1 page") and date lines
/// are blanked with spaces so that byte offsets remain those of the file.
public struct TextArticleReader: Sendable {
    public var isPlace: @Sendable (String) -> Bool

    public init(isPlace: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.isPlace = isPlace
    }

    struct Line {
        var start: Int
        var end: Int
        var key: String  // folded, for comparing repeated headlines
        var blank: Bool
    }

    public func read(text: String, path: String) -> [Article] {
        let bytes = Array(text.utf8)
        let lines = Self.lines(bytes)
        let content = lines.indices.filter { !lines[$0].blank }
        guard let firstLine = content.first else { return [] }

        // article starts: index into `lines` of the headline, and of its repeat if any
        var starts: [(title: Int, repeatOf: Int?)] = []
        var pos = 0
        while pos < content.count {
            let li = content[pos]
            let isFirst = li == firstLine
            let next = pos + 1 < content.count ? content[pos + 1] : nil
            if isFirst {
                let rep = next.flatMap { lines[$0].key == lines[li].key ? $0 : nil }
                starts.append((li, rep))
                pos += rep == nil ? 1 : 2
                continue
            }
            if Self.isHeadlineLike(bytes, lines[li]) {
                if let n = next, lines[n].key == lines[li].key {
                    starts.append((li, n)); pos += 2; continue
                }
                // headline followed by a dateline within the next two content lines
                let ahead = content[(pos + 1)..<min(content.count, pos + 3)]
                if pos > 0, Self.endsParagraph(bytes, lines[content[pos - 1]]),
                   ahead.contains(where: { datelineOf(bytes, lines[$0]) != nil && Self.isDatelineStrong(datelineOf(bytes, lines[$0])!) }) {
                    starts.append((li, nil)); pos += 1; continue
                }
            }
            pos += 1
        }

        var articles: [Article] = []
        for (n, s) in starts.enumerated() {
            let titleLine = lines[s.title]
            // a first line longer than any headline, or one that opens with a dateline and goes on with the
            // lede ("MOSCOW, June 24 (Reuters) - Russia said …"), is body text of an article without one
            let headless = titleLine.end - titleLine.start > Self.maxHeadlineBytes
                || (n == 0 && opensWithDateline(bytes, titleLine))
            let title = headless ? "(untitled)" : Self.clean(String(decoding: bytes[titleLine.start..<titleLine.end], as: UTF8.self))
            let bodyFirstLine = headless ? s.title : (s.repeatOf ?? s.title) + 1
            let bodyEndLine = n + 1 < starts.count ? starts[n + 1].title : lines.count
            guard bodyFirstLine <= bodyEndLine else { continue }
            let bodyStart = bodyFirstLine < lines.count ? lines[bodyFirstLine].start : bytes.count
            let bodyEnd = bodyEndLine < lines.count ? lines[bodyEndLine].start : bytes.count
            var body = Array(bytes[bodyStart..<max(bodyStart, bodyEnd)])
            var date: PartialDate? = nil
            var agency: String? = nil
            var place: String? = nil
            var placeCountry: String? = nil
            var datelinesSeen = 0
            var contentLines = 0
            // a dateline on its own line or under a byline ("ANKARA", "Special Correspondent" over "COLOMBO")
            if let li = (bodyFirstLine..<bodyEndLine).first(where: { !lines[$0].blank }), !Self.isFurniture(bytes, lines[li]),
               datelineOf(bytes, lines[li]) == nil {
                let from = lines[li].start, to = min(bodyEnd, from + 600)
                if to > from, let (d, r) = DatelineParser.parseHead(Array(bytes[from..<to]), from: 0, isPlace: isPlace) {
                    datelinesSeen = 1
                    (date, agency, place, placeCountry) = (d.date, d.agency, d.place, d.country)
                    blank(&body, from - bodyStart + r.lowerBound, from - bodyStart + r.upperBound)
                }
            }
            for li in bodyFirstLine..<bodyEndLine where !lines[li].blank {
                contentLines += 1
                let line = lines[li]
                let lo = line.start - bodyStart, hi = line.end - bodyStart
                if Self.isFurniture(bytes, line) { blank(&body, lo, hi); continue }
                if datelinesSeen < 2, contentLines <= 4, let d = datelineOf(bytes, line) {
                    datelinesSeen += 1
                    if date == nil { date = d.date }
                    if agency == nil { agency = d.agency }
                    if place == nil { place = d.place; placeCountry = d.country }
                    blank(&body, lo, lo + min(d.length, hi - lo))
                    continue
                }
            }
            articles.append(Article(
                id: "\(path)#\(n + 1)", path: path, index: n, title: title,
                body: String(decoding: body, as: UTF8.self), bodyOffset: bodyStart,
                date: date, source: agency, outlet: agency, place: place, placeCountry: placeCountry))
        }
        return articles
    }

    func datelineOf(_ bytes: [UInt8], _ line: Line) -> Dateline? {
        guard line.end - line.start < 4000 else {
            let head = String(decoding: bytes[line.start..<(line.start + 200)], as: UTF8.self)
            return DatelineParser.parse(line: Substring(head), isPlace: isPlace)
        }
        let s = String(decoding: bytes[line.start..<line.end], as: UTF8.self)
        return DatelineParser.parse(line: Substring(s), isPlace: isPlace)
    }

    static func isDatelineStrong(_ d: Dateline) -> Bool { d.agency != nil || d.date != nil }

    /// A dateline with an agency or a date, followed on its line by a sentence of text: a paragraph of body.
    func opensWithDateline(_ bytes: [UInt8], _ line: Line) -> Bool {
        guard let d = datelineOf(bytes, line), Self.isDatelineStrong(d), !d.wholeLine else { return false }
        return line.end - line.start - d.length >= Self.minLedeBytes
    }

    /// Shorter than any sentence of a lede: what may follow a dateline in a headline-like first line.
    static let minLedeBytes = 24

    private func blank(_ body: inout [UInt8], _ lo: Int, _ hi: Int) {
        var i = lo
        while i < hi {
            if body[i] != 10 && body[i] != 13 { body[i] = 32 }
            i += 1
        }
    }

    /// Longer first lines are not headlines (and longer lines are never compared as repeated headlines).
    static let maxHeadlineBytes = 1000

    static func lines(_ bytes: [UInt8]) -> [Line] {
        var out: [Line] = []
        var start = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 10 {
                var end = i
                if end > start, bytes[end - 1] == 13 { end -= 1 }
                if end - start > maxHeadlineBytes {
                    // no folded key for a long line: a unique one, so it never matches another line
                    out.append(Line(start: start, end: end, key: "\u{0}\(start)", blank: false))
                    start = i + 1
                    i += 1
                    continue
                }
                let key = foldKey(bytes[start..<end])
                out.append(Line(start: start, end: end, key: key, blank: key.isEmpty))
                start = i + 1
            }
            i += 1
        }
        if let last = out.last, last.start >= bytes.count { out.removeLast() }
        return out
    }

    /// Lower case, typographic quotes folded, runs of spaces collapsed: "Russia and Egypt   to  launch"
    /// compares equal to "Russia and Egypt to launch", "Russia’s" to "Russia's".
    static func foldKey(_ s: ArraySlice<UInt8>) -> String { s.withUnsafeBufferPointer { foldKey($0) } }

    /// `foldKey` of bytes in place (the claims' merge folds their texts: no array copy of each first).
    static func foldKey(_ p: UnsafeBufferPointer<UInt8>) -> String {
        // (written through a buffer pointer: the key is never longer than the line, and appending byte by
        // byte to an array cost most of the work)
        let out = [UInt8](unsafeUninitializedCapacity: p.count) { o, count in
            var n = 0
            var space = false
            /// A byte of the key, after the one space that stands for a run of them (none at the start).
            @inline(__always) func emit(_ b: UInt8) {
                if space && n > 0 { o[n] = 32; n += 1 }
                space = false
                o[n] = b; n += 1
            }
            var i = 0
            guard let base = p.baseAddress, let ob = o.baseAddress else { count = 0; return }
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            /// The high bit of each byte of `t` that is zero, and of no other.
            @inline(__always) func zeros(_ t: UInt64) -> UInt64 { ~(((t & low7) &+ low7) | t | low7) }
            /// Bytes before this one are read one by one (the eight from an earlier position held one that
            /// is not plain).
            var bytewiseUntil = 0
            while i < p.count {
                // Eight bytes at once when each is plain (0x21...0x7F but `"`, `'` and `-`) or a single space
                // between plain bytes (not the first or last of the eight, which may meet another space): most
                // of a text. They are lowered as `asciiLower` lowers each. (`n` never passes `i`: they fit.)
                if i >= bytewiseUntil && i + 8 <= p.count {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let spaces = zeros(w ^ (ones &* 0x20))
                    // (≥ 0x80, below 0x20, `"`, `'`, `-`, a space first or last or after a space)
                    let odd = (w & highs) | zeros(w & (ones &* 0x60)) | zeros(w ^ (ones &* 0x22)) | zeros(w ^ (ones &* 0x27))
                        | zeros(w ^ (ones &* 0x2D)) | (spaces & (0x80 | 0x80 << 56)) | (spaces & (spaces << 8))
                    if odd == 0 {
                        let upper = (w &+ ones &* 0x3F) & ~(w &+ ones &* 0x25) & highs   // 0x41...0x5A
                        if space && n > 0 { o[n] = 32; n += 1 }
                        space = false
                        UnsafeMutableRawPointer(ob + n).storeBytes(of: w | (upper >> 2), as: UInt64.self)
                        n += 8
                        i += 8
                        continue
                    }
                    bytewiseUntil = i + odd.trailingZeroBitCount / 8 + 1
                }
                // plain ASCII (not white space, a quote, an apostrophe or a hyphen): what `default` below does
                let b = p[i]
                if b < 0x80 && b != 32 && !(b >= 9 && b <= 13) && b != 34 && b != 39 && b != 45 {
                    emit(asciiLower(b))
                    i += 1
                    continue
                }
                let (cls, len) = classify(p, i)
                switch cls {
                case .space, .newline: space = true
                case .apostrophe: emit(39)
                case .openQuote, .closeQuote, .ambiguousQuote: emit(34)
                case .dash, .hyphen: emit(45)
                default: for k in i..<(i + len) { emit(asciiLower(p[k])) }
                }
                i += len
            }
            count = n
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func clean(_ s: String) -> String {
        if isClean(s) { return s }
        if let fast = cleanBytes(s) { return fast }
        return s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// Whether `clean` gives `s` back as it is: no tab or no-break space, no space first or last, no two
    /// spaces together (nearly every headline). Each space then stands alone between two pieces, which either
    /// reading joins again with one space; nothing is copied or decoded.
    static func isClean(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { p in
            guard let first = p.first, let last = p.last else { return true }
            if first == 32 || last == 32 { return false }
            var prev: UInt8 = 0
            for b in p {
                if b == 9 || (b == 32 && prev == 32) || (b == 0xA0 && prev == 0xC2) { return false }
                prev = b
            }
            return true
        }
    }

    /// `clean` on the bytes, where every space, tab and no-break space is a character of its own: its
    /// neighbours are ASCII, no-break spaces or General Punctuation (U+2000–U+203F) other than ZWNJ and ZWJ,
    /// none of which joins a grapheme cluster with it. Otherwise nil (splitting on characters decides).
    static func cleanBytes(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { p -> String? in
            /// Whether the scalar starting at `k` (after a separator) cannot extend the separator's character.
            func safeAfter(_ k: Int) -> Bool {
                if k >= p.count || p[k] < 0x80 { return true }
                if p[k] == 0xC2 { return k + 1 < p.count && p[k + 1] == 0xA0 }
                return p[k] == 0xE2 && k + 2 < p.count && p[k + 1] == 0x80 && p[k + 2] != 0x8C && p[k + 2] != 0x8D
            }
            /// Whether the scalar ending at `k` (before a separator) cannot join the separator (no prepend mark).
            func safeBefore(_ k: Int) -> Bool {
                if k < 0 || p[k] < 0x80 { return true }
                if p[k] == 0xA0, k >= 1, p[k - 1] == 0xC2 { return true }
                return k >= 2 && p[k - 2] == 0xE2 && p[k - 1] == 0x80
            }
            var out: [UInt8] = []
            out.reserveCapacity(p.count)
            var pendingSpace = false
            var i = 0
            while i < p.count {
                let b = p[i]
                let len = b == 32 || b == 9 ? 1 : (b == 0xC2 && i + 1 < p.count && p[i + 1] == 0xA0 ? 2 : 0)
                if len > 0 {
                    guard safeBefore(i - 1), safeAfter(i + len) else { return nil }
                    pendingSpace = !out.isEmpty
                    i += len
                    continue
                }
                if pendingSpace { out.append(32); pendingSpace = false }
                out.append(b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A headline: short, starts with a capital or a quote, does not end like a sentence of body text.
    static func isHeadlineLike(_ bytes: [UInt8], _ line: Line) -> Bool {
        let len = line.end - line.start
        guard len >= 8, len <= 250 else { return false }
        let first = bytes[line.start]
        guard isASCIIUpper(first) || isASCIIDigit(first) || first >= 0x80 || first == 34 else { return false }
        var e = line.end - 1
        while e > line.start, bytes[e] == 32 || bytes[e] == 9 { e -= 1 }
        let last = bytes[e]
        if last == 46 || last == 44 || last == 58 || last == 59 { return false }  // . , : ;
        // quotes closing a sentence ( .” ) are body text
        if e >= line.start + 3, bytes[e] == 0x9D, bytes[e - 3] == 46 { return false }
        return true
    }

    static func endsParagraph(_ bytes: [UInt8], _ line: Line) -> Bool {
        var e = line.end - 1
        while e > line.start, bytes[e] == 32 || bytes[e] == 9 { e -= 1 }
        guard e >= line.start else { return true }
        let last = bytes[e]
        return last == 46 || last == 33 || last == 63 || last == 0x9D || last == 34
    }

    /// Page furniture of web and wire dumps: "Material has 1 page", "Print version", "Share this article".
    static func isFurniture(_ bytes: [UInt8], _ line: Line) -> Bool {
        let key = line.key
        if key.hasPrefix("material has ") && key.hasSuffix("page") || key.hasSuffix("pages") && key.hasPrefix("material has ") { return true }
        return furnitureKeys.contains(key)
    }

    /// Folded lines that are page furniture. Built once: this is checked for every line of every file.
    static let furnitureKeys: Set<String> = ["print version", "print", "share", "share this article", "share this", "tweet",
                                             "email", "advertisement", "read more", "related", "comments", "subscribe",
                                             "click to enlarge", "photo", "video"]
}
