/// Hash tables keyed by token keys (`Token.key`, already a 64-bit hash of the folded word).
///
/// Swift's `Set` and `Dictionary` run SipHash over every `UInt64` they look up; in the extractors
/// that was a fifth of the analysis time, spent re-hashing values that are hashes already. These
/// tables use Fibonacci hashing and linear probing instead, and are only ever filled at start-up or
/// once per article, then read many times.
public struct TokenKeyMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var shift: UInt64
    /// `keys.count - 1`, kept so a probe reads no array header.
    private var mask: Int
    public private(set) var count = 0

    public init(minimumCapacity: Int = 8) {
        var bits: UInt64 = 3
        while (1 << bits) < minimumCapacity * 2 { bits += 1 }
        keys = Array(repeating: 0, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
    }

    public var isEmpty: Bool { count == 0 }

    /// Empties the map and keeps its slots, for a table filled again for each article (only lookups
    /// read it, so a table grown by an earlier article answers alike).
    public mutating func removeAll() {
        guard count > 0 else { return }
        for i in values.indices where values[i] != nil { values[i] = nil }
        count = 0
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while values[i] != nil && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    public subscript(_ key: UInt64) -> Value? {
        @inline(__always) get { values[slot(key)] }
        set {
            let i = slot(key)
            switch (values[i] != nil, newValue) {
            case (true, let v?): values[i] = v
            case (false, let v?):
                keys[i] = key
                values[i] = v
                count += 1
                if count * 2 > keys.count { grow() }
            case (true, nil): remove(at: i)
            case (false, nil): break
            }
        }
    }

    public subscript(_ key: UInt64, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        set { self[key] = newValue }
    }

    /// Every (key, value), in table order: callers that need an order sort.
    public var entries: [(key: UInt64, value: Value)] {
        var out: [(key: UInt64, value: Value)] = []
        out.reserveCapacity(count)
        for i in keys.indices { if let v = values[i] { out.append((keys[i], v)) } }
        return out
    }

    private mutating func grow() {
        let old = entries
        self = TokenKeyMap(minimumCapacity: keys.count)
        for (k, v) in old { self[k] = v }
    }

    /// Backward-shift deletion, so probes never need tombstones.
    private mutating func remove(at slot: Int) {
        var hole = slot
        var i = (slot + 1) & mask
        values[hole] = nil
        count -= 1
        while let v = values[i] {
            let home = Int(truncatingIfNeeded: (keys[i] &* 0x9E37_79B9_7F4A_7C15) >> shift)
            // move the entry back into the hole when its home is not cyclically in (hole, i]
            let distanceToHome = (i - home) & mask, distanceToHole = (i - hole) & mask
            if distanceToHome >= distanceToHole {
                keys[hole] = keys[i]
                values[hole] = v
                values[i] = nil
                hole = i
            }
            i = (i + 1) & mask
        }
    }
}

/// A set of token keys; see `TokenKeyMap`.
public struct TokenKeySet: Sendable, ExpressibleByArrayLiteral {
    private var map: TokenKeyMap<Bool>

    public init() { map = TokenKeyMap() }

    public init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        map = TokenKeyMap(minimumCapacity: keys.underestimatedCount)
        for k in keys { map[k] = true }
    }

    public init(arrayLiteral keys: UInt64...) { self.init(keys) }

    /// The token keys of `words` (each as `Tokenizer.key` gives it): how the word lists of the code are held.
    public init<S: Sequence>(words: S) where S.Element == String { self.init(words.lazy.map { Tokenizer.key($0) }) }

    public var count: Int { map.count }
    public var isEmpty: Bool { map.isEmpty }

    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { map[key] != nil }

    @discardableResult
    public mutating func insert(_ key: UInt64) -> Bool {
        if map[key] != nil { return false }
        map[key] = true
        return true
    }

    public mutating func remove(_ key: UInt64) { map[key] = nil }

    /// The keys, in table order.
    var keys: [UInt64] { map.entries.map(\.key) }

}

/// A Bloom filter with one hash over token keys, about 16 bits a key: `mayContain` is false only for a
/// key never inserted, true for about one other key in 16. One probe stands in for several tables'.
struct TokenKeyFilter: Sendable {
    private var bits: [UInt64]
    private let shift: UInt64

    init(_ keys: [UInt64]) {
        var size = 64
        while size < keys.count * 16 { size *= 2 }
        bits = [UInt64](repeating: 0, count: size / 64)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for k in keys {
            let h = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> shift)
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
    }

    @inline(__always) func mayContain(_ key: UInt64) -> Bool {
        let h = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        return bits.withUnsafeBufferPointer { $0[h >> 6] & (1 << UInt64(h & 63)) != 0 }
    }
}
