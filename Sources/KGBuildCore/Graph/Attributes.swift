/// The attributes of one node or edge: a dozen short names at most, so a small array in the order
/// they were set, not a hash table. A big graph has millions of these; a `Dictionary` each cost a
/// hashed insert per name to build and more memory, and every exporter sorts the names anyway.
///
/// Reads like a dictionary (literal, subscript, `(key, value)` iteration) and compares as one does:
/// the order of the names is not part of the value, so no output may depend on it.
public struct Attributes: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: AttributeValue)

    private var entries: [(String, AttributeValue)]

    public init() { entries = [] }

    /// The names of a literal are distinct, as in a `Dictionary` literal.
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        entries = elements
        assert(Set(elements.map(\.0)).count == elements.count, "duplicate attribute name in a literal")
    }

    /// An empty map with room for `capacity` names, filled with `add(distinct:)`: a graph keeps its nodes'
    /// maps to the end, and one that grew past a literal's exact size held twice the room it needs.
    init(capacity: Int) {
        entries = []
        entries.reserveCapacity(capacity)
    }

    public init(_ dictionary: [String: AttributeValue]) {
        entries = dictionary.map { ($0.key, $0.value) }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.0) }

    // The names are few and short (inline strings, compared as raw bits): a walk beats hashing.
    public subscript(_ name: String) -> AttributeValue? {
        get {
            for e in entries where e.0 == name { return e.1 }
            return nil
        }
        set {
            if let i = entries.firstIndex(where: { $0.0 == name }) {
                if let v = newValue { entries[i].1 = v } else { entries.remove(at: i) }
            } else if let v = newValue {
                entries.append((name, v))
            }
        }
    }

    /// Sets a name the map does not have yet (checked in debug builds), without searching for it.
    mutating func add(distinct name: String, _ value: AttributeValue) {
        assert(self[name] == nil, "attribute \(name) set twice")
        entries.append((name, value))
    }

    @discardableResult
    public mutating func removeValue(forKey name: String) -> AttributeValue? {
        let old = self[name]
        self[name] = nil
        return old
    }

    public struct Iterator: IteratorProtocol {
        fileprivate var base: IndexingIterator<[(String, AttributeValue)]>

        public mutating func next() -> Element? {
            guard let (k, v) = base.next() else { return nil }
            return (k, v)
        }
    }

    /// The entries in the order they were set, read in place: an exporter reads every value of a big
    /// graph, and iterating copied each name and value out (a retain and a release each).
    func withEntries<R>(_ body: (UnsafeBufferPointer<(String, AttributeValue)>) throws -> R) rethrows -> R {
        try entries.withUnsafeBufferPointer(body)
    }

    /// The address of the entries' storage: maps that share one (edges alike, see `GraphAccumulator.finish`)
    /// have the same, and an exporter works such a map out once (`AttributesMemo`). Distinct storages that
    /// are alive at once have distinct addresses; empty maps may share one, as they share their content.
    var identity: UInt {
        entries.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }

    public func makeIterator() -> Iterator { Iterator(base: entries.makeIterator()) }
    public var underestimatedCount: Int { entries.count }

    /// As a `Dictionary`, for callers that want one.
    public var dictionary: [String: AttributeValue] {
        Dictionary(entries, uniquingKeysWith: { _, b in b })
    }

    public static func == (a: Attributes, b: Attributes) -> Bool {
        guard a.count == b.count else { return false }
        for (k, v) in a.entries where b[k] != v { return false }
        return true
    }

    /// A sum over the entries: equal maps hash alike whatever the order of their names.
    public func hash(into hasher: inout Hasher) {
        var sum = 0
        for (k, v) in entries {
            var h = Hasher()
            h.combine(k)
            h.combine(v)
            sum &+= h.finalize()
        }
        hasher.combine(sum)
    }
}

/// What an exporter worked out from an attribute map, kept by the map's `identity`: a graph's edges alike share
/// one map, and writing or weighing it once instead of at every edge saved most of an edge's cost. A small
/// direct-mapped table (a value may be evicted and worked out again): valid only while the maps it saw
/// are alive and unchanged, as they are while one graph is exported.
struct AttributesMemo<Value> {
    private var slots: [(identity: UInt, value: Value)?]

    /// `slots` a power of two: more than the distinct maps a chunk of edges usually has (roles × weights).
    init(slots: Int = 64) {
        self.slots = .init(repeating: nil, count: slots)
    }

    @inline(__always)
    private func slot(_ identity: UInt) -> Int {
        Int(truncatingIfNeeded: (UInt64(identity) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slots.count - 1)
    }

    subscript(_ attributes: Attributes) -> Value? {
        get {
            let id = attributes.identity
            guard let known = slots[slot(id)], known.identity == id else { return nil }
            return known.value
        }
        set {
            let id = attributes.identity
            slots[slot(id)] = newValue.map { (id, $0) }
        }
    }
}
