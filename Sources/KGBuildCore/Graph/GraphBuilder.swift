import Foundation

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
        accumulate(results, jobs: jobs).finish()
    }

    /// The graph before its end, which still counts the articles, events and claims merged.
    func accumulate<S: Sequence>(_ results: S, jobs: Int) -> GraphAccumulator where S.Element == ArticleResult {
        var graph = GraphAccumulator(self, jobs: jobs)
        var batch: [ArticleResult] = []
        for r in results {
            batch.append(r)
            if batch.count >= 4_096 { graph.add(batch); batch.removeAll(keepingCapacity: true) }
        }
        graph.add(batch)
        return graph
    }

    /// The hash of "type|role=actor,...|date" (arguments sorted), fed in parts: no key string is built.
    static func eventID(_ e: Event, date: String) -> String {
        var h = TokenHasher()
        h.add(e.type)
        h.add(UInt8(ascii: "|"))
        for (i, a) in sortedArguments(e.arguments).enumerated() {
            if i > 0 { h.add(UInt8(ascii: ",")) }
            h.add(a.role)
            h.add(UInt8(ascii: "="))
            h.add(a.actor)
        }
        h.add(UInt8(ascii: "|"))
        h.add(date)
        return hex(h.value, prefix: "event:")
    }

    /// The arguments in String `<` order of their "role=actor" texts. When every role and actor is ASCII that
    /// order is byte order, compared in place (no joined string is built); otherwise the texts are built and
    /// compared as Strings (Unicode canonical order).
    static func sortedArguments(_ args: [(role: String, actor: String)]) -> [(role: String, actor: String)] {
        guard args.count > 1 else { return args }
        guard args.allSatisfy({ isASCII($0.role) && isASCII($0.actor) }) else {
            return args.map { ($0, $0.role + "=" + $0.actor) }.sorted { $0.1 < $1.1 }.map(\.0)
        }
        // most events list them in order already: checked without the sort's new array
        if (1..<args.count).allSatisfy({ argumentPrecedes(args[$0 - 1], args[$0]) }) { return args }
        return args.sorted(by: argumentPrecedes)
    }

    /// Byte order of two "role=actor" texts, read from the parts: the roles decide unless one is a
    /// prefix of the other (equal roles: the actors decide).
    static func argumentPrecedes(_ a: (role: String, actor: String), _ b: (role: String, actor: String)) -> Bool {
        if a.role == b.role { return withBytes(a.actor) { x in withBytes(b.actor) { y in bytesPrecede(x, y) } } }
        return withBytes(a.role) { x in
            withBytes(b.role) { y in
                let n = min(x.count, y.count)
                var i = 0
                while i < n, x[i] == y[i] { i += 1 }
                if i < n { return x[i] < y[i] }
                // the "=" after the shorter role meets a byte of the longer one
                let next = x.count < y.count ? y[n] : x[n]
                if next != UInt8(ascii: "=") { return x.count < y.count ? UInt8(ascii: "=") < next : next < UInt8(ascii: "=") }
                return utf8Precedes(a.role + "=" + a.actor, b.role + "=" + b.actor)
            }
        }
    }

    /// The UTF-8 bytes of `s`, read in place (`withUTF8` needs a copy of the string: a retain and a release,
    /// at every role and actor of every event).
    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        return copy.withUTF8(body)
    }

    /// True when `s` is all ASCII (its byte order is then its String order), eight bytes at a time.
    static func isASCII(_ s: String) -> Bool {
        withBytes(s) { p in
            guard let base = p.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            var high: UInt64 = 0, i = 0
            while i + 8 <= p.count { high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self); i += 8 }
            while i < p.count { high |= UInt64(p[i]); i += 1 }
            return high & 0x8080_8080_8080_8080 == 0
        }
    }

    /// Byte order of two byte strings (`memcmp`, then the shorter first).
    @inline(__always)
    static func bytesPrecede(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(x.count, y.count)
        let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
        return c != 0 ? c < 0 : x.count < y.count
    }

    /// The hash of "article|speaker|text".
    static func claimID(article: String, _ c: Claim) -> String {
        var h = TokenHasher()
        h.add(article)
        h.add(UInt8(ascii: "|"))
        h.add(c.speaker)
        h.add(UInt8(ascii: "|"))
        h.add(c.text)
        return hex(h.value, prefix: "claim:")
    }

    /// "type: name, name, ...", written as bytes into one string of its final size (each `+=` went through
    /// String's general append path).
    static func eventLabel(_ e: Event, name: (String) -> String?) -> String {
        var parts: [String] = []
        parts.reserveCapacity(e.arguments.count + 1)
        parts.append(e.type)
        var count = e.type.utf8.count + 2
        for (i, a) in e.arguments.enumerated() {
            let n = name(a.actor) ?? a.actor
            count += n.utf8.count + (i > 0 ? 2 : 0)
            parts.append(n)
        }
        return String(unsafeUninitializedCapacity: count) { out in
            var at = 0
            for (k, var part) in parts.enumerated() {
                if k >= 2 { out[at] = UInt8(ascii: ","); out[at + 1] = 0x20; at += 2 }
                part.withUTF8 { p in
                    if let b = p.baseAddress, p.count > 0 { (out.baseAddress! + at).update(from: b, count: p.count) }
                    at += p.count
                }
                if k == 0 { out[at] = UInt8(ascii: ":"); out[at + 1] = 0x20; at += 2 }
            }
            return at
        }
    }

    /// "speaker: text", the text cut to 77 characters and "..." when it has more than 80, written as bytes
    /// into one string of its final size.
    static func claimLabel(_ speakerName: String, _ text: String) -> String {
        var t = text, name = speakerName
        return t.withUTF8 { b in
            let end = labelEnd(b) ?? labelEnd(counting: text)
            let cut = end < b.count
            return name.withUTF8 { n in
                String(unsafeUninitializedCapacity: n.count + 2 + end + (cut ? 3 : 0)) { out in
                    var i = 0
                    func put(_ p: UnsafeBufferPointer<UInt8>) {
                        if let base = p.baseAddress, p.count > 0 { (out.baseAddress! + i).update(from: base, count: p.count) }
                        i += p.count
                    }
                    put(n)
                    out[i] = UInt8(ascii: ":"); out[i + 1] = UInt8(ascii: " "); i += 2
                    put(UnsafeBufferPointer(rebasing: b[..<end]))
                    if cut { for _ in 0..<3 { out[i] = UInt8(ascii: "."); i += 1 } }
                    return i
                }
            }
        }
    }

    /// The byte where a claim label cuts text `b` (the end of its 77th character when it has more than 80,
    /// else its end), read from its first 82 scalars when each is a character of its own: ASCII but CR,
    /// U+00A0 to U+00FF, and the dashes, quotes and ellipsis of U+2010 to U+2027 (no such scalar joins the
    /// one before it). Nil when another scalar comes first: the characters are counted then.
    static func labelEnd(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0, scalars = 0, end77 = 0
        // eight ASCII bytes at a time while none is CR (`(v - 1) & ~v` has a high bit set where `v` has a
        // zero byte, here `w ^ CR...`, and nowhere else as long as no zero byte comes before it)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while scalars + 8 <= 82 && i + 8 <= b.count {
            let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
            let cr = w ^ 0x0D0D_0D0D_0D0D_0D0D
            guard (w | ((cr &- ones) & ~cr)) & highs == 0 else { break }
            if scalars <= 77 && scalars + 8 > 77 { end77 = i + 77 - scalars }
            i += 8
            scalars += 8
        }
        while i < b.count && scalars < 82 {
            if scalars == 77 { end77 = i }
            let c = b[i]
            if c < 0x80 {
                if c == 0x0D { return nil }
                i += 1
            } else if c == 0xC3 || (c == 0xC2 && i + 1 < b.count && b[i + 1] >= 0xA0) {
                i += 2
            } else if c == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] >= 0x90 && b[i + 2] <= 0xA7 {
                i += 3
            } else {
                return nil
            }
            scalars += 1
        }
        return scalars > 80 ? end77 : b.count
    }

    /// `labelEnd` by counting characters: at most 80 bytes are at most 80 of them; graphemes are counted
    /// up to the 81st only.
    static func labelEnd(counting text: String) -> Int {
        guard text.utf8.count > 80, let i = text.index(text.startIndex, offsetBy: 80, limitedBy: text.endIndex), i < text.endIndex else {
            return text.utf8.count
        }
        return text.utf8.distance(from: text.startIndex, to: text.index(text.startIndex, offsetBy: 77))
    }

    func ontologyIndex(_ id: String, _ index: [String: Int]) -> Int? {
        let raw = id.hasPrefix("actor:") ? String(id.dropFirst(6)) : id.hasPrefix("place:") ? String(id.dropFirst(6)) : id
        return index[raw]
    }
}

/// `GraphBuilder`'s merge, fed batch by batch in merge order: a streaming run adds each batch as soon
/// as it is analysed and drops it, so memory holds the graph being built, not every article's extraction.
///
/// Every node id is interned once per article that names it (`IDTable`): nodes, actor records and
/// counts live in arrays indexed by that number, and an edge is one packed integer key with a weight,
/// so the graph's tables hold no string key (only an article's small map of its own actors does).
public struct GraphAccumulator {
    let builder: GraphBuilder
    let jobs: Int
    private let eventTypes: [String: EventCodes]
    private var ids = IDTable()
    // indexed by id number
    private var nodeAt: [Node?] = []
    /// Each id's actor record, as an index into `records` (-1: none). Few ids are actors: a whole record
    /// and an alias set in a slot of every id (events and claims included) cost 90 bytes an id.
    private var recordIndex: [Int32] = []
    // indexed by record
    /// The actors' first records, the numbers of their ids, and every alias any record of them gave.
    private var records: [ActorRecord] = []
    private var recordOwners: [Int] = []
    private var recordAliases: [Set<String>] = []
    /// The last article (its number in merge order) to record the actor, and whether it named it as the
    /// first record did: what an article's arguments and speakers ask, read by number, not hashed by id.
    private var recordedIn: [Int32] = []
    private var sameNameAt: [Bool] = []
    private var involvement: [Int] = []
    private var roleNumber: [String: Int32] = [:]
    private var roleList: [String] = []
    /// Every edge as it is linked, one packed key each (source, target, role numbers), repeats included:
    /// appending is all the merge does, and `finish` sorts them anyway, so a repeat is counted there (its
    /// weight) rather than looked up in a table of millions of edges at every link.
    private var edgeLinks: [UInt64] = []
    private let mentionsRole: Int32, placeRole: Int32, reportedRole: Int32, speakerRole: Int32, aboutRole: Int32, assertsRole: Int32
    /// What was merged, for the summary line.
    public private(set) var articleCount = 0
    public private(set) var claimCount = 0
    /// Events merged, by type: counted by the type's number in a table of the types seen (`IDTable`, which tells
    /// types apart by their bytes), and summed by type as a `String` key (canonically equal ones together) when
    /// asked, once at the end: hashing each event's type into a dictionary cost four hundred instructions.
    public var eventsByType: [String: Int] {
        Dictionary(zip(eventTypeNames.list, eventTypeCounts), uniquingKeysWith: +)
    }
    private var eventTypeNames = IDTable()
    private var eventTypeCounts: [Int] = []

    public init(_ builder: GraphBuilder, jobs: Int = 1) {
        self.builder = builder
        self.jobs = jobs
        eventTypes = GraphAccumulator.eventTypeTable(builder.ontology)
        var roles: [String: Int32] = [:], list: [String] = []
        func role(_ name: String) -> Int32 {
            let n = Int32(list.count)
            roles[name] = n
            list.append(name)
            return n
        }
        mentionsRole = role("mentions"); placeRole = role("place"); reportedRole = role("reported_in")
        speakerRole = role("speaker"); aboutRole = role("about"); assertsRole = role("asserts")
        roleNumber = roles
        roleList = list
    }

    /// Event type → its codes, as fragments read them.
    static func eventTypeTable(_ ontology: Ontology) -> [String: EventCodes] {
        Dictionary(ontology.eventTypes.map { ($0.type, EventCodes(cameo: $0.cameo, plover: $0.plover)) }, uniquingKeysWith: { a, _ in a })
    }

    private mutating func number(_ id: String) -> Int {
        let (n, added) = ids.intern(id)
        if added {
            nodeAt.append(nil)
            recordIndex.append(-1)
            involvement.append(0)
        }
        return Int(n)
    }

    private mutating func role(_ name: String) -> Int32 {
        if let n = roleNumber[name] { return n }
        let n = Int32(roleList.count)
        roleNumber[name] = n
        roleList.append(name)
        return n
    }

    private mutating func edge(_ s: Int, _ t: Int, _ r: Int32) {
        edgeLinks.append(UInt64(UInt32(s)) << 38 | UInt64(UInt32(t)) << 12 | UInt64(UInt32(r)))
    }

    /// Merges results that come next in merge order. Everything about one article that does not depend
    /// on the others (ids, texts, attribute maps) is prepared on all cores; the merge only looks up and links.
    public mutating func add(_ batch: [ArticleResult]) {
        add(prepared: batch.map { ($0, nil) })
    }

    /// `add(_:)` for results whose fragments were mostly prepared already (by the threads that analysed
    /// them); the missing ones are prepared here.
    mutating func add(prepared batch: [(ArticleResult, ArticleFragment?)]) {
        guard !batch.isEmpty else { return }
        let types = eventTypes
        let missing = batch.indices.filter { batch[$0].1 == nil }
        let made = ParallelChunks.each(missing.count, jobs: jobs, minimumChunk: 64) { ArticleFragment(batch[missing[$0]].0, eventTypes: types) }
        var k = 0
        for (r, f) in batch {
            if let f { merge(r, f) } else { merge(r, made[k]); k += 1 }
        }
    }

    private mutating func merge(_ r: ArticleResult, _ f: ArticleFragment) {
        let aid = number(f.articleID)
        nodeAt[aid] = f.articleNode
        // Each actor this article records, with whether the first record of it names it alike (asked
        // of every argument and speaker: the names compared once per actor).
        let article = Int32(truncatingIfNeeded: articleCount)
        for (id, rec) in r.actors {
            let n = number(id)
            var k = Int(recordIndex[n])
            if k < 0 {
                k = records.count
                recordIndex[n] = Int32(k)
                records.append(rec)
                recordOwners.append(n)
                recordAliases.append([])
                recordedIn.append(article)
                sameNameAt.append(true)
            } else {
                recordedIn[k] = article
                sameNameAt[k] = records[k].name == rec.name
            }
            recordAliases[k].formUnion(rec.aliases)
        }
        for (id, n) in f.mentions {
            let t = number(id)
            edge(aid, t, mentionsRole)
            involvement[t] += n
        }
        // Labels name actors as the first article to record them did (this one's names when equal).
        func knownName(_ id: String) -> String? {
            guard let n = ids.find(id) else { return nil }
            let k = Int(recordIndex[n])
            return k < 0 ? nil : records[k].name
        }
        /// An actor this article does not record has the same name when no article recorded it either. Asked
        /// by number, once the id is numbered (an id numbered just now has no record, as one not found had none):
        /// each argument's and speaker's id is hashed once, not once to ask and once to link.
        func sameName(_ n: Int) -> Bool {
            let k = Int(recordIndex[n])
            return k < 0 || (recordedIn[k] == article && sameNameAt[k])
        }
        // (by index: each event copied out retained and released all its fields, for its type)
        for k in r.events.indices {
            let (t, added) = eventTypeNames.intern(r.events[k].type)
            if added { eventTypeCounts.append(1) } else { eventTypeCounts[Int(t)] += 1 }
        }
        claimCount += r.claims.count
        articleCount += 1
        var eventNumbers: [Int] = []
        eventNumbers.reserveCapacity(r.events.count)
        // (events and claims read by index, their fields in place: each one copied out by the loop retained and
        // released all its fields)
        for k in r.events.indices {
            let eid = number(f.eventIDs[k])
            eventNumbers.append(eid)
            var named = true
            for arg in r.events[k].arguments {
                let t = number(arg.actor)
                edge(eid, t, role(arg.role))
                involvement[t] += 1
                if named && !sameName(t) { named = false }
            }
            let text = f.eventTexts[k]
            if let existing = nodeAt[eid] {
                let old = existing["text"] ?? ""
                let n = Int(existing["sources"] ?? "1") ?? 1
                if !utf8Contains(old, text) { nodeAt[eid]!.attributes["text"] = .string(old + " … " + text) }
                nodeAt[eid]!.attributes["sources"] = .int(n + 1)
            } else {
                var node = f.eventNodes[k]
                if !named {
                    node.attributes["label"] = .string(GraphBuilder.eventLabel(r.events[k]) { knownName($0) })
                }
                nodeAt[eid] = node
            }
            if let p = r.events[k].place { edge(eid, number(p), placeRole) }
            edge(eid, aid, reportedRole)
        }
        for k in r.claims.indices {
            let cid = number(f.claimIDs[k])
            var node = f.claimNodes[k]
            let speaker = r.claims[k].speaker
            let s = number(speaker)
            if !sameName(s) {
                let recorded = Int(recordIndex[s])
                let speakerName = recorded < 0 ? speaker : records[recorded].name
                node.attributes["speaker"] = .string(speakerName)
                node.attributes["label"] = .string(GraphBuilder.claimLabel(speakerName, r.claims[k].text))
            }
            nodeAt[cid] = node
            edge(cid, s, speakerRole)
            edge(cid, aid, reportedRole)
            for a in r.claims[k].about where a != speaker { edge(cid, number(a), aboutRole) }
            for i in r.claims[k].asserts where i < r.events.count { edge(cid, eventNumbers[i], assertsRole) }
        }
    }

    /// The graph: actor nodes from every record of them, nodes and edges in byte order of their ids.
    public consuming func finish() -> KnowledgeGraph {
        let ontology = builder.ontology
        // (the ontology's own index when it holds: hashing every actor's id into a new table cost 6.7 M
        // instructions at the end of every run, on one thread)
        var actorIndex: [String: Int] = [:]
        if ontology.actorPositionsHold {
            actorIndex = ontology.actorPositions
        } else {
            for (i, a) in ontology.actors.enumerated() where actorIndex[a.id] == nil { actorIndex[a.id] = i }
        }
        let idList = ids.list
        let actors = recordOwners
        let records = self.records, aliasSets = recordAliases, counts = involvement, builder = self.builder
        // (chunks of a few hundred: a corpus names a few thousand actors, each a few thousand instructions,
        // which the default chunk of 2,048 left to one thread)
        let actorNodes = ParallelChunks.each(actors.count, jobs: jobs, minimumChunk: 256) { k -> Node in
            let n = actors[k]
            let rec = records[k]
            let id = idList[n]
            var aliases = aliasSets[k]
            aliases.remove(rec.name)
            if let ei = builder.ontologyIndex(id, actorIndex) {
                for a in ontology.actors[ei].aliases { aliases.insert(a) }
            }
            let sorted = aliases.sorted()
            var attrs: Attributes = [
                "kind": .string(rec.isPlace ? "place" : "actor"), "label": .string(rec.name),
                "aliases": .string(joinedStrings(min(sorted.count, GraphBuilder.maxAliases), separator: "|") { sorted[$0] }),
                "mentions": .int(counts[n]),
            ]
            if !rec.isPlace { attrs["type"] = .string(rec.type) }
            if let c = rec.country { attrs["country"] = .string(c) }
            return Node(id: id, attributes: attrs)
        }
        for (k, n) in actors.enumerated() { nodeAt[n] = actorNodes[k] }
        // Edges may point at actors only referenced (never recorded): they are dropped rather than dangle.
        // One String sort of the ids of the nodes; the rank of a node is its index in the output, and
        // edges sort by integer ranks, in the order of (source, target, role).
        var out = KnowledgeGraph()
        // (what only one step needs lives in a block of its own: gone before the edges are made)
        let idOrder: [Int]
        do {
            let presentIDs = nodeAt.indices.filter { nodeAt[$0] != nil }
            let sortKeys = PackedStrings(idList, jobs: jobs)
            idOrder = sortKeys.sorted(presentIDs, jobs: jobs)
        }
        var rank = [Int32](repeating: -1, count: idList.count)
        for (k, i) in idOrder.enumerated() { rank[i] = Int32(k) }
        let roleOrder = roleList.indices.sorted { roleList[$0] < roleList[$1] }
        var roleRank = [Int32](repeating: 0, count: roleList.count)
        for (k, i) in roleOrder.enumerated() { roleRank[i] = Int32(k) }
        // Links to nodes that exist, by ranks (so sorting them sorts the edges), then one edge per run
        // of equal keys, weighted by its length.
        var ranked: [UInt64]
        do {
            let links = edgeLinks
            edgeLinks = []
            ranked = ParallelChunks.map(count: links.count, jobs: jobs, minimumChunk: 1 << 16) { range -> [UInt64] in
                var part: [UInt64] = []
                part.reserveCapacity(range.count)
                for key in links[range] {
                    let s = Int(key >> 38), t = Int((key >> 12) & 0x3FF_FFFF), r = Int(key & 0xFFF)
                    guard rank[s] >= 0, rank[t] >= 0 else { continue }
                    part.append(UInt64(UInt32(rank[s])) << 38 | UInt64(UInt32(rank[t])) << 12 | UInt64(UInt32(roleRank[r])))
                }
                return part
            }.flatMap { $0 }
        }
        ranked = radixSorted(ranked, jobs: jobs)
        var kept: [(key: UInt64, weight: Double)] = []
        kept.reserveCapacity(ranked.count)
        for key in ranked {
            if let last = kept.last, last.key == key { kept[kept.count - 1].weight += 1 } else { kept.append((key, 1)) }
        }
        ranked = []
        // The nodes are moved out of the table, not copied: the copies (made on all cores) retained each node's
        // id and attributes, and the table's release of them followed on another thread, while this one went
        // on to the edges. A move is a few instructions a node, and leaves nothing to free.
        out.nodes.reserveCapacity(idOrder.count)
        for i in idOrder { out.nodes.append(nodeAt[i].take()!) }
        nodeAt = []
        // Gephi merges GraphML edges that share source and target: let each name every role
        // (GraphView.labelSharedPairs, done here on runs of the sorted edges: a pair's edges are neighbours).
        // The edges (an attribute map each) are made on all cores. Edges name their ends by the nodes' own
        // strings and tell the exporters the indexes (`endpointHint`).
        var hint = [Int32](repeating: 0, count: kept.count * 2)
        for k in kept.indices {
            hint[2 * k] = Int32(kept[k].key >> 38)
            hint[2 * k + 1] = Int32((kept[k].key >> 12) & 0x3FF_FFFF)
        }
        let roleByRank = roleOrder.map { roleList[$0] }
        let nodeList = out.nodes, sortedEdges = kept
        let endpoints = hint
        // An edge of a run (rare: one pair linked in several roles) names all the run's roles. The others'
        // maps depend on their role and weight only: edges alike share one (per chunk, so no thread
        // counts references to another's), where a map each was most of an edge's memory.
        // (shared by role and a weight below 16 through a table of their own: a dictionary was hashed at every edge)
        let roleCount = roleByRank.count
        out.edges = ParallelChunks.each(kept.count, jobs: jobs, minimumChunk: 16_384,
                                        state: { (small: [Attributes?](repeating: nil, count: 16 * roleCount), other: [UInt64: Attributes]()) }) { shared, k -> Edge in
            let roleRank = sortedEdges[k].key & 0xFFF
            let role = roleByRank[Int(roleRank)]
            let pair = sortedEdges[k].key >> 12
            var lo = k, hi = k + 1
            while lo > 0, sortedEdges[lo - 1].key >> 12 == pair { lo -= 1 }
            while hi < sortedEdges.count, sortedEdges[hi].key >> 12 == pair { hi += 1 }
            let run = lo..<hi
            let weight = sortedEdges[k].weight
            let attributes: Attributes
            if run.count > 1 {
                let names = run.map { roleByRank[Int(sortedEdges[$0].key & 0xFFF)] }
                let label = Set(names).sorted(by: ExportText.byteOrder).joined(separator: "|")
                attributes = ["role": .string(role), "label": .string(label), "weight": .double(weight)]
            } else {
                // weights count links (whole numbers below 2^51): the key holds them exactly
                let key = UInt64(weight) << 12 | roleRank
                let slot = weight < 16 ? Int(weight) * roleCount + Int(roleRank) : -1
                if slot >= 0, let known = shared.small[slot] {
                    attributes = known
                } else if slot < 0, let known = shared.other[key] {
                    attributes = known
                } else {
                    attributes = ["role": .string(role), "label": .string(role), "weight": .double(weight)]
                    if slot >= 0 { shared.small[slot] = attributes } else { shared.other[key] = attributes }
                }
            }
            return Edge(id: ordinalID(k), source: nodeList[Int(endpoints[2 * k])].id, target: nodeList[Int(endpoints[2 * k + 1])].id,
                        attributes: attributes)
        }
        out.endpointHint = hint
        // the tables (a hundred thousand id strings) are freed on another thread, not before the export
        discardInBackground(consume self)
        return out
    }
}

/// Strings numbered in the order first seen. Looked up by a 64-bit hash of their bytes (`wordHash`: cheap, no
/// SipHash), checked against the string itself; the rare strings whose hash another has already taken go to
/// an ordinary dictionary. The numbers do not depend on the hash.
struct IDTable {
    private(set) var list: [String] = []
    private var byHash = TokenKeyMap<Int32>(minimumCapacity: 1 << 12)
    private var collided: [String: Int32] = [:]
    /// nil: `wordHash`, called directly (a function held here was called through its context at every id,
    /// and copied the string to read its bytes).
    private let customHash: (@Sendable (String) -> UInt64)?

    /// `hash` is for tests, which need collisions.
    init(hash: (@Sendable (String) -> UInt64)? = nil) { customHash = hash }

    @inline(__always)
    private func hash(_ s: String) -> UInt64 {
        if let customHash { return customHash(s) }
        return s.utf8.withContiguousStorageIfAvailable(wordHash) ?? Array(s.utf8).withUnsafeBufferPointer(wordHash)
    }

    /// Whether the string numbered `n` is `s`: the bytes compared first (`==` also takes a canonically
    /// equivalent spelling, and cost twice as much for the equal ids that are most of the lookups).
    @inline(__always)
    private func holds(_ n: Int32, _ s: String) -> Bool {
        utf8Equal(list[Int(n)], s) || list[Int(n)] == s
    }

    /// The number of `s`, and whether it was new.
    mutating func intern(_ s: String) -> (Int32, Bool) {
        let h = hash(s)
        if let n = byHash[h] {
            if holds(n, s) { return (n, false) }
            if let m = collided[s] { return (m, false) }
            let m = Int32(list.count)
            collided[s] = m
            list.append(s)
            return (m, true)
        }
        let n = Int32(list.count)
        byHash[h] = n
        list.append(s)
        return (n, true)
    }

    func find(_ s: String) -> Int? {
        guard let n = byHash[hash(s)] else { return nil }
        if holds(n, s) { return Int(n) }
        return collided[s].map(Int.init)
    }
}

/// A 64-bit hash of bytes read eight at a time (the last word overlapping the one before, or the few bytes of a
/// short one), each word mixed in with a multiply: `IDTable`'s, where FNV's multiply per byte cost a hundred and
/// fifty instructions an id. Not an output: nothing written depends on it (use `exactFNV` for that).
@inline(__always)
func wordHash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let n = p.count
    var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
    guard let base = p.baseAddress, n > 0 else { return h }
    let raw = UnsafeRawPointer(base)
    @inline(__always) func mix(_ w: UInt64) {
        h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
    }
    if n >= 8 {
        var i = 0
        while i + 8 < n {
            mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        mix(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
    } else {
        var w: UInt64 = 0
        for k in 0..<n { w |= UInt64(base[k]) << (8 * UInt64(k)) }
        mix(w)
    }
    h ^= h >> 29
    h &*= 0xBF58_476D_1CE4_E5B9
    return h ^ (h >> 32)
}

/// FNV-1a of the UTF-8 bytes, case kept (ids differ by case).
func exactFNV(_ s: String) -> UInt64 {
    var s = s
    return s.withUTF8 { fnvBytes($0) }
}

/// What an event node takes from its type's definition: a copy of the whole definition (roles, frame,
/// triggers, ...) for these two strings retained and released each of its fields at every event.
struct EventCodes: Sendable {
    let cameo: String
    let plover: String
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

    init(_ r: ArticleResult, eventTypes: [String: EventCodes]) {
        let art = r.article
        let aid = "article:" + art.id
        articleID = aid
        var attrs: Attributes = [
            "kind": .string("article"), "label": .string(art.title), "title": .string(art.title),
            "path": .string(art.path), "date": .string(art.date?.normalized ?? ""), "source": .string(art.source ?? ""),
        ]
        // The optional names are not among the literal's: added without the search a subscript set makes.
        if let p = art.place { attrs.add(distinct: "dateline", .string(p)) }
        if let u = art.url { attrs.add(distinct: "url", .string(u)) }
        articleNode = Node(id: aid, attributes: attrs)
        // (in the map's order: the merge does not depend on it, as it does not on the order of the actors'
        // records: ids are numbered as first seen, and the graph's nodes and edges are sorted by their ids'
        // texts at the end. Sorting the ids as Strings cost six thousand instructions an article.)
        mentions = r.mentionCounts.map { ($0.key, $0.value) }
        // (the lists at their final sizes: grown by appends, each was allocated and copied three or four times)
        eventIDs.reserveCapacity(r.events.count)
        eventTexts.reserveCapacity(r.events.count)
        eventNodes.reserveCapacity(r.events.count)
        claimIDs.reserveCapacity(r.claims.count)
        claimNodes.reserveCapacity(r.claims.count)
        /// An actor's name, read in place (`actors[id]?.name` copied the whole record out).
        let actors = r.actors
        func name(_ id: String) -> String? { actors.index(forKey: id).map { actors.values[$0].name } }
        // (events and claims read by index, their fields in place: each one copied out by the loop retained
        // and released all its fields)
        let events = r.events, claims = r.claims
        /// A date's text, the last one's again when it is the same date (an article's events and claims mostly
        /// share a few dates, and writing one cost three hundred instructions).
        var lastDate: PartialDate? = nil, lastText = ""
        func normalized(_ date: PartialDate?) -> String {
            guard let date else { return "" }
            if date != lastDate {
                lastDate = date
                lastText = date.normalized
            }
            return lastText
        }
        for k in events.indices {
            let date = normalized(events[k].date)
            let eid = GraphBuilder.eventID(events[k], date: date)
            let text = joinedSentences(events[k].evidence)
            eventIDs.append(eid)
            eventTexts.append(text)
            // Built in a map of its final size: the thirteen names of a literal, grown by the optional
            // ones, doubled its room (half of it unused for the rest of the run, for every event).
            let codes = eventTypes[events[k].type]
            let count = events[k].count, killed = events[k].killed, wounded = events[k].wounded
            var a = Attributes(capacity: 13 + (codes == nil ? 0 : 2) + (count == nil ? 0 : 1)
                                   + (killed == nil ? 0 : 1) + (wounded == nil ? 0 : 1))
            a.add(distinct: "kind", .string("event"))
            a.add(distinct: "type", .string(events[k].type))
            a.add(distinct: "date", .string(date))
            a.add(distinct: "text", .string(text))
            a.add(distinct: "label", .string(GraphBuilder.eventLabel(events[k]) { name($0) }))
            a.add(distinct: "confidence", .double((events[k].confidence * 100).rounded() / 100))
            a.add(distinct: "modality", .string(events[k].modality.rawValue))
            a.add(distinct: "trigger", .string(events[k].trigger))
            a.add(distinct: "rule", .string(events[k].evidence.first?.rule ?? ""))
            a.add(distinct: "evidence", .string(evidenceOffsets(events[k].evidence)))
            a.add(distinct: "article", .string(aid))
            a.add(distinct: "sources", .int(1))
            a.add(distinct: "date_source", .string(events[k].date == nil ? "" : events[k].dateSource))
            if let codes { a.add(distinct: "cameo", .string(codes.cameo)); a.add(distinct: "plover", .string(codes.plover)) }
            if let count { a.add(distinct: "count", .int(count)) }
            if let killed { a.add(distinct: "killed", .int(killed)) }
            if let wounded { a.add(distinct: "wounded", .int(wounded)) }
            eventNodes.append(Node(id: eid, attributes: a))
        }
        for k in claims.indices {
            let cid = GraphBuilder.claimID(article: art.id, claims[k])
            let speakerName = name(claims[k].speaker) ?? claims[k].speaker
            claimIDs.append(cid)
            claimNodes.append(Node(id: cid, attributes: [
                "kind": .string("claim"), "text": .string(claims[k].text), "date": .string(normalized(claims[k].date)),
                "label": .string(GraphBuilder.claimLabel(speakerName, claims[k].text)), "speaker": .string(speakerName),
                "stance": .string(claims[k].stance), "claim_kind": .string(claims[k].kind),
                "evidence": .string(joinedSentences(claims[k].evidence)),
                "offsets": .string(evidenceOffsets(claims[k].evidence)),
                "rule": .string(claims[k].evidence.first?.rule ?? ""), "article": .string(aid),
            ]))
        }
    }
}

extension TokenHasher {
    /// Every UTF-8 byte of `s`, read from its contiguous storage: eight at a time are folded as `add` folds
    /// each (an ASCII capital gets its 0x20 bit, every other byte is kept), then hashed in order.
    mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { p in
            guard let base = p.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let highs: UInt64 = 0x8080_8080_8080_8080
            var i = 0
            while i + 8 <= p.count {
                var w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // high bit of each byte from "A" (0x41) up, minus those from "[" (0x5B) up, minus non-ASCII bytes
                // (each byte's own high bit set first: no borrow crosses into the next byte)
                let capitals = ((w | highs) &- 0x4141_4141_4141_4141) & ~((w | highs) &- 0x5B5B_5B5B_5B5B_5B5B) & ~w & highs
                w |= capitals >> 2
                for _ in 0..<8 {
                    addFolded(UInt8(truncatingIfNeeded: w))
                    w >>= 8
                }
                i += 8
            }
            while i < p.count { add(p[i]); i += 1 }
        }
    }
}

/// The evidence sentences joined by " … ": one (most items) is its own text, with no array of texts made.
func joinedSentences(_ evidence: [Evidence]) -> String {
    evidence.count == 1 ? evidence[0].sentence : joinedStrings(evidence.count, separator: " … ") { evidence[$0].sentence }
}

/// Strings `part(0) ..< part(count)` joined by `separator`, as `joined(separator:)` joins them: appended to one
/// string reserved at its final size (`joined` grew its string part by part, and `map` made an array of the parts
/// first: three thousand instructions for two sentences). Appending a String copies its bytes as they are, where
/// writing them into a new string's memory validated each byte of them again.
func joinedStrings(_ count: Int, separator: String, _ part: (Int) -> String) -> String {
    guard count > 1 else { return count == 1 ? part(0) : "" }
    var length = separator.utf8.count * (count - 1)
    for k in 0..<count { length += part(k).utf8.count }
    var out = String()
    out.reserveCapacity(length)
    for k in 0..<count {
        if k > 0 { out.append(separator) }
        out.append(part(k))
    }
    return out
}

/// `prefix` and the 16 lower-case hex digits of `v`, written in place (ids of every event and claim).
func hex(_ v: UInt64, prefix: StaticString) -> String {
    let n = prefix.utf8CodeUnitCount
    return String(unsafeUninitializedCapacity: n + 16) { out in
        prefix.withUTF8Buffer { p in for (i, b) in p.enumerated() { out[i] = b } }
        var x = v
        for i in (n..<(n + 16)).reversed() {
            let d = UInt8(x & 15)
            out[i] = d < 10 ? 48 + d : 87 + d
            x >>= 4
        }
        return n + 16
    }
}

/// `keys` in increasing order, by a least-significant-digit radix sort on 11-bit digits, as many passes
/// as the largest key needs (five for a graph's edge keys): a comparison sort cost about twenty
/// comparisons per edge, and the result is the same whatever the sort.
/// Each pass counts and places the keys of parts of `minimumChunk` or more on `jobs` threads (it ran
/// alone after the merge, the other cores idle): a part's keys of one digit go after those of the
/// parts before it, so the order is the one a single thread gives.
func radixSorted(_ keys: [UInt64], jobs: Int = 1, minimumChunk: Int = 1 << 14) -> [UInt64] {
    guard keys.count > 1 else { return keys }
    // (the passes stop at the highest bit set in any key, which their OR has: worked out on all cores)
    let top = ParallelChunks.map(count: keys.count, jobs: jobs, minimumChunk: minimumChunk) { range in
        keys[range].reduce(0, |)
    }.reduce(0, |)
    let n = keys.count
    var a = keys
    var b = [UInt64](repeating: 0, count: n)
    var shift: UInt64 = 0
    while shift < 64, top >> shift != 0 {
        let s = shift
        a.withUnsafeBufferPointer { src in
            b.withUnsafeMutableBufferPointer { dst in
                // each part's count of every digit, then where its keys of that digit go
                let parts = ParallelChunks.map(count: n, jobs: jobs, minimumChunk: minimumChunk) { range -> (Range<Int>, [Int]) in
                    var c = [Int](repeating: 0, count: 2048)
                    c.withUnsafeMutableBufferPointer { c in
                        for k in src[range] { c[Int(truncatingIfNeeded: (k >> s) & 2047)] += 1 }
                    }
                    return (range, c)
                }
                // the starts of part p at p * 2048 of one flat table (an array per part was copied on its
                // first write and checked for uniqueness at every digit, on one thread)
                var starts = [Int](repeating: 0, count: parts.count * 2048)
                starts.withUnsafeMutableBufferPointer { starts in
                    for p in parts.indices {
                        parts[p].1.withUnsafeBufferPointer { c in
                            for d in 0..<2048 { starts[p * 2048 + d] = c[d] }
                        }
                    }
                    var sum = 0
                    for d in 0..<2048 {
                        for p in parts.indices { let c = starts[p * 2048 + d]; starts[p * 2048 + d] = sum; sum += c }
                    }
                }
                let offsets = starts
                // The parts write disjoint positions of `dst` (their own counts' worth from their own starts).
                _ = ParallelChunks.each(parts.count, jobs: jobs, minimumChunk: 1) { p in
                    var at = Array(offsets[(p * 2048)..<(p * 2048 + 2048)])
                    at.withUnsafeMutableBufferPointer { at in
                        for k in src[parts[p].0] {
                            let d = Int(truncatingIfNeeded: (k >> s) & 2047)
                            dst[at[d]] = k
                            at[d] += 1
                        }
                    }
                }
            }
        }
        swap(&a, &b)
        shift += 11
    }
    return a
}

/// "e" and the decimal digits of `k` (an edge's id), written in place: a run makes millions.
func ordinalID(_ k: Int) -> String {
    let sign = k < 0 ? 1 : 0, n = 1 + sign + decimalWidth(k.magnitude)
    return String(unsafeUninitializedCapacity: n) { out in
        out[0] = UInt8(ascii: "e")
        if sign == 1 { out[1] = UInt8(ascii: "-") }
        writeDecimal(k.magnitude, to: out.baseAddress!, end: n)
        return n
    }
}

/// "path@start-end" of each piece of evidence, space-separated, written in place into a string of its
/// exact length (a byte array appended to and then decoded cost two passes and a generic append per path).
func evidenceOffsets(_ evidence: [Evidence]) -> String {
    /// Characters of `v` in decimal, with its sign.
    func width(_ v: Int) -> Int { (v < 0 ? 1 : 0) + decimalWidth(v.magnitude) }
    var length = max(evidence.count - 1, 0)
    // (read by index, in place: each piece copied out retained and released its four strings)
    for k in evidence.indices { length += evidence[k].path.utf8.count + 2 + width(evidence[k].start) + width(evidence[k].end) }
    return String(unsafeUninitializedCapacity: length) { out in
        var i = 0
        func number(_ v: Int) {
            if v < 0 { out[i] = UInt8(ascii: "-") }
            i += width(v)
            writeDecimal(v.magnitude, to: out.baseAddress!, end: i)
        }
        for k in evidence.indices {
            if k > 0 { out[i] = 32; i += 1 }
            var path = evidence[k].path
            path.withUTF8 { p in
                if let base = p.baseAddress, p.count > 0 { (out.baseAddress! + i).update(from: base, count: p.count) }
                i += p.count
            }
            out[i] = UInt8(ascii: "@"); i += 1
            number(evidence[k].start)
            out[i] = UInt8(ascii: "-"); i += 1
            number(evidence[k].end)
        }
        return i
    }
}
