/// A trie over token keys: finds the longest known phrase starting at a token, in one pass.
///
/// Flat storage, read at every token by the finders and extractors: all edges in one open-addressed
/// table keyed by (parent node, token key), the payloads of a node in a chain of indexes. A lookup
/// touches no per-node array (no retain or release), and dropping the trie frees a handful of arrays
/// instead of one table per node. Most tokens start no phrase: a bitmap of the first keys answers that
/// before any probe, so callers need no first-key sets of their own.
public struct PhraseTrie<Payload: Sendable>: Sendable {
    /// One edge; `child == 0` marks a free slot (the root, node 0, is nobody's child).
    struct Edge: Sendable {
        var key: UInt64 = 0
        var parent: Int32 = 0
        var child: Int32 = 0
    }
    private var edges = [Edge](repeating: Edge(), count: 8)
    /// `edges.count - 1` and `64 - log2(edges.count)`.
    private var edgeMask = 7
    private var edgeShift: UInt64 = 61
    private var nodeCount = 1
    /// Per node: its first and last payload (-1: none); per payload: the next one of the same node.
    /// Payloads of a node come in insertion order.
    private var firstPayload: [Int32] = [-1]
    private var lastPayload: [Int32] = [-1]
    private var nextPayload: [Int32] = []
    public private(set) var payloads: [Payload] = []
    /// One bit per hashed first key (a phrase's first token): a clear bit means no phrase starts there.
    private var startBits = [UInt64](repeating: 0, count: 1)
    private var startShift: UInt64 = 58
    private var startCount = 0

    public init() {}

    public var isEmpty: Bool { payloads.isEmpty }

    /// Room for about `phrases` phrases without regrowing the arrays.
    public mutating func reserveCapacity(_ phrases: Int) {
        firstPayload.reserveCapacity(phrases)
        lastPayload.reserveCapacity(phrases)
        nextPayload.reserveCapacity(phrases)
        payloads.reserveCapacity(phrases)
        var size = edges.count
        while size < phrases * 2 { size *= 2 }
        if size > edges.count { resizeEdges(size) }
    }

    @inline(__always) private static func mix(_ key: UInt64, _ parent: Int32) -> UInt64 {
        (key ^ (UInt64(UInt32(bitPattern: parent)) &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The child of `node` under `key`, or 0.
    @inline(__always) private func child(_ node: Int32, _ key: UInt64) -> Int32 {
        edges.withUnsafeBufferPointer { e in
            var i = Int(truncatingIfNeeded: Self.mix(key, node) >> edgeShift)
            while true {
                let s = e[i]
                if s.child == 0 { return 0 }
                if s.key == key && s.parent == node { return s.child }
                i = (i + 1) & edgeMask
            }
        }
    }

    /// The first token key of every phrase (once each, in no particular order).
    var firstKeys: [UInt64] { edges.filter { $0.child != 0 && $0.parent == 0 }.map(\.key) }

    /// Whether some phrase may start with `key` (no false negatives): callers test it to pass over a
    /// token at once.
    @inline(__always) func mayStart(_ key: UInt64) -> Bool {
        let h = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> startShift)
        return startBits.withUnsafeBufferPointer { $0[h >> 6] & (1 << UInt64(h & 63)) != 0 }
    }

    /// Adds a phrase (its token keys: any collection, so a caller's lazy map needs no array of its own).
    public mutating func insert<Keys: Collection<UInt64>>(_ keys: Keys, _ payload: Payload) {
        guard let first = keys.first else { return }
        var n: Int32 = 0
        for k in keys {
            let c = child(n, k)
            if c != 0 { n = c; continue }
            if n == 0 { addStart(first) }
            let id = Int32(nodeCount)
            nodeCount += 1
            firstPayload.append(-1)
            lastPayload.append(-1)
            if (nodeCount - 1) * 2 > edges.count { resizeEdges(edges.count * 2) }
            place(Edge(key: k, parent: n, child: id))
            n = id
        }
        let p = Int32(payloads.count)
        payloads.append(payload)
        nextPayload.append(-1)
        let node = Int(n)
        if lastPayload[node] < 0 { firstPayload[node] = p } else { nextPayload[Int(lastPayload[node])] = p }
        lastPayload[node] = p
    }

    private mutating func place(_ edge: Edge) {
        var i = Int(truncatingIfNeeded: Self.mix(edge.key, edge.parent) >> edgeShift)
        while edges[i].child != 0 { i = (i + 1) & edgeMask }
        edges[i] = edge
    }

    /// Rehashes the edges into a table of `size` slots (a power of two).
    private mutating func resizeEdges(_ size: Int) {
        let old = edges
        edges = [Edge](repeating: Edge(), count: size)
        edgeMask = size - 1
        edgeShift = UInt64(64 - size.trailingZeroBitCount)
        for e in old where e.child != 0 { place(e) }
    }

    /// Sets the start bit of `key`, with about 16 bits per first key (one false "may start" in 16).
    private mutating func addStart(_ key: UInt64) {
        startCount += 1
        if startCount * 16 > startBits.count * 64 {
            // rebuilt from the root's edges (the new key is not among them yet)
            startBits = [UInt64](repeating: 0, count: startBits.count * 2)
            startShift -= 1
            for e in edges where e.child != 0 && e.parent == 0 { setStartBit(e.key) }
        }
        setStartBit(key)
    }

    private mutating func setStartBit(_ key: UInt64) {
        let h = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> startShift)
        startBits[h >> 6] |= 1 << UInt64(h & 63)
    }

    /// Walks the phrases at `start`, shortest first, calling `visit(length, payload index)` for each
    /// payload of each phrase in insertion order; `visit` returns false to skip the rest of that node.
    @inline(__always)
    private func walk(_ tokens: ArraySlice<Token>, from start: Int, _ visit: (Int, Int) -> Bool) {
        guard start < tokens.endIndex, mayStart(tokens[start].key) else { return }
        var n: Int32 = 0
        var i = start
        while i < tokens.endIndex {
            let c = child(n, tokens[i].key)
            if c == 0 {
                // a quote inside a phrase is passed over ('expressed "grave concern" over', 'launched a "special
                // military operation"'): writers quote part of a set phrase, and the phrase still reads through the
                // marks (unless the phrase has the mark itself: "Workers' Party")
                if i > start, tokens[i].isQuote { i += 1; continue }
                return
            }
            n = c
            i += 1
            var p = firstPayload[Int(n)]
            while p >= 0 {
                if !visit(i - start, Int(p)) { break }
                p = nextPayload[Int(p)]
            }
        }
    }

    /// Every phrase starting at `start`, longest first: (token count, payload indexes).
    public func matches(_ tokens: ArraySlice<Token>, from start: Int, accept: (Int, Payload) -> Bool = { _, _ in true }) -> [(length: Int, payload: Payload)] {
        // most tokens start no phrase: no walk, no array
        guard start < tokens.endIndex, mayStart(tokens[start].key) else { return [] }
        var out: [(length: Int, payload: Payload)] = []
        walk(tokens, from: start) { len, p in
            if accept(len, payloads[p]) { out.append((len, payloads[p])) }
            return true
        }
        out.reverse()
        return out
    }

    /// `matches` into `out` (emptied first, its storage kept): a caller asking at many tokens reuses one
    /// array rather than getting a new one for each.
    public func matches(_ tokens: ArraySlice<Token>, from start: Int, into out: inout [(length: Int, payload: Payload)]) {
        out.removeAll(keepingCapacity: true)
        guard start < tokens.endIndex, mayStart(tokens[start].key) else { return }
        walk(tokens, from: start) { len, p in
            out.append((len, payloads[p]))
            return true
        }
        out.reverse()
    }

    /// The longest phrase at `start` whose payload passes `accept`.
    public func longest(_ tokens: ArraySlice<Token>, from start: Int, accept: (Int, Payload) -> Bool = { _, _ in true }) -> (length: Int, payload: Payload)? {
        var best: (len: Int, p: Int) = (0, -1)
        walk(tokens, from: start) { len, p in
            if accept(len, payloads[p]) { best = (len, p); return false }
            return true
        }
        return best.p < 0 ? nil : (best.len, payloads[best.p])
    }
}

extension PhraseTrie where Payload == Bool {
    /// Whether a term starts at some token of `tokens`: a sentence's test for a context lexicon. A longer phrase
    /// stored as `false`, an exception, stands over the terms inside it ("a training camp" is a place, not the
    /// "training" that makes a strike a drill).
    public func occurs(in tokens: ArraySlice<Token>) -> Bool {
        var i = tokens.startIndex
        while i < tokens.endIndex {
            if let m = longest(tokens, from: i) {
                if m.payload { return true }
                i += m.length
                continue
            }
            i += 1
        }
        return false
    }
}
