import CLibXML2

/// GraphML 1.0 for Gephi, NetworkX, igraph and yEd, written with libxml2's `xmlTextWriter`.
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
public struct GraphMLWriter: GraphExporter {
    public static let formatName = "graphml"
    public static let fileExtensions = ["graphml"]

    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    public static let schemaLocation =
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

    public init() {}

    public func export(_ graph: KnowledgeGraph) throws -> [UInt8] {
        let layout = ExportLayout(graph)
        let style = GraphStyle(layout.graph)

        // Attributes as written: the graph's own plus the visual ones.
        var nodeAttributes: [[String: AttributeValue]] = []
        nodeAttributes.reserveCapacity(layout.graph.nodes.count)
        for (i, node) in layout.graph.nodes.enumerated() {
            var a = node.attributes
            let c = style.nodeColors[i]
            if a["r"] == nil { a["r"] = .int(c.r) }
            if a["g"] == nil { a["g"] = .int(c.g) }
            if a["b"] == nil { a["b"] = .int(c.b) }
            if a["size"] == nil { a["size"] = .double(style.nodeSizes[i]) }
            nodeAttributes.append(a)
        }
        var edgeAttributes: [[String: AttributeValue]] = []
        edgeAttributes.reserveCapacity(layout.graph.edges.count)
        for (i, edge) in layout.graph.edges.enumerated() {
            var a = edge.attributes
            a["weight"] = .double(style.edgeWeights[i])
            edgeAttributes.append(a)
        }
        let nodeKeys = GraphMLKeys(domain: "node", prefix: "n", attributes: nodeAttributes)
        let edgeKeys = GraphMLKeys(domain: "edge", prefix: "e", attributes: edgeAttributes)

        let w = try GraphMLTextWriter()
        try w.startDocument()
        try w.start("graphml")
        try w.attribute("xmlns", GraphMLWriter.namespace)
        try w.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        try w.attribute("xsi:schemaLocation", GraphMLWriter.schemaLocation)
        for keys in [nodeKeys, edgeKeys] {
            for k in keys.keys {
                try w.start("key")
                try w.attribute("id", k.id)
                try w.attribute("for", keys.domain)
                try w.attribute("attr.name", k.xmlName)
                try w.attribute("attr.type", k.type.graphMLName)
                try w.end()
            }
        }
        try w.start("graph")
        try w.attribute("id", "G")
        try w.attribute("edgedefault", "directed")
        for i in layout.graph.nodes.indices {
            try w.start("node")
            try w.attribute("id", layout.nodeIDs[i])
            try writeData(w, nodeKeys, nodeAttributes[i])
            try w.end()
        }
        for i in layout.graph.edges.indices {
            try w.start("edge")
            try w.attribute("id", layout.edgeIDs[i])
            try w.attribute("source", layout.nodeIDs[layout.sources[i]])
            try w.attribute("target", layout.nodeIDs[layout.targets[i]])
            try writeData(w, edgeKeys, edgeAttributes[i])
            try w.end()
        }
        try w.end()   // graph
        try w.end()   // graphml
        return try w.finish()
    }

    private func writeData(_ w: GraphMLTextWriter, _ keys: GraphMLKeys, _ attributes: [String: AttributeValue]) throws {
        for k in keys.keys {
            guard let value = attributes[k.name], let text = GraphMLKeys.text(value, as: k.type) else { continue }
            try w.start("data")
            try w.attribute("key", k.id)
            try w.text(text)
            try w.end()
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

    init(domain: String, prefix: String, attributes: [[String: AttributeValue]]) {
        self.domain = domain
        var types: [String: GraphMLValueType] = [:]
        for attrs in attributes {
            for (name, value) in attrs where GraphMLKeys.text(value, as: GraphMLValueType(value)) != nil {
                let t = GraphMLValueType(value)
                if let old = types[name] { types[name] = max(old, t) } else { types[name] = t }
            }
        }
        var namer = ExportNamer(reserved: Array(GraphMLKeys.reservedNames))
        var keys: [Key] = []
        for (i, name) in types.keys.sorted(by: ExportText.byteOrder).enumerated() {
            var xmlName = ExportID.name(name)
            if GraphMLKeys.reservedNames.contains(xmlName) { xmlName += "_" }
            keys.append(Key(name: name, xmlName: namer.claim(xmlName), id: prefix + String(i), type: types[name]!))
        }
        self.keys = keys
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

/// A thin, throwing wrapper over `xmlTextWriter` writing into an `xmlBuffer`; used by the GraphML
/// and GEXF writers (`format` names the one in error messages). Not thread-safe; one per export.
final class GraphMLTextWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false
    private let format: String

    private static let libxmlInitialized: Bool = {
        xmlInitParser()   // sets up encoding handlers once, before any concurrent use
        return true
    }()

    init(format: String = "graphml") throws {
        _ = GraphMLTextWriter.libxmlInitialized
        self.format = format
        guard let buffer = xmlBufferCreate() else {
            throw GraphExportError(format: format, message: "libxml2 xmlBufferCreate failed (out of memory?)")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw GraphExportError(format: format, message: "libxml2 xmlNewTextWriterMemory failed (out of memory?)")
        }
        self.buffer = buffer
        self.writer = writer
        try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
        try GraphMLTextWriter.withXMLChars("  ") { try check(xmlTextWriterSetIndentString(writer, $0), "xmlTextWriterSetIndentString") }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ rc: Int32, _ call: String, _ detail: String = "") throws {
        if rc < 0 {
            throw GraphExportError(format: format,
                                   message: "libxml2 \(call)\(detail.isEmpty ? "" : "(\(detail))") failed with \(rc)")
        }
    }

    /// Passes `s` as a NUL-terminated `xmlChar` string. Callers never pass text containing NUL
    /// (cleaning removes it, ids and names are tokens).
    private static func withXMLChars<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) throws -> R) throws -> R {
        try s.withCString { p in
            try p.withMemoryRebound(to: xmlChar.self, capacity: s.utf8.count + 1) { try body($0) }
        }
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    func start(_ name: String) throws {
        try GraphMLTextWriter.withXMLChars(name) { try check(xmlTextWriterStartElement(writer, $0), "xmlTextWriterStartElement", name) }
    }

    func attribute(_ name: String, _ value: String) throws {
        try GraphMLTextWriter.withXMLChars(name) { n in
            try GraphMLTextWriter.withXMLChars(value) { v in
                try check(xmlTextWriterWriteAttribute(writer, n, v), "xmlTextWriterWriteAttribute", name)
            }
        }
    }

    func end() throws {
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
    }

    /// Element content that is already clean: as is when it has no markup character, else as
    /// CDATA sections (split at "]]>"), so the file never has an entity reference in text.
    func text(_ s: String) throws {
        var needsCDATA = false
        for b in s.utf8 where b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") {
            needsCDATA = true
            break
        }
        if !needsCDATA {
            try GraphMLTextWriter.withXMLChars(s) { try check(xmlTextWriterWriteRaw(writer, $0), "xmlTextWriterWriteRaw") }
            return
        }
        for part in GraphMLTextWriter.cdataParts(s) {
            try check(xmlTextWriterStartCDATA(writer), "xmlTextWriterStartCDATA")
            try GraphMLTextWriter.withXMLChars(part) { try check(xmlTextWriterWriteRaw(writer, $0), "xmlTextWriterWriteRaw") }
            try check(xmlTextWriterEndCDATA(writer), "xmlTextWriterEndCDATA")
        }
    }

    /// Splits `s` so no part contains "]]>": "a]]>b" → ["a]]", ">b"].
    static func cdataParts(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == UInt8(ascii: "]") && bytes[i + 1] == UInt8(ascii: "]") && bytes[i + 2] == UInt8(ascii: ">") {
                parts.append(String(decoding: bytes[start..<(i + 2)], as: UTF8.self))
                start = i + 2
                i += 2
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// Ends the document and returns the bytes written.
    func finish() throws -> [UInt8] {
        precondition(!finished, "GraphMLTextWriter.finish called twice")
        finished = true
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else {
            throw GraphExportError(format: format, message: "libxml2 produced no output")
        }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}
