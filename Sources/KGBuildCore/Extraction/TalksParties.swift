/// A story's parties of talks: the sentence that says talks stalled often names no side, which a reader takes
/// from what the story tells of those talks elsewhere:
/// - "The talks, which bring together A, B and C, have been deadlocked", "The round brought together the
///   negotiators of D and E": who the talks bring together are their parties;
/// - "Talks between A and his Bangladeshi counterpart B ended without a breakthrough": the counterpart's state;
/// - "Consultations due to begin in Moscow were postponed" after "talks in Moscow between A and B": talks held at
///   the same place are the same process, and its sides are theirs.
/// Only stalled talks with fewer than two parties take them; never one of their mediators, nor the state (or an
/// official of the state) where the talks are held. Evidence: the cue's sentence, rule `discourse.frame`.
extension EventExtractor {
    /// Whether the types of events `type` are failed talks with a first role for their parties.
    private func stalledParty(_ type: String) -> String? {
        guard let t = typeIndex[type] else { return nil }
        let def = lexicon.ontology.eventTypes[t]
        return def.failedTalks ? def.roles.first : nil
    }

    /// The "bring together" cues of sentence `si`: the names the talks it tells bring together ("which bring
    /// together A, B and C", "brought together the negotiators of D and E"), with the words that say so.
    private func gatheringCue(_ doc: Document, _ si: Int, _ ms: ArraySlice<Mention>, _ found: MentionFinder.Result)
        -> (actors: [String], detail: Range<Int>)? {
        let fw = frameWords
        let toks = doc.tokens
        let s = doc.sentences[si]
        let lo = s.tokens.lowerBound, hi = s.tokens.upperBound
        guard hi - lo > 5, !ms.isEmpty else { return nil }
        for k in lo..<(hi - 2) where fw.gathering.contains(toks[k].key) && toks[k + 1].key == fw.kTogether {
            // the talks are the verb's subject: a noun of talks a few words before it, no clause of another verb between
            guard (max(lo, k - 14)..<k).contains(where: { fw.talkNouns.contains(toks[$0].key) }),
                  !(lo..<k).contains(where: { fw.future.contains(toks[$0].key) }) else { continue }
            var at = k + 2
            // "the negotiators of A and B", "representatives of C and D"
            if toks[at].key == words.kThe { at += 1 }
            if at + 1 < hi, fw.guests.contains(toks[at].key), toks[at + 1].key == words.kOf { at += 2 }
            else if at != k + 2 { at = k + 2 }
            let list = nameList(doc, ms, from: at, to: hi)
            guard list.count >= 2 else { continue }
            // (places are no parties: "the negotiators of Chisinau and Tiraspol" is left to the roles' types)
            var actors: [String] = []
            for m in list where !found.isPlace(m.actor) && !actors.contains(m.actor) { actors.append(m.actor) }
            if !actors.isEmpty { return (actors, k..<(k + 2)) }
        }
        return nil
    }

    /// Gives the stalled talks with fewer than two parties those a story tells elsewhere (see above).
    func fillTalksParties(_ events: inout [Event], _ sites: [Site], _ doc: Document, _ found: MentionFinder.Result,
                          _ bySentence: SentenceMentions, _ article: Article) {
        let open = events.indices.filter { j in
            guard let party = stalledParty(events[j].type) else { return false }
            return events[j].arguments.filter { $0.role == party }.count < 2
        }
        guard !open.isEmpty else { return }
        let types = lexicon.ontology.eventTypes
        func state(_ a: String) -> String { EventExtractor.sideState(a, found) }
        /// Adds `actors` as parties of event `j` (none of its mediators, nor the state where it is held); the
        /// evidence is sentence `si`'s.
        func add(_ j: Int, _ actors: [String], from si: Int, detail: Range<Int>, named: Bool = false) {
            guard let party = stalledParty(events[j].type) else { return }
            let others = Set(events[j].arguments.filter { $0.role != party && $0.role != "place" }.map(\.actor))
            let otherStates = Set(others.map(state))
            // (the state where talks are held is a side only when the cue names it so: "brought together the negotiators
            // of Ecuador and Peru" in Peru)
            let host = named ? nil : events[j].place.map(state)
            var added = false
            for a in actors where !events[j].arguments.contains(where: { $0.actor == a }) && !others.contains(a)
                && !otherStates.contains(state(a)) && state(a) != host && roleFits(events[j].type, party, a, found) {
                events[j].arguments.append((party, a))
                added = true
            }
            if added, si != sites[j].sentence {
                let ev = discourseEvidence(doc, si, article, rule: "discourse.frame", detail: doc.text(tokens: detail))
                if !events[j].evidence.contains(ev) { events[j].evidence.append(ev) }
            }
        }
        // "which bring together A, B and C": the stalled talks of that sentence, or of the two before it
        for si in doc.sentences.indices {
            guard let cue = gatheringCue(doc, si, bySentence[si], found) else { continue }
            guard let j = open.filter({ sites[$0].sentence <= si && sites[$0].sentence >= si - 2 }).max(by: { sites[$0].sentence < sites[$1].sentence }) else { continue }
            add(j, cue.actors, from: si, detail: cue.detail, named: true)
        }
        // "Talks between Minister A and his Bangladeshi counterpart B ended without a breakthrough": the counterpart's
        // state is the other side (the between-phrase's names stop at "his")
        // (talks whose parties are that minister and his state have two parties of one side: all stalled talks are read)
        for j in events.indices {
            guard let party = stalledParty(events[j].type) else { continue }
            let sides = Set(events[j].arguments.filter { $0.role == party }.map { state($0.actor) })
            guard !sides.isEmpty else { continue }
            let s = doc.sentences[sites[j].sentence]
            let toks = doc.tokens
            let lo = s.tokens.lowerBound, i = sites[j].trigger
            guard let b = (lo..<i).last(where: { toks[$0].key == words.kBetween }) else { continue }
            for k in (b + 2)..<max(b + 2, i - 2) where frameWords.pronouns.contains(toks[k].key) && toks[k - 1].key == words.kAnd
                && words.counterparts.contains(toks[k + 2].key) {
                guard let adj = bySentence[sites[j].sentence].first(where: { $0.kind == .modifier && $0.tokens == (k + 1)..<(k + 2) }),
                      found.type(of: adj.actor) == "country", !sides.contains(adj.actor) else { continue }
                add(j, [adj.actor], from: sites[j].sentence, detail: k..<(k + 3))
            }
        }
        // talks at the place of stalled talks, told elsewhere with two parties or more: the nearest such talks
        // (not persons, who may be hosts or envoys; not the bodies of states, who mediate)
        for j in open {
            guard let place = events[j].place, let party = stalledParty(events[j].type) else { continue }
            let own = events[j].arguments.filter { $0.role == party }.map(\.actor)
            guard own.count < 2 else { continue }
            // (not a headline's talks, which name their venue as a side: "Maduro pulls out of Barbados talks")
            func sides(_ a: Int) -> [String]? {
                guard a != j, events[a].place == place, !doc.isHeadline(doc.sentences[sites[a].sentence]),
                      let t = typeIndex[events[a].type], types[t].talks,
                      let lead = types[t].roles.first, events[a].modality != .negated else { return nil }
                let all = events[a].arguments.filter { $0.role == lead }.map(\.actor)
                // (the sides of the same talks: they hold the party these name already)
                guard all.count >= 2, own.allSatisfy({ p in all.contains { $0 == p || state($0) == state(p) } }) else { return nil }
                let kept = all.filter { found.type(of: $0) != "person" && !bodiesOfStates.contains($0) }
                return kept.isEmpty ? nil : kept
            }
            let si = sites[j].sentence
            guard let (a, kept) = events.indices.compactMap({ a in sides(a).map { (a, $0) } })
                    .min(by: { abs(sites[$0.0].sentence - si) < abs(sites[$1.0].sentence - si) }) else { continue }
            add(j, kept, from: sites[a].sentence, detail: sites[a].trigger..<sites[a].end)
        }
    }
}
