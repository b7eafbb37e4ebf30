/// What one article yields: the pure function of the article and the ontology that the merge consumes.
public struct ArticleResult: Sendable {
    public var article: Article
    public var actors: [String: ActorRecord]
    /// Actor and place ids the article names, with how often.
    public var mentionCounts: [String: Int]
    public var events: [Event]
    public var claims: [Claim]
    /// Years the dateline could have when only the other articles' year can choose (see `Pipeline.inferYear`);
    /// empty otherwise. `kgbuild extract` analyses each, and `kgbuild merge` picks one with the corpus hint.
    public var yearCandidates: [Int] = []
}

/// Merges per-article results into one graph, deterministically: one node per actor across articles,
/// one event node per real-world event (same type, actors and date) with a `reported_in` edge per article.
public struct GraphBuilder: Sendable {
    public let ontology: Ontology
    public static let maxAliases = 40

    public init(ontology: Ontology) { self.ontology = ontology }

    /// Any sequence, iterated once: `kgbuild merge` streams records through it one at a time.
    public func build<S: Sequence>(_ results: S) -> KnowledgeGraph where S.Element == ArticleResult {
        var nodes: [String: Node] = [:]
        var edges: [String: Edge] = [:]
        var actorAliases: [String: Set<String>] = [:]
        var actorRecords: [String: ActorRecord] = [:]
        var involvement: [String: Int] = [:]
        let eventTypes = Dictionary(ontology.eventTypes.map { ($0.type, $0) }, uniquingKeysWith: { a, _ in a })

        func edge(_ s: String, _ t: String, _ role: String, _ extra: [String: AttributeValue] = [:]) {
            let key = s + "\u{1}" + t + "\u{1}" + role
            if var e = edges[key] {
                if case .double(let w) = e.attributes["weight"] ?? .double(1) { e.attributes["weight"] = .double(w + 1) }
                edges[key] = e
                return
            }
            var attrs: [String: AttributeValue] = ["role": .string(role), "label": .string(role), "weight": .double(1)]
            for (k, v) in extra { attrs[k] = v }
            edges[key] = Edge(id: "", source: s, target: t, attributes: attrs)
        }

        for r in results {
            let art = r.article
            let aid = "article:" + art.id
            var attrs: [String: AttributeValue] = [
                "kind": .string("article"), "label": .string(art.title), "title": .string(art.title),
                "path": .string(art.path), "date": .string(art.date?.normalized ?? ""), "source": .string(art.source ?? ""),
            ]
            if let p = art.place { attrs["dateline"] = .string(p) }
            if let u = art.url { attrs["url"] = .string(u) }
            nodes[aid] = Node(id: aid, attributes: attrs)
            for (id, rec) in r.actors {
                if var known = actorRecords[id] {
                    known.aliases.formUnion(rec.aliases)
                    actorRecords[id] = known
                } else {
                    actorRecords[id] = rec
                }
                actorAliases[id, default: []].formUnion(rec.aliases)
            }
            for (id, n) in r.mentionCounts.sorted(by: { $0.key < $1.key }) {
                edge(aid, id, "mentions")
                involvement[id, default: 0] += n
            }

            for e in r.events {
                let key = e.type + "|" + e.arguments.map { $0.role + "=" + $0.actor }.sorted().joined(separator: ",") + "|" + (e.date?.normalized ?? "")
                let eid = "event:" + hex(fnv(key))
                let text = e.evidence.map(\.sentence).joined(separator: " … ")
                if var existing = nodes[eid] {
                    let old = existing["text"] ?? ""
                    if !old.contains(text) { existing.attributes["text"] = .string(old + " … " + text) }
                    let n = Int(existing["sources"] ?? "1") ?? 1
                    existing.attributes["sources"] = .int(n + 1)
                    nodes[eid] = existing
                } else {
                    let def = eventTypes[e.type]
                    let names = e.arguments.map { actorRecords[$0.actor]?.name ?? $0.actor }
                    var a: [String: AttributeValue] = [
                        "kind": .string("event"), "type": .string(e.type), "date": .string(e.date?.normalized ?? ""),
                        "text": .string(text), "label": .string(e.type + ": " + names.joined(separator: ", ")),
                        "confidence": .double((e.confidence * 100).rounded() / 100), "modality": .string(e.modality.rawValue),
                        "trigger": .string(e.trigger), "rule": .string(e.evidence.first?.rule ?? ""),
                        "evidence": .string(e.evidence.map { "\($0.path)@\($0.start)-\($0.end)" }.joined(separator: " ")),
                        "article": .string(aid), "sources": .int(1), "date_source": .string(e.date == nil ? "" : e.dateSource),
                    ]
                    if let d = def { a["cameo"] = .string(d.cameo); a["plover"] = .string(d.plover) }
                    if let c = e.count { a["count"] = .int(c) }
                    nodes[eid] = Node(id: eid, attributes: a)
                }
                for arg in e.arguments {
                    edge(eid, arg.actor, arg.role)
                    involvement[arg.actor, default: 0] += 1
                }
                if let p = e.place { edge(eid, p, "place") }
                edge(eid, aid, "reported_in")
            }

            for c in r.claims {
                let cid = "claim:" + hex(fnv(art.id + "|" + c.speaker + "|" + c.text))
                let speakerName = actorRecords[c.speaker]?.name ?? c.speaker
                let short = c.text.count > 80 ? String(c.text.prefix(77)) + "..." : c.text
                nodes[cid] = Node(id: cid, attributes: [
                    "kind": .string("claim"), "text": .string(c.text), "date": .string(c.date?.normalized ?? ""),
                    "label": .string(speakerName + ": " + short), "speaker": .string(speakerName),
                    "stance": .string(c.stance), "claim_kind": .string(c.kind),
                    "evidence": .string(c.evidence.map(\.sentence).joined(separator: " … ")),
                    "offsets": .string(c.evidence.map { "\($0.path)@\($0.start)-\($0.end)" }.joined(separator: " ")),
                    "rule": .string(c.evidence.first?.rule ?? ""), "article": .string(aid),
                ])
                edge(cid, c.speaker, "speaker")
                edge(cid, aid, "reported_in")
                for a in c.about where a != c.speaker { edge(cid, a, "about") }
                for i in c.asserts where i < r.events.count {
                    let e = r.events[i]
                    let key = e.type + "|" + e.arguments.map { $0.role + "=" + $0.actor }.sorted().joined(separator: ",") + "|" + (e.date?.normalized ?? "")
                    edge(cid, "event:" + hex(fnv(key)), "asserts")
                }
            }
        }

        for (id, rec) in actorRecords {
            var aliases = actorAliases[id, default: []]
            aliases.remove(rec.name)
            if let ei = ontologyIndex(id) {
                for a in ontology.actors[ei].aliases { aliases.insert(a) }
            }
            let sorted = aliases.sorted().prefix(GraphBuilder.maxAliases)
            var attrs: [String: AttributeValue] = [
                "kind": .string(rec.isPlace ? "place" : "actor"), "label": .string(rec.name),
                "aliases": .string(sorted.joined(separator: "|")), "mentions": .int(involvement[id] ?? 0),
            ]
            if !rec.isPlace { attrs["type"] = .string(rec.type) }
            if let c = rec.country { attrs["country"] = .string(c) }
            nodes[id] = Node(id: id, attributes: attrs)
        }
        // edges may point at actors only referenced (never recorded): drop them rather than dangle
        var out = KnowledgeGraph()
        out.nodes = nodes.values.sorted { $0.id < $1.id }
        let sortedEdges = edges.values.filter { nodes[$0.source] != nil && nodes[$0.target] != nil }
            .sorted { ($0.source, $0.target, $0.role) < ($1.source, $1.target, $1.role) }
        out.edges = sortedEdges.enumerated().map { i, e in var e = e; e.id = "e\(i)"; return e }
        // Gephi merges GraphML edges that share source and target: let each name every role.
        return GraphView.labelSharedPairs(out)
    }

    func ontologyIndex(_ id: String) -> Int? {
        let raw = id.hasPrefix("actor:") ? String(id.dropFirst(6)) : id.hasPrefix("place:") ? String(id.dropFirst(6)) : id
        return ontology.actors.firstIndex { $0.id == raw }
    }
}

func fnv(_ s: String) -> UInt64 {
    var h = TokenHasher()
    for b in s.utf8 { h.add(b) }
    return h.value
}

func hex(_ v: UInt64) -> String {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var out = [UInt8](repeating: 48, count: 16)
    var x = v
    for i in (0..<16).reversed() { out[i] = digits[Int(x & 15)]; x >>= 4 }
    return String(decoding: out, as: UTF8.self)
}
