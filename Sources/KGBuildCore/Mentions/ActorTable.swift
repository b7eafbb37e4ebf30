/// The actors of one article by id, for `MentionFinder`. An ASCII id (all of them in practice: slugs and
/// ontology ids) is found by a hash of its bytes (`asciiHash`), compared in full; a `[String: ActorRecord]`
/// SipHashed the id at every mention and lookup. Other ids go through a String-keyed table, which also
/// matches their canonically equivalent spellings, as the dictionary did.
///
/// Records keep the order they were first added in; a removed one leaves nil in its slot, and the slot
/// stays its id's, should the id come back.
struct ActorTable {
    /// By slot: the id, its record, and whether the record is there (false once removed). The records
    /// are not optionals: a record is updated in place (`records[slot(updating:default:)]`), where an
    /// optional one was copied to be tested.
    private(set) var ids: [String] = []
    var records: [ActorRecord] = []
    private(set) var present: [Bool] = []
    /// By slot: the bytes (in the article) of an alias the record holds, the one `MentionFinder.State.add`
    /// gave it last; empty when none, and emptied whenever a record is stored (its aliases are the new one's).
    var aliasSpans: [Range<Int>] = []
    private(set) var byHash: TokenKeyMap<Int32>
    /// Ids not in plain ASCII, and ASCII ids whose hash an earlier id holds.
    private var other: [String: Int32] = [:]
    /// The slots by the ids' own String values (see `StringIdentityIndex`): a mention's id is nearly always
    /// the very String the table holds, found so without reading its bytes.
    private(set) var byIdentity = StringIdentityIndex()

    /// `capacity`: the ids the table takes before it grows (an article names about thirty actors).
    init(capacity: Int = 32) {
        byHash = TokenKeyMap(minimumCapacity: capacity)
        ids.reserveCapacity(capacity)
        records.reserveCapacity(capacity)
        present.reserveCapacity(capacity)
        aliasSpans.reserveCapacity(capacity)
    }

    /// A hash of an id's bytes, eight at a time (an id is some 20 to 40 bytes), if they are all ASCII
    /// (where byte equality is String equality); nil for any other id.
    /// (The bytes are read where they are, borrowed: `withUTF8` on a copy of the id retained and released
    /// it at every lookup. A string without contiguous bytes, a bridged one, counts as not ASCII.)
    @inline(__always) static func asciiHash(_ id: String) -> UInt64? {
        id.utf8.withContiguousStorageIfAvailable { p -> UInt64? in
            guard let base = p.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(p.count)
            var high: UInt64 = 0
            var i = 0
            while i + 8 <= p.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                high |= w
                h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i += 8
            }
            // (the last one to seven bytes, in the low bytes as read one by one: from the id's last eight
            // when it has eight, shifted past those already hashed)
            var tail: UInt64 = 0
            if i < p.count && p.count >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: p.count - 8, as: UInt64.self) >> UInt64(8 * (8 - (p.count - i)))
            } else {
                var shift: UInt64 = 0
                while i < p.count { tail |= UInt64(p[i]) << shift; shift += 8; i += 1 }
            }
            high |= tail
            guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            return h ^ (h >> 29)
        } ?? nil
    }

    /// The slot of `id`, if it ever had one, by the id's String value, then by `asciiHash(id)`.
    @inline(__always) private func slot(_ id: String) -> Int? {
        if let s = byIdentity.slot(of: id) { return s }
        return slot(id, Self.asciiHash(id))
    }

    /// The slot of `id`, if it ever had one; `hash` is `asciiHash(id)`.
    @inline(__always) private func slot(_ id: String, _ hash: UInt64?) -> Int? {
        if let h = hash, let s = byHash[h], ids[Int(s)] == id { return Int(s) }
        if other.isEmpty { return nil }
        return other[id].map(Int.init)
    }

    /// The slot `id` was given, whether or not it has a record now.
    func anySlot(of id: String) -> Int? { slot(id) }

    /// The slot of `id` if it has a record.
    func slot(of id: String) -> Int? {
        guard let s = slot(id), present[s] else { return nil }
        return s
    }

    subscript(id: String) -> ActorRecord? {
        guard let s = slot(of: id) else { return nil }
        return records[s]
    }

    /// The slot of the record of `id`, stored as `rec` first if there is none (`dictionary[id, default: rec]`),
    /// and whether it was (the record then is `rec`, with nothing of an earlier one to merge).
    mutating func slot(updating id: String, default rec: ActorRecord) -> (slot: Int, stored: Bool) {
        let s: Int
        // (the bytes hashed once, and only when the String itself is not the table's)
        let known = byIdentity.slot(of: id)
        let h = known == nil ? Self.asciiHash(id) : nil
        if let found = known ?? slot(id, h) {
            s = found
            if !present[s] { records[s] = rec; present[s] = true; aliasSpans[s] = 0..<0; return (s, true) }
            return (s, false)
        } else {
            s = ids.count
            byIdentity.insert(id, s)
            ids.append(id)
            records.append(rec)
            present.append(true)
            aliasSpans.append(0..<0)
            if let h, byHash[h] == nil { byHash[h] = Int32(s) } else { other[id] = Int32(s) }
        }
        return (s, true)
    }

    /// `slot(updating:default:)` for an id whose slot `s` the caller found before (it stays the id's): the
    /// record `records[k]` is stored if the id has none now, read in place and copied only then.
    mutating func slot(updating s: Int, default records: [ActorRecord], _ k: Int) -> (slot: Int, stored: Bool) {
        if present[s] { return (s, false) }
        self.records[s] = records[k]
        present[s] = true
        aliasSpans[s] = 0..<0
        return (s, true)
    }

    /// Calls `body` on the record of `id` in place, if there is one (`dictionary[id]?.…`).
    mutating func modify(_ id: String, _ body: (inout ActorRecord) -> Void) {
        if let s = slot(of: id) { body(&records[s]) }
    }

    /// Removes the record of `id` (`dictionary[id] = nil`).
    mutating func remove(_ id: String) {
        if let s = slot(of: id) { present[s] = false }
    }

    /// Whether some record passes `test`.
    func contains(where test: (ActorRecord) -> Bool) -> Bool {
        for s in records.indices where present[s] && test(records[s]) { return true }
        return false
    }

    /// Whether some id is found by its String rather than its hash (not plain ASCII, or its hash taken).
    var hasOther: Bool { !other.isEmpty }

    /// Each slot's record type, nil for a removed record.
    func types() -> [String?] { records.indices.map { present[$0] ? records[$0].type : nil } }

    /// The table as the dictionary `MentionFinder.Result` gives, emptying it: records are moved out (last
    /// first: `popLast` moves, a read copies), not copied and released. (`Result` copies the ids and hashes first.)
    mutating func takeDictionary() -> [String: ActorRecord] {
        var d: [String: ActorRecord] = [:]
        d.reserveCapacity(Swift.max(32, ids.count))
        while let r = records.popLast() {
            let s = records.count
            if present[s] { d[ids[s]] = r }
        }
        // (the smallest table: the search that made it is over, and one with room for an article's
        // actors cost four allocations more per article)
        self = ActorTable(capacity: 0)
        return d
    }
}

/// Slots found by a String's value itself, its two words (count and flags; storage address, or the bytes of
/// a small string), with no read of its bytes: the ids a table holds are the very Strings its mentions carry
/// (one storage, shared), and equal words are an equal String. A miss tells nothing (the same id may be
/// another String value with the same bytes): callers then look the id up by its bytes.
/// (The words stay valid while the String lives: the tables that hold an id keep it alive.)
/// One flat array of cells, allocated at the first id: an article's table and its result each make one, and a
/// generic map (`TokenKeyMap`, its arrays made up front) cost more to set up than the lookups saved.
struct StringIdentityIndex {
    /// Open addressing, three words a cell: the String's two words and its slot + 1 (0: an empty cell).
    private var cells: [UInt64] = []
    private var count = 0
    /// `cells.count / 3 - 1` (a power of two less one) and `64 - log2(cells.count / 3)`.
    private var mask = 0
    private var shift: UInt64 = 64

    /// The two words of `s` (nil where a String is not two 64-bit words).
    @inline(__always) private static func words(_ s: String) -> (UInt64, UInt64)? {
        guard MemoryLayout<String>.size == 16 else { return nil }
        return unsafeBitCast(s, to: (UInt64, UInt64).self)
    }

    @inline(__always) private func home(_ w: (UInt64, UInt64)) -> Int {
        Int(truncatingIfNeeded: ((w.1 ^ (w.0 &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The slot `id`'s String value was given, if it was.
    @inline(__always) func slot(of id: String) -> Int? {
        guard count > 0, let w = Self.words(id) else { return nil }
        return cells.withUnsafeBufferPointer { c -> Int? in
            var i = home(w)
            while true {
                let s = c[3 * i + 2]
                if s == 0 { return nil }
                if c[3 * i] == w.0 && c[3 * i + 1] == w.1 { return Int(s - 1) }
                i = (i + 1) & mask
            }
        }
    }

    /// Gives `id`'s String value the slot `s`, unless it has one.
    mutating func insert(_ id: String, _ s: Int) {
        guard let w = Self.words(id) else { return }
        if (count + 1) * 2 > (mask + 1) || cells.isEmpty { grow() }
        var i = home(w)
        while cells[3 * i + 2] != 0 {
            if cells[3 * i] == w.0 && cells[3 * i + 1] == w.1 { return }
            i = (i + 1) & mask
        }
        cells[3 * i] = w.0
        cells[3 * i + 1] = w.1
        cells[3 * i + 2] = UInt64(s + 1)
        count += 1
    }

    /// Twice the cells (64 at first: an article names about thirty actors), the entries placed again.
    private mutating func grow() {
        let old = cells
        let size = cells.isEmpty ? 64 : 2 * (mask + 1)
        cells = [UInt64](repeating: 0, count: 3 * size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for k in stride(from: 0, to: old.count, by: 3) where old[k + 2] != 0 {
            var i = home((old[k], old[k + 1]))
            while cells[3 * i + 2] != 0 { i = (i + 1) & mask }
            cells[3 * i] = old[k]
            cells[3 * i + 1] = old[k + 1]
            cells[3 * i + 2] = old[k + 2]
        }
    }
}
