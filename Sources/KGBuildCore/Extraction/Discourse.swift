/// Arguments that sit in another sentence: an event's sentence often names its participants only by a
/// generic noun phrase ("the two countries", "both sides") or by a definite noun that refers back to an event
/// told before ("condemned the raids", "the negotiations stalled"). These are resolved to the nearest
/// compatible antecedent within a small window of the article (`window` sentences back, and the headline),
/// typed by the roles the ontology gives; each argument found so records, as a piece of the event's evidence,
/// the sentence it came from and the rule (`discourse.pair`, `discourse.anaphor`, `discourse.mediator`).
///
/// Everything here works on one article's tokens and events: articles stay independent of each other.
extension EventExtractor {
    /// How many sentences back an antecedent may stand (the headline is always in reach).
    static let discourseWindow = 3
    /// How far back the event a judging verb's definite noun names may stand ("condemned the shipment" a few
    /// paragraphs after the delivery): the noun's event type narrows the search, so it reaches further.
    static let judgedWindow = 6

    /// Where an event was told: its sentence and its trigger's tokens, parallel to the extracted events.
    struct Site {
        var sentence: Int
        var trigger: Int
        var end: Int
    }

    /// The word lists of the discourse rules, as token keys; the vocabulary, declared without a value, is the
    /// lexicon's (`lexicon/words.yaml`), as `Words`'.
    final class DiscourseWords: Sendable {
        init(_ lexicon: Lexicon) {
            mediation = lexicon.words("mediation_verbs")
            talkNouns = lexicon.words("talk_nouns")
            fillers = lexicon.words("discourse_fillers")
            countryNouns = lexicon.words("country_nouns")
            decisions = lexicon.words("decision_nouns")
            var m = TokenKeyMap<Int>()
            for (t, def) in lexicon.ontology.eventTypes.enumerated() {
                for w in def.anaphors where m[Tokenizer.key(w)] == nil { m[Tokenizer.key(w)] = t }
            }
            anaphors = m
        }
        /// Determiners of a noun that refers back: "the raids", "these strikes".
        let definite = TokenKeySet(words: ["the", "this", "these", "those", "that"])
        /// "A and B, which mediate the talks, …", "C, who brokered the negotiations, …".
        let relatives = TokenKeySet(words: ["which", "who"])
        let mediation: TokenKeySet
        /// Nouns of negotiations named by a definite article: "the talks stalled", "suspended the negotiations".
        let talkNouns: TokenKeySet
        /// Words that may stand between a relative pronoun and its verb, and between a determiner and its noun.
        let fillers: TokenKeySet
        /// Nouns that stand for a country named before: "the country", "the kingdom".
        let countryNouns: TokenKeySet
        /// Nouns of a decision a verb of judging names ("criticised the decision"): the story's news.
        let decisions: TokenKeySet
        /// Nouns that tell no event but name one told before ("condemned the killings"), to the index of its type
        /// (the types' `anaphors`).
        let anaphors: TokenKeyMap<Int>
        let auxiliaries = TokenKeySet(words: ["has", "have", "had", "on", "already"])
        /// "Earlier rounds of talks stalled": nouns of a part of talks named before.
        let rounds = TokenKeySet(words: ["round", "rounds"])
        /// "But they stalled over …": the pronoun that names the talks of the sentence before.
        let kThey = Tokenizer.key("they")
        /// What follows a verb whose subject is the talks ("they stalled on Wednesday", "they broke down after four
        /// hours"), not an actor's object ("they rejected the offer", "they froze assets"): a preposition, a word of
        /// time, or the clause's end.
        let afterTalksVerb = TokenKeySet(words: [".", ",", ";", "on", "over", "in", "after", "amid", "without", "at", "as",
            "because", "when", "again", "and", "before", "since", "until", "late", "early", "earlier", "last", "this",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "following", "due", "within"])
    }

    // MARK: generic pair phrases ("the two countries", "both sides")

    /// Where a pair phrase whose noun follows token `k` starts: "both" at `k`, "the two" ending at `k`, or (`described`)
    /// "the two" before a capitalized word at `k` ("the two NATO allies", "the two Gulf states": one word may say
    /// what the pair is); nil when none does.
    func pairStart(_ tp: UnsafeBufferPointer<Token>, before k: Int, _ s: Sentence, described: Bool) -> Int? {
        if tp[k].key == words.kBoth { return k }
        if tp[k].key == words.kTwo, k > s.tokens.lowerBound, tp[k - 1].key == words.kThe { return k - 1 }
        if described, tp[k].isCapitalized, k >= s.tokens.lowerBound + 2, tp[k - 1].key == words.kTwo, tp[k - 2].key == words.kThe { return k - 2 }
        return nil
    }

    /// The token opening a pair phrase ("both sides", "the two neighbours'") in the trigger's phrase: up to
    /// eight tokens after it, before any clause boundary, or up to nine before it in its clause. Returns the
    /// phrase's first token ("the" or "both") and its noun.
    /// (`described`: talks, whose parties "the two NATO allies" may name; not "joint operations between the two
    /// NATO allies", which a word of what the pair is makes no one's pact)
    func pairPhrase(_ tp: UnsafeBufferPointer<Token>, _ s: Sentence, clauseStart: Int, trigger i: Int, end tEnd: Int, described: Bool = false) -> (start: Int, noun: Int)? {
        func pair(_ k: Int) -> (start: Int, noun: Int)? {
            guard k + 1 < s.tokens.upperBound, words.pairNouns.contains(tp[k + 1].key),
                  let start = pairStart(tp, before: k, s, described: described) else { return nil }
            return (start, k + 1)
        }
        var k = tEnd
        while k + 1 < min(s.tokens.upperBound, tEnd + 9) {
            if words.boundaries.contains(tp[k].key) || tp[k].key == words.kComma { break }
            if let p = pair(k) { return p }
            k += 1
        }
        k = i - 2
        while k >= max(clauseStart, i - 9) {
            if let p = pair(k) { return p }
            k -= 1
        }
        return nil
    }

    /// The two states a pair phrase starting at token `at` of sentence `si` stands for: the nearest two
    /// countries named before it within the window, names first, then adjectives and officials standing for
    /// their state ("Russian", "the Syrian president"). None of `exclude`; nil unless two are found.
    func pairAntecedents(_ doc: Document, _ found: MentionFinder.Result, before at: Int, sentence si: Int,
                         exclude: [String]) -> [(actor: String, sentence: Int)]? {
        var names: [(actor: String, sentence: Int)] = []
        var others: [(actor: String, sentence: Int)] = []
        for m in found.mentions.reversed() where m.tokens.upperBound <= at {
            if m.sentence < si - Self.discourseWindow && !doc.isHeadline(doc.sentences[m.sentence]) { continue }
            guard let rec = found.record(m.actor) else { continue }
            let state: String
            if rec.type == "country" { state = m.actor }
            else if rec.type == "person" || rec.type == "government", let c = rec.country { state = "actor:" + c }
            else { continue }
            if exclude.contains(state) { continue }
            if m.kind == .name && rec.type == "country" {
                if !names.contains(where: { $0.actor == state }) { names.append((state, m.sentence)) }
                if names.count == 2 { return names }
            } else if !others.contains(where: { $0.actor == state }) {
                others.append((state, m.sentence))
            }
        }
        for o in others where names.count < 2 && !names.contains(where: { $0.actor == o.actor }) { names.append(o) }
        return names.count == 2 ? names : nil
    }

    /// The country a subject "the country" stands for ("The country bought jets"): the first country named in
    /// the nearest sentence before it that names one, within the window. `lo..<hi` is the subject's span before the verb; only auxiliaries,
    /// adverbs and light verbs may stand between the noun and `hi`.
    func genericSubject(_ doc: Document, _ found: MentionFinder.Result, _ s: Sentence, _ si: Int, from lo: Int, to hi: Int)
        -> ((actor: String, sentence: Int), String)? {
        let dw = discourseWords
        let toks = doc.tokens
        guard hi > lo + 1, let k = (max(lo + 1, hi - 5)..<hi).last(where: { toks[$0 - 1].key == words.kThe && dw.countryNouns.contains(toks[$0].key) }),
              (k + 1..<hi).allSatisfy({ words.verbHosts.contains(toks[$0].key) || words.planned.contains(toks[$0].key) || words.adverbs.contains(toks[$0].key)
                  || words.beForms.contains(toks[$0].key) || dw.auxiliaries.contains(toks[$0].key) }) else { return nil }
        // (the nearest sentence naming a country, and in it the first one named: a subject more often than not)
        let start = toks[k - 1].start
        var best: Mention? = nil
        for m in found.mentions.reversed() where m.start < start && m.kind == .name {
            if let b = best, m.sentence != b.sentence { break }
            if m.sentence < si - Self.discourseWindow && !doc.isHeadline(doc.sentences[m.sentence]) { break }
            if found.type(of: m.actor) == "country" { best = m }
        }
        return best.map { (($0.actor, $0.sentence), doc.text(tokens: (k - 1)..<(k + 1))) }
    }

    /// The person a definite role noun opening the clause stands for ("The minister pledged that …", "The
    /// president condemned the raid and accused …"): the person named last before it, within the window,
    /// who was given that role ("Defence Minister X"). A role nobody named holds ("the official") gives none.
    func roleSubject(_ doc: Document, _ found: MentionFinder.Result, _ s: Sentence, _ si: Int, from lo: Int, to hi: Int)
        -> (mention: Mention, detail: String)? {
        let toks = doc.tokens
        guard hi > lo + 1, toks[lo].key == words.kThe,
              let r = (lo + 1..<min(hi, lo + 4)).lazy.compactMap({ k in
                  self.lexicon.roleNouns.longest(toks[..<hi], from: k).map { (k, k + $0.length) } }).first,
              (lo + 1..<r.0).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized }) else { return nil }
        let role = doc.text(tokens: r.0..<r.1).lowercased()
        let start = toks[lo].start
        guard let m = found.mentions.last(where: { m in
            m.start < start && m.kind == .name && found.type(of: m.actor) == "person"
                && found.record(m.actor)?.roles.contains(where: { $0.hasSuffix(role) }) == true }),
              m.sentence >= si - Self.discourseWindow else { return nil }
        return (m, doc.text(tokens: lo..<r.1))
    }

    /// Whether `actor` may fill `role` of events of type `type` (the type's `role_types`; any actor when it sets none).
    func roleFits(_ type: String, _ role: String, _ actor: String, _ found: MentionFinder.Result) -> Bool {
        guard let t = typeIndex[type] else { return false }
        guard let kinds = lexicon.ontology.eventTypes[t].roleTypes[role] else { return true }
        return found.type(of: actor).map { kinds.contains($0) } ?? false
    }

    /// The state actor `a` stands for or belongs to ("actor:" and its country's code), itself when none: the side
    /// of talks a minister or a ministry is on.
    static func sideState(_ a: String, _ found: MentionFinder.Result) -> String {
        found.type(of: a) == "country" ? a : found.record(a)?.country.map { "actor:" + $0 } ?? a
    }

    /// The evidence of an argument found in sentence `si` of the article, under `rule`.
    func discourseEvidence(_ doc: Document, _ si: Int, _ article: Article, rule: String, detail: String) -> Evidence {
        let s = doc.sentences[si]
        return evidence(doc, s, article, rule: Evidence.rule(rule, "", detail: detail), text: doc.text(of: s))
    }

    /// Whether the talks_stalled verb at `i..<tEnd` has "they" as its subject at the opening of its sentence ("They
    /// stalled on Wednesday", "But they have since broken down"), and no object after it.
    func talksPronoun(_ doc: Document, _ s: Sentence, _ i: Int, end tEnd: Int) -> Bool {
        let dw = discourseWords
        let toks = doc.tokens
        var k = i - 1
        while k > s.tokens.lowerBound, dw.auxiliaries.contains(toks[k].key) || words.adverbs.contains(toks[k].key) { k -= 1 }
        guard k >= s.tokens.lowerBound, k <= s.tokens.lowerBound + 1, toks[k].key == dw.kThey else { return false }
        return tEnd >= s.tokens.upperBound || dw.afterTalksVerb.contains(toks[tEnd].key)
    }

    // MARK: definite nouns referring back to an event

    /// After each sentence's events are found: arguments that a definite noun phrase takes from an event told
    /// before in the article. `sites` are the events' places in the text; `skip` the events not to refer back to.
    /// - "X condemned the strikes": the criticism's (or accusation's) target is who carried out the strikes;
    /// - "The talks stalled": talks without parties are between the participants of the talks told just before;
    /// - "A and B, which mediate the talks, …": A and B mediate the stalled talks told just before;
    /// - "The talks, hosted in Cairo by A and B, …": so do A and B.
    func resolveAnaphora(_ events: inout [Event], _ sites: [Site], _ doc: Document, _ found: MentionFinder.Result,
                         _ bySentence: SentenceMentions, _ article: Article, skip: Set<Int>) {
        let dw = discourseWords
        let toks = doc.tokens
        /// The story's lead: its first sentence after the headline.
        let leadSentence = doc.sentences.firstIndex { !doc.isHeadline($0) } ?? 0
        /// The latest event before token `before` of sentence `si`, within `window` sentences, that `accept` takes.
        func antecedent(before k: Int, sentence si: Int, excluding j: Int, window: Int = Self.discourseWindow, _ accept: (Int) -> Bool) -> Int? {
            var a = j - 1
            while a >= 0 {
                let site = sites[a]
                if site.sentence < si - window && !doc.isHeadline(doc.sentences[site.sentence]) { a -= 1; continue }
                if site.trigger < k, !skip.contains(a), accept(a) { return a }
                a -= 1
            }
            return nil
        }
        /// The first event told in the article before event `j` that `accept` takes.
        func firstBefore(_ j: Int, _ accept: (Int) -> Bool) -> Int? {
            (0..<j).first { a in sites[a].trigger < sites[j].trigger && !skip.contains(a) && accept(a) }
        }
        func note(_ j: Int, from a: Int, rule: String, detail: String) {
            let si = sites[a].sentence
            guard si != sites[j].sentence else { return }
            let ev = discourseEvidence(doc, si, article, rule: rule, detail: detail)
            if !events[j].evidence.contains(ev) { events[j].evidence.append(ev) }
        }
        let types = lexicon.ontology.eventTypes
        func allowed(_ type: String, _ role: String, _ actor: String) -> Bool { roleFits(type, role, actor, found) }
        /// Whether events of type `type` are failed talks (`failed_talks`).
        func failedTalks(_ type: String) -> Bool { typeIndex[type].map { types[$0].failedTalks } ?? false }
        /// Whether failed talks of type `type` have a role for their mediators.
        func mediated(_ type: String) -> Bool { typeIndex[type].map { types[$0].roles.contains("mediator") } ?? false }
        /// "The Kremlin criticised the decision", "X condemned the move": a definite noun of a decision (`decision_nouns`)
        /// right after the verb of judging `j` (of type index `ti`), which names no one judged, is the story's news: whom
        /// it judges is who did what the story's first event tells (its first role), told before it.
        func decision(_ j: Int, at d: Int, type ti: Int) {
            let s = doc.sentences[sites[j].sentence]
            guard d + 1 < s.tokens.upperBound, dw.definite.contains(toks[d].key), dw.decisions.contains(toks[d + 1].key),
                  let target = types[ti].roles.dropFirst().first, !events[j].arguments.contains(where: { $0.role == target }),
                  let a = firstBefore(j, { a in
                      // (a decision is often of something to come: "will deliver", not of something supposed or denied)
                      typeIndex[events[a].type].map { !types[$0].judgesEvents } == true
                          && events[a].modality != .hypothetical && events[a].modality != .negated
                          && events[a].arguments.contains { $0.role == leadRoles[events[a].type] } }),
                  let lead = leadRoles[events[a].type] else { return }
            var added = false
            for arg in events[a].arguments where arg.role == lead && !events[j].arguments.contains(where: { $0.actor == arg.actor })
                && allowed(events[j].type, target, arg.actor) {
                events[j].arguments.append((target, arg.actor))
                added = true
            }
            if added { note(j, from: a, rule: "discourse.anaphor", detail: doc.text(tokens: d..<(d + 2))) }
        }
        for j in events.indices {
            let site = sites[j]
            let s = doc.sentences[site.sentence]
            let type = events[j].type
            guard let ti = typeIndex[type] else { continue }
            // (an accusation that names its accused already takes none)
            if types[ti].judgesEvents && !events[j].arguments.contains(where: { $0.role == "accused" }) {
                // "condemned the strikes": a definite noun of another event right after the trigger
                // (or past the quote marks around the verb: 'X "strongly condemns" the attack')
                /// The noun of another event that a definite determiner at `d` opens (past up to two fillers), where it
                /// starts, how many tokens it spans and the index of its event type.
                func definiteNoun(at d: Int) -> (start: Int, length: Int, type: Int)? {
                    guard d < s.tokens.upperBound, dw.definite.contains(toks[d].key) else { return nil }
                    var k = d + 1
                    var n = 0
                    while k < s.tokens.upperBound, n < 2, dw.fillers.contains(toks[k].key) { k += 1; n += 1 }
                    guard k < s.tokens.upperBound, toks[k].isWord, !toks[k].isCapitalized else { return nil }
                    if let h = triggerTrie.matches(toks[..<s.tokens.upperBound], from: k).last(where: { $0.payload.form == .noun }) {
                        return (k, h.length, Int(h.payload.eventType))
                    }
                    // ("condemned the killings": a noun that tells no event but names one told before)
                    return dw.anaphors[toks[k].key].map { (k, 1, $0) }
                }
                let after = site.end < s.tokens.upperBound && toks[site.end].isQuote ? site.end + 1 : site.end
                // ("The bombing was condemned by A and B": the passive's subject, before the trigger, past forms of "be")
                var before: (start: Int, length: Int, type: Int)? {
                    var b = site.trigger
                    while b > s.tokens.lowerBound, b > site.trigger - 4, words.beForms.contains(toks[b - 1].key) || dw.auxiliaries.contains(toks[b - 1].key)
                        || words.isAdverb(doc, b - 1) { b -= 1 }
                    guard (b..<site.trigger).contains(where: { words.beForms.contains(toks[$0].key) && toks[$0].key != words.kApostropheS }) else { return nil }
                    return (max(s.tokens.lowerBound, b - 5)..<b).lazy.compactMap { d in definiteNoun(at: d) }
                        .first { $0.start + $0.length == b }
                }
                guard let (k, length, otherType) = definiteNoun(at: after) ?? before else {
                    decision(j, at: after, type: ti)
                    continue
                }
                let other = lexicon.ontology.eventTypes[otherType]
                guard !other.judgesEvents, let lead = other.roles.first, let target = types[ti].roles.dropFirst().first else { continue }
                // the event told in a sentence with the same noun first ("the strikes" after "air strikes by X hit"),
                // else the latest of its type
                let noun = toks[k + length - 1].key
                // (a deed told as planned, supposed or denied is none condemned: "was developing plans to attack Y")
                func fits(_ a: Int) -> Bool {
                    events[a].type == other.type && events[a].arguments.contains { $0.role == lead } && !events[a].modality.unreal
                }
                guard let a = antecedent(before: site.trigger, sentence: site.sentence, excluding: j, window: Self.judgedWindow, { a in
                          fits(a) && doc.sentences[sites[a].sentence].tokens.contains { toks[$0].key == noun } })
                        ?? antecedent(before: site.trigger, sentence: site.sentence, excluding: j, window: Self.judgedWindow, fits)
                        // "Iraq's Foreign Ministry condemned the strikes" paragraphs after the lead told them: the lead's own
                        // attack (a violent act stays the story's; a shipment far back names nobody)
                        ?? (other.physical ? antecedent(before: site.trigger, sentence: site.sentence, excluding: j, window: site.sentence, { a in
                               fits(a) && sites[a].sentence <= leadSentence }) : nil)
                        // (or the story's first attack with its attacker, told after a lead that names none)
                        ?? (other.physical ? firstBefore(j, fits) : nil)
                        // ("condemned the attack" on a town its attackers took: the violent act of the story told by another
                        // type with the same lead role, a seizure)
                        ?? (other.physical ? firstBefore(j, { a in
                               typeIndex[events[a].type].map { types[$0].physical && types[$0].roles.first == lead } == true
                                   && events[a].arguments.contains { $0.role == lead } && !events[a].modality.unreal }) : nil) else { continue }
                let detail = doc.text(tokens: k < site.trigger ? k..<site.end : site.end..<(k + length))
                var added = false
                for arg in events[a].arguments where arg.role == lead && !events[j].arguments.contains(where: { $0.actor == arg.actor })
                    && allowed(type, target, arg.actor) {
                    events[j].arguments.append((target, arg.actor))
                    added = true
                }
                if added { note(j, from: a, rule: "discourse.anaphor", detail: detail) }
            } else if types[ti].failedTalks, let party = types[ti].roles.first {
                // "the talks stalled", "suspended the negotiations", "But they stalled": talks named before, without
                // their parties (the parties of talks are their type's first role)
                // (or with one, a side of those talks: "The Afghan side said it had suspended the dialogue" is the
                // dialogue with Pakistan told before)
                let own = events[j].arguments.filter { $0.role == party }.map(\.actor)
                func side(_ x: String, _ y: String) -> Bool {
                    x == y || found.record(x)?.country.map { "actor:" + $0 } == y || found.record(y)?.country.map { "actor:" + $0 } == x
                }
                /// Whether a definite noun of talks opens at `k`, outside the trigger: "the talks", or ("Earlier rounds of
                /// talks had stalled") the rounds of the talks told before.
                func talksNoun(_ k: Int) -> Bool {
                    if toks[k].key == words.kThe { return dw.talkNouns.contains(toks[k + 1].key) && (k + 1 < site.trigger || k >= site.end) }
                    guard dw.rounds.contains(toks[k].key), k + 2 < s.tokens.upperBound, toks[k + 1].key == words.kOf else { return false }
                    return dw.talkNouns.contains(toks[k + 2].key) && (k + 2 < site.trigger || k >= site.end)
                }
                if own.count <= 1,
                   let d = (max(s.tokens.lowerBound, site.trigger - 6)..<min(s.tokens.upperBound - 1, site.end + 5)).first(where: talksNoun)
                       ?? (talksPronoun(doc, s, site.trigger, end: site.end) ? s.tokens.lowerBound : nil),
                   let a = antecedent(before: site.trigger, sentence: site.sentence, excluding: j, { a in
                       let e = events[a]
                       guard let t = typeIndex[e.type], types[t].talks, let lead = types[t].roles.first else { return false }
                       let parties = e.arguments.filter { $0.role == lead }
                       return parties.count >= 2 && own.allSatisfy { x in parties.contains { side(x, $0.actor) } } }) {
                    var added = false
                    let lead = leadRoles[events[a].type]
                    for arg in events[a].arguments where arg.role == lead && !own.contains(where: { side($0, arg.actor) }) {
                        // (beside a side named as a state, the other side's envoy stands for his state)
                        var actor = arg.actor
                        if !own.isEmpty, found.type(of: actor) == "person", let c = found.record(actor)?.country, found.type(of: "actor:" + c) != nil {
                            actor = "actor:" + c
                        }
                        guard !events[j].arguments.contains(where: { $0.actor == actor }), allowed(type, party, actor) else { continue }
                        events[j].arguments.append((party, actor))
                        added = true
                    }
                    if added { note(j, from: a, rule: "discourse.anaphor", detail: doc.text(tokens: d..<min(s.tokens.upperBound, d + (dw.rounds.contains(toks[d].key) ? 3 : 2)))) }
                }
            }
        }
        /// The mediators of the stalled talks told in the two sentences before, named by the talks told again
        /// with a participle of mediation: "The talks, hosted in Cairo by A, B and C, opened …", "The technical
        /// talks, mediated by D at the palace, ended …" (the list of names right after "by").
        func hostedTalks(_ si: Int) {
            let s = doc.sentences[si]
            let hi = s.tokens.upperBound
            var k = s.tokens.lowerBound
            while k + 4 < hi {
                defer { k += 1 }
                guard toks[k].key == words.kThe else { continue }
                // "the talks", "the technical talks", "the third round of negotiations"
                var n = k + 1
                while n < hi, n < k + 5, !dw.talkNouns.contains(toks[n].key), toks[n].isWord, !toks[n].isCapitalized { n += 1 }
                guard n + 3 < hi, dw.talkNouns.contains(toks[n].key), toks[n + 1].key == words.kComma,
                      dw.mediation.contains(toks[n + 2].key),
                      let by = (n + 3..<min(hi, n + 8)).first(where: { toks[$0].key == words.kBy }),
                      (n + 3..<by).allSatisfy({ toks[$0].key != words.kComma }) else { continue }
                // the names listed right after "by": only commas, "and" and articles between them
                var group: [Mention] = []
                var at = by + 1
                for m in bySentence[si] where m.tokens.lowerBound >= at {
                    guard (at..<m.tokens.lowerBound).allSatisfy({ toks[$0].key == words.kComma || toks[$0].key == words.kAnd || toks[$0].key == words.kThe }) else { break }
                    group.append(m)
                    at = m.tokens.upperBound
                }
                if addMediators(group, sentence: si, detail: k..<(by + 1)) { return }
            }
        }
        /// Adds `group` as mediators of the stalled talks told in the two sentences before `si`, with sentence `si`
        /// as evidence (`detail`: the words that tell the mediation); false when there are no such talks.
        func addMediators(_ group: [Mention], sentence si: Int, detail: Range<Int>) -> Bool {
            guard !group.isEmpty,
                  let j = (0..<events.count).last(where: { sites[$0].sentence < si && sites[$0].sentence >= si - 2 && failedTalks(events[$0].type) }),
                  mediated(events[j].type) else { return false }
            var added = false
            for m in group where !events[j].arguments.contains(where: { $0.actor == m.actor }) && allowed(events[j].type, "mediator", m.actor) {
                events[j].arguments.append(("mediator", m.actor))
                added = true
            }
            if added {
                let ev = discourseEvidence(doc, si, article, rule: "discourse.mediator", detail: doc.text(tokens: detail))
                if !events[j].evidence.contains(ev) { events[j].evidence.append(ev) }
            }
            return true
        }
        // "A and B, which mediate the talks, said …": the mediators of the stalled talks told just before
        // (only the two sentences after each stalled talks are read)
        var after: [Int] = []
        for j in events.indices where failedTalks(events[j].type) {
            for si in sites[j].sentence + 1...sites[j].sentence + 2 where si < doc.sentences.count && !after.contains(si) { after.append(si) }
        }
        for si in after {
            let s = doc.sentences[si]
            guard s.tokens.count > 5 else { continue }
            hostedTalks(si)
            var k = s.tokens.lowerBound + 1
            while k + 3 < s.tokens.upperBound {
                defer { k += 1 }
                guard toks[k].key == words.kComma, dw.relatives.contains(toks[k + 1].key) else { continue }
                var v = k + 2
                while v < s.tokens.upperBound, v < k + 5, dw.fillers.contains(toks[v].key) { v += 1 }
                guard v + 1 < s.tokens.upperBound, dw.mediation.contains(toks[v].key) else { continue }
                var o = v + 1
                if toks[o].key == words.kThe { o += 1 }
                while o < s.tokens.upperBound, o < v + 4, dw.fillers.contains(toks[o].key) { o += 1 }
                guard o < s.tokens.upperBound, dw.talkNouns.contains(toks[o].key) else { continue }
                let ms = bySentence[si]
                let group = subjectGroup(doc, ms, before: k, from: s.tokens.lowerBound).filter { $0.tokens.upperBound >= k - 8 }
                _ = addMediators(group, sentence: si, detail: k + 1..<(o + 1))
            }
        }
    }
}
