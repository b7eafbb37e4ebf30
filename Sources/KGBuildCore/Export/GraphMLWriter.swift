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
                learner.learn(attrs, into: &types)
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
            for i in range {
                learner.learn(edges[i].attributes, into: &types, skipping: "weight")
                types.widen("weight", .double)
            }
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

        // Edge ends are written from one buffer of the node ids: reading each id string from both
        // threads had them retaining the same strings (an actor's id ends thousands of edges).
        let packedIDs = PackedStrings(nodeIDs, jobs: jobs)
        // present whenever there is a node (an edge)
        let visualKeys = GraphMLWriter.visualNames.map { nodeKeys.index[$0] ?? -1 }
        let weightKey = edgeKeys.index["weight"] ?? -1
        try ParallelChunks.forEach(count: nodes.count, jobs: jobs, { range in
            var out = XMLBytes()
            var data: [(Int, AttributeValue)] = []
            var cache = GraphMLKeys.Cache()
            for i in range {
                cache.collect(nodes[i].attributes, in: nodeKeys, into: &data)
                for (j, key) in visualKeys.enumerated() where !data.contains(where: { $0.0 == key }) {
                    data.append((key, visual(i, j)))
                }
                out.append("    <node")
                out.tokenAttribute("id", nodeIDs[i])
                GraphMLWriter.writeData(&out, nodeKeys, &data, closing: "    </node>\n")
            }
            return out.bytes
        }, consume: sink)
        try ParallelChunks.forEach(count: edges.count, jobs: jobs, { range in
            var out = XMLBytes()
            var data: [(Int, AttributeValue)] = []
            var cache = GraphMLKeys.Cache()
            for i in range {
                cache.collect(edges[i].attributes, in: edgeKeys, into: &data, skipping: weightKey)
                data.append((weightKey, .double(weights[i])))
                out.append("    <edge")
                out.tokenAttribute("id", edgeIDs[i])
                out.tokenAttribute("source", packedIDs, sources[i])
                out.tokenAttribute("target", packedIDs, targets[i])
                GraphMLWriter.writeData(&out, edgeKeys, &data, closing: "    </edge>\n")
            }
            return out.bytes
        }, consume: sink)
        var tail = XMLBytes()
        tail.append("  </graph>\n</graphml>\n")
        try sink(tail.bytes)
    }

    /// The `<data>` children of an element whose start tag is open, in key order, and its end.
    /// Numbers go straight into the buffer; strings as `GraphMLKeys.text` gives them, each scanned once.
    private static func writeData(_ out: inout XMLBytes, _ keys: GraphMLKeys, _ data: inout [(Int, AttributeValue)],
                                  closing: StaticString) {
        if data.count > 1 { data.sort { $0.0 < $1.0 } }
        var open = false
        for (k, value) in data {
            let type = keys.keys[k].type
            if case .string(let s) = value {
                var text = s
                var scan = text.withUTF8 { ExportText.TextScan($0) }
                if scan.needsClean {
                    text = ExportText.clean(text)
                    scan = text.withUTF8 { ExportText.TextScan($0) }
                }
                if !scan.hasVisibleASCII && ExportText.isBlank(text) { continue }
                if !open { out.append(">\n"); open = true }
                out.append(keys.openTags[k])
                out.text(text, markup: scan.hasMarkup)
                out.append("</data>\n")
                continue
            }
            if !open { out.append(">\n"); open = true }
            out.append(keys.openTags[k])
            switch value {
            case .string: break
            case .int(let i) where type != .double: out.integer(i)
            case .int(let i): out.number(Double(i))
            case .double(let d): out.number(d)
            }
            out.append("</data>\n")
        }
        if open { out.append(closing) } else { out.append("/>\n") }
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

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        @inline(__always)
        func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
            if count + n > capacity { grow(count + n) }
            (base + count).update(from: p, count: n)
            count += n
        }

        @inline(__always)
        func append(_ b: UInt8) {
            if count == capacity { grow(count + 1) }
            base[count] = b
            count += 1
        }

        /// The `count` decimal digits of `v`, written back to front in place.
        func appendDigits(of v: UInt, count n: Int) {
            if count + n > capacity { grow(count + n) }
            var v = v
            var k = count + n
            repeat {
                k -= 1
                base[k] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while k > count
            count += n
        }

        private func grow(_ needed: Int) {
            var c = capacity * 2
            while c < needed { c *= 2 }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
            bigger.update(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity = c
        }
    }

    private let storage: Storage

    init(capacity: Int = 1 << 20) { storage = Storage(capacity: capacity) }

    /// What was written.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }

    @inline(__always)
    mutating func append(_ b: UInt8) { storage.append(b) }

    @inline(__always)
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        if let p = buffer.baseAddress, buffer.count > 0 { storage.append(p, buffer.count) }
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { append($0) }
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
        let v = i.magnitude
        var n = 1
        var t = v
        while t >= 10 { t /= 10; n += 1 }
        storage.appendDigits(of: v, count: n)
    }

    /// A double as `GraphMLKeys.number` writes it; whole numbers without a string in between.
    mutating func number(_ d: Double) {
        if AttributeValue.isWhole(d) {
            integer(Int(d))
            append(".0")
        } else {
            append(string: GraphMLKeys.number(d))
        }
    }

    /// ` name="value"` for a value that needs no reference: the NMTOKEN ids `ExportLayout` gives.
    mutating func tokenAttribute(_ name: StaticString, _ value: String) {
        append(UInt8(ascii: " "))
        append(name)
        append(UInt8(ascii: "="))
        append(UInt8(ascii: "\""))
        append(string: value)
        append(UInt8(ascii: "\""))
    }

    /// `tokenAttribute` of string `i` of `strings`.
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
            // ids and names rarely need a reference: copy them whole
            if !buf.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }) {
                append(buf)
                return
            }
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
    mutating func text(_ s: String, markup: Bool) {
        guard markup else { return append(string: s) }
        for part in ExportText.cdataParts(s) {
            append("<![CDATA[")
            append(string: part)
            append("]]>")
        }
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

    mutating func learn(_ attributes: Attributes, into types: inout [String: GraphMLValueType], skipping skipped: String? = nil) {
        for (position, (name, value)) in attributes.enumerated() where name != skipped {
            let t = GraphMLValueType(value)
            if position < names.count, names[position] == name, known[position] >= t { continue }
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

    /// Remembers the key of the name seen at each position of an attribute map: consecutive nodes
    /// of one kind list the same names in the same order, so most lookups are one string compare.
    struct Cache {
        private var names: [String?] = []
        private var found: [Int] = []

        /// `data` := (key index, value) of each attribute that has a key, other than key `skipped`.
        mutating func collect(_ attributes: Attributes, in keys: GraphMLKeys, into data: inout [(Int, AttributeValue)],
                              skipping skipped: Int = -1) {
            data.removeAll(keepingCapacity: true)
            for (position, (name, value)) in attributes.enumerated() {
                if let k = index(name, at: position, in: keys), k != skipped { data.append((k, value)) }
            }
        }

        mutating func index(_ name: String, at position: Int, in keys: GraphMLKeys) -> Int? {
            if position < names.count, names[position] == name { return found[position] < 0 ? nil : found[position] }
            let k = keys.index[name] ?? -1
            while names.count <= position { names.append(nil); found.append(-1) }
            names[position] = name
            found[position] = k
            return k < 0 ? nil : k
        }
    }

    /// Attribute name → index in `keys`.
    let index: [String: Int]
    /// `      <data key="ID">` of each key, ready to copy: written once per value of every element.
    let openTags: [[UInt8]]

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
        self.openTags = keys.map { Array("      <data key=\"\($0.id)\">".utf8) }
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

