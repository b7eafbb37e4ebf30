import Foundation
import Testing

@testable import KGBuildCore

/// A small graph shaped like the builder's output: two articles, four actors, a place, four events
/// (one undated, one with an unknown year), two claims, one claim asserting an event.
enum ViewFixture {
    static func node(_ id: String, _ attrs: Attributes) -> Node { Node(id: id, attributes: attrs) }
    static func edge(_ i: Int, _ s: String, _ t: String, _ role: String) -> Edge {
        Edge(id: "e\(i)", source: s, target: t, attributes: ["role": .string(role), "label": .string(role), "weight": .double(1)])
    }

    static let graph: KnowledgeGraph = {
        let nodes = [
            node("article:a", ["kind": .string("article"), "label": .string("A"), "date": .string("2014-06-24")]),
            node("article:b", ["kind": .string("article"), "label": .string("B"), "date": .string("2016-02-10")]),
            node("actor:RUS", ["kind": .string("actor"), "label": .string("Russia"), "type": .string("country")]),
            node("actor:SYR", ["kind": .string("actor"), "label": .string("Syria"), "type": .string("country")]),
            node("actor:USA", ["kind": .string("actor"), "label": .string("United States"), "type": .string("country")]),
            node("actor:UN", ["kind": .string("actor"), "label": .string("UN"), "type": .string("organization")]),
            node("place:Damascus", ["kind": .string("place"), "label": .string("Damascus")]),
            node("event:arms", ["kind": .string("event"), "type": .string("arms_transfer"), "date": .string("2014-06"),
                                "confidence": .double(0.9), "label": .string("arms")]),
            node("event:meet1", ["kind": .string("event"), "type": .string("meeting"), "date": .string("2014-06-24"),
                                 "confidence": .double(0.4), "label": .string("meet1")]),
            node("event:meet2", ["kind": .string("event"), "type": .string("meeting"), "date": .string(""),
                                 "confidence": .double(0.7), "label": .string("meet2")]),
            node("event:attack", ["kind": .string("event"), "type": .string("attack"), "date": .string("XXXX-02-09"),
                                  "confidence": .double(0.8), "label": .string("attack")]),
            node("claim:1", ["kind": .string("claim"), "date": .string("2014-06-24"), "label": .string("RUS: ...")]),
            node("claim:2", ["kind": .string("claim"), "date": .string("2016-02-10"), "label": .string("USA: ...")]),
        ]
        let pairs: [(String, String, String)] = [
            ("article:a", "actor:RUS", "mentions"), ("article:a", "actor:SYR", "mentions"), ("article:a", "actor:UN", "mentions"),
            ("article:b", "actor:USA", "mentions"),
            ("event:arms", "actor:RUS", "supplier"), ("event:arms", "actor:SYR", "recipient"),
            ("event:arms", "place:Damascus", "place"), ("event:arms", "article:a", "reported_in"),
            ("event:meet1", "actor:RUS", "participant"), ("event:meet1", "actor:SYR", "participant"),
            ("event:meet1", "article:a", "reported_in"),
            ("event:meet2", "actor:RUS", "participant"), ("event:meet2", "actor:SYR", "participant"),
            ("event:meet2", "actor:USA", "participant"), ("event:meet2", "actor:USA", "place"),
            ("event:meet2", "article:b", "reported_in"),
            ("event:attack", "actor:USA", "attacker"), ("event:attack", "article:b", "reported_in"),
            ("claim:1", "actor:RUS", "speaker"), ("claim:1", "event:arms", "asserts"), ("claim:1", "article:a", "reported_in"),
            ("claim:2", "actor:USA", "speaker"), ("claim:2", "event:attack", "asserts"), ("claim:2", "article:b", "reported_in"),
        ]
        return KnowledgeGraph(nodes: nodes, edges: pairs.enumerated().map { edge($0.offset, $0.element.0, $0.element.1, $0.element.2) })
    }()

    static func ids(_ g: KnowledgeGraph) -> Set<String> { Set(g.nodes.map(\.id)) }
}

@Suite("Views and filters")
struct ViewTests {
    let g = ViewFixture.graph

    @Test func fullViewWithoutFilterKeepsEverything() {
        let full = GraphView.derive(g)
        #expect(full.nodes == g.nodes)
        #expect(full.edges.count == g.edges.count)
        #expect(full.edges.map(\.id) == g.edges.map(\.id))
    }

    @Test func edgesSharingSourceAndTargetNameEveryRole() {
        let full = GraphView.derive(g)
        let usa = full.edges.filter { $0.source == "event:meet2" && $0.target == "actor:USA" }
        #expect(usa.count == 2)
        #expect(Set(usa.map(\.role)) == ["participant", "place"])     // roles stay single for the scorer
        #expect(usa.allSatisfy { $0["label"] == "participant|place" })
        let rus = full.edges.first { $0.source == "event:meet2" && $0.target == "actor:RUS" }
        #expect(rus?["label"] == "participant")
    }

    @Test func typesFilterDropsOtherEventsAndTheirEdgesButKeepsClaims() throws {
        let f = try GraphFilter(types: "meeting, attack")
        let v = GraphView.derive(g, filter: f)
        let ids = ViewFixture.ids(v)
        #expect(!ids.contains("event:arms"))
        #expect(ids.isSuperset(of: ["event:meet1", "event:meet2", "event:attack", "claim:1", "claim:2", "place:Damascus"]))
        #expect(!v.edges.contains { $0.source == "event:arms" || $0.target == "event:arms" })
        // claim:1 loses its asserts edge but keeps speaker and reported_in
        #expect(Set(v.edges.filter { $0.source == "claim:1" }.map(\.role)) == ["speaker", "reported_in"])
        #expect(v.edges.contains { $0.source == "claim:2" && $0.role == "asserts" })
    }

    @Test func dateWindowUsesOverlapAndDropsUndatedItems() throws {
        // A month-only date overlaps a window that starts inside the month.
        let v = GraphView.derive(g, filter: try GraphFilter(since: "2014-06-15", until: "2014"))
        let ids = ViewFixture.ids(v)
        #expect(ids.contains("event:arms"))            // 2014-06
        #expect(ids.contains("event:meet1"))           // 2014-06-24
        #expect(!ids.contains("event:meet2"))          // undated
        #expect(!ids.contains("event:attack"))         // XXXX-02-09: cannot be placed
        #expect(ids.contains("claim:1") && !ids.contains("claim:2"))
        #expect(ids.contains("article:b") && ids.contains("actor:USA"))   // full view keeps context
        let later = GraphView.derive(g, filter: try GraphFilter(since: "2014-07"))
        #expect(!ViewFixture.ids(later).contains("event:arms"))
        let until = GraphView.derive(g, filter: try GraphFilter(until: "2014-05-31"))
        #expect(!ViewFixture.ids(until).contains("event:arms") && !ViewFixture.ids(until).contains("claim:1"))
    }

    @Test func minConfidenceDropsWeakEvents() throws {
        let v = GraphView.derive(g, filter: try GraphFilter(minConfidence: 0.75))
        let events = Set(v.nodes.filter { $0.kind == "event" }.map(\.id))
        #expect(events == ["event:arms", "event:attack"])
        #expect(!v.edges.contains { ["event:meet1", "event:meet2"].contains($0.source) })
    }

    @Test func eventsViewHasOnlyEventsAndTheirActorsAndPlaces() {
        let v = GraphView.derive(g, view: .events)
        #expect(Set(v.nodes.map(\.kind)) == ["event", "actor", "place"])
        #expect(!ViewFixture.ids(v).contains("actor:UN"))                  // only mentioned, in no event
        #expect(ViewFixture.ids(v).contains("place:Damascus"))
        #expect(!v.edges.contains { ["reported_in", "mentions", "speaker", "asserts"].contains($0.role) })
        #expect(v.edges.count == 10)
        // With a filter, actors of dropped events go too.
        let arms = GraphView.derive(g, view: .events, filter: try! GraphFilter(types: "arms_transfer"))
        #expect(ViewFixture.ids(arms) == ["event:arms", "actor:RUS", "actor:SYR", "place:Damascus"])
    }

    @Test func actorsViewLinksActorsPerEventType() {
        let v = GraphView.derive(g, view: .actors)
        #expect(v.nodes.allSatisfy { $0.kind == "actor" })
        #expect(ViewFixture.ids(v) == ["actor:RUS", "actor:SYR", "actor:USA"])   // UN is in no event
        let rus = v.nodes.first { $0.id == "actor:RUS" }
        #expect(rus?.attributes["events"] == .int(3))
        func link(_ a: String, _ b: String, _ type: String) -> Edge? {
            v.edges.first { $0.source == a && $0.target == b && $0["type"] == type }
        }
        let meeting = link("actor:RUS", "actor:SYR", "meeting")
        #expect(meeting?.attributes["weight"] == .double(2))               // meet1 + meet2
        #expect(meeting?.attributes["events"] == .int(2))
        #expect(meeting?["event_ids"] == "event:meet1|event:meet2")
        #expect(meeting?["dates"] == "2014-06-24")
        #expect(meeting?.role == "meeting")
        #expect(meeting?["label"] == "arms_transfer|meeting")              // the pair also shares arms_transfer
        #expect(link("actor:RUS", "actor:SYR", "arms_transfer")?.attributes["weight"] == .double(1))
        #expect(link("actor:RUS", "actor:USA", "meeting")?["label"] == "meeting")
        // The `place` role is not participation: no arms_transfer link to anyone but RUS–SYR.
        #expect(v.edges.count == 4)
        #expect(v.edges.allSatisfy { GraphStyle.edgeWeight($0) >= 1 })
        #expect(v.edges.allSatisfy { ExportText.byteOrder($0.source, $0.target) })   // one direction per pair
        #expect(Set(v.edges.map(\.id)).count == v.edges.count)
    }

    @Test func actorsViewAfterFilterCountsOnlyKeptEvents() throws {
        let v = GraphView.derive(g, view: .actors, filter: try GraphFilter(since: "2014", until: "2014"))
        let meeting = v.edges.first { $0["type"] == "meeting" }
        #expect(meeting?.attributes["weight"] == .double(1))
        #expect(!ViewFixture.ids(v).contains("actor:USA"))
    }

    @Test func derivationIsDeterministic() throws {
        let f = try GraphFilter(types: "meeting,arms_transfer")
        for view in GraphViewKind.allCases {
            let a = GraphView.derive(g, view: view, filter: f)
            let b = GraphView.derive(KnowledgeGraph(nodes: g.nodes, edges: g.edges), view: view, filter: f)
            #expect(a == b)
            #expect(try GraphMLWriter().export(a) == GraphMLWriter().export(b))
        }
    }

    // MARK: dates and option parsing

    @Test func daySpans() {
        #expect(DaySpan("2014-06-24") == DaySpan(start: 20140624, end: 20140624))
        #expect(DaySpan("2014-06") == DaySpan(start: 20140601, end: 20140630))
        #expect(DaySpan("2016-02")?.endText == "2016-02-29")
        #expect(DaySpan("1900-02")?.endText == "1900-02-28")
        #expect(DaySpan("2014") == DaySpan(start: 20140101, end: 20141231))
        #expect(DaySpan("2014")?.startText == "2014-01-01")
        for bad in ["", "XXXX-09-09", "XXXX", "2014-02-30", "2014-13", "14-06", "2014-6", "2014-06-24T10:00", "0000", "2014--01", "-2014"] {
            #expect(DaySpan(bad) == nil, "\(bad)")
        }
        let merged = DaySpan.merged([DaySpan("2014-06")!, DaySpan("2014-06-30")!, DaySpan("2014-07-01")!, DaySpan("2014-09")!, DaySpan("2014-06-10")!])
        #expect(merged == [DaySpan(start: 20140601, end: 20140701), DaySpan(start: 20140901, end: 20140930)])
        #expect(CalendarMath.nextDay(20141231) == 20150101 && CalendarMath.nextDay(20160228) == 20160229)
    }

    @Test func optionErrorsSayWhatIsValid() throws {
        #expect(throws: GraphFilterError.self) { try GraphFilter(since: "June 2014") }
        do {
            _ = try GraphFilter(since: "2014-13")
            Issue.record("expected an error")
        } catch let e as GraphFilterError {
            #expect(e.description.contains("YYYY, YYYY-MM or YYYY-MM-DD"))
        }
        #expect(throws: GraphFilterError.self) { try GraphFilter(since: "2015", until: "2014") }
        #expect(throws: GraphFilterError.self) { try GraphFilter(minConfidence: 1.5) }
        #expect(throws: GraphFilterError.self) { try GraphFilter(minConfidence: .nan) }
        #expect(throws: GraphFilterError.self) { try GraphFilter(types: " , ") }
        let known = ["arms_transfer", "attack", "meeting"]
        try GraphFilter(types: "attack,meeting").validateTypes(known: known)
        do {
            try GraphFilter(types: "arms_transfr").validateTypes(known: known)
            Issue.record("expected an error")
        } catch let e as GraphFilterError {
            #expect(e.description.contains("did you mean 'arms_transfer'?"))
            #expect(e.description.contains("known types: arms_transfer, attack, meeting"))
        }
        #expect(GraphFilter.distance("kitten", "sitting") == 3)
        #expect(GraphFilter.distance("", "abc") == 3)
        let windowed = try GraphFilter(until: "2014")
        #expect(GraphFilter().isEmpty && !windowed.isEmpty)
    }
}
