import CLibXML2
import Foundation
import Testing

@testable import KGBuildCore

// MARK: - Fixture graph

/// A small but nasty graph: markup characters, quotes, a trailing backslash, an emoji, a control
/// character, CR/LF/tab, "]]>", a long claim, mixed attribute types, a reserved attribute name,
/// whitespace-only values, parallel edges, a duplicate edge id, weight 0, and an edge to an
/// unknown node.
enum ExportFixture {
    static let trickyLabel = "Smith & Wesson <\"Arms\"> Co \\"
    static let longClaim = "Lavrov said that \"Russia will continue to supply S-300 systems to Damascus & its allies\" "
        + "and that <no> Western pressure]]> would change this;\r\nhe added:\tthe contracts, signed in 2010, "
        + "are fully legal under international law &amp; will be honoured in full, whatever Washington says. "
        + "Next paragraph keeps going for a long while so that the label has to be cut somewhere sensible."

    static func graph(actorAttributesReversed: Bool = false) -> KnowledgeGraph {
        func attrs(_ pairs: [(String, AttributeValue)]) -> Attributes {
            var d: Attributes = [:]
            for (k, v) in (actorAttributesReversed ? pairs.reversed() : pairs) { d[k] = v }
            return d
        }
        let nodes: [Node] = [
            Node(id: "article:0001", attributes: attrs([
                ("kind", .string("article")), ("label", .string("Russia to ship S-300 to Syria")),
                ("title", .string("Russia to ship S-300 to Syria")), ("path", .string("seeds/000.txt")),
                ("date", .string("2014-06-24")), ("source", .string("Reuters")), ("mentions", .int(3)),
            ])),
            Node(id: "actor:RUS", attributes: attrs([
                ("kind", .string("actor")), ("label", .string("Russia")), ("type", .string("country")),
                ("aliases", .string("Russia|Russian Federation|Moscow")), ("mentions", .double(2.5)),
                ("score", .int(7)),
            ])),
            Node(id: "actor:SYR", attributes: attrs([
                ("kind", .string("actor")), ("label", .string("Syria")), ("type", .string("country")),
                ("aliases", .string("   ")), ("score", .string("high")),
            ])),
            Node(id: "actor:Smith & Wesson <\"Arms\"> Co \\", attributes: attrs([
                ("kind", .string("actor")), ("label", .string(trickyLabel)), ("type", .string("organization")),
                ("aliases", .string("S&W|\"Arms\"")), ("id", .string("internal-42")), ("first seen", .string("2014")),
            ])),
            Node(id: "actor:rocket🚀", attributes: attrs([
                ("kind", .string("actor")), ("label", .string("Rocket Force 🚀")), ("type", .string("armed_group")),
            ])),
            Node(id: "actor:bad\u{01}id", attributes: attrs([
                ("kind", .string("actor")), ("label", .string("Bad\u{01}Name\u{7F}\u{85}\u{FFFF}")), ("type", .string("person")),
            ])),
            Node(id: "actor:Sergei Lavrov", attributes: attrs([
                ("kind", .string("actor")), ("label", .string("Sergei Lavrov")), ("type", .string("person")),
            ])),
            Node(id: "place:Damascus", attributes: attrs([
                ("kind", .string("place")), ("label", .string("Damascus")), ("aliases", .string("Damascus|Dimashq")),
            ])),
            Node(id: "event:arms_transfer:1", attributes: attrs([
                ("kind", .string("event")), ("type", .string("arms_transfer")), ("date", .string("2014-06")),
                ("text", .string("Russia will ship S-300 missiles to Syria.")),
                ("label", .string("arms_transfer: Russia → Syria")), ("confidence", .double(0.85)),
            ])),
            Node(id: "event:cyber:2", attributes: attrs([
                ("kind", .string("event")), ("type", .string("cyber_operation")), ("date", .string("")),
                ("text", .string("Hackers attacked a ministry.")), ("label", .string("cyber_operation")),
                ("confidence", .int(1)),
            ])),
            Node(id: "claim:1", attributes: attrs([
                ("kind", .string("claim")), ("text", .string(longClaim)), ("date", .string("2014-06-24")),
                ("label", .string(longClaim)),
            ])),
        ]
        func edge(_ id: String, _ s: String, _ t: String, _ role: String, _ extra: [(String, AttributeValue)] = []) -> Edge {
            Edge(id: id, source: s, target: t, attributes: attrs([("role", .string(role)), ("label", .string(role))] + extra))
        }
        let edges: [Edge] = [
            edge("e1", "event:arms_transfer:1", "actor:RUS", "supplier", [("weight", .double(2.5))]),
            edge("e2", "event:arms_transfer:1", "actor:SYR", "recipient", [("weight", .int(0))]),
            edge("e3", "event:arms_transfer:1", "actor:Smith & Wesson <\"Arms\"> Co \\", "intermediary"),
            edge("e4", "event:arms_transfer:1", "article:0001", "reported_in"),
            edge("e5", "event:arms_transfer:1", "place:Damascus", "place"),
            edge("e6", "claim:1", "actor:Sergei Lavrov", "speaker"),
            edge("e7", "claim:1", "article:0001", "reported_in"),
            edge("e8", "article:0001", "actor:RUS", "mentions"),
            edge("e8", "article:0001", "actor:RUS", "mentions"),              // parallel, same id
            edge("e9", "article:0001", "actor:rocket🚀", "mentions"),
            edge("e 10", "article:0001", "actor:bad\u{01}id", "mentions"),
            edge("e11", "event:cyber:2", "actor:GHOST", "attacker"),         // unknown node
            edge("e12", "event:cyber:2", "article:0001", "reported_in", [("weight", .string("  "))]),
        ]
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    /// `nodes` nodes and `edges` edges of all kinds, deterministic.
    static func synthetic(nodes n: Int, edges m: Int) -> KnowledgeGraph {
        let kinds = ["article", "actor", "actor", "place", "event", "event", "claim"]
        let eventTypes = ["arms_transfer", "attack", "meeting", "talks_stalled", "pledge", "custom_\(n)"]
        let actorTypes = ["country", "organization", "person", "armed_group", "media", "government", "group"]
        var nodes: [Node] = []
        for i in 0..<n {
            let kind = kinds[i % kinds.count]
            var a: Attributes = ["kind": .string(kind), "label": .string("\(kind) number \(i) & co")]
            switch kind {
            case "actor": a["type"] = .string(actorTypes[i % actorTypes.count])
            case "event":
                a["type"] = .string(eventTypes[i % eventTypes.count])
                a["text"] = .string("Something happened to node \(i) in a sentence that is quite long indeed, really.")
                a["label"] = .string("Event \(i): something happened in a sentence that is quite long indeed")
                a["confidence"] = .double(Double(i % 100) / 100)
            case "claim": a["text"] = .string("\"We will not give in\", said speaker \(i).")
            default: break
            }
            nodes.append(Node(id: "\(kind):\(i)", attributes: a))
        }
        var edges: [Edge] = []
        var x: UInt64 = 42
        func next() -> Int {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return Int((x >> 33) % UInt64(n))
        }
        let roles = ["supplier", "recipient", "mentions", "reported_in", "speaker", "place"]
        for j in 0..<m {
            let role = roles[j % roles.count]
            edges.append(Edge(id: "e\(j)", source: nodes[next()].id, target: nodes[next()].id,
                              attributes: ["role": .string(role), "label": .string(role)]))
        }
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }
}

// MARK: - libxml2 helpers

enum XMLTree {
    static let initialized: Bool = {
        xmlInitParser()
        kg_silenceLibxml()
        return true
    }()

    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var children: [Element]

        func all(_ name: String) -> [Element] {
            children.filter { $0.name == name }
        }
    }

    /// Parses with libxml2 (no network, no entity expansion) and copies the tree into Swift values.
    static func parse(_ bytes: [UInt8]) -> Element? {
        _ = initialized
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(buf.count), "test.graphml", nil, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return copy(root)
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    private static func copy(_ node: xmlNodePtr) -> Element {
        var attributes: [String: String] = [:]
        var a = node.pointee.properties
        while let attr = a {
            let name = string(attr.pointee.name)
            let prefix = attr.pointee.ns.map { string($0.pointee.prefix) } ?? ""
            let full = prefix.isEmpty ? name : prefix + ":" + name
            if let v = xmlNodeGetContent(UnsafeMutableRawPointer(attr).assumingMemoryBound(to: xmlNode.self)) {
                attributes[full] = String(cString: v)
                kg_xmlFree(v)
            }
            a = attr.pointee.next
        }
        var text = ""
        var children: [Element] = []
        var c = node.pointee.children
        while let child = c {
            switch child.pointee.type {
            case XML_ELEMENT_NODE: children.append(copy(child))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: text += string(child.pointee.content)
            default: break
            }
            c = child.pointee.next
        }
        return Element(name: string(node.pointee.name), attributes: attributes, text: text, children: children)
    }
}

func isNMTOKEN(_ s: String) -> Bool {
    !s.isEmpty && s.utf8.allSatisfy { b in
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":")
    }
}

/// True when the bytes hold a byte < 0x20 other than tab and LF.
func hasControlBytes(_ bytes: [UInt8]) -> Bool {
    bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A }
}

// MARK: - Tests

@Suite("Export")
struct ExportTests {
    let graph = ExportFixture.graph()

    // MARK: GraphML

    @Test func graphMLParsesWithLibxml2AndHasTheExpectedStructure() throws {
        let bytes = try GraphMLWriter().export(graph)
        #expect(bytes.starts(with: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8)))
        #expect(!hasControlBytes(bytes))
        #expect(String(validating: bytes, as: UTF8.self) != nil)

        let root = try #require(XMLTree.parse(bytes))
        #expect(root.name == "graphml")
        #expect(root.attributes["xmlns"] == nil)   // namespace declarations are not attributes in libxml2
        #expect(root.attributes["xsi:schemaLocation"] == GraphMLWriter.schemaLocation)

        let keys = root.all("key")
        let keyByID = Dictionary(uniqueKeysWithValues: keys.map { ($0.attributes["id"]!, $0) })
        #expect(keyByID.count == keys.count)
        for k in keys {
            #expect(["node", "edge"].contains(k.attributes["for"]))
            #expect(["int", "double", "string"].contains(k.attributes["attr.type"]))
            #expect(isNMTOKEN(k.attributes["id"]!))
            #expect(isNMTOKEN(k.attributes["attr.name"]!))
        }
        func key(_ domain: String, _ name: String) -> XMLTree.Element? {
            keys.first { $0.attributes["for"] == domain && $0.attributes["attr.name"] == name }
        }
        let nodeKeyNames = keys.filter { $0.attributes["for"] == "node" }.map { $0.attributes["attr.name"]! }
        let edgeKeyNames = keys.filter { $0.attributes["for"] == "edge" }.map { $0.attributes["attr.name"]! }
        #expect(nodeKeyNames == ["aliases", "b", "confidence", "date", "first_seen", "g", "id_", "kind", "label",
                                 "mentions", "path", "r", "score", "size", "source", "text", "title", "type"])
        #expect(edgeKeyNames == ["label", "role", "weight"])
        #expect(key("node", "mentions")?.attributes["attr.type"] == "double")      // int + double
        #expect(key("node", "score")?.attributes["attr.type"] == "string")         // int + string
        #expect(key("node", "confidence")?.attributes["attr.type"] == "double")
        #expect(key("node", "r")?.attributes["attr.type"] == "int")
        #expect(key("node", "size")?.attributes["attr.type"] == "double")
        #expect(key("edge", "weight")?.attributes["attr.type"] == "double")

        let graphs = root.all("graph")
        #expect(graphs.count == 1)
        let g = try #require(graphs.first)
        #expect(g.attributes["edgedefault"] == "directed")
        let nodes = g.all("node")
        let edges = g.all("edge")
        #expect(nodes.count == graph.nodes.count + 1)   // + implicit actor:GHOST
        #expect(edges.count == graph.edges.count)

        let nodeIDs = nodes.map { $0.attributes["id"]! }
        #expect(Set(nodeIDs).count == nodeIDs.count)
        #expect(nodeIDs.allSatisfy(isNMTOKEN))
        #expect(nodeIDs.contains("actor:RUS"))                        // safe ids are kept
        #expect(nodeIDs.contains("actor:Sergei_20Lavrov"))            // others escaped
        let edgeIDs = edges.map { $0.attributes["id"]! }
        #expect(Set(edgeIDs).count == edgeIDs.count)
        #expect(edgeIDs.allSatisfy(isNMTOKEN))
        for e in edges {
            #expect(nodeIDs.contains(e.attributes["source"]!))
            #expect(nodeIDs.contains(e.attributes["target"]!))
        }
        for element in nodes + edges {
            let domain = element.name
            for d in element.all("data") {
                let k = try #require(keyByID[d.attributes["key"]!])
                #expect(k.attributes["for"] == domain)
                #expect(!d.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
            }
        }

        func data(_ element: XMLTree.Element, _ name: String) -> String? {
            let domain = element.name
            guard let k = key(domain, name) else { return nil }
            return element.all("data").first { $0.attributes["key"] == k.attributes["id"] }?.text
        }
        let byLabel = Dictionary(nodes.map { (data($0, "label") ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byLabel[ExportFixture.trickyLabel] != nil)
        #expect(byLabel["BadName"] != nil)                              // control chars, DEL, C1, U+FFFF gone
        #expect(byLabel["Rocket Force 🚀"] != nil)
        let tricky = try #require(byLabel[ExportFixture.trickyLabel])
        #expect(data(tricky, "id_") == "internal-42")
        #expect(data(tricky, "first_seen") == "2014")
        let syria = try #require(byLabel["Syria"])
        #expect(data(syria, "aliases") == nil)                          // whitespace-only: omitted
        #expect(data(syria, "score") == "high")
        #expect(data(syria, "r") == "31" && data(syria, "g") == "119" && data(syria, "b") == "180")
        let russia = try #require(byLabel["Russia"])
        #expect(data(russia, "mentions") == "2.5")
        let article = try #require(byLabel["Russia to ship S-300 to Syria"])
        #expect(data(article, "mentions") == "3.0")                     // int written in a double key
        let claim = try #require(nodes.first { data($0, "kind") == "claim" })
        let expectedClaim = ExportFixture.longClaim.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(data(claim, "text") == expectedClaim)                   // "]]>", "&amp;", tab survive
        let ghost = try #require(nodes.first { $0.attributes["id"] == "actor:GHOST" })
        #expect(data(ghost, "label") == "actor:GHOST")

        let weights = edges.map { data($0, "weight") }
        #expect(weights[0] == "2.5")
        #expect(weights[1] == "1.0")                                    // weight 0 → 1.0
        #expect(weights.allSatisfy { $0 != nil && Double($0!)! > 0 })
    }

    @Test func graphMLNeverWritesEntityReferencesInText() throws {
        let text = String(decoding: try GraphMLWriter().export(graph), as: UTF8.self)
        // Outside CDATA sections no '&' may appear: every value with markup characters is CDATA,
        // so Gephi cannot drop whitespace between entity references.
        var outside = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<![CDATA[") {
            outside += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "]]>") else { break }
            rest = rest[close.upperBound...]
        }
        outside += rest
        #expect(!outside.contains("&"))
        #expect(text.contains("<![CDATA[Smith & Wesson <\"Arms\"> Co \\]]>"))
    }

    @Test func graphMLOfAnEmptyGraphIsValid() throws {
        let root = try #require(XMLTree.parse(try GraphMLWriter().export(KnowledgeGraph())))
        #expect(root.all("key").isEmpty)
        #expect(root.all("graph").count == 1)
    }

    @Test func cdataSplitting() {
        #expect(ExportText.cdataParts("a]]>b") == ["a]]", ">b"])
        #expect(ExportText.cdataParts("]]>]]>") == ["]]", ">]]", ">"])
        #expect(ExportText.cdataParts("plain") == ["plain"])
    }

    // MARK: DOT

    /// Splits DOT into tokens, checking quoted strings are closed and only use the escapes we write.
    static func dotTokens(_ text: String) -> (tokens: [String], balanced: Bool) {
        var tokens: [String] = []
        var i = text.unicodeScalars.startIndex
        let s = text.unicodeScalars
        while i < s.endIndex {
            let c = s[i]
            if c == "\"" {
                var tok = "\""
                var j = s.index(after: i)
                var closed = false
                while j < s.endIndex {
                    let d = s[j]
                    if d == "\n" { return (tokens, false) }            // raw newline inside a string
                    if d == "\\" {
                        let k = s.index(after: j)
                        guard k < s.endIndex, ["\\", "\"", "n"].contains(s[k]) else { return (tokens, false) }
                        tok.unicodeScalars.append(d)
                        tok.unicodeScalars.append(s[k])
                        j = s.index(after: k)
                        continue
                    }
                    tok.unicodeScalars.append(d)
                    j = s.index(after: j)
                    if d == "\"" { closed = true; break }
                }
                if !closed { return (tokens, false) }
                tokens.append(tok)
                i = j
            } else if c == " " || c == "\n" {
                i = s.index(after: i)
            } else if "{}[];,=".unicodeScalars.contains(c) {
                tokens.append(String(c))
                i = s.index(after: i)
            } else if c == "-" && s.index(after: i) < s.endIndex && s[s.index(after: i)] == ">" {
                tokens.append("->")
                i = s.index(i, offsetBy: 2)
            } else {
                var tok = ""
                var j = i
                while j < s.endIndex, !" \n{}[];,=\"".unicodeScalars.contains(s[j]) {
                    tok.unicodeScalars.append(s[j])
                    j = s.index(after: j)
                }
                tokens.append(tok)
                i = j
            }
        }
        let braces = tokens.filter { $0 == "{" }.count == tokens.filter { $0 == "}" }.count
        let brackets = tokens.filter { $0 == "[" }.count == tokens.filter { $0 == "]" }.count
        return (tokens, braces && brackets)
    }

    @Test func dotIsWellFormedQuotedAndClean() throws {
        let bytes = try DOTWriter().export(graph)
        #expect(!hasControlBytes(bytes))
        let text = try #require(String(validating: bytes, as: UTF8.self))
        #expect(text.hasPrefix("digraph \"kgbuild\" {"))
        #expect(text.contains("layout=sfdp"))
        #expect(text.contains("subgraph \"cluster_legend\""))
        let (tokens, balanced) = ExportTests.dotTokens(text)
        #expect(balanced)
        // Every statement ID (before '[' or around '->') is quoted.
        for (i, t) in tokens.enumerated() where t == "->" {
            #expect(tokens[i - 1].hasPrefix("\"") && tokens[i + 1].hasPrefix("\""))
        }
        // The tricky label: quotes and the trailing backslash escaped, wrapped at a space.
        #expect(text.contains("label=\"Smith & Wesson <\\\"Arms\\\">\\nCo \\\\\""))
        #expect(text.contains("Rocket Force 🚀"))
        #expect(text.contains("label=\"BadName\""))
        // Long claim label: cut with "…", wrapped into short lines.
        let claimAt = try #require(tokens.firstIndex(of: "\"claim:1\""))
        #expect(tokens[claimAt + 1] == "[" && tokens[claimAt + 2] == "label" && tokens[claimAt + 3] == "=")
        let claimLabel = String(tokens[claimAt + 4].dropFirst().dropLast())
        #expect(claimLabel.hasSuffix("…"))
        let lines = claimLabel.components(separatedBy: "\\n")
        #expect(lines.count >= 2 && lines.allSatisfy { $0.count <= DOTWriter.lineWidth + 1 })
        #expect(lines.joined(separator: " ").replacingOccurrences(of: "\\\"", with: "\"").count <= DOTWriter.labelLimit)
        // Graphviz decodes HTML entities in labels: a literal "&amp;" must be protected.
        #expect(DOTWriter.protectEntities("a &amp; b & c &#38;") == "a &amp;amp; b & c &amp;#38;")
    }

    @Test func dotRendersWithGraphvizWithoutAnyStderr() throws {
        let dot = "/usr/bin/dot"
        guard FileManager.default.isExecutableFile(atPath: dot) else { return }   // no graphviz: skip
        let bytes = try DOTWriter().export(graph)
        let result = try runGraphviz(dot, bytes)
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }

    // MARK: JSON

    @Test func jsonParsesAndKeepsEverything() throws {
        let bytes = try JSONWriter().export(graph)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(Set(object.keys) == ["directed", "multigraph", "graph", "nodes", "links"])
        #expect(object["directed"] as? Bool == true)
        #expect(object["multigraph"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(nodes.count == graph.nodes.count + 1)
        #expect(links.count == graph.edges.count)
        let ids = nodes.compactMap { $0["id"] as? String }
        #expect(ids.contains("actor:Smith & Wesson <\"Arms\"> Co \\"))
        #expect(ids.contains("actor:bad\u{01}id"))                          // lossless
        let tricky = try #require(nodes.first { $0["id"] as? String == "actor:Smith & Wesson <\"Arms\"> Co \\" })
        #expect(tricky["label"] as? String == ExportFixture.trickyLabel)
        #expect(tricky["id_"] as? String == "internal-42")
        let claim = try #require(nodes.first { $0["id"] as? String == "claim:1" })
        #expect(claim["text"] as? String == ExportFixture.longClaim)
        let russia = try #require(nodes.first { $0["id"] as? String == "actor:RUS" })
        #expect(russia["mentions"] as? Double == 2.5)
        #expect(russia["score"] as? Int == 7)
        // Parallel edges get keys 0 and 1.
        let parallel = links.filter { $0["source"] as? String == "article:0001" && $0["target"] as? String == "actor:RUS" }
        #expect(parallel.compactMap { $0["key"] as? Int }.sorted() == [0, 1])
        // Keys are sorted inside each object: check the raw text of the first node line.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"directed\": true,\n  \"graph\": {},\n  \"links\": ["))
        #expect(text.contains("{\"date\": \"2014-06-24\", \"id\": \"article:0001\", \"kind\": \"article\""))
    }

    @Test func jsonEscaper() {
        var out = JSONOutput()
        out.string("a\"b\\c\n\u{01}\u{1F}\u{2028}é🚀")
        #expect(String(decoding: out.bytes, as: UTF8.self) == "\"a\\\"b\\\\c\\n\\u0001\\u001f\\u2028é🚀\"")
        var nums = JSONOutput()
        nums.value(.double(.nan))
        nums.raw(" ")
        nums.value(.double(1e-5))
        nums.raw(" ")
        nums.value(.double(3))
        #expect(String(decoding: nums.bytes, as: UTF8.self) == "null 1e-05 3.0")
    }

    // MARK: determinism

    @Test func everyExporterIsDeterministic() throws {
        let reordered = ExportFixture.graph(actorAttributesReversed: true)
        for exporter in ExporterRegistry.all {
            let a = try exporter.init().export(graph)
            let b = try exporter.init().export(graph)
            let c = try exporter.init().export(reordered)
            #expect(a == b, "\(exporter.formatName) differs between two runs")
            #expect(a == c, "\(exporter.formatName) depends on dictionary insertion order")
            #expect(!a.isEmpty)
        }
    }

    // MARK: style

    @Test func styleIsStableAndSensible() {
        #expect(GraphStyle.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(GraphStyle.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(GraphStyle.color(kind: "event", type: "arms_transfer") == RGB(214, 39, 40))
        #expect(GraphStyle.color(kind: "event", type: "cyber_operation") == GraphStyle.hashedColor("cyber_operation"))
        #expect(GraphStyle.color(kind: "actor", type: "person") == RGB(31, 119, 180))
        #expect(RGB(214, 39, 40).hex == "#d62728")
        let style = GraphStyle(graph)
        let rus = graph.nodes.firstIndex { $0.id == "actor:RUS" }!
        #expect(style.degrees[rus] == 3)
        #expect(style.nodeSizes[rus] == 10 + 4 * 3.0.squareRoot())
        let event = graph.nodes.firstIndex { $0.id == "event:arms_transfer:1" }!
        #expect(style.reportCounts[event] == 1)
        #expect(style.edgeWeights.allSatisfy { $0 > 0 })
        #expect(style.edgeWeights[0] == 2.5 && style.edgeWeights[1] == 1.0)
        #expect(GraphStyle.dotShape(kind: "claim", type: nil) == DOTNodeShape(shape: "box", style: "rounded,filled"))
        #expect(GraphStyle.dotShape(kind: "actor", type: "country").shape == "doubleoctagon")
    }

    @Test func safeIDs() {
        #expect(ExportID.token("actor:RUS") == "actor:RUS")
        #expect(ExportID.token("a b/é") == "a_20b_2F_C3_A9")
        #expect(ExportID.token("") == "_")
        #expect(ExportID.name("first seen / date") == "first_seen_date")
        let layout = ExportLayout(KnowledgeGraph(
            nodes: [Node(id: "a b", attributes: [:]), Node(id: "a_20b", attributes: [:]), Node(id: "x", attributes: [:]),
                    Node(id: "x", attributes: [:])],
            edges: [Edge(id: "", source: "a b", target: "nowhere", attributes: [:])]))
        #expect(layout.nodeIDs == ["a_20b-2", "a_20b", "x", "x-2", "nowhere"])
        #expect(Array(layout.edgeIDs) == ["e0"])
        #expect(layout.implicitNodeCount == 1)
        #expect(ExportText.truncate(String(repeating: "word ", count: 30), limit: 20).count <= 20)
        #expect(ExportText.clean("a\r\nb\rc\u{0}d") == "a\nb\ncd")
    }

    // MARK: registry

    @Test func registryLooksUpByNameAndExtension() throws {
        #expect(try ExporterRegistry.exporter(named: "GraphML").formatName == "graphml")
        #expect(try ExporterRegistry.exporter(named: " dot ").formatName == "dot")
        #expect(try ExporterRegistry.exporter(forPath: "out/Graph.GV").formatName == "dot")
        #expect(try ExporterRegistry.exporter(forPath: "x.json").formatName == "json")
        #expect(try ExporterRegistry.exporter(forExtension: ".graphml").formatName == "graphml")
        #expect(try ExporterRegistry.exporter(format: "json", path: "x.graphml").formatName == "json")
        #expect(try ExporterRegistry.exporter(format: nil, path: nil).formatName == "graphml")
        #expect(try ExporterRegistry.exporter(format: " ", path: "out.gv").formatName == "dot")
        #expect(Set(ExporterRegistry.formatNames).count == ExporterRegistry.all.count)
        let extensions = ExporterRegistry.all.flatMap { $0.fileExtensions }
        #expect(Set(extensions).count == extensions.count)
        do {
            _ = try ExporterRegistry.exporter(forPath: "graph.svg")
            Issue.record("expected an error")
        } catch let error as UnknownExportFormatError {
            #expect(error.description.contains("graphml (.graphml), gexf (.gexf), dot (.dot, .gv), json (.json), csv (-o DIR)"))
        }
        #expect(throws: UnknownExportFormatError.self) { try ExporterRegistry.exporter(forPath: "out/.hidden") }
        #expect(throws: UnknownExportFormatError.self) { try ExporterRegistry.exporter(named: "svg") }
    }

    // MARK: atomic writes

    static func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "kgbuild-export-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func atomicWriteIntoAMissingDirectoryFailsAndLeavesNothing() throws {
        let dir = try ExportTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/missing/graph.graphml"
        do {
            try AtomicFileWriter.write([1, 2, 3], to: path)
            Issue.record("expected an error")
        } catch let error as FileWriteError {
            #expect(error.description.contains(path))
            #expect(error.description.contains("No such file or directory"))
        }
        #expect(throws: FileWriteError.self) { try AtomicFileWriter.checkWritable(path: path) }
        #expect(throws: FileWriteError.self) { try AtomicFileWriter.checkWritable(path: dir) }   // a directory
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func atomicWriteReplacesTheFileAndLeavesNoTemporaryFiles() throws {
        let dir = try ExportTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/graph.json"
        try AtomicFileWriter.checkWritable(path: path)
        try AtomicFileWriter.write(Array("old".utf8), to: path)
        try JSONWriter().write(graph, to: path)
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect(Array(written) == (try JSONWriter().export(graph)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["graph.json"])
        // Relative paths work too (directory ".").
        let relative = try AtomicFileWriter.split("graph.dot")
        #expect(relative.directory == "." && relative.name == "graph.dot")
        let rooted = try AtomicFileWriter.split("/graph.dot")
        #expect(rooted.directory == "/" && rooted.name == "graph.dot")
    }

    // MARK: sample files for the real-client checks

    /// Set KGBUILD_EXPORT_SAMPLES=/some/dir to write the fixture and a 1,000-node / 3,000-edge
    /// graph in every format there (for /work/shared/checks/check_exports.sh).
    @Test func writeSamplesWhenAsked() throws {
        guard let dir = ProcessInfo.processInfo.environment["KGBUILD_EXPORT_SAMPLES"], !dir.isEmpty else { return }
        let big = ExportFixture.synthetic(nodes: 1000, edges: 3000)
        for exporter in ExporterRegistry.all {
            let ext = exporter.fileExtensions[0]
            try exporter.init().write(graph, to: dir + "/x." + ext)
            try exporter.init().write(big, to: dir + "/big." + ext)
        }
    }
}

/// Runs Graphviz on DOT bytes (through a temporary file) and collects exit status and stderr.
func runGraphviz(_ dot: String, _ bytes: [UInt8]) throws -> (status: Int32, stderr: String) {
    let dir = try ExportTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let input = dir + "/g.dot"
    try Data(bytes).write(to: URL(fileURLWithPath: input))
    let errPath = dir + "/stderr.txt"
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: dot)
    process.arguments = ["-Tsvg", "-o", dir + "/g.svg", input]
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let err = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
    return (process.terminationStatus, err)
}
