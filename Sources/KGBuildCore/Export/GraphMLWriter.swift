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
        let layout = ExportLayout(graph)
        let style = GraphStyle(layout, jobs: jobs)
        let nodes = layout.graph.nodes
        let edges = layout.graph.edges

        func visual(_ i: Int, _ name: String) -> AttributeValue {
            let c = style.nodeColors[i]
            switch name {
            case "r": return .int(c.r)
            case "g": return .int(c.g)
            case "b": return .int(c.b)
            default: return .double(style.nodeSizes[i])
            }
        }
        // Key types: the widest type each name has where it has text, merged over chunks (max commutes).
        let nodeTypes = ParallelChunks.map(count: nodes.count, jobs: jobs) { range in
            var types: [String: GraphMLValueType] = [:]
            for i in range {
                let attrs = nodes[i].attributes
                types.learn(attrs)
                for name in GraphMLWriter.visualNames where attrs[name] == nil {
                    types.widen(name, GraphMLValueType(visual(i, name)))
                }
            }
            return types
        }
        let edgeTypes = ParallelChunks.map(count: edges.count, jobs: jobs) { range in
            var types: [String: GraphMLValueType] = [:]
            for i in range {
                types.learn(edges[i].attributes, skipping: "weight")
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

        try ParallelChunks.forEach(count: nodes.count, jobs: jobs, { range in
            var out = XMLBytes()
            var data: [(Int, AttributeValue)] = []
            for i in range {
                data.removeAll(keepingCapacity: true)
                let attrs = nodes[i].attributes
                for (name, value) in attrs { if let k = nodeKeys.index[name] { data.append((k, value)) } }
                for name in GraphMLWriter.visualNames where attrs[name] == nil {
                    data.append((nodeKeys.index[name]!, visual(i, name)))
                }
                out.append("    <node")
                out.attribute("id", layout.nodeIDs[i])
                GraphMLWriter.writeData(&out, nodeKeys, &data, closing: "    </node>\n")
            }
            return out.bytes
        }, consume: sink)
        try ParallelChunks.forEach(count: edges.count, jobs: jobs, { range in
            var out = XMLBytes()
            var data: [(Int, AttributeValue)] = []
            for i in range {
                data.removeAll(keepingCapacity: true)
                for (name, value) in edges[i].attributes where name != "weight" {
                    if let k = edgeKeys.index[name] { data.append((k, value)) }
                }
                data.append((edgeKeys.index["weight"]!, .double(style.edgeWeights[i])))
                out.append("    <edge")
                out.attribute("id", layout.edgeIDs[i])
                out.attribute("source", layout.nodeIDs[layout.sources[i]])
                out.attribute("target", layout.nodeIDs[layout.targets[i]])
                GraphMLWriter.writeData(&out, edgeKeys, &data, closing: "    </edge>\n")
            }
            return out.bytes
        }, consume: sink)
        var tail = XMLBytes()
        tail.append("  </graph>\n</graphml>\n")
        try sink(tail.bytes)
    }

    /// The `<data>` children of an element whose start tag is open, in key order, and its end.
    /// Numbers go straight into the buffer; strings as `GraphMLKeys.text` gives them.
    private static func writeData(_ out: inout XMLBytes, _ keys: GraphMLKeys, _ data: inout [(Int, AttributeValue)],
                                  closing: StaticString) {
        if data.count > 1 { data.sort { $0.0 < $1.0 } }
        var open = false
        for (k, value) in data {
            let type = keys.keys[k].type
            var text: String? = nil
            if case .string = value {
                guard let t = GraphMLKeys.text(value, as: type) else { continue }
                text = t
            }
            if !open { out.append(">\n"); open = true }
            out.bytes += keys.openTags[k]
            switch value {
            case .string: out.text(text!)
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
    var bytes: [UInt8] = []

    mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes += $0 }
    }

    mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { bytes += $0 }
    }

    /// Decimal digits, as `String(i)` writes them.
    mutating func integer(_ i: Int) {
        if i < 0 {
            bytes.append(UInt8(ascii: "-"))
            if i == Int.min { append(String(i).dropFirst().description); return }
        }
        var v = i.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // room for 20 digits, written back to front
        withUnsafeMutableBytes(of: &digits) { raw in
            var k = raw.count
            repeat {
                k -= 1
                raw[k] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            bytes += raw[k...]
        }
    }

    /// A double as `GraphMLKeys.number` writes it; whole numbers without a string in between.
    mutating func number(_ d: Double) {
        if AttributeValue.isWhole(d) {
            integer(Int(d))
            append(".0")
        } else {
            append(GraphMLKeys.number(d))
        }
    }

    /// ` name="value"`.
    mutating func attribute(_ name: StaticString, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
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
                bytes += UnsafeBufferPointer(rebasing: buf[start..<i])
                append(escape)
                start = i + 1
            }
            bytes += UnsafeBufferPointer(rebasing: buf[start...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Element content that is already clean (see `ExportText.clean`): raw, or CDATA sections when it has
    /// a markup character, as `XMLTextWriter.text` writes it.
    mutating func text(_ s: String) {
        guard ExportText.needsCDATA(s) else { return append(s) }
        for part in ExportText.cdataParts(s) {
            append("<![CDATA[")
            append(part)
            append("]]>")
        }
    }
}

extension Dictionary where Key == String, Value == GraphMLValueType {
    mutating func widen(_ name: String, _ type: GraphMLValueType) {
        if let old = self[name] { if type > old { self[name] = type } } else { self[name] = type }
    }

    /// Widens each name's type by the values that have text (a value that cannot widen is not checked).
    mutating func learn(_ attributes: [String: AttributeValue], skipping skipped: String? = nil) {
        for (name, value) in attributes where name != skipped {
            let t = GraphMLValueType(value)
            if let known = self[name], known >= t { continue }
            if GraphMLKeys.hasText(value) { widen(name, t) }
        }
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
    /// `      <data key="ID">` of each key, ready to copy: written once per value of every element.
    let openTags: [[UInt8]]

    init(domain: String, prefix: String, attributes: [[String: AttributeValue]]) {
        var types: [String: GraphMLValueType] = [:]
        for attrs in attributes { types.learn(attrs) }
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

