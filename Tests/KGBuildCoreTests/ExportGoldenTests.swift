import Foundation
import Testing

@testable import KGBuildCore

// Golden files per format and view for seeds/, and the check that exports/ is up to date.
// Both are written by scripts/update-goldens.sh; these tests say when to run it.

enum SeedViews {
    /// The seed graph, built once for all tests of this file (as the CLI builds it for `seeds/`).
    static let graph: KnowledgeGraph = Shared.seedGraph(jobs: 2)

    /// (view, file stem) pairs: `seed` is the full view, others `seed-VIEW`.
    static let views: [(GraphViewKind, String)] = [(.full, "seed"), (.actors, "seed-actors"), (.events, "seed-events")]
    static let singleFileFormats = ["graphml", "gexf", "dot", "json"]

    static func export(_ view: GraphViewKind, _ format: String) throws -> [UInt8] {
        try ExporterRegistry.exporter(named: format).init().export(GraphView.derive(graph, view: view))
    }

    static func csv(_ view: GraphViewKind) throws -> [(name: String, bytes: [UInt8])] {
        try CSVWriter().exportFiles(GraphView.derive(graph, view: view))
    }

    static let hint = "if the change is intended, run scripts/update-goldens.sh and review the diff"

    /// Compares as text so a failure shows a readable diff.
    static func expectSame(_ current: [UInt8], _ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let stored = FileManager.default.contents(atPath: path) else {
            Issue.record("missing \(path): run scripts/update-goldens.sh", sourceLocation: sourceLocation)
            return
        }
        let same = Array(stored) == current
        #expect(same, "\(path) is stale; \(hint)", sourceLocation: sourceLocation)
        if !same {
            let a = String(decoding: current, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let b = String(decoding: stored, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            if let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("first difference at line \(i + 1):\n  now:    \(a[i].prefix(200))\n  stored: \(b[i].prefix(200))",
                             sourceLocation: sourceLocation)
            }
        }
    }
}

@Suite("Export goldens")
struct ExportGoldenTests {
    @Test(arguments: SeedViews.singleFileFormats)
    func everyViewMatchesItsGolden(format: String) throws {
        for (view, stem) in SeedViews.views {
            SeedViews.expectSame(try SeedViews.export(view, format), Repo.goldenDir + "/\(stem).\(format)")
        }
    }

    @Test func csvOfEveryViewMatchesItsGolden() throws {
        for (view, stem) in SeedViews.views {
            for file in try SeedViews.csv(view) {
                SeedViews.expectSame(file.bytes, Repo.goldenDir + "/\(stem).\(file.name)")
            }
        }
    }

    /// exports/ holds what the README promises: every format and view of seeds/.
    @Test func exportsFolderIsUpToDate() throws {
        let exports = Repo.path("exports")
        for (view, stem) in SeedViews.views {
            for format in SeedViews.singleFileFormats {
                SeedViews.expectSame(try SeedViews.export(view, format), exports + "/\(stem).\(format)")
            }
            for file in try SeedViews.csv(view) {
                SeedViews.expectSame(file.bytes, exports + "/\(stem)-csv/\(file.name)")
            }
        }
    }

    /// exports/seed.svg must draw the current seed.dot: the same node ids (graphviz writes each
    /// node's id as its SVG `<title>`). Event and claim ids hash their content, so a change of the
    /// extraction changes them.
    @Test func seedSVGDrawsTheCurrentDOT() throws {
        let svgPath = Repo.path("exports/seed.svg")
        let svg = try #require(FileManager.default.contents(atPath: svgPath), "missing \(svgPath): run scripts/update-goldens.sh")
        let dot = String(decoding: try SeedViews.export(.full, "dot"), as: UTF8.self)
        let drawn = ExportGoldenTests.svgNodeTitles(String(decoding: svg, as: UTF8.self))
        let declared = ExportGoldenTests.dotNodeIDs(dot)
        #expect(!declared.isEmpty)
        #expect(drawn == declared, "exports/seed.svg is stale; \(SeedViews.hint)")
    }

    static func svgNodeTitles(_ svg: String) -> Set<String> {
        var titles = Set<String>()
        let marker = "class=\"node\">"
        var rest = Substring(svg)
        while let r = rest.range(of: marker) {
            rest = rest[r.upperBound...]
            guard let open = rest.range(of: "<title>"), let close = rest.range(of: "</title>") else { break }
            let raw = String(rest[open.upperBound..<close.lowerBound])
            titles.insert(raw.replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[close.upperBound...]
        }
        return titles
    }

    /// Ids of node statements (`  "id" [...]`, not edges) in DOT written by `DOTWriter`.
    static func dotNodeIDs(_ dot: String) -> Set<String> {
        var ids = Set<String>()
        for line in dot.split(separator: "\n") {
            let t = line.drop { $0 == " " }
            guard t.first == "\"" else { continue }
            var id = ""
            var escaped = false
            var end = t.startIndex
            for i in t.indices.dropFirst() {
                let c = t[i]
                if escaped { id.append(c); escaped = false; continue }
                if c == "\\" { escaped = true; continue }
                if c == "\"" { end = i; break }
                id.append(c)
            }
            if !t[t.index(after: end)...].hasPrefix(" ->") { ids.insert(id) }
        }
        return ids
    }
}
