import Foundation

/// GraphML 1.0 for Gephi, NetworkX, igraph and yEd.
///
/// - One `<key>` per attribute name and domain (`for="node"` / `for="edge"`, never `all`), ids
///   `n0, n1, ...` / `e0, e1, ...` in byte order of the attribute names; `attr.name` is an NMTOKEN
///   (other characters become `_`; `id` becomes `id_` since igraph reserves it); `attr.type` is the
///   widest case seen (string > double > int).
/// - Gephi's visual keys: `r`, `g`, `b` (int) and `size` (double) on nodes unless a node has its
///   own, `weight` (double, never 0) on every edge, from `GraphStyle`.
/// - Node and edge ids are NMTOKENs (see `ExportLayout`); edges naming unknown nodes get an
///   implicit node.
/// - Text is cleaned of XML-illegal characters; whitespace-only values are omitted; values with
///   `&`, `<` or `>` go into CDATA so no entity reference is ever written in text (Gephi drops
///   whitespace between entity references).
///
/// The file is a hundred thousand small elements of one fixed shape, so it is written as bytes
/// (the layout libxml2's indenting `xmlTextWriter` gives, byte for byte), in chunks on all cores,
/// joined in order: the output does not depend on the number of threads. Tests read every file
/// back with libxml2 and check it against the GraphML schema.
public struct GraphMLWriter: GraphExporter {
    public static let formatName = "graphml"
    public static let fileExtensions = ["graphml"]

    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    public static let schemaLocation =
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

    /// Gephi's visual node attributes, added from `GraphStyle` when a node has none of its own.
    static let visualNames = ["r", "g", "b", "size"]

    public init() {}

    public func export(_ graph: KnowledgeGraph) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try export(graph, jobs: ProcessInfo.processInfo.activeProcessorCount) { bytes += $0 }
        return bytes
    }

    public func export(_ graph: KnowledgeGraph, jobs: Int, to sink: ([UInt8]) throws -> Void) throws {
        let layout = ExportLayout(graph, jobs: jobs)
        let style = GraphStyle(layout, jobs: jobs)
        // The arrays the loops read, taken out of their structs once: reading `layout.nodeIDs[i]` in a
        // loop retained the whole struct's storage at every element.
        let nodes = layout.graph.nodes, edges = layout.graph.edges
        let nodeIDs = layout.nodeIDs, edgeIDs = layout.edgeIDs, sources = layout.sources, targets = layout.targets
        let colors = style.nodeColors, sizes = style.nodeSizes, weights = style.edgeWeights

        /// Node `i`'s value of `visualNames[j]`.
        func visual(_ i: Int, _ j: Int) -> AttributeValue {
            let c = colors[i]
            switch j {
            case 0: return .int(c.r)
            case 1: return .int(c.g)
            case 2: return .int(c.b)
            default: return .double(sizes[i])
            }
        }
        // Key types: the widest type each name has where it has text, merged over chunks (max commutes).
        let nodeTypes = ParallelChunks.map(count: nodes.count, jobs: jobs) { range in
            var types: [String: GraphMLValueType] = [:]
            var learner = GraphMLTypeLearner()
            // a visual value's type depends on its name only: widen by the first node lacking each
            var lacking = GraphMLWriter.visualNames.map { _ in Int?.none }
            for i in range {
                let attrs = nodes[i].attributes
                learner.learn(attrs, into: &types, shared: false)
                for (j, name) in GraphMLWriter.visualNames.enumerated() where lacking[j] == nil && attrs[name] == nil {
                    lacking[j] = i
                }
            }
            for (j, name) in GraphMLWriter.visualNames.enumerated() {
                if let i = lacking[j] { types.widen(name, GraphMLValueType(visual(i, j))) }
            }
            return types
        }
        let edgeTypes = ParallelChunks.map(count: edges.count, jobs: jobs) { range in
            var types: [String: GraphMLValueType] = [:]
            var learner = GraphMLTypeLearner()
            for i in range { learner.learn(edges[i].attributes, into: &types, skipping: "weight") }
            if !range.isEmpty { types.widen("weight", .double) }
            return types
        }
        let nodeKeys = GraphMLKeys(domain: "node", prefix: "n", types: GraphMLKeys.merged(nodeTypes))
        let edgeKeys = GraphMLKeys(domain: "edge", prefix: "e", types: GraphMLKeys.merged(edgeTypes))

        var head = XMLBytes()
        head.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml")
        head.attribute("xmlns", GraphMLWriter.namespace)
        head.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        head.attribute("xsi:schemaLocation", GraphMLWriter.schemaLocation)
        head.append(">\n")
        for keys in [nodeKeys, edgeKeys] {
            for k in keys.keys {
                head.append("  <key")
                head.attribute("id", k.id)
                head.attribute("for", keys.domain)
                head.attribute("attr.name", k.xmlName)
                head.attribute("attr.type", k.type.graphMLName)
                head.append("/>\n")
            }
        }
        head.append("  <graph id=\"G\" edgedefault=\"directed\">\n")
        try sink(head.bytes)

        // Node ids and edge ends are written from one buffer of the node ids: reading each id string from
        // both threads had them retaining the same strings (an actor's id ends thousands of edges).
        let packedIDs = PackedStrings(nodeIDs, jobs: jobs)
        // Each part is written into an array of more than the size seen in news graphs (a few kilobytes a node
        // with text, a few hundred bytes an edge), so it is seldom grown or copied.
        try ParallelChunks.forEach(count: nodes.count, jobs: jobs, { range in
            XMLBytes.array(capacity: range.count * 2_048) { out in
                var data = GraphMLDataWriter(nodeKeys, extras: GraphMLWriter.visualNames, replacing: false, closing: "    </node>\n")
                for i in range {
                    out.append("    <node")
                    out.tokenAttribute("id", packedIDs, i)
                    data.write(nodes[i].attributes, into: &out) { visual(i, $0) }
                }
            }
        }, consume: sink)
        let ordinalEdgeIDs = layout.ordinalEdgeIDs
        try ParallelChunks.forEach(count: edges.count, jobs: jobs, { range in
            XMLBytes.array(capacity: range.count * 512) { out in
                var data = GraphMLDataWriter(edgeKeys, extras: ["weight"], replacing: true, closing: "    </edge>\n")
                var ordinal = DecimalCounter(range.lowerBound)
                for i in range {
                    if ordinalEdgeIDs {
                        out.append("    <edge id=\"e")
                        ordinal.write(into: &out)
                        ordinal.increment()
                        out.append(UInt8(ascii: "\""))
                    } else {
                        out.append("    <edge")
                        out.tokenAttribute("id", edgeIDs[i])
                    }
                    out.tokenAttribute("source", packedIDs, sources[i])
                    out.tokenAttribute("target", packedIDs, targets[i])
                    data.writeShared(edges[i].attributes, into: &out) { _ in .double(weights[i]) }
                }
            }
        }, consume: sink)
        var tail = XMLBytes()
        tail.append("  </graph>\n</graphml>\n")
        try sink(tail.bytes)
    }
}

/// Writes the `<data>` children of elements, in key order, and their end tags. The keys are looked up and
/// sorted once per attribute shape (the names, in their order): consecutive nodes of one kind share one,
/// so an element costs a compare of its names with a recent shape, not a lookup per name and a sort.
struct GraphMLDataWriter {
    /// One `<data>` child: where its value comes from (`source` ≥ 0: the attribute at that position,
    /// else extra value `-1 - source`), its open tag (in `tags`), and whether an int is written as a double.
    private struct Item {
        var source: Int
        var tag: UnsafeBufferPointer<UInt8>
        var asDouble: Bool
    }

    /// `GraphMLKeys.tags` in memory of their own, which items point into: reading them from the array
    /// retained and released it at every element.
    private final class Tags {
        let bytes: UnsafeMutableBufferPointer<UInt8>

        init(_ tags: [UInt8]) {
            bytes = .allocate(capacity: tags.count)
            _ = bytes.initialize(from: tags)
        }

        deinit { bytes.deallocate() }
    }

    private struct Shape {
        var names: [String]
        var items: [Item]
    }

    private let keys: GraphMLKeys
    private let tags: Tags
    /// Values the caller adds to every element (the extra values, by index) and their key, if any.
    private let extras: [(name: String, key: Int?)]
    /// True: an attribute named as an extra value is dropped (edge `weight`); false: it is written
    /// instead of the extra value (a node's own colour or size).
    private let replacing: Bool
    private let closing: StaticString
    /// The shapes seen lately, most recently used first.
    private var shapes: [Shape] = []

    /// A child of a shared map: its item, and the bytes its own value gives (in `sharedBytes`; empty when
    /// it writes none or takes an extra value). Plain values, so copying one out retains nothing.
    private struct SharedChild {
        var item: Item
        var bytes: Range<Int>
    }

    /// A map as `writeShared` knows it: its children (in `sharedChildren`), and all that the last element
    /// with it wrote after its start tag (`tail`, in `sharedBytes`; empty until one did) with the extra values
    /// it took (in `sharedExtras`): an element with the same extra values (an edge's weight follows from its
    /// map) copies that whole.
    private struct SharedMap {
        var children: Range<Int>
        var tail: Range<Int> = 0..<0
        var extras: Range<Int> = 0..<0
    }

    private var sharedMaps = AttributesMemo<SharedMap>()
    private var sharedChildren: [SharedChild] = []
    private var sharedExtras: [AttributeValue] = []
    private var sharedBytes = XMLBytes(capacity: 4_096)

    init(_ keys: GraphMLKeys, extras: [String], replacing: Bool, closing: StaticString) {
        self.keys = keys
        self.tags = Tags(keys.tags)
        self.extras = extras.map { ($0, keys.index[$0]) }
        self.replacing = replacing
        self.closing = closing
    }

    /// The children of an element whose start tag is open, then its end; `extra(j)` is extra value `j`.
    mutating func write(_ attributes: Attributes, into out: inout XMLBytes, extra: (Int) -> AttributeValue) {
        attributes.withEntries { entries in
            moveShapeToFront(entries)
            var open = false
            shapes[0].items.withUnsafeBufferPointer { items in
                for item in items {
                    if item.source >= 0 {
                        GraphMLDataWriter.write(entries[item.source].1, item.asDouble, item.tag, &out, &open)
                    } else {
                        GraphMLDataWriter.write(extra(-1 - item.source), item.asDouble, item.tag, &out, &open)
                    }
                }
            }
            if open { out.append(closing) } else { out.append("/>\n") }
        }
    }

    /// `write` for elements that share their maps (edges alike, see `GraphAccumulator.finish`): a map's
    /// own values' children copied from where the first element that had it wrote them, and all of it
    /// copied when the extra values are the last element's too.
    mutating func writeShared(_ attributes: Attributes, into out: inout XMLBytes, extra: (Int) -> AttributeValue) {
        var map: SharedMap
        if let known = sharedMaps[attributes] {
            map = known
            if !map.tail.isEmpty && sameExtras(map, extra) {
                sharedBytes.withBytes(map.tail) { out.append($0) }
                return
            }
        } else {
            let first = sharedChildren.count
            attributes.withEntries { entries in
                moveShapeToFront(entries)
                for item in shapes[0].items {
                    let start = sharedBytes.count
                    var open = true   // (the start tag's end is written with the element's first child)
                    if item.source >= 0 { GraphMLDataWriter.write(entries[item.source].1, item.asDouble, item.tag, &sharedBytes, &open) }
                    sharedChildren.append(SharedChild(item: item, bytes: start..<sharedBytes.count))
                }
            }
            map = SharedMap(children: first..<sharedChildren.count)
        }
        let start = out.count, firstExtra = sharedExtras.count
        var open = false
        for k in map.children {
            let child = sharedChildren[k]
            if child.item.source < 0 {
                let value = extra(-1 - child.item.source)
                sharedExtras.append(value)
                GraphMLDataWriter.write(value, child.item.asDouble, child.item.tag, &out, &open)
            } else if !child.bytes.isEmpty {
                if !open { out.append(">\n"); open = true }
                sharedBytes.withBytes(child.bytes) { out.append($0) }
            }
        }
        if open { out.append(closing) } else { out.append("/>\n") }
        let tail = sharedBytes.count
        out.withBytes(start..<out.count) { sharedBytes.append($0) }
        map.tail = tail..<sharedBytes.count
        map.extras = firstExtra..<sharedExtras.count
        sharedMaps[attributes] = map
    }

    /// True when the element's extra values are those `map.tail` was written with, value for value as
    /// `write` writes them (numbers by case and bits, strings by bytes: `==` equates canonically equal ones).
    private func sameExtras(_ map: SharedMap, _ extra: (Int) -> AttributeValue) -> Bool {
        var m = map.extras.lowerBound
        for k in map.children where sharedChildren[k].item.source < 0 {
            switch (extra(-1 - sharedChildren[k].item.source), sharedExtras[m]) {
            case let (.int(a), .int(b)) where a == b: break
            case let (.double(a), .double(b)) where a.bitPattern == b.bitPattern: break
            case let (.string(a), .string(b)) where a.utf8.elementsEqual(b.utf8): break
            default: return false
            }
            m += 1
        }
        return true
    }

    /// Makes the shape of `entries` the first one, planning it if it is not among the recent ones.
    private mutating func moveShapeToFront(_ entries: UnsafeBufferPointer<(String, AttributeValue)>) {
        for s in shapes.indices where GraphMLDataWriter.matches(shapes[s].names, entries) {
            if s > 0 { shapes.swapAt(0, s) }
            return
        }
        shapes.insert(plan(entries), at: 0)
        if shapes.count > 16 { shapes.removeLast() }
    }

    private static func matches(_ names: [String], _ entries: UnsafeBufferPointer<(String, AttributeValue)>) -> Bool {
        guard names.count == entries.count else { return false }
        for p in names.indices where names[p] != entries[p].0 { return false }
        return true
    }

    /// The children of elements shaped as `entries`, sorted by key (keys are distinct: so are the names).
    private func plan(_ entries: UnsafeBufferPointer<(String, AttributeValue)>) -> Shape {
        var keyed: [(key: Int, source: Int)] = []
        for (p, (name, _)) in entries.enumerated() {
            guard let k = keys.index[name], !(replacing && extras.contains(where: { $0.name == name })) else { continue }
            keyed.append((k, p))
        }
        for (j, extra) in extras.enumerated() {
            guard let k = extra.key, replacing || !entries.contains(where: { $0.0 == extra.name }) else { continue }
            keyed.append((k, -1 - j))
        }
        keyed.sort { $0.key < $1.key }
        return Shape(names: entries.map(\.0),
                     items: keyed.map { Item(source: $0.source, tag: UnsafeBufferPointer(rebasing: tags.bytes[keys.tagRanges[$0.key]]),
                                                       asDouble: keys.keys[$0.key].type == .double) })
    }

    /// One child: numbers straight into the buffer; strings cleaned, and left out when blank.
    /// (Inlined: called from the shared path too, an outlined call cost the nodes' loop 7%.)
    @inline(__always)
    private static func write(_ value: AttributeValue, _ asDouble: Bool, _ tag: UnsafeBufferPointer<UInt8>,
                              _ out: inout XMLBytes, _ open: inout Bool) {
        switch value {
        case .string(let s):
            let done = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                let scan = ExportText.TextScan(bytes)
                if scan.needsClean { return false }
                text(s, bytes, scan, tag, &out, &open)
                return true
            }
            if done == true { return }
            let clean = ExportText.clean(s)
            var copy = clean
            copy.withUTF8 { text(clean, $0, ExportText.TextScan($0), tag, &out, &open) }
        case .int(let i):
            start(tag, &out, &open)
            if asDouble { out.number(Double(i)) } else { out.integer(i) }
            out.append("</data>\n")
        case .double(let d):
            start(tag, &out, &open)
            out.number(d)
            out.append("</data>\n")
        }
    }

    /// Clean text (`bytes` of `text`, as `scan` found them) as a child, unless it is blank.
    private static func text(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ scan: ExportText.TextScan,
                             _ tag: UnsafeBufferPointer<UInt8>, _ out: inout XMLBytes, _ open: inout Bool) {
        if !scan.hasVisibleASCII && ExportText.isBlank(text) { return }
        start(tag, &out, &open)
        out.text(bytes, markup: scan.hasMarkup)
        out.append("</data>\n")
    }

    /// The open tag of a child, after the end of the element's start tag for the first one.
    @inline(__always)
    private static func start(_ tag: UnsafeBufferPointer<UInt8>, _ out: inout XMLBytes, _ open: inout Bool) {
        if !open { out.append(">\n"); open = true }
        out.append(tag)
    }
}

/// A growing UTF-8 buffer with the two escapes XML needs: attribute values (quoted, with markup
/// and whitespace characters as references, as libxml2 writes them) and element text (raw, or CDATA
/// sections split at "]]>" when it has a markup character).
struct XMLBytes {
    /// Millions of appends of a few bytes each: a buffer of its own, grown by doubling, costs a bounds
    /// check and a copy per append, where `Array.append(contentsOf:)` cost a hundred instructions.
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int
        /// False while `base` is an array's memory lent by `XMLBytes.array`, which is not this one's to free.
        var owned: Bool

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
            owned = true
        }

        init(lent buffer: UnsafeMutableBufferPointer<UInt8>) {
            base = buffer.baseAddress!
            capacity = buffer.count
            owned = false
        }

        deinit { if owned { base.deallocate() } }

        @inline(__always)
        func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
            if count + n > capacity { grow(count + n) }
            let to = UnsafeMutableRawPointer(base + count), from = UnsafeRawPointer(p)
            // Most appends are a tag, a number or a short value: copied here as two words that may overlap
            // (a call of `memcpy` cost half as much again, a third of a million times a graph).
            if n >= 8 && n <= 16 {
                let a = from.loadUnaligned(as: UInt64.self), b = from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                to.storeBytes(of: a, as: UInt64.self)
                to.storeBytes(of: b, toByteOffset: n - 8, as: UInt64.self)
            } else if n > 16 && n <= 32 {
                let a = from.loadUnaligned(as: UInt64.self), b = from.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                let c = from.loadUnaligned(fromByteOffset: n - 16, as: UInt64.self), d = from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                to.storeBytes(of: a, as: UInt64.self)
                to.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
                to.storeBytes(of: c, toByteOffset: n - 16, as: UInt64.self)
                to.storeBytes(of: d, toByteOffset: n - 8, as: UInt64.self)
            } else if n >= 4 && n < 8 {
                let a = from.loadUnaligned(as: UInt32.self), b = from.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
                to.storeBytes(of: a, as: UInt32.self)
                to.storeBytes(of: b, toByteOffset: n - 4, as: UInt32.self)
            } else {
                (base + count).update(from: p, count: n)
            }
            count += n
        }

        @inline(__always)
        func append(_ b: UInt8) {
            if count == capacity { grow(count + 1) }
            base[count] = b
            count += 1
        }

        /// The decimal digits of `v`, written in place.
        func appendDigits(of v: UInt) {
            let n = decimalWidth(v)
            if count + n > capacity { grow(count + n) }
            writeDecimal(v, to: base, end: count + n)
            count += n
        }

        private func grow(_ needed: Int) {
            var c = capacity * 2
            while c < needed { c *= 2 }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
            bigger.update(from: base, count: count)
            if owned { base.deallocate() }
            base = bigger
            capacity = c
            owned = true
        }
    }

    private let storage: Storage
    /// The text of recent numbers that are not whole, by bit pattern (16 slots): a graph repeats a handful
    /// of confidences and sizes thousands of times, and writing one as text costs a thousand instructions.
    private var recentNumbers = [(bits: UInt64, text: String)?](repeating: nil, count: 16)

    init(capacity: Int = 1 << 20) { storage = Storage(capacity: capacity) }

    private init(lent buffer: UnsafeMutableBufferPointer<UInt8>) { storage = Storage(lent: buffer) }

    /// How many bytes were written.
    var count: Int { storage.count }

    /// The bytes written at `range`, valid in `body` only (later appends may move them).
    @inline(__always)
    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: storage.base + range.lowerBound, count: range.count))
    }

    /// What was written.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }

    /// What `body` writes, as an array: written in the array's own memory while it fits in `capacity`
    /// (a part of a file is then never copied, nor its fresh pages touched twice), else in a buffer that
    /// grows, copied at the end. Pages of the capacity that are not written are never touched.
    static func array(capacity: Int, _ body: (inout XMLBytes) -> Void) -> [UInt8] {
        var grown: [UInt8]?
        let lent = [UInt8](unsafeUninitializedCapacity: max(capacity, 64)) { buffer, initialized in
            var out = XMLBytes(lent: buffer)
            body(&out)
            if out.storage.owned {
                grown = out.bytes
                initialized = 0
            } else {
                initialized = out.storage.count
            }
        }
        return grown ?? lent
    }

    @inline(__always)
    mutating func append(_ b: UInt8) { storage.append(b) }

    @inline(__always)
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        if let p = buffer.baseAddress, buffer.count > 0 { storage.append(p, buffer.count) }
    }

    /// A literal's bytes, read where the literal is (one that is a single scalar has no pointer).
    @inline(__always)
    mutating func append(_ s: StaticString) {
        if s.hasPointerRepresentation {
            storage.append(s.utf8Start, s.utf8CodeUnitCount)
        } else {
            s.withUTF8Buffer { append($0) }
        }
    }

    /// A String's bytes (a literal goes to `append(_: StaticString)`, with nothing to retain).
    mutating func append(string s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    /// Decimal digits, as `String(i)` writes them.
    mutating func integer(_ i: Int) {
        if i < 0 {
            append(UInt8(ascii: "-"))
            if i == Int.min { append(string: String(i).dropFirst().description); return }
        }
        storage.appendDigits(of: i.magnitude)
    }

    /// A double as `GraphMLKeys.number` writes it; whole numbers without a string in between.
    mutating func number(_ d: Double) {
        // (edge weights and counts: mostly a single digit, written without the general path's divisions)
        if d >= 0, d < 10, case let k = Int(d), Double(k) == d {
            append(UInt8(ascii: "0") + UInt8(k))
            append(".0")
            return
        }
        if AttributeValue.isWhole(d) {
            integer(Int(d))
            append(".0")
            return
        }
        let bits = d.bitPattern
        let slot = Int(truncatingIfNeeded: ((bits ^ (bits >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 60)
        if let known = recentNumbers[slot], known.bits == bits { return append(string: known.text) }
        let text = GraphMLKeys.number(d)
        recentNumbers[slot] = (bits, text)
        append(string: text)
    }

    /// ` name="value"` for a value that needs no reference: the NMTOKEN ids `ExportLayout` gives.
    @inline(__always)
    mutating func tokenAttribute(_ name: StaticString, _ value: String) {
        append(UInt8(ascii: " "))
        append(name)
        append(UInt8(ascii: "="))
        append(UInt8(ascii: "\""))
        append(string: value)
        append(UInt8(ascii: "\""))
    }

    /// `tokenAttribute` of string `i` of `strings`.
    @inline(__always)
    mutating func tokenAttribute(_ name: StaticString, _ strings: PackedStrings, _ i: Int) {
        append(UInt8(ascii: " "))
        append(name)
        append(UInt8(ascii: "="))
        append(UInt8(ascii: "\""))
        strings.withBytes(i) { append($0) }
        append(UInt8(ascii: "\""))
    }

    /// ` name="value"`.
    mutating func attribute(_ name: StaticString, _ value: String) {
        append(UInt8(ascii: " "))
        append(name)
        append(UInt8(ascii: "="))
        append(UInt8(ascii: "\""))
        var v = value
        v.withUTF8 { buf in
            var start = 0
            for (i, b) in buf.enumerated() {
                let escape: StaticString
                switch b {
                case UInt8(ascii: "&"): escape = "&amp;"
                case UInt8(ascii: "<"): escape = "&lt;"
                case UInt8(ascii: ">"): escape = "&gt;"
                case UInt8(ascii: "\""): escape = "&quot;"
                case 0x0A: escape = "&#10;"
                case 0x0D: escape = "&#13;"
                case 0x09: escape = "&#9;"
                default: continue
                }
                append(UnsafeBufferPointer(rebasing: buf[start..<i]))
                append(escape)
                start = i + 1
            }
            append(UnsafeBufferPointer(rebasing: buf[start...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// Element content that is already clean (see `ExportText.clean`): raw, or CDATA sections when it has
    /// a markup character (`markup`, which the caller knows from its scan), as `XMLTextWriter.text` writes it.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, markup: Bool) {
        guard markup else { return append(bytes) }
        ExportText.forEachCDATAPart(bytes) { part in
            append("<![CDATA[")
            append(part)
            append("]]>")
        }
    }
}

/// The decimal digits of a count that goes up by one, kept as text: the edges' ordinal ids are consecutive,
/// and working each one's digits out again (`XMLBytes.integer`, divisions) cost 120 instructions an edge,
/// counting about 30.
struct DecimalCounter {
    /// The digits, most significant first, in a buffer with room for any `Int` (at most 19 digits).
    private var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    private var count = 0

    init(_ start: Int) {
        precondition(start >= 0)
        count = decimalWidth(UInt(start))
        let n = count
        withUnsafeMutableBytes(of: &digits) { writeDecimal(UInt(start), to: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), end: n) }
    }

    /// Adds one: trailing nines become zeros and the digit before them goes up (a new leading one
    /// when all were nines).
    mutating func increment() {
        let n = count
        let grown = withUnsafeMutableBytes(of: &digits) { raw -> Bool in
            let d = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var i = n - 1
            while i >= 0 && d[i] == UInt8(ascii: "9") { d[i] = UInt8(ascii: "0"); i -= 1 }
            if i >= 0 { d[i] += 1; return false }
            // all nines: one and n zeros
            d[0] = UInt8(ascii: "1")
            for k in 1...n { d[k] = UInt8(ascii: "0") }
            return true
        }
        if grown { count += 1 }
    }

    /// The digits, appended to `out`.
    @inline(__always)
    func write(into out: inout XMLBytes) {
        var d = digits
        let n = count
        withUnsafeBytes(of: &d) { out.append(UnsafeBufferPointer(start: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n)) }
    }
}

extension Dictionary where Key == String, Value == GraphMLValueType {
    mutating func widen(_ name: String, _ type: GraphMLValueType) {
        if let old = self[name] { if type > old { self[name] = type } } else { self[name] = type }
    }
}

/// Widens each name's type by the values that have text (a value that cannot widen is not checked),
/// over many maps: remembers the type known for the name seen at each position, since
/// consecutive nodes of one kind list the same names in the same order (one string compare, no hash).
struct GraphMLTypeLearner {
    private var names: [String?] = []
    private var known: [GraphMLValueType] = []
    /// Maps already learned (into the same `types`): a shared map (edges alike) cannot widen them again.
    private var learned = AttributesMemo<Void>()

    /// `shared`: the maps may be shared (edges alike), so each is learned once; a node's map is its own, and
    /// looking it up among those learned only cost a hundred instructions a node.
    mutating func learn(_ attributes: Attributes, into types: inout [String: GraphMLValueType], skipping skipped: String? = nil,
                        shared: Bool = true) {
        if shared { guard learned.insert(attributes, ()) else { return } }
        attributes.withEntries { entries in
            for position in entries.indices {
                let t = GraphMLValueType(entries[position].1)
                if position < names.count, names[position] == entries[position].0, known[position] >= t { continue }
                let (name, value) = entries[position]
                if name == skipped { continue }
                if let k = types[name], k >= t {
                    remember(name, k, at: position)
                    continue
                }
                if GraphMLKeys.hasText(value) {
                    types.widen(name, t)
                    remember(name, types[name]!, at: position)
                }
            }
        }
    }

    private mutating func remember(_ name: String, _ type: GraphMLValueType, at position: Int) {
        while names.count <= position { names.append(nil); known.append(.int) }
        names[position] = name
        known[position] = type
    }
}

/// The value type of a GraphML key, ordered from narrowest to widest.
enum GraphMLValueType: Int, Comparable {
    case int = 0, double = 1, string = 2

    init(_ v: AttributeValue) {
        switch v {
        case .int: self = .int
        case .double: self = .double
        case .string: self = .string
        }
    }

    var graphMLName: String {
        switch self {
        case .int: return "int"
        case .double: return "double"
        case .string: return "string"
        }
    }

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// The `<key>` declarations of one domain.
struct GraphMLKeys {
    struct Key {
        var name: String       // attribute name in the graph
        var xmlName: String    // attr.name written (NMTOKEN, unique in the domain)
        var id: String         // key id
        var type: GraphMLValueType
    }

    let domain: String
    let keys: [Key]

    /// Names reserved by readers: igraph stores node and edge ids as the attribute `id` and warns
    /// when a key of that name exists.
    static let reservedNames: Set<String> = ["id"]

    /// Attribute name → index in `keys`.
    let index: [String: Int]
    /// `      <data key="ID">` of each key (at `tagRanges[k]`), ready to copy: written once per value of every element.
    let tags: [UInt8]
    let tagRanges: [Range<Int>]

    init(domain: String, prefix: String, attributes: [Attributes]) {
        var types: [String: GraphMLValueType] = [:]
        var learner = GraphMLTypeLearner()
        for attrs in attributes { learner.learn(attrs, into: &types) }
        self.init(domain: domain, prefix: prefix, types: types)
    }

    init(domain: String, prefix: String, types: [String: GraphMLValueType]) {
        self.domain = domain
        var namer = ExportNamer(reserved: Array(GraphMLKeys.reservedNames))
        var keys: [Key] = []
        var index: [String: Int] = [:]
        for (i, name) in types.keys.sorted(by: ExportText.byteOrder).enumerated() {
            var xmlName = ExportID.name(name)
            if GraphMLKeys.reservedNames.contains(xmlName) { xmlName += "_" }
            keys.append(Key(name: name, xmlName: namer.claim(xmlName), id: prefix + String(i), type: types[name]!))
            index[name] = i
        }
        self.keys = keys
        self.index = index
        var tags: [UInt8] = []
        self.tagRanges = keys.map { key in
            let start = tags.count
            tags += "      <data key=\"\(key.id)\">".utf8
            return start..<tags.count
        }
        self.tags = tags
    }

    /// The per-chunk type maps as one.
    static func merged(_ parts: [[String: GraphMLValueType]]) -> [String: GraphMLValueType] {
        var types: [String: GraphMLValueType] = [:]
        for part in parts { for (name, t) in part { types.widen(name, t) } }
        return types
    }

    /// True when `text(value, as:)` writes something: numbers always, strings unless blank once cleaned.
    static func hasText(_ value: AttributeValue) -> Bool {
        guard case .string(let s) = value else { return true }
        return !ExportText.isBlank(ExportText.clean(s))
    }

    /// The text of `value` in a key of type `type`, or nil when nothing should be written
    /// (empty or whitespace-only after cleaning).
    static func text(_ value: AttributeValue, as type: GraphMLValueType) -> String? {
        switch value {
        case .string(let s):
            let c = ExportText.clean(s)
            return ExportText.isBlank(c) ? nil : c
        case .int(let i):
            return type == .double ? number(Double(i)) : String(i)
        case .double(let d):
            return number(d)
        }
    }

    /// Doubles as Python's `float()`, Java's `Double.parseDouble` and C's `strtod` all read them.
    static func number(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        return AttributeValue.format(d)
    }
}

