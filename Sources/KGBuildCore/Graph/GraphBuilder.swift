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
    /// `jobs` threads prepare each article's part; the output does not depend on their number.
    public func build<S: Sequence>(_ results: S, jobs: Int = 1) -> KnowledgeGraph where S.Element == ArticleResult {
        var graph = GraphAccumulator(self, jobs: jobs)
        var batch: [ArticleResult] = []
        for r in results {
            batch.append(r)
            if batch.count >= 4_096 { graph.add(batch); batch.removeAll(keepingCapacity: true) }
        }
        graph.add(batch)
        return graph.finish()
    }

    static func eventID(_ e: Event) -> String {
        let key = e.type + "|" + e.arguments.map { $0.role + "=" + $0.actor }.sorted().joined(separator: ",") + "|" + (e.date?.normalized ?? "")
        return "event:" + hex(fnv(key))
    }

    static func eventLabel(_ e: Event, name: (String) -> String?) -> String {
        e.type + ": " + e.arguments.map { name($0.actor) ?? $0.actor }.joined(separator: ", ")
    }

    static func claimLabel(_ speakerName: String, _ text: String) -> String {
        // at most 80 bytes is at most 80 characters: no need to count graphemes
        speakerName + ": " + (text.utf8.count > 80 && text.count > 80 ? String(text.prefix(77)) + "..." : text)
    }

    func ontologyIndex(_ id: String, _ index: [String: Int]) -> Int? {
        let raw = id.hasPrefix("actor:") ? String(id.dropFirst(6)) : id.hasPrefix("place:") ? String(id.dropFirst(6)) : id
        return index[raw]
    }
}

/// `GraphBuilder`'s merge, fed batch by batch in merge order: a streaming run adds each batch as soon
/// as it is analysed and drops it, so memory holds the graph being built, not every article's extraction.
public struct GraphAccumulator {
    let builder: GraphBuilder
    let jobs: Int
    private let eventTypes: [String: EventTypeDefinition]
    private var nodes: [String: Node] = [:]
    private var actorAliases: [String: Set<String>] = [:]
    private var actorRecords: [String: ActorRecord] = [:]
    private var involvement: [String: Int] = [:]
    // Edges are interned: node ids and roles get small integers, an edge is one packed key with a weight,
    // so merging a hundred thousand articles never builds a string key or an attribute dictionary per edge.
    private var idNumber: [String: Int32] = [:]
    private var idList: [String] = []
    private var roleNumber: [String: Int32] = [:]
    private var roleList: [String] = []
    private var edgeSlot: [UInt64: Int] = [:]
    private var edgeKeys: [UInt64] = []
    private var edgeWeights: [Double] = []
    /// What was merged, for the summary line.
    public private(set) var articleCount = 0
    public private(set) var claimCount = 0
    public private(set) var eventsByType: [String: Int] = [:]

    public init(_ builder: GraphBuilder, jobs: Int = 1) {
        self.builder = builder
        self.jobs = jobs
        eventTypes = Dictionary(builder.ontology.eventTypes.map { ($0.type, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private mutating func intern(_ s: String) -> Int32 {
        if let n = idNumber[s] { return n }
        let n = Int32(idList.count)
        idNumber[s] = n
        idList.append(s)
        return n
    }

    private mutating func edge(_ s: String, _ t: String, _ role: String) {
        let r: Int32
        if let n = roleNumber[role] { r = n } else { r = Int32(roleList.count); roleNumber[role] = r; roleList.append(role) }
        let key = UInt64(UInt32(intern(s))) << 38 | UInt64(UInt32(intern(t))) << 12 | UInt64(UInt32(r))
        if let slot = edgeSlot[key] {
            edgeWeights[slot] += 1
        } else {
            edgeSlot[key] = edgeKeys.count
            edgeKeys.append(key)
            edgeWeights.append(1)
        }
    }

    /// Merges results that come next in merge order. Everything about one article that does not depend
    /// on the others (ids, texts, attribute maps) is prepared on all cores; the merge only looks up and links.
    public mutating func add(_ batch: [ArticleResult]) {
        guard !batch.isEmpty else { return }
        let types = eventTypes
        let fragments = ParallelChunks.each(batch.count, jobs: jobs, minimumChunk: 64) { ArticleFragment(batch[$0], eventTypes: types) }
        for (r, f) in zip(batch, fragments) { merge(r, f) }
    }

    private mutating func merge(_ r: ArticleResult, _ f: ArticleFragment) {
        let aid = f.articleID
        nodes[aid] = f.articleNode
        for (id, rec) in r.actors {
            if var known = actorRecords[id] {
                known.aliases.formUnion(rec.aliases)
                actorRecords[id] = known
            } else {
                actorRecords[id] = rec
            }
            actorAliases[id, default: []].formUnion(rec.aliases)
        }
        for (id, n) in f.mentions {
            edge(aid, id, "mentions")
            involvement[id, default: 0] += n
        }
        // Labels name actors as the first article to record them did (this one's names when equal).
        let records = actorRecords
        func sameNames(_ ids: [String]) -> Bool {
            ids.allSatisfy { records[$0]?.name == r.actors[$0]?.name }
        }
        for e in r.events { eventsByType[e.type, default: 0] += 1 }
        claimCount += r.claims.count
        articleCount += 1
        for (k, e) in r.events.enumerated() {
            let eid = f.eventIDs[k]
            let text = f.eventTexts[k]
            if let existing = nodes[eid] {
                let old = existing["text"] ?? ""
                let n = Int(existing["sources"] ?? "1") ?? 1
                if !utf8Contains(old, text) { nodes[eid]!.attributes["text"] = .string(old + " … " + text) }
                nodes[eid]!.attributes["sources"] = .int(n + 1)
            } else {
                var node = f.eventNodes[k]
                if !sameNames(e.arguments.map(\.actor)) {
                    node.attributes["label"] = .string(GraphBuilder.eventLabel(e) { records[$0]?.name })
                }
                nodes[eid] = node
            }
            for arg in e.arguments {
                edge(eid, arg.actor, arg.role)
                involvement[arg.actor, default: 0] += 1
            }
            if let p = e.place { edge(eid, p, "place") }
            edge(eid, aid, "reported_in")
        }
        for (k, c) in r.claims.enumerated() {
            let cid = f.claimIDs[k]
            var node = f.claimNodes[k]
            if !sameNames([c.speaker]) {
                let speakerName = records[c.speaker]?.name ?? c.speaker
                node.attributes["speaker"] = .string(speakerName)
                node.attributes["label"] = .string(GraphBuilder.claimLabel(speakerName, c.text))
            }
            nodes[cid] = node
            edge(cid, c.speaker, "speaker")
            edge(cid, aid, "reported_in")
            for a in c.about where a != c.speaker { edge(cid, a, "about") }
            for i in c.asserts where i < r.events.count { edge(cid, f.eventIDs[i], "asserts") }
        }
    }

    /// The graph: actor nodes from every record of them, nodes and edges in byte order of their ids.
    public consuming func finish() -> KnowledgeGraph {
        let ontology = builder.ontology
        var actorIndex: [String: Int] = [:]
        for (i, a) in ontology.actors.enumerated() where actorIndex[a.id] == nil { actorIndex[a.id] = i }
        for (id, rec) in actorRecords {
            var aliases = actorAliases[id, default: []]
            aliases.remove(rec.name)
            if let ei = builder.ontologyIndex(id, actorIndex) {
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
        // one String sort of the ids; edges then sort by integer ranks, in the order of (source, target, role)
        for id in nodes.keys { _ = intern(id) }
        let idOrder = idList.indices.sorted { idList[$0] < idList[$1] }
        var rank = [Int32](repeating: 0, count: idList.count)
        for (k, i) in idOrder.enumerated() { rank[i] = Int32(k) }
        let roleOrder = roleList.indices.sorted { roleList[$0] < roleList[$1] }
        var roleRank = [Int32](repeating: 0, count: roleList.count)
        for (k, i) in roleOrder.enumerated() { roleRank[i] = Int32(k) }
        let present = idList.map { nodes[$0] != nil }
        var kept: [(key: UInt64, slot: Int)] = []
        kept.reserveCapacity(edgeKeys.count)
        for (slot, key) in edgeKeys.enumerated() {
            let s = Int(key >> 38), t = Int((key >> 12) & 0x3FF_FFFF), r = Int(key & 0xFFF)
            guard present[s], present[t] else { continue }
            kept.append((UInt64(UInt32(rank[s])) << 38 | UInt64(UInt32(rank[t])) << 12 | UInt64(UInt32(roleRank[r])), slot))
        }
        kept.sort { $0.key < $1.key }
        out.nodes = nodes.values.map { (rank[Int(idNumber[$0.id]!)], $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        // Where each id rank lands among the nodes, so edges name their ends by the nodes' own strings
        // and tell the exporters the indexes (`endpointHint`).
        var position = [Int32](repeating: -1, count: idList.count)
        do {
            var presentByRank = [Bool](repeating: false, count: idList.count)
            for i in idList.indices where present[i] { presentByRank[Int(rank[i])] = true }
            var p: Int32 = 0
            for r in presentByRank.indices where presentByRank[r] { position[r] = p; p += 1 }
        }
        // Gephi merges GraphML edges that share source and target: let each name every role
        // (GraphView.labelSharedPairs, done here on runs of the sorted edges). Runs are found first, then
        // the edges (an attribute map each) are made on all cores.
        var hint = [Int32](repeating: 0, count: kept.count * 2)
        var runs = [Range<Int>](repeating: 0..<0, count: kept.count)   // the run of each edge
        var runStart = 0
        while runStart < kept.count {
            var runEnd = runStart + 1
            while runEnd < kept.count, kept[runEnd].key >> 12 == kept[runStart].key >> 12 { runEnd += 1 }
            for k in runStart..<runEnd { runs[k] = runStart..<runEnd }
            runStart = runEnd
        }
        for k in kept.indices {
            hint[2 * k] = position[Int(kept[k].key >> 38)]
            hint[2 * k + 1] = position[Int((kept[k].key >> 12) & 0x3FF_FFFF)]
        }
        let nodeList = out.nodes, roles = roleList, keys = edgeKeys, weights = edgeWeights, sortedEdges = kept, edgeRuns = runs
        let endpoints = hint
        let parts = ParallelChunks.map(count: kept.count, jobs: jobs, minimumChunk: 16_384) { range -> [Edge] in
            var edges: [Edge] = []
            edges.reserveCapacity(range.count)
            var shared: (run: Range<Int>, label: AttributeValue?) = (0..<0, nil)
            for k in range {
                let key = keys[sortedEdges[k].slot]
                let role = roles[Int(key & 0xFFF)]
                if edgeRuns[k] != shared.run {
                    let run = edgeRuns[k]
                    var label: AttributeValue? = nil
                    if run.count > 1 {
                        let names = run.map { roles[Int(keys[sortedEdges[$0].slot] & 0xFFF)] }
                        label = .string(Set(names).sorted(by: ExportText.byteOrder).joined(separator: "|"))
                    }
                    shared = (run, label)
                }
                edges.append(Edge(id: "e\(k)", source: nodeList[Int(endpoints[2 * k])].id, target: nodeList[Int(endpoints[2 * k + 1])].id,
                                  attributes: ["role": .string(role), "label": shared.label ?? .string(role),
                                               "weight": .double(weights[sortedEdges[k].slot])]))
            }
            return edges
        }
        var edgesOut: [Edge] = []
        edgesOut.reserveCapacity(kept.count)
        for p in parts { edgesOut += p }
        out.edges = edgesOut
        out.endpointHint = hint
        return out
    }
}

/// The nodes and ids one article contributes, computed from it alone (labels with its own actor
/// names; `GraphBuilder` corrects them when an earlier article named an actor differently).
struct ArticleFragment {
    var articleID: String
    var articleNode: Node
    var mentions: [(String, Int)]
    var eventIDs: [String] = []
    var eventTexts: [String] = []
    var eventNodes: [Node] = []
    var claimIDs: [String] = []
    var claimNodes: [Node] = []

    init(_ r: ArticleResult, eventTypes: [String: EventTypeDefinition]) {
        let art = r.article
        let aid = "article:" + art.id
        articleID = aid
        var attrs: [String: AttributeValue] = [
            "kind": .string("article"), "label": .string(art.title), "title": .string(art.title),
            "path": .string(art.path), "date": .string(art.date?.normalized ?? ""), "source": .string(art.source ?? ""),
        ]
        if let p = art.place { attrs["dateline"] = .string(p) }
        if let u = art.url { attrs["url"] = .string(u) }
        articleNode = Node(id: aid, attributes: attrs)
        mentions = r.mentionCounts.sorted(by: { $0.key < $1.key }).map { ($0.key, $0.value) }
        for e in r.events {
            let eid = GraphBuilder.eventID(e)
            let text = e.evidence.map(\.sentence).joined(separator: " … ")
            eventIDs.append(eid)
            eventTexts.append(text)
            var a: [String: AttributeValue] = [
                "kind": .string("event"), "type": .string(e.type), "date": .string(e.date?.normalized ?? ""),
                "text": .string(text), "label": .string(GraphBuilder.eventLabel(e) { r.actors[$0]?.name }),
                "confidence": .double((e.confidence * 100).rounded() / 100), "modality": .string(e.modality.rawValue),
                "trigger": .string(e.trigger), "rule": .string(e.evidence.first?.rule ?? ""),
                "evidence": .string(e.evidence.map { "\($0.path)@\($0.start)-\($0.end)" }.joined(separator: " ")),
                "article": .string(aid), "sources": .int(1), "date_source": .string(e.date == nil ? "" : e.dateSource),
            ]
            if let d = eventTypes[e.type] { a["cameo"] = .string(d.cameo); a["plover"] = .string(d.plover) }
            if let c = e.count { a["count"] = .int(c) }
            if let k = e.killed { a["killed"] = .int(k) }
            if let w = e.wounded { a["wounded"] = .int(w) }
            eventNodes.append(Node(id: eid, attributes: a))
        }
        for c in r.claims {
            let cid = "claim:" + hex(fnv(art.id + "|" + c.speaker + "|" + c.text))
            let speakerName = r.actors[c.speaker]?.name ?? c.speaker
            claimIDs.append(cid)
            claimNodes.append(Node(id: cid, attributes: [
                "kind": .string("claim"), "text": .string(c.text), "date": .string(c.date?.normalized ?? ""),
                "label": .string(GraphBuilder.claimLabel(speakerName, c.text)), "speaker": .string(speakerName),
                "stance": .string(c.stance), "claim_kind": .string(c.kind),
                "evidence": .string(c.evidence.map(\.sentence).joined(separator: " … ")),
                "offsets": .string(c.evidence.map { "\($0.path)@\($0.start)-\($0.end)" }.joined(separator: " ")),
                "rule": .string(c.evidence.first?.rule ?? ""), "article": .string(aid),
            ]))
        }
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
