/// Views and filters derived from the full graph, so every exporter writes the same selection.
///
/// - `full`: everything (articles, actors, places, events, claims).
/// - `events`: events with the actors and places that take part in them; no articles or claims.
/// - `actors`: an actor-to-actor network: two actors are linked when they take part in the same
///   event (the `place` role does not count), one edge per actor pair and event type, weighted by
///   the number of such events (never 0). This is what most Gephi users want first.
///
/// Filters select events (and, for dates, claims) before the view is derived; see `GraphFilter`.
/// Whatever the view, edges joining the same source and target under different roles get a
/// `label` listing every role ("participant|place"): Gephi merges GraphML edges that share source
/// and target (GraphML has no edge type), and the surviving edge then still names all roles.
public enum GraphViewKind: String, CaseIterable, Sendable {
    case full, actors, events

    public static var names: [String] { allCases.map(\.rawValue) }
}

/// The days a TIMEX3-like date stands for, as `yyyymmdd` integers (inclusive): `2014-06-24` is one
/// day, `2014-06` the whole month, `2014` the whole year. Dates without a year (`XXXX-09-09`), empty
/// or malformed ones, and impossible days (`2014-02-30`) have no span: they cannot be placed in time.
public struct DaySpan: Sendable, Equatable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 0001...9999); anything else gives nil.
    public init?(_ text: String) {
        var digits: [Int] = []
        var fields: [Int] = []
        var count = 0
        for b in text.utf8 {
            if b >= 48 && b <= 57 {
                digits.append(Int(b - 48))
                count += 1
            } else if b == UInt8(ascii: "-") {
                guard count > 0 else { return nil }
                fields.append(count)
                count = 0
            } else {
                return nil
            }
        }
        guard count > 0 else { return nil }
        fields.append(count)
        func number(_ from: Int, _ n: Int) -> Int { digits[from..<(from + n)].reduce(0) { $0 * 10 + $1 } }
        guard fields[0] == 4, fields.count <= 3, fields.dropFirst().allSatisfy({ $0 == 2 }) else { return nil }
        let year = number(0, 4)
        guard year >= 1 else { return nil }
        if fields.count == 1 {
            self.init(start: year * 10000 + 101, end: year * 10000 + 1231)
            return
        }
        let month = number(4, 2)
        guard (1...12).contains(month) else { return nil }
        let last = CalendarMath.daysInMonth(year: year, month: month)
        if fields.count == 2 {
            self.init(start: year * 10000 + month * 100 + 1, end: year * 10000 + month * 100 + last)
            return
        }
        let day = number(6, 2)
        guard day >= 1 && day <= last else { return nil }
        let d = year * 10000 + month * 100 + day
        self.init(start: d, end: d)
    }

    public var startText: String { DaySpan.text(start) }
    public var endText: String { DaySpan.text(end) }

    /// `yyyymmdd` → `YYYY-MM-DD` (an xsd:date).
    public static func text(_ day: Int) -> String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return pad(day / 10000, 4) + "-" + pad(day / 100 % 100, 2) + "-" + pad(day % 100, 2)
    }

    public func overlaps(from: Int?, to: Int?) -> Bool {
        if let from, end < from { return false }
        if let to, start > to { return false }
        return true
    }

    public static func < (a: DaySpan, b: DaySpan) -> Bool { (a.start, a.end) < (b.start, b.end) }

    /// Sorted spans with overlapping or touching ones joined (Gephi rejects overlapping intervals).
    public static func merged(_ spans: [DaySpan]) -> [DaySpan] {
        var out: [DaySpan] = []
        for s in spans.sorted() {
            if var last = out.last, s.start <= CalendarMath.nextDay(last.end) {
                last.end = max(last.end, s.end)
                out[out.count - 1] = last
            } else {
                out.append(s)
            }
        }
        return out
    }
}

extension CalendarMath {
    /// The day after `yyyymmdd`, as `yyyymmdd`.
    static func nextDay(_ d: Int) -> Int {
        let y = d / 10000, m = d / 100 % 100, day = d % 100
        if day < daysInMonth(year: y, month: m) { return d + 1 }
        if m < 12 { return y * 10000 + (m + 1) * 100 + 1 }
        return (y + 1) * 10000 + 101
    }
}

/// A command-line value kgbuild cannot use; the message says which values are valid.
public struct GraphFilterError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String
}

/// Which events (and claims) to keep.
///
/// - `types`: events of these types only (claims are kept: they are not typed).
/// - `since` / `until`: events and claims whose date overlaps the window; a date as coarse as
///   `2014-06` overlaps `--since 2014-06-15`. Items without a usable date (none, or `XXXX-..`) are
///   dropped when either bound is given, since they cannot be placed in the window.
/// - `minConfidence`: events whose `confidence` is below it (events without one are kept).
/// A dropped event takes its edges with it (arguments, `reported_in`, and the `asserts` edges of
/// claims about it); a dropped claim takes its edges. Articles, actors and places stay in `full`.
public struct GraphFilter: Sendable, Equatable {
    public var types: Set<String>?
    public var since: Int?
    public var until: Int?
    public var minConfidence: Double?

    public init() {}

    /// Parses the command-line values; errors name the option and the accepted forms.
    public init(types: String? = nil, since: String? = nil, until: String? = nil, minConfidence: Double? = nil) throws {
        if let types {
            let list = types.split(separator: ",").map { ExportText.trim(String($0)) }.filter { !$0.isEmpty }
            guard !list.isEmpty else {
                throw GraphFilterError(description: "--types needs at least one event type, e.g. --types arms_transfer,attack")
            }
            self.types = Set(list)
        }
        func day(_ option: String, _ value: String?, end: Bool) throws -> Int? {
            guard let value else { return nil }
            guard let span = DaySpan(ExportText.trim(value)) else {
                throw GraphFilterError(description:
                    "\(option) '\(value)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2014, 2014-06, 2014-06-24)")
            }
            return end ? span.end : span.start
        }
        self.since = try day("--since", since, end: false)
        self.until = try day("--until", until, end: true)
        if let s = self.since, let u = self.until, s > u {
            throw GraphFilterError(description: "--since \(since!) is after --until \(until!)")
        }
        if let c = minConfidence {
            guard c.isFinite, c >= 0, c <= 1 else {
                throw GraphFilterError(description: "--min-confidence must be a number from 0 to 1 (e.g. 0.5), not \(c)")
            }
            self.minConfidence = c
        }
    }

    public var isEmpty: Bool { types == nil && since == nil && until == nil && minConfidence == nil }
    var hasWindow: Bool { since != nil || until != nil }

    /// Checks `types` against the event types the ontology knows, suggesting the closest name.
    public func validateTypes(known: [String]) throws {
        guard let types else { return }
        let knownSet = Set(known)
        for t in types.sorted(by: ExportText.byteOrder) where !knownSet.contains(t) {
            let sorted = known.sorted(by: ExportText.byteOrder)
            let best = sorted.min { GraphFilter.distance(t, $0) < GraphFilter.distance(t, $1) }
            var message = "--types: unknown event type '\(t)'"
            if let best, GraphFilter.distance(t, best) <= max(2, t.count / 3) { message += " (did you mean '\(best)'?)" }
            message += "; known types: " + sorted.joined(separator: ", ")
            throw GraphFilterError(description: message)
        }
    }

    /// Levenshtein distance over UTF-8 bytes (type names are ASCII).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var previous = row[0]
            row[0] = i
            for j in 1...y.count {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (x[i - 1] == y[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[y.count]
    }

    func keepsEvent(_ node: Node) -> Bool {
        if let types, !types.contains(node["type"] ?? "") { return false }
        if let minConfidence, let c = GraphFilter.number(node.attributes["confidence"]), c < minConfidence { return false }
        return keepsDate(node)
    }

    func keepsDate(_ node: Node) -> Bool {
        guard hasWindow else { return true }
        guard let span = DaySpan(node["date"] ?? "") else { return false }
        return span.overlaps(from: since, to: until)
    }

    static func number(_ v: AttributeValue?) -> Double? {
        switch v {
        case .double(let d)?: return d
        case .int(let i)?: return Double(i)
        case .string(let s)?: return Double(ExportText.trim(s))
        case nil: return nil
        }
    }
}

public enum GraphView {
    /// The `view` of `graph` after `filter`. Deterministic: node order follows `graph`, actor-view
    /// edges are sorted by (source, target, type) in byte order.
    public static func derive(_ graph: KnowledgeGraph, view: GraphViewKind = .full, filter: GraphFilter = GraphFilter()) -> KnowledgeGraph {
        // 1. Which events and claims survive the filter.
        var removed = Set<String>()
        for n in graph.nodes {
            switch n.kind {
            case "event": if !filter.keepsEvent(n) { removed.insert(n.id) }
            case "claim": if !filter.keepsDate(n) { removed.insert(n.id) }
            default: break
            }
        }
        var kinds: [String: String] = [:]
        for n in graph.nodes where kinds[n.id] == nil { kinds[n.id] = n.kind }

        let result: KnowledgeGraph
        switch view {
        case .full:
            result = KnowledgeGraph(
                nodes: graph.nodes.filter { !removed.contains($0.id) },
                edges: graph.edges.filter { !removed.contains($0.source) && !removed.contains($0.target) })
        case .events:
            result = eventsView(graph, removed: removed, kinds: kinds)
        case .actors:
            result = actorsView(graph, removed: removed, kinds: kinds)
        }
        return labelSharedPairs(result)
    }

    /// Kept events, and the actors and places linked to them, with the edges between those.
    static func eventsView(_ graph: KnowledgeGraph, removed: Set<String>, kinds: [String: String]) -> KnowledgeGraph {
        var keep = Set<String>()
        for n in graph.nodes where n.kind == "event" && !removed.contains(n.id) { keep.insert(n.id) }
        var edges: [Edge] = []
        for e in graph.edges {
            let s = kinds[e.source] ?? "", t = kinds[e.target] ?? ""
            if keep.contains(e.source), t == "actor" || t == "place" {
                keep.insert(e.target)
                edges.append(e)
            } else if keep.contains(e.target), s == "actor" || s == "place" {
                keep.insert(e.source)
                edges.append(e)
            }
        }
        return KnowledgeGraph(nodes: graph.nodes.filter { keep.contains($0.id) }, edges: edges)
    }

    /// Actors linked by shared events: one edge per unordered actor pair and event type.
    static func actorsView(_ graph: KnowledgeGraph, removed: Set<String>, kinds: [String: String]) -> KnowledgeGraph {
        var events: [String: Node] = [:]
        for n in graph.nodes where n.kind == "event" && !removed.contains(n.id) && events[n.id] == nil { events[n.id] = n }
        // Participants of each kept event, in edge order (deduplicated below).
        var participants: [String: [String]] = [:]
        var eventOrder: [String] = []
        for e in graph.edges where e.role != "place" {
            let pair: (event: String, actor: String)?
            if events[e.source] != nil, kinds[e.target] == "actor" { pair = (e.source, e.target) }
            else if events[e.target] != nil, kinds[e.source] == "actor" { pair = (e.target, e.source) }
            else { pair = nil }
            guard let pair else { continue }
            if participants[pair.event] == nil { eventOrder.append(pair.event) }
            participants[pair.event, default: []].append(pair.actor)
        }
        struct Link { var ids: Set<String> = []; var dates: Set<String> = [] }
        var links: [String: Link] = [:]              // "a\u{1}b\u{1}type"
        var involvement: [String: Int] = [:]
        for eid in eventOrder {
            let actors = Array(Set(participants[eid]!)).sorted(by: ExportText.byteOrder)
            for a in actors { involvement[a, default: 0] += 1 }
            guard actors.count > 1 else { continue }
            let type = events[eid]!["type"] ?? ""
            let date = events[eid]!["date"] ?? ""
            for i in 0..<(actors.count - 1) {
                for j in (i + 1)..<actors.count {
                    let key = actors[i] + "\u{1}" + actors[j] + "\u{1}" + type
                    links[key, default: Link()].ids.insert(eid)
                    if !ExportText.isBlank(date) { links[key]!.dates.insert(date) }
                }
            }
        }
        var nodes: [Node] = []
        for n in graph.nodes where n.kind == "actor" {
            guard let count = involvement[n.id] else { continue }
            var n = n
            n.attributes["events"] = .int(count)
            nodes.append(n)
        }
        var edges: [Edge] = []
        for key in links.keys.sorted(by: ExportText.byteOrder) {
            let parts = key.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
            let link = links[key]!
            let type = parts[2].isEmpty ? "event" : parts[2]
            edges.append(Edge(id: "a" + String(edges.count), source: parts[0], target: parts[1], attributes: [
                "role": .string(type), "label": .string(type), "type": .string(type),
                "weight": .double(Double(link.ids.count)), "events": .int(link.ids.count),
                "event_ids": .string(link.ids.sorted(by: ExportText.byteOrder).joined(separator: "|")),
                "dates": .string(link.dates.sorted(by: ExportText.byteOrder).joined(separator: "|")),
            ]))
        }
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    /// Edges sharing source and target with a different role get `label` = all roles joined by "|".
    static func labelSharedPairs(_ graph: KnowledgeGraph) -> KnowledgeGraph {
        var roles: [String: Set<String>] = [:]
        for e in graph.edges { roles[e.source + "\u{1}" + e.target, default: []].insert(e.role) }
        guard roles.values.contains(where: { $0.count > 1 }) else { return graph }
        var g = graph
        for i in g.edges.indices {
            let set = roles[g.edges[i].source + "\u{1}" + g.edges[i].target]!
            if set.count > 1 {
                g.edges[i].attributes["label"] = .string(set.sorted(by: ExportText.byteOrder).joined(separator: "|"))
            }
        }
        return g
    }
}
