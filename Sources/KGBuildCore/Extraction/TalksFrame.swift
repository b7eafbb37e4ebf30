/// A story's negotiation frame: a reader learns once, anywhere in a story, who mediates the talks it tells
/// ("The talks, held in Qatar with A and B acting as guarantors, …", "under the auspices of C", "the mediators
/// - D, E and F - …", "G hosted the delegations for two days"), and carries it to the sentence that says the
/// talks stalled, which seldom names the mediator again. These are the frame's cues; each stalled talks that
/// names no mediator takes those of the cue nearest to it in the story, unless that cue's sentence tells other
/// talks (between other parties), and never one of its own parties (nor a party's state or official).
/// Evidence: the cue's sentence, rule `discourse.frame`.
extension EventExtractor {
    /// What one sentence says of who mediates talks: the mediators named and the words that say so.
    struct MediationCue {
        var mediators: [Mention]
        var sentence: Int
        var detail: Range<Int>
    }

    /// The words of the frame's cues (`lexicon/words.yaml`, "Negotiation frame").
    final class FrameWords: Sendable {
        init(_ lexicon: Lexicon) {
            talkNouns = lexicon.words("frame_talk_nouns")
            participles = lexicon.words("frame_participles")
            otherNouns = lexicon.words("frame_other_nouns")
            roleNouns = lexicon.words("mediator_role_nouns")
            acting = lexicon.words("acting_verbs")
            auspices = lexicon.words("auspices_nouns")
            hosting = lexicon.words("hosting_verbs")
            guests = lexicon.words("hosted_guests")
            leading = lexicon.words("leading_verbs")
            gathering = lexicon.words("gathering_verbs")
            var all = TokenKeySet([Tokenizer.key("-")])
            for set in [participles, acting, auspices, roleNouns, hosting, leading] { for k in set.keys { _ = all.insert(k) } }
            cueKeys = all
        }
        /// Every word a cue turns on (the keys the scan below tests first), so that a sentence holding none is
        /// passed over with one probe per token.
        let cueKeys: TokenKeySet
        /// Nouns of negotiations a cue may name: "talks", "dialogue", "the political process".
        let talkNouns: TokenKeySet
        /// Participles before "by" that name who mediates the noun of talks before them: "brokered by", "chaired by".
        let participles: TokenKeySet
        /// Nouns of a thing brokered that is no negotiation ("a truce brokered by"): nearer a participle than the
        /// talks, they take its "by".
        let otherNouns: TokenKeySet
        /// "acting as guarantors", "the mediators - A, B and C".
        let roleNouns: TokenKeySet
        let acting: TokenKeySet
        /// "under the auspices of A", "the mediation of B", "at the invitation of C".
        let auspices: TokenKeySet
        /// "A hosted the delegations", "B chaired the meeting".
        let hosting: TokenKeySet
        /// Who is hosted for talks, when the sentence names no talks: "hosted the defence officials".
        let guests: TokenKeySet
        /// "A has led the mediation".
        let leading: TokenKeySet
        /// "The talks, which bring together A and B": who talks gather are their parties (TalksParties.swift).
        let gathering: TokenKeySet
        let kTogether = Tokenizer.key("together")
        /// "between A and his Egyptian counterpart B" (TalksParties.swift).
        let pronouns = TokenKeySet(words: ["his", "her", "their"])
        let together = TokenKeySet(words: ["together", "along"])
        let listGaps = TokenKeySet(words: [",", "and", "the", "-", "—", "–", "(", ")"])
        let relatives = TokenKeySet(words: ["which", "who"])
        let fillers = TokenKeySet(words: ["has", "have", "had", "also", "jointly", "long", "been", "previously", "already"])
        let dashes = TokenKeySet(words: ["-", "—", "–", ",", ":", "from", "of"])
        let kMediation = Tokenizer.key("mediation")
        let kSemicolon = Tokenizer.key(";")
        let future = TokenKeySet(words: ["would", "will", "could", "should", "may", "might"])
    }

    /// The names listed from token `at` on, before `hi`: "A, B and C", "Angolan President D" (titles may stand
    /// between), "the Organization for Security and Cooperation in Europe (OSCE)".
    func nameList(_ doc: Document, _ ms: ArraySlice<Mention>, from at: Int, to hi: Int) -> [Mention] {
        let fw = frameWords
        var group: [Mention] = []
        var at = at
        for m in ms where m.tokens.lowerBound >= at && m.kind != .reference {
            guard m.tokens.lowerBound < hi else { break }
            var k = at
            while k < m.tokens.lowerBound {
                if fw.listGaps.contains(doc.tokens[k].key) { k += 1; continue }
                if doc.tokens[k].isCapitalized, let t = lexicon.titles.longest(doc.tokens[..<m.tokens.lowerBound], from: k) { k += t.length; continue }
                break
            }
            guard k == m.tokens.lowerBound else { break }
            group.append(m)
            at = m.tokens.upperBound
        }
        return group
    }

    /// The names listed right before token `end` ("with A, B and C acting as guarantors"), last first.
    func nameListBefore(_ doc: Document, _ ms: ArraySlice<Mention>, end: Int, from lo: Int) -> [Mention] {
        let fw = frameWords
        var group: [Mention] = []
        var at = end
        for m in ms.reversed() where m.tokens.upperBound <= at && m.kind != .reference {
            guard m.tokens.lowerBound >= lo, (m.tokens.upperBound..<at).allSatisfy({ fw.listGaps.contains(doc.tokens[$0].key) }) else { break }
            group.append(m)
            at = m.tokens.lowerBound
        }
        return group
    }

    /// The mediation cues of sentence `si`.
    func mediationCues(_ doc: Document, _ si: Int, _ ms: ArraySlice<Mention>) -> [MediationCue] {
        let fw = frameWords
        let toks = doc.tokens
        let s = doc.sentences[si]
        let lo = s.tokens.lowerBound, hi = s.tokens.upperBound
        guard hi - lo > 4, !ms.isEmpty, (lo..<hi).contains(where: { fw.cueKeys.contains(toks[$0].key) }) else { return [] }
        let talks = (lo..<hi).contains { fw.talkNouns.contains(toks[$0].key) }
        var cues: [MediationCue] = []
        func add(_ group: [Mention], _ detail: Range<Int>) {
            if !group.isEmpty { cues.append(MediationCue(mediators: group, sentence: si, detail: detail)) }
        }
        for k in lo..<hi {
            let key = toks[k].key
            guard fw.cueKeys.contains(key) else { continue }
            // "talks between A and B, brokered by C", "the talks were chaired by D", "which were mediated by E"
            if fw.participles.contains(key), k + 2 < hi, toks[k + 1].key == words.kBy,
               let t = (max(lo, k - 12)..<k).last(where: { fw.talkNouns.contains(toks[$0].key) || fw.otherNouns.contains(toks[$0].key) }),
               fw.talkNouns.contains(toks[t].key), !(t + 1..<k).contains(where: { toks[$0].key == fw.kSemicolon }),
               // (not a name's own participle: "the Minsk Group co-chaired by A and B" names who chairs the group; nor, read
               // from another sentence, "talks between A and B, hosted by C", whose host the stalled talks may not share)
               !ms.contains(where: { $0.tokens.upperBound == k || $0.tokens.upperBound == k - 1 && toks[k - 1].key == words.kComma }) {
                add(nameList(doc, ms, from: k + 2, to: hi), t..<(k + 2))
            }
            // "A, which acted as a guarantor of the talks together with B", "with C and D acting as guarantors"
            if talks, fw.acting.contains(key), k + 2 < hi, toks[k + 1].key == words.kAs {
                var r = k + 2
                if toks[r].key == words.kA || toks[r].key == words.kThe || toks[r].key == words.kAn { r += 1 }
                guard r < hi, fw.roleNouns.contains(toks[r].key) else { continue }
                var b = k
                while b > lo, fw.fillers.contains(toks[b - 1].key) { b -= 1 }
                var group: [Mention]
                if b - 2 >= lo, fw.relatives.contains(toks[b - 1].key), toks[b - 2].key == words.kComma {
                    group = subjectGroup(doc, ms, before: b - 2, from: lo).filter { $0.tokens.upperBound >= b - 10 }
                } else {
                    group = nameListBefore(doc, ms, end: b, from: lo)
                }
                if let w = (r + 1..<min(hi - 1, r + 8)).first(where: { fw.together.contains(toks[$0].key) && toks[$0 + 1].key == words.kWith }) {
                    group += nameList(doc, ms, from: w + 2, to: hi)
                }
                add(group, b..<(r + 1))
            }
            // "under the auspices of A", "out of respect for the mediation of B", "at the invitation of C"
            if fw.auspices.contains(key), k + 2 < hi, toks[k + 1].key == words.kOf, k > lo, toks[k - 1].key == words.kThe {
                add(nameList(doc, ms, from: k + 2, to: hi), (k - 1)..<(k + 2))
            }
            // "The UN's A, curator of the talks, …": a mediator's role in apposition to the name before it
            if fw.roleNouns.contains(key), k + 3 < hi, k - 2 >= lo, toks[k + 1].key == words.kOf,
               toks[k + 2].key == words.kThe ? fw.talkNouns.contains(toks[k + 3].key) : fw.talkNouns.contains(toks[k + 2].key) {
                var c = k - 1
                if toks[c].key == words.kThe || toks[c].key == words.kA { c -= 1 }
                if c > lo, toks[c].key == words.kComma { add(nameListBefore(doc, ms, end: c, from: lo).prefix(1).map { $0 }, c..<(k + 3)) }
            }
            // "the mediators - A, B and C -", "mediators from D and E"
            if fw.roleNouns.contains(key), k + 2 < hi, fw.dashes.contains(toks[k + 1].key), talks {
                add(nameList(doc, ms, from: k + 2, to: hi), k..<(k + 2))
            }
            // "A had hosted the delegations", "B hosted C and D for talks", "E has led the mediation"
            let hosts = fw.hosting.contains(key) && k + 1 < hi && toks[k + 1].key != words.kBy
                && (talks || (k + 1..<min(hi, k + 4)).contains { fw.guests.contains(toks[$0].key) })
            let leads = fw.leading.contains(key) && k + 2 < hi && toks[k + 1].key == words.kThe && toks[k + 2].key == fw.kMediation
            if hosts || leads {
                var b = k
                while b > lo, fw.fillers.contains(toks[b - 1].key) { b -= 1 }
                let group = subjectGroup(doc, ms, before: k, from: lo).filter { $0.kind == .name }
                // (the subject right before the verb, or before a relative clause closed by a comma)
                guard let last = group.first, last.tokens.upperBound == b || toks[b - 1].key == words.kComma else { continue }
                add(group, last.tokens.lowerBound..<(k + 1))
            }
            // "A-facilitated dialogue", "U.N.-backed negotiations", "the EU-led process"
            if key == words.kHyphen, k + 2 < hi, k > lo, words.mediating.contains(toks[k + 1].key) || words.kLed.contains(toks[k + 1].key),
               let m = ms.last(where: { $0.tokens.upperBound == k && $0.kind != .reference }),
               (k + 2..<min(hi, k + 5)).first(where: { !toks[$0].isWord || toks[$0].isCapitalized || fw.talkNouns.contains(toks[$0].key) })
                .map({ fw.talkNouns.contains(toks[$0].key) }) == true {
                add([m], m.tokens.lowerBound..<(k + 2))
            }
        }
        // ("the two countries would start negotiations under the mediation of A": talks to come are another process)
        return cues.filter { c in !(lo..<c.detail.lowerBound).contains { fw.future.contains(toks[$0].key) } }
    }

    /// Gives each stalled talks that names no mediator the mediators of the story's nearest cue (see above).
    func fillTalksFrame(_ events: inout [Event], _ sites: [Site], _ doc: Document, _ found: MentionFinder.Result,
                        _ bySentence: SentenceMentions, _ article: Article) {
        let types = lexicon.ontology.eventTypes
        func failed(_ type: String) -> Bool { typeIndex[type].map { types[$0].failedTalks && types[$0].roles.contains("mediator") } ?? false }
        let open = events.indices.filter { failed(events[$0].type) && !events[$0].arguments.contains { $0.role == "mediator" } }
        guard !open.isEmpty else { return }
        var cues: [MediationCue] = []
        for si in doc.sentences.indices { cues += mediationCues(doc, si, bySentence[si]) }
        guard !cues.isEmpty else { return }
        /// The state an actor stands for or belongs to, itself when none.
        func state(_ a: String) -> String { EventExtractor.sideState(a, found) }
        func parties(_ e: Event) -> [String] {
            guard let t = typeIndex[e.type], let lead = types[t].roles.first else { return [] }
            return e.arguments.filter { $0.role == lead }.map(\.actor)
        }
        for j in open {
            let own = parties(events[j])
            let ownStates = Set(own.map(state))
            // (a cue told beside other talks, with a party these talks lack, is theirs: two processes stay apart; talks
            // that name no party cannot be told apart from them)
            // (unless held where these are: "talks in Kuwait"; the cue's own mediators met are none of those parties)
            func another(_ c: MediationCue) -> Bool {
                events.indices.contains { a in
                    a != j && sites[a].sentence == c.sentence && typeIndex[events[a].type].map({ types[$0].talks || types[$0].failedTalks }) == true
                        && (events[j].place == nil || events[a].place != events[j].place)
                        && parties(events[a]).contains { p in !c.mediators.contains { $0.actor == p } && (own.isEmpty || !ownStates.contains(state(p))) }
                }
            }
            let si = sites[j].sentence
            // (a cue naming a party of these talks as their mediator tells other talks, or a side's own hosting)
            let usable = cues.filter { c in
                !another(c) && !c.mediators.contains { m in own.contains(m.actor) || ownStates.contains(state(m.actor)) }
                    && c.mediators.contains { m in !found.isPlace(m.actor) }
            }
            guard let best = usable.min(by: { abs($0.sentence - si) < abs($1.sentence - si) || abs($0.sentence - si) == abs($1.sentence - si) && $0.sentence < $1.sentence }) else { continue }
            var added = false
            for c in usable where c.sentence == best.sentence {
                for m in c.mediators where !found.isPlace(m.actor) && !own.contains(m.actor) && !ownStates.contains(state(m.actor))
                    && !events[j].arguments.contains(where: { $0.actor == m.actor }) {
                    if !roleFits(events[j].type, "mediator", m.actor, found) { continue }
                    events[j].arguments.append(("mediator", m.actor))
                    added = true
                }
                if added, c.sentence != si {
                    let ev = discourseEvidence(doc, c.sentence, article, rule: "discourse.frame", detail: doc.text(tokens: c.detail))
                    if !events[j].evidence.contains(ev) { events[j].evidence.append(ev) }
                }
            }
        }
    }
}
