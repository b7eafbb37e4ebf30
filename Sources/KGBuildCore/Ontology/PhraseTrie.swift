/// A trie over token keys: finds the longest known phrase starting at a token, in one pass.
public struct PhraseTrie<Payload: Sendable>: Sendable {
    struct NodeData: Sendable {
        /// Shares one empty table until the node gets a child (copy on write): most nodes end a phrase,
        /// and a table of its own costs two allocations. Not an optional: reading through one copies the
        /// table (a retain and a release) at every lookup.
        var next = emptyChildTable
        var payloads: [Int32] = []
    }
    private var nodes: [NodeData] = [NodeData()]
    public private(set) var payloads: [Payload] = []

    public init() {}

    public var isEmpty: Bool { payloads.isEmpty }

    /// The first keys of all phrases (the root's children): a token with another key starts none, so a
    /// caller can skip it without walking the trie.
    public var firstKeys: TokenKeySet { TokenKeySet(nodes[0].next.entries.map(\.key)) }

    /// Room for about `phrases` phrases without regrowing the arrays.
    public mutating func reserveCapacity(_ phrases: Int) {
        nodes.reserveCapacity(phrases)
        payloads.reserveCapacity(phrases)
    }

    public mutating func insert(_ keys: [UInt64], _ payload: Payload) {
        guard !keys.isEmpty else { return }
        var n = 0
        for k in keys {
            if let nx = nodes[n].next[k] { n = Int(nx) } else {
                nodes.append(NodeData())
                let id = nodes.count - 1
                nodes[n].next[k] = Int32(id)
                n = id
            }
        }
        payloads.append(payload)
        nodes[n].payloads.append(Int32(payloads.count - 1))
    }

    /// Every phrase starting at `start`, longest first: (token count, payload indexes).
    public func matches(_ tokens: ArraySlice<Token>, from start: Int, accept: (Int, Payload) -> Bool = { _, _ in true }) -> [(length: Int, payload: Payload)] {
        var out: [(Int, Payload)] = []
        var n = 0
        var i = start
        while i < tokens.endIndex, let nx = nodes[n].next[tokens[i].key] {
            n = Int(nx)
            i += 1
            for p in nodes[n].payloads where accept(i - start, payloads[Int(p)]) {
                out.append((i - start, payloads[Int(p)]))
            }
        }
        return out.reversed()
    }

    /// The longest phrase at `start` whose payload passes `accept`.
    public func longest(_ tokens: ArraySlice<Token>, from start: Int, accept: (Int, Payload) -> Bool = { _, _ in true }) -> (length: Int, payload: Payload)? {
        var best: (Int, Payload)? = nil
        var n = 0
        var i = start
        while i < tokens.endIndex, let nx = nodes[n].next[tokens[i].key] {
            n = Int(nx)
            i += 1
            for p in nodes[n].payloads where accept(i - start, payloads[Int(p)]) {
                best = (i - start, payloads[Int(p)])
                break
            }
        }
        return best
    }
}

/// The child table every trie node starts with.
private let emptyChildTable = TokenKeyMap<Int32>(minimumCapacity: 2)
