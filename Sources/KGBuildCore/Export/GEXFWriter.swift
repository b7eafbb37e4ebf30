/// GEXF 1.3 for Gephi (and NetworkX `read_gexf`), written with libxml2's `xmlTextWriter` like GraphML.
///
/// - The same nodes, edges and ids as the GraphML export (`ExportLayout`), with `viz:color` as
///   r/g/b integers (Gephi's importer fails the whole file on `hex`) and `viz:size` from `GraphStyle`.
/// - Attributes declared per class (`<attributes class="node|edge">`) and typed `integer`, `double`
///   or `string` (the widest case seen, as in GraphML). The node `label` and the edge `label` and
///   `weight` are GEXF's own XML attributes, not attvalues; attribute titles NetworkX reserves
///   (`start`, `end`, `spells`, `viz`, `pid`, `id`) get a `_` suffix.
/// - Time: `mode="dynamic" timeformat="date" timezone="UTC"`. A node with a usable `date` (events,
///   claims, articles) gets a `<spell>` over the days it stands for: `2014-06-24` that day, `2014-06`
///   the month, `2014` the year; `XXXX-..` and empty dates get none, so those nodes are always shown.
///   Edges carrying `dates` (the actors view) get one spell per date, overlapping ones merged since
///   Gephi rejects overlapping intervals. Gephi's timeline then plays events and claims in order.
/// - The edge `kind` is its role: Gephi merges only edges with the same source, target and kind.
/// - `label` and `kind` are xsd:token: whitespace runs are collapsed to one space and trimmed.
/// - No date or generator version in `<meta>`, so output is byte-identical across runs.
public struct GEXFWriter: GraphExporter {
    public static let formatName = "gexf"
    public static let fileExtensions = ["gexf"]

    public static let namespace = "http://gexf.net/1.3"
    public static let vizNamespace = "http://gexf.net/1.3/viz"

    /// Titles NetworkX's GEXF reader stores under the same key as structural data.
    static let reservedTitles: Set<String> = ["start", "end", "spells", "viz", "pid", "id", "label", "weight"]

    public init() {}

    public func export(_ graph: KnowledgeGraph) throws -> [UInt8] {
        let layout = ExportLayout(graph)
        let g = layout.graph
        let style = GraphStyle(layout)

        let nodeAttributes = g.nodes.map { GEXFWriter.attvalues($0.attributes, drop: ["label"]) }
        let edgeAttributes = g.edges.map { GEXFWriter.attvalues($0.attributes, drop: ["label", "weight"]) }
        let nodeKeys = GraphMLKeys(domain: "node", prefix: "n", attributes: nodeAttributes)
        let edgeKeys = GraphMLKeys(domain: "edge", prefix: "e", attributes: edgeAttributes)

        let w = try XMLTextWriter(format: GEXFWriter.formatName)
        try w.startDocument()
        try w.start("gexf")
        try w.attribute("xmlns", GEXFWriter.namespace)
        try w.attribute("xmlns:viz", GEXFWriter.vizNamespace)
        try w.attribute("version", "1.3")
        try w.start("meta")
        try w.start("creator")
        try w.text("kgbuild")
        try w.end()
        try w.start("description")
        try w.text("Event/claim knowledge graph built from news articles")
        try w.end()
        try w.end()   // meta

        try w.start("graph")
        try w.attribute("defaultedgetype", "directed")
        try w.attribute("mode", "dynamic")
        try w.attribute("timeformat", "date")
        try w.attribute("timerepresentation", "interval")
        try w.attribute("timezone", "UTC")
        for keys in [nodeKeys, edgeKeys] {
            try w.start("attributes")
            try w.attribute("class", keys.domain)
            try w.attribute("mode", "static")
            for k in keys.keys {
                try w.start("attribute")
                try w.attribute("id", k.id)
                try w.attribute("title", ExportText.clean(k.name))
                try w.attribute("type", GEXFWriter.typeName(k.type))
                try w.end()
            }
            try w.end()
        }

        try w.start("nodes")
        try w.attribute("count", String(g.nodes.count))
        for (i, node) in g.nodes.enumerated() {
            try w.start("node")
            try w.attribute("id", layout.nodeIDs[i])
            let label = GEXFWriter.token(node.label)
            try w.attribute("label", label.isEmpty ? layout.nodeIDs[i] : label)
            try writeAttvalues(w, nodeKeys, nodeAttributes[i])
            try writeSpells(w, GEXFWriter.spans(node.attributes))
            let c = style.nodeColors[i]
            try w.start("viz:color")
            try w.attribute("r", String(c.r))
            try w.attribute("g", String(c.g))
            try w.attribute("b", String(c.b))
            try w.end()
            try w.start("viz:size")
            try w.attribute("value", ExportText.decimal(style.nodeSizes[i], digits: 3))
            try w.end()
            try w.end()
        }
        try w.end()   // nodes

        try w.start("edges")
        try w.attribute("count", String(g.edges.count))
        for (i, edge) in g.edges.enumerated() {
            try w.start("edge")
            try w.attribute("id", layout.edgeIDs[i])
            try w.attribute("source", layout.nodeIDs[layout.sources[i]])
            try w.attribute("target", layout.nodeIDs[layout.targets[i]])
            let kind = GEXFWriter.token(edge.role)
            if !kind.isEmpty { try w.attribute("kind", kind) }
            let label = GEXFWriter.token(edge["label"] ?? edge.role)
            if !label.isEmpty { try w.attribute("label", label) }
            try w.attribute("weight", GraphMLKeys.number(style.edgeWeights[i]))
            try writeAttvalues(w, edgeKeys, edgeAttributes[i])
            try writeSpells(w, GEXFWriter.spans(edge.attributes))
            try w.end()
        }
        try w.end()   // edges
        try w.end()   // graph
        try w.end()   // gexf
        return try w.finish()
    }

    private func writeAttvalues(_ w: XMLTextWriter, _ keys: GraphMLKeys, _ attributes: Attributes) throws {
        var started = false
        for k in keys.keys {
            guard let value = attributes[k.name], let text = GraphMLKeys.text(value, as: k.type) else { continue }
            if !started { try w.start("attvalues"); started = true }
            try w.start("attvalue")
            try w.attribute("for", k.id)
            try w.attribute("value", text)
            try w.end()
        }
        if started { try w.end() }
    }

    private func writeSpells(_ w: XMLTextWriter, _ spans: [DaySpan]) throws {
        guard !spans.isEmpty else { return }
        try w.start("spells")
        for s in spans {
            try w.start("spell")
            try w.attribute("start", s.startText)
            try w.attribute("end", s.endText)
            try w.end()
        }
        try w.end()
    }

    /// The attributes written as attvalues: without the ones GEXF carries itself, reserved titles renamed.
    static func attvalues(_ attributes: Attributes, drop: Set<String>) -> Attributes {
        var out: Attributes = [:]
        for (name, value) in attributes where !drop.contains(name) {
            var key = name
            while reservedTitles.contains(key) || (key != name && attributes[key] != nil) { key += "_" }
            out[key] = value
        }
        return out
    }

    /// The time spans of a node or edge: from `date`, or from `dates` ("|"-separated).
    static func spans(_ attributes: Attributes) -> [DaySpan] {
        var spans: [DaySpan] = []
        if let d = attributes["date"]?.text, let s = DaySpan(ExportText.trim(d)) { spans.append(s) }
        if let ds = attributes["dates"]?.text {
            for part in ds.split(separator: "|") {
                if let s = DaySpan(ExportText.trim(String(part))) { spans.append(s) }
            }
        }
        return DaySpan.merged(spans)
    }

    static func typeName(_ t: GraphMLValueType) -> String {
        switch t {
        case .int: return "integer"
        case .double: return "double"
        case .string: return "string"
        }
    }

    /// An xsd:token: cleaned, XML whitespace runs (space, tab, LF, CR) collapsed to one space, trimmed.
    static func token(_ s: String) -> String {
        let bytes = Array(ExportText.clean(s).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for b in bytes {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
