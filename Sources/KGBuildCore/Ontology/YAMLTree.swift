import CYaml
import Foundation
import Yams

/// An ontology file's YAML as one flat tree: nodes in three arrays instead of a `Yams.Node` per value.
/// Composing `Yams.Node`s (an `Event` object per libyaml event, a `Tag` per node, a dictionary per mapping
/// for its duplicate-key check) was two thirds of kgbuild's start-up; this reads libyaml's events directly.
/// Whatever this composer does not handle the way Yams does (a syntax error, a duplicate key, an anchor,
/// an alias, an explicit tag, a key that is not a scalar, several documents) sends the file to
/// `Yams.compose`, so errors, and the values read, are Yams's own.
struct YAMLTree: Sendable {
    enum Kind: UInt8, Sendable { case scalar, sequence, mapping, other }

    struct Node: Sendable {
        var kind: Kind
        /// 1-based, as `Yams.Mark.line`; 0 when unknown.
        var line: Int32
        /// Scalars: a range of `bytes`; sequences and mappings: a range of `children` (a mapping's
        /// children alternate key, value).
        var start: Int32
        var count: Int32
    }

    var nodes: [Node] = []
    var children: [Int32] = []
    var bytes: [UInt8] = []
    /// nil for an empty stream (`Yams.compose` gives no node).
    var root: Int32?

    /// Composes `text`, through `Yams.compose` when the fast composer declines; Yams's errors are thrown.
    static func compose(_ text: String) throws -> YAMLTree {
        if let t = fast(text) { return t }
        return try viaYams(text)
    }

    /// `text` composed by `Yams.compose`, as a tree.
    static func viaYams(_ text: String) throws -> YAMLTree {
        var t = YAMLTree()
        if let node = try Yams.compose(yaml: text, .basic) { t.root = t.add(node) }
        return t
    }

    // MARK: reading

    @inline(__always) func kind(_ n: Int32) -> Kind { nodes[Int(n)].kind }
    @inline(__always) func line(_ n: Int32) -> Int { Int(nodes[Int(n)].line) }

    /// A sequence's items, or a mapping's keys and values alternating.
    @inline(__always) func items(_ n: Int32) -> ArraySlice<Int32> {
        let node = nodes[Int(n)]
        return children[Int(node.start)..<Int(node.start + node.count)]
    }

    /// A scalar's text, decoded as Yams decodes it.
    func string(_ n: Int32) -> String {
        let node = nodes[Int(n)]
        let s = Int(node.start), e = s + Int(node.count)
        if e - s >= 3 && bytes[s] == 0xEF && bytes[s + 1] == 0xBB && bytes[s + 2] == 0xBF {
            return String(bytes: bytes[s..<e], encoding: .utf8)!  // Foundation's treatment of a leading BOM
        }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[s..<e]), as: UTF8.self) }
    }

    /// Whether scalar `n`'s text is exactly `s` (bytes; keys are compared with ASCII field names).
    func scalarIs(_ n: Int32, _ s: StaticString) -> Bool {
        let node = nodes[Int(n)]
        guard node.kind == .scalar, Int(node.count) == s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        var i = 0, j = Int(node.start)
        while i < Int(node.count) {
            if bytes[j] != p[i] { return false }
            i += 1; j += 1
        }
        return true
    }

    /// Whether a scalar is empty, `~` or `null`: what the ontology reads as no value.
    func isNullScalar(_ n: Int32) -> Bool {
        let c = nodes[Int(n)].count
        return c == 0 || scalarIs(n, "~") || scalarIs(n, "null")
    }

    // MARK: from Yams

    /// Adds a `Yams.Node` (the slow path). A mapping key that is not a scalar but has a `String` value
    /// (`!!value` keys) becomes that scalar, so the reader's `key.string` sees what Yams's would.
    private mutating func add(_ node: Yams.Node) -> Int32 {
        let line = Int32(truncatingIfNeeded: node.mark?.line ?? 0)
        switch node {
        case .scalar(let s):
            return addScalar(Array(s.string.utf8)[...], line: line)
        case .sequence(let seq):
            let ids = seq.map { add($0) }
            return addContainer(.sequence, line: line, ids)
        case .mapping(let m):
            var ids: [Int32] = []
            for (k, v) in m {
                if case .scalar = k { ids.append(add(k)) } else if let s = k.string {
                    ids.append(addScalar(Array(s.utf8)[...], line: Int32(truncatingIfNeeded: k.mark?.line ?? 0)))
                } else { ids.append(add(k)) }
                ids.append(add(v))
            }
            return addContainer(.mapping, line: line, ids)
        default:
            nodes.append(Node(kind: .other, line: line, start: 0, count: 0))
            return Int32(nodes.count - 1)
        }
    }

    private mutating func addScalar(_ b: ArraySlice<UInt8>, line: Int32) -> Int32 {
        nodes.append(Node(kind: .scalar, line: line, start: Int32(bytes.count), count: Int32(b.count)))
        bytes += b
        return Int32(nodes.count - 1)
    }

    private mutating func addContainer(_ kind: Kind, line: Int32, _ ids: [Int32]) -> Int32 {
        nodes.append(Node(kind: kind, line: line, start: Int32(children.count), count: Int32(ids.count)))
        children += ids
        return Int32(nodes.count - 1)
    }

    // MARK: the generator's events

    /// The tree of an embedded file from the events `scripts/embed_ontology.py` wrote for it (its docstring
    /// gives the format): libyaml's parse of the built-in files was most of start-up. They are trusted, so
    /// nothing is checked here: `StartupPathTests` checks these trees against the parse.
    static func precomposed(_ text: String, events: StaticString) -> YAMLTree {
        var t = YAMLTree()
        var text = text
        t.bytes = text.withUTF8 { Array($0) }
        let p = events.utf8Start, n = events.utf8CodeUnitCount
        var i = 0
        @inline(__always) func varint() -> Int {
            var v = 0, shift = 0
            while true {
                let b = p[i]
                i += 1
                if b >= 0x44 { v |= Int(b &- 0x44) << shift; shift += 4 } else { return v | Int(b &- 0x24) << shift }
            }
        }
        // Scratch buffers of `n` entries: every node takes at least a byte of events, and is at most
        // one node's child, one stack entry or one open container (an array append per event cost more).
        let nodes = UnsafeMutablePointer<Node>.allocate(capacity: n), children = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        /// Children of the open sequences and mappings, innermost last.
        let stack = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        /// Open sequences and mappings: kind, line, where their children start in `stack`.
        let open = UnsafeMutablePointer<(Kind, Int32, Int)>.allocate(capacity: n)
        defer { nodes.deallocate(); children.deallocate(); stack.deallocate(); open.deallocate() }
        var nodeCount = 0, childCount = 0, stackCount = 0, openCount = 0
        var line: Int32 = 0, cursor = 0
        while i < n {
            if p[i] == 10 { i += 1; continue }
            let code = varint()
            line += Int32(truncatingIfNeeded: code >> 2)
            switch code & 3 {
            case 0, 1:
                (open + openCount).initialize(to: (code & 3 == 0 ? .sequence : .mapping, line, stackCount))
                openCount += 1
                continue
            case 2:
                openCount -= 1
                let (kind, at, mark) = open[openCount]
                (nodes + nodeCount).initialize(to: Node(kind: kind, line: at, start: Int32(childCount), count: Int32(stackCount - mark)))
                (children + childCount).initialize(from: stack + mark, count: stackCount - mark)
                childCount += stackCount - mark
                stackCount = mark
            default:
                cursor += varint()
                let count = varint()
                (nodes + nodeCount).initialize(to: Node(kind: .scalar, line: line, start: Int32(cursor), count: Int32(count)))
                cursor += count
            }
            if openCount == 0 { t.root = Int32(nodeCount) } else { (stack + stackCount).initialize(to: Int32(nodeCount)); stackCount += 1 }
            nodeCount += 1
        }
        t.nodes = Array(UnsafeBufferPointer(start: nodes, count: nodeCount))
        t.children = Array(UnsafeBufferPointer(start: children, count: childCount))
        return t
    }

    // MARK: the fast composer

    /// The tree of `text`, or nil when Yams must compose it (see the type's comment).
    static func fast(_ text: String) -> YAMLTree? {
        var text = text
        return text.withUTF8 { buf -> YAMLTree? in
            guard buf.count > 0, buf.count < Int(Int32.max), let base = buf.baseAddress else { return nil }
            var c = Composer()
            defer { c.close() }
            yaml_parser_set_encoding(c.parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(c.parser, base, buf.count)
            c.tree.bytes.reserveCapacity(buf.count)
            c.tree.nodes.reserveCapacity(buf.count / 8)
            c.tree.children.reserveCapacity(buf.count / 8)
            guard c.next(), c.type == YAML_STREAM_START_EVENT, c.next() else { return nil }
            if c.type == YAML_STREAM_END_EVENT { return c.tree }
            guard c.type == YAML_DOCUMENT_START_EVENT, c.next(), let root = c.node(),
                  c.next(), c.type == YAML_DOCUMENT_END_EVENT, c.next(), c.type == YAML_STREAM_END_EVENT else { return nil }
            c.tree.root = root
            return c.tree
        }
    }

    /// libyaml's parser and current event, at fixed addresses (the parser points to itself). A struct:
    /// a class's stored properties pay a dynamic exclusivity check on every access.
    private struct Composer {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        var hasEvent = false
        var tree = YAMLTree()
        /// Children of the open sequences and mappings, innermost last.
        var stack: [Int32] = []

        init() {
            parser.initialize(to: yaml_parser_t())
            event.initialize(to: yaml_event_t())
            yaml_parser_initialize(parser)
        }

        mutating func close() {
            if hasEvent { yaml_event_delete(event) }
            yaml_parser_delete(parser)
            parser.deallocate()
            event.deallocate()
        }

        var type: yaml_event_type_t { event.pointee.type }

        /// Reads the next event; false on a libyaml error.
        mutating func next() -> Bool {
            if hasEvent { yaml_event_delete(event); hasEvent = false }
            guard yaml_parser_parse(parser, event) == 1 else { return false }
            hasEvent = true
            return true
        }

        /// The node starting at the current event; nil to leave the file to Yams.
        mutating func node() -> Int32? {
            let e = event.pointee
            let line = Int32(truncatingIfNeeded: e.start_mark.line + 1)
            switch e.type {
            case YAML_SCALAR_EVENT:
                let s = e.data.scalar
                guard s.anchor == nil, s.tag == nil else { return nil }
                let start = tree.bytes.count
                if s.length > 0 { tree.bytes.append(contentsOf: UnsafeBufferPointer(start: s.value, count: s.length)) }
                tree.nodes.append(Node(kind: .scalar, line: line, start: Int32(start), count: Int32(s.length)))
                return Int32(tree.nodes.count - 1)
            case YAML_SEQUENCE_START_EVENT:
                guard e.data.sequence_start.anchor == nil, e.data.sequence_start.tag == nil else { return nil }
                let mark = stack.count
                while true {
                    guard next() else { return nil }
                    if type == YAML_SEQUENCE_END_EVENT { break }
                    guard let child = node() else { return nil }
                    stack.append(child)
                }
                return close(.sequence, line: line, from: mark)
            case YAML_MAPPING_START_EVENT:
                guard e.data.mapping_start.anchor == nil, e.data.mapping_start.tag == nil else { return nil }
                let mark = stack.count
                while true {
                    guard next() else { return nil }
                    if type == YAML_MAPPING_END_EVENT { break }
                    guard type == YAML_SCALAR_EVENT, let key = node(), next(), let value = node() else { return nil }
                    stack.append(key)
                    stack.append(value)
                }
                guard !hasDuplicateKeys(from: mark) else { return nil }
                return close(.mapping, line: line, from: mark)
            default:
                return nil  // an alias
            }
        }

        private mutating func close(_ kind: Kind, line: Int32, from mark: Int) -> Int32 {
            tree.nodes.append(Node(kind: kind, line: line, start: Int32(tree.children.count), count: Int32(stack.count - mark)))
            tree.children.append(contentsOf: stack[mark...])
            stack.removeSubrange(mark...)
            return Int32(tree.nodes.count - 1)
        }

        /// Whether two keys of the mapping whose children start at `stack[mark]` are equal as Swift
        /// strings (Yams's check: with the basic resolver every untagged scalar is a `str`).
        private func hasDuplicateKeys(from mark: Int) -> Bool {
            let n = (stack.count - mark) / 2
            guard n > 1 else { return false }
            var ascii = true
            var hashes: [(UInt64, Int32)] = []
            hashes.reserveCapacity(n)
            tree.bytes.withUnsafeBufferPointer { b in
                for i in 0..<n {
                    let k = tree.nodes[Int(stack[mark + 2 * i])]
                    var h: UInt64 = 0xcbf29ce484222325
                    for j in Int(k.start)..<Int(k.start + k.count) {
                        if b[j] >= 0x80 { ascii = false }
                        h ^= UInt64(b[j]); h &*= 0x100000001b3
                    }
                    hashes.append((h, stack[mark + 2 * i]))
                }
            }
            if !ascii {  // canonical equivalence: compare as Swift strings
                var seen = Set<String>()
                for (_, k) in hashes where !seen.insert(tree.string(k)).inserted { return true }
                return false
            }
            hashes.sort { $0.0 < $1.0 }
            for i in 1..<n where hashes[i].0 == hashes[i - 1].0 {
                let a = tree.nodes[Int(hashes[i].1)], b = tree.nodes[Int(hashes[i - 1].1)]
                if a.count == b.count && tree.bytes[Int(a.start)..<Int(a.start + a.count)].elementsEqual(tree.bytes[Int(b.start)..<Int(b.start + b.count)]) {
                    return true
                }
            }
            return false
        }
    }
}
