/// Finds claims: direct quotes with their attribution ("…,” Lavrov said; said X: “…”; a quote split by
/// its attribution), quotes with no attribution continuing the previous speaker, and reported speech
/// ("X said that …", "…, X said", "according to X, …"). Speakers that are pronouns or role nouns
/// ("he", "the minister", "the ministry") resolve to the nearest fitting actor before them.
/// (A class, as `EventExtractor`: closures that call its methods capture one reference, not a copy.)
public final class ClaimExtractor: Sendable {
    public let lexicon: Lexicon

    /// The lexicon's tables read in loops, held by the extractor rather than fetched from the `Lexicon` object each time.
    let speechLemmas: PhraseTrie<String>
    let titles: PhraseTrie<String>
    let titleModifiers: TokenKeySet
    let speechVerbs: PhraseTrie<Lexicon.VerbForm>
    let roleNouns: PhraseTrie<String>
    let beforeSpeaker: PhraseTrie<Bool>
    /// The "quote_owners" context: what opens a sentence that names whose the quote before it was ("That was how X
    /// put it", "The words were those of X").
    let quoteOwners: PhraseTrie<Bool>?
    /// The event extractor's word lists the clause tests share (boundaries, prepositions, verdict verbs).
    let eventWords: EventExtractor.Words

    /// Each speech verb of the ontology with its stance, by a hash of the verb's bytes (`ActorTable.asciiHash`),
    /// worked out once: the verb lists were searched, string by string, for every claim. Not used when a verb
    /// is not plain ASCII or two share a hash (`stanceByHashComplete` false): then the lists decide.
    let stanceByHash: TokenKeyMap<(verb: String, stance: String)>
    let stanceByHashComplete: Bool

    /// "negative", "positive" or "neutral": the ontology's verb lists, negative first.
    func stance(of verb: String) -> String {
        if stanceByHashComplete, let h = ActorTable.asciiHash(verb) {
            if let e = stanceByHash[h], e.verb == verb { return e.stance }
            return "neutral"
        }
        let speech = lexicon.ontology.speech
        return speech.negativeVerbs.contains(verb) ? "negative" : speech.positiveVerbs.contains(verb) ? "positive" : "neutral"
    }

    /// `events`: the pipeline's event extractor, whose word lists the claims' rules read too.
    public init(lexicon: Lexicon, events: EventExtractor) {
        self.lexicon = lexicon
        let speech = lexicon.ontology.speech
        var stances = TokenKeyMap<(verb: String, stance: String)>()
        var complete = true
        for v in speech.negativeVerbs + speech.positiveVerbs {
            guard let h = ActorTable.asciiHash(v) else { complete = false; continue }
            if let e = stances[h] { if e.verb != v { complete = false }; continue }
            stances[h] = (v, speech.negativeVerbs.contains(v) ? "negative" : "positive")
        }
        stanceByHash = stances
        stanceByHashComplete = complete
        speechLemmas = lexicon.speechLemmas
        titles = lexicon.titles
        titleModifiers = lexicon.titleModifiers
        speechVerbs = lexicon.speechVerbs
        roleNouns = lexicon.roleNouns
        beforeSpeaker = lexicon.beforeSpeaker
        quoteOwners = lexicon.contexts["quote_owners"]
        eventWords = events.words
        var nouns = TokenKeyMap<[String]>()
        for (list, type) in [("speaker_media_nouns", "media"), ("speaker_org_nouns", "organization")] {
            for k in lexicon.words(list).keys { nouns[k, default: []].append(type) }
        }
        organizationNouns = nouns
        sayingForms = lexicon.words("saying_forms")
        settingWords = lexicon.words("setting_words")
        addressed = Set(lexicon.ontology.wordLists["addressed_verbs"] ?? [])
        statementNouns = lexicon.words("remark_nouns")
        genericHeads = lexicon.words("generic_speaker_heads")
        genericModifiers = lexicon.words("generic_speaker_modifiers")
        documentNouns = lexicon.words("document_nouns")
        invertingVerbs = Set(lexicon.ontology.wordLists["inverting_verbs"] ?? [])
        descriptorHeads = lexicon.words("descriptor_heads")
        descriptorModifiers = lexicon.words("descriptor_modifiers")
        stateBodyHeads = lexicon.words("state_body_heads")
        bodyNouns = lexicon.words("body_nouns")
        spokesHeads = lexicon.words("spokes_nouns")
        personalBodies = lexicon.words("personal_bodies")
        localOfficeTitles = lexicon.words("local_office_titles")
        stateHeadTitles = Set(lexicon.ontology.wordLists["state_head_titles"] ?? [])
        missionNouns = lexicon.words("mission_nouns")
        chargeNouns = lexicon.words("charge_nouns")
        verdictStarts = TokenKeyFilter(events.words.verdictVerbs.keys + events.words.rejectionVerbs.keys)
        pressNouns = lexicon.words("press_nouns")
        analystNouns = lexicon.words("analyst_nouns")
        diplomaticRoles = lexicon.ontology.wordLists["diplomatic_roles"] ?? []
        describing = lexicon.words("describing_verbs")
        officeHeads = lexicon.words("office_heads")
        asideParticiples = lexicon.words("aside_participles")
        ingNouns = lexicon.words("ing_nouns")
        backReferringRoles = lexicon.words("back_referring_roles")
        stateMediaNouns = lexicon.words("state_media_nouns")
        declaredActs = lexicon.words("declared_acts")
        reportedResults = lexicon.words("reported_results")
        businessNouns = lexicon.words("business_nouns")
        intentVerbs = Set(lexicon.ontology.wordLists["intent_verbs"] ?? [])
        deedReplyVerbs = Set(lexicon.ontology.wordLists["deed_reply_verbs"] ?? [])
        sourcePlacings = lexicon.words("source_placings")
        sourcePersons = lexicon.words("source_persons")
    }
    /// "hoped to ease tensions": verbs of saying that tell an aim, no words, before "to".
    let intentVerbs: Set<String>
    /// "responded by sending troops", "responded with strikes": verbs of a reply that tell a deed before "by" or "with".
    let deedReplyVerbs: Set<String>
    /// "a source in the delegation", "a person close to the company": what places an unnamed source after its noun.
    let sourcePlacings: TokenKeySet
    /// "a person close to …", "people familiar with …": the nouns of a source that are no generic speaker alone.
    let sourcePersons: TokenKeySet
    /// The heads of "Libyan state television", "the state news agency": a state's outlet.
    let stateMediaNouns: TokenKeySet
    /// What "declared" proclaims as an act, not words ("independence", "martial law", "a day of mourning").
    let declaredActs: TokenKeySet
    /// What a firm "reported" as its accounts ("reported a quarterly profit"): no words said.
    let reportedResults: TokenKeySet
    /// "the company", "the firm": a business, which a body's name ("… Agency", "… Ministry") is not.
    let businessNouns: TokenKeySet
    /// "speaking", "talking": the participles of an aside between the subject and its verb of saying.
    let asideParticiples: TokenKeySet
    /// Bare roles that refer back to the person who just spoke ("the official added", "according to the CEO").
    let backReferringRoles: TokenKeySet
    /// Words in "-ing" after a name that are no participle of a clause describing it ("during", "the Paris meeting").
    let ingNouns: TokenKeySet
    /// The last words of an office that heads a body ("chief", "secretary general", "general manager").
    let officeHeads: TokenKeySet
    static let pronouns = TokenKeySet(words: ["he", "she"])
    static let possessivePronouns = TokenKeySet(words: ["his", "her"])
    static let objectPronouns = TokenKeySet(words: ["him", "her"])
    static let determiners = TokenKeySet(words: ["the", "a", "an", "this", "that", "its", "his", "her", "their"])
    static let kEach = Tokenizer.key("each"), kOther = Tokenizer.key("other"), kOne = Tokenizer.key("one"), kAnother = Tokenizer.key("another")
    static let demandPreps = TokenKeySet(words: ["on", "upon"])
    static let kIn = Tokenizer.key("in")
    static let kThat = Tokenizer.key("that"), kComma = Tokenizer.key(","), kColon = Tokenizer.key(":"), kAnd = Tokenizer.key("and")
    static let kAs = Tokenizer.key("as"), kBased = Tokenizer.key("based")
    /// "read", a verb of saying only for a document (`documentReads`), told by its token key: the verbs' lemmas are
    /// strings, compared at every verb of saying.
    static let readForms = TokenKeySet(words: ["read", "reads", "reading"])

    /// "the statement reads", "the ministry's letter read": a document's words (a person reads out somebody's).
    func documentReads(_ toks: [Token], _ k: Int, lo: Int) -> Bool {
        k >= lo + 2 && documentNouns.contains(toks[k - 1].key)
            && (ClaimExtractor.determiners.contains(toks[k - 2].key) || toks[k - 2].flags.contains(.possessive))
    }
    let sayingForms: TokenKeySet
    /// Words that open a setting rather than what was said ("In an interview with CNN, X said …").
    let settingWords: TokenKeySet
    let addressed: Set<String>
    /// Words after a date that close the telling's part of a reported claim: "urged X on Monday to …".
    static let tellingTail = TokenKeySet(words: ["to", "that", "for", "of"])
    static let relativizers = TokenKeySet(words: ["which", "who", "whom"])
    /// "X made the remarks on Monday": a sentence that dates what its subject said.
    static let kMade = Tokenizer.key("made")
    let statementNouns: TokenKeySet
    static let kBut = Tokenizer.key("but"), kWho = Tokenizer.key("who"), kOpenParen = Tokenizer.key("("), kCloseParen = Tokenizer.key(")")
    static let fillers = TokenKeySet(words: ["also", "has", "have", "had", "further", "later", "then", "earlier", "previously", "again", "repeatedly", "on", "in", "a", "an", "the", "statement", "interview", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "last", "week", "separately", "publicly", "recently", "once", "would", "will", "reportedly",
        "month", "year", "night", "morning", "afternoon", "evening", "weekend"])

    static let kThis = Tokenizer.key("this")
    /// "called the minister a day after …": nouns of time after an indefinite article, no verdict.
    static let timeNouns = TokenKeySet(words: ["day", "week", "month", "year", "few", "couple", "second", "third", "number", "total", "series", "minute", "hour", "moment"])
    static let timeUnits = TokenKeySet(words: ["week", "month", "year", "morning", "afternoon", "evening", "weekend"])

    struct Quote { var open: Int; var close: Int; var paragraph: Int }

    public func extract(_ doc: Document, _ found: MentionFinder.Result, article: Article, dates: [TimeExpression], events: [Event]) -> [Claim] {
        extract(doc, found, article: article, dates: dates, events: events, rules: RuleCache(),
                texts: SentenceTexts(count: doc.sentences.count))
    }

    /// `rules`: the evidence rules written so far on this thread; `texts`: the article's sentence texts.
    func extract(_ doc: Document, _ found: MentionFinder.Result, article: Article, dates: [TimeExpression], events: [Event],
                 rules: RuleCache, texts: SentenceTexts) -> [Claim] {
        let toks = doc.tokens
        let quotes = findQuotes(doc)
        var inQuote = [Bool](repeating: false, count: toks.count)
        for q in quotes { for k in q.open...q.close { inQuote[k] = true } }
        let sentenceOf: [Int] = {
            var a = [Int](repeating: 0, count: toks.count)
            for (si, s) in doc.sentences.enumerated() { for k in s.tokens { a[k] = si } }
            return a
        }()
        var claims: [Claim] = []
        var lastSpeaker: String? = nil
        var lastSpeakerParagraph = -10
        // (by sentence index: a set hashed every sentence)
        var claimedSentences = [Bool](repeating: false, count: doc.sentences.count)

        // direct quotes, grouped by paragraph and attribution
        var qi = 0
        while qi < quotes.count {
            let q = quotes[qi]
            if !Self.hasWords(toks, (q.open + 1)..<q.close, atLeast: 4) { qi += 1; continue }
            let sFirst = sentenceOf[q.open], sLast = sentenceOf[q.close]
            if doc.isHeadline(doc.sentences[sFirst]) { qi += 1; continue }
            // the attribution: a reporting verb outside quotes in the sentences the quote touches
            let lo = doc.sentences[sFirst].tokens.lowerBound, hi = doc.sentences[sLast].tokens.upperBound
            var speaker: String? = nil
            var verb: String? = nil
            var attribution: Range<Int>? = nil
            var k = lo
            while k < hi {
                if !inQuote[k], !toks[k].isCapitalized, let v = speechLemmas.longest(toks[..<hi], from: k) {
                    if let sp = speakerNear(doc, found, verb: k..<(k + v.length), lo: lo, hi: hi, inQuote: inQuote, lastSpeaker: lastSpeaker) {
                        speaker = sp; verb = v.payload; attribution = k..<(k + v.length); break
                    }
                }
                k += 1
            }
            // "X condemned the attack, and Y said in Paris that … “…”": a quote after a second clause with an attribution
            // of its own is that clause's speaker's, not the first clause's
            // (the second clause with a subject of its own, not "She said …, and called on X “…”"; the first clause
            // stays its speaker's reported claim)
            var firstClause: (speaker: String, verb: String, attribution: Range<Int>, content: Range<Int>)? = nil
            if let a = attribution, let sp0 = speaker, a.upperBound < q.open, sentenceOf[a.lowerBound] == sFirst, sentenceOf[q.open] == sFirst {
                var k2 = a.upperBound
                var joint: Int? = nil
                while k2 < q.open {
                    if !inQuote[k2] {
                        if toks[k2].key == ClaimExtractor.kSemicolon || ClaimExtractor.secondAttribution.contains(toks[k2].key) && toks[k2 - 1].key == ClaimExtractor.kComma {
                            joint = k2
                        } else if let j = joint, !toks[k2].isCapitalized, let v = speechLemmas.longest(toks[..<hi], from: k2) {
                            if let sp = self.speaker(doc, found, verb: k2..<(k2 + v.length), lo: j + 1, hi: hi, inQuote: inQuote, lastSpeaker: lastSpeaker), sp.id != sp0, sp.start > j {
                                var c = a.upperBound
                                while c < j, ClaimExtractor.fillers.contains(toks[c].key) || toks[c].key == ClaimExtractor.kThat { c += 1 }
                                let end = toks[j].key == ClaimExtractor.kSemicolon ? j : j - 1
                                if end - c >= 4, !(c..<end).contains(where: { inQuote[$0] }) {
                                    firstClause = (sp0, verb ?? "say", a, c..<end)
                                }
                                speaker = sp.id; verb = v.payload; attribution = k2..<(k2 + v.length)
                            }
                            break
                        }
                    }
                    k2 += 1
                }
            }
            // "“… abide by it?” Sabra told a TV channel.": a question or exclamation ends the sentence with the
            // quote, and its attribution opens the next one
            var attributionSentence: Int? = nil
            if speaker == nil, q.close > 0, sLast + 1 < doc.sentences.count, doc.sentences[sLast + 1].paragraph == q.paragraph,
               toks[q.close - 1].key == ClaimExtractor.kQuestion || toks[q.close - 1].key == ClaimExtractor.kExclamation,
               doc.sentences[sLast].tokens.upperBound <= q.close + 2 {
                let next = doc.sentences[sLast + 1].tokens
                var k2 = next.lowerBound
                while k2 < min(next.upperBound, next.lowerBound + 6) {
                    if !inQuote[k2], !toks[k2].isCapitalized, let v = speechLemmas.longest(toks[..<next.upperBound], from: k2),
                       let sp = self.speaker(doc, found, verb: k2..<(k2 + v.length), lo: next.lowerBound, hi: next.upperBound, inQuote: inQuote, lastSpeaker: lastSpeaker),
                       sp.start == next.lowerBound || k2 == next.lowerBound {
                        speaker = sp.id; verb = v.payload; attribution = k2..<(k2 + v.length); attributionSentence = sLast + 1
                        break
                    }
                    k2 += 1
                }
            }
            // "“…,” the minister said. The words were those of X", "“…” That was how X put it": the owner named
            // right after the quote, by a phrase that points back at it (in the quote's sentence or the next one; a
            // source left unnamed too: "“…,” an official said. Those were the words of X")
            let unowned = speaker == nil || speaker == ClaimExtractor.unnamedSource
            if unowned, q.close + 1 < hi, !inQuote[q.close + 1], let o = quoteOwner(doc, found, from: q.close + 1, hi) {
                speaker = o.id; verb = "say"; attribution = o.phrase
            } else if unowned, sLast + 1 < doc.sentences.count, doc.sentences[sLast + 1].paragraph == q.paragraph,
                      case let next = doc.sentences[sLast + 1].tokens, let o = quoteOwner(doc, found, from: next.lowerBound, next.upperBound) {
                speaker = o.id; verb = "say"; attribution = o.phrase; attributionSentence = sLast + 1
            }
            // "X rejected the charge, calling it “…”": a verdict quoted after a participle of the sentence that opens
            // with a named speaker and has no reporting verb is that speaker's (not words agreed or urged, "agreed
            // to “…”", nor a verdict with a subject of its own, "a result their coach called “…”")
            if speaker == nil, q.open > lo, toks[q.open - 1].isWord, sentenceOf[q.open] == sFirst,
               (max(lo + 1, q.open - 5)..<q.open).contains(where: { (eventWords.verdictVerbs.contains(toks[$0].key) || describing.contains(toks[$0].key))
                   && toks[$0 - 1].key == ClaimExtractor.kComma && doc.token($0, endsIn: "ing", minLength: 5, anyCase: false) }),
               let o = openingSpeaker(doc, found, lo..<q.open, before: q.open, inQuote: inQuote) {
                speaker = o
                verb = "say"
            }
            // "X, for his part, thanked Y for “…”": a quote inside a sentence that a named speaker opens, with no verb of
            // saying in it, is that speaker's words, not the previous speaker's
            // (only where the previous speaker would take it; not words agreed to, "A and B agreed to “…”")
            if speaker == nil, lastSpeaker != nil, q.paragraph - lastSpeakerParagraph <= 1, q.open > lo, toks[q.open - 1].isWord,
               toks[q.open - 1].key != eventWords.kTo, sentenceOf[q.open] == sFirst,
               !(lo..<hi).contains(where: { !inQuote[$0] && !toks[$0].isCapitalized && speechLemmas.longest(toks[..<hi], from: $0) != nil }),
               let o = openingSpeaker(doc, found, lo..<q.open, before: q.open, inQuote: inQuote),
               let om = found.mentions.first(where: { $0.actor == o && $0.tokens.lowerBound >= lo }),
               om.tokens.upperBound < hi, toks[om.tokens.upperBound].key != ClaimExtractor.kAnd {
                speaker = o
                verb = "say"
            }
            // a quote alone: the speaker of the previous quote or sentence continues (not a phrase quoted after a
            // reporting verb of its sentence whose subject is no one named: "The jury said it liked the film's
            // “quiet refusal to explode”" is the jury's, not the last speaker's)
            if speaker == nil, let ls = lastSpeaker, q.paragraph - lastSpeakerParagraph <= 1,
               !(lo..<q.open).contains(where: { !inQuote[$0] && !toks[$0].isCapitalized && speechLemmas.longest(toks[..<q.open], from: $0) != nil }) {
                speaker = ls
                verb = "say"
            }
            guard let sp = speaker else { qi += 1; continue }
            // following quotes in the same paragraph under the same attribution join this claim
            var parts = [q]
            var qj = qi + 1
            while qj < quotes.count, quotes[qj].paragraph == q.paragraph {
                let nq = quotes[qj]
                var own = false
                // (a quote in a later sentence than this claim's quote and attribution, with an attribution of its
                // own, is a statement of its own even by the same speaker: "X said A. “B,” he said at a briefing")
                let later = attribution != nil && sentenceOf[nq.open] > max(sentenceOf[q.close], attribution.map { sentenceOf[$0.lowerBound] } ?? 0)
                for k2 in doc.sentences[sentenceOf[nq.open]].tokens where !inQuote[k2] && k2 > q.close {
                    if let v = speechLemmas.longest(toks[...], from: k2), attribution.map({ !$0.contains(k2) }) ?? true,
                       speakerNear(doc, found, verb: k2..<(k2 + v.length), lo: doc.sentences[sentenceOf[nq.open]].tokens.lowerBound, hi: doc.sentences[sentenceOf[nq.close]].tokens.upperBound, inQuote: inQuote, lastSpeaker: sp).map({ $0 != sp || later }) ?? false {
                        own = true
                        break
                    }
                }
                // a short quoted fragment in a later sentence with its own attribution ("X said she “fully”
                // backed it") belongs to that sentence's reported claim, whoever speaks
                if !own, sentenceOf[nq.open] > sentenceOf[q.close], !Self.hasWords(toks, (nq.open + 1)..<nq.close, atLeast: 4) {
                    let ns = doc.sentences[sentenceOf[nq.open]].tokens
                    for k2 in ns where !inQuote[k2] && !toks[k2].isCapitalized {
                        if let v = speechLemmas.longest(toks[..<ns.upperBound], from: k2),
                           speakerNear(doc, found, verb: k2..<(k2 + v.length), lo: ns.lowerBound, hi: ns.upperBound, inQuote: inQuote, lastSpeaker: sp) != nil {
                            own = true; break
                        }
                    }
                }
                if own { break }
                parts.append(nq); qj += 1
            }
            var text = parts.map { doc.text(tokens: ($0.open + 1)..<$0.close) }.joined(separator: " ")
            var contentTokens = parts.map { ($0.open + 1)..<$0.close }
            // "X said he had talked … with Y, who had described “a path to a settlement”": a quoted
            // fragment inside the reported clause; what was said is the whole clause after the verb
            if parts.count == 1, let a = attribution, attributionSentence == nil, a.upperBound < q.open,
               sentenceOf[a.lowerBound] == sentenceOf[q.open], sentenceOf[q.close] == sentenceOf[q.open], toks[q.open - 1].isWord {
                var c = a.upperBound
                while c < q.open, ClaimExtractor.fillers.contains(toks[c].key) || toks[c].key == ClaimExtractor.kThat || toks[c].flags.contains(.number) { c += 1 }
                let end = doc.sentences[sentenceOf[q.open]].tokens.upperBound
                if c < q.open {
                    text = trimmed(doc, c..<end)
                    contentTokens = [c..<end]
                }
            }
            // "“…,” X said, adding that …": what is added after the quote's attribution belongs to the claim
            if let a = attribution, attributionSentence == nil, a.lowerBound > parts.last!.close,
               let added = addedClause(doc, after: a.upperBound, hi: doc.sentences[sentenceOf[a.lowerBound]].tokens.upperBound, inQuote: inQuote) {
                while text.last == "," || text.last == " " { text.removeLast() }
                text += "; " + trimmed(doc, added)
                contentTokens.append(added)
            }
            let sents = sentenceOf[parts.first!.open]...max(sentenceOf[parts.last!.close], attributionSentence ?? 0)
            for s in sents { claimedSentences[s] = true }
            if let f = firstClause {
                claims.append(makeClaim(doc, found, article, dates, events, rules, texts, speaker: f.speaker, text: trimmed(doc, f.content), verb: f.verb,
                                        sentences: sentenceOf[f.attribution.lowerBound]...sentenceOf[f.attribution.lowerBound], contentTokens: [f.content],
                                        attribution: f.attribution, kind: "reported"))
            }
            let claim = makeClaim(doc, found, article, dates, events, rules, texts, speaker: sp, text: text, verb: verb ?? "say",
                                  sentences: sents, contentTokens: contentTokens, attribution: attribution, kind: "quote")
            claims.append(claim)
            lastSpeaker = sp
            lastSpeakerParagraph = doc.sentences[sents.upperBound].paragraph
            qi = qj
        }

        // reported speech in sentences without a quote claim
        for (si, s) in doc.sentences.enumerated() where !claimedSentences[si] && !doc.isHeadline(s) {
            let fileStart = s.start - doc.bodyStart + article.bodyOffset
            // the speaker of the claim starting last before this sentence (the first of equals), found
            // without copying the claims
            var previous: Int? = nil
            for k in claims.indices {
                guard let st = claims[k].evidence.first?.start, st < fileStart else { continue }
                if let b = previous, claims[b].evidence[0].start >= st { continue }
                previous = k
            }
            // "A said X, and B said Y": each attribution of the sentence in turn
            var part = s
            var n = 0
            while n < 4, let (c, next, also) = reported(doc, found, article, dates, events, rules, texts, si, part, inQuote: inQuote, lastSpeaker: previous.map { claims[$0].speaker }) {
                claims.append(c)
                // "A and B said …": each subject of the coordination says it
                for a in also {
                    var c2 = c
                    c2.speaker = a
                    c2.speakerSurface = nil
                    c2.about.removeAll { $0 == a }
                    claims.append(c2)
                }
                guard let nx = next else { break }
                part.tokens = nx..<s.tokens.upperBound
                n += 1
            }
        }
        claims.sort { ($0.evidence.first?.start ?? 0) < ($1.evidence.first?.start ?? 0) }
        datePerOccasion(&claims, doc, found, article, dates)
        return Self.merge(claims)
    }

    /// A speaker's claims in sentences that name no date were most likely said on the occasion the article
    /// reports: when the text dates that speaker's telling once, a few days before the article ("X said on
    /// Sunday …", "X made the remarks on Monday"), the speaker's undated claims take that day.
    /// (only one such day per speaker; a telling weeks back is background and dates nothing else)
    func datePerOccasion(_ claims: inout [Claim], _ doc: Document, _ found: MentionFinder.Result, _ article: Article,
                         _ dates: [TimeExpression]) {
        guard let a = article.date, a.isComplete, let ay = a.year, let am = a.month, let ad = a.day, !claims.isEmpty else { return }
        let anchor = CalendarMath.dayNumber(year: ay, month: am, day: ad)
        func recent(_ d: PartialDate?) -> Bool {
            guard let d, d.isComplete else { return false }
            let k = anchor - CalendarMath.dayNumber(year: d.year!, month: d.month!, day: d.day!)
            return k >= 1 && k <= 7
        }
        // a claim told on a day of its own, or on the article's day in so many words ("said on Tuesday"); a
        // dateline's date tells no occasion ("BERLIN, June 24 (AP) -- … X has said"), nor a date in what was said
        func dated(_ c: Claim) -> Bool {
            if c.date != a { return true }
            let lo = doc.sentences[c.firstSentence].start, hi = doc.sentences[c.lastSentence].end
            return dates.contains { d in
                guard d.start >= lo, d.end <= hi, d.value == a else { return false }
                if c.firstSentence == doc.sentences.firstIndex(where: { !doc.isHeadline($0) }) {
                    let f = doc.firstToken(startingAtOrAfter: lo)
                    let lead = doc.tokens[f..<doc.firstToken(startingAtOrAfter: d.start)]
                    if lead.allSatisfy({ $0.isCapitalized || !$0.isWord }) { return false }
                }
                return true
            }
        }
        var occasion: [String: PartialDate?] = [:]  // nil value: two different days
        func note(_ speaker: String, _ d: PartialDate) {
            if let old = occasion[speaker] { if old != d { occasion[speaker] = .some(nil) } } else { occasion[speaker] = d }
        }
        for c in claims where recent(c.date) && dated(c) { note(c.speaker, c.date!) }
        // "X made the remarks on Monday at …"
        let toks = doc.tokens
        // (the keys read once: a static's every read in the scan of every token called its initializer's check)
        let kMade = Self.kMade, kThe = Self.kThe
        for s in doc.sentences where !doc.isHeadline(s) {
            guard let k = s.tokens.first(where: { toks[$0].key == kMade }), k + 2 < s.tokens.upperBound,
                  toks[k + 1].key == kThe, statementNouns.contains(toks[k + 2].key),
                  let d = dates.first(where: { $0.start >= toks[k + 2].end && $0.end <= s.end }), recent(d.value),
                  let m = found.mentions.last(where: { $0.start >= s.start && $0.end <= toks[k].start }) else { continue }
            note(m.actor, d.value)
        }
        guard !occasion.isEmpty else { return }
        for i in claims.indices where claims[i].date == a && !dated(claims[i]) {
            if let d = occasion[claims[i].speaker], let d { claims[i].date = d }
        }
    }

    /// Whether tokens `r` hold at least `n` words, counted only that far: a quote may run for paragraphs,
    /// and filtering it into an array (or counting it whole) to compare with 4 read every token.
    static func hasWords(_ toks: [Token], _ r: Range<Int>, atLeast n: Int) -> Bool {
        var count = 0
        for k in r where toks[k].isWord {
            count += 1
            if count >= n { return true }
        }
        return false
    }

    /// Quote spans: typographic pairs, and straight quotes paired within a paragraph.
    func findQuotes(_ doc: Document) -> [Quote] {
        var out: [Quote] = []
        var open: Int? = nil
        var para = -1
        for (si, s) in doc.sentences.enumerated() {
            if s.paragraph != para {
                // a quote left open at a paragraph end continues only if the next paragraph reopens it
                if let o = open, si > 0 {
                    let prev = doc.sentences[si - 1]
                    out.append(Quote(open: o, close: prev.tokens.upperBound - 1 + 1 > o ? prev.tokens.upperBound - 1 : o, paragraph: doc.sentences[si - 1].paragraph))
                }
                open = nil
                para = s.paragraph
            }
            for k in s.tokens {
                let t = doc.tokens[k]
                if t.flags.contains(.openQuote) && doc.bytes[t.start] != 0xE2 || t.flags.contains(.openQuote) && doc.bytes[t.start + 2] != 0x98 {
                    if open == nil { open = k }
                } else if t.flags.contains(.closeQuote) {
                    if let o = open { out.append(Quote(open: o, close: k, paragraph: s.paragraph)); open = nil }
                } else if t.flags.contains(.ambiguousQuote) && doc.bytes[t.start] == 34 {
                    if let o = open { out.append(Quote(open: o, close: k, paragraph: s.paragraph)); open = nil } else { open = k }
                }
            }
        }
        if let o = open, let last = doc.sentences.last, last.tokens.upperBound - 1 > o {
            out.append(Quote(open: o, close: last.tokens.upperBound - 1, paragraph: last.paragraph))
        }
        return out.filter { $0.close > $0.open + 1 }
    }

    /// Whether the verb of saying at `v` is a plain one ("said", not "accused"): its lemma is one of `inverting_verbs`.
    func isPlainSaying(_ toks: [Token], _ v: Int, _ hi: Int) -> Bool {
        speechLemmas.longest(toks[..<hi], from: v).map { invertingVerbs.contains($0.payload) } ?? false
    }

    /// The speaker of a reporting verb: "X said", "said X", "X, a spokesman, said", "X … and says",
    /// pronouns and role nouns. Returns the actor and the first token of the speaker's phrase.
    func speaker(_ doc: Document, _ found: MentionFinder.Result, verb: Range<Int>, lo: Int, hi: Int, inQuote: [Bool], lastSpeaker: String?) -> (id: String, start: Int)? {
        let toks = doc.tokens
        // "RIA Novosti quoted X as saying": the one quoted speaks
        if verb.upperBound < hi, toks[verb.lowerBound].key == ClaimExtractor.kQuoted, let m = found.starting(at: verb.upperBound),
           m.kind != .modifier, speakerType(found, m.actor), m.tokens.upperBound + 1 < hi, toks[m.tokens.upperBound].key == ClaimExtractor.kAs,
           sayingForms.contains(toks[m.tokens.upperBound + 1].key) {
            return (m.actor, verb.lowerBound)
        }
        // before the verb: skip fillers ("also", "has", "on Tuesday")
        var k = verb.lowerBound - 1
        var steps = 0
        // (and an adverb before a plain verb of saying: "the opposition tentatively said"; not before a charge or a
        // threat, "regularly accuses", "strongly condemns", which tells a stance rather than who speaks)
        if ClaimExtractor.readForms.contains(toks[verb.lowerBound].key), !documentReads(toks, verb.lowerBound, lo: lo) { return nil }
        // (whether the verb is a plain verb of saying, worked out at the first adverb before it: most verbs have
        // none, and the test hashed the verb's lemma into a set of strings)
        var plainSaying: Bool? = nil
        let words = eventWords
        while k >= lo && steps < 4 && !inQuote[k] {
            if !ClaimExtractor.fillers.contains(toks[k].key) {
                guard words.isAdverb(doc, k) else { break }
                if plainSaying == nil {
                    plainSaying = isPlainSaying(toks, verb.lowerBound, hi)
                }
                guard plainSaying == true else { break }
            }
            // "the statement said": a document noun after its determiner is the subject (not "in a statement said")
            if documentNouns.contains(toks[k].key), k > lo, ClaimExtractor.determiners.contains(toks[k - 1].key),
               !(k - 1 > lo && ClaimExtractor.locatedIn.contains(toks[k - 2].key)) { break }
            // "the ministry's statement said": so is one of the body named before
            if documentNouns.contains(toks[k].key), k >= lo + 3, toks[k - 1].flags.contains(.possessive), toks[k - 3].key == ClaimExtractor.kThe { break }
            k -= 1; steps += 1
        }
        // "The NATO chief, speaking in Brussels, said": the subject is the phrase before the aside (whose own commas,
        // "speaking at a conference in Lima, Peru, on Tuesday, said", are passed over)
        if k > lo + 2, toks[k].key == ClaimExtractor.kComma, !inQuote[k],
           let c = (max(lo + 1, k - 20)..<k).last(where: { toks[$0].key == ClaimExtractor.kComma && $0 + 2 < k
               && asideParticiples.contains(toks[$0 + 1].key) && ClaimExtractor.asidePrepositions.contains(toks[$0 + 2].key) }), !inQuote[c],
           // (not a name inside the subject's description: "A commander close to X, speaking to …, said")
           found.ending(at: c).map({ opensClause(doc, $0.tokens.lowerBound, lo: lo, inQuote: inQuote) }) ?? true {
            k = c - 1
        }
        // "The International Organization for Migration (IOM) said"
        if k >= lo + 3, toks[k].key == ClaimExtractor.kCloseParen, toks[k - 2].key == ClaimExtractor.kOpenParen { k -= 3 }
        if k >= lo && !inQuote[k] {
            // "a person close to the company said", "a source in the delegation said", "diplomats at the UN said": a
            // source placed by what it is close to or in names no one (not the body it is in)
            if let g = placedSource(doc, found, endingAt: k, lo: lo, inQuote: inQuote) { return (ClaimExtractor.unnamedSource, g) }
            // "a spokesman for the Defence Ministry said", "a spokesperson of Ruritania's army said"
            if let r = spokesmanFor(doc, found, endingAt: k, lo: lo) { return r }
            // "the Chinese embassy in Lima said", "the agency's office in Geneva said": the body located there speaks
            if let pl = found.ending(at: k + 1), pl.kind == .name, found.isPlace(pl.actor) || found.type(of: pl.actor) == "country",
               pl.tokens.lowerBound >= lo + 2, ClaimExtractor.stationedIn.contains(toks[pl.tokens.lowerBound - 1].key),
               let o = found.ending(at: pl.tokens.lowerBound - 1), o.kind == .name, !inQuote[o.tokens.lowerBound],
               let t = found.type(of: o.actor), ClaimExtractor.organizationTypes.contains(t), opensSubject(doc, o.tokens.lowerBound, lo: lo, inQuote: inQuote)
                || o.tokens.lowerBound > lo && ClaimExtractor.determiners.contains(toks[o.tokens.lowerBound - 1].key) && opensSubject(doc, o.tokens.lowerBound - 1, lo: lo, inQuote: inQuote) {
                return (o.actor, o.tokens.lowerBound)
            }
            // "Iran's mission to the United Nations said", "the Greek delegation to the talks said": a state's mission
            // to a body speaks for the state, not the body it is sent to
            if let m = found.ending(at: k + 1), case let to = m.tokens.lowerBound - (m.tokens.lowerBound > lo && toks[m.tokens.lowerBound - 1].key == ClaimExtractor.kThe ? 2 : 1),
               to >= lo + 2, let st = missionState(doc, found, noun: to - 1, lo: lo, inQuote: inQuote) {
                return (st.actor, st.tokens.lowerBound)
            }
            // "The Saudi-led coalition fighting the rebels in Yemen said": the subject before a participle's clause
            // speaks, not the participle's object nor the place it names
            if let r = subjectBeforeParticiple(doc, found, endingAt: k, lo: lo, inQuote: inQuote) { return r }
            if let m = found.ending(at: k + 1).flatMap({ $0.kind != .modifier ? $0 : nil }),
               !((m.kind == .reference || !toks[m.tokens.upperBound - 1].isCapitalized) && indefiniteBefore(doc, m.tokens, lo: lo)
                   && !bodysStatement(toks, m, hi)),
               !(found.type(of: m.actor) == "country" && locatedBefore(doc, m.tokens.lowerBound, lo: lo)) {
                if speakerType(found, m.actor) {
                    // "Acme Securities analysts Jane Roe and John Doe wrote": the firm speaks through its analysts
                    if found.type(of: m.actor) == "person", let f = firmOfAnalysts(doc, found, person: m.tokens, lo: lo, inQuote: inQuote) { return f }
                    return (m.actor, m.tokens.lowerBound)
                }
                // "Damascus said": a capital speaking is its state (not "officials in Damascus said")
                if let st = capitalState(found, m.actor), opensSubject(doc, m.tokens.lowerBound, lo: lo, inQuote: inQuote) {
                    return (st, m.tokens.lowerBound)
                }
            }
            // "the Syrian Observatory monitoring group said", "Acme Capital analysts wrote": an organization named
            // before a lowercase description of it
            if descriptorHeads.contains(toks[k].key), !toks[k].isCapitalized {
                var j = k - 1
                while j > lo, j > k - 3, !toks[j].isCapitalized, descriptorModifiers.contains(toks[j].key) { j -= 1 }
                // "the Maritime Trade Operations (UKMTO) agency said": past the short name in brackets
                if j >= lo + 3, toks[j].key == ClaimExtractor.kCloseParen, toks[j - 2].key == ClaimExtractor.kOpenParen { j -= 3 }
                // "Sukhoi's press service said", "the ministry's press office said"
                if j > lo, toks[j].flags.contains(.possessive) { j -= 1 }
                // "Iran's U.N. mission said": a state's mission to the organization speaks for the state
                if missionNouns.contains(toks[k].key), j >= lo, !inQuote[j], let m = found.ending(at: j + 1), m.tokens.lowerBound > lo + 1,
                   toks[m.tokens.lowerBound - 1].flags.contains(.possessive), let st = found.ending(at: m.tokens.lowerBound - 1),
                   found.type(of: st.actor) == "country" {
                    return (st.actor, st.tokens.lowerBound)
                }
                if j >= lo, !inQuote[j], toks[j].isCapitalized, let m = found.ending(at: j + 1), m.kind == .name,
                   let t = found.type(of: m.actor), ClaimExtractor.organizationTypes.contains(t)
                    // "Prime Minister X's office said": the office speaks for its holder
                    || t == "person" && j + 1 < k && toks[j + 1].flags.contains(.possessive) && personalBodies.contains(toks[k].key) {
                    return (m.actor, m.tokens.lowerBound)
                }
                // "the company's press service said": the organization of that kind named last
                if j > lo, j < k, !inQuote[j], !toks[j].isCapitalized, toks[j - 1].key == ClaimExtractor.kThe, toks[j + 1].flags.contains(.possessive),
                   let types = organizationNouns[toks[j].key],
                   let m = found.mentions.last(where: { $0.tokens.upperBound <= j && $0.kind == .name && types.contains(found.type(of: $0.actor) ?? "") }) {
                    return (m.actor, j - 1)
                }
                // "the committee's press service reported": the body named last by a name ending in that noun, or
                // headed by it ("the State Committee for National Security", "the Ministry of Culture")
                if j > lo, j < k, !inQuote[j], !toks[j].isCapitalized, toks[j - 1].key == ClaimExtractor.kThe, toks[j + 1].flags.contains(.possessive),
                   bodyNouns.contains(toks[j].key),
                   let m = found.mentions.last(where: { $0.tokens.upperBound <= j && $0.kind == .name && !inQuote[$0.tokens.lowerBound] && $0.tokens.count > 1
                       && ClaimExtractor.organizationTypes.contains(found.type(of: $0.actor) ?? "")
                       && (toks[$0.tokens.upperBound - 1].key == toks[j].key || Self.nameHeadedBy(found.record($0.actor)?.name, doc.text(token: j))) }) {
                    return (m.actor, j - 1)
                }
                // "the press service said": the body that spoke last, else the one named last
                if j >= lo, j + 1 < k, !inQuote[j], toks[j].key == ClaimExtractor.kThe, toks[j + 1].key == ClaimExtractor.kPress {
                    if let body = resolveIt(doc, found, before: j, inQuote: inQuote, lastSpeaker: lastSpeaker) { return (body, j) }
                }
            }
            // "Ruritania's information ministry said": a state body the gazetteer does not name speaks for its state
            if stateBodyHeads.contains(toks[k].key), !toks[k].isCapitalized {
                var j = k - 1
                while j > lo, j > k - 3, toks[j].isWord, !toks[j].isCapitalized, !toks[j].flags.contains(.possessive) { j -= 1 }
                if j > lo, toks[j].flags.contains(.possessive), !inQuote[j - 1], let m = found.ending(at: j), m.kind == .name,
                   found.type(of: m.actor) == "country" {
                    return (m.actor, m.tokens.lowerBound)
                }
            }
            // "…, his office said", "her press service said": the office of the person the pronoun stands for
            if personalBodies.contains(toks[k].key), !toks[k].isCapitalized {
                var j = k - 1
                while j > lo, j > k - 3, toks[j].isWord, !toks[j].isCapitalized, descriptorModifiers.contains(toks[j].key) { j -= 1 }
                if j >= lo, !inQuote[j], ClaimExtractor.possessivePronouns.contains(toks[j].key),
                   let p = resolvePronoun(doc, found, before: j, inQuote: inQuote, lastSpeaker: lastSpeaker) {
                    return (p, j)
                }
            }
            // "the prime minister's office said", "the president's press service said": the office of the person
            // the article named with that title
            if personalBodies.contains(toks[k].key), !toks[k].isCapitalized, let p = titledOfficeHolder(doc, found, body: k, lo: lo, inQuote: inQuote) {
                return p
            }
            // "TOKYO — …, the prime minister's office said" with no prime minister named: the story's own state
            if personalBodies.contains(toks[k].key), !toks[k].isCapitalized, let p = homeOfficeHolder(doc, found, body: k, lo: lo, inQuote: inQuote) {
                return p
            }
            // "the Sanliurfa governor's office said": a place's local office speaks for the state the place is in
            if personalBodies.contains(toks[k].key), !toks[k].isCapitalized, k >= lo + 3, toks[k - 1].flags.contains(.possessive),
               localOfficeTitles.contains(toks[k - 2].key), let pl = found.ending(at: k - 2), pl.kind == .name, !inQuote[pl.tokens.lowerBound],
               found.isPlace(pl.actor), let c = found.record(pl.actor)?.country, lexicon.countryIndexByISO[c] != nil {
                let start = pl.tokens.lowerBound > lo && toks[pl.tokens.lowerBound - 1].key == ClaimExtractor.kThe ? pl.tokens.lowerBound - 1 : pl.tokens.lowerBound
                if opensSubject(doc, start, lo: lo, inQuote: inQuote) { return ("actor:" + c, start) }
            }
            // "it said in a statement": the organization speaking last, else named last
            if toks[k].key == ClaimExtractor.kIt, opensSubject(doc, k, lo: lo, inQuote: inQuote) {
                if let r = resolveIt(doc, found, before: k, inQuote: inQuote, lastSpeaker: lastSpeaker) { return (r, k) }
            }
            if ClaimExtractor.pronouns.contains(toks[k].key) {
                return resolvePronoun(doc, found, before: k, inQuote: inQuote, lastSpeaker: lastSpeaker).map { ($0, k) }
            }
            // "the Iranian president, who said"; "criticized by the Acme Rights Bureau, which said": the relative
            // clause's subject is the actor it follows (a body only right before a plain verb of saying in the past:
            // "China, which claims Taiwan", "the group, which has pledged allegiance" describe it)
            if toks[k].key == ClaimExtractor.kWho || toks[k].key == MentionFinder.kWhich && k == verb.lowerBound - 1 && (plainSaying ?? isPlainSaying(toks, verb.lowerBound, hi))
                && !doc.token(verb.lowerBound, endsIn: "s", minLength: 4, anyCase: false),
               k >= lo + 2, toks[k - 1].key == ClaimExtractor.kComma,
               let m = found.ending(at: k - 1).flatMap({ $0.kind != .modifier ? $0 : nil }), speakerType(found, m.actor),
               toks[k].key == ClaimExtractor.kWho || found.type(of: m.actor) != "person" {
                return (m.actor, m.tokens.lowerBound)
            }
            // "Libyan state television said", "Kenya's state-run broadcaster said": a state's outlet the gazetteer
            // does not know speaks for its state
            if let r = stateOutlet(doc, found, head: k, lo: lo, inQuote: inQuote) { return r }
            // "a police spokesman said", "a government spokeswoman told reporters": the state whose body it is
            if let r = stateOfSpokesman(doc, found, head: k, lo: lo, inQuote: inQuote) { return r }
            // "a State Department spokesperson said": the organization speaks through them
            if let r = organizationOfSpokesman(doc, found, head: k, lo: lo) { return r }
            // "the country's anti-terror agency said", "the country's health ministry said": the state the story is about
            if let r = countrysBody(doc, found, head: k, lo: lo, inQuote: inQuote) { return r }
            // "the minister", "the ministry", "the statement"
            if let r = roleNounSpeaker(doc, found, endingAt: k, lo: lo, inQuote: inQuote, lastSpeaker: lastSpeaker) { return r }
            // "Prosecutors said", "Federal prosecutors said": the body of the article whose name holds the noun
            // ("the Federal Prosecutor's Office"), named before or after
            if let r = bodyOfPluralNoun(doc, found, k, lo: lo, inQuote: inQuote) { return r }
            // "a finance ministry spokesman said" in a story that names no ministry: a spokesman of a portfolio's
            // ministry in lower case speaks for the state, as "the finance ministry said"
            if spokesHeads.contains(toks[k].key), k >= lo + 3, toks[k - 1].key == ClaimExtractor.kMinistry, !toks[k - 1].isCapitalized,
               let a = (max(lo, k - 4)..<(k - 2)).last(where: { ClaimExtractor.indefinite.contains(toks[$0].key) }),
               ((a + 1)..<(k - 1)).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized && found.starting(at: $0) == nil }),
               !found.mentions.contains(where: { $0.start < toks[a].start && found.record($0.actor)?.roles.contains("ministry") == true }),
               let st = portfolioState(doc, found, portfolio: (a + 1)..<(k - 1), before: a, inQuote: inQuote) {
                return (st, a)
            }
            // "a Western diplomat said", "officials said": an unnamed source
            if let g = genericSpeaker(doc, found, endingAt: k, lo: lo) {
                if ClaimExtractor.indefinite.contains(toks[g].key), let p = namedNext(doc, found, head: k, inQuote: inQuote) { return (p, g) }
                if let b = bodyOfLowercaseSpokesman(doc, found, head: k, start: g, inQuote: inQuote) { return (b, g) }
                return (ClaimExtractor.unnamedSource, g)
            }
            // "Russia's envoy to the UN, Vitaly Churkin, said": a person named between commas is the speaker
            // (named: the words hold the surname; ", the committee's chairman," is an office, resolved elsewhere)
            if toks[k].key == ClaimExtractor.kComma, let m = found.ending(at: k), m.kind == .name,
               found.type(of: m.actor) == "person", let rec = found.record(m.actor), m.tokens.lowerBound > lo,
               let before = Optional(titlesBack(doc, from: m.tokens.lowerBound - 1, lo: lo)), before >= lo,
               toks[before].key == ClaimExtractor.kComma,
               // (a spelling the gazetteer knows as an alias too: "Dmitry Shugayev" for "Dmitry Shugaev")
               case let named = doc.text(tokens: m.tokens),
               Self.surname(of: rec.name, in: named) || rec.aliases.contains(where: { $0.contains(" ") && Self.surname(of: $0, in: named) }) {
                return (m.actor, m.tokens.lowerBound)
            }
            // "The U.N. refugee agency, UNHCR, said": an organization's name in apposition to the subject's description
            // (its short name in brackets too: "the military's media wing, Inter-Services Public Relations (ISPR), said")
            let shortName = k >= lo + 3 && toks[k - 1].key == ClaimExtractor.kCloseParen && toks[k - 3].key == ClaimExtractor.kOpenParen ? 3 : 0
            if toks[k].key == ClaimExtractor.kComma, let m = found.ending(at: k - shortName), m.kind == .name,
               ClaimExtractor.organizationTypes.contains(found.type(of: m.actor) ?? ""), m.tokens.lowerBound >= lo + 3,
               toks[m.tokens.lowerBound - 1].key == ClaimExtractor.kComma, !toks[m.tokens.lowerBound - 2].isCapitalized,
               let d = (max(lo, m.tokens.lowerBound - 8)..<(m.tokens.lowerBound - 1)).last(where: { toks[$0].key == ClaimExtractor.kThe }),
               ((d + 1)..<(m.tokens.lowerBound - 1)).allSatisfy({ toks[$0].isWord || toks[$0].flags.contains(.possessive) }),
               opensSubject(doc, d, lo: lo, inQuote: inQuote) {
                return (m.actor, d)
            }
            if let r = namedInApposition(doc, found, comma: k, lo: lo, inQuote: inQuote) { return r }
            // "X, a senior adviser to ..., said" / "X, who heads ..., said" / "The newspaper, citing …, said"
            if toks[k].key == ClaimExtractor.kComma {
                var j = k - 1
                var n = 0
                var organization: (id: String, start: Int)? = nil
                while j >= lo && n < 30 && !inQuote[j] {
                    if toks[j].key == ClaimExtractor.kComma, j - 1 >= lo, organization == nil,
                       let r = organizationOfSpokesman(doc, found, head: j - 1, lo: lo), opensClause(doc, r.start, lo: lo, inQuote: inQuote) || indefiniteBefore(doc, r.start..<j, lo: lo) {
                        organization = r
                    }
                    // (a body's relative clause may run longer than a description: "The Acme Army, which has taken
                    // most of the state over the past year, denied …")
                    if toks[j].key == ClaimExtractor.kComma, let m = found.ending(at: j).flatMap({ $0.kind != .modifier ? $0 : nil }),
                       let t = found.type(of: m.actor), t == "person" || ((n < 16 || j + 1 < k && ClaimExtractor.relativizers.contains(toks[j + 1].key)) && t != "place") {
                        // (a person named inside the description is not: "A commander close to X, speaking to …, said")
                        if t == "person" {
                            if m.tokens.lowerBound > lo, toks[titlesBack(doc, from: m.tokens.lowerBound - 1, lo: lo)].key != ClaimExtractor.kComma,
                               !opensClause(doc, m.tokens.lowerBound, lo: lo, inQuote: inQuote) { j -= 1; n += 1; continue }
                            return (m.actor, m.tokens.lowerBound)
                        }
                        // "Karim Haddad, spokesman for the X Brigade, a rebel faction, said": the person who opens the
                        // clause speaks, not the organization described between the commas
                        if organization == nil { organization = (m.actor, m.tokens.lowerBound) }
                    }
                    j -= 1; n += 1
                }
                if let o = organization {
                    if let p = found.mentions.first(where: { $0.tokens.upperBound < o.start && $0.tokens.lowerBound >= lo && $0.kind == .name
                            && found.type(of: $0.actor) == "person" && toks[$0.tokens.upperBound].key == ClaimExtractor.kComma }),
                       opensClause(doc, p.tokens.lowerBound, lo: lo, inQuote: inQuote) {
                        return (p.actor, p.tokens.lowerBound)
                    }
                    return o
                }
            }
            // "the movement has … and says that", "Putin ordered …, but said that": the subject of the coordinated clause
            if toks[k].key == ClaimExtractor.kAnd || toks[k].key == ClaimExtractor.kBut,
               let m = found.mentions.first(where: { $0.tokens.lowerBound >= lo && $0.tokens.upperBound <= k && $0.kind == .name && !inQuote[$0.tokens.lowerBound] }),
               speakerType(found, m.actor), m.tokens.lowerBound <= lo + 3 {
                return (m.actor, m.tokens.lowerBound)
            }
            // "He did not give a number but noted that …": a pronoun opening the sentence is the coordinated subject
            if toks[k].key == ClaimExtractor.kAnd || toks[k].key == ClaimExtractor.kBut, ClaimExtractor.pronouns.contains(toks[lo].key),
               !(lo..<k).contains(where: { inQuote[$0] || toks[$0].key == ClaimExtractor.kComma && $0 < k - 1 }),
               let p = resolvePronoun(doc, found, before: lo, inQuote: inQuote, lastSpeaker: lastSpeaker) {
                return (p, lo)
            }
            // "During the long dispute, the union has … and says that": the subject after an opening setting
            if toks[k].key == ClaimExtractor.kAnd || toks[k].key == ClaimExtractor.kBut, settingWords.contains(toks[lo].key),
               let c = (lo..<k).first(where: { toks[$0].key == ClaimExtractor.kComma }), !(lo..<k).contains(where: { inQuote[$0] }),
               // (a comma may close the first clause: "On Friday, he met …, but said")
               !((c + 1)..<k).contains(where: { toks[$0].key == ClaimExtractor.kComma && $0 < k - 1 }) {
                var st = c + 1
                if st < k, ClaimExtractor.determiners.contains(toks[st].key) { st += 1 }
                if let m = found.starting(at: st), m.kind == .name, m.tokens.upperBound < k, speakerType(found, m.actor),
                   !found.isPlace(m.actor) {
                    return (m.actor, m.tokens.lowerBound)
                }
                // "On Friday, he met the envoys but told them that …"
                if st == c + 1, st < k, ClaimExtractor.pronouns.contains(toks[st].key),
                   let p = resolvePronoun(doc, found, before: st, inQuote: inQuote, lastSpeaker: lastSpeaker) {
                    return (p, st)
                }
            }
        }
        // after the verb: "said Louay Safi", "said the spokesman"; never after "saying" or "said that", which open
        // what was said ("…, saying that Russia …")
        if doc.token(verb.lowerBound, endsIn: "ing", minLength: 5, anyCase: false) {
            // "X rejected the criticism, saying that …": the participle's speaker is the subject opening the sentence
            guard verb.lowerBound > lo, toks[verb.lowerBound - 1].key == ClaimExtractor.kComma else { return nil }
            let opening = found.mentions.lazy.filter { $0.tokens.lowerBound >= lo && $0.tokens.lowerBound <= lo + 3 && $0.tokens.upperBound < verb.lowerBound
                && $0.kind != .modifier && !inQuote[$0.tokens.lowerBound] && self.speakerType(found, $0.actor) }
            guard let m = opening.first(where: { found.type(of: $0.actor) == "person" }) ?? opening.first else { return nil }
            return (m.actor, m.tokens.lowerBound)
        }
        if verb.upperBound < hi && toks[verb.upperBound].key == ClaimExtractor.kThat { return nil }
        var j = verb.upperBound
        while j < hi && j < verb.upperBound + 3 && !inQuote[j] && (ClaimExtractor.determiners.contains(toks[j].key) || ClaimExtractor.fillers.contains(toks[j].key)) { j += 1 }
        // (after a comma only the verbs that invert: "…, said X", never "…, denied X", "…, told X")
        if j < hi && !inQuote[j] && verb.lowerBound > lo && (inQuote[verb.lowerBound - 1] || toks[verb.lowerBound - 1].key == ClaimExtractor.kComma
            && speechLemmas.longest(toks[..<hi], from: verb.lowerBound).map({ invertingVerbs.contains($0.payload) }) ?? false) {
            if let m = namedAfter(doc, found, j, hi) { return (m, verb.lowerBound) }
            if genericSpeakerAfter(doc, j, hi) { return (ClaimExtractor.unnamedSource, verb.lowerBound) }
            if ClaimExtractor.pronouns.contains(toks[j].key) { return resolvePronoun(doc, found, before: j, inQuote: inQuote, lastSpeaker: lastSpeaker).map { ($0, verb.lowerBound) } }
        }
        return nil
    }

    /// The speaker named at j, past a title: "Foreign Ministry spokesman Pavel Orlov", "Chairman of the
    /// State Security Service Ivan Petrov" → the person; else the first actor named at j.
    func namedAfter(_ doc: Document, _ found: MentionFinder.Result, _ j: Int, _ hi: Int) -> String? {
        let toks = doc.tokens
        var k = j
        var first: String? = nil
        var role = false
        while k < hi && k < j + 10 {
            if let m = found.mentions.first(where: { $0.tokens.contains(k) }) {
                // "said an Egyptian official": an indefinite role noun names nobody already named
                if m.kind == .reference || !toks[m.tokens.upperBound - 1].isCapitalized, j > 0, indefiniteBefore(doc, m.tokens, lo: j - 1),
                   !bodysStatement(toks, m, hi) { return nil }
                if found.type(of: m.actor) == "person" { return m.actor }
                if m.kind == .reference || titles.longest(toks[..<hi], from: m.tokens.lowerBound) != nil { role = true }
                if first == nil, m.kind != .modifier, speakerType(found, m.actor) { first = m.actor }
                // "according to Chile's foreign ministry": the body a possessive names, not its owner
                else if k > j, toks[k - 1].flags.contains(.possessive), m.kind != .modifier, speakerType(found, m.actor),
                        found.type(of: m.actor) != "country" { first = m.actor }
                k = m.tokens.upperBound
                continue
            }
            let t = toks[k]
            // "according to the London-based International Institute for Strategic Studies": the seat before "-based"
            // is where the body sits, not who speaks (nor is "Washington-based" the United States)
            if t.flags.contains(.hyphen), k > j, k + 1 < hi, toks[k + 1].key == ClaimExtractor.kBased {
                first = nil
                k += 2
                continue
            }
            if titles.longest(toks[..<hi], from: k) != nil { role = true; k += 1; continue }
            if t.isCapitalized || t.flags.contains(.possessive) || ClaimExtractor.titleGlue.contains(t.key) { k += 1; continue }
            // "according to regional governor X", "according to the state news agency X": a lowercase modifier of
            // a title, or a description of an outlet, before the name; "said the force's commander, X": a lowercase
            // owner of the title
            // ("said the provincial police spokesman, X": two lowercase words before the title)
            if k + 1 < hi, titleModifiers.contains(t.key) || descriptorModifiers.contains(t.key)
                || t.isWord && !t.flags.contains(.number) && (titles.longest(toks[..<hi], from: k + 1) != nil || toks[k + 1].flags.contains(.possessive))
                || t.isWord && !t.isCapitalized && !t.flags.contains(.number) && k + 2 < hi && toks[k + 1].isWord && !toks[k + 1].isCapitalized
                    && !toks[k + 1].flags.contains(.number) && titles.longest(toks[..<hi], from: k + 2) != nil
                || descriptorHeads.contains(t.key) && k > j && !toks[k - 1].isCapitalized { k += 1; continue }
            // "said driver Pedro Munoz", "said taxi driver Jane Roe": a plain description of up to three lowercase
            // words right before a person's name
            if k == j, k + 1 < hi, let p = (k + 1...min(k + 3, hi - 1)).first(where: { q in found.starting(at: q).map { found.type(of: $0.actor) == "person" } ?? false }),
               (k..<p).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized && !toks[$0].flags.contains(.number) && !ClaimExtractor.pronouns.contains(toks[$0].key) }) {
                k = p; continue
            }
            break
        }
        // "according to the deputy commander of Peru's navy, Rear Admiral Jane Roe": the person in apposition to the
        // role is the speaker, not the body the role belongs to
        if role, first.map({ found.type(of: $0) != "person" }) ?? true, let p = appositivePerson(doc, found, from: k, hi) { return p }
        return first
    }

    /// A person named in apposition after a comma within a few words of `k` ("…, Rear Admiral Jane Roe," or "…,
    /// Acme director general Jane Roe."), the apposition ending the clause or closed by a comma.
    func appositivePerson(_ doc: Document, _ found: MentionFinder.Result, from k: Int, _ hi: Int) -> String? {
        let toks = doc.tokens
        guard let c = (k..<min(hi, k + 4)).first(where: { toks[$0].key == ClaimExtractor.kComma || !toks[$0].isWord }),
              toks[c].key == ClaimExtractor.kComma else { return nil }
        var q = c + 1
        while q < hi && q < c + 8 {
            // (a person's mention may take in the title before the name, and a body's the title after it:
            // "Acme director general Jane Roe")
            if let p = found.mentions.first(where: { $0.tokens.contains(q) && found.type(of: $0.actor) == "person" }) {
                let e = p.tokens.upperBound
                return e >= hi || toks[e].key == ClaimExtractor.kComma || !toks[e].isWord ? p.actor : nil
            }
            if let m = found.mentions.first(where: { $0.tokens.lowerBound == q }) {
                q = m.tokens.upperBound
                continue
            }
            guard toks[q].isCapitalized || titles.longest(toks[..<hi], from: q) != nil || titleModifiers.contains(toks[q].key) else { return nil }
            q += 1
        }
        return nil
    }

    let genericHeads: TokenKeySet
    static let indefinite: TokenKeySet = TokenKeySet(words: ["a", "an", "one", "two", "three", "several", "some", "other", "many", "unnamed", "anonymous"])
    let genericModifiers: TokenKeySet
    static let unnamedSource = "actor:generic:unnamed-source"
    static let titleGlue: TokenKeySet = TokenKeySet(words: ["of", "the", "for", "and"])

    /// "The fraud prosecutor's office, known as PNF, said", "The group, which calls itself the Valley Front, said":
    /// the name an apposition gives the subject speaks, from the subject's first token. (The name ends right at the
    /// comma before the verb, so the walk over "X, a spokesman, said" never reaches it.)
    func namedInApposition(_ doc: Document, _ found: MentionFinder.Result, comma k: Int, lo: Int, inQuote: [Bool]) -> (id: String, start: Int)? {
        let toks = doc.tokens
        guard toks[k].key == ClaimExtractor.kComma, let m = found.ending(at: k), m.kind == .name, speakerType(found, m.actor) else { return nil }
        var j = m.tokens.lowerBound - 1
        if j > lo, toks[j].key == ClaimExtractor.kThe { j -= 1 }
        // "known as", "also known as", "which calls itself", "calling itself"
        if j >= lo + 1, toks[j].key == MentionFinder.kAs, toks[j - 1].key == MentionFinder.kKnown {
            j -= 2
            if j > lo, toks[j].key == ClaimExtractor.kAlso { j -= 1 }
        } else if j >= lo + 2, toks[j].key == ClaimExtractor.kItself, toks[j - 1].key == ClaimExtractor.kCalls, toks[j - 2].key == MentionFinder.kWhich {
            j -= 3
        } else if j >= lo + 1, toks[j].key == ClaimExtractor.kItself, toks[j - 1].key == ClaimExtractor.kCalling {
            j -= 2
        } else { return nil }
        guard j > lo, toks[j].key == ClaimExtractor.kComma, !inQuote[j] else { return nil }
        // the subject: a short phrase opening the clause ("The national fraud prosecutor's office")
        var d = j
        while d > lo, d > j - 8, toks[d - 1].key != ClaimExtractor.kComma, !inQuote[d - 1] { d -= 1 }
        guard d < j, opensSubject(doc, d, lo: lo, inQuote: inQuote) else { return nil }
        return (m.actor, d)
    }
    static let kAlso = Tokenizer.key("also"), kItself = Tokenizer.key("itself"), kCalls = Tokenizer.key("calls"), kCalling = Tokenizer.key("calling")

    /// "a person close to the company", "a source in the Russian delegation", "diplomats at the United Nations" ending
    /// at `k` (a placing word right after a source's noun, within eight words, no comma): the phrase's first token.
    /// (not a description in apposition, "X, an expert at the Acme Institute, said", whose phrase the comma closes;
    /// nor analysts, through whom their firm speaks: "analysts at Acme said")
    func placedSource(_ doc: Document, _ found: MentionFinder.Result, endingAt k: Int, lo: Int, inQuote: [Bool]) -> Int? {
        let toks = doc.tokens
        guard toks[k].isWord else { return nil }
        var j = k - 1
        while j > lo, j >= k - 8, !inQuote[j], toks[j].key != ClaimExtractor.kComma {
            if sourcePlacings.contains(toks[j].key) {
                let h = j - 1
                if genericHeads.contains(toks[h].key), !analystNouns.contains(toks[h].key), let g = genericSpeaker(doc, found, endingAt: h, lo: lo) { return g }
                // ("a person close to …", "two people familiar with …", "People close to …" opening the clause)
                if sourcePersons.contains(toks[h].key) {
                    if h > lo, ClaimExtractor.indefinite.contains(toks[h - 1].key) || toks[h - 1].flags.contains(.number) { return h - 1 }
                    if h == lo || toks[h - 1].key == ClaimExtractor.kComma { return h }
                }
            }
            j -= 1
        }
        return nil
    }

    /// "a Western diplomat", "U.S. officials", "sources" ending at k: returns the first token of the phrase.
    func genericSpeaker(_ doc: Document, _ found: MentionFinder.Result, endingAt k: Int, lo: Int) -> Int? {
        let toks = doc.tokens
        guard genericHeads.contains(toks[k].key) else { return nil }
        let plural = doc.text(token: k).hasSuffix("s")
        var j = k - 1
        while j >= lo, j > k - 6 {
            let t = toks[j]
            if ClaimExtractor.indefinite.contains(t.key) { return j }
            if t.isCapitalized || genericModifiers.contains(t.key) || found.mentions.contains(where: { $0.tokens.contains(j) }) { j -= 1; continue }
            break
        }
        // "Officials said", "Western diplomats told Reuters": a bare plural at the clause start
        return plural && (j < lo || toks[j].key == ClaimExtractor.kComma) ? j + 1 : nil
    }

    /// "…, with the ministry saying": a short phrase after "with", right before the -ing verb at `k`, is its subject.
    func withSubject(_ toks: [Token], before k: Int, lo: Int, inQuote: [Bool]) -> Bool {
        var j = k - 2
        while j >= lo, j >= k - 6, !inQuote[j], toks[j].key != ClaimExtractor.kComma {
            if toks[j].key == eventWords.kWith { return !inQuote[k - 1] && toks[k - 1].isWord }
            j -= 1
        }
        return false
    }

    /// "A police spokesperson said … . … police spokesperson Jane Roe told reporters": wire copy names an
    /// unnamed source of its lead in the next sentence or two, by the same role noun as a title before the name.
    func namedNext(_ doc: Document, _ found: MentionFinder.Result, head k: Int, inQuote: [Bool]) -> String? {
        let toks = doc.tokens
        let s = doc.sentences.partitionPoint { $0.tokens.upperBound > k }
        guard !doc.token(k, endsIn: "s", minLength: 1, anyCase: false), s < doc.sentences.count else { return nil }
        let end = doc.sentences[min(s + 2, doc.sentences.count - 1)].tokens.upperBound
        // (a source placed by a word before its noun is not a body's named spokesman: "a police spokesman said …
        // European Commission spokesman Jane Roe said")
        // (a determiner is no such word: "the mediator said …. Chief mediator Jane Roe")
        let placed = k > 0 && toks[k - 1].isWord && !toks[k - 1].flags.contains(.possessive)
            && !ClaimExtractor.indefinite.contains(toks[k - 1].key) && !ClaimExtractor.determiners.contains(toks[k - 1].key)
        var j = k + 1
        while j + 1 < end {
            if toks[j].key == toks[k].key, !inQuote[j], let m = found.starting(at: j + 1), m.kind == .name, found.type(of: m.actor) == "person",
               !(placed && toks[j - 1].isCapitalized && toks[j - 1].key != toks[k - 1].key) {
                return m.actor
            }
            j += 1
        }
        return nil
    }

    /// "a police spokesman said" in a story that named the "Metropolitan Police" before: the body whose name ends in
    /// the lower-case word before the spokesman's noun (the last one named outside quotes) speaks through them.
    func bodyOfLowercaseSpokesman(_ doc: Document, _ found: MentionFinder.Result, head k: Int, start g: Int, inQuote: [Bool]) -> String? {
        let toks = doc.tokens
        guard spokesHeads.contains(toks[k].key), k - 1 > g, toks[k - 1].isWord, !toks[k - 1].isCapitalized else { return nil }
        let noun = doc.text(token: k - 1).lowercased()
        let offset = toks[g].start
        return found.mentions.last(where: { $0.start < offset && $0.kind == .name && !inQuote[$0.tokens.lowerBound]
            && ClaimExtractor.organizationTypes.contains(found.type(of: $0.actor) ?? "")
            && (found.record($0.actor)?.name.contains(" ") ?? false) && Self.lastNameWord(found, $0.actor) == noun })?.actor
    }

    func genericSpeakerAfter(_ doc: Document, _ j: Int, _ hi: Int) -> Bool {
        let toks = doc.tokens
        guard j < hi, ClaimExtractor.indefinite.contains(toks[j].key) || (j > 0 && ClaimExtractor.indefinite.contains(toks[j - 1].key)) else { return false }
        var k = j
        while k < hi && k < j + 6 {
            if genericHeads.contains(toks[k].key) { return true }
            k += 1
        }
        return false
    }

    static let finiteAfterSubject = TokenKeySet(words: ["could", "would", "will", "can", "may", "might", "should", "must", "was", "were",
        "is", "are", "had", "has", "have", "did", "does", "do"])
    static let kQuoted = Tokenizer.key("quoted")
    let documentNouns: TokenKeySet
    static let authorPreps = TokenKeySet(words: ["by", "from", "of"])
    /// (Actor types are short strings, compared in a word or two: a list of them, where a set hashed each one.)
    static let groupTypes = ["group", "armed_group", "country", "government", "organization"]
    static let secondAttribution = TokenKeySet(words: ["and", "while", "but", "whereas"])
    static let kSemicolon = Tokenizer.key(";")
    /// Reporting verbs that put their speaker after them ("…, said X", "…, added the minister").
    let invertingVerbs: Set<String>
    static let kQuestion = Tokenizer.key("?"), kExclamation = Tokenizer.key("!")
    static let kIt = Tokenizer.key("it"), kThe = Tokenizer.key("the"), kPress = Tokenizer.key("press"), kState = Tokenizer.key("state")
    static let kPeriod = Tokenizer.key("."), kHyphen = Tokenizer.key("-"), kA = Tokenizer.key("a"), kAn = Tokenizer.key("an")
    /// "the newspaper said": the nouns that refer back to an outlet or organization, by token key, and the actor
    /// types they fit (`speaker_media_nouns`, `speaker_org_nouns`).
    let organizationNouns: TokenKeyMap<[String]>
    /// Lowercase words that describe the organization named before them ("X monitoring group said").
    let descriptorHeads: TokenKeySet
    let descriptorModifiers: TokenKeySet
    static let organizationTypes = ["organization", "media", "armed_group", "group", "government"]
    /// Heads of a state's bodies, lower-cased when no name follows ("its information ministry said").
    let stateBodyHeads: TokenKeySet

    /// The first token before `from` (going back) that is not part of a title ("Brig. Gen.", "Col."): up to 4 capitalized words.
    func titlesBack(_ doc: Document, from: Int, lo: Int) -> Int {
        var j = from
        var n = 0
        while j > lo, n < 4, doc.tokens[j].isCapitalized || doc.tokens[j].key == ClaimExtractor.kPeriod { j -= 1; n += 1 }
        return j
    }

    /// Whether the mention starting at `start` opens its clause: only capitalized words (a title) before it, back
    /// to the sentence start, a quote or ", after a quote".
    func opensClause(_ doc: Document, _ start: Int, lo: Int, inQuote: [Bool]) -> Bool {
        let toks = doc.tokens
        var j = start - 1
        var n = 0
        // (past an outlet's or a body's possessive too: "“…,” Al Jazeera's Jane Roe, reporting from Doha, said")
        while j >= lo, n < 5, !inQuote[j], toks[j].isCapitalized || toks[j].key == ClaimExtractor.kHyphen || titles.longest(toks[...], from: j) != nil
                || titleModifiers.contains(toks[j].key) || toks[j].flags.contains(.possessive) && j > lo && toks[j - 1].isCapitalized {
            if settingWords.contains(toks[j].key) { return false }
            j -= 1; n += 1
        }
        return j < lo || inQuote[j] || (toks[j].key == ClaimExtractor.kComma && j > lo && inQuote[j - 1])
    }

    /// Nouns for a body that "the …" refers back to ("the center said", "the office said").
    let bodyNouns: TokenKeySet

    /// Roles whose holder "the diplomat" can refer back to (role phrases, compared as the ends of a person's roles).
    let diplomaticRoles: [String]
    /// Verbs of rejection that are a verdict only with "as …" ("described the claims as lies").
    let describing: TokenKeySet

    let spokesHeads: TokenKeySet
    /// "governor", "mayor": the holders of a place's local office ("the Sanliurfa governor's office").
    let localOfficeTitles: TokenKeySet
    /// "president", "prime minister": a state's head, whose office unnamed is the story's own state's.
    let stateHeadTitles: Set<String>

    /// "a State Department spokesperson", "a Pentagon spokesman" (no name after): the organization, with the
    /// phrase's first token.
    func organizationOfSpokesman(_ doc: Document, _ found: MentionFinder.Result, head: Int, lo: Int) -> (id: String, start: Int)? {
        let toks = doc.tokens
        guard spokesHeads.contains(toks[head].key), head > lo, let m = found.ending(at: head), m.kind == .name
                // ("an alliance spokesman": the body the lowercase noun refers back to)
                || m.kind == .reference && !toks[m.tokens.lowerBound].isCapitalized && m.tokens.count == 1,
              let t = found.type(of: m.actor), ClaimExtractor.organizationTypes.contains(t)
                // "an Indian navy spokesperson": a state's body named in lower case speaks for the state
                || t == "country" && m.tokens.count >= 2 && !toks[m.tokens.upperBound - 1].isCapitalized else { return nil }
        var start = m.tokens.lowerBound
        if start > lo, ClaimExtractor.determiners.contains(toks[start - 1].key) { start -= 1 }
        return (m.actor, start)
    }

    /// "a police spokesman", "a government spokeswoman", "an army spokesperson" (no name after, `head` the spokesman's
    /// noun): a lower-case body the finder took for the story's state (or the state whose body of that noun it named)
    /// speaks for that state, unless the story names the spokesman next ("… police spokesman Jane Roe told …") or
    /// named a body whose name ends in the noun ("the Metropolitan Police"). From the article "a".
    func stateOfSpokesman(_ doc: Document, _ found: MentionFinder.Result, head k: Int, lo: Int, inQuote: [Bool]) -> (id: String, start: Int)? {
        let toks = doc.tokens
        guard spokesHeads.contains(toks[k].key), k > lo + 1, let m = found.ending(at: k), m.kind == .reference, !toks[m.tokens.lowerBound].isCapitalized,
              m.tokens.lowerBound > lo, ClaimExtractor.indefinite.contains(toks[m.tokens.lowerBound - 1].key),
              found.type(of: m.actor) == "country" else { return nil }
        let start = m.tokens.lowerBound - 1
        if let p = namedNext(doc, found, head: k, inQuote: inQuote) { return (p, start) }
        if let b = bodyOfLowercaseSpokesman(doc, found, head: k, start: start, inQuote: inQuote) { return (b, start) }
        return (m.actor, start)
    }

    /// "a spokesman for the Defence Ministry", "a spokesperson of Ruritania's defence authority" (no name after),
    /// ending at `k`: the body (or the state whose body it is) speaks through them, from the phrase's article.
    func spokesmanFor(_ doc: Document, _ found: MentionFinder.Result, endingAt k: Int, lo: Int) -> (id: String, start: Int)? {
        let toks = doc.tokens
        var s = k - 2
        while s > lo, s > k - 10, !spokesHeads.contains(toks[s].key) { s -= 1 }
        guard s > lo, spokesHeads.contains(toks[s].key), ClaimExtractor.indefinite.contains(toks[s - 1].key),
              let m = bodyOfSpokesman(doc, found, head: s), m.tokens.upperBound <= k + 1,
              // after the body's name only its lower-case nouns ("defence authority") or more of its name
              (m.tokens.upperBound..<(k + 1)).allSatisfy({ i in i > k || toks[i].isWord && !toks[i].isCapitalized || found.mentions.contains(where: { $0.tokens.contains(i) }) || toks[i].flags.contains(.possessive) })
        else { return nil }
        return (m.actor, s - 1)
    }

    /// The name of the body right after "spokesman for" / "spokesman of" at `head`: an organization or a state.
    func bodyOfSpokesman(_ doc: Document, _ found: MentionFinder.Result, head: Int) -> Mention? {
        let toks = doc.tokens
        var j = head + 2
        guard j < toks.count, ClaimExtractor.forOrOf.contains(toks[head + 1].key) else { return nil }
        if ClaimExtractor.determiners.contains(toks[j].key) { j += 1 }
        // (the name's mention can hold the title before it: "spokesperson of Taiwan")
        if j < toks.count, let m = found.mentions.first(where: { $0.tokens.contains(j) && $0.kind != .modifier }), let t = found.type(of: m.actor),
           ClaimExtractor.organizationTypes.contains(t) || t == "country" { return m }
        // "a spokesman for the French ministry": a state's body in lower case after its adjective speaks for the state
        guard j < toks.count, let m = found.starting(at: j), m.kind == .modifier, found.type(of: m.actor) == "country",
              m.tokens.upperBound < toks.count, stateBodyHeads.contains(toks[m.tokens.upperBound].key), !toks[m.tokens.upperBound].isCapitalized else { return nil }
        return m
    }
    static let forOrOf = TokenKeySet(words: ["for", "of"])
    /// What opens the place or audience of "speaking …" / "talking …" in an aside ("speaking in Brussels", "speaking
    /// to reporters", "speaking on condition of anonymity").
    static let asidePrepositions = TokenKeySet(words: ["in", "at", "to", "on", "from", "during", "after", "before", "with", "alongside", "outside", "by", "via", "ahead"])

    /// "A spokesman for the Defence Ministry said …. “…,” the spokesman said": the body of the spokesman the
    /// article introduced without a name before token `before`.
    func introducedSpokesmanBody(_ doc: Document, _ found: MentionFinder.Result, head: UInt64, before: Int, inQuote: [Bool]) -> String? {
        let toks = doc.tokens
        var j = before - 1
        while j > 0 {
            if toks[j].key == head, !inQuote[j], ClaimExtractor.indefinite.contains(toks[j - 1].key), let b = bodyOfSpokesman(doc, found, head: j) { return b.actor }
            // ("A State Department spokesperson said …. The spokesperson said …": the body named before the noun)
            if toks[j].key == head, !inQuote[j], let r = organizationOfSpokesman(doc, found, head: j, lo: max(0, j - 8)),
               ClaimExtractor.indefinite.contains(toks[r.start].key) { return r.id }
            j -= 1
        }
        return nil
    }

    /// Whether the word at `start` opens a clause as its subject: first in the sentence, or after a comma, a
    /// quote or a conjunction ("…, it added"; "Damascus said"; not "what it said was", "ties with Seoul said").
    func opensSubject(_ doc: Document, _ start: Int, lo: Int, inQuote: [Bool]) -> Bool {
        if start <= lo { return true }
        let p = doc.tokens[start - 1]
        return inQuote[start - 1] || p.key == ClaimExtractor.kComma || ClaimExtractor.clauseOpeners.contains(p.key)
    }
    static let clauseOpeners = TokenKeySet(words: ["and", "but", "while", "whereas", "meanwhile", "also", "earlier", "later"])

    /// "a Malian army statement said", "according to a Turkish defence ministry statement": a body named right before a
    /// statement noun, whose indefinite article is the statement's (the body is the one it names, not "an official").
    func bodysStatement(_ toks: [Token], _ m: Mention, _ hi: Int) -> Bool {
        m.tokens.upperBound < hi && statementNouns.contains(toks[m.tokens.upperBound].key)
    }

    /// "a senior Israeli official": an indefinite article opens the phrase ending in `tokens`.
    func indefiniteBefore(_ doc: Document, _ tokens: Range<Int>, lo: Int) -> Bool {
        var j = tokens.lowerBound
        var n = 0
        while j >= lo, n < 5 {
            let key = doc.tokens[j].key
            if key == ClaimExtractor.kA || key == ClaimExtractor.kAn { return true }
            if key == ClaimExtractor.kComma || key == ClaimExtractor.kThe { return false }
            // ("a week after Austrian police said": the article belongs to another phrase)
            if ClaimExtractor.phraseStops.contains(key) || eventWords.boundaries.contains(key) { return false }
            j -= 1; n += 1
        }
        return false
    }

    /// "Prosecutors said" at k (bare, or after one capitalized word, opening the clause): the organization named in
    /// the article, outside quotes, by a name holding the noun's singular ("Federal Prosecutor's Office").
    func bodyOfPluralNoun(_ doc: Document, _ found: MentionFinder.Result, _ k: Int, lo: Int, inQuote: [Bool]) -> (id: String, start: Int)? {
        let toks = doc.tokens
        guard !toks[k].isCapitalized || k == lo, toks[k].isWord, !genericHeads.contains(toks[k].key) else { return nil }
        var start = k
        if k > lo, toks[k - 1].isCapitalized, toks[k - 1].isWord, found.ending(at: k) == nil, found.starting(at: k - 1) == nil { start = k - 1 }
        guard opensSubject(doc, start, lo: lo, inQuote: inQuote) else { return nil }
        let word = doc.text(token: k).lowercased()
        guard word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
        let singular = String(word.dropLast())
        for m in found.mentions where m.kind == .name && m.tokens.count > 1 && !inQuote[m.tokens.lowerBound] {
            guard let t = found.type(of: m.actor), ClaimExtractor.organizationTypes.contains(t) else { continue }
            if m.tokens.contains(where: { toks[$0].isCapitalized && doc.text(token: $0).lowercased() == singular }) { return (m.actor, start) }
        }
        return nil
    }

    /// Whether a source with this head noun was introduced before token `before` by an indefinite phrase outside
    /// quotes ("a senior official", "an Egyptian official") and given no name after it ("a senior official, Jane Roe,").
    func introducedUnnamed(_ doc: Document, _ found: MentionFinder.Result, head: UInt64, before: Int, inQuote: [Bool]) -> Bool {
        let toks = doc.tokens
        var j = before - 1
        while j > 0 {
            if toks[j].key == head, !inQuote[j], let g = genericSpeaker(doc, found, endingAt: j, lo: max(0, j - 6)),
               ClaimExtractor.indefinite.contains(toks[g].key) {
                let named = j + 2 < toks.count && toks[j + 1].key == ClaimExtractor.kComma && found.starting(at: j + 2).map { found.type(of: $0.actor) == "person" } == true
                if !named { return true }
            }
            j -= 1
        }
        return false
    }

    /// The bodies through which a person speaks ("the president's office", "his press service").
    let personalBodies: TokenKeySet
    static let phraseStops = TokenKeySet(words: ["after", "before", "since", "until", "as", "than", "and", "or"])

    /// "Reports in Ukraine said", "a commander in northern Syria said": a country after "in" places the speaker.
    func locatedBefore(_ doc: Document, _ start: Int, lo: Int) -> Bool {
        var j = start - 1
        if j >= lo, ClaimExtractor.directions.contains(doc.tokens[j].key) { j -= 1 }
        return j >= lo && ClaimExtractor.locatedIn.contains(doc.tokens[j].key)
    }
    static let locatedIn = TokenKeySet(words: ["in", "from", "at", "inside", "across", "throughout"])
    static let stationedIn = TokenKeySet(words: ["in", "at"])
    /// A state's standing body sent to another: "Iran's mission to the UN", "the Russian delegation to the talks".
    let missionNouns: TokenKeySet
    static let directions = TokenKeySet(words: ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
        "southeastern", "southwestern", "north", "south", "east", "west"])

    /// A capital acting for its state: the state's actor id.
    func capitalState(_ found: MentionFinder.Result, _ id: String) -> String? {
        guard found.isPlace(id), let rec = found.record(id), let c = rec.country, let ci = lexicon.countryIndexByISO[c],
              lexicon.ontology.actors[ci].capital == rec.name else { return nil }
        return "actor:" + c
    }

    /// "The Saudi-led coalition fighting the rebels in Yemen" ending at `k`: the actor named right before a lower-case
    /// participle in "-ing" that opens the subject, with the phrase's first token; nil when a comma, a quote or a
    /// verb of saying comes between, or the "-ing" word is a preposition or a noun ("during", "the Paris meeting").
    func subjectBeforeParticiple(_ doc: Document, _ found: MentionFinder.Result, endingAt k: Int, lo: Int, inQuote: [Bool]) -> (id: String, start: Int)? {
        let toks = doc.tokens
        var p = k
        while p > lo, p > k - 10 {
            if inQuote[p] || toks[p].key == ClaimExtractor.kComma || !toks[p].isWord && toks[p].key != ClaimExtractor.kHyphen { return nil }
            if !toks[p].isCapitalized, doc.token(p, endsIn: "ing", minLength: 5, anyCase: false), !ingNouns.contains(toks[p].key) {
                guard let m = found.ending(at: p), m.kind != .modifier, speakerType(found, m.actor) else { return nil }
                var start = m.tokens.lowerBound
                if start > lo, ClaimExtractor.determiners.contains(toks[start - 1].key) { start -= 1 }
                guard opensSubject(doc, start, lo: lo, inQuote: inQuote) else { return nil }
                return (m.actor, start)
            }
            if speechLemmas.longest(toks[..<(k + 1)], from: p) != nil { return nil }
            p -= 1
        }
        return nil
    }

    /// Whether a body's name has `noun` as its head before "of" or "for": "State Committee for National Security"
    /// is a committee, "Ministry of Culture and Information" a ministry (compared in lower case).
    static func nameHeadedBy(_ name: String?, _ noun: String) -> Bool {
        guard let name else { return false }
        let words = name.lowercased().split(separator: " ")
        guard let p = words.firstIndex(where: { $0 == "of" || $0 == "for" }), p > 0 else { return false }
        return words[p - 1] == noun.lowercased()
    }

    /// The last word of actor `id`'s name, in small letters: "committee" for "the Defence Committee", "agency" for
    /// "… Armament Agency" (what "the committee said" or "the company said" is matched against).
    static func lastNameWord(_ found: MentionFinder.Result, _ id: String) -> String? {
        found.record(id)?.name.lowercased().split(separator: " ").last.map(String.init)
    }

    /// "the prime minister's office", "the president's press service": where "the" opens the phrase and the title it
    /// names, lower-cased (the whole run between "the" and the possessive must be one title).
    func possessiveTitle(_ doc: Document, body k: Int, lo: Int, inQuote: [Bool]) -> (the: Int, title: String)? {
        let toks = doc.tokens
        var j = k - 1
        while j > lo, j > k - 3, toks[j].isWord, !toks[j].isCapitalized, descriptorModifiers.contains(toks[j].key) { j -= 1 }
        guard j > lo + 1, toks[j].flags.contains(.possessive), !inQuote[j - 1] else { return nil }
        var d = j - 1
        while d > lo, d > j - 4, toks[d].isWord, !toks[d].isCapitalized, toks[d].key != ClaimExtractor.kThe { d -= 1 }
        guard toks[d].key == ClaimExtractor.kThe, d + 1 < j, titles.longest(toks[..<j], from: d + 1)?.length == j - d - 1 else { return nil }
        return (d, doc.text(tokens: (d + 1)..<j).lowercased())
    }

    /// Whether `id` is a person one of whose roles ends in the lower-case `title` ("foreign minister" for "minister").
    func holds(_ found: MentionFinder.Result, _ id: String, _ title: String) -> Bool {
        found.type(of: id) == "person" && found.record(id)?.roles.contains(where: { $0 == title || $0.hasSuffix(" " + title) }) == true
    }

    /// "the prime minister's office", "the president's press service" ending at `body`: the person named last, outside
    /// quotes, whose roles end in that lower-case title, with the phrase's first token.
    func titledOfficeHolder(_ doc: Document, _ found: MentionFinder.Result, body k: Int, lo: Int, inQuote: [Bool]) -> (id: String, start: Int)? {
        guard let (d, title) = possessiveTitle(doc, body: k, lo: lo, inQuote: inQuote) else { return nil }
        let offset = doc.tokens[d].start
        guard let m = found.mentions.last(where: { $0.start < offset && !inQuote[$0.tokens.lowerBound] && holds(found, $0.actor, title) }) else { return nil }
        return (m.actor, d)
    }

    /// "the president's office": the story's own state when no person the article names holds that title (a state's
    /// head only, and the title bare: "the former president's office" is no state's).
    func homeOfficeHolder(_ doc: Document, _ found: MentionFinder.Result, body k: Int, lo: Int, inQuote: [Bool]) -> (id: String, start: Int)? {
        guard let (d, title) = possessiveTitle(doc, body: k, lo: lo, inQuote: inQuote), stateHeadTitles.contains(title),
              let home = found.home.map({ "actor:" + $0 }), found.record(home) != nil else { return nil }
        // (a holder of the title named anywhere in the story: "the president" is that person, whom the rule above missed)
        if found.mentions.contains(where: { holds(found, $0.actor, title) }) { return nil }
        return opensSubject(doc, d, lo: lo, inQuote: inQuote) ? (home, d) : nil
    }

    /// "it said": the running speaker when it is an organization, else the organization named last outside quotes.
    func resolveIt(_ doc: Document, _ found: MentionFinder.Result, before token: Int, inQuote: [Bool], lastSpeaker: String?) -> String? {
        if let ls = lastSpeaker, let t = found.type(of: ls), ClaimExtractor.organizationTypes.contains(t) { return ls }
        let m = found.mentions.last(where: { $0.tokens.upperBound <= token && !inQuote[$0.tokens.lowerBound] && $0.kind == .name
            && ClaimExtractor.organizationTypes.contains(found.type(of: $0.actor) ?? "") })
        // "…, the Malian army said in a statement. It said …": a state that spoke last, named after every body
        // before the pronoun, goes on speaking
        if let ls = lastSpeaker, found.type(of: ls) == "country",
           let lm = found.mentions.last(where: { $0.actor == ls && $0.tokens.upperBound <= token && !inQuote[$0.tokens.lowerBound] }),
           m.map({ $0.tokens.lowerBound < lm.tokens.lowerBound }) ?? true {
            return ls
        }
        return m?.actor
    }

    func speakerNear(_ doc: Document, _ found: MentionFinder.Result, verb: Range<Int>, lo: Int, hi: Int, inQuote: [Bool], lastSpeaker: String?) -> String? {
        speaker(doc, found, verb: verb, lo: lo, hi: hi, inQuote: inQuote, lastSpeaker: lastSpeaker)?.id
    }

    func speakerType(_ found: MentionFinder.Result, _ id: String) -> Bool {
        guard let t = found.type(of: id) else { return false }
        return t != "place"
    }

    /// "he said": the last person named outside quotes, unless the running speaker was named after them.
    func resolvePronoun(_ doc: Document, _ found: MentionFinder.Result, before token: Int, inQuote: [Bool], lastSpeaker: String?) -> String? {
        // (the persons walked back from the last, in place: no array of every person before the pronoun)
        func isPerson(_ m: Mention) -> Bool {
            m.tokens.upperBound <= token && !inQuote[m.tokens.lowerBound] && found.type(of: m.actor) == "person" && m.kind != .modifier
        }
        let ms = found.mentions
        guard let last = ms.lastIndex(where: isPerson) else { return lastSpeaker }
        let m = ms[last]
        // "A soldier, who spoke on condition of anonymity, told … “…,” he said": a source introduced as "a soldier" or
        // "an official" after the last person named is whom the pronoun stands for (no one named)
        let toks = doc.tokens
        var k = token - 1
        while k >= m.tokens.upperBound, k >= token - 60 {
            // "X spoke to Y and thanked Z, a spokesman for the ministry said. … , he added": the spokesman of a body,
            // introduced without a name after the last person named, speaks for the body
            if !inQuote[k], spokesHeads.contains(toks[k].key), k > 0, ClaimExtractor.indefinite.contains(toks[k - 1].key),
               let b = bodyOfSpokesman(doc, found, head: k) {
                return b.actor
            }
            if !inQuote[k], genericHeads.contains(toks[k].key), !doc.text(token: k).hasSuffix("s"),
               let g = genericSpeaker(doc, found, endingAt: k, lo: m.tokens.upperBound), ClaimExtractor.indefinite.contains(toks[g].key) {
                // (the subject opening its sentence, not a source named inside someone's reported words)
                let si = doc.sentences.partitionPoint { $0.tokens.lowerBound >= g }
                if si < doc.sentences.count, doc.sentences[si].tokens.lowerBound == g { return ClaimExtractor.unnamedSource }
            }
            k -= 1
        }
        if let ls = lastSpeaker, found.type(of: ls) == "person", m.actor != ls,
           let lm = ms[..<last].last(where: { $0.actor == ls && isPerson($0) }), lm.start > m.start {
            return ls
        }
        // "Roe said the delegation, led by Doe, had … . “…,” the spokesman said. He added …": the running speaker,
        // referred to by a role of theirs after the last person named, goes on speaking
        if let ls = lastSpeaker, m.actor != ls, found.type(of: ls) == "person", let roles = found.record(ls)?.roles, !roles.isEmpty {
            var k = max(m.tokens.upperBound, token - 80)
            while k + 1 < token {
                if !inQuote[k], toks[k].key == ClaimExtractor.kThe, let r = roleNouns.longest(toks[..<token], from: k + 1) {
                    let role = doc.text(tokens: (k + 1)..<(k + 1 + r.length)).lowercased()
                    if roles.contains(where: { $0.hasSuffix(role) }) { return ls }
                }
                k += 1
            }
        }
        // "Roe told reporters … . He thanked Doe for his help. “…,” he said": a person named in passing (an object,
        // inside a phrase) does not take the words of the one who speaks in the paragraph
        if inPassing(doc, m, inQuote: inQuote),
           let c = ms[..<last].last(where: { isPerson($0) && $0.actor != m.actor && speaksInParagraph(doc, $0, of: m, inQuote: inQuote) }) {
            return c.actor
        }
        // "X held talks with Y in Z on Monday. He said …": the person named in passing is the subject's partner or
        // object; the person opening that sentence's clause is whom the pronoun stands for
        if inPassing(doc, m, inQuote: inQuote),
           let c = ms.first(where: { isPerson($0) && $0.sentence == m.sentence && $0.tokens.upperBound <= m.tokens.lowerBound && $0.actor != m.actor
               && opensClause(doc, $0.tokens.lowerBound, lo: doc.sentences[m.sentence].tokens.lowerBound, inQuote: inQuote) }) {
            return c.actor
        }
        return m.actor
    }

    /// The speaker a `quote_owners` phrase at `k` names right after it, and the phrase.
    func quoteOwner(_ doc: Document, _ found: MentionFinder.Result, from k: Int, _ hi: Int) -> (id: String, phrase: Range<Int>)? {
        guard let owners = quoteOwners, let ph = owners.longest(doc.tokens[..<hi], from: k),
              let m = found.starting(at: k + ph.length), m.kind == .name, speakerType(found, m.actor) else { return nil }
        return (m.actor, k..<(k + ph.length))
    }

    /// Whether person mention `m` stands after a word of its clause other than "by" (an object, inside a phrase),
    /// past its title.
    func inPassing(_ doc: Document, _ m: Mention, inQuote: [Bool]) -> Bool {
        let toks = doc.tokens, lo = doc.sentences[m.sentence].tokens.lowerBound
        var j = m.tokens.lowerBound - 1
        var n = 0
        while j > lo, n < 5, toks[j].isCapitalized || titleModifiers.contains(toks[j].key) || titles.longest(toks[...], from: j) != nil { j -= 1; n += 1 }
        // (after "by" the agent of a passive, unless a possessive: "threatened by Doe's troops" names the troops)
        return j >= lo && !inQuote[j] && toks[j].isWord && !toks[j].isCapitalized
            && (toks[j].key != eventWords.kBy || m.tokens.upperBound < toks.count && toks[m.tokens.upperBound].flags.contains(.possessive))
            && !ClaimExtractor.clauseOpeners.contains(toks[j].key)
    }

    /// Whether the name starting at `start` (past its titles) stands in apposition to a role opening its sentence: "The
    /// French army spokesman, Colonel Jane Roe, said …" (the role, then a comma, within six words of the start).
    func apposedToOpeningRole(_ doc: Document, _ start: Int, lo: Int, inQuote: [Bool]) -> Bool {
        let toks = doc.tokens
        var j = start - 1
        var n = 0
        while j > lo, n < 4, !inQuote[j], toks[j].isCapitalized || titles.longest(toks[...], from: j) != nil { j -= 1; n += 1 }
        guard j > lo, j - lo <= 6, toks[j].key == ClaimExtractor.kComma, !inQuote[j - 1],
              ClaimExtractor.determiners.contains(toks[lo].key) || toks[lo].isCapitalized else { return false }
        return (max(lo, j - 3)..<j).contains { i in
            roleNouns.longest(toks[..<j], from: i)?.length == j - i || titles.longest(toks[..<j], from: i)?.length == j - i
        }
    }

    /// Whether person mention `p`, in the paragraph of mention `m`, opens its sentence and speaks in it (a verb of
    /// saying after it, outside quotes).
    /// (or is a name in apposition to a role opening it: "The army spokesman, Colonel Jane Roe, said")
    func speaksInParagraph(_ doc: Document, _ p: Mention, of m: Mention, inQuote: [Bool]) -> Bool {
        let s = doc.sentences[p.sentence]
        guard s.paragraph == doc.sentences[m.sentence].paragraph, opensClause(doc, p.tokens.lowerBound, lo: s.tokens.lowerBound, inQuote: inQuote)
                || apposedToOpeningRole(doc, p.tokens.lowerBound, lo: s.tokens.lowerBound, inQuote: inQuote) else { return false }
        let toks = doc.tokens
        return (p.tokens.upperBound..<s.tokens.upperBound).contains { !inQuote[$0] && !toks[$0].isCapitalized && speechLemmas.longest(toks[..<s.tokens.upperBound], from: $0) != nil }
    }

    /// "the minister", "the ministry", "the statement", "the Russian top diplomat": a person with that role,
    /// the ministry named last, or the running speaker for a statement.
    func roleNounSpeaker(_ doc: Document, _ found: MentionFinder.Result, endingAt k: Int, lo: Int, inQuote: [Bool], lastSpeaker: String?) -> (id: String, start: Int)? {
        let toks = doc.tokens
        var start = k
        var n = 0
        while start > lo && n < 4 && !ClaimExtractor.determiners.contains(toks[start].key) { start -= 1; n += 1 }
        guard ClaimExtractor.determiners.contains(toks[start].key), start < k else { return nil }
        let words = doc.text(tokens: (start + 1)..<(k + 1)).lowercased()
        let offset = toks[start].start
        // "the center said", "the office said": the body named earlier by a name ending in that noun ("the FSB
        // Public Relations Center") or as someone's ("the prime minister's office")
        if toks[start].key == ClaimExtractor.kThe, k == start + 1, !toks[k].isCapitalized, bodyNouns.contains(toks[k].key),
           // (the token tests first, which most names fail, before the type's lookup)
           let m = found.mentions(startingBefore: offset).last(where: { $0.start < offset && $0.tokens.upperBound < k
               && ($0.tokens.count > 1 && toks[$0.tokens.upperBound - 1].key == toks[k].key
                   || $0.tokens.upperBound + 1 < k && toks[$0.tokens.upperBound].flags.contains(.possessive) && toks[$0.tokens.upperBound + 1].key == toks[k].key)
               && !inQuote[$0.tokens.lowerBound] && $0.kind == .name && speakerType(found, $0.actor) }) {
            return (m.actor, start)
        }
        // "the governor's office said … . The office said": a bare office after one named by its holder spoke is that
        // speaker again (whoever the rules above made the holder's office speak for)
        if toks[start].key == ClaimExtractor.kThe, k == start + 1, !toks[k].isCapitalized, personalBodies.contains(toks[k].key), let ls = lastSpeaker,
           let j = (max(1, start - 400)..<start).last(where: { toks[$0].key == toks[k].key && !inQuote[$0] && toks[$0 - 1].flags.contains(.possessive) }),
           speechLemmas.longest(toks[..<start], from: j + 1) != nil {
            return (ls, start)
        }
        if words.hasSuffix("ministry") || words.hasSuffix("department") || words.hasSuffix("office") {
            // ("the ombudsman's office": the office of a holder the story does not name, no ministry named before)
            if words.hasSuffix("office"), ((start + 1)..<k).contains(where: { toks[$0].flags.contains(.possessive) }) { return nil }
            if let m = found.mentions(startingBefore: offset).last(where: { $0.start < offset && found.record($0.actor)?.roles.contains("ministry") == true }) { return (m.actor, start) }
            // "…, the defence ministry said" in a story that names no ministry: a portfolio's ministry in lower case,
            // with no state before it, is the state's whose minister of that portfolio was named, else the ministry of
            // the state the story is about (not a bare "the ministry", which may be one the gazetteer lacks)
            if toks[start].key == ClaimExtractor.kThe, words.hasSuffix("ministry"), k > start + 1,
               ((start + 1)...k).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized && found.starting(at: $0) == nil }) {
                if let st = portfolioState(doc, found, portfolio: (start + 1)..<k, before: start, inQuote: inQuote) { return (st, start) }
            }
            return nil
        }
        if words.hasSuffix("statement") || words.hasSuffix("report") || words.hasSuffix("communique") {
            if !words.hasSuffix("report"), let issuer = statementIssuer(doc, found, before: start, inQuote: inQuote) { return (issuer, start) }
            return lastSpeaker.map { ($0, start) }
        }
        // "the newspaper", "the group": the outlet or organization named last
        let definite = toks[start].key == ClaimExtractor.kThe
        // "the NATO chief said", "the company's general manager said": an organization's office with no name after
        // it is the person the article named with that organization's title, else the organization itself
        if definite, let org = officeOrganization(doc, found, start: start, head: k, inQuote: inQuote) {
            return (officeHolder(doc, found, organization: org.id, named: org.words, before: start, inQuote: inQuote) ?? org.id, start)
        }
        let noun = definite && k == start + 1 ? doc.text(token: k).lowercased() : ""
        // "Iran's mission to the United Nations said … . “…,” the mission wrote": the state whose mission to a body was
        // named last, not the organization named last ("the UN Charter")
        if definite, k == start + 1, missionNouns.contains(toks[k].key) {
            var j = start - 2
            while j >= max(2, start - 600) {
                if !inQuote[j], let st = missionState(doc, found, noun: j, lo: 0, inQuote: inQuote) { return (st.actor, start) }
                j -= 1
            }
        }
        // "the state arms procurement agency said": a state's body is no company named before it (a "state oil
        // company" still is one, and "the state news agency" an outlet): the state body named last, else the state
        // of the organization named last
        if definite, k > start + 1, toks[start + 1].key == ClaimExtractor.kState, bodyNouns.contains(toks[k].key),
           (start + 2..<k).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized && !descriptorModifiers.contains(toks[$0].key) }) {
            let named = found.mentions(startingBefore: offset).last(where: { $0.start < offset && !inQuote[$0.tokens.lowerBound] && $0.kind == .name
                && ClaimExtractor.organizationTypes.contains(found.type(of: $0.actor) ?? "") })
            guard let m = named, let rec = found.record(m.actor) else { return nil }
            if rec.type == "government" { return (m.actor, start) }
            return rec.country.map { "actor:" + $0 }.flatMap { found.record($0) != nil ? ($0, start) : nil }
        }
        // (also after lower-case words that say what kind, "the state oil company said", or a state's adjective,
        // "the German company said": then not a firm known to be of another state)
        if definite, let types = organizationNouns[toks[k].key] {
            // (an adjective of two words too: "the South Korean defense firm said")
            let adjective = (start + 1..<k).lazy.compactMap({ found.starting(at: $0) }).first(where: { $0.tokens.upperBound <= k && found.type(of: $0.actor) == "country" })
            let state = adjective?.actor
            if (start + 1..<k).allSatisfy({ toks[$0].isWord && (!toks[$0].isCapitalized || adjective?.tokens.contains($0) == true) }) {
                // ("the company said": not a state body named last, "the Armament Agency")
                let firm = businessNouns.contains(toks[k].key)
                return found.mentions(startingBefore: offset).last(where: { $0.start < offset && !inQuote[$0.tokens.lowerBound] && $0.kind == .name
                    && types.contains(found.type(of: $0.actor) ?? "")
                    && (state == nil || found.record($0.actor)?.country.map({ "actor:" + $0 == state }) != false)
                    && !(firm && Self.lastNameWord(found, $0.actor).map({ bodyNouns.contains(Tokenizer.key($0)) }) == true) }).map { ($0.actor, start) }
            }
        }
        // "the opposition said", "the committee said": the organization named last whose name ends so
        if definite, k == start + 1, !toks[k].isCapitalized {
            if let m = found.mentions(startingBefore: offset).last(where: { $0.start < offset && !inQuote[$0.tokens.lowerBound] && $0.kind == .name
                && ClaimExtractor.organizationTypes.contains(found.type(of: $0.actor) ?? "")
                && Self.lastNameWord(found, $0.actor) == noun }) {
                return (m.actor, start)
            }
        }
        // "The group said" where no name ends so: the group or organization that spoke last, named in this paragraph
        // or the one before, else the one armed group the story names most
        if definite, k == start + 1, toks[k].key == ClaimExtractor.kGroup,
           k + 1 >= toks.count || toks[k + 1].key != ClaimExtractor.kOf, let g = referredGroup(doc, found, before: start, inQuote: inQuote, lastSpeaker: lastSpeaker) {
            return (g, start)
        }
        // "a senior official": an indefinite role names nobody already named
        if ClaimExtractor.indefinite.contains(toks[start].key) { return nil }
        guard roleNouns.longest(toks[...], from: k) != nil || titles.longest(toks[...], from: k) != nil || words.hasSuffix("diplomat") else { return nil }
        // "A European diplomat, speaking on condition of anonymity, said …. “…,” the diplomat said": the role noun
        // refers back to the source the article introduced without a name, not to a person named with that role
        if definite, spokesHeads.contains(toks[k].key),
           let b = introducedSpokesmanBody(doc, found, head: toks[k].key, before: start, inQuote: inQuote) {
            return (b, start)
        }
        if definite, genericHeads.contains(toks[k].key), introducedUnnamed(doc, found, head: toks[k].key, before: start, inQuote: inQuote) {
            return (ClaimExtractor.unnamedSource, start)
        }
        // "the diplomat" is also the foreign ministry's spokeswoman or deputy minister named before
        let diplomat = words.hasSuffix("diplomat")
        if let m = found.mentions.last(where: { m in m.start < offset && !inQuote[m.tokens.lowerBound] && found.type(of: m.actor) == "person"
            && found.record(m.actor)!.roles.contains(where: { role in words.hasSuffix(role) || role.hasSuffix(words)
                || diplomat && diplomaticRoles.contains(where: { role.hasSuffix($0) }) }) }) { return (m.actor, start) }
        // "the bloc's envoy said" in the lead, "special envoy Jane Roe" after it
        if definite, let p = namedNext(doc, found, head: k, inQuote: inQuote) { return (p, start) }
        // "Jane Roe said …. “…,” the official added", "… Roe said. According to the CEO, …": a bare role right after a
        // named person spoke is that person
        if definite, k == start + 1, let p = speakingPersonBefore(doc, found, role: k, start: start, inQuote: inQuote) { return (p, start) }
        // a generic role ("the official", "the analyst") names nobody in particular
        return nil
    }

    static let referringGroupTypes: Set<String> = ["armed_group", "group", "organization"]

    /// The group "the group" refers back to before token `before`: the last speaker when it is a group or organization
    /// named in this paragraph or the one before, else the armed group named most before it (none on a tie).
    func referredGroup(_ doc: Document, _ found: MentionFinder.Result, before: Int, inQuote: [Bool], lastSpeaker: String?) -> String? {
        guard let here = doc.sentences.lastIndex(where: { $0.tokens.lowerBound <= before }) else { return nil }
        let paragraph = doc.sentences[here].paragraph
        if let ls = lastSpeaker, ClaimExtractor.referringGroupTypes.contains(found.type(of: ls) ?? ""),
           let m = found.mentions.last(where: { $0.actor == ls && $0.tokens.upperBound <= before && !inQuote[$0.tokens.lowerBound] }),
           let there = doc.sentences.lastIndex(where: { $0.tokens.lowerBound <= m.tokens.lowerBound }), paragraph - doc.sentences[there].paragraph <= 1 {
            return ls
        }
        var counts: [String: Int] = [:]
        for m in found.mentions where m.tokens.upperBound <= before && m.kind != .modifier && !inQuote[m.tokens.lowerBound]
            && found.type(of: m.actor) == "armed_group" { counts[m.actor, default: 0] += 1 }
        guard let best = counts.values.max(), counts.values.filter({ $0 == best }).count == 1 else { return nil }
        return counts.first(where: { $0.value == best })?.key
    }

    /// The person a bare role ("the official", "the CEO": `backReferringRoles`, at `role` after its article at
    /// `start`) refers back to: the person named last before it, outside quotes, in its paragraph or the one before,
    /// when that name is the subject of a verb of saying right after it ("Roe said", "Roe added") and no other
    /// person is named between (an unnamed source introduced with that role was found before this is asked).
    func speakingPersonBefore(_ doc: Document, _ found: MentionFinder.Result, role k: Int, start: Int, inQuote: [Bool]) -> String? {
        let toks = doc.tokens
        guard backReferringRoles.contains(toks[k].key), !toks[k].flags.contains(.possessive),
              let m = found.mentions.last(where: { $0.tokens.upperBound <= start && !inQuote[$0.tokens.lowerBound] && $0.kind != .modifier
                  && found.type(of: $0.actor) == "person" }), m.kind == .name,
              case let v = m.tokens.upperBound, v < start, !inQuote[v], speechLemmas.longest(toks[..<start], from: v) != nil,
              let here = doc.sentences.lastIndex(where: { $0.tokens.lowerBound <= start }),
              let there = doc.sentences.lastIndex(where: { $0.tokens.lowerBound <= m.tokens.lowerBound }),
              doc.sentences[here].paragraph - doc.sentences[there].paragraph <= 1 else { return nil }
        return m.actor
    }

    /// "the country's anti-terror agency", "the country's health ministry" ending at `head` (a body's noun in lower
    /// case after lower-case words): the state the story names most before it, from "the".
    func countrysBody(_ doc: Document, _ found: MentionFinder.Result, head k: Int, lo: Int, inQuote: [Bool]) -> (id: String, start: Int)? {
        let toks = doc.tokens
        guard bodyNouns.contains(toks[k].key) || stateBodyHeads.contains(toks[k].key), !toks[k].isCapitalized else { return nil }
        var j = k - 1
        while j > lo, j > k - 5, toks[j].isWord || toks[j].key == ClaimExtractor.kHyphen, !toks[j].isCapitalized, !toks[j].flags.contains(.possessive) { j -= 1 }
        guard j >= lo + 2, toks[j].flags.contains(.possessive), toks[j - 1].key == ClaimExtractor.kCountry, toks[j - 2].key == ClaimExtractor.kThe,
              !inQuote[j - 2], let st = homeState(doc, found, before: j - 2, inQuote: inQuote) else { return nil }
        return (st, j - 2)
    }
    static let kCountry = Tokenizer.key("country")

    /// "Libyan state television", "Kenya's state-run radio", "the Ruritanian state news agency" ending at `head`: the
    /// state, with the phrase's first token (a state's name or demonym, then lower-case words holding "state").
    func stateOutlet(_ doc: Document, _ found: MentionFinder.Result, head k: Int, lo: Int, inQuote: [Bool]) -> (id: String, start: Int)? {
        let toks = doc.tokens
        guard stateMediaNouns.contains(toks[k].key) else { return nil }
        var j = k - 1
        while j > lo, j > k - 5, !toks[j].isCapitalized, toks[j].isWord || toks[j].key == ClaimExtractor.kHyphen { j -= 1 }
        guard j >= lo, !inQuote[j] else { return nil }
        if toks[j].flags.contains(.possessive), j > lo { j -= 1 }
        // (the demonym's mention may hold "state": "Libyan state")
        guard let m = found.mentions.first(where: { $0.tokens.contains(j) }), m.tokens.upperBound <= k, found.type(of: m.actor) == "country",
              (m.tokens.lowerBound..<k).contains(where: { toks[$0].key == ClaimExtractor.kState }) else { return nil }
        var start = m.tokens.lowerBound
        if start > lo, ClaimExtractor.determiners.contains(toks[start - 1].key) { start -= 1 }
        return (m.actor, start)
    }

    /// The organization whose office "the NATO chief", "the alliance's secretary general", "the company's general
    /// manager" (from `start`, a determiner, to the title's last word `head`) names: the organization named in the
    /// phrase, or the one of the kind its possessive noun says named last before it; nil when the words after it are
    /// no title, or a spokesman's (an office that speaks for the body: resolved elsewhere).
    func officeOrganization(_ doc: Document, _ found: MentionFinder.Result, start: Int, head k: Int, inQuote: [Bool]) -> (id: String, words: Range<Int>)? {
        let toks = doc.tokens
        guard k > start + 1, officeHeads.contains(toks[k].key), !toks[k].flags.contains(.possessive) else { return nil }
        let org: String
        let titleStart: Int
        if let m = found.starting(at: start + 1), m.kind == .name, m.tokens.upperBound <= k,
           ClaimExtractor.organizationTypes.contains(found.type(of: m.actor) ?? "") {
            org = m.actor; titleStart = m.tokens.upperBound
        } else if start + 3 <= k, toks[start + 2].flags.contains(.possessive), !toks[start + 1].isCapitalized, let types = organizationNouns[toks[start + 1].key],
                  let m = found.mentions.last(where: { $0.tokens.upperBound <= start && $0.kind == .name && !inQuote[$0.tokens.lowerBound]
                      && types.contains(found.type(of: $0.actor) ?? "") }) {
            // (a possessive noun, "the company's", names no words of the organization)
            guard titleEnds(doc, from: start + 3, at: k) else { return nil }
            return (m.actor, (start + 1)..<(start + 1))
        } else { return nil }
        guard titleStart <= k, titleEnds(doc, from: titleStart, at: k) else { return nil }
        return (org, (start + 1)..<titleStart)
    }

    /// Whether the words from `from` to `k` are a title ending at `k`, after plain words that qualify it ("general
    /// manager", "deputy secretary general").
    func titleEnds(_ doc: Document, from: Int, at k: Int) -> Bool {
        let toks = doc.tokens
        for j in from...k {
            if let t = titles.longest(toks[..<(k + 1)], from: j), j + t.length == k + 1 { return true }
            if !toks[j].isWord || toks[j].flags.contains(.possessive) { return false }
        }
        return false
    }

    /// The person named before token `before` (outside quotes) with a title of `organization`: "NATO Secretary General
    /// Jens Stoltenberg", "NATO's chief Jane Roe", "Jane Roe, the NATO chief," (the organization within a few words of
    /// the name, in the same sentence, nothing but words between).
    /// (`named`: the words naming the organization in the office's phrase, which the person's title may hold where
    /// the title is part of the person's name: "UN Secretary-General Jane Roe")
    func officeHolder(_ doc: Document, _ found: MentionFinder.Result, organization: String, named: Range<Int>, before: Int, inQuote: [Bool]) -> String? {
        let toks = doc.tokens
        let orgKeys = named.map { toks[$0].key }
        for p in found.mentions.reversed() where p.tokens.upperBound <= before && p.kind == .name && !inQuote[p.tokens.lowerBound]
            && found.type(of: p.actor) == "person" {
            let lo = max(0, p.tokens.lowerBound - 6), hi = min(before, p.tokens.upperBound + 10)
            if !orgKeys.isEmpty, (lo..<p.tokens.upperBound).contains(where: { i in
                i + orgKeys.count < p.tokens.upperBound && (0..<orgKeys.count).allSatisfy({ toks[i + $0].key == orgKeys[$0] }) }) { return p.actor }
            let titled = found.mentions.contains(where: { o in
                o.actor == organization && !inQuote[o.tokens.lowerBound] && (
                    // (or inside the person's mention, which holds the title: "UN Secretary-General Jane Roe")
                    o.tokens.lowerBound >= lo && o.tokens.upperBound <= p.tokens.upperBound && o.tokens.upperBound <= p.tokens.lowerBound + p.tokens.count - 1
                        && (o.tokens.upperBound..<p.tokens.lowerBound).allSatisfy({ toks[$0].isWord || toks[$0].flags.contains(.possessive) || toks[$0].key == ClaimExtractor.kComma })
                    || o.tokens.lowerBound > p.tokens.upperBound && o.tokens.upperBound <= hi && toks[p.tokens.upperBound].key == ClaimExtractor.kComma
                        && ((p.tokens.upperBound + 1)..<o.tokens.lowerBound).allSatisfy({ toks[$0].isWord || toks[$0].flags.contains(.possessive) })) })
            if titled { return p.actor }
        }
        return nil
    }

    /// The state whose ministry of the portfolio in words `portfolio` ("defence", "finance") a story that names no
    /// ministry means: the state of the person named before token `before` with that minister's title, else the
    /// state the story names most.
    func portfolioState(_ doc: Document, _ found: MentionFinder.Result, portfolio: Range<Int>, before: Int, inQuote: [Bool]) -> String? {
        let title = doc.text(tokens: portfolio).lowercased() + " minister"
        if let m = found.mentions.last(where: { $0.tokens.upperBound <= before && !inQuote[$0.tokens.lowerBound] && found.type(of: $0.actor) == "person"
               && found.record($0.actor)?.roles.contains(where: { $0.hasSuffix(title) }) == true }),
           let c = found.record(m.actor)?.country, found.record("actor:" + c) != nil {
            return "actor:" + c
        }
        return homeState(doc, found, before: before, inQuote: inQuote)
    }

    /// The state a story is about, as far as token `before`: the state named most (names and demonyms, outside
    /// quotes; the first named on a tie).
    func homeState(_ doc: Document, _ found: MentionFinder.Result, before: Int, inQuote: [Bool]) -> String? {
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        for m in found.mentions where m.tokens.upperBound <= before && !inQuote[m.tokens.lowerBound] && found.type(of: m.actor) == "country" {
            counts[m.actor, default: 0] += 1
            if first[m.actor] == nil { first[m.actor] = m.tokens.lowerBound }
        }
        // (none named yet: the state the story is told from, "BAGHDAD — …, the interior ministry said", when it is an actor of the story)
        return counts.max(by: { $0.value != $1.value ? $0.value < $1.value : first[$0.key]! > first[$1.key]! })?.key
            ?? found.home.map({ "actor:" + $0 }).flatMap({ found.record($0) != nil ? $0 : nil })
    }

    /// The head of "the company", "the German firm", "the office", "the minister" at `from` when the phrase ends there
    /// (a comma or the sentence's end follows): a body's noun or a role, whose referent `roleNounSpeaker` finds (not
    /// "the company's report").
    func definiteBodyHead(_ doc: Document, _ found: MentionFinder.Result, _ from: Int, _ hi: Int) -> Int? {
        let toks = doc.tokens
        guard from < hi, toks[from].key == ClaimExtractor.kThe else { return nil }
        var h = from + 1
        while h + 1 < hi, h < from + 4, toks[h + 1].isWord { h += 1 }
        // (a role in capitals too: "according to the CEO")
        guard h < hi, h > from, h + 1 >= hi || toks[h + 1].key == ClaimExtractor.kComma || !toks[h + 1].isWord,
              !toks[h].isCapitalized || h == from + 1 && backReferringRoles.contains(toks[h].key), !toks[h].flags.contains(.possessive),
              organizationNouns[toks[h].key] != nil || bodyNouns.contains(toks[h].key) || roleNouns.longest(toks[..<(h + 1)], from: h) != nil
                || backReferringRoles.contains(toks[h].key) || h == from + 1 && endsNameBefore(found, doc.text(token: h).lowercased(), before: from)
        else { return nil }
        return h
    }

    /// Whether an organization named before token `before` has a name ending in `noun` ("the Indian Navy" for "the
    /// navy"), as "the navy said" refers back to it.
    func endsNameBefore(_ found: MentionFinder.Result, _ noun: String, before: Int) -> Bool {
        found.mentions.contains { $0.tokens.upperBound <= before && $0.kind == .name
            && ClaimExtractor.organizationTypes.contains(found.type(of: $0.actor) ?? "") && Self.lastNameWord(found, $0.actor) == noun }
    }

    /// "according to the press service, …", "according to the office, …" (the phrase from `after` to its body noun
    /// `h`) that no body named so resolves: the body that spoke last, as "the press service said" is.
    func bodySpokeLast(_ doc: Document, _ found: MentionFinder.Result, head h: Int, after: Int, lastSpeaker: String?) -> String? {
        let toks = doc.tokens
        guard let ls = lastSpeaker, ClaimExtractor.organizationTypes.contains(found.type(of: ls) ?? ""), bodyNouns.contains(toks[h].key),
              h == after + 1 || h == after + 2 && toks[after + 1].key == ClaimExtractor.kPress else { return nil }
        return ls
    }

    /// "X said (that) …", "…, X said", "according to X, …".
    func reported(_ doc: Document, _ found: MentionFinder.Result, _ article: Article, _ dates: [TimeExpression],
                  _ events: [Event], _ rules: RuleCache, _ texts: SentenceTexts, _ si: Int, _ s: Sentence, inQuote: [Bool], lastSpeaker: String?) -> (Claim, next: Int?, also: [String])? {
        let toks = doc.tokens
        var k = s.tokens.lowerBound
        let hi = s.tokens.upperBound
        let trailing = trailingAttribution(doc, found, s, inQuote: inQuote, lastSpeaker: lastSpeaker)
        while k < hi {
            // (the rules below read only at a token that may start one of their phrases)
            k = nextReadingStart(doc, from: k, hi)
            guard k < hi else { break }
            // "X called the allegations groundless", "X rejected the accusations as lies": X's verdict on a charge is
            // X's statement, the charge and the verdict what was said
            if !inQuote[k], verdictStarts.mayContain(toks[k].key), let object = verdictObject(doc, k, hi) {
                let ing = doc.token(k, endsIn: "ing", minLength: 5, anyCase: false)
                let who: (id: String, start: Int)? = ing
                    ? (k > s.tokens.lowerBound && toks[k - 1].key == ClaimExtractor.kComma ? sentenceSubject(doc, found, s).map { ($0, k) } : nil)
                    : speaker(doc, found, verb: k..<(k + 1), lo: s.tokens.lowerBound, hi: hi, inQuote: inQuote, lastSpeaker: lastSpeaker)
                if let (sp, _) = who, sp != ClaimExtractor.unnamedSource || !ing {
                    let content = object..<hi
                    if content.count >= 3 {
                        return (makeClaim(doc, found, article, dates, events, rules, texts, speaker: sp, text: trimmed(doc, content), verb: doc.text(token: k).lowercased(),
                                          sentences: si...si, contentTokens: [content], attribution: k..<(k + 1), kind: "reported"), nil, [])
                    }
                }
            }
            if let b = beforeSpeaker.longest(toks[..<hi], from: k) {
                // "according to X, CONTENT" or "CONTENT, according to X"
                let after = k + b.length
                var j = after
                // ("According to her, …": "her" before a comma is the pronoun, no determiner of a noun)
                while j < hi, ClaimExtractor.determiners.contains(toks[j].key) || ClaimExtractor.fillers.contains(toks[j].key),
                      !(ClaimExtractor.objectPronouns.contains(toks[j].key) && (j + 1 >= hi || !toks[j + 1].isWord)) { j += 1 }
                // "according to a recent study by X", "according to figures from X": the author of the document
                // (looked for from `after`: "statement" is also a filler, skipped above)
                if let d = (after..<min(hi, max(j, after + 1) + 4)).first(where: { documentNouns.contains(toks[$0].key) }),
                   !(after..<d).contains(where: { toks[$0].isCapitalized || !toks[$0].isWord }), d + 1 < hi, ClaimExtractor.authorPreps.contains(toks[d + 1].key) {
                    j = d + 2
                    while j < hi, ClaimExtractor.determiners.contains(toks[j].key) { j += 1 }
                }
                // "According to him, CONTENT" / "CONTENT, according to her": the person named last before
                if j + 1 < hi, ClaimExtractor.objectPronouns.contains(toks[j].key), !inQuote[j],
                   k == s.tokens.lowerBound ? toks[j + 1].key == ClaimExtractor.kComma : j + 1 >= hi || !toks[j + 1].isWord,
                   let sp = resolvePronoun(doc, found, before: s.tokens.lowerBound, inQuote: inQuote, lastSpeaker: lastSpeaker) {
                    let content = k == s.tokens.lowerBound ? (j + 2)..<hi : s.tokens.lowerBound..<k
                    if content.count < 4 { return nil }
                    return (makeClaim(doc, found, article, dates, events, rules, texts, speaker: sp, text: trimmed(doc, content), verb: "say",
                                      sentences: si...si, contentTokens: [content], attribution: k..<(j + 1), kind: "reported"), nil, [])
                }
                // "According to the statement posted on its website, CONTENT", "CONTENT, according to a ministry statement":
                // the statement told before, by whoever spoke last (a body, when the statement is a body's); not "the
                // statement by X", nor a report or figures, which need not be theirs
                if let ls = lastSpeaker {
                    var d = after
                    if d < hi, ClaimExtractor.determiners.contains(toks[d].key) { d += 1 }
                    let body = d + 1 < hi && bodyNouns.contains(toks[d].key) && !toks[d].isCapitalized
                    if body { d += toks[d + 1].flags.contains(.possessive) ? 2 : 1 }
                    if d < hi, d > after, statementNouns.contains(toks[d].key), !(d + 1 < hi && ClaimExtractor.authorPreps.contains(toks[d + 1].key)),
                       !body || ClaimExtractor.organizationTypes.contains(found.type(of: ls) ?? "") {
                        var content: Range<Int>? = nil
                        if k == s.tokens.lowerBound, let c = ((d + 1)..<hi).first(where: { toks[$0].key == ClaimExtractor.kComma && !inQuote[$0] }) {
                            content = (c + 1)..<hi
                        } else if k > s.tokens.lowerBound + 4, toks[k - 1].key == ClaimExtractor.kComma, !((d + 1)..<hi).contains(where: { toks[$0].isWord }) {
                            content = s.tokens.lowerBound..<(k - 1)
                        }
                        if let content, content.count >= 4 {
                            return (makeClaim(doc, found, article, dates, events, rules, texts, speaker: ls, text: trimmed(doc, content), verb: "say",
                                              sentences: si...si, contentTokens: [content], attribution: k..<(d + 1), kind: "reported"), nil, [])
                        }
                    }
                }
                // "according to the company, …", "…, according to the office": the body named before, as "the company said"
                // (a name or reference the mentions already resolve is left to them, below)
                if let h = definiteBodyHead(doc, found, after, hi), k == s.tokens.lowerBound ? h + 1 < hi && toks[h + 1].key == ClaimExtractor.kComma : !((h + 1)..<hi).contains(where: { toks[$0].isWord }),
                   namedAfter(doc, found, j, hi) == nil,
                   let sp = roleNounSpeaker(doc, found, endingAt: h, lo: after, inQuote: inQuote, lastSpeaker: lastSpeaker)?.id
                    ?? bodySpokeLast(doc, found, head: h, after: after, lastSpeaker: lastSpeaker) {
                    let content = k == s.tokens.lowerBound ? (h + 2)..<hi : s.tokens.lowerBound..<k
                    if content.count < 4 { return nil }
                    return (makeClaim(doc, found, article, dates, events, rules, texts, speaker: sp, text: trimmed(doc, content), verb: "say",
                                      sentences: si...si, contentTokens: [content], attribution: k..<(h + 1), kind: "reported"), nil, [])
                }
                if let sp = namedAfter(doc, found, j, hi), let m = found.mentions.first(where: { $0.actor == sp && $0.tokens.upperBound > j }) {
                    // "Peskov was quoted by RIA Novosti as saying that …": the one quoted is the speaker, the
                    // outlet only carries it
                    if k > s.tokens.lowerBound, eventWords.beForms.contains(toks[k - 1].key),
                       let subject = found.mentions.last(where: { $0.tokens.upperBound == k - 1 && $0.kind == .name }),
                       m.tokens.upperBound + 1 < hi, toks[m.tokens.upperBound].key == ClaimExtractor.kAs,
                       sayingForms.contains(toks[m.tokens.upperBound + 1].key) {
                        var c = m.tokens.upperBound + 2
                        if c < hi, toks[c].key == ClaimExtractor.kThat { c += 1 }
                        let content = c..<hi
                        if content.count < 4 { return nil }
                        return (makeClaim(doc, found, article, dates, events, rules, texts, speaker: subject.actor, text: trimmed(doc, content), verb: "say",
                                          sentences: si...si, contentTokens: [content], attribution: subject.tokens.lowerBound..<c, kind: "reported"), nil, [])
                    }
                    var content: Range<Int>
                    if k == s.tokens.lowerBound {
                        var c = m.tokens.upperBound
                        while c < hi && toks[c].key != ClaimExtractor.kComma { c += 1 }
                        content = min(hi, c + 1)..<hi
                    } else {
                        content = s.tokens.lowerBound..<k
                    }
                    if content.count < 4 { return nil }
                    return (makeClaim(doc, found, article, dates, events, rules, texts, speaker: m.actor, text: trimmed(doc, content), verb: "say",
                                      sentences: si...si, contentTokens: [content], attribution: k..<m.tokens.upperBound, kind: "reported"), nil, [])
                }
            }
            if !inQuote[k], !toks[k].isCapitalized || k == s.tokens.lowerBound, let v = speechLemmas.longest(toks[..<hi], from: k),
               let form = speechVerbs.longest(toks[..<hi], from: k)?.payload {
                let verbRange = k..<(k + v.length)
                if ClaimExtractor.readForms.contains(toks[k].key), !documentReads(toks, k, lo: s.tokens.lowerBound) { k += 1; continue }
                // "an estimated 9,000 members", "the reported attack": a participle after an article describes a noun
                if k > s.tokens.lowerBound, ClaimExtractor.articles.contains(toks[k - 1].key) { k += 1; continue }
                // -ing forms only as "…, adding that" / "…, saying", or with their own subject after "with" ("…, with
                // the envoy saying …")
                let absolute = form == .ing && withSubject(toks, before: k, lo: s.tokens.lowerBound, inQuote: inQuote)
                if form == .ing && !absolute && !(k > s.tokens.lowerBound && toks[k - 1].key == ClaimExtractor.kComma) { k += 1; continue }
                // "X, reporting from Kyiv, said …", "speaking from Geneva": where the speaker is, not what was said
                if form == .ing, k + 1 < hi, toks[k + 1].key == eventWords.kFrom { k += 1; continue }
                // a bare base form speaks only for a plural subject right before it ("Syrian rebels say", "they say")
                if form == .base && !(k > s.tokens.lowerBound && ["to", "will", "would", "did"].contains(doc.text(token: k - 1).lowercased()))
                    && !(k > s.tokens.lowerBound && !toks[k - 1].isCapitalized && found.ending(at: k).map({ $0.kind == .name && ClaimExtractor.groupTypes.contains(found.type(of: $0.actor) ?? "") }) ?? false)
                    // "Farmers' unions, who want …, say": a plural subject before a relative clause between commas
                    && !(k > s.tokens.lowerBound + 2 && toks[k - 1].key == ClaimExtractor.kComma && found.mentions.contains(where: { $0.kind == .name
                        && $0.tokens.lowerBound >= s.tokens.lowerBound && $0.tokens.upperBound + 1 < k - 1 && toks[$0.tokens.upperBound].key == ClaimExtractor.kComma
                        && toks[$0.tokens.upperBound + 1].key == ClaimExtractor.kWho && ClaimExtractor.groupTypes.contains(found.type(of: $0.actor) ?? "")
                        && !(($0.tokens.upperBound + 2)..<(k - 1)).contains(where: { toks[$0].key == ClaimExtractor.kComma || inQuote[$0] }) })) { k += 1; continue }
                // "…, accusing Russia of …": after a comma an -ing verb speaks for the sentence's subject; the
                // name after it is its object
                let subjectFirst = form == .ing && !absolute ? sentenceSubject(doc, found, s).map { ($0, k) } : nil
                var who = subjectFirst ?? speaker(doc, found, verb: verbRange, lo: s.tokens.lowerBound, hi: hi, inQuote: inQuote, lastSpeaker: lastSpeaker)
                if form == .ing, let w = who, found.starting(at: verbRange.upperBound)?.actor == w.0 { who = nil }   // never the name after "accusing"
                if who != nil, !objectOfCommitment(doc, verb: v.payload, after: verbRange.upperBound, hi) { k += 1; continue }
                if who != nil, declaresAct(doc, verb: v.payload, after: verbRange.upperBound, hi) { k += 1; continue }
                if who != nil, tellsNoWords(doc, verb: v.payload, after: verbRange.upperBound, hi) { k += 1; continue }
                // "X spoke to Y and urged them to …, the ministry said": the sentence's closing attribution tells the
                // whole clause before it, a verb of saying inside it included
                // (not a verb that tells its own clause, "told X that …", nor one of a topic, "reported on …")
                // (a state's demand or stand told by a person closing the sentence is that person's telling: "Russia
                // insisted that …, the envoy told reporters")
                if who != nil, let t = trailing, k < t, !(verbRange.upperBound..<t).contains(where: { toks[$0].key == ClaimExtractor.kThat })
                    || found.type(of: who!.0) == "country" && trailingPerson(doc, found, comma: t, hi, inQuote: inQuote, lastSpeaker: lastSpeaker),
                   !ClaimExtractor.topicPrepositions.contains(toks[verbRange.upperBound].key) { k += 1; continue }
                if let (sp, spStart) = who {
                    // content: after the verb (skipping "that", the addressee and time words), or before the speaker
                    var c = verbRange.upperBound
                    var skipped = 0
                    // "SANA quoted X as saying (that) …": what was said starts after "as saying"
                    if v.payload == "quote", let m = found.starting(at: c), m.actor == sp, m.tokens.upperBound + 1 < hi,
                       toks[m.tokens.upperBound].key == ClaimExtractor.kAs {
                        c = m.tokens.upperBound + 2
                    }
                    // "told a local television channel on Wednesday that …": the content starts after "that"
                    // "said on Twitter that …", "said in a televised address that …": likewise after a prepositional phrase
                    if let t = (c..<min(hi, c + 14)).first(where: { toks[$0].key == ClaimExtractor.kThat && !inQuote[$0] }),
                       !(c..<t).contains(where: { toks[$0].key == ClaimExtractor.kComma || eventWords.boundaries.contains(toks[$0].key) && toks[$0].key != ClaimExtractor.kThat }),
                       ["tell", "inform", "assure", "brief", "warn", "remind"].contains(v.payload)
                        || (c < hi && settingWords.contains(toks[c].key) && t - c <= 8) {
                        c = t
                    }
                    // (the verb's list, hashed once rather than at each word skipped)
                    let addressedVerb = addressed.contains(v.payload)
                    while c < hi && skipped < 6 {
                        if toks[c].key == ClaimExtractor.kThat { c += 1; break }
                        // "said Sunday's launch was …": a possessive day name opens the clause said
                        if toks[c].flags.contains(.possessive) || c + 1 < hi && toks[c + 1].flags.contains(.possessive) { break }
                        // the addressee of "told Reuters", "informed the council"
                        // (not the subject of the clause said: "warned NATO could face a response")
                        if addressedVerb, let m = found.starting(at: c), skipped < 3,
                           m.tokens.upperBound >= hi || !ClaimExtractor.finiteAfterSubject.contains(toks[m.tokens.upperBound].key) {
                            c = m.tokens.upperBound; skipped += 1; continue
                        }
                        // "told reporters", "told journalists": an addressee that is no actor
                        if addressedVerb, skipped < 3, pressNouns.contains(toks[c].key) { c += 1; skipped += 1; continue }
                        // (a number before a plain word opens the clause: "said 20 assailants were killed")
                        if ClaimExtractor.fillers.contains(toks[c].key) || toks[c].key == ClaimExtractor.kColon || toks[c].key == ClaimExtractor.kComma
                            || toks[c].flags.contains(.number) && !(c + 1 < hi && toks[c + 1].isWord && !toks[c + 1].isCapitalized && !toks[c + 1].flags.contains(.number)
                                && toks[c + 1].key != ClaimExtractor.kThat && !ClaimExtractor.fillers.contains(toks[c + 1].key)) { c += 1; skipped += 1; continue }
                        // "said earlier this week that …": "this" before a unit of time dates the saying (not "said
                        // this was …", whose "this" opens the clause)
                        if toks[c].key == ClaimExtractor.kThis, c + 1 < hi, ClaimExtractor.timeUnits.contains(toks[c + 1].key) { c += 2; skipped += 1; continue }
                        break
                    }
                    // "blamed one another for the crash": a reciprocal charge says nothing one side said; "insists on
                    // a transition": a demand for a thing, no clause said
                    if c + 1 < hi, verbRange.upperBound + 1 >= c,
                       (toks[c].key == ClaimExtractor.kEach && toks[c + 1].key == ClaimExtractor.kOther)
                        || (toks[c].key == ClaimExtractor.kOne && toks[c + 1].key == ClaimExtractor.kAnother) { return nil }
                    if v.payload == "insist", verbRange.upperBound < hi, ClaimExtractor.demandPreps.contains(toks[verbRange.upperBound].key) { return nil }
                    var content = c..<hi
                    let speakerStart = min(spStart, k)
                    // "CONTENT, X said Tuesday after talks with Y": the words before the attribution are what was said
                    var e0 = speakerStart
                    var back = 0
                    while e0 > s.tokens.lowerBound, back < 8, toks[e0 - 1].key != ClaimExtractor.kComma, !inQuote[e0 - 1],
                          ClaimExtractor.determiners.contains(toks[e0 - 1].key) || toks[e0 - 1].isCapitalized || toks[e0 - 1].flags.contains(.possessive)
                            || titleModifiers.contains(toks[e0 - 1].key) || titles.longest(toks[..<hi], from: e0 - 1) != nil {
                        e0 -= 1; back += 1
                    }
                    // What comes before the attribution is not what was said when a clause follows the verb and
                    // the words before are a setting ("In an interview with CNN, Lavrov said the truce held"), a
                    // title ("Russia's envoy to the UN, Vitaly Churkin, said …"), or the verb is "…, saying …".
                    // (not what follows a comma right after the verb: "…, X said, without giving details")
                    // (nor the speaker's own name closing the sentence: "In a separate attack, …, said the provincial
                    // police spokesman, Jane Roe.")
                    let speakerCloses = spStart == verbRange.lowerBound && found.mentions.contains(where: { $0.actor == sp
                        && $0.tokens.lowerBound >= verbRange.upperBound && $0.tokens.upperBound <= hi
                        && ($0.tokens.upperBound == hi || $0.tokens.upperBound + 1 == hi && !toks[$0.tokens.upperBound].isWord) })
                    let clauseAfter = hi - c >= 4 && !(verbRange.upperBound < hi && toks[verbRange.upperBound].key == ClaimExtractor.kComma) && !speakerCloses
                    // ("Addressing the senators, X said …": an opening participle clause is a setting too)
                    let settingFirst = clauseAfter && (settingWords.contains(toks[s.tokens.lowerBound].key)
                        || toks[s.tokens.lowerBound].isCapitalized && doc.token(s.tokens.lowerBound, endsIn: "ing", minLength: 5, anyCase: false) && s.tokens.lowerBound + 1 < hi
                            && !toks[s.tokens.lowerBound + 1].isCapitalized && found.starting(at: s.tokens.lowerBound) == nil)
                    // (past a title before the name too: "The army's spokesman, Colonel Jane Roe, said …")
                    let nameStart = min(e0, spStart)
                    let apposedName = clauseAfter && nameStart > s.tokens.lowerBound && toks[nameStart - 1].key == ClaimExtractor.kComma
                        && k > spStart && toks[k - 1].key == ClaimExtractor.kComma
                    let attributionAfter = e0 > s.tokens.lowerBound + 3 && (toks[e0 - 1].key == ClaimExtractor.kComma || inQuote[e0 - 1])
                        && (c >= hi || toks[c - 1].key != ClaimExtractor.kThat) && !settingFirst && !apposedName && form != .ing
                    /// "CONTENT, X told a briefing, adding that MORE": what is added is said in the same claim
                    var added: Range<Int>? = nil
                    if content.count < 4 && speakerStart > s.tokens.lowerBound + 3 || attributionAfter {
                        var e = attributionAfter ? e0 : speakerStart
                        while e > s.tokens.lowerBound, toks[e - 1].key == ClaimExtractor.kComma || ClaimExtractor.determiners.contains(toks[e - 1].key) { e -= 1 }
                        content = s.tokens.lowerBound..<e
                        added = addedClause(doc, after: verbRange.upperBound, hi: hi, inQuote: inQuote)
                    }
                    // "The same unit, it added, had been involved in …": an attribution set off inside the clause, whose
                    // verb runs on after it (a finite verb after the comma, not "…, X said, without giving details")
                    var rest: Range<Int>? = nil
                    if attributionAfter, added == nil, content.count <= 8, verbRange.upperBound + 3 < hi,
                       toks[verbRange.upperBound].key == ClaimExtractor.kComma, !inQuote[verbRange.upperBound],
                       case let r = verbRange.upperBound + 1, toks[r].isWord, !toks[r].isCapitalized, !inQuote[r],
                       ClaimExtractor.finiteAfterSubject.contains(toks[r].key) || doc.token(r, endsIn: "ed", minLength: 4, anyCase: false) {
                        rest = r..<hi
                    }
                    // "…, and B said Y" / "…, while B said Y": a second attribution ends this claim's words
                    var next: Int? = nil
                    if content.lowerBound >= verbRange.upperBound {
                        var t = content.lowerBound + 3
                        while t < hi - 4 {
                            // ("…, X said; B said Y": a semicolon joins two attributions as "and" does)
                            if !inQuote[t], toks[t].key == ClaimExtractor.kSemicolon || ClaimExtractor.secondAttribution.contains(toks[t].key)
                                && (toks[t - 1].key == ClaimExtractor.kComma || toks[t].key == ClaimExtractor.kAnd || (toks[t - 1].isQuote && toks[t - 2].key == ClaimExtractor.kComma)),
                               let v2 = (t + 2..<min(hi, t + 9)).first(where: { !inQuote[$0] && !toks[$0].isCapitalized && speechLemmas.longest(toks[..<hi], from: $0) != nil
                                   && speechVerbs.longest(toks[..<hi], from: $0).map({ $0.payload == .past || $0.payload == .participle || $0.payload == .third }) ?? false }),
                               speaker(doc, found, verb: v2..<(v2 + speechLemmas.longest(toks[..<hi], from: v2)!.length), lo: t + 1, hi: hi, inQuote: inQuote, lastSpeaker: sp)
                                   .map({ $0.start == t + 1 || ($0.start == t + 2 && ClaimExtractor.determiners.contains(toks[t + 1].key)) })
                                   // (an unresolved subject still ends the first claim: "…, while the government delegation said …")
                                   ?? (toks[t + 1].key == ClaimExtractor.kThe && v2 <= t + 5 && !(t + 1..<v2).contains(where: { toks[$0].key == ClaimExtractor.kComma || inQuote[$0] })) {
                                content = content.lowerBound..<(toks[t - 1].key == ClaimExtractor.kComma ? t - 1 : t)
                                next = t + 1
                                break
                            }
                            t += 1
                        }
                    }
                    // "CONTENT, X said; Y said …": a semicolon after the attribution opens the next one
                    if next == nil, added == nil, content.upperBound <= speakerStart,
                       let t = (verbRange.upperBound..<hi).first(where: { toks[$0].key == ClaimExtractor.kSemicolon && !inQuote[$0] }), hi - t > 4 {
                        next = t + 1
                    }
                    // (three tokens may hold a denial: "denied targeting civilians.")
                    if content.count < 4, rest == nil, !(content.count == 3 && v.payload == "deny" && content.lowerBound >= verbRange.upperBound
                        && doc.token(content.lowerBound, endsIn: "ing", minLength: 5, anyCase: false)) { return nil }
                    let text = rest.map { trimmed(doc, content) + " " + trimmed(doc, $0) }
                        ?? added.map { trimmed(doc, content) + "; " + trimmed(doc, $0) } ?? trimmed(doc, content)
                    return (makeClaim(doc, found, article, dates, events, rules, texts, speaker: sp, text: text, verb: v.payload,
                                      sentences: si...si, contentTokens: rest.map { [content, $0] } ?? added.map { [content, $0] } ?? [content], attribution: verbRange, kind: "reported"), next, subjectFirst == nil ? coordinatedSpeakers(doc, found, start: spStart, lo: s.tokens.lowerBound, speaker: sp, inQuote: inQuote) : [])
                }
            }
            k += 1
        }
        return nil
    }

    /// The first token from `k` on (`hi` if none) that may start one of the readings of `reported`: a verdict verb,
    /// an "according to" or a verb of saying. Most tokens start none: passed over here on a probe of each table,
    /// with no call of the rules, no slice of the sentence and no copy of a token.
    func nextReadingStart(_ doc: Document, from k: Int, _ hi: Int) -> Int {
        doc.tokens.withUnsafeBufferPointer { tp in
            var k = k
            while k < hi {
                let key = tp[k].key
                if verdictStarts.mayContain(key) || beforeSpeaker.mayStart(key) || speechLemmas.mayStart(key) { return k }
                k += 1
            }
            return hi
        }
    }

    /// The comma before a closing attribution of sentence `s` ("…, the ministry said.", "…, a spokesman for X said on
    /// Sunday."): a speaker after the comma, a verb of saying in the past, and nothing after it but a few filler words.
    func trailingAttribution(_ doc: Document, _ found: MentionFinder.Result, _ s: Sentence, inQuote: [Bool], lastSpeaker: String?) -> Int? {
        let toks = doc.tokens
        let lo = s.tokens.lowerBound
        var hi = s.tokens.upperBound
        while hi > lo, !toks[hi - 1].isWord { hi -= 1 }
        guard hi - lo > 8, let t = ((hi - 12)..<hi).last(where: { $0 > lo + 4 && toks[$0].key == ClaimExtractor.kComma }), !inQuote[t], !inQuote[t - 1] else { return nil }
        guard let v = ((t + 2)..<hi).first(where: { !toks[$0].isCapitalized && speechLemmas.longest(toks[..<hi], from: $0) != nil }),
              speechVerbs.longest(toks[..<hi], from: v).map({ $0.payload == .past }) ?? false,
              let len = speechLemmas.longest(toks[..<hi], from: v)?.length,
              ((tellsAddressee(doc, found, after: v + len, hi, verb: v) ?? (v + len))..<hi).allSatisfy({ ClaimExtractor.fillers.contains(toks[$0].key) }),
              let sp = speaker(doc, found, verb: v..<(v + len), lo: t + 1, hi: hi, inQuote: inQuote, lastSpeaker: lastSpeaker),
              sp.id != ClaimExtractor.unnamedSource,
              // (the attribution's subject right after the comma: not "…, which Pakistan denied")
              sp.start == t + 1 || sp.start == t + 2 && ClaimExtractor.determiners.contains(toks[t + 1].key)
                // (or after the person's title: "…, Deputy Foreign Minister X told reporters", "…, presidential spokesman X said")
                || sp.start > t + 1 && found.type(of: sp.id) == "person" && ((t + 1)..<sp.start).allSatisfy({ toks[$0].isWord
                    && (toks[$0].isCapitalized || titleModifiers.contains(toks[$0].key) || titles.longest(toks[..<hi], from: $0) != nil) }) else { return nil }
        return t
    }
    /// Whether the closing attribution after comma `t` has a person for its speaker ("…, Deputy Foreign Minister X told
    /// reporters").
    func trailingPerson(_ doc: Document, _ found: MentionFinder.Result, comma t: Int, _ hi: Int, inQuote: [Bool], lastSpeaker: String?) -> Bool {
        let toks = doc.tokens
        guard let v = ((t + 2)..<hi).first(where: { !toks[$0].isCapitalized && speechLemmas.longest(toks[..<hi], from: $0) != nil }),
              let len = speechLemmas.longest(toks[..<hi], from: v)?.length,
              let sp = speaker(doc, found, verb: v..<(v + len), lo: t + 1, hi: hi, inQuote: inQuote, lastSpeaker: lastSpeaker) else { return false }
        return found.type(of: sp.id) == "person"
    }

    /// "…, X told reporters after the meeting.", "…, X told Al Jazeera.": past the addressee of a verb of telling (the
    /// press or a name) and a short phrase after it opened by "after" or "at", the token where only fillers may follow;
    /// nil when the verb is no verb of telling or no addressee follows.
    func tellsAddressee(_ doc: Document, _ found: MentionFinder.Result, after a: Int, _ hi: Int, verb v: Int) -> Int? {
        let toks = doc.tokens
        guard a < hi, let lemma = speechLemmas.longest(toks[..<hi], from: v)?.payload, addressed.contains(lemma) else { return nil }
        var c = a
        if pressNouns.contains(toks[c].key) { c += 1 } else if let m = found.starting(at: c), m.kind == .name { c = m.tokens.upperBound } else { return nil }
        if c + 1 < hi, ClaimExtractor.occasionPrepositions.contains(toks[c].key), hi - c <= 5,
           ((c + 1)..<hi).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized || ClaimExtractor.fillers.contains(toks[$0].key) }) { return hi }
        return c
    }
    static let occasionPrepositions = TokenKeySet(words: ["after", "at"])
    static let topicPrepositions = TokenKeySet(words: ["on", "about", "of", "with", "to", "for"])
    static let kMinistry = Tokenizer.key("ministry")
    static let kGroup = Tokenizer.key("group"), kOf = Tokenizer.key("of")

    /// The state named right before a mission noun at `noun` that "to" follows ("Iran's mission to the UN", "the Greek
    /// delegation to the talks"), from token `lo` on.
    func missionState(_ doc: Document, _ found: MentionFinder.Result, noun j: Int, lo: Int, inQuote: [Bool]) -> Mention? {
        let toks = doc.tokens
        guard j + 1 < toks.count, missionNouns.contains(toks[j].key), toks[j + 1].key == eventWords.kTo else { return nil }
        return found.mentions.last(where: { $0.tokens.upperBound <= j && $0.tokens.upperBound >= j - 2
            && $0.tokens.lowerBound >= lo && !inQuote[$0.tokens.lowerBound] && found.type(of: $0.actor) == "country" })
    }

    /// "X condemned the attack in a statement issued by his spokesman. “…,” the statement said": the statement is
    /// the one a sentence just before told of, its subject's (who need not have spoken yet, so is no last speaker).
    /// Looked for in the two sentences before; nil when neither tells of one or its subject is no speaker.
    func statementIssuer(_ doc: Document, _ found: MentionFinder.Result, before k: Int, inQuote: [Bool]) -> String? {
        let toks = doc.tokens
        guard let si = doc.sentences.lastIndex(where: { $0.tokens.lowerBound <= k }) else { return nil }
        for s2 in stride(from: si - 1, through: max(0, si - 2), by: -1) {
            let r = doc.sentences[s2].tokens
            guard let n = r.dropFirst().first(where: { !inQuote[$0] && statementNouns.contains(toks[$0].key)
                && (toks[$0 - 1].key == ClaimExtractor.kA || toks[$0 - 1].key == ClaimExtractor.kAn) }) else { continue }
            if let sp = openingSpeaker(doc, found, r, before: n, inQuote: inQuote) { return sp }
            // "In a statement released on Sunday, Taliban spokesman X said …": a statement told in the phrase that
            // opens the sentence is the subject's after its comma
            guard n == r.lowerBound + 2, toks[r.lowerBound].key == ClaimExtractor.kIn,
                  let c = (n..<r.upperBound).first(where: { toks[$0].key == ClaimExtractor.kComma && !inQuote[$0] }), c + 1 < r.upperBound else { return nil }
            return openingSpeaker(doc, found, (c + 1)..<r.upperBound, before: r.upperBound, inQuote: inQuote)
        }
        return nil
    }

    /// The speaker named first in the sentence `r`, before token `before`, when only words (a title, a state's
    /// possessive) come ahead of the name: "Venezuela's Foreign Minister Jane Roe rejected …".
    func openingSpeaker(_ doc: Document, _ found: MentionFinder.Result, _ r: Range<Int>, before: Int, inQuote: [Bool]) -> String? {
        let toks = doc.tokens
        // (a state's possessive before a title is no speaker of its own: the name after the title is)
        guard let m = found.mentions.first(where: { $0.tokens.lowerBound >= r.lowerBound && $0.tokens.lowerBound < min(before, r.lowerBound + 5) && $0.kind == .name
                  && !($0.tokens.upperBound < r.upperBound && toks[$0.tokens.upperBound].flags.contains(.possessive)) }),
              !(r.lowerBound..<m.tokens.lowerBound).contains(where: { !toks[$0].isWord && !toks[$0].flags.contains(.possessive) || inQuote[$0]
                  || !toks[$0].isCapitalized && !toks[$0].flags.contains(.possessive) && !ClaimExtractor.determiners.contains(toks[$0].key)
                      && titles.longest(toks[..<m.tokens.lowerBound], from: $0) == nil && !titleModifiers.contains(toks[$0].key) }),
              speakerType(found, m.actor) else { return nil }
        return m.actor
    }

    /// (four small strings, compared in a word or two each: a set hashed the verb of every reported claim)
    static let commitmentVerbs: [String] = ["threaten", "pledge", "promise", "vow"]
    static let commitmentClauses = TokenKeySet(words: ["to", "that"])

    /// Whether a threat or a promise says something: "vowed to retaliate", "pledged that …", "“…,” he vowed" do;
    /// "threatened Delhi with sanctions", "pledging $2 billion in aid", "promised support" give a thing, no words.
    /// (false only for those verbs with a word object)
    func objectOfCommitment(_ doc: Document, verb: String, after v: Int, _ hi: Int) -> Bool {
        guard ClaimExtractor.commitmentVerbs.contains(verb) else { return true }
        let toks = doc.tokens
        var c = v
        while c < hi, toks[c].key == ClaimExtractor.kComma || ClaimExtractor.fillers.contains(toks[c].key) && !ClaimExtractor.determiners.contains(toks[c].key) { c += 1 }
        guard c < hi, toks[c].isWord, !toks[c].isQuote else { return true }
        return ClaimExtractor.commitmentClauses.contains(toks[c].key)
    }

    static let kDeclare = "declare", kReport = "report"
    static let articles = TokenKeySet(words: ["a", "an", "the"])

    /// Whether the last word of `name` stands in `text` (a mention's text naming the person by surname).
    static func surname(of name: String, in text: String) -> Bool {
        name.split(separator: " ").last.map { Lexicon.contains(text, String($0)) } ?? false
    }

    /// Whether a verb of saying tells an aim or a deed here, no words said: "hoped to ease tensions" (`intent_verbs`
    /// before "to"), "responded by sending troops", "responded with strikes" (`deed_reply_verbs` before "by"/"with").
    func tellsNoWords(_ doc: Document, verb: String, after v: Int, _ hi: Int) -> Bool {
        guard v < hi else { return false }
        let key = doc.tokens[v].key
        // (the word after the verb first: most verbs have none of the three after them, and the verb's lists are
        // hashed sets of strings)
        guard key == eventWords.kTo || key == eventWords.kBy || key == eventWords.kWith else { return false }
        if intentVerbs.contains(verb) { return key == eventWords.kTo }
        if deedReplyVerbs.contains(verb) { return key == eventWords.kBy || key == eventWords.kWith }
        return false
    }

    /// Whether "declare" proclaims an act rather than says something: "declared independence", "declared martial law",
    /// "declared a day of mourning" (an act noun in the object's first words, before any clause) have no content.
    /// So too "report" of a firm's accounts: "reported a quarterly profit", "reported record revenue and earnings".
    func declaresAct(_ doc: Document, verb: String, after v: Int, _ hi: Int) -> Bool {
        let acts: TokenKeySet
        if verb == ClaimExtractor.kDeclare { acts = declaredActs } else if verb == ClaimExtractor.kReport { acts = reportedResults } else { return false }
        let toks = doc.tokens
        var c = v
        while c < hi, c < v + 5, toks[c].isWord, !toks[c].isQuote, !ClaimExtractor.commitmentClauses.contains(toks[c].key) {
            if acts.contains(toks[c].key) { return true }
            c += 1
        }
        return false
    }

    /// "The United States, Britain and France said …": the other subjects coordinated before the speaker named at
    /// `start`, when the list opens the clause (sentence start, a comma, or an upper-case dateline).
    func coordinatedSpeakers(_ doc: Document, _ found: MentionFinder.Result, start: Int, lo: Int, speaker: String, inQuote: [Bool]) -> [String] {
        let toks = doc.tokens
        guard found.starting(at: start)?.actor == speaker else { return [] }
        var out: [String] = []
        var j = start
        while j - 1 > lo, !inQuote[j - 1] {
            var e = j - 1
            if out.isEmpty {
                // the last two are joined by "and" (", and" too)
                guard toks[e].key == ClaimExtractor.kAnd else { break }
                if e - 1 > lo, toks[e - 1].key == ClaimExtractor.kComma { e -= 1 }
            } else {
                guard toks[e].key == ClaimExtractor.kComma else { break }
            }
            guard let m = found.ending(at: e), m.kind == .name, speakerType(found, m.actor), m.actor != speaker, !out.contains(m.actor) else { break }
            out.append(m.actor)
            j = m.tokens.lowerBound
        }
        guard !out.isEmpty else { return [] }
        var b = j
        while b > lo, ClaimExtractor.determiners.contains(toks[b - 1].key) { b -= 1 }
        if b == lo || toks[b - 1].key == ClaimExtractor.kComma { return out.reversed() }
        // "ROME Spain and Portugal …": only an upper-case dateline before the list
        let prefix = doc.tokens[lo].start..<doc.tokens[b - 1].end
        if b - lo <= 3, !doc.bytes[prefix].contains(where: isASCIILower) { return out.reversed() }
        // "The state news agencies A and B said": a lowercase description of them opens the clause
        if b - lo <= 5, toks[lo].key == ClaimExtractor.kThe,
           !((lo + 1)..<b).contains(where: { !toks[$0].isWord || toks[$0].isCapitalized || ClaimExtractor.notDescription.contains(toks[$0].key) }) {
            return out.reversed()
        }
        return []
    }

    static let notDescription = TokenKeySet(words: ["in", "of", "between", "with", "from", "for", "to", "by", "on", "at", "against", "among",
        "and", "or", "who", "that", "which", "is", "are", "was", "were", "has", "have", "had"])

    /// "Acme Securities analysts Jane Roe and John Doe": the organization named before a lowercase "analysts"
    /// that titles the person (or the persons coordinated) ending at `person`.
    func firmOfAnalysts(_ doc: Document, _ found: MentionFinder.Result, person: Range<Int>, lo: Int, inQuote: [Bool]) -> (id: String, start: Int)? {
        let toks = doc.tokens
        var j = person.lowerBound
        var n = 0
        // past the other persons of a coordination: "Jane Roe and", "Jane Roe, John Doe and"
        while n < 3, j - 1 > lo, toks[j - 1].key == ClaimExtractor.kAnd || toks[j - 1].key == ClaimExtractor.kComma,
              let p = found.ending(at: j - 1), p.kind == .name, found.type(of: p.actor) == "person" {
            j = p.tokens.lowerBound; n += 1
        }
        let h = j - 1
        guard h > lo, !inQuote[h], analystNouns.contains(toks[h].key), !toks[h].isCapitalized,
              let m = found.ending(at: h), m.kind == .name, let t = found.type(of: m.actor), ClaimExtractor.organizationTypes.contains(t) else { return nil }
        return (m.actor, m.tokens.lowerBound)
    }

    /// What is charged or asserted by another ("the allegations", "Manila's claims", "these reports").
    let chargeNouns: TokenKeySet
    /// The verdict and rejection verbs, one probe for both: `reported` asks `verdictObject` at every token,
    /// and the call that found no such verb cost several times the probe.
    let verdictStarts: TokenKeyFilter
    static let kAsWord = Tokenizer.key("as")

    /// At verb k, "called the allegations groundless" / "rejected the claims as lies": where the object starts,
    /// when a verdict (a word or a quote after the charge noun; "as …" after a verb of rejection) follows.
    func verdictObject(_ doc: Document, _ k: Int, _ hi: Int) -> Int? {
        let toks = doc.tokens
        let key = toks[k].key
        let calls = eventWords.verdictVerbs.contains(key)
        guard calls || eventWords.rejectionVerbs.contains(key), !toks[k].isCapitalized, k + 2 < hi else { return nil }
        let words = eventWords
        // "called the deal a violation of its sovereignty", "called the move an act of aggression": a definite object
        // of one to three lowercase words, then an indefinite noun, is a verdict on whatever the object is (not "called
        // the minister a day after …", a time)
        if calls, k + 4 < hi, toks[k + 1].key != ClaimExtractor.kA, toks[k + 1].key != ClaimExtractor.kAn, ClaimExtractor.determiners.contains(toks[k + 1].key),
           let a = (k + 3..<min(hi - 1, k + 6)).first(where: { toks[$0].key == ClaimExtractor.kA || toks[$0].key == ClaimExtractor.kAn }),
           (k + 2..<a).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized && !words.preps.contains(toks[$0].key) && !words.boundaries.contains(toks[$0].key) }),
           toks[a + 1].isWord, !toks[a + 1].isCapitalized, !ClaimExtractor.timeNouns.contains(toks[a + 1].key), !words.preps.contains(toks[a + 1].key) {
            return k + 1
        }
        var j = k + 1
        // the object: up to four words (an article, a possessor, adjectives) before the charge noun
        while j < hi, j < k + 5, !chargeNouns.contains(toks[j].key) {
            let t = toks[j]
            // "called the strike “an act of terror”": a quoted verdict needs no charge noun; the quote judges any deed
            // (not "termed a “humanitarian” operation", a quote inside the object after its article)
            if calls, t.isQuote, j > k + 1, toks[j - 1].isWord, !ClaimExtractor.determiners.contains(toks[j - 1].key), j + 1 < hi, toks[j + 1].isWord { return k + 1 }
            guard t.isWord, !words.preps.contains(t.key), !words.boundaries.contains(t.key) else { return nil }
            j += 1
        }
        guard j < hi, chargeNouns.contains(toks[j].key), j + 1 < hi else { return nil }
        // "Kiev has repeatedly denied the accusations.": a bare rejection closing the sentence is the statement, its
        // verb included (not "described the report", which only "as …" makes a verdict); so is one the same speaker
        // goes on from ("rejected the accusation and said that …", "denied the charges, saying …")
        if !calls, !describing.contains(key), j + 2 == hi && !toks[j + 1].isWord || continuesSpeaking(doc, after: j + 1, hi) { return k }
        // ("the claims of the opposition as lies": the verdict may follow a short phrase naming whose charge it is)
        var v = j + 1
        if v < hi, words.preps.contains(toks[v].key), toks[v].key != ClaimExtractor.kAsWord {
            var n = 0
            while v < hi, n < 5, toks[v].key != ClaimExtractor.kAsWord, !words.boundaries.contains(toks[v].key), toks[v].key != ClaimExtractor.kComma { v += 1; n += 1 }
        }
        guard v < hi else { return nil }
        let verdict = toks[v]
        if calls {
            // a word that is no preposition, or a quote: "groundless", "a provocation", "“baseless”"
            guard verdict.isQuote || verdict.isWord && !words.preps.contains(verdict.key) && !words.boundaries.contains(verdict.key) && !verdict.isCapitalized else { return nil }
        } else {
            guard verdict.key == ClaimExtractor.kAsWord, v + 1 < hi else { return nil }
        }
        return k + 1
    }

    /// At `after`, right past a rejection's object: "and said …" or ", saying …", the speaker going on.
    func continuesSpeaking(_ doc: Document, after: Int, _ hi: Int) -> Bool {
        let toks = doc.tokens
        guard after + 2 < hi else { return false }
        if toks[after].key == ClaimExtractor.kAnd { return speechVerbs.longest(toks[..<hi], from: after + 1) != nil }
        return toks[after].key == ClaimExtractor.kComma && doc.token(after + 1, endsIn: "ing", minLength: 5, anyCase: false)
            && speechVerbs.longest(toks[..<hi], from: after + 1) != nil
    }

    let pressNouns: TokenKeySet
    /// "Acme analysts Jane Roe said": the nouns of `firmOfAnalysts` (the mention finder's list).
    let analystNouns: TokenKeySet
    static let kAdding = Tokenizer.key("adding")
    /// After an attribution ending before `after`: ", adding (that) MORE" within a few words (the addressee, the
    /// setting: "told a regular briefing on Monday, adding that …"), outside quotes: MORE's tokens.
    func addedClause(_ doc: Document, after: Int, hi: Int, inQuote: [Bool]) -> Range<Int>? {
        let toks = doc.tokens
        let boundaries = eventWords.boundaries
        var j = after
        while j < hi, j < after + 8, !inQuote[j], toks[j].key != ClaimExtractor.kComma, !boundaries.contains(toks[j].key) { j += 1 }
        guard j + 2 < hi, toks[j].key == ClaimExtractor.kComma, toks[j + 1].key == ClaimExtractor.kAdding else { return nil }
        var c = j + 2
        if toks[c].key == ClaimExtractor.kThat { c += 1 }
        guard hi - c >= 4, !(c..<hi).contains(where: { inQuote[$0] }) || toks[c].isQuote else { return nil }
        return c..<hi
    }

    /// The actor named at the start of the sentence ("the envoy criticized …, adding that").
    func sentenceSubject(_ doc: Document, _ found: MentionFinder.Result, _ s: Sentence) -> String? {
        let lo = afterDateline(doc, s)
        return found.mentions.first(where: { $0.tokens.lowerBound <= lo + 1 && $0.tokens.lowerBound >= lo && $0.kind == .name })?.actor
    }

    /// The first token after a dateline opening sentence `s` ("DUBAI/CAIRO, June 2 (Reuters) - …", "SEOUL, May 20
    /// (Yonhap) -- …"): a dash within a few tokens, after capitalized words, numbers and punctuation only, closing a
    /// bracket or a date; the sentence's first token when there is none. (The dateline's city is no subject.)
    func afterDateline(_ doc: Document, _ s: Sentence) -> Int {
        let toks = doc.tokens
        let lo = s.tokens.lowerBound
        for d in lo..<min(s.tokens.upperBound, lo + 16) {
            let t = doc.text(token: d)
            if t == "-" || t == "--" || t == "\u{2014}" || t == "\u{2013}" {
                guard d > lo + 1, toks[d - 1].key == ClaimExtractor.kCloseParen || toks[d - 1].flags.contains(.number) else { return lo }
                return d + 1 < s.tokens.upperBound ? d + 1 : lo
            }
            if toks[d].isWord, !toks[d].isCapitalized, !toks[d].flags.contains(.number) { return lo }
        }
        return lo
    }

    func trimmed(_ doc: Document, _ r: Range<Int>) -> String {
        var lo = r.lowerBound, hi = r.upperBound
        while hi > lo, let last = Optional(doc.tokens[hi - 1]), !last.isWord && !last.isQuote { hi -= 1 }
        while lo < hi, doc.tokens[lo].key == ClaimExtractor.kComma { lo += 1 }
        return doc.text(tokens: lo..<hi)
    }

    func makeClaim(_ doc: Document, _ found: MentionFinder.Result, _ article: Article, _ dates: [TimeExpression], _ events: [Event], _ rules: RuleCache, _ texts: SentenceTexts,
                   speaker: String, text: String, verb: String, sentences: ClosedRange<Int>, contentTokens: [Range<Int>],
                   attribution: Range<Int>?, kind: String) -> Claim {
        let first = doc.sentences[sentences.lowerBound], last = doc.sentences[sentences.upperBound]
        // (one sentence's text is the article's, made once: an event or another claim may cite it too)
        let sentText = sentences.count == 1 ? texts.text(doc, sentences.lowerBound) : doc.text(first.start, last.end)
        let headline = doc.isHeadline(first)
        let ev = Evidence(article: article.id, path: article.path, sentence: sentText,
                          start: headline ? first.start : first.start - doc.bodyStart + article.bodyOffset,
                          end: headline ? last.end : last.end - doc.bodyStart + article.bodyOffset,
                          // (a quote's rule names no verb: its attribution may be none, the previous speaker's)
                          rule: kind == "quote" ? "claim.quote" : rules.rule("claim.", kind, detail: verb))
        // date: a time expression outside the quoted words (the attribution's "said Tuesday"), else the article date
        var date: PartialDate? = nil
        let contentBytes = contentTokens.map { doc.tokens[$0.lowerBound].start..<doc.tokens[$0.upperBound - 1].end }
        for d in dates where d.start >= first.start && d.end <= last.end && !contentBytes.contains(where: { $0.contains(d.start) }) {
            // "On Monday jets struck the port, which the rebels said killed ten": a date before the relative
            // clause that holds the attribution is the main clause's
            // (nor one in a relative clause after it: "said X, who became minister in 2004")
            if let a = attribution, a.lowerBound < doc.tokens.count, d.end <= doc.tokens[a.lowerBound].start,
               (doc.firstToken(startingAtOrAfter: d.end)..<a.lowerBound).contains(where: { Self.relativizers.contains(doc.tokens[$0].key) }) { continue }
            if let a = attribution, a.upperBound > 0, a.upperBound <= doc.tokens.count, d.start >= doc.tokens[a.upperBound - 1].end,
               (a.upperBound..<doc.firstToken(startingAtOrAfter: d.start)).contains(where: { Self.relativizers.contains(doc.tokens[$0].key) }) { continue }
            // ("its biggest fall since 2020": a span's start is no time of the telling)
            let i = doc.firstToken(startingAtOrAfter: d.start)
            if i < doc.tokens.count, doc.tokens[i].key == eventWords.kSince || i > 0 && doc.tokens[i - 1].key == eventWords.kSince { continue }
            date = d.value; break
        }
        // "urged X on Sunday to …", "named X on Monday for …", "said on March 3 it had …": a date
        // among the first words of what was said, before its verb or clause, is the telling's
        if date == nil, kind == "reported", let c = contentTokens.first, !c.isEmpty {
            let head = doc.tokens[c.lowerBound].start
            let limit = doc.tokens[min(c.upperBound, c.lowerBound + 6) - 1].end
            if let d = dates.first(where: { $0.start >= head && $0.end <= limit && $0.isResolved }),
               d.kind == .weekday || d.kind == .absolute && d.value.day != nil {
                let next = doc.firstToken(startingAtOrAfter: d.end)
                if d.start == head || next < c.upperBound && Self.tellingTail.contains(doc.tokens[next].key) { date = d.value }
            }
        }
        if date == nil { date = article.date }
        var about: [String] = []
        let ms = found.mentions
        for k in Self.mentionIndices(ms, sorted: found.sortedByStart, startingIn: contentBytes) where contentBytes.contains(where: { $0.contains(ms[k].start) }) && ms[k].actor != speaker {
            if !about.contains(ms[k].actor) { about.append(ms[k].actor) }
        }
        let stance = stance(of: verb)
        // (an argument's evidence from another sentence, `discourse.*`, tells where the argument was named, not the event)
        let asserts = events.indices.filter { i in events[i].evidence.contains { e in e.start >= ev.start && e.end <= ev.end && !Evidence.isContext(e.rule) } }
        var claim = Claim(speaker: speaker, text: text, date: date, about: about, stance: stance, kind: kind, evidence: [ev], asserts: asserts)
        claim.firstSentence = sentences.lowerBound
        claim.lastSentence = sentences.upperBound
        return claim
    }

    /// The indices of `ms` that may start inside one of `ranges`, in order: mentions `sorted` by start (as
    /// the finder gives them) are bounded by a binary search (a claim's words are a few sentences of a long
    /// article); unsorted mentions are all candidates.
    static func mentionIndices(_ ms: [Mention], sorted: Bool, startingIn ranges: [Range<Int>]) -> Range<Int> {
        guard sorted, let lo = ranges.lazy.map(\.lowerBound).min(), let hi = ranges.lazy.map(\.upperBound).max() else { return ms.indices }
        let first = ms.partitionPoint { $0.start >= lo }
        return first..<max(first, ms.partitionPoint { $0.start >= hi })
    }

    /// One claim per attribution: the same speaker saying the same words twice (a lead repeated) is one claim.
    static func merge(_ claims: [Claim]) -> [Claim] {
        // the same words from the same speaker twice (a lead repeated further down) are one claim
        var out: [Claim] = []
        // (a claim's folded text, worked out once a claim of the same speaker is compared with it: most
        // speakers say one thing, and their claims need none)
        var keys: [String?] = []
        // (room for all at once: grown one claim at a time, both were reallocated and copied over and over)
        out.reserveCapacity(claims.count)
        keys.reserveCapacity(claims.count)
        func fold(_ text: String) -> String { var t = text; return t.withUTF8 { TextArticleReader.foldKey($0) } }
        for c in claims {
            var key: String? = nil
            var match: Int? = nil
            // (keys are folded bytes of one article's text: the same words are the same bytes)
            for j in out.indices where out[j].speaker == c.speaker {
                let other = keys[j] ?? fold(out[j].text)
                keys[j] = other
                let mine = key ?? fold(c.text)
                key = mine
                if utf8Contains(other, mine) || utf8Contains(mine, other) { match = j; break }
            }
            if let j = match, let key {
                if key.count > keys[j]!.count { out[j].text = c.text; keys[j] = key }
                out[j].evidence.append(contentsOf: c.evidence)
            } else {
                out.append(c)
                keys.append(key)
            }
        }
        return out
    }
}
