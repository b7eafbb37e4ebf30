/// Who plotted a foiled attack, when the clause that tells it foiled does not say: a wire story names the
/// plotters by the adjective or name before the plot's noun ("foiled a Russian plot to blow up a bridge", "foil
/// PKK bomb plot"), or in the sentences after it, by the body the suspects belong to ("The suspects were members
/// of the banned X", "the men were linked to Y", "had pledged allegiance to Z").
extension EventExtractor {
    /// How many sentences after a foiled plot (or after the lead, for a plot told in the headline) the body its
    /// plotters belong to may be named: wire copy names it after the arrests and the seizures are told.
    static let plotterWindow = 6

    /// Adds a perpetrator to each foiled attack that has none: the plotters named before the plot's noun right
    /// after the foiling verb, else the armed group named after a word of affiliation in the event's sentence or
    /// the `plotterWindow` sentences after it (up to the next foiled plot told). `sites`: where each event was told.
    func plottersOf(_ events: inout [Event], _ sites: [Site], _ doc: Document, _ found: MentionFinder.Result,
                    _ bySentence: SentenceMentions, _ article: Article) {
        // (each type of foiled attack, `foiled_attack`, with a `perpetrator` role)
        for def in lexicon.ontology.eventTypes where def.foiledAttack && def.roles.contains("perpetrator") {
            let kinds = def.roleTypes["perpetrator"]
            for e in events.indices where events[e].type == def.type && !events[e].arguments.contains(where: { $0.role == "perpetrator" }) {
                let site = sites[e]
                let agents = events[e].arguments.filter { $0.role == "agent" }.map(\.actor)
                /// Whether `actor` may be the plotters: a type the role takes, or (`state`) a state whose adjective names
                /// the plot ("a Russian plot": the frame keeps states out of the role, where "arrested Russian nationals"
                /// names no state's plot).
                func fits(_ actor: String, state: Bool = false) -> Bool {
                    guard !agents.contains(actor), let t = found.type(of: actor) else { return false }
                    return kinds?.contains(t) ?? true || state && t == "country"
                }
                var plotters = objectPlotters(doc, found, site).filter { fits($0, state: true) }
                var from: (sentence: Int, detail: String)? = nil
                if plotters.isEmpty {
                    let opening = doc.isHeadline(doc.sentences[site.sentence]) ? (doc.sentences.firstIndex { !doc.isHeadline($0) } ?? site.sentence) : site.sentence
                    let last = min(doc.sentences.count - 1, max(site.sentence, opening) + Self.plotterWindow)
                    scan: for si in site.sentence...last {
                        // (another foiled plot told: the plotters named after it are its own)
                        if si > site.sentence, sites.indices.contains(where: { $0 != e && sites[$0].sentence == si && events[$0].type == def.type }) { break }
                        for m in bySentence[si] where si > site.sentence || m.tokens.lowerBound >= site.end {
                            guard let t = found.type(of: m.actor), t == "armed_group" || t == "group", fits(m.actor),
                                  let cue = affiliationCue(doc, m, lo: doc.sentences[si].tokens.lowerBound) else { continue }
                            plotters = [m.actor]
                            from = (si, doc.text(tokens: cue..<m.tokens.upperBound))
                            break scan
                        }
                    }
                }
                for p in plotters {
                    // (a group read as the plot's target by its preposition, "on behalf of X", is its plotter)
                    if let x = events[e].arguments.firstIndex(where: { $0.actor == p && $0.role == "target" }) {
                        events[e].arguments[x].role = "perpetrator"
                    } else if !events[e].arguments.contains(where: { $0.actor == p }) {
                        events[e].arguments.append((role: "perpetrator", actor: p))
                    }
                }
                if let (si, detail) = from, si != site.sentence {
                    let ev = discourseEvidence(doc, si, article, rule: "discourse.plotters", detail: detail)
                    if !events[e].evidence.contains(ev) { events[e].evidence.append(ev) }
                }
            }
        }
    }

    /// The actors named before the plot's noun right after a foiling verb: "foiled a Russian plot", "foiled a planned
    /// Daesh/ISIS terror attack", "foil PKK bomb plot" (past a determiner or a word of plotting, the names or
    /// adjectives, joined by "/" or "and", then up to two words before a word of attack).
    func objectPlotters(_ doc: Document, _ found: MentionFinder.Result, _ site: Site) -> [String] {
        guard let trie = attackWords else { return [] }
        let toks = doc.tokens
        let hi = doc.sentences[site.sentence].tokens.upperBound
        var k = site.end
        var n = 0
        while k < hi, n < 2, words.determiners.contains(toks[k].key) || words.plotting.contains(toks[k].key) || words.alleged.contains(toks[k].key) {
            k += 1; n += 1
        }
        var named: [String] = []
        while k < hi, let m = found.starting(at: k), m.sentence == site.sentence {
            named.append(m.actor)
            k = m.tokens.upperBound
            guard k + 1 < hi, toks[k].key == words.kSlash || toks[k].key == words.kAnd, found.starting(at: k + 1) != nil else { break }
            k += 1
        }
        guard !named.isEmpty else { return [] }
        // ("a Russian plot", "PKK bomb plot", "Daesh terror attack": the plot's noun within two words)
        for j in k..<min(hi, k + 3) {
            if trie.longest(toks[..<hi], from: j) != nil { return named }
            guard toks[j].isWord, !toks[j].isCapitalized else { return [] }
        }
        return []
    }

    /// Where the affiliation that introduces group mention `m` starts ("members of the banned X", "linked to the
    /// Y", "pledged allegiance to Z", "on behalf of the X group"), past a determiner, the words of its name's
    /// modifiers ("the Pakistan-based X") and a participle right after "the" ("the banned X"); nil when none does.
    /// `lo`: the start of its sentence.
    func affiliationCue(_ doc: Document, _ m: Mention, lo: Int) -> Int? {
        let toks = doc.tokens
        // "the Islamic State-linked X": a group named as another's kin is not the one the suspects belong to
        if m.tokens.upperBound < toks.count, toks[m.tokens.upperBound].key == words.kHyphen { return nil }
        var k = m.tokens.lowerBound - 1
        var n = 0
        while k > lo, n < 6 {
            let t = toks[k]
            if words.affiliationPreps.contains(t.key) { break }
            let kept = t.key == words.kHyphen || t.key == words.kThe || t.isWord && t.isCapitalized
                || t.isWord && (toks[k - 1].key == words.kHyphen || toks[k - 1].key == words.kThe)
            guard kept else { return nil }
            k -= 1; n += 1
        }
        guard k > lo, words.affiliationPreps.contains(toks[k].key), words.affiliation.contains(toks[k - 1].key) else { return nil }
        return k - 1
    }
}
