import Foundation
import Testing

@testable import KGBuildCore

/// Text full of quotes, backslashes, `<&>`, control characters, emoji and right-to-left script, in
/// ids, labels, attribute values, roles and event types: every format and view must still be valid.
enum HostileFixture {
    static let nasty: [String] = [
        "Smith & Wesson <\"Arms\"> Co \\",
        "back\\slash\\\\end\\",
        "ctrl\u{01}\u{07}\u{1B}bell\u{7F}\u{85}\u{FFFE}",
        "emoji 🚀 👩‍👩‍👧 🇸🇾",
        "الأمم المتحدة",                                   // Arabic
        "שלום \u{202E}evil\u{202C} עולם",                   // Hebrew with a right-to-left override
        "]]> &amp; &quot; &#38; &lt;x&gt; -- <!-- -->",
        "tab\there\r\nCRLF\rCR\n\nblank lines   spaces",
        "'single' \"double\" `back` ;,|",
        "   ",
        "digraph node edge {}[]=->",
    ]

    static let graph: KnowledgeGraph = {
        var nodes: [Node] = []
        var edges: [Edge] = []
        nodes.append(Node(id: "article:\(nasty[0])", attributes: [
            "kind": .string("article"), "label": .string(nasty[6]), "title": .string(nasty[7]), "date": .string("2014-02-30"),
            "source": .string(nasty[4]), "path": .string(nasty[1]),
        ]))
        for (i, s) in nasty.enumerated() {
            nodes.append(Node(id: "actor:\(s)", attributes: [
                "kind": .string("actor"), "label": .string(s), "type": .string(i % 2 == 0 ? "country" : s),
                "aliases": .string(nasty[(i + 1) % nasty.count] + "|" + s), "mentions": .int(i), "note \(s)": .string(s),
            ]))
            edges.append(Edge(id: "m\(i)", source: "article:\(nasty[0])", target: "actor:\(s)",
                              attributes: ["role": .string("mentions"), "label": .string("mentions")]))
        }
        let dates = ["2014-06", "2016-02-29", "XXXX-09-09", "", "garbage", "2014"]
        for (i, s) in nasty.enumerated() {
            let eid = "event:\(i):\(s)"
            nodes.append(Node(id: eid, attributes: [
                "kind": .string("event"), "type": .string(i % 3 == 0 ? s : "attack"), "date": .string(dates[i % dates.count]),
                "text": .string(s + " " + nasty[(i + 3) % nasty.count]), "label": .string(s), "confidence": .double(0.5),
            ]))
            let a = "actor:\(s)", b = "actor:\(nasty[(i + 1) % nasty.count])"
            edges.append(Edge(id: "r\(i)a", source: eid, target: a, attributes: ["role": .string(s), "label": .string(s)]))
            edges.append(Edge(id: "r\(i)b", source: eid, target: b, attributes: ["role": .string("target"), "label": .string("target")]))
            edges.append(Edge(id: "r\(i)c", source: eid, target: "article:\(nasty[0])", attributes: ["role": .string("reported_in")]))
            let cid = "claim:\(i)"
            nodes.append(Node(id: cid, attributes: ["kind": .string("claim"), "text": .string(s), "label": .string(s),
                                                    "date": .string(dates[(i + 1) % dates.count]), "speaker": .string(s)]))
            edges.append(Edge(id: "c\(i)s", source: cid, target: a, attributes: ["role": .string("speaker")]))
            edges.append(Edge(id: "c\(i)e", source: cid, target: eid, attributes: ["role": .string("asserts")]))
        }
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }()
}

@Suite("Hostile text")
struct HostileTextTests {
    static let checks = "/work/shared/checks/xsd"

    /// Runs a tool and returns exit status and stderr (stdout discarded).
    static func run(_ tool: String, _ args: [String], env: [String: String] = [:]) throws -> (Int32, String) {
        let dir = try ExportTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let errPath = dir + "/stderr"
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(env) { _, b in b }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }

    /// Validates with xmllint against the official schema when both are installed (check_exports.sh's setup).
    static func validateSchema(_ bytes: [UInt8], ext: String) throws {
        let xmllint = "/usr/bin/xmllint"
        let schema = ext == "gexf" ? ["--relaxng", checks + "/gexf-1.3/gexf.rng"] : ["--schema", checks + "/graphml.xsd"]
        guard FileManager.default.isExecutableFile(atPath: xmllint), FileManager.default.fileExists(atPath: schema[1]) else { return }
        let dir = try ExportTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/g." + ext
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (status, err) = try run(xmllint, ["--nonet", "--noout"] + schema + [path],
                                    env: ["XML_CATALOG_FILES": checks + "/catalog.xml"])
        #expect(status == 0, "\(ext) fails its schema: \(err)")
    }

    @Test(arguments: GraphViewKind.allCases)
    func everyFormatStaysValid(view: GraphViewKind) throws {
        let graph = GraphView.derive(HostileFixture.graph, view: view)
        #expect(!graph.edges.isEmpty)
        let layoutNodes = ExportLayout(graph).graph.nodes.count
        for exporter in ExporterRegistry.all {
            let bytes = try exporter.init().export(graph)
            #expect(String(validating: bytes, as: UTF8.self) != nil, "\(exporter.formatName): invalid UTF-8")
            switch exporter.formatName {
            case "graphml", "gexf":
                #expect(!hasControlBytes(bytes))
                let root = try #require(XMLTree.parse(bytes), "\(exporter.formatName) \(view) does not parse with libxml2")
                let nodes = exporter.formatName == "gexf" ? root.all("graph")[0].all("nodes")[0].all("node") : root.all("graph")[0].all("node")
                #expect(nodes.count == layoutNodes)
                if exporter.formatName == "gexf" {
                    for n in nodes { #expect(n.attributes["label"].map { $0 == GEXFWriter.token($0) } ?? false) }
                }
                try HostileTextTests.validateSchema(bytes, ext: exporter.formatName)
            case "dot":
                #expect(!hasControlBytes(bytes))
                #expect(ExportTests.dotTokens(String(decoding: bytes, as: UTF8.self)).balanced)
                if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
                    let result = try runGraphviz("/usr/bin/dot", bytes)
                    #expect(result.status == 0 && result.stderr == "", "dot \(view): \(result.stderr)")
                }
            case "json":
                let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
                let nodes = try #require(object["nodes"] as? [[String: Any]])
                #expect(nodes.count == layoutNodes)
                // Lossless: every original label comes back exactly.
                let labels = Set(nodes.compactMap { $0["label"] as? String })
                for n in graph.nodes { #expect(labels.contains(n.label)) }
            case "csv":
                let files = try CSVWriter().exportFiles(graph)
                let nodeRows = try #require(CSVReader.parse(files[0].bytes), "nodes.csv does not re-read")
                let edgeRows = try #require(CSVReader.parse(files[1].bytes), "edges.csv does not re-read")
                #expect(nodeRows.count == layoutNodes + 1 && edgeRows.count == graph.edges.count + 1)
                for rows in [nodeRows, edgeRows] { #expect(rows.allSatisfy { $0.count == rows[0].count }) }
                #expect(Set(nodeRows.dropFirst().map { $0[1] }) == Set(ExportLayout(graph).graph.nodes.map { ExportText.clean($0.label) }))
                #expect(Set(rows: nodeRows[0]).count == nodeRows[0].count)
            default:
                Issue.record("no hostile-text check for \(exporter.formatName)")
            }
        }
    }
}

extension Set where Element == String {
    /// Header names compared case-insensitively, as Gephi does.
    init(rows: [String]) { self.init(rows.map { $0.lowercased() }) }
}
