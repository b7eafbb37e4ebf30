import Foundation
import Testing

@testable import KGBuildCore

@Suite("GEXF and CSV")
struct GEXFTests {
    let g = ViewFixture.graph

    @Test func gexfHasTheStructureGephiReads() throws {
        let bytes = try GEXFWriter().export(GraphView.derive(g))
        #expect(bytes.starts(with: Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8)))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"))
        #expect(!text.contains("hex="))                     // Gephi fails the whole import on hex colours
        let root = try #require(XMLTree.parse(bytes))
        #expect(root.name == "gexf" && root.attributes["version"] == "1.3")
        let graph = try #require(root.all("graph").first)
        #expect(graph.attributes["timeformat"] == "date")
        #expect(graph.attributes["timezone"] == "UTC")
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["defaultedgetype"] == "directed")
        let declared = graph.all("attributes")
        #expect(declared.map { $0.attributes["class"] } == ["node", "edge"])
        var titles: [String: (String, String)] = [:]   // id -> (title, type)
        for a in declared.flatMap({ $0.all("attribute") }) {
            titles[a.attributes["id"]!] = (a.attributes["title"]!, a.attributes["type"]!)
            #expect(["integer", "double", "string"].contains(a.attributes["type"]))
        }
        #expect(titles.values.contains { $0 == ("confidence", "double") })
        #expect(!titles.values.contains { ["label", "weight"].contains($0.0) })   // GEXF's own attributes

        let nodes = try #require(graph.all("nodes").first).all("node")
        #expect(nodes.count == g.nodes.count)
        func node(_ id: String) -> XMLTree.Element? { nodes.first { $0.attributes["id"] == id } }
        func spells(_ e: XMLTree.Element?) -> [[String]] {
            (e?.all("spells").first?.all("spell") ?? []).map { [$0.attributes["start"]!, $0.attributes["end"]!] }
        }
        #expect(spells(node("event:arms")) == [["2014-06-01", "2014-06-30"]])
        #expect(spells(node("event:meet1")) == [["2014-06-24", "2014-06-24"]])
        #expect(spells(node("event:meet2")).isEmpty)                      // undated: always shown
        #expect(spells(node("event:attack")).isEmpty)                     // XXXX-02-09: no year
        #expect(spells(node("claim:2")) == [["2016-02-10", "2016-02-10"]])
        #expect(spells(node("actor:RUS")).isEmpty)
        for n in nodes {
            let color = try #require(n.all("color").first)
            for c in ["r", "g", "b"] { #expect(Int(color.attributes[c] ?? "") != nil) }
            #expect(Double(n.all("size").first?.attributes["value"] ?? "") ?? 0 > 0)
            #expect(n.attributes["label"] != nil)
        }
        #expect(node("actor:USA")?.attributes["label"] == "United States")

        let edges = try #require(graph.all("edges").first).all("edge")
        #expect(edges.count == g.edges.count)
        for e in edges {
            #expect(Double(e.attributes["weight"] ?? "") ?? 0 > 0)
            #expect(e.attributes["kind"] != nil)                         // Gephi's edge type: the role
        }
        let usa = edges.filter { $0.attributes["source"] == "event:meet2" && $0.attributes["target"] == "actor:USA" }
        #expect(Set(usa.map { $0.attributes["kind"]! }) == ["participant", "place"])
        #expect(usa.allSatisfy { $0.attributes["label"] == "participant|place" })
    }

    @Test func actorsViewEdgesCarrySpellsPerDate() throws {
        var graph = g
        graph.nodes[graph.nodes.firstIndex { $0.id == "event:meet2" }!].attributes["date"] = .string("2014-07")
        let v = GraphView.derive(graph, view: .actors)
        let root = try #require(XMLTree.parse(try GEXFWriter().export(v)))
        let edges = root.all("graph")[0].all("edges")[0].all("edge")
        let meeting = try #require(edges.first {
            $0.attributes["source"] == "actor:RUS" && $0.attributes["target"] == "actor:SYR" && $0.attributes["kind"] == "meeting"
        })
        let spells = meeting.all("spells")[0].all("spell").map { [$0.attributes["start"]!, $0.attributes["end"]!] }
        #expect(spells == [["2014-06-24", "2014-06-24"], ["2014-07-01", "2014-07-31"]])   // one per event date
        #expect(meeting.attributes["weight"] == "2.0")
    }

    @Test func gexfTokensAndReservedTitles() {
        #expect(GEXFWriter.token("  a \t b\r\n\nc  ") == "a b c")
        #expect(GEXFWriter.token(" \n ") == "")
        #expect(GEXFWriter.token("x\u{01}y") == "xy")
        let a = GEXFWriter.attvalues(["label": .string("L"), "start": .string("s"), "start_": .string("t"), "kind": .string("k")],
                                     drop: ["label"])
        #expect(a["label"] == nil && a["kind"] == .string("k"))
        #expect(a["start_"] == .string("t") && a["start__"] == .string("s"))
    }

    // MARK: CSV

    @Test func csvHeadersSuitGephiAndNeo4j() throws {
        let files = try CSVWriter().exportFiles(GraphView.derive(g, view: .actors))
        #expect(files.map(\.name) == ["nodes.csv", "edges.csv"])
        let nodes = try #require(CSVReader.parse(files[0].bytes))
        let edges = try #require(CSVReader.parse(files[1].bytes))
        #expect(Array(nodes[0].prefix(4)) == ["Id", "Label", ":ID", ":LABEL"])
        #expect(Array(edges[0].prefix(9)) == ["Source", "Target", ":START_ID", ":END_ID", ":TYPE", "Id", "Kind", "Label", "Weight"])
        // The actors view's edge `type` must not become Gephi's direction column `Type`.
        #expect(edges[0].contains("edge_type") && !edges[0].contains { $0.lowercased() == "type" })
        #expect(!edges[0].contains { $0.dropFirst().contains(":") && !$0.hasPrefix(":") })
        #expect(nodes.dropFirst().allSatisfy { $0[3] == "Actor" })
        let meeting = try #require(edges.first { $0[0] == "actor:RUS" && $0[1] == "actor:SYR" && $0[4] == "meeting" })
        #expect(meeting[8] == "2.0" && meeting[6] == "meeting" && meeting[7] == "arms_transfer|meeting")
        let ids = Set(nodes.dropFirst().map { $0[0] })
        for e in edges.dropFirst() { #expect(ids.contains(e[2]) && ids.contains(e[3])) }
    }

    @Test func csvQuotingFollowsRFC4180() {
        var out = CSVOutput()
        out.row(["plain", "a,b", "say \"hi\"", "two\nlines", " lead", "", "é🚀"])
        #expect(String(decoding: out.bytes, as: UTF8.self) == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" lead\",,é🚀\r\n")
        #expect(CSVReader.parse(out.bytes) == [["plain", "a,b", "say \"hi\"", "two\nlines", " lead", "", "é🚀"]])
    }

    @Test func csvWritesBothFilesAtomicallyIntoAFolder() throws {
        let dir = try ExportTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CSVWriter().write(g, toDirectory: dir + "/")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["edges.csv", "nodes.csv"])
        let nodes = try #require(FileManager.default.contents(atPath: dir + "/nodes.csv"))
        #expect(Array(nodes) == (try CSVWriter().exportFiles(g))[0].bytes)
        #expect(throws: FileWriteError.self) { try CSVWriter().write(g, toDirectory: dir + "/missing") }
    }
}

/// A strict RFC 4180 reader for the tests: nil on a malformed quote.
enum CSVReader {
    static func parse(_ bytes: [UInt8]) -> [[String]]? {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var i = 0
        var quoted = false
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") { field.append(b); i += 2; continue }
                    quoted = false
                    i += 1
                    guard i == bytes.count || [UInt8(ascii: ","), 0x0D, 0x0A].contains(bytes[i]) else { return nil }
                    continue
                }
                field.append(b)
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                guard field.isEmpty else { return nil }
                quoted = true
            case UInt8(ascii: ","):
                row.append(String(decoding: field, as: UTF8.self))
                field = []
            case 0x0D:
                guard i + 1 < bytes.count, bytes[i + 1] == 0x0A else { return nil }
            case 0x0A:
                row.append(String(decoding: field, as: UTF8.self))
                rows.append(row)
                row = []
                field = []
            default:
                field.append(b)
            }
            i += 1
        }
        if quoted { return nil }
        if !field.isEmpty || !row.isEmpty { row.append(String(decoding: field, as: UTF8.self)); rows.append(row) }
        return rows
    }
}
