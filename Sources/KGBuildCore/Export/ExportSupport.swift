/// Helpers shared by the exporters: text cleaning, safe identifiers and the node/edge layout every
/// writer walks. Everything here is deterministic: no hashing of Swift `Hasher`, no locale.

/// An error from an exporter; `description` names the format and what went wrong.
public struct GraphExportError: Error, CustomStringConvertible, Sendable, Equatable {
    public var format: String
    public var message: String

    public init(format: String, message: String) {
        self.format = format
        self.message = message
    }

    public var description: String { "\(format) export failed: \(message)" }
}

enum ExportText {
    /// True for scalars no exported text may contain: C0 controls except tab/LF/CR, DEL, C1
    /// controls (legal in XML 1.0 but "discouraged" and never meaningful in news text: they come
    /// from mis-decoded Windows-1252), and the non-characters U+FFFE / U+FFFF (illegal in XML).
    @inline(__always)
    static func isForbidden(_ v: UInt32) -> Bool {
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        if v >= 0x7F && v <= 0x9F { return true }
        return v == 0xFFFE || v == 0xFFFF
    }

    /// Removes forbidden characters and normalises CR LF / lone CR to LF (XML parsers normalise a
    /// raw CR anyway, CDATA cannot carry one, and DOT has no use for it).
    /// Swift strings are always valid Unicode, so the result is valid UTF-8 by construction.
    static func clean(_ s: String) -> String {
        var copy = s
        if !copy.withUTF8({ TextScan($0).needsClean }) { return s }
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x0D {
                out.append("\n")
                lastWasCR = true
                continue
            }
            if v == 0x0A && lastWasCR { lastWasCR = false; continue }
            lastWasCR = false
            if isForbidden(v) { continue }
            out.append(u)
        }
        return String(out)
    }

    /// What the writers need to know of a text, in one pass over its bytes.
    struct TextScan {
        /// `clean` would change it.
        var needsClean = false
        /// It has `&`, `<` or `>` (see `needsCDATA`).
        var hasMarkup = false
        /// It has a visible ASCII character, so it is not blank.
        var hasVisibleASCII = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let n = bytes.count
            let spaces: UInt64 = 0x2020_2020_2020_2020
            var nonSpace: UInt64 = 0   // the bits of plain words that are not spaces
            // Eight bytes at once while they are plain: almost all of a news text. The last few bytes are
            // one more word, overlapping the one before or padded with spaces: a short value (most of them)
            // is then a single test.
            var i = 0
            // (two words a test: one branch and one loop step per sixteen bytes)
            while i + 16 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), v = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                guard (TextScan.flags(w) | TextScan.flags(v)) & 0x8080_8080_8080_8080 == 0 else { break }
                nonSpace |= (w ^ spaces) | (v ^ spaces)
                i += 16
            }
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                guard TextScan.isPlain(w) else { break }
                nonSpace |= w ^ spaces
                i += 8
            }
            if i < n && i + 8 > n {
                var w = spaces
                if n >= 8 {
                    w = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                } else {
                    withUnsafeMutableBytes(of: &w) { $0.copyMemory(from: UnsafeRawBufferPointer(start: raw, count: n)) }
                }
                if TextScan.isPlain(w) {
                    nonSpace |= w ^ spaces
                    i = n
                }
            }
            if nonSpace != 0 { hasVisibleASCII = true }
            if i < n { scan(bytes, from: i) }
        }

        /// The bytes from `start` on (the bytes before it are plain), a word at a time where it is plain.
        private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            let n = bytes.count
            var previous: UInt8 = 0x20
            var i = start
            while i < n {
                // The byte checks below look back only for 0xC2 and 0xBF, never ASCII.
                if i + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if TextScan.isPlain(w) {
                        if w != 0x2020_2020_2020_2020 { hasVisibleASCII = true }
                        previous = 0x20
                        i += 8
                        continue
                    }
                    if previous != 0xC2 && previous != 0xBF, let visible = TextScan.plainWithText(w) {
                        if visible { hasVisibleASCII = true }
                        previous = 0x20
                        i += 8
                        continue
                    }
                }
                // the eight bytes (or the tail) one by one: trying a word at every byte cost twice as much
                let end = min(n, i + 8)
                while i < end {
                    let b = bytes[i]
                    if b < 0x20 {
                        if b != 0x09 && b != 0x0A { needsClean = true }      // CR included
                    } else if b < 0x7F {
                        if b > 0x20 { hasVisibleASCII = true }
                        if b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") { hasMarkup = true }
                    } else if b == 0x7F {
                        needsClean = true
                    } else if previous == 0xC2 && b >= 0x80 && b <= 0x9F {
                        needsClean = true                                    // U+0080..U+009F
                    } else if previous == 0xBF && (b == 0xBE || b == 0xBF) {
                        needsClean = true                                    // possibly EF BF BE/BF
                    }
                    previous = b
                    i += 1
                }
            }
        }

        /// True when all eight bytes are plain ASCII (space to `~`) and none is `&`, `<` or `>`.
        @inline(__always)
        static func isPlain(_ w: UInt64) -> Bool { flags(w) & 0x8080_8080_8080_8080 == 0 }

        /// A word whose bytes' high bits are all clear when the eight bytes are plain (`isPlain`). Each term sets
        /// the high bit of a byte it looks for, so one test of the high bits decides. A byte of 0x80 and above
        /// sets its own (the first term), so no other term needs to mask such bytes out: their results, and any
        /// borrow or carry (which only a byte looked for or one of 0x80 and above starts), can only flag a word
        /// that is not plain anyway. (Twelve operations a word, where masking each term cost seventeen.)
        @inline(__always)
        static func flags(_ w: UInt64) -> UInt64 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            return w                                                            // 0x80 and above
                | (w &- 0x2020_2020_2020_2020)                                  // below 0x20
                | (w &+ ones)                                                   // 0x7F
                | ((w ^ 0x2626_2626_2626_2626) &- ones)                         // &
                | (((w | 0x0202_0202_0202_0202) ^ 0x3E3E_3E3E_3E3E_3E3E) &- ones)  // < or >
        }

        /// For eight bytes that are plain but for some non-ASCII ones (curly quotes and dashes, in news): nil
        /// unless none of the bytes is one the byte checks look at (`isPlain`'s for ASCII ones, 0xC2 or 0xBF,
        /// which may start or end a character `clean` drops), else whether one is visible ASCII. A flag set
        /// wrongly (a borrow from a byte below) only sends the word to the byte checks.
        @inline(__always)
        static func plainWithText(_ w: UInt64) -> Bool? {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v }
            let a = w & 0x7F7F_7F7F_7F7F_7F7F, ascii = ~w & highs
            let found = ((a &- 0x2020_2020_2020_2020) & ~a                     // below 0x20
                         | (a &+ ones)                                         // 0x7F
                         | zeroByte(a ^ 0x2626_2626_2626_2626)                 // &
                         | zeroByte((a | 0x0202_0202_0202_0202) ^ 0x3E3E_3E3E_3E3E_3E3E)) & ascii  // < or >
                | zeroByte(w ^ 0xC2C2_C2C2_C2C2_C2C2) | zeroByte(w ^ 0xBFBF_BFBF_BFBF_BFBF)
            guard found & highs == 0 else { return nil }
            return ((a ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & ascii != 0   // (no carry: bytes below 0x80)
        }
    }

    /// Without leading and trailing whitespace (Foundation-free).
    static func trim(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// True when element text has a markup character, so the writers put it in CDATA sections and
    /// never write an entity reference in text (Gephi drops whitespace between them).
    static func needsCDATA(_ s: String) -> Bool {
        var s = s   // a contiguous buffer: this runs over every text of a big export
        return s.withUTF8 { $0.contains { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") } }
    }

    /// Splits `s` so no part contains "]]>": "a]]>b" → ["a]]", ">b"].
    static func cdataParts(_ s: String) -> [String] {
        var s = s
        var parts: [String] = []
        s.withUTF8 { forEachCDATAPart($0) { parts.append(String(decoding: $0, as: UTF8.self)) } }
        return parts
    }

    /// `cdataParts` on bytes: each part handed to `body` in order, nothing copied.
    static func forEachCDATAPart(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == UInt8(ascii: "]") && bytes[i + 1] == UInt8(ascii: "]") && bytes[i + 2] == UInt8(ascii: ">") {
                body(UnsafeBufferPointer(rebasing: bytes[start..<(i + 2)]))
                start = i + 2
                i += 2
            } else {
                i += 1
            }
        }
        body(UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// True when the string has nothing but whitespace (or nothing at all): the blank check of the readers.
    static func isBlank(_ s: String) -> Bool { !hasNonWhitespace(s) }

    /// Shortens to at most `limit` characters (grapheme clusters, so an emoji is never split),
    /// cutting at a word boundary when one is near and appending "…".
    static func truncate(_ s: String, limit: Int) -> String {
        guard limit > 1, s.count > limit else { return s }
        var prefix = String(s.prefix(limit - 1))
        if let space = prefix.lastIndex(of: " "), prefix.distance(from: prefix.startIndex, to: space) >= limit * 2 / 3 {
            prefix = String(prefix[..<space])
        }
        while let last = prefix.last, last == " " || last == "\n" || last == "\t" { prefix.removeLast() }
        return prefix + "…"
    }

    /// Lexicographic order of the UTF-8 bytes: locale-free and independent of Unicode equivalence.
    static func byteOrder(_ a: String, _ b: String) -> Bool { utf8Precedes(a, b) }

    /// Locale-free decimal with at most `digits` fraction digits, trailing zeros dropped ("1.5", "2").
    static func decimal(_ x: Double, digits: Int = 2) -> String {
        guard x.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        guard scaled < 9e15 else { return String(Int(x.rounded())) }
        let n = Int(scaled)
        let whole = n / Int(scale)
        var frac = n % Int(scale)
        var fracDigits = digits
        while fracDigits > 0 && frac % 10 == 0 && frac != 0 { frac /= 10; fracDigits -= 1 }
        let sign = (x < 0 && n != 0) ? "-" : ""
        if frac == 0 { return sign + String(whole) }
        var f = String(frac)
        while f.count < fracDigits { f = "0" + f }
        return sign + String(whole) + "." + f
    }
}

/// Safe identifiers for formats with a restricted id syntax (GraphML NMTOKEN, DOT ids).
enum ExportID {
    @inline(__always)
    static func isTokenByte(_ b: UInt8, allowColon: Bool) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        case UInt8(ascii: ":"):
            return allowColon
        default:
            return false
        }
    }

    static func isToken(_ s: String, allowColon: Bool = true) -> Bool {
        // A loop over the buffer (the UTF-8 view cost four times as much per byte), read in place: the copy
        // `withUTF8` needs (`var s = s`) retained and released the string at every call, for every node of a
        // graph, on the threads that check its ids.
        func check(_ b: UnsafeBufferPointer<UInt8>) -> Bool { !b.isEmpty && b.allSatisfy { isTokenByte($0, allowColon: allowColon) } }
        if let inPlace = s.utf8.withContiguousStorageIfAvailable(check) { return inPlace }
        var copy = s
        return copy.withUTF8(check)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// An NMTOKEN (ASCII letters, digits, `.`, `-`, `_`, and `:` when allowed): the id itself when
    /// it already is one, otherwise every other UTF-8 byte written as `_HH`. Deterministic and
    /// independent of the rest of the graph ("actor:Côte d'Ivoire" → "actor:C_C3_B4te_20d_27Ivoire").
    static func token(_ s: String, allowColon: Bool = true) -> String {
        if isToken(s, allowColon: allowColon) { return s }
        if s.isEmpty { return "_" }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        for b in s.utf8 {
            if isTokenByte(b, allowColon: allowColon) {
                out.append(b)
            } else {
                out.append(UInt8(ascii: "_"))
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A readable NMTOKEN for attribute names: runs of other characters become one `_`.
    static func name(_ s: String) -> String {
        var out: [UInt8] = []
        var lastUnderscore = false
        for b in s.utf8 {
            if isTokenByte(b, allowColon: false) {
                out.append(b)
                lastUnderscore = b == UInt8(ascii: "_")
            } else if !lastUnderscore {
                out.append(UInt8(ascii: "_"))
                lastUnderscore = true
            }
        }
        return out.isEmpty ? "_" : String(decoding: out, as: UTF8.self)
    }
}

/// Hands out unique names: a taken name gets "-2", "-3", ... appended. Names are looked up by their
/// FNV hash (`IDTable`): a big graph claims every node id, and SipHash over each was a serial cost.
struct ExportNamer {
    private var used = IDTable()

    init(reserved: [String] = []) {
        for r in reserved { _ = used.intern(r) }
    }

    /// Claims `name` itself when it is free: true if it was.
    mutating func take(_ name: String) -> Bool { used.intern(name).1 }

    /// `base`, or the first of `base-2`, `base-3`, ... that is free, and not `taken` elsewhere either.
    mutating func claim(_ base: String, avoiding taken: (String) -> Bool = { _ in false }) -> String {
        if !taken(base) && used.intern(base).1 { return base }
        var i = 2
        while true {
            let candidate = base + "-" + String(i)
            if !taken(candidate) && used.intern(candidate).1 { return candidate }
            i += 1
        }
    }
}

/// The graph as the writers walk it: the builder's nodes in order, then one implicit node per
/// edge endpoint that names no node (what NetworkX would create; label = that id), and every node
/// and edge with a unique id that is safe for GraphML and DOT.
struct ExportLayout {
    /// All nodes (graph nodes first, then implicit endpoint nodes) and all edges.
    let graph: KnowledgeGraph
    /// Safe unique node ids, index-aligned with `graph.nodes`.
    let nodeIDs: [String]
    /// Safe unique edge ids, index-aligned with `graph.edges`.
    let edgeIDs: EdgeIDs
    /// True when edge `i`'s id is "e" and the digits of `i` (GraphBuilder's ids): a writer can write the number.
    let ordinalEdgeIDs: Bool
    /// Index into `graph.nodes` of each edge's source and target.
    let sources: EdgeEnds
    let targets: EdgeEnds
    /// Number of implicit endpoint nodes appended.
    let implicitNodeCount: Int

    /// `jobs` threads run the checks over every node and edge.
    init(_ input: KnowledgeGraph, jobs: Int = 1) {
        var nodes = input.nodes
        var ends: [Int32] = []
        let distinct: Bool
        var sorted = false
        if let hint = input.endpointHint, ExportLayout.hintHolds(input, hint, jobs: jobs) {
            // GraphBuilder's graphs: endpoints known (read from the hint itself), ids sorted (so distinct)
            ends = hint
            let all = nodes
            distinct = ParallelChunks.all(count: all.count, jobs: jobs) { range in
                range.allSatisfy { $0 == 0 || all[$0 - 1].id < all[$0].id }
            }
            sorted = distinct
        } else {
            var index: [String: Int] = [:]
            index.reserveCapacity(nodes.count)
            for (i, n) in nodes.enumerated() where index[n.id] == nil { index[n.id] = i }
            ends.reserveCapacity(2 * input.edges.count)
            func resolve(_ id: String) -> Int {
                if let i = index[id] { return i }
                let i = nodes.count
                nodes.append(Node(id: id, attributes: ["label": .string(id)]))
                index[id] = i
                return i
            }
            for e in input.edges {
                ends.append(Int32(resolve(e.source)))
                ends.append(Int32(resolve(e.target)))
            }
            distinct = index.count == nodes.count
        }
        self.graph = nodes.count == input.nodes.count ? input : KnowledgeGraph(nodes: nodes, edges: input.edges)
        self.sources = EdgeEnds(pairs: ends, end: 0)
        self.targets = EdgeEnds(pairs: ends, end: 1)
        self.implicitNodeCount = nodes.count - input.nodes.count
        // Ids that are all distinct NMTOKENs are kept as they are; so are GraphBuilder's edge ids "e0", "e1", ...
        // (each id checked once: a graph with one id that is not a token, and the check of them all, which
        // reads most of them before it meets one, was followed by `assign`'s check of each again)
        let ids = nodes.map(\.id), edges = input.edges
        let escaped = ExportLayout.escapes(ids, jobs: jobs)
        if distinct && !escaped.contains(where: { $0 != nil }) {
            self.nodeIDs = ids
        } else {
            self.nodeIDs = ExportLayout.assign(ids, escaped: escaped, sorted: sorted)
        }
        ordinalEdgeIDs = ParallelChunks.all(count: edges.count, jobs: jobs) { range in range.allSatisfy { ExportLayout.isOrdinalID(edges[$0].id, $0) } }
        if ordinalEdgeIDs {
            self.edgeIDs = EdgeIDs(edges: edges, assigned: nil)
        } else {
            self.edgeIDs = EdgeIDs(edges: edges, assigned: ExportLayout.assign(input.edges.enumerated().map { i, e in e.id.isEmpty ? "e" + String(i) : e.id }, jobs: jobs))
        }
    }

    /// One end of every edge, as node indexes, read from (source, target) pairs of 32-bit indexes: for a
    /// builder's graph its endpoint hint itself, so the layout of a big graph holds no array per edge end.
    struct EdgeEnds: RandomAccessCollection {
        let pairs: [Int32]
        /// 0: the sources, 1: the targets.
        let end: Int
        var startIndex: Int { 0 }
        var endIndex: Int { pairs.count / 2 }
        subscript(i: Int) -> Int { Int(pairs[2 * i + end]) }
    }

    /// The edges' ids: their own when they are the ordinal ones (no array of them kept), else those assigned.
    struct EdgeIDs: RandomAccessCollection {
        let edges: [Edge]
        let assigned: [String]?
        var startIndex: Int { 0 }
        var endIndex: Int { edges.count }
        subscript(i: Int) -> String { assigned?[i] ?? edges[i].id }
    }

    /// True when the hint names, for every edge, nodes whose ids are the edge's ends.
    static func hintHolds(_ g: KnowledgeGraph, _ hint: [Int32], jobs: Int = 1) -> Bool {
        guard hint.count == 2 * g.edges.count else { return false }
        return ParallelChunks.all(count: g.edges.count, jobs: jobs) { range in
            for i in range {
                let e = g.edges[i]
                let s = Int(hint[2 * i]), t = Int(hint[2 * i + 1])
                guard s >= 0, s < g.nodes.count, t >= 0, t < g.nodes.count,
                      g.nodes[s].id == e.source, g.nodes[t].id == e.target else { return false }
            }
            return true
        }
    }

    /// True when `id` is "e" followed by the decimal digits of `n` (no leading zeros).
    static func isOrdinalID(_ id: String, _ n: Int) -> Bool {
        // read in place: a copy of the string cost a retain and a release per edge (a string without
        // contiguous bytes, never seen on Linux, takes the general path, which keeps such an id as well)
        id.utf8.withContiguousStorageIfAvailable { b in
            guard b.count >= 2, b[0] == UInt8(ascii: "e"), b[1] != UInt8(ascii: "0") || b.count == 2 else { return false }
            var v = 0
            for d in b.dropFirst() {
                guard d >= UInt8(ascii: "0") && d <= UInt8(ascii: "9"), v < Int.max / 10 - 10 else { return false }
                v = v * 10 + Int(d - UInt8(ascii: "0"))
            }
            return v == n
        } ?? false
    }

    /// Ids that are already safe keep their text (first come, first served); the others get the
    /// deterministic escape of `ExportID.token`, with a suffix only on a collision. Ids `sorted` in
    /// increasing order (so distinct, as GraphBuilder's are) all keep their text if safe: an escape is
    /// then looked up among them by bisection, and only the escaped ids are interned, not every id.
    static func assign(_ ids: [String], sorted: Bool = false, jobs: Int = 1) -> [String] {
        assign(ids, escaped: escapes(ids, jobs: jobs), sorted: sorted)
    }

    /// `ExportID.token` of each id, nil for those that are tokens already, worked out on `jobs` threads.
    static func escapes(_ ids: [String], jobs: Int) -> [String?] {
        ParallelChunks.each(ids.count, jobs: jobs) { i -> String? in ExportID.isToken(ids[i]) ? nil : ExportID.token(ids[i]) }
    }

    /// `assign` with the ids' `escapes` (names are claimed in order).
    static func assign(_ ids: [String], escaped: [String?], sorted: Bool) -> [String] {
        var namer = ExportNamer()
        if sorted {
            // an escape or a suffixed one is a token, so it is taken exactly when it is one of the ids
            return ids.indices.map { i in
                escaped[i].map { namer.claim($0, avoiding: { ExportLayout.contains(ids, $0) }) } ?? ids[i]
            }
        }
        var result = [String?](repeating: nil, count: ids.count)
        for (i, id) in ids.enumerated() where escaped[i] == nil && namer.take(id) {
            result[i] = id
        }
        for i in ids.indices where result[i] == nil {
            result[i] = namer.claim(escaped[i] ?? ids[i])
        }
        return result.map { $0! }
    }

    /// True when `ids`, in increasing order, hold `s`.
    private static func contains(_ ids: [String], _ s: String) -> Bool {
        let low = ids.partitionPoint { $0 >= s }
        return low < ids.count && ids[low] == s
    }
}
