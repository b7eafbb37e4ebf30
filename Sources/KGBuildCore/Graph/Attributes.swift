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
/// table where a map may take any of the four slots from its own (a value may be evicted and worked out
/// again): valid only while the maps it saw are alive and unchanged, as they are while one graph is exported.
/// (With one slot per map, two maps in use throughout the edges often enough fell in one slot, where the
/// allocator happened to put them, and evicted each other at every edge: the GraphML export of the 1 MB bench
/// corpus cost 111 M instructions in some runs and 123 M in others. Any four maps are kept here.)
struct AttributesMemo<Value> {
    /// Per slot: the identity of the map it holds plus one, 0 for a free slot (no storage is at the last
    /// address), and its value. A lookup reads the keys in place, not the values (copying an entry out
    /// retained what its value holds).
    private var slots: [(key: UInt, value: Value?)]
    /// Evictions so far: the victim turns among a full window's slots.
    private var evictions = 0
    /// How many slots from its own a map may take.
    static var ways: Int { 4 }

    /// `slots` a power of two, at least `ways`: more than the distinct maps of a graph's edges usually are
    /// (roles × weights: about 670 on the 1 MB bench corpus, where 64 slots missed at one edge in fifty).
    init(slots: Int = 1024) {
        precondition(slots >= Self.ways && slots & (slots - 1) == 0)
        self.slots = .init(repeating: (0, nil), count: slots)
    }

    /// Where the window of a map's slots starts, before the table's mask.
    @inline(__always)
    private static func home(_ identity: UInt) -> Int {
        Int(truncatingIfNeeded: (UInt64(identity) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// The slot of `identity` in its window, if it has one, and else the window's first free slot.
    @inline(__always)
    private func find(_ identity: UInt) -> (slot: Int?, free: Int?) {
        slots.withUnsafeBufferPointer { p in
            let mask = p.count - 1, key = identity &+ 1
            let h = Self.home(identity) & mask
            var free: Int? = nil
            for w in 0..<Self.ways {
                let s = (h + w) & mask
                if p[s].key == key { return (s, nil) }
                if p[s].key == 0 && free == nil { free = s }
            }
            return (nil, free)
        }
    }

    subscript(_ attributes: Attributes) -> Value? {
        get {
            find(attributes.identity).slot.flatMap { slots[$0].value }
        }
        set {
            let id = attributes.identity
            let (s, free) = find(id)
            if let s {
                slots[s] = (newValue == nil ? 0 : id &+ 1, newValue)
                return
            }
            if let newValue { place(id, newValue, free: free) }
        }
    }

    /// Sets `value` for a map that has none, in one look at its window (a get and then a set looked twice):
    /// whether it had none.
    mutating func insert(_ attributes: Attributes, _ value: Value) -> Bool {
        let id = attributes.identity
        let (s, free) = find(id)
        if s != nil { return false }
        place(id, value, free: free)
        return true
    }

    /// Puts a map that has no slot in the window's first free slot, else in one of its slots in turn.
    @inline(__always)
    private mutating func place(_ identity: UInt, _ value: Value, free: Int?) {
        let target: Int
        if let free {
            target = free
        } else {
            let mask = slots.count - 1
            target = (Self.home(identity) + evictions % Self.ways) & mask
            evictions += 1
        }
        slots[target] = (identity &+ 1, value)
    }
}
