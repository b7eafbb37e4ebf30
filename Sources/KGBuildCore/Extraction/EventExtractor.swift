/// Finds typed events: a trigger from the ontology, its sentence's context, and arguments placed in
/// roles by the trigger's frame (subject, object, possessor, prepositions; passive voice swaps subject
/// and object). Negated and hypothetical mentions are dropped; reported and planned ones are flagged.
/// (A class: as a struct, each closure of `event` that called a method captured a copy of it, retaining
/// and releasing every field.)
public final class EventExtractor: Sendable {
    /// "said on Twitter", "told state television RTI": the words before an outlet a statement went out on.
    static let kOn = Tokenizer.key("on"), kTold = Tokenizer.key("told")
    public let lexicon: Lexicon

    /// By event type index: whether the discourse pass reads events of the type (Discourse.swift): those that
    /// judge events or are failed talks.
    let anaphoraTypes: [Bool]
    /// By event type index: whether it is an armed attack (`armed_attack`).
    let armedTypeFlags: [Bool]
    /// Event type name → its index in the ontology's list: an event carries its type by name.
    let typeIndex: [String: Int]
    /// Seats of government → their city's place id: "talks in the Kremlin" took place in Moscow.
    let seatPlaces: [String: String]

    /// What `merge` reads of the types: their lead roles, the other side of a deal, and which are two-sided.
    let mergeRules: MergeRules
    /// Event type → its first role (supplier, attacker, accuser…): the actor that makes two mentions one event.
    var leadRoles: [String: String] { mergeRules.leadRoles }
    /// `leadRoles` of the types that judge events (`judges_events`): who criticises or accuses.
    let judgeRoles: [String: String]
    /// People who hold an envoy's or mediator's title of an international body (a title of the ontology with an
    /// `org`, words of `envoy_titles`: "UN Syria envoy"): named among the parties of talks, they mediate them.
    let bodyEnvoys: Set<String>
    /// Bodies of states: the ontology's organizations of no state (the UN, the AU, the OSCE…), who mediate the talks
    /// they stop or sit at beside two sides.
    let bodiesOfStates: Set<String>
    /// The types with a `mediator` role.
    let mediatedTypes: Set<String>
    /// The types by their flags of the core types' grammar (ontology/README.md, "Event type flags"): `armed_attack`,
    /// `foiled_attack`, `failed_talks` (`meeting`: `mergeRules.meetings`).
    let armedTypes: Set<String>, foiledTypes: Set<String>, failedTalksTypes: Set<String>

    /// The "weapons" context (nouns used as modifiers: "attack helicopters"), looked up once.
    let weapons: PhraseTrie<Bool>?
    /// The "negotiation_words" and "attack_words" contexts, looked up once.
    let negotiationWords: PhraseTrie<Bool>?
    let attackWords: PhraseTrie<Bool>?
    /// The "state_sites" context: sites of a state's forces ("military base", "police station"), see `targetBySite`.
    let stateSites: PhraseTrie<Bool>?
    /// The "deployed_force_words" context: a state's own forces it sends somewhere ("two destroyers", "troops").
    let deployedForces: PhraseTrie<Bool>?
    /// Each trigger's definitions, by event type and trigger index.
    let triggerInfos: [[TriggerInfo]]
    let contexts: Contexts
    /// The word lists, held by the extractor (see `Words`).
    let words: Words
    let modalityWords: ModalityWords
    /// The discourse rules' word lists (Discourse.swift).
    let discourseWords: DiscourseWords
    /// The words of a story's negotiation frame (TalksFrame.swift).
    let frameWords: FrameWords

    /// What `event` reads of one trigger and its event type, in one object: copying the ontology's structs
    /// for each candidate trigger retained and released all their fields. The type tests are worked out once.
    final class TriggerInfo: Sendable {
        let def: EventTypeDefinition
        let trig: TriggerDefinition
        /// The cancelling words as token keys.
        let notBefore: TokenKeySet
        let notAfter: FollowingPhrases
        /// The frame's roles for the fixed slots (the trigger's frame over its event type's), looked up once
        /// here rather than hashed per candidate.
        let subjectRole, objectRole, possessorRole, betweenRole, callerRole, reporterRole: String?
        /// `speaker`: the reporter of a judgment that needs no actor of its own ("X said the new outposts
        /// undermine the truce"); read as `reporter`, without the test that someone is judged.
        let speakerRole: String?
        /// The frame's roles for prepositions, by the preposition's token key: a slot was the preposition's
        /// text, lowercased (a String made per argument) and then hashed into the frame.
        let prepRoles: TokenKeyMap<String>
        /// Whether the trigger's own frame names a subject slot (an adjective: "deeply concerned about").
        let ownFrameHasSubject: Bool
        /// The event type's role types as a short list: role names are small strings, compared in a
        /// word or two, where the dictionary hashed each one.
        let roleTypes: [(role: String, allowed: [String])]
        /// The type's flags of the core types' own grammar ("an attack plot", "a visit"): `armed_attack`, `forcible` (or
        /// `armed_attack`), `foiled_attack`, `meeting`, `weapons_transfer` (ontology/README.md, "Event type flags").
        let isAttack, isAttackOrSeizure, isAttackThwarted, isMeeting, isArmsTransfer: Bool
        /// The type's flags (ontology/README.md, "Event type flags"): `failed_talks`, `talks`, `judges_events`,
        /// `physical`, `pair_phrase`; a user's type that sets one is read as the built-in types that do.
        let isFailedTalks, isTalks, judgesEvents, isPhysical, isPairPhrase: Bool
        let hasMediator: Bool
        /// The trigger's `requires` and `unless` contexts as indexes of `Contexts` (nil: a name the lexicon lacks).
        let requiresContext: Int?
        let unlessContexts: [Int?]
        /// The trigger's `object_words` lexicon as an index of `Contexts` (nil: none, or a name the lexicon lacks).
        let objectWords: Int?

        init(_ t: EventTypeDefinition, _ trig: TriggerDefinition, _ contexts: Contexts) {
            def = t
            self.trig = trig
            requiresContext = trig.requires.flatMap { contexts.index[$0] }
            unlessContexts = trig.unless.map { contexts.index[$0] }
            objectWords = trig.objectWords.flatMap { contexts.index[$0] }
            notBefore = TokenKeySet(words: trig.notBefore)
            notAfter = FollowingPhrases(trig.notAfter.map { Tokenizer.keys($0) })
            let frame = t.frame.merging(trig.frame, uniquingKeysWith: { _, b in b })
            subjectRole = frame["subject"] ?? nil
            objectRole = frame["object"] ?? nil
            possessorRole = frame["possessor"] ?? nil
            betweenRole = frame["between"] ?? nil
            callerRole = frame["caller"] ?? nil
            reporterRole = frame["reporter"] ?? nil
            speakerRole = frame["speaker"] ?? nil
            // (a preposition's slot was its text lowercased: only names in lower-case ASCII letters could match
            // it, and those are equal exactly when their keys are)
            var preps = TokenKeyMap<String>()
            for (slot, role) in frame {
                guard let role, !slot.isEmpty, slot.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
                preps[Tokenizer.key(slot)] = role
            }
            prepRoles = preps
            ownFrameHasSubject = trig.frame["subject"] != nil
            roleTypes = t.roleTypes.map { ($0.key, $0.value) }
            isAttack = t.armedAttack
            isAttackOrSeizure = t.forcible || t.armedAttack
            isAttackThwarted = t.foiledAttack
            isMeeting = t.meeting
            isArmsTransfer = t.weaponsTransfer
            isFailedTalks = t.failedTalks
            isTalks = t.talks
            judgesEvents = t.judgesEvents
            isPhysical = t.physical
            isPairPhrase = t.pairPhrase
            hasMediator = t.roles.contains("mediator")
        }

        /// The actor types role `r` accepts, if the ontology restricts them.
        func allowedTypes(_ r: String) -> [String]? { roleTypes.first { $0.role == r }?.allowed }
    }

    /// The extractor's word lists as token keys. The grammar (prepositions, pronouns, auxiliaries) is written
    /// here; the vocabulary, declared without a value, is the lexicon's (`lexicon/words.yaml`, which a user's
    /// ontology extends), named in `init`. An extractor holds one instance (`words`): each read of a static
    /// constant costs a `swift_once` call in the loops.
    final class Words: Sendable {
        init(_ lexicon: Lexicon) {
            negators = lexicon.words("negators")
            hypothetical = lexicon.words("hypothetical_words")
            planned = lexicon.words("planned_words")
            reported = lexicon.words("reported_words")
            alleged = lexicon.words("alleged_words")
            chargeVerbs = lexicon.words("charge_verbs")
            cancelParticiples = lexicon.words("cancel_participles")
            supportNouns = lexicon.words("support_nouns")
            placeNouns = lexicon.words("place_nouns")
            subjectCues = lexicon.words("subject_cues")
            kLed = lexicon.words("agent_participles")
            stanceVerbs = lexicon.words("stance_verbs")
            verdictVerbs = lexicon.words("verdict_verbs")
            rejectionVerbs = lexicon.words("rejection_verbs")
            chargeNouns = lexicon.words("charge_nouns")
            makerParticiples = lexicon.words("maker_participles")
            buyerParticiples = lexicon.words("buyer_participles")
            whatSaid = lexicon.words("what_said_verbs")
            originWords = lexicon.words("origin_words")
            approvals = lexicon.words("approval_verbs")
            reciprocalVerbs = lexicon.words("reciprocal_verbs")
            arrivals = lexicon.words("arrival_verbs")
            ownForces = lexicon.words("own_force_words")
            forceHeads = lexicon.words("force_nouns")
            governmentForces = lexicon.words("government_force_nouns")
            requestVerbs = lexicon.words("request_verbs")
            urging = lexicon.words("urging_verbs")
            conditionNouns = lexicon.words("condition_words")
            hypotheticalAfter = lexicon.words("hypothetical_after")
            plannedAfter = lexicon.words("planned_after")
            sayingWords = lexicon.words("saying_participles")
            falseFriends = lexicon.words("false_friends")
            beginWords = lexicon.words("begin_words")
            foiling = lexicon.words("foiling_verbs")
            munitionCounts = lexicon.words("munition_counts")
            afterMunition = lexicon.words("munition_followers")
            plotting = lexicon.words("plotting_words")
            titleWords = lexicon.words("title_words")
            claimedObjects = lexicon.words("claimed_objects")
            prohibitions = lexicon.words("prohibition_verbs")
            remarkNouns = lexicon.words("remark_nouns")
            memberNouns = lexicon.words("member_nouns")
            affiliation = lexicon.words("affiliation_words")
            ownStateNouns = lexicon.words("own_state_nouns")
            counterparts = lexicon.words("counterpart_nouns")
            speakingVerbs = lexicon.words("speaking_verbs")
            namingVerbs = lexicon.words("naming_verbs")
            judgedActs = lexicon.words("judged_act_nouns")
            holdingVerbs = lexicon.words("holding_verbs")
            blameVerbs = lexicon.words("blame_verbs")
            tieParticiples = lexicon.words("tied_participles")
            proposalNouns = lexicon.words("proposal_nouns")
            firstPerson = lexicon.words("first_person_words")
            peopleNouns = lexicon.words("people_nouns")
            hostVerbs = lexicon.words("host_verbs")
            apartWords = lexicon.words("apart_words")
            pairNouns = lexicon.words("pair_nouns")
            warnings = lexicon.words("warning_verbs")
            killWords = lexicon.words("kill_words")
            woundWords = lexicon.words("wound_words")
            mediating = lexicon.words("mediating_participles")
            mediators = lexicon.words("mediator_nouns")
            fighterWords = lexicon.words("fighter_words")
            cessationVerbs = lexicon.words("cessation_verbs")
            demandAddressees = lexicon.words("demand_addressees")
            demandVerbs = lexicon.words("demand_verbs")
            asNotClause = lexicon.words("as_not_clause")
        }
        let boundaries = TokenKeySet(words: [".", ";", ":", "that", "which", "who", "whom", "whose", "but", "while", "whereas", "because", "although", "though", "if", "unless", "when", "where", "?", "!", "—"])
        let beForms = TokenKeySet(words: ["is", "are", "was", "were", "be", "been", "being", "'s"])
        let adverbs = TokenKeySet(words: ["already", "also", "reportedly", "allegedly", "successfully", "recently", "repeatedly", "previously", "been", "not", "never", "just", "now", "being", "all", "since", "jointly"])
        /// Adverbs that may stand between a subject and its verb ("China firmly opposes", "X again accused Y"),
        /// besides the lower-case -ly words (`isAdverb`).
        let subjectAdverbs = TokenKeySet(words: ["also", "again", "already", "still", "now", "just", "once", "further", "even", "jointly",
            "reportedly", "allegedly", "strongly", "firmly", "repeatedly", "previously", "recently", "then", "later", "earlier", "soon"])
        /// Lower-case words in -ly that are no adverbs ("the daily said", "a rally", "an ally").
        let lyNonAdverbs = TokenKeySet(words: ["daily", "weekly", "monthly", "quarterly", "yearly", "hourly", "nightly", "family",
            "assembly", "supply", "rally", "reply", "anomaly", "monopoly", "belly", "bully", "folly", "holy", "jelly", "italy", "july",
            "ugly", "silly", "lonely", "lovely", "friendly", "unfriendly", "elderly", "likely", "unlikely", "costly", "deadly", "orderly",
            "early", "homily", "comply", "apply", "multiply", "imply", "fly", "ally"])
        /// "firmly", "strongly", "reportedly": an adverb of the list, or a lower-case word of five letters or more
        /// ending in -ly that is not one of the nouns, verbs and adjectives so spelled.
        func isAdverb(_ doc: Document, _ k: Int) -> Bool {
            let t = doc.tokens[k]
            if subjectAdverbs.contains(t.key) { return true }
            guard t.isWord, !t.isCapitalized, t.end - t.start >= 5, doc.bytes[t.end - 1] == 0x79, doc.bytes[t.end - 2] == 0x6C else { return false }
            return !lyNonAdverbs.contains(t.key)
        }
        let fighterWords: TokenKeySet
        /// Past participles not in -ed that open a reduced relative clause after a noun ("a deal struck in May").
        let irregularParticiples = TokenKeySet(words: ["struck", "made", "won", "drawn", "written", "sold", "bought", "given", "taken", "set", "reached", "signed"])
        /// Prepositions that put a noun outside the act told beside it: "delivered under a contract", "as part of
        /// a deal", "following an agreement".
        let frameworkPreps = TokenKeySet(words: ["under", "following", "after", "pursuant", "per", "within", "part"])
        /// "under a contract signed in 2022", "as part of a deal reached in May": the noun trigger at `at`..<`end`
        /// stands in a framework phrase and a participle clause of its own follows it (which its date belongs to).
        func subordinateNoun(_ doc: Document, _ at: Int, _ end: Int, lo: Int, hi: Int) -> Bool {
            guard end < hi, isParticiple(doc, end, irregular: irregularParticiples, minLength: 5, anyCase: false) else { return false }
            var j = at - 1
            while j >= lo, j >= at - 4 {
                let key = doc.tokens[j].key
                if frameworkPreps.contains(key) { return true }
                if key == kOf, j > lo, doc.tokens[j - 1].key == kPart { return true }
                if preps.contains(key) || boundaries.contains(key) || key == kComma { return false }
                j -= 1
            }
            return false
        }
        let kPart = Tokenizer.key("part")
        /// "a contract signed in 2022", "strikes carried out by X": the word at k is a lower-case past participle,
        /// a word of `irregular` or `also` or one in "-ed" of at least `minLength` bytes (`anyCase`: "-ED" too).
        /// A reduced relative clause wants a longer, small-letter "-ed" than an agent before "by" does.
        func isParticiple(_ doc: Document, _ k: Int, irregular: TokenKeySet, also: TokenKeySet? = nil, minLength: Int, anyCase: Bool) -> Bool {
            let t = doc.tokens[k]
            guard t.isWord, !t.isCapitalized else { return false }
            if irregular.contains(t.key) || also?.contains(t.key) == true { return true }
            return doc.token(k, endsIn: "ed", minLength: minLength, anyCase: anyCase)
        }
        let negatingParticles = TokenKeySet(words: ["not", "n't", "never", "no", "neither", "nor", "without"])
        let negators: TokenKeySet
        let hypothetical: TokenKeySet
        let planned: TokenKeySet
        let reported: TokenKeySet
        let alleged: TokenKeySet
        let chargeVerbs: TokenKeySet
        let cancelParticiples: TokenKeySet
        let kCalled = Tokenizer.key("called"), kOff = Tokenizer.key("off")
        let preps = TokenKeySet(words: ["to", "from", "with", "against", "on", "by", "between", "of", "for", "via", "through", "at", "over", "into", "in", "near", "outside", "within", "and",
            // (topics: "talks with A regarding B's tariffs" names B in no role the frame gives "about")
            "about", "regarding", "concerning"])
        let inDuring = TokenKeySet(words: ["in", "during"])
        /// Words after a trigger that open another situation ("talks faltered amid protests staged by X") or deny
        /// what follows ("the raids did not hit X"): no more arguments past them.
        let argumentStops = TokenKeySet(words: ["amid", "despite", "not", "never", "n't"])
        /// "in support of X", "in aid of X", "in defence of X": X is who the act is for.
        let supportNouns: TokenKeySet
        let placePreps = TokenKeySet(words: ["in", "near", "at", "outside", "into", "across", "around", "over"])
        /// The prepositions of a clause's object or side ("launched drones at X", "a donor to X"): a name after one is
        /// no subject of a participle that follows the clause.
        let objectPreps = TokenKeySet(words: ["at", "on", "upon", "against", "into", "to", "toward", "towards", "from", "with", "for"])
        /// "the town of X": nouns that introduce a place's name (the mention finder's list).
        let placeNouns: TokenKeySet
        /// Words after which a noun trigger takes its clause's subject: light verbs ("launched an air strike",
        /// "held talks"), verbs of travel and payment ("arrived for talks", "paid a visit"), particles of
        /// phrasal verbs ("carried out", "stepped up") and "during/after/at" ("said during talks"). They also
        /// stop the look back for a possessor ("Russia launched air strikes": Russia is the subject).
        let subjectCues: TokenKeySet
        let kAnd = Tokenizer.key("and"), kComma = Tokenizer.key(","), kBy = Tokenizer.key("by"), kBetween = Tokenizer.key("between")
        let kBut = Tokenizer.key("but")
        let kOpenParen = Tokenizer.key("("), kCloseParen = Tokenizer.key(")")
        let kLed: TokenKeySet
        let kHyphen = Tokenizer.key("-")
        let kWould = Tokenizer.key("would")
        let kSince = Tokenizer.key("since")
        let kAn = Tokenizer.key("an"), kApostropheS = Tokenizer.key("'s")
        let kIt = Tokenizer.key("it")
        let kIf = Tokenizer.key("if"), kUnless = Tokenizer.key("unless")
        let kA = Tokenizer.key("a"), kThe = Tokenizer.key("the"), kOf = Tokenizer.key("of"), kThat = Tokenizer.key("that")
        let kBehalf = Tokenizer.key("behalf")
        let particles = TokenKeySet(words: ["out", "up", "off"])
        /// "the al-Qaida-linked Nusra Front": a body another is tied to, named before the other's name.
        let tieParticiples: TokenKeySet
        let kAccording = Tokenizer.key("according")
        let kBased = Tokenizer.key("based"), kEach = Tokenizer.key("each"), kOther = Tokenizer.key("other"), kAnother = Tokenizer.key("another"), kOne = Tokenizer.key("one")
        let kIn = Tokenizer.key("in"), kHeld = Tokenizer.key("held"), kTo = Tokenizer.key("to"), kVisit = Tokenizer.key("visit")
        let kWith = Tokenizer.key("with"), kWhat = Tokenizer.key("what"), kAt = Tokenizer.key("at"), kDuring = Tokenizer.key("during")
        /// (`MentionFinder.kFor` held here: a static's every read called its initializer's check)
        let kFor = MentionFinder.kFor
        /// "Guterres condemned air strikes on civilians": a verb of judging before an event noun stops the look back
        /// for the clause's subject (who condemns or denies strikes did not carry them out).
        let stanceVerbs: TokenKeySet
        /// Verbs that pass a verdict on a charge ("called the allegations groundless", "rejected the claims as
        /// fabricated"), in their inflected forms; the first group needs its verdict after the object.
        let verdictVerbs: TokenKeySet
        let rejectionVerbs: TokenKeySet
        /// "a claim the army rejected": what one side asserts and another disputes.
        let chargeNouns: TokenKeySet
        /// "a submarine built by China": participles whose agent makes the weapons (their supplier).
        let makerParticiples: TokenKeySet
        /// "the ships ordered by Russia": participles whose agent gets the weapons (their recipient).
        let buyerParticiples: TokenKeySet
        /// "struck what Ankara said were PKK hideouts": verbs of a clause that says what the object was.
        let whatSaid: TokenKeySet
        /// "a suspect born in 2001", "a group founded in 2009": a year of origin dates no event.
        let originWords: TokenKeySet
        let tentative = TokenKeySet(words: ["possible", "potential"])
        let approvals: TokenKeySet
        let reciprocalVerbs: TokenKeySet
        let arrivals: TokenKeySet
        let anaphoric = TokenKeySet(words: ["this", "these", "those", "such"])
        let personPronouns = TokenKeySet(words: ["he", "she"])
        /// "condemned what it called …": the pronouns that tell who said what the object was.
        let whatPronouns = TokenKeySet(words: ["it", "he", "she", "they", "we"])
        /// "rejected a Chinese proposal for talks": what a state offers when it proposes talks.
        let proposalNouns: TokenKeySet
        /// "Hezbollah said it had fired rockets": after a verb of saying, these stand for the speaker.
        let speakerPronouns = TokenKeySet(words: ["it", "they"])
        /// A time of the telling between a verb of saying and its clause: "said on Tuesday it had …".
        let saidGap = TokenKeySet(words: ["on", "late", "early", "last", "this", "night", "morning", "afternoon", "evening", "yesterday", "today",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
        /// "The Interior Ministry said security forces had foiled a plot": a bare subject of these words (with
        /// auxiliaries) names the reporting body's own men.
        let ownForces: TokenKeySet
        let forceHeads: TokenKeySet
        /// "troops", "soldiers", "forces": after a nationality, a state's armed men.
        let governmentForces: TokenKeySet
        /// The words after which "as" names a role or an instance, not a clause ("such as", "known as").
        let asNotClause: TokenKeySet
        let kAs = Tokenizer.key("as")
        /// "the UN extended the mandate of its peacekeeping force": before a noun of a physical act, these
        /// stand for the clause's subject ("its commitment" names an attitude, not an act).
        let possessivePronouns = TokenKeySet(words: ["its", "their"])
        let innerPreps = TokenKeySet(words: ["from", "of", "in"])
        let requestVerbs: TokenKeySet
        /// "pressed Pakistan to stop militants": verbs that ask an act of someone through an infinitive
        let urging: TokenKeySet
        /// "urged Rwanda to withdraw", "called on the government to halt": what a demand that rebukes asks a party
        /// to stop, and the unnamed parties it may ask (`demandsStop`).
        let cessationVerbs: TokenKeySet, demandAddressees: TokenKeySet, demandVerbs: TokenKeySet
        /// "would sign a truce on condition that its neighbours stopped arming the rebels": what a condition
        /// ("condition that", "provided that") sets out has not happened
        let conditionNouns: TokenKeySet
        /// "would keep the field closed until the government paid salaries": the event an "until" waits for after a
        /// "would" or "will"
        let futureModals = TokenKeySet(words: ["would", "will", "'ll"])
        let kUntil = Tokenizer.key("until")
        /// Words before the head of a verb's object ("seized two explosive belts", "several rifles")
        let objectOpeners = TokenKeySet(words: ["a", "an", "the", "some", "several", "its", "their", "his", "her", "more"])
        /// Words that may follow the head of an object ("weapons and ammunition", "rifles in a raid")
        let objectClosers = TokenKeySet(words: ["and", "or", "of", "in", "from", "at", "on", "during", "near", "with", "to",
            "that", "which", "belonging", "hidden", "stored", "found", "after", "as"])
        let hypotheticalAfter: TokenKeySet
        let plannedAfter: TokenKeySet
        let rangeWords = TokenKeySet(words: ["through", "to", "until", "till", "-", "and"])
        let kState = Tokenizer.key("state"), kThis = Tokenizer.key("this"), kOn = Tokenizer.key("on")
        let relativeOpeners = TokenKeySet(words: ["that", "which", "who", "whom", "whose"])
        /// Words of a verb's group before it: "did not", "has also", "will".
        let auxiliaries = TokenKeySet(words: ["has", "have", "had", "did", "does", "do", "not", "n't", "never", "also", "will", "would", "could", "can", "may", "might", "should", "must", "later", "then"])
        /// The auxiliaries of the perfect: "… and has lodged a protest" opens a verb phrase, never a name
        let perfectAuxiliaries = TokenKeySet(words: ["has", "have", "had"])
        /// Participles that open what was said after an event: "blamed X, saying … last month"
        let sayingWords: TokenKeySet
        /// "is/are …ing": an arrangement in the present progressive ("is holding talks on Monday")
        let presentBe = TokenKeySet(words: ["is", "are"])
        /// Words in -ing that are no participle: "there is nothing on Monday"
        let notParticiples = TokenKeySet(words: ["nothing", "something", "anything", "everything", "morning", "evening", "during", "king", "thing", "ring", "spring", "wing", "string"])
        /// Words before "state" that make it a verb ("to state", "will state")
        let beforeVerb = TokenKeySet(words: ["to", "will", "would", "not", "also", "may", "might", "could"])
        /// Words that open a clause of another event after the trigger: "accused X this month of breaking the truce
        /// after shells hit a school in early May" (the date is the shelling's)
        let subordinators = TokenKeySet(words: ["after", "before", "until", "following"])
        /// Times of day a subordinator may take without opening a clause: "attacked before dawn on Monday"
        let timesOfDay = TokenKeySet(words: ["dawn", "dusk", "daybreak", "midnight", "noon", "sunrise", "sunset", "nightfall", "first"])
        let falseFriends: TokenKeySet
        let beginWords: TokenKeySet
        let foiling: TokenKeySet
        /// The words of a count before a fired munition ("more than 100", "a barrage of", "dozens of"): `countedObject`.
        let munitionCounts: TokenKeySet
        let kLeast = Tokenizer.key("least"), kUp = Tokenizer.key("up")
        /// Words that may follow the fired munition ("launched 30 drones overnight", "rockets that …"): no noun it modifies
        /// (`munition_followers` in words.yaml).
        let afterMunition: TokenKeySet
        let plotting: TokenKeySet
        let verbHosts = TokenKeySet(words: ["to", "will", "would", "can", "could", "may", "might", "should", "must", "did", "do", "does", "not", "n't", "never", "also", "and", "or", "they", "we", "i", "you", "jointly", "again", "regularly", "often", "routinely", "still", "cannot", "ca"])
        let titleWords: TokenKeySet
        /// Objects after which a reporting verb reports nothing: "claimed responsibility for the attack".
        let claimedObjects: TokenKeySet
        /// Relative pronouns that open a casualties clause after an attack noun ("a bombing that killed 20
        /// people in Lyon"): the clause still tells the attack's victims and place.
        let relatives = TokenKeySet(words: ["that", "which"])
        /// Words before a noun trigger that make it another event than one told before in its sentence.
        let otherEvent = TokenKeySet(words: ["separate", "another", "second", "new"])
        /// Participles of brokering ("talks brokered by X", "Angolan-mediated talks") and the nouns of those who
        /// broker ("Egyptian mediators").
        let mediating: TokenKeySet
        let mediators: TokenKeySet
        /// Words after "the meeting", "the talks" that give the noun participants or a date of its own: without
        /// them the definite noun names a meeting told before ("said after the meeting").
        let ownPhrase = TokenKeySet(words: ["with", "between", "among", "of", "on", "this", "next", "last"])
        /// "drills that will last until Nov. 24": the end of a span dates nothing in it.
        let spanEnds = TokenKeySet(words: ["until", "till"])
        /// "a day after", "two weeks before", "hours after": days per unit of the offset.
        let offsetUnits: TokenKeyMap<Int> = {
            var m = TokenKeyMap<Int>()
            for (w, d) in [("day", 1), ("days", 1), ("week", 7), ("weeks", 7), ("hour", 0), ("hours", 0)] { m[Tokenizer.key(w)] = d }
            return m
        }()
        let kAfter = Tokenizer.key("after"), kBefore = Tokenizer.key("before")
        /// "The announcement came a day after …": a remark, whose day is its speaker's, not the last day told.
        let remarkNouns: TokenKeySet
        /// Verbs that keep someone "from" an act: "banned X from buying arms".
        let prohibitions: TokenKeySet
        let kFrom = Tokenizer.key("from")
        /// People who act for the body their "of" names: "members of X", "fighters of X".
        let memberNouns: TokenKeySet
        /// Words before the preposition that names the body suspects belong to: "members of X", "linked to X",
        /// "affiliated with X", "on behalf of X" (Plotters.swift).
        let affiliation: TokenKeySet
        /// The prepositions after those words.
        let affiliationPreps = TokenKeySet(words: ["of", "to", "with"])
        /// "accused the government", "accused the army": nouns of a state's power that, named alone, are the judge's own
        /// state's (OwnState.swift).
        let ownStateNouns: TokenKeySet
        let kSlash = Tokenizer.key("/")
        /// "A and his Egyptian counterpart": the other side of a meeting, named by its state.
        let counterparts: TokenKeySet
        /// Verbs of speaking to someone, before "by phone": "told his counterpart X by phone".
        let speakingVerbs: TokenKeySet
        /// "called the drills a declaration of war": verbs that name a verdict (their subject voices it).
        let namingVerbs: TokenKeySet
        /// "called the move reckless": the deeds and stances a named-only verdict may judge.
        let judgedActs: TokenKeySet
        /// "call upon" (with "for", "on"): a naming verb followed by these names no verdict.
        let kUpon = Tokenizer.key("upon")
        /// "held Y responsible for the attack": the subject of these holds the one after them to account.
        let holdingVerbs: TokenKeySet
        /// "blamed the bombing on X", "blamed X for the attack": who the blame is laid on did the deed, by the one
        /// who lays it.
        let blameVerbs: TokenKeySet
        let kResponsible = Tokenizer.key("responsible"), kSemicolon = Tokenizer.key(";")
        /// "we", "our military": the speakers themselves as a clause's subject.
        let firstPerson: TokenKeySet
        /// Plural nouns of people that a nationality names: "European foreign ministers will meet".
        let peopleNouns: TokenKeySet
        let determiners = TokenKeySet(words: ["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"])
        let hostVerbs: TokenKeySet
        /// "In a separate attack", "Separately,", "another strike": an event other than those told before.
        let apartWords: TokenKeySet
        /// "both sides", "the two countries": a pair of parties named before.
        let pairNouns: TokenKeySet
        let kBoth = Tokenizer.key("both"), kTwo = Tokenizer.key("two")
        let warnings: TokenKeySet
        let warnedOf = TokenKeySet(words: ["of", "against", "about"])
        let killWords: TokenKeySet
        let woundWords: TokenKeySet
    }

    /// The word lists the modality loops test, as one table from a token key to a bit per list: each token
    /// was probed in up to six lists, one hash probe each.
    struct ModalityWords: Sendable {
        static let negator: UInt16 = 1 << 0, prohibition: UInt16 = 1 << 1, hypothetical: UInt16 = 1 << 2,
                   warning: UInt16 = 1 << 3, planned: UInt16 = 1 << 4, request: UInt16 = 1 << 5, boundary: UInt16 = 1 << 6,
                   hypotheticalAfter: UInt16 = 1 << 7, beForm: UInt16 = 1 << 8, plannedAfter: UInt16 = 1 << 9,
                   alleged: UInt16 = 1 << 10, reported: UInt16 = 1 << 11
        private var flags = TokenKeyMap<UInt16>(minimumCapacity: 128)

        init(_ w: Words) {
            for (bit, set) in [(Self.negator, w.negators), (Self.prohibition, w.prohibitions), (Self.hypothetical, w.hypothetical),
                               (Self.warning, w.warnings), (Self.planned, w.planned), (Self.request, w.requestVerbs),
                               (Self.boundary, w.boundaries), (Self.hypotheticalAfter, w.hypotheticalAfter),
                               (Self.beForm, w.beForms), (Self.plannedAfter, w.plannedAfter),
                               (Self.alleged, w.alleged), (Self.reported, w.reported)] {
                for k in set.keys { flags[k] = (flags[k] ?? 0) | bit }
            }
        }

        /// The bits of the lists that hold `key`.
        @inline(__always) subscript(_ key: UInt64) -> UInt16 { flags[key] ?? 0 }
    }

    /// The lexicon's tries read in loops, held by the extractor rather than fetched from the `Lexicon` object each time.
    let speechVerbs: PhraseTrie<Lexicon.VerbForm>
    let triggerTrie: PhraseTrie<Lexicon.TriggerEntry>

    /// Whether a sentence has a context's words, worked out once per sentence and context: the triggers of
    /// one sentence ask for the same few contexts.
    /// (A struct passed `inout`: as a class, each read and write of its fields was checked for exclusive access at run time.)
    struct SentenceMemo {
        /// By context index (`Contexts`): an integer compare where the context's name was compared.
        var answers: [(context: Int, has: Bool)] = []
        /// Whether the sentence has an alleged word and a reported word, once worked out.
        var reportingWords: (alleged: Bool, reported: Bool)? = nil
        /// The sentence's `casualties`, once worked out (every attack of the sentence reads them).
        var casualties: (killed: Int?, wounded: Int?)? = nil
        /// By context index, one bit each: whether a term of the context may start at one of the sentence's tokens
        /// (`Contexts.starts`), worked out in one pass at the sentence's first question. A context with no bit has no
        /// term in the sentence, and its trie is not walked from each token.
        var mayOccur: [UInt64] = []
        var mayOccurKnown = false

        /// Forgets the answers, for the next sentence.
        mutating func reset() {
            // (emptied only when it holds something: `removeAll` of an array of tuples is a call of its generic
            // `replaceSubrange`, made for every sentence and every token with a trigger, most with nothing to remove)
            if !answers.isEmpty { answers.removeAll(keepingCapacity: true) }
            reportingWords = nil
            casualties = nil
            mayOccurKnown = false
        }

        /// (both lists read in one probe of `ModalityWords` per token)
        mutating func reporting(_ flags: ModalityWords, _ tokens: ArraySlice<Token>) -> (alleged: Bool, reported: Bool) {
            if let r = reportingWords { return r }
            var r = (alleged: false, reported: false)
            tokens.withUnsafeBufferPointer { tp in
                for t in tp {
                    let f = flags[t.key]
                    if f & ModalityWords.alleged != 0 { r.alleged = true; break }
                    if f & ModalityWords.reported != 0 { r.reported = true }
                }
            }
            reportingWords = r
            return r
        }

        /// Whether the sentence has a term of context `c` (an index of `contexts`; nil, a name the lexicon
        /// lacks, is had, as `Lexicon.sentenceHas` answers).
        mutating func has(_ c: Int?, _ contexts: Contexts, _ tokens: ArraySlice<Token>) -> Bool {
            guard let c else { return true }
            if let a = answers.first(where: { $0.context == c }) { return a.has }
            if !mayOccurKnown {
                contexts.mayOccur(in: tokens, into: &mayOccur)
                mayOccurKnown = true
            }
            let h = mayOccur[c >> 6] & (1 << UInt64(c & 63)) != 0 && contexts.tries[c].occurs(in: tokens)
            answers.append((c, h))
            return h
        }

        /// `has` of a context named in the rules.
        mutating func has(_ context: String, _ contexts: Contexts, _ tokens: ArraySlice<Token>) -> Bool {
            has(contexts.index[context], contexts, tokens)
        }
    }

    /// The lexicon's contexts by index: the triggers' `requires` and `unless` names are looked up once
    /// (`TriggerInfo`), where each sentence's first question hashed the name into the lexicon's dictionary.
    final class Contexts: Sendable {
        let index: [String: Int]
        let tries: [PhraseTrie<Bool>]
        /// The contexts whose terms may start with a token key, as bits by context index: a row of `words`
        /// words of `startBits` per first key of some term, found by `starts`.
        let starts: TokenKeyMap<Int32>
        let startBits: [UInt64]
        let words: Int

        init(_ lexicon: Lexicon) {
            let names = lexicon.contexts.keys.sorted()
            index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            tries = names.map { lexicon.contexts[$0]! }
            words = (tries.count + 63) / 64
            var starts = TokenKeyMap<Int32>(minimumCapacity: 256)
            var bits: [UInt64] = []
            for (c, trie) in tries.enumerated() {
                for k in trie.firstKeys {
                    let row: Int
                    if let r = starts[k] { row = Int(r) } else {
                        row = bits.count / words
                        starts[k] = Int32(row)
                        bits.append(contentsOf: repeatElement(0, count: words))
                    }
                    bits[row * words + (c >> 6)] |= 1 << UInt64(c & 63)
                }
            }
            self.starts = starts
            startBits = bits
        }

        /// The contexts of which a term may start at one of `tokens` (one probe per token), as bits into `bits`:
        /// one without its bit has no term there (`PhraseTrie.occurs` matches a term from its first key).
        func mayOccur(in tokens: ArraySlice<Token>, into bits: inout [UInt64]) {
            if bits.count == words { for w in 0..<words { bits[w] = 0 } } else { bits = [UInt64](repeating: 0, count: words) }
            // (the tokens and rows read through buffers; up to 64 contexts, as the built-in lexicon has, the one
            // word of bits is kept in a local: the arrays' subscripts were checked and the word stored at each token)
            tokens.withUnsafeBufferPointer { tp in
                startBits.withUnsafeBufferPointer { sb in
                    if words == 1 {
                        var b: UInt64 = 0
                        for t in tp { if let r = starts[t.key] { b |= sb[Int(r)] } }
                        bits[0] = b
                        return
                    }
                    for t in tp {
                        guard let r = starts[t.key] else { continue }
                        let row = Int(r) * words
                        for w in 0..<words { bits[w] |= sb[row + w] }
                    }
                }
            }
        }
    }

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        words = Words(lexicon)
        modalityWords = ModalityWords(words)
        discourseWords = DiscourseWords(lexicon)
        frameWords = FrameWords(lexicon)
        weapons = lexicon.contexts["weapons"]
        speechVerbs = lexicon.speechVerbs
        triggerTrie = lexicon.triggers
        negotiationWords = lexicon.contexts["negotiation_words"]
        attackWords = lexicon.contexts["attack_words"]
        seatPlaces = MentionFinder.seatPlaces(lexicon.ontology).mapValues(\.id)
        stateSites = lexicon.contexts["state_sites"]
        deployedForces = lexicon.contexts["deployed_force_words"]
        let contexts = Contexts(lexicon)
        self.contexts = contexts
        triggerInfos = lexicon.ontology.eventTypes.map { t in t.triggers.map { TriggerInfo(t, $0, contexts) } }
        anaphoraTypes = lexicon.ontology.eventTypes.map { $0.judgesEvents || $0.failedTalks }
        armedTypeFlags = lexicon.ontology.eventTypes.map(\.armedAttack)
        typeIndex = Dictionary(lexicon.ontology.eventTypes.enumerated().map { ($1.type, $0) }, uniquingKeysWith: { a, _ in a })
        mergeRules = MergeRules(lexicon.ontology)
        armedTypes = Set(lexicon.ontology.eventTypes.filter(\.armedAttack).map(\.type))
        foiledTypes = Set(lexicon.ontology.eventTypes.filter(\.foiledAttack).map(\.type))
        failedTalksTypes = Set(lexicon.ontology.eventTypes.filter(\.failedTalks).map(\.type))
        judgeRoles = Dictionary(lexicon.ontology.eventTypes.compactMap { t in t.judgesEvents ? t.roles.first.map { (t.type, $0) } : nil },
                                uniquingKeysWith: { a, _ in a })
        let envoyWords = lexicon.words("envoy_titles")
        bodyEnvoys = Set(lexicon.ontology.actors.filter { a in
            a.type == "person" && a.titles.contains { t in t.org != nil && Tokenizer.keys(t.title).contains { envoyWords.contains($0) } }
        }.map { "actor:" + $0.id })
        bodiesOfStates = Set(lexicon.ontology.actors.filter { $0.type == "organization" && $0.country == nil }.map { "actor:" + $0.id })
        mediatedTypes = Set(lexicon.ontology.eventTypes.filter { $0.roles.contains("mediator") }.map(\.type))
    }


    /// Events of one article; `dates` are its time expressions (byte offsets into the document).
    public func extract(_ doc: Document, _ found: MentionFinder.Result, article: Article, dates: [TimeExpression]) -> [Event] {
        extract(doc, found, article: article, dates: dates, rules: RuleCache(), texts: SentenceTexts(count: doc.sentences.count))
    }

    /// The mentions of each sentence of an article, as slices of `found.mentions`: a copy retained and released
    /// every actor id. They are a run of `found.mentions` when they come in sentence order, as `find` gives them:
    /// bounded by binary search, not grouped into a dictionary of arrays per article.
    struct SentenceMentions {
        let all: [Mention]
        let ordered: Bool
        let grouped: [Int: [Int]]

        init(_ found: MentionFinder.Result) {
            let ms = found.mentions
            all = ms
            ordered = ms.indices.dropFirst().allSatisfy { ms[$0 - 1].sentence <= ms[$0].sentence }
            grouped = ordered ? [:] : Dictionary(grouping: ms.indices, by: { ms[$0].sentence })
        }

        /// The mentions of sentence `si`, in the order of `found.mentions`.
        subscript(_ si: Int) -> ArraySlice<Mention> {
            guard ordered else { return ArraySlice((grouped[si] ?? []).map { all[$0] }) }
            let lo = all.partitionPoint { $0.sentence >= si }
            return all[lo..<all[lo...].partitionPoint { $0.sentence > si }]
        }
    }

    /// `rules`: the evidence rules written so far on this thread; `texts`: the article's sentence texts.
    func extract(_ doc: Document, _ found: MentionFinder.Result, article: Article, dates: [TimeExpression], rules: RuleCache,
                 texts: SentenceTexts) -> [Event] {
        var events: [Event] = []
        /// Where each event of `events` was told, for the discourse pass, and whether one of them is of a type the
        /// pass reads (criticism, accusation, talks_stalled).
        var sites: [Site] = []
        var anaphoric = false
        /// How many events come from the headline (they come first).
        var headline = 0
        let triggers = triggerTrie
        // (time expressions in order of their start, as the matcher gives them, are bounded to a sentence's by
        // binary search: each candidate walked all of the article's)
        let datesSorted = dates.indices.dropFirst().allSatisfy { dates[$0 - 1].start <= dates[$0].start }
        let bySentence = SentenceMentions(found)
        // (tokens read through a buffer: `event` reads many, and the array's subscript is not inlined there)
        doc.tokens.withUnsafeBufferPointer { tp in
            // (one memo, emptied per sentence: its storage is kept)
            var memo = SentenceMemo()
            // (the trigger readings at a token and the event types done there, in arrays reused at every token)
            var hits: [(length: Int, payload: Lexicon.TriggerEntry)] = []
            var typesDone: [Int32] = []
            hits.reserveCapacity(8)
            typesDone.reserveCapacity(8)
            // (a sentence's readings, in one array emptied per sentence: made anew, it was allocated and grown
            // again in every sentence with an event)
            var inSentence: [(event: Event, isVerb: Bool, another: Bool, site: Site)] = []
            for (si, s) in doc.sentences.enumerated() {
                // (the sentence's mentions, copied out only once a trigger needs them: most sentences have none)
                var sentenceMentions: ArraySlice<Mention>? = nil
                var i = s.tokens.lowerBound
                if !inSentence.isEmpty { inSentence.removeAll(keepingCapacity: true) }   // (see `SentenceMemo.reset`)
                let sentenceTokens = doc.tokens[..<s.tokens.upperBound]
                memo.reset()
                while i < s.tokens.upperBound {
                    // (most tokens start no trigger: passed over on the filter, with no call and no empty array)
                    if !triggers.mayStart(tp[i].key) { i += 1; continue }
                    triggers.matches(sentenceTokens, from: i, into: &hits)
                    if hits.isEmpty { i += 1; continue }
                    let ms = sentenceMentions ?? bySentence[si]
                    sentenceMentions = ms
                    var consumed = 1
                    // (a trigger word has a few readings: a short array beats a hashed set)
                    if !typesDone.isEmpty { typesDone.removeAll(keepingCapacity: true) }
                    for h in hits where !typesDone.contains(h.payload.eventType) {
                        if let e = event(tp, doc, s, si, i, h.length, h.payload, ms, found, article, dates, datesSorted, &memo, texts, rules) {
                            // a noun after "the" ("the meeting") or after "the" and a name ("the Vienna meeting"), with
                            // nothing of its own after it, may name an event told before
                            let lo = s.tokens.lowerBound
                            let definite = i > lo && tp[i - 1].key == words.kThe
                            let namedDefinite = i > lo + 1 && tp[i - 2].key == words.kThe && tp[i - 1].isCapitalized && e.place != nil
                            let bare = i + h.length >= s.tokens.upperBound || !words.ownPhrase.contains(tp[i + h.length].key)
                            /// Whether an event of `type` was told before at `place` (anywhere when nil).
                            /// (`events` passed, not captured: a local function capturing it made every access to
                            /// it in this loop checked for exclusivity at run time)
                            func toldBefore(_ events: [Event], _ type: String, at place: String?) -> Bool {
                                events.contains { $0.type == type && (place == nil || $0.place == place) }
                            }
                            // "said after the meeting", "on the eve of the visit": a definite meeting noun with no
                            // participants or date of its own names a meeting told before, not a new one (or talks
                            // told as stalled: they were held); "the Vienna meeting" names the one told at that place
                            if h.payload.form == .noun || h.payload.form == .ing, mergeRules.meetings.contains(e.type),
                               definite || namedDefinite && toldBefore(events, e.type, at: e.place), bare,
                               events.contains(where: { mergeRules.meetings.contains($0.type) || failedTalksTypes.contains($0.type) }) || inSentence.contains(where: { mergeRules.meetings.contains($0.event.type) }) {
                                continue
                            }
                            // "condemned the attack", "after the bombings", "after the Magdeburg attack": a definite attack
                            // noun with nothing of its own after it refers to an attack told before (by its place, when a
                            // name stands before it), not a new one (but "claimed responsibility for the assault", "blamed
                            // X for the attack" name its attacker: the event stays for the merge)
                            if h.payload.form == .noun, armedTypes.contains(e.type), bare,
                               !((max(lo, i - 3)..<i).contains { tp[$0].key == words.kFor }),
                               definite || namedDefinite, toldBefore(events, e.type, at: e.place) {
                                continue
                            }
                            // "It was hosted by X", "It was hosted at the palace": a meeting's passive verb whose
                            // subject is the pronoun tells the meeting told before again, as "The meeting was chaired
                            // by X" does (a host is no participant; a place is the meeting's); a date of its own that
                            // differs makes it another meeting
                            if h.payload.form != .noun, mergeRules.meetings.contains(e.type), tp[s.tokens.lowerBound].key == words.kIt,
                               i > s.tokens.lowerBound + 1, isPassive(doc, i, s.tokens.lowerBound + 1),
                               (s.tokens.lowerBound + 1..<i).allSatisfy({ words.beForms.contains(tp[$0].key) || words.adverbs.contains(tp[$0].key) }),
                               let last = events.lastIndex(where: { $0.type == e.type }),
                               e.textDate == nil || events[last].textDate == nil || e.textDate == events[last].textDate {
                                if events[last].place == nil { events[last].place = e.place }
                                continue
                            }
                            // "The emir, who had hosted the delegations at a palace, offered …": a host verb whose object is a
                            // definite noun naming no one tells the meeting told before again, and the host takes part in it
                            if h.payload.form != .noun, mergeRules.meetings.contains(e.type), words.hostVerbs.contains(tp[i].key),
                               i + h.length + 1 < s.tokens.upperBound, tp[i + h.length].key == words.kThe,
                               !ms.contains(where: { $0.tokens.lowerBound > i + h.length && $0.tokens.lowerBound <= i + h.length + 3 }),
                               let last = events.lastIndex(where: { $0.type == e.type }),
                               e.textDate == nil || events[last].textDate == nil || e.textDate == events[last].textDate {
                                for a in e.arguments where !events[last].arguments.contains(where: { x in
                                    x.actor == a.actor || found.record(a.actor)?.country.map({ "actor:" + $0 }) == x.actor }) {
                                    events[last].arguments.append(a)
                                }
                                continue
                            }
                            // ("a separate meeting" is read as a noun and as the verb's -ing form)
                            // (not a noun put after a comma to say what the event told is: "hosted X and Y for talks, the
                            // second meeting of the two leaders this year")
                            let another = (max(s.tokens.lowerBound, i - 3)..<i).contains(where: { k in
                                words.otherEvent.contains(tp[k].key)
                                    && !(k >= s.tokens.lowerBound + 2 && tp[k - 1].key == words.kThe && tp[k - 2].key == words.kComma) })
                            inSentence.append((e, h.payload.form != .noun, another, Site(sentence: si, trigger: i, end: i + h.length)))
                            if anaphoraTypes[Int(h.payload.eventType)] { anaphoric = true }
                            typesDone.append(h.payload.eventType)
                            consumed = max(consumed, h.length)
                        }
                    }
                    i += consumed
                }
                // "talks in Jeddah stall", "talks between X and Y ended without agreement": the talks a failure is
                // told of are that failure's event, not a meeting of their own (a verb's "held talks" still is one)
                if let stall = inSentence.first(where: { failedTalksTypes.contains($0.event.type) })?.site.trigger {
                    inSentence.removeAll { !$0.isVerb && $0.site.trigger < stall && mergeRules.meetings.contains($0.event.type) }
                }
                // "signed a deal to buy jets from France": the verb says who gives and who gets; a noun of the
                // same type in the sentence ("deal") names the same event less precisely
                // (what the noun adds, its date or place or another argument, goes to the verb's event)
                // Within one sentence, mentions of one type are one event ("Syria was behind Tuesday's strikes
                // that targeted rebels"), the verb's reading first.
                // (kept events go straight into `events`, from `keptStart` on; the readings are walked by index, verbs
                // first, not filtered and joined into copies of every event)
                let keptStart = events.count
                for pass in 0..<2 {
                    for k in inSentence.indices where inSentence[k].isVerb == (pass == 0) {
                        let e = inSentence[k].event, isVerb = inSentence[k].isVerb
                        // ("a car bombing in Baghdad, while an air strike in Mosul …": a noun with a place of its own,
                        // not the other's, is another event)
                        // ("held a separate meeting with", "another attack on": the noun says it is another event)
                        // (and one dated otherwise: "due to visit Croatia on Wednesday … before a summit next Monday")
                        guard let v = (keptStart..<events.count).first(where: { events[$0].type == e.type
                                && (isVerb || (events[$0].place == nil || e.place == nil || events[$0].place == e.place)
                                    && (events[$0].textDate == nil || e.textDate == nil || events[$0].textDate == e.textDate)) }),
                              !inSentence[k].another else { events.append(e); sites.append(inSentence[k].site); continue }
                        // ("delivered jets under a contract signed in 2022": the date of a noun after the verb that its own
                        // participle clause dates is the noun's, not the delivery's)
                        let subordinate = !isVerb && words.subordinateNoun(doc, inSentence[k].site.trigger, inSentence[k].site.end, lo: s.tokens.lowerBound, hi: s.tokens.upperBound)
                            && inSentence.contains(where: { $0.isVerb && $0.event.type == e.type && $0.site.trigger < inSentence[k].site.trigger })
                        if events[v].dateSource != "text", e.dateSource == "text", !subordinate { events[v].date = e.date; events[v].dateSource = "text" }
                        if events[v].place == nil { events[v].place = e.place }
                        events[v].count = events[v].count ?? e.count
                        events[v].killed = events[v].killed ?? e.killed
                        events[v].wounded = events[v].wounded ?? e.wounded
                        for a in e.arguments where !events[v].arguments.contains(where: { $0.actor == a.actor }) { events[v].arguments.append(a) }
                    }
                }
                // "In a separate attack on Monday, a bomb struck …", "Separately, police foiled …", "another strike hit …":
                // what the sentence tells of a type so marked is not an event of the sentences before
                if !doc.isHeadline(s), keptStart < events.count {
                    let t0 = s.tokens.lowerBound, end = s.tokens.upperBound
                    let opener = words.apartWords.contains(tp[t0].key)
                        || tp[t0].key == words.kIn && (t0 + 1..<min(t0 + 3, end)).contains { words.apartWords.contains(tp[$0].key) }
                    for k in inSentence.indices where opener
                        || (max(t0, inSentence[k].site.trigger - 3)..<inSentence[k].site.trigger).contains(where: { words.apartWords.contains(tp[$0].key) }) {
                        for v in keptStart..<events.count where events[v].type == inSentence[k].event.type { events[v].apart = true }
                    }
                }
                if doc.isHeadline(s) { headline = events.count }
            }
        }
        targetByPlace(&events, sites, found, bySentence)
        targetBySite(&events, sites, doc, found)
        plottersOf(&events, sites, doc, found, bySentence, article)
        ownStateJudged(&events, sites, doc, found)
        // "thwarted a series of planned terrorist attacks": the attacks did not happen
        let thwarted = Set(events.filter { foiledTypes.contains($0.type) }.compactMap { $0.evidence.first?.start })
        // arguments that definite nouns take from events told before ("condemned the strikes")
        if anaphoric {
            resolveAnaphora(&events, sites, doc, found, bySentence, article,
                            skip: thwarted.isEmpty ? [] : Set(events.indices.filter { armedTypes.contains(events[$0].type) && thwarted.contains(events[$0].evidence.first?.start ?? -1) }))
        }
        // the mediators a story names once, anywhere, for the stalled talks that name none
        fillTalksFrame(&events, sites, doc, found, bySentence, article)
        // and the parties it tells of those talks elsewhere (TalksParties.swift)
        fillTalksParties(&events, sites, doc, found, bySentence, article)
        headline -= events[..<headline].filter { armedTypes.contains($0.type) && thwarted.contains($0.evidence.first?.start ?? -1) }.count
        events.removeAll { armedTypes.contains($0.type) && thwarted.contains($0.evidence.first?.start ?? -1) }
        Self.dateByNoun(&events, doc, dates, kOn: words.kOn, apart: words.apartWords)
        // "U.N. envoy X said the talks were suspended", "X acknowledged a collapse of the talks": an international
        // body's envoy told as a party of talks is their mediator
        if !bodyEnvoys.isEmpty {
            for e in events.indices where mediatedTypes.contains(events[e].type) {
                guard let lead = leadRoles[events[e].type], lead != "mediator" else { continue }
                for x in events[e].arguments.indices where events[e].arguments[x].role == lead && bodyEnvoys.contains(events[e].arguments[x].actor) {
                    events[e].arguments[x].role = "mediator"
                }
            }
        }
        // "Moscow slams EU" over "The Kremlin criticized the EU": a headline names a state for its government or official
        // (or for one of its institutions or bodies: "Mexico's lower house passes law" over "the Chamber of Deputies passed a
        // bill", "India says …" over "the Indian Army said …")
        var stateOf: [String: String] = [:]
        // (a headline names a side by its state where the body names its group: "Pakistan-Afghanistan talks" and "talks
        // between Pakistan and the Taliban government"; read only to tell the sides of two deals or talks apart)
        var groupStates: [String: String] = [:]
        for e in events {
            // (the type first, from the finder's index: most arguments are states, which need neither the table
            // nor their record hashed)
            for a in e.arguments {
                guard let type = found.type(of: a.actor), type != "country" else { continue }
                let official = type == "person" || type == "government" || type == "organization"
                guard official || type == "armed_group" || type == "group", stateOf[a.actor] == nil, groupStates[a.actor] == nil,
                      let c = found.record(a.actor)?.country else { continue }
                if official { stateOf[a.actor] = "actor:" + c } else { groupStates[a.actor] = "actor:" + c }
            }
            // "talks in Cairo" and "talks in Egypt": a city lies in its state (read only with the events' places)
            if let p = e.place, found.type(of: p) == "place", stateOf[p] == nil, let c = found.record(p)?.country {
                stateOf[p] = "actor:" + c
            }
        }
        // (the lead: the body's first sentence, where its evidence starts)
        let lede = doc.sentences.first { !doc.isHeadline($0) }.map { $0.start - doc.bodyStart + article.bodyOffset }
        let sides = stateOf.merging(groupStates) { a, _ in a }
        var merged = Self.merge(events, rules: mergeRules, headline: headline, stateOf: stateOf, sides: sides, articleDate: article.date, lede: lede)
        dropSameSide(&merged, found)
        return merged
    }

    func event(_ tp: UnsafeBufferPointer<Token>, _ doc: Document, _ s: Sentence, _ si: Int, _ i: Int, _ len: Int,
               _ entry: Lexicon.TriggerEntry, _ ms: ArraySlice<Mention>, _ found: MentionFinder.Result, _ article: Article,
               _ dates: [TimeExpression], _ datesSorted: Bool, _ memo: inout SentenceMemo, _ texts: SentenceTexts, _ rules: RuleCache) -> Event? {
        let info = triggerInfos[Int(entry.eventType)][Int(entry.trigger)]
        let toks = tp
        let tEnd = i + len
        // a trigger word inside a name ("Attack Committee") is no trigger
        if ms.contains(where: { $0.kind == .name && $0.tokens.contains(i) }) { return nil }
        // (the sentence's tokens sliced once for the context tests: a slice made at each test retained the tokens)
        let sentenceSlice = doc.tokens[s.tokens]
        if let r = info.trig.requires, !memo.has(info.requiresContext, contexts, sentenceSlice) {
            // "retook Ramadi": a place named as the object is the territory the context asks for
            let objectStart = tEnd < s.tokens.upperBound && toks[tEnd].key == words.kThe ? tEnd + 1 : tEnd
            let placeObject = info.trig.placeObjectMeetsRequires
                && ms.contains(where: { $0.tokens.lowerBound == objectStart && found.isPlace($0.actor) })
            // "Talks between X and Y resumed on Monday. But they stalled over …": the sentence before names the talks
            let talksBefore = info.isFailedTalks && entry.form != .noun && si > 0 && talksPronoun(doc, s, i, end: tEnd)
                && lexicon.sentenceHas(r, doc.tokens[doc.sentences[si - 1].tokens])
            guard placeObject || talksBefore else { return nil }
        }
        for c in info.unlessContexts where memo.has(c, contexts, sentenceSlice) { return nil }
        if info.trig.namedOnly, !judgedByName(doc, ms, s, trigger: i) { return nil }
        // "CSKA storm back to level series": a headline is terse, and the lead that follows it gives its context
        if doc.isHeadline(s), let lead = doc.sentences[(si + 1)...].first(where: { !doc.isHeadline($0) }),
           info.unlessContexts.contains(where: { c in c.map { contexts.tries[$0].occurs(in: doc.tokens[lead.tokens]) } ?? false }) { return nil }
        let notBefore = info.notBefore
        if i > s.tokens.lowerBound, notBefore.contains(toks[i - 1].key) { return nil }
        if i > s.tokens.lowerBound + 1, toks[i - 1].isWord, !toks[i - 1].isCapitalized, notBefore.contains(toks[i - 2].key) { return nil }
        // "this commitment", "such attacks": a noun referring back to an event already told
        if entry.form == .noun, i > s.tokens.lowerBound, words.anaphoric.contains(toks[i - 1].key) { return nil }
        // (past a quote that opens right after the trigger: accused Israel of committing "war crimes")
        let afterTrigger = tEnd < s.tokens.upperBound && toks[tEnd].isQuote ? tEnd + 1 : tEnd
        if info.notAfter.follow(toks, doc, afterTrigger, s.tokens.upperBound, determiners: (words.kA, words.kThe)) { return nil }
        // "fired more than 100 rockets at Israel": a trigger that names its object's kind stands only with that object,
        // which holds no argument (the roles are read after it)
        var objectEnd: Int? = nil
        // (aimed: a preposition of its frame right after it, "at", "into", "toward"; "fired two missiles early on Tuesday",
        // "fired a shell that hit a house" aim at no one the clause names)
        if let ow = info.objectWords {
            if info.isPhysical {
                guard let e = countedObject(doc, from: tEnd, end: s.tokens.upperBound, contexts.tries[ow]), e < s.tokens.upperBound,
                      info.prepRoles[toks[e].key] != nil else { return nil }
                objectEnd = e
            } else {
                // "adopted the country's first counter-terrorism law", "passed a new law banning …": a deed of no
                // force told by its object's head noun (no aim, no count)
                guard let e = headedObject(doc, from: tEnd, end: s.tokens.upperBound, contexts.tries[ow]) else { return nil }
                objectEnd = e
            }
        }
        // "urged Rwanda to stop arming the rebels": a verb of asking judges only when it asks a named party to stop
        // ("urged both sides to show restraint", "called for talks" judge no one), and only as told ("agreed to
        // jointly press X to stop …" is a plan)
        let demand = info.judgesEvents && entry.form != .noun && words.demandVerbs.contains(toks[i].key)
        if demand, entry.form == .base || !demandsStop(doc, ms, from: tEnd, end: s.tokens.upperBound) { return nil }
        // ("Iran visit China.": read as a noun, "visit" between two names is still the team's verb)
        if entry.form == .noun, tEnd < s.tokens.upperBound, ms.contains(where: { $0.tokens.lowerBound == tEnd && $0.kind == .name }),
           let m = ms.last(where: { $0.tokens.upperBound == i && $0.kind == .name }), soleCountry(doc, m, found, s) { return nil }
        // "seized two explosive belts and mortar rounds in a raid": weapons taken are no place taken
        if info.isAttackOrSeizure, !info.isAttack, entry.form != .noun, weaponObject(doc, tEnd, s.tokens.upperBound) { return nil }
        // a bare verb form is a verb only after a subject, a modal or "to" ("the most important target" is a noun)
        if entry.form == .base, i > s.tokens.lowerBound {
            let prev = toks[i - 1]
            let subject = ms.last { $0.tokens.upperBound == i && $0.kind == .name }
            if subject == nil && !words.verbHosts.contains(prev.key) { return nil }
            // "Iran visit China", "South Korea host Uzbekistan": one country with a plural verb is its team (a
            // state takes "visits", "hosts"; "Russia and China hold talks" is two)
            if let m = subject, soleCountry(doc, m, found, s) { return nil }
        }
        // "insurgents fighting the government": an -ing noun before a determiner is the verb's participle
        if entry.form == .noun, tEnd < s.tokens.upperBound, words.determiners.contains(toks[tEnd].key),
           doc.token(tEnd - 1, endsIn: "ing", minLength: 3, anyCase: true) { return nil }
        // nouns used as verbs or adjectives: "the attack" yes, "attack helicopters" no
        // ("fighter jets and attack helicopters": a bare form after "and" or "," before a weapon is no verb either)
        if entry.form == .noun || entry.form == .base && i > s.tokens.lowerBound && (toks[i - 1].key == words.kAnd || toks[i - 1].key == words.kComma),
           tEnd < s.tokens.upperBound, toks[tEnd].isWord, weapons?.longest(doc.tokens[..<s.tokens.upperBound], from: tEnd) != nil, !info.isArmsTransfer {
            return nil
        }
        // modality from the words before the trigger in its clause
        let clauseStart = clauseStart(doc, s, i, verb: entry.form == .past || entry.form == .third || entry.form == .base)
        var modality = Modality.asserted
        var k = i - 1
        var window = 0
        // (the window reaches past a reporting verb that opened the clause: "threatened to strike")
        // (each token's lists read in one probe: `ModalityWords`)
        let flags = modalityWords
        typealias W = ModalityWords
        // Past an "and": "opposes and condemns", "denied the report and condemned": a negating verb
        /// Whether the "would" at `w` opens "would-be" (a hyphen right after it, then "be").
        func wouldBe(_ w: Int) -> Bool {
            w + 2 < s.tokens.upperBound && toks[w + 1].key == words.kHyphen && !toks[w + 1].flags.contains(.spaceBefore) && words.beForms.contains(toks[w + 2].key)
        }
        // coordinated with the trigger does not govern it (a particle still does: "did not meet and talk"),
        // unless a "to" comes between ("refused to meet and sign" refuses both)
        var coordinated = false, infinitive = false, purposeOnly = false
        /// The "to" that made the trigger planned, when nothing before it did ("signed a deal on Wednesday to buy …").
        var plannedTo: Int? = nil
        // "The talks, which had been expected on Sunday, did not take place": the subject's relative clause, commas
        // included, says nothing of the verb's modality
        let relativeSpan: ClosedRange<Int>? = entry.form == .noun ? nil : relativeBeforeVerb(doc, i, from: s.tokens.lowerBound).flatMap { r in
            (r..<i).last(where: { toks[$0].key == words.kComma }).map { (r - 1)...$0 }
        }
        while k >= max(s.tokens.lowerBound, clauseStart - 2) && window < 6 {
            if let sp = relativeSpan, sp.contains(k) { k = sp.lowerBound - 1; continue }
            let key = toks[k].key
            let f = flags[key]
            if key == words.kAnd { coordinated = true } else if key == words.kTo { infinitive = true }
            if f & W.negator != 0 {
                if !(coordinated && !infinitive && !words.negatingParticles.contains(key)) { modality = .negated; break }
            }
            // "the law bans foreign agents from receiving funding": what a ban keeps someone from does not happen
            if f & W.prohibition != 0, (k + 1..<i).contains(where: { toks[$0].key == words.kFrom }) { modality = .negated; break }
            // "said talks would start on June 2": after a reporting verb "would" is the future of the past
            if key == words.kWould, reportedClause(doc, s, clauseStart) { modality = .planned; k -= 1; window += 1; continue }
            // "has approved the possible sale of …": a sale cleared by a government is no hypothesis
            if f & W.hypothetical != 0, words.tentative.contains(key), k - 1 >= s.tokens.lowerBound,
               words.approvals.contains(toks[k - 1].key) || k - 2 >= s.tokens.lowerBound && words.determiners.contains(toks[k - 1].key) && words.approvals.contains(toks[k - 2].key) {
                k -= 1; window += 1; continue
            }
            // "at the May 12 meeting", "on 3 May": the month, no "may" of supposition
            // ("which opened in May,": a capitalized "May" after a word, not opening the sentence, is the month too)
            if f & W.hypothetical != 0, toks[k].isCapitalized, k + 1 < s.tokens.upperBound && toks[k + 1].flags.contains(.number)
                || k > s.tokens.lowerBound && (toks[k - 1].flags.contains(.number) || toks[k - 1].isWord && !toks[k - 1].isCapitalized) {
                k -= 1; window += 1; continue
            }
            if key == words.kWould, wouldBe(k) { k -= 1; window += 1; continue }
            if f & W.hypothetical != 0 { modality = .hypothetical; break }
            // "warned of strikes", "warns against an attack": a threat or a fear, not the event
            if f & W.warning != 0, k + 1 < i, words.warnedOf.contains(toks[k + 1].key) { modality = .hypothetical; break }
            if f & W.planned != 0 && entry.form != .noun {
                modality = .planned
                plannedTo = key == words.kTo ? k : nil
                // ("Talks to end the war broke down on Tuesday": a "to" that governs another verb than a past-tense
                // trigger is the subject's purpose, and puts no weekday ahead; "expected to be signed" keeps its "be")
                purposeOnly = key == words.kTo && entry.form == .past && k + 1 < i && !words.beForms.contains(toks[k + 1].key)
            }
            k -= 1; window += 1
        }
        // "requested that the council hold an emergency meeting", "urged them to meet": asked for, not held
        if modality == .asserted || modality == .planned {
            var b = clauseStart - 1
            var n = 0
            while b >= s.tokens.lowerBound && n < 4 {
                if flags[toks[b].key] & W.request != 0 { modality = .hypothetical; break }
                b -= 1; n += 1
            }
            // (not a verb of asking inside the subject's relative clause: "Talks on a training mission, which Maputo
            // requested in September, have stalled")
            for k in max(s.tokens.lowerBound, i - 6)..<i where flags[toks[k].key] & W.request != 0 && relativeSpan?.contains(k) != true {
                modality = .hypothetical
            }
            // "jointly press Pakistan to stop militants", "called for the rebels to withdraw and hand over their
            // weapons": the infinitive a verb of urging governs is asked of someone, not done
            // "on condition that … stopped arming", "provided that the rebels withdraw": a condition set, not met
            if (s.tokens.lowerBound..<i).contains(where: { $0 > s.tokens.lowerBound && toks[$0].key == words.kThat && words.conditionNouns.contains(toks[$0 - 1].key) }) {
                modality = .hypothetical
            }
            // "would keep the field closed until the government paid salaries": awaited, not done
            if let u = (max(s.tokens.lowerBound, i - 8)..<i).last(where: { toks[$0].key == words.kUntil }),
               (max(s.tokens.lowerBound, u - 8)..<u).contains(where: { words.futureModals.contains(toks[$0].key) }) {
                modality = .hypothetical
            }
            if entry.form == .base, let to = (max(s.tokens.lowerBound, i - 7)..<i).last(where: { toks[$0].key == words.kTo }),
               (max(s.tokens.lowerBound, to - 5)..<to).contains(where: { words.urging.contains(toks[$0].key) || flags[toks[$0].key] & W.request != 0 }) {
                modality = .hypothetical
            }
        }
        // "… is highly unlikely", "… would be", "talks set to begin on Monday": judged after the trigger too
        var after = tEnd
        // ("a strike by Iran against Israel is seen as highly unlikely": the judgement may come a few words later)
        while after < s.tokens.upperBound && after < tEnd + 12 {
            // "condemned the strikes, saying they would only deepen the suffering": the participle clause is the
            // speaker's own words, whose "would" does not make the trigger a supposition
            if toks[after].key == words.kComma, after + 1 < s.tokens.upperBound, words.sayingWords.contains(toks[after + 1].key) { break }
            // "were killed in air strikes by the army, a claim the military has rejected": a charge the sentence
            // closes by saying was denied tells no event (the charge itself is made: "accused X of …, a charge X denies")
            if !info.judgesEvents, toks[after].key == words.kComma, after + 2 < s.tokens.upperBound, toks[after + 1].key == words.kA,
               words.chargeNouns.contains(toks[after + 2].key),
               (after + 3..<min(s.tokens.upperBound, after + 8)).contains(where: { words.rejectionVerbs.contains(toks[$0].key) }) {
                modality = .negated; break
            }
            let f = flags[toks[after].key]
            if f & W.boundary != 0 {
                // "offered to host a new round if the sides agreed to return": a plan on a condition is not firm
                if modality == .planned, toks[after].key == words.kIf || toks[after].key == words.kUnless { modality = .hypothetical }
                break
            }
            // "talks would start on June 2", "the summit would open in Oslo": "would" of a start is the future
            // of a reported plan, not a supposition
            if toks[after].key == words.kWould, after + 1 < s.tokens.upperBound, words.beginWords.contains(toks[after + 1].key) {
                if modality == .asserted { modality = .planned }
                after += 2
                continue
            }
            // "detained a would-be gunman": a would-be attacker names the plot, no supposition
            if toks[after].key == words.kWould, wouldBe(after) { after += 3; continue }
            if f & W.hypotheticalAfter != 0 { modality = .hypothetical; break }
            if after >= tEnd + 8 { after += 1; continue }
            // "a meeting planned for June in Abuja was called off": a meeting cancelled did not take place
            if info.isMeeting, f & W.beForm != 0, after + 1 < s.tokens.upperBound, words.cancelParticiples.contains(toks[after + 1].key),
               toks[after + 1].key != words.kCalled || after + 2 < s.tokens.upperBound && toks[after + 2].key == words.kOff {
                modality = .negated; break
            }
            // "negotiations were not on the agenda"
            if f & W.beForm != 0, after + 1 < s.tokens.upperBound,
               flags[toks[after + 1].key] & W.negator != 0, after <= tEnd + 2 { modality = .negated; break }
            if modality == .asserted, f & W.plannedAfter != 0 { modality = .planned }
            after += 1
        }
        if modality == .negated || modality == .hypothetical { return nil }
        // "said any intervention would be considered a declaration of war": a judgment someone reports as to come is a
        // warning, not a charge made (not "continues to violate the truce")
        if modality == .planned, info.judgesEvents, info.speakerRole != nil || info.reporterRole != nil,
           (max(clauseStart, i - 6)..<i).contains(where: { words.futureModals.contains(toks[$0].key) }) { return nil }
        // a planned attack or seizure has not happened (a foiled plot is attack_thwarted)
        if modality == .planned && info.isAttackOrSeizure { return nil }
        if info.isAttack, (max(clauseStart, i - 6)..<i).contains(where: { words.plotting.contains(toks[$0].key) }) { return nil }
        // "security forces thwarted a suicide bombing": the attack a foiling verb governs did not happen
        if info.isAttack, entry.form == .noun, (max(clauseStart, i - 6)..<i).contains(where: { words.foiling.contains(toks[$0].key) }) { return nil }
        // "accused Turkey, which backs Baku, of sending fighters", "accuses Chad of incursion": the act right after
        // a charge's "of" is its matter, not an event the article asserts (the accusation is the event; "accused
        // X of the attack" keeps an attack the article takes as done, and "of firing shells, wounding three
        // villagers" one whose harm it tells as fact)
        // ("… of sending fighters and of supplying drones": a second "of" after "and" is the same charge's, further on)
        if !info.judgesEvents, i - 1 > s.tokens.lowerBound, toks[i - 1].key == words.kOf,
           (max(s.tokens.lowerBound, i - (toks[i - 2].key == words.kAnd ? 32 : 16))..<(i - 1)).contains(where: { words.chargeVerbs.contains(toks[$0].key) }),
           !(tEnd..<max(tEnd, s.tokens.upperBound - 1)).contains(where: {
               toks[$0].key == words.kComma && (words.killWords.contains(toks[$0 + 1].key) || words.woundWords.contains(toks[$0 + 1].key))
           }) { return nil }
        // "accused the rebels of looking for excuses to delay a settlement", "accuses Kyiv of trying to derail the
        // talks", "accused Baku of launching a large-scale offensive": a trigger a few small words after a charge's
        // "of" and its verb in -ing is the charge's matter too
        if !info.judgesEvents, i - 2 > s.tokens.lowerBound,
           let o = (max(s.tokens.lowerBound + 1, i - 7)..<(i - 1)).last(where: { toks[$0].key == words.kOf }),
           doc.token(o + 1, endsIn: "ing", minLength: 3, anyCase: true),
           ((o + 1)..<i).allSatisfy({ toks[$0].isWord && !toks[$0].isCapitalized || toks[$0].key == words.kHyphen || toks[$0].flags.contains(.number) }),
           (max(s.tokens.lowerBound, o - 16)..<o).contains(where: { words.chargeVerbs.contains(toks[$0].key) }) { return nil }
        // (an alleged word anywhere in the sentence makes it alleged, else a reported word an assertion reported)
        let (alleged, reported) = memo.reporting(flags, sentenceSlice)
        if alleged { modality = .alleged } else if reported && modality == .asserted { modality = .reported }
        // arguments
        // ("soldiers killed in an air strike", "fighters wounded in clashes": a participle followed by "in" and a
        // noun of its own event type is a passive without its "be")
        let passive = entry.form != .noun && (entry.form == .past || entry.form == .participle)
            && (isPassive(doc, i, clauseStart) || reducedPassive(doc, s, tEnd, entry.eventType)
                || headlinePassive(doc, s, tEnd))
        // (typed as the event's arguments, which take the array as it is; room for the usual few made once:
        // grown from empty, it was allocated and copied twice for most events)
        var args: [(role: String, actor: String)] = []
        args.reserveCapacity(4)
        var place: String? = nil
        var organizationMeets = false
        /// Evidence of arguments found in other sentences (Discourse.swift).
        var discourse: [Evidence] = []
        /// The ISO code of the state whose capital place `m` names.
        func capitalState(_ m: Mention) -> String? {
            guard let rec = found.record(m.actor), let c = rec.country, let ci = lexicon.countryIndexByISO[c], lexicon.ontology.actors[ci].capital == rec.name else { return nil }
            return c
        }
        /// "Serbia and Kosovo talks in Brussels end without progress": a capital after "in" is where talks are held,
        /// not its state as a party (only for talks: an attack "in a U.S. drone strike" keeps its attacker).
        func heldIn(_ m: Mention) -> Bool {
            info.isTalks && m.kind == .name && found.type(of: m.actor) == "place" && m.tokens.lowerBound > clauseStart
                && toks[m.tokens.lowerBound - 1].key == words.kIn && capitalState(m) != nil
        }
        /// `asState`: the mention is the subject, object or possessor, or follows with/between/to, where a
        /// capital acting is its government ("Moscow blamed Kiev", "talks with Beijing").
        func addArg(_ r: String?, _ m: Mention, asState: Bool = false) {
            guard let r else { return }
            // (the type alone decides most candidates: the record is read only for a place or an official)
            guard let type = found.type(of: m.actor) else { return }
            if type == "place" {
                // a capital acting stands for its state ("Moscow blamed Kiev", "talks with Beijing"), except
                // where things happen to places (an attack on Kabul, troops in Bamako)
                if asState, !info.isPhysical, info.allowedTypes(r)?.contains("country") ?? true, let c = capitalState(m) {
                    let state = "actor:" + c
                    if !args.contains(where: { $0.1 == state }) { args.append((r, state)) }
                    if place == nil && info.isMeeting { place = m.actor }   // a visit to Beijing is in Beijing
                    return
                }
                // "the Russian city of Belgorod was shelled": harm done to a place its state's adjective names is
                // done to that state
                if info.isAttack, r == info.objectRole, m.tokens.lowerBound >= 3, toks[m.tokens.lowerBound - 1].key == words.kOf,
                   words.placeNouns.contains(toks[m.tokens.lowerBound - 2].key),
                   let adj = ms.first(where: { $0.kind == .modifier && $0.tokens.upperBound == m.tokens.lowerBound - 2 }),
                   found.actors[adj.actor]?.type == "country", !args.contains(where: { $0.1 == adj.actor }) {
                    args.append((r, adj.actor))
                }
                if place == nil && r != "participant" { place = m.actor }
                return
            }
            // the ontology says which actor types a role accepts (no journalist supplies weapons); an official
            // stands for their state where only states fit ("Defense Minister X agreed to joint production")
            if let allowed = info.allowedTypes(r), !allowed.contains(type) {
                guard type == "person", allowed.contains("country"), let c = found.record(m.actor)?.country else { return }
                let state = "actor:" + c
                if !args.contains(where: { $0.1 == state }) { args.append((r, state)) }
                return
            }
            if !args.contains(where: { $0.0 == r && $0.1 == m.actor }) && !args.contains(where: { $0.1 == m.actor }) { args.append((r, m.actor)) }
        }
        // possessor: "Russian jets", "Syria's air strikes", "U.S.-led strikes"
        var pk = i - 1
        while pk >= clauseStart, toks[pk].isWord, !toks[pk].isCapitalized, !words.preps.contains(toks[pk].key), pk > i - 3,
              !words.subjectCues.contains(toks[pk].key), !words.beForms.contains(toks[pk].key), !toks[pk].flags.contains(.possessive) {
            if words.kLed.contains(toks[pk].key) { break }
            // "Peru rejected the allegations", "Peru called the accusations absurd": who passes a verdict on a
            // charge is not who made it
            if words.determiners.contains(toks[pk].key), pk - 1 >= clauseStart,
               words.rejectionVerbs.contains(toks[pk - 1].key) || words.verdictVerbs.contains(toks[pk - 1].key) {
                pk = clauseStart - 1; break
            }
            pk -= 1
        }
        if pk >= clauseStart {
            if words.kLed.contains(toks[pk].key), pk >= 2, toks[pk - 1].key == words.kHyphen,
               let m = ms.last(where: { $0.tokens.upperBound == pk - 1 }) {
                let word = doc.text(token: pk).lowercased()
                addArg(word == "brokered" || word == "mediated" ? (info.hasMediator ? "mediator" : info.possessorRole) : info.possessorRole, m)
            } else if toks[pk].flags.contains(.possessive), let m = ms.last(where: { $0.tokens.upperBound == pk }) {
                addArg(info.possessorRole, m, asState: true)
            } else if let m = ms.last(where: { $0.tokens.upperBound == pk + 1 }), m.kind == .name, entry.form == .noun, info.isPhysical,
                      !info.isAttackOrSeizure, !info.isAttackThwarted, found.type(of: m.actor) == "country" {
                // "the South Sudan peacekeeping mission": a state's name (not its adjective: "Kenyan peacekeepers") before
                // the noun of a deployment is where the peace is kept
                if place == nil { place = m.actor }
            } else if let m = ms.last(where: { $0.tokens.upperBound == pk + 1 }), !onBehalf(doc, m, clauseStart), !heldIn(m) {
                // ("Qatari mediation made no progress", "AU mediators": who mediates is no party)
                let mediates = info.hasMediator && m.tokens.upperBound < s.tokens.upperBound && words.mediators.contains(toks[m.tokens.upperBound].key)
                addArg(mediates ? "mediator" : info.possessorRole, m, asState: true)
                // "the Chile-Peru-Bolivia summit", "a Franco-German exercise", "British and French jets": the
                // actors joined to the possessor by hyphens or coordination share its role
                for p in possessorPartners(doc, ms, before: m) { addArg(info.possessorRole, p, asState: true) }
                // "an EU summit", "a NATO meeting": an organization's own meeting has its members for participants
                if info.isMeeting, entry.form == .noun, pk == i - 1, found.type(of: m.actor) == "organization" { organizationMeets = true }
                // "Russia and Belarus jets"? rare; coordinated modifiers "British, French and Russian"
            }
        }
        // "Angolan-mediated talks between the two stalled", "EU-mediated talks", "talks, hosted in Doha by Qatar and
        // Egypt, made no progress", "Egyptian and Qatari mediators had been shuttling …, but the negotiations made no
        // progress": the actors a mediating word names mediate the talks of the sentence
        if info.hasMediator {
            /// Whether talks are named at `j`, after at most two words in small letters: "U.N.-backed peace talks",
            /// "Qatari-sponsored negotiations" are backed by whom mediates them (not "Iran-backed rebels").
            func backsTalks(_ start: Int) -> Bool {
                var j = start
                while j < min(s.tokens.upperBound, start + 3) {
                    if discourseWords.talkNouns.contains(toks[j].key) { return true }
                    guard !toks[j].isCapitalized, toks[j].isWord else { return false }
                    j += 1
                }
                return false
            }
            /// Where the next name of a "mediated by A, B and C" list starts.
            var byList = -1
            for m in ms where m.kind == .modifier || m.kind == .name {
                var k = m.tokens.upperBound
                if k + 1 < s.tokens.upperBound, toks[k].key == words.kHyphen, words.mediating.contains(toks[k + 1].key)
                    || words.kLed.contains(toks[k + 1].key) && backsTalks(k + 2) {
                    addArg("mediator", m, asState: true)
                    continue
                }
                let lo = m.tokens.lowerBound
                let start = lo > s.tokens.lowerBound && toks[lo - 1].key == words.kThe ? lo - 1 : lo
                if start == byList || start >= s.tokens.lowerBound + 2 && toks[start - 1].key == words.kBy
                    && (max(s.tokens.lowerBound, start - 5)..<(start - 1)).contains(where: { words.mediating.contains(toks[$0].key) }) {
                    addArg("mediator", m, asState: true)
                    if k < s.tokens.upperBound, toks[k].key == words.kComma || toks[k].key == words.kAnd {
                        byList = k + 1 < s.tokens.upperBound && toks[k].key == words.kComma && toks[k + 1].key == words.kAnd ? k + 2 : k + 1
                    }
                    continue
                }
                // "AU mediation stalls", "efforts by the African Union to broker a ceasefire have made little headway":
                // a name before a mediation noun, or before "to" and a mediating verb, mediates
                if m.kind == .name, k < s.tokens.upperBound, words.mediators.contains(toks[k].key)
                    || k + 1 < s.tokens.upperBound && toks[k].key == words.kTo && discourseWords.mediation.contains(toks[k + 1].key) {
                    addArg("mediator", m, asState: true)
                    continue
                }
                guard m.kind == .modifier else { continue }
                // (past the adjectives coordinated after it: "Egyptian and Qatari mediators")
                while k + 1 < s.tokens.upperBound, toks[k].key == words.kAnd || toks[k].key == words.kComma,
                      let next = ms.first(where: { $0.kind == .modifier && $0.tokens.lowerBound == k + 1 }) { k = next.tokens.upperBound }
                if k < s.tokens.upperBound, words.mediators.contains(toks[k].key) { addArg("mediator", m, asState: true) }
            }
        }
        // subject: the nearest actor before the trigger in its clause, with its coordinated partners
        var allowSubject = entry.form != .noun
        /// The arguments the subject group added.
        var subjectArgs = 0..<0
        // "traded accusations", "exchanged criticism": the traders accuse, and each is also accused (below)
        let reciprocal = entry.form == .noun && info.judgesEvents && info.def.roles.count >= 2
            && i > s.tokens.lowerBound && words.reciprocalVerbs.contains(toks[i - 1].key)
        if reciprocal { allowSubject = true }
        // "the army is fighting X": an -ing noun after a form of "be" is the verb's progressive
        if entry.form == .noun && !allowSubject, doc.token(tEnd - 1, endsIn: "ing", minLength: 3, anyCase: true),
           let b = (max(clauseStart, i - 3)..<i).last(where: { !words.adverbs.contains(toks[$0].key) }), words.beForms.contains(toks[b].key),
           toks[b].key != words.kApostropheS {
            allowSubject = true
        }
        if entry.form == .noun && !allowSubject {
            // nominal triggers take the clause subject only after a subject cue ("launched an air strike")
            var q = i - 1
            var steps = 0
            // ("X is deeply concerned about Y": a trigger whose own frame names a subject is an adjective, and a
            // form of "be" before it links it to the clause's subject)
            let adjectival = info.ownFrameHasSubject
            while q >= clauseStart && steps < 4 {
                if words.stanceVerbs.contains(toks[q].key) { break }
                if words.subjectCues.contains(toks[q].key) || adjectival && words.beForms.contains(toks[q].key)
                    || info.isPhysical && words.possessivePronouns.contains(toks[q].key) { allowSubject = true; break }
                // ("launched a large-scale attack", "approved a 12,000-strong peacekeeping force": a hyphenated
                // compound is one word)
                q = hyphenatedStart(doc, q, lo: clauseStart) - 1; steps += 1
            }
            // "China firmly opposes …", "Japan also strongly opposes …": a phrase whose own frame names a subject
            // takes the name right before it, past adverbs
            if adjectival && !allowSubject {
                var b = i
                while b > clauseStart, b > i - 4, words.isAdverb(doc, b - 1) { b -= 1 }
                if ms.contains(where: { $0.tokens.upperBound == b && $0.kind == .name && $0.tokens.lowerBound >= clauseStart }) { allowSubject = true }
            }
        }
        // "arrived in Astana on Tuesday on an official visit": the visitor is who arrived, the host where
        var subjectEnd = i
        if info.isMeeting, entry.form == .noun, !allowSubject, toks[tEnd - 1].key == words.kVisit,
           let a = (clauseStart..<i).last(where: { words.arrivals.contains(toks[$0].key) }) {
            allowSubject = true
            subjectEnd = a
            for m in ms where m.tokens.lowerBound > a && m.tokens.upperBound <= i && m.kind == .name
                && (toks[m.tokens.lowerBound - 1].key == words.kIn || toks[m.tokens.lowerBound - 1].key == words.kTo) {
                addArg(info.def.roles[0], m, asState: true)
                if place == nil, found.type(of: m.actor) == "country" { place = m.actor }
            }
        }
        if allowSubject, let r = (passive ? info.objectRole : info.subjectRole) ?? (entry.form == .noun ? info.possessorRole : nil) {
            var group = subjectGroup(doc, ms, before: subjectEnd, from: clauseStart)
            // "The presidents of A and B met in C at the invitation of D, but failed to agree": a verb after ", but" or
            // ", and" with no subject of its own shares the one that opens the sentence
            // (in place of a subject found, or for talks: "…, and promised that no factory would close" gives a
            // business pledge no agent)
            if entry.form != .noun, !group.isEmpty || info.isTalks || info.isFailedTalks,
               let opening = elidedSubject(doc, ms, s, trigger: i) { group = opening }
            // "X told a broadcaster that Ankara would stand by the Turkish Cypriots and accused Y of …", "X said it
            // remained committed to the talks and accused Y of …": a verb of judging coordinated after the clause a verb
            // of saying reports shares that verb's subject, not a name inside the reported clause
            if info.judgesEvents, entry.form != .noun, i - 1 > clauseStart, toks[i - 1].key == words.kAnd,
               let v = (max(s.tokens.lowerBound, clauseStart - 8)..<clauseStart).last(where: { !toks[$0].isCapitalized && saysAt(doc, $0, before: clauseStart) }),
               let m = speaker(doc, ms, found, s, verb: v) { group = [m] }
            // (the parties of talks held in a capital are named before it)
            if let m = group.last, heldIn(m) {
                if place == nil { place = m.actor }
                group = subjectGroup(doc, ms, before: m.tokens.lowerBound - 1, from: clauseStart)
            }
            // "X said on Twitter, accusing Y", "X told state television RTI, accusing Y": the outlet a statement went out
            // on is not the participle's subject; the speaker named before it is
            // (left empty: the speaker of the clause's verb of speaking takes the role, below)
            if entry.form == .ing, i > s.tokens.lowerBound, toks[i - 1].key == words.kComma, let m = group.last,
               m.tokens.upperBound == i - 1, found.type(of: m.actor) == "media",
               (max(s.tokens.lowerBound, m.tokens.lowerBound - 3)..<m.tokens.lowerBound).contains(where: { toks[$0].key == EventExtractor.kOn || toks[$0].key == EventExtractor.kTold }) {
                group = []
            }
            // "attacked a school in western Uganda, killing 42": a participle after a comma does not take the
            // place the clause before it ends in ("in X", "in northern X") as its subject
            if entry.form == .ing, i > s.tokens.lowerBound, toks[i - 1].key == words.kComma, let m = group.last,
               m.tokens.upperBound == i - 1, m.tokens.lowerBound > clauseStart + 1,
               toks[m.tokens.lowerBound - 1].key == words.kIn
                || toks[m.tokens.lowerBound - 2].key == words.kIn && !toks[m.tokens.lowerBound - 1].isCapitalized {
                if place == nil, found.isPlace(m.actor) || found.type(of: m.actor) == "country" { place = m.actor }
                group = []
            }
            // "Russian forces launched 400 drones at Ukraine overnight, targeting power plants", "India has been a donor
            // to Afghanistan since 2001, pledging …": a participle after a comma shares the subject that opens the clause
            // before it, not the name a preposition there governs
            // (so does a verb coordinated by "and" with no subject of its own: "Obama spoke by phone with Lee and condemned
            // the attack")
            if i > s.tokens.lowerBound, entry.form == .ing && toks[i - 1].key == words.kComma
                || (entry.form == .past || entry.form == .third) && toks[i - 1].key == words.kAnd, let m = group.last,
               m.tokens.lowerBound > clauseStart + 1,
               let p = (max(clauseStart, m.tokens.lowerBound - 2)..<m.tokens.lowerBound).last(where: { words.objectPreps.contains(toks[$0].key) }),
               (p + 1..<m.tokens.lowerBound).allSatisfy({ words.determiners.contains(toks[$0].key) }) {
                let lo = toks[clauseStart].key == words.kThe ? clauseStart + 1 : clauseStart
                group = []
                if let first = ms.first(where: { $0.tokens.lowerBound == lo }), first.tokens.upperBound < p {
                    if first.kind == .name {
                        // (with the names coordinated with it: up to the first word in small letters past them)
                        group = subjectGroup(doc, ms, before: namesEnd(doc, ms, from: first.tokens.upperBound, before: p), from: clauseStart)
                    } else if first.kind == .modifier, case let h = toks[first.tokens.upperBound].key,
                              words.governmentForces.contains(h) || words.forceHeads.contains(h) || words.fighterWords.contains(h) {
                        group = [first]
                    }
                }
            }
        // "Accusing Syria of violations, the opposition said …": a participle opening the sentence takes
        // the subject of the main clause
        if group.isEmpty, entry.form == .ing, i == s.tokens.lowerBound,
           let comma = (tEnd..<s.tokens.upperBound).first(where: { toks[$0].key == words.kComma }),
           let m = ms.first(where: { $0.tokens.lowerBound > comma && $0.kind == .name }), m.tokens.lowerBound <= comma + 4 {
            group = [m]
        }
            // "Putin met Italy's leaders in the morning, and he held a separate meeting with …": a pronoun after the
            // nearest actor is the subject, not that actor
            let pronoun = (clauseStart..<subjectEnd).last(where: { words.personPronouns.contains(toks[$0].key) })
            if let pr = pronoun, let last = group.last, last.tokens.upperBound <= pr { group = [] }
            // "European foreign ministers will meet", "Arab leaders met": people named by their nationality
            if group.isEmpty, pronoun == nil, entry.form != .noun,
               let m = ms.last(where: { $0.kind == .modifier && $0.tokens.upperBound < subjectEnd && $0.tokens.lowerBound >= clauseStart }),
               let head = (m.tokens.upperBound..<min(subjectEnd, m.tokens.upperBound + 3)).first(where: { words.peopleNouns.contains(toks[$0].key) }),
               (head + 1..<subjectEnd).allSatisfy({ words.verbHosts.contains(toks[$0].key) || words.planned.contains(toks[$0].key) || words.adverbs.contains(toks[$0].key) || words.beForms.contains(toks[$0].key) }) {
                group = [m]
            }
            // "Greek and Cypriot warplanes conducted raids": the weapons a nationality names, right before
            // the verb that takes the noun trigger, are the subject
            if group.isEmpty, pronoun == nil, entry.form == .noun, info.isPhysical,
               let m = ms.last(where: { $0.kind == .modifier && $0.tokens.upperBound < subjectEnd && $0.tokens.lowerBound >= clauseStart }),
               let w = weapons?.longest(doc.tokens[..<subjectEnd], from: m.tokens.upperBound),
               m.tokens.upperBound + w.length < subjectEnd, words.subjectCues.contains(toks[m.tokens.upperBound + w.length].key) {
                group = possessorPartners(doc, ms, before: m).reversed() + [m]
            }
            // "Both sides accused each other", "the two countries met": the last two countries the text named,
            // in this sentence or the ones before (Discourse.swift)
            var pairGroup = false
            // "The two NATO allies met": the body or region a pair phrase names its pair by is no party itself
            if group.count == 1, let m = group.first, m.tokens.count == 1, case let a = m.tokens.lowerBound,
               a + 1 < subjectEnd, words.pairNouns.contains(toks[a + 1].key), pairStart(toks, before: a, s, described: true) == a - 2 { group = [] }
            if group.isEmpty, pronoun == nil,
               // (in the trigger's clause, or opening the sentence: "Both sides reported losses and accused …")
               let b = (s.tokens.lowerBound..<subjectEnd).last(where: { k in
                   (k >= clauseStart || k <= s.tokens.lowerBound + 1) && k + 1 < subjectEnd && words.pairNouns.contains(toks[k + 1].key)
                       && pairStart(toks, before: k, s, described: true) != nil }),
               let start = pairStart(toks, before: b, s, described: true) {
                if let pair = pairAntecedents(doc, found, before: start, sentence: si, exclude: args.map(\.1)) {
                    pairGroup = true
                    let detail = doc.text(tokens: start..<(b + 2))
                    for a in pair.reversed() where !args.contains(where: { $0.1 == a.actor }) {
                        args.append((r, a.actor))
                        guard a.sentence != si else { continue }
                        let ev = discourseEvidence(doc, a.sentence, article, rule: "discourse.pair", detail: detail)
                        if !discourse.contains(ev) { discourse.append(ev) }
                    }
                }
            }
            // "The country bought jets from …": the country named last, in this sentence or the ones before
            if group.isEmpty, !pairGroup, pronoun == nil, let (a, detail) = genericSubject(doc, found, s, si, from: clauseStart, to: subjectEnd),
               !args.contains(where: { $0.1 == a.actor }), info.allowedTypes(r)?.contains("country") ?? true {
                pairGroup = true
                args.append((r, a.actor))
                if a.sentence != si { discourse.append(discourseEvidence(doc, a.sentence, article, rule: "discourse.generic", detail: detail)) }
            }
            // "The minister pledged that …": the person named before in that role
            if group.isEmpty, !pairGroup, pronoun == nil, !args.contains(where: { $0.0 == r }),
               let (m, detail) = roleSubject(doc, found, s, si, from: clauseStart, to: subjectEnd) {
                pairGroup = true
                addArg(r, m)
                if m.sentence != si { discourse.append(discourseEvidence(doc, m.sentence, article, rule: "discourse.role", detail: detail)) }
            }
            // "talks between the army and the rebels brokered by China stalled": who brokers the talks is no party
            // (the brokers added first, then taken out of the group: `addArg` called inside the closure of `removeAll` made
            // every access to `args` and `place` in `event` checked for exclusivity at run time)
            if info.hasMediator {
                func brokered(_ m: Mention) -> Bool {
                    m.tokens.lowerBound >= clauseStart + 2 && toks[m.tokens.lowerBound - 1].key == words.kBy
                        && words.mediating.contains(toks[m.tokens.lowerBound - 2].key)
                }
                for m in group where brokered(m) { addArg("mediator", m, asState: true) }
                group.removeAll(where: brokered)
            }
            // "approved 60 million euros for Georgia's forces to pay for radars": the actor nearest before an
            // infinitive trigger, inside a phrase its frame reads ("for X"), takes that phrase's role; the subject
            // is named before the phrase
            if entry.form == .base, !passive, i > clauseStart + 2, toks[i - 1].key == words.kTo, let first = group.first,
               first.tokens.lowerBound > clauseStart, let pr = info.prepRoles[toks[first.tokens.lowerBound - 1].key], pr != r {
                for m in group { addArg(pr, m, asState: true) }
                group = subjectGroup(doc, ms, before: first.tokens.lowerBound - 1, from: clauseStart)
            }
            // "Kuwait's mediation has failed to bring the sides to the table": who mediates is the mediator
            // (added first, then taken out: see the brokers above)
            if info.hasMediator {
                func mediates(_ m: Mention) -> Bool {
                    let e = m.tokens.upperBound
                    return e + 1 < i && toks[e].flags.contains(.possessive) && words.mediators.contains(toks[e + 1].key)
                }
                for m in group where mediates(m) { addArg("mediator", m, asState: true) }
                group.removeAll(where: mediates)
            }
            let before = args.count
            for m in group { addArg(r, m, asState: true) }
            subjectArgs = before..<args.count
            // "Hezbollah said it had fired rockets at …": the speaker the pronoun after the verb of saying stands for
            // (the window ends at the subject's end, which "arrived … for a two-day visit" puts far before the trigger)
            let speakerFrom = max(clauseStart, i - 4)
            if group.isEmpty, !pairGroup, pronoun == nil, speakerFrom < subjectEnd,
               let it = (speakerFrom..<subjectEnd).first(where: { words.speakerPronouns.contains(toks[$0].key) }),
               it >= s.tokens.lowerBound + 2 {
                var v = toks[it - 1].key == words.kThat ? it - 2 : it - 1
                // ("Yemen's Houthi movement said on Tuesday it had attacked …": the day of the telling stands between)
                var gap = 0
                while gap < 3, v > s.tokens.lowerBound + 1, words.saidGap.contains(toks[v].key) { v -= 1; gap += 1 }
                if v > s.tokens.lowerBound, !toks[v].isCapitalized, speechVerbs.longest(doc.tokens[..<it], from: v) != nil {
                    let named = subjectGroup(doc, ms, before: v, from: s.tokens.lowerBound)
                    for m in named { addArg(r, m, asState: true) }
                    // "Police said on Monday they had defused a bomb": a speaker that is only the forces or police
                    // stands for the state they serve, as it does when it opens the clause of the trigger itself
                    if named.isEmpty, (s.tokens.lowerBound..<v).allSatisfy({ words.ownForces.contains(toks[$0].key) || toks[$0].key == words.kThe }),
                       (s.tokens.lowerBound..<v).contains(where: { words.forceHeads.contains(toks[$0].key) }),
                       let m = ms.last(where: { $0.tokens.lowerBound >= s.tokens.lowerBound && $0.tokens.upperBound <= v }) {
                        addArg(r, m, asState: true)
                    }
                }
            }
            // "The Interior Ministry said security forces had foiled a plot": a foiled attack whose subject is
            // only the forces or police is the reporting body's
            if info.isAttackThwarted || info.isAttackOrSeizure && !info.isAttack, group.isEmpty, !pairGroup, pronoun == nil, !args.contains(where: { $0.0 == r }),
               // (a quote may open at the trigger: "the army had \"liberated strategic heights\""; the day of the telling
               // may stand before the subject: "said on Saturday the army had …")
               case let forcesFrom = (clauseStart..<subjectEnd).first(where: { !words.saidGap.contains(toks[$0].key) }) ?? subjectEnd,
               forcesFrom < subjectEnd, (forcesFrom..<subjectEnd).allSatisfy({ words.ownForces.contains(toks[$0].key) || toks[$0].isQuote }),
               (forcesFrom..<subjectEnd).contains(where: { words.forceHeads.contains(toks[$0].key) }),
               // ("said in a statement on Monday that …": the telling's circumstances stand between)
               let v = (max(s.tokens.lowerBound, clauseStart - 9)..<clauseStart).last(where: { !toks[$0].isCapitalized && saysAt(doc, $0, before: clauseStart) }) {
                for m in subjectGroup(doc, ms, before: v, from: s.tokens.lowerBound) { addArg(r, m, asState: true) }
            }
            // "Security forces foiled a bomb attack on a church", "the army thwarted a plot to …": a foiling verb whose subject
            // is only the forces, police or army the finder read as the story's own state's (the dateline's, or the state
            // it names most) is that state's, when the attack or plot it foils follows in its clause
            if info.isAttackThwarted, words.foiling.contains(toks[i].key), group.isEmpty, !pairGroup, pronoun == nil,
               !args.contains(where: { $0.0 == r }), clauseStart < subjectEnd,
               let m = ms.first(where: { $0.kind == .reference && $0.tokens.lowerBound >= clauseStart && $0.tokens.upperBound <= subjectEnd }),
               found.type(of: m.actor) == "country",
               (clauseStart..<subjectEnd).allSatisfy({ m.tokens.contains($0) || words.ownForces.contains(toks[$0].key) }),
               let trie = attackWords,
               (tEnd..<min(s.tokens.upperBound, tEnd + 6)).contains(where: { k in
                   !words.boundaries.contains(toks[k].key) && trie.longest(doc.tokens[..<s.tokens.upperBound], from: k) != nil
               }) {
                addArg(r, m, asState: true)
            }
            // "Qatar said the talks had stalled, blaming Israel": an accusation told by a participle after a comma
            // is the speaker's
            if info.judgesEvents, entry.form == .ing, pronoun == nil, i > s.tokens.lowerBound, toks[i - 1].key == words.kComma,
               !args.contains(where: { $0.0 == r }),
               let v = (s.tokens.lowerBound..<i).first(where: { !toks[$0].isCapitalized && speechVerbs.mayStart(toks[$0].key) && speechVerbs.longest(doc.tokens[..<i], from: $0) != nil }) {
                for m in subjectGroup(doc, ms, before: v, from: s.tokens.lowerBound) { addArg(r, m, asState: true) }
            }
            // "he also held a meeting with …": the person the pronoun stands for
            if group.isEmpty, let pr = pronoun,
               let m = personBefore(found, pr, doc, s, si) {
                addArg(r, m)
            }
        }
        // after the trigger: object and prepositional phrases
        /// The supplier the weapons' nationality names ("a deal for French jets").
        var originActor: String? = nil
        var prep: UInt64? = nil
        var prepToken: Int? = nil
        var q = objectEnd ?? tEnd
        var lastMentionEnd = q
        // "struck what Ankara said were PKK hideouts": the clause that tells who said so names no argument; the object
        // follows its verb (and its "was", "were" or "as")
        // ("condemned what it called Israeli aggression", "denounced what he described as Russian provocations": the
        // clause's subject a pronoun for the speaker; the object after it, its adjective whom it judges)
        /// Where the object starts: after the trigger, or after such a "what … said" clause.
        var objectStart = tEnd
        if tEnd + 2 < s.tokens.upperBound, toks[tEnd].key == words.kWhat,
           let said = ms.first(where: { $0.tokens.lowerBound == tEnd + 1 && $0.kind == .name }).map({ $0.tokens.upperBound })
               ?? (words.whatPronouns.contains(toks[tEnd + 1].key) ? tEnd + 2 : nil),
           said < s.tokens.upperBound, words.whatSaid.contains(toks[said].key) {
            q = said + 1
            if q < s.tokens.upperBound, words.beForms.contains(toks[q].key) || toks[q].key == words.kAs { q += 1 }
            lastMentionEnd = q
            objectStart = q
        }
        var steps = 0
        /// Inside an attack noun's casualties clause: the people killed, named by their nationality, are its target.
        var victims = false
        /// Past a preposition inside the noun phrase of an accusation's or criticism's phrase: no more roles there.
        var deep = false
        /// After "chaired by", "hosted by": who chairs or hosts talks takes part in them (or mediates them).
        var hostBy = false
        let byKey = words.kBy
        /// "met with leaders from Peru": a trigger that ends in its preposition ("met with", "fired on") holds the
        /// phrase a later "from/of/in" is inside of.
        let triggerEndsInPrep = entry.form != .noun && words.preps.contains(toks[tEnd - 1].key) && toks[tEnd - 1].key != words.kAnd
        // ("Kenya receives Turkish drones as al-Shabaab steps up raids": the clause "as" opens holds none of its roles)
        let scanEnd = asClause(doc, found, si, from: tEnd, s.tokens.upperBound) ?? s.tokens.upperBound
        while q < scanEnd && steps < 25 {
            let t = toks[q]
            if words.boundaries.contains(t.key) {
                // "a bombing that killed 20 people in Lyon", "an attack which wounded three Britons": the
                // casualties clause of an attack noun names its victims and its place
                if info.isAttack, entry.form == .noun, !victims, words.relatives.contains(t.key), q + 1 < s.tokens.upperBound,
                   words.killWords.contains(toks[q + 1].key) || words.woundWords.contains(toks[q + 1].key) {
                    victims = true
                    prep = nil; prepToken = nil
                    q += 2; steps += 1
                    continue
                }
                break
            }
            // (the tries' first-key tests here and below pass over most words without a call)
            if q > tEnd, speechVerbs.mayStart(t.key), speechVerbs.longest(doc.tokens[..<s.tokens.upperBound], from: q) != nil { break }
            if words.argumentStops.contains(t.key) { break }
            // ("killed three Britons in Sousse, according to an inquiry by the BBC and the Guardian": who tells of the
            // event is none of its arguments)
            if t.key == words.kAccording, q + 1 < s.tokens.upperBound, toks[q + 1].key == words.kTo { break }
            // "after an attack on an academy in Bogota that killed 20 people, and asked Cuba to …": ", and" before a
            // past-tense verb opens the subject's next clause, which holds none of the event's roles (nor its place)
            if t.key == words.kComma, q + 2 < scanEnd, toks[q + 1].key == words.kAnd, toks[q + 2].isWord, !toks[q + 2].isCapitalized,
               doc.token(q + 2, endsIn: "ed", minLength: 4, anyCase: false) { break }
            // "jets bombed the ridge in support of allied militias": the side an act supports is none of its arguments
            if t.key == words.kIn, q + 2 < s.tokens.upperBound, toks[q + 2].key == words.kOf, words.supportNouns.contains(toks[q + 1].key) { break }
            // "met with A …, and later he held another meeting with B": a later trigger of the same type takes
            // what follows it
            // (not a trigger that names its object's kind without it: "downed by a missile fired from Russia" tells no
            // second attack, and its "from" is still the first's)
            if q > tEnd + 1, !toks[q].isCapitalized, triggerTrie.mayStart(toks[q].key), let h = triggerTrie.longest(doc.tokens[..<s.tokens.upperBound], from: q),
               h.payload.eventType == entry.eventType,
               triggerInfos[Int(h.payload.eventType)][Int(h.payload.trigger)].objectWords.map({ ow in
                   countedObject(doc, from: q + h.length, end: s.tokens.upperBound, contexts.tries[ow]) != nil }) ?? true { break }
            // (the sentence's mention starting at q: mentions never overlap, so the one starting there, if of this sentence)
            if let m = found.starting(at: q), m.sentence == si {
                // the slot's role, whether a capital there acts as its state (the object, the subject, "with", "to"),
                // and the slots read by their name: the second of "A and B", "between"
                // (a preposition's slot is its word; `prep` holds that word's key, by which the frame's prepositions
                // and placePreps are keyed)
                let slotRole: String?
                var slotIsState = true, sameSlot = false, betweenSlot = false
                var afterPlacePrep = false
                if let pr = prep {
                    if pr == byKey && passive { slotRole = info.subjectRole }
                    else if pr == words.kAnd { slotRole = nil; slotIsState = false; sameSlot = true }
                    else {
                        slotRole = info.prepRoles[pr]
                        // ("drew condemnation from Washington and Seoul", "funding from Washington": a statement's or a
                        // payment's author named by its capital is its state)
                        slotIsState = pr == words.kWith || pr == words.kTo || pr == words.kFrom && info.def.placeless
                            // ("blamed the failure on Cairo and Khartoum": whom a charge is laid on, named by a capital)
                            || pr == words.kOn && info.judgesEvents
                        betweenSlot = pr == words.kBetween
                        // ("peacekeepers deployed to Bangui": where forces are sent is where they keep the peace; not an
                        // attack's or a plot's "to", which heads a verb or a side; "fired 100 rockets at Israel": the
                        // preposition a counted fire trigger's frame names aims its munitions at whom it names, no place)
                        afterPlacePrep = words.placePreps.contains(pr) && (info.objectWords == nil || slotRole == nil)
                            || pr == words.kTo && info.isPhysical && !info.isAttackOrSeizure && !info.isAttackThwarted && slotRole == nil
                    }
                } else {
                    slotRole = info.objectRole
                }
                // "rejected a North Korean proposal for talks", "turned down Moscow's offer of talks": the state that
                // proposed the talks refused is their other party
                if info.isFailedTalks, entry.form != .noun, prep == nil, !deep,
                   m.tokens.lowerBound == objectStart || m.tokens.lowerBound == objectStart + 1 && words.determiners.contains(toks[objectStart].key),
                   case let n = m.tokens.upperBound < s.tokens.upperBound && toks[m.tokens.upperBound].flags.contains(.possessive) ? m.tokens.upperBound + 1 : m.tokens.upperBound,
                   n < s.tokens.upperBound, words.proposalNouns.contains(toks[n].key) {
                    addArg(info.def.roles[0], m, asState: true)
                    lastMentionEnd = n
                    q = n
                    steps += 1
                    continue
                }
                // "a deal for Brazilian jets", "to buy Chinese drones": a state's weapons read as one name of the state
                // say where they come from, as its adjective before them does (below)
                if info.isArmsTransfer, m.kind == .name, !deep, m.tokens.count >= 2, let origin = info.prepRoles[words.kFrom],
                   weapons?.longest(doc.tokens[..<m.tokens.upperBound], from: m.tokens.upperBound - 1) != nil,
                   found.type(of: m.actor) == "country" {
                    addArg(origin, m, asState: true)
                    originActor = originActor ?? args.last.flatMap { $0.role == origin ? $0.actor : nil }
                    lastMentionEnd = m.tokens.upperBound
                    q = m.tokens.upperBound
                    steps += 1
                    continue
                }
                if m.kind == .modifier {
                    // "met their Chinese and Indian counterparts, A and B": the adjectives before a counterpart noun
                    // only say whose the people named next are (their "and" coordinates no slot)
                    if let c = counterpartNoun(doc, found, after: m, s.tokens.upperBound) { q = c + 1; continue }
                    // "with US and Saudi intelligence agents": a modifier stands for its actor after a preposition,
                    // but not when it only qualifies a person named next ("the Iraqi Prime Minister Nouri al-Maliki")
                    let personNext = ms.contains { $0.tokens.lowerBound > m.tokens.lowerBound && $0.tokens.lowerBound <= m.tokens.upperBound + 3 && found.type(of: $0.actor) == "person" }
                    // "bought South Korean K9 howitzers", "a deal for French jets": the nationality of the weapons
                    // transferred is where they come from, their supplier, in whatever slot they stand
                    if info.isArmsTransfer, !personNext, !deep, let origin = info.prepRoles[words.kFrom],
                       weaponFollows(doc, m.tokens.upperBound, s.tokens.upperBound) {
                        addArg(origin, m, asState: true)
                        originActor = originActor ?? args.last.flatMap { $0.role == origin ? $0.actor : nil }
                        q = m.tokens.upperBound
                        steps += 1
                        continue
                    }
                    // "killed three Britons" (victims), "downed a Russian helicopter" (an attack's object that is a
                    // weapon): the nationality is the target
                    let victimsNamed = victims && prep == nil
                    let weaponObject = info.isAttack && entry.form != .noun && prep == nil && m.tokens.upperBound < s.tokens.upperBound
                        && weapons?.longest(doc.tokens[..<s.tokens.upperBound], from: m.tokens.upperBound) != nil
                    // ("spoke by phone with their Greek counterparts": a trigger that ends in its preposition
                    // puts its object after one)
                    let triggerPrep = prep == nil && triggerEndsInPrep
                        && q == tEnd + (tEnd < s.tokens.upperBound && words.determiners.contains(toks[tEnd].key) ? 1 : 0)
                    // "criticised the Israeli strikes", "accused Chinese vessels of firing": a state's adjective opening the
                    // object of a verb of judging names whom it judges
                    let judgedAdjective = info.judgesEvents && entry.form != .noun && prep == nil && !deep
                        && (q == objectStart || q == objectStart + 1 && words.determiners.contains(toks[objectStart].key))
                    if (prep == nil && !victimsNamed && !weaponObject && !triggerPrep && !judgedAdjective) || personNext { q = m.tokens.upperBound; continue }
                }
                // "Pakistan-based Jaish-e-Mohammed": where a group is based is no argument
                if m.tokens.upperBound + 1 < s.tokens.upperBound, toks[m.tokens.upperBound].key == words.kHyphen,
                   toks[m.tokens.upperBound + 1].key == words.kBased {
                    q = m.tokens.upperBound + 2; steps += 1; continue
                }
                // "strikes against the al-Qaida-linked Nusra Front": the body the named group is tied to is none of the
                // event's arguments (the group named next is)
                if m.tokens.upperBound + 2 < s.tokens.upperBound, toks[m.tokens.upperBound].key == words.kHyphen,
                   words.tieParticiples.contains(toks[m.tokens.upperBound + 1].key),
                   let next = found.starting(at: m.tokens.upperBound + 2), next.sentence == si, next.kind == .name {
                    q = m.tokens.upperBound + 2; steps += 1; continue
                }
                // "U.S.-brokered talks", "Saudi-led coalition" after the trigger
                if m.tokens.upperBound + 1 < s.tokens.upperBound, toks[m.tokens.upperBound].key == words.kHyphen,
                   words.kLed.contains(toks[m.tokens.upperBound + 1].key) {
                    let word = doc.text(token: m.tokens.upperBound + 1).lowercased()
                    // ("fighting X with support from a French-led mission", "strikes against the Saudi-led coalition": inside
                    // a phrase other than "by" the leader takes that phrase's role)
                    if let pr = prep, pr != byKey, pr != words.kAnd {
                        addArg(slotRole, m, asState: true)
                    } else {
                        addArg((word == "brokered" || word == "mediated" || word == "sponsored") && info.hasMediator ? "mediator" : info.possessorRole, m)
                    }
                    lastMentionEnd = m.tokens.upperBound + 2
                    q = m.tokens.upperBound + 2
                    steps += 1
                    continue
                }
                // "denounced the tests carried out by X", "criticism of the manoeuvres conducted by X": the agent of the
                // deed the phrase names is whom it criticises or accuses (unless someone is already named so)
                if prep == byKey, !passive, info.judgesEvents, info.def.roles.count >= 2, let pt = prepToken, pt > tEnd,
                   agentParticiple(doc, pt - 1, after: tEnd), !args.contains(where: { $0.0 == info.def.roles[1] }) {
                    addArg(info.def.roles[1], m, asState: true)
                    lastMentionEnd = m.tokens.upperBound
                    q = m.tokens.upperBound
                    steps += 1
                    continue
                }
                // "took delivery of a submarine built by China", "detained two men recruited by X": after a verb
                // trigger, a "by" phrase behind another participle names that participle's agent: the maker of the
                // weapons (their supplier), their buyer ("delivering the first of two ships ordered by Russia": the
                // recipient, after a noun trigger too: "the delivery of frigates ordered by X"), else no one in the
                // trigger's frame
                if prep == byKey, !passive, !hostBy, let pt = prepToken, pt > tEnd, agentParticiple(doc, pt - 1, after: tEnd),
                   case let maker = words.makerParticiples.contains(toks[pt - 1].key),
                   case let buyer = info.isArmsTransfer && words.buyerParticiples.contains(toks[pt - 1].key),
                   entry.form != .noun || maker && info.isArmsTransfer || buyer,
                   !words.kLed.contains(toks[pt - 1].key) || maker {
                    if info.isArmsTransfer, maker { addArg(info.def.roles[0], m, asState: true) }
                    if buyer, info.def.roles.count >= 2 { addArg(info.def.roles[1], m, asState: true) }
                    lastMentionEnd = m.tokens.upperBound
                    q = m.tokens.upperBound
                    steps += 1
                    continue
                }
                if hostBy, info.isTalks, !found.isPlace(m.actor) || prep == byKey {
                    addArg(info.hasMediator ? "mediator" : info.def.roles[0], m, asState: true)
                } else if sameSlot {
                    // ("conducted by Lima and Quito": a capital coordinated with a state stands for its state too)
                    // ("spoke with A's Foreign Minister X and Pakistani Foreign Minister Y", "and his Azerbaijani counterpart
                    // Y": coordination across the second one's title)
                    if let last = args.last, lastMentionEnd >= q - 2 || lastMentionEnd < q && coordinatedByTitle(doc, doc.tokens[lastMentionEnd..<q]) {
                        addArg(last.0, m, asState: isState(last.1, found))
                    }
                } else if afterPlacePrep, let t = found.type(of: m.actor), t == "place" || t == "country" {
                    // a city or site beats a country ("in the Iraqi city of al-Qaim"); modifiers are never places
                    // (and "the Caspian Sea city of Aktau": the place that a place noun right after the last one introduces)
                    let b = m.tokens.lowerBound
                    if m.kind != .modifier, place == nil || (t == "place" && found.type(of: place!) == "country")
                        || t == "place" && b >= 2 && lastMentionEnd == b - 2 && toks[b - 1].key == words.kOf && words.placeNouns.contains(toks[b - 2].key) {
                        place = m.actor
                    }
                } else if prep == words.kOf, m.kind != .modifier, m.tokens.lowerBound >= 2, toks[m.tokens.lowerBound - 1].key == words.kOf,
                          words.placeNouns.contains(toks[m.tokens.lowerBound - 2].key), found.isPlace(m.actor),
                          place.map({ found.type(of: $0) == "country" }) ?? (slotRole == nil) {
                    // "seized the town of Walikale in eastern Congo", "attacked a village in Nigeria's state of Borno": the
                    // place its place noun introduces is where it happened, and beats a country
                    place = m.actor
                } else if deep {
                    // (named inside the noun phrase of the accusation's or criticism's phrase: no role)
                } else if betweenSlot {
                    addArg(info.betweenRole, m, asState: true)
                } else {
                    addArg(slotRole, m, asState: slotIsState)
                }
                lastMentionEnd = m.tokens.upperBound
                q = m.tokens.upperBound
                steps += 1
                continue
            }
            if t.key == words.kComma, attributionFollows(doc, q + 1, s.tokens.upperBound) { break }
            // ("detained five members of Islamic State": the members' body fills the slot)
            if t.key == words.kOf, q > tEnd, words.titleWords.contains(toks[q - 1].key) || words.memberNouns.contains(toks[q - 1].key) { q += 1; steps += 1; continue }
            // ("talks with Fijian Minister for Home Affairs X", "the Minister of State for Defence Affairs X": a preposition
            // between capitalized words of a title is the title's, not the slot's)
            if t.key == words.kFor || t.key == words.kOf, q > tEnd, q + 1 < s.tokens.upperBound, toks[q - 1].isCapitalized, toks[q + 1].isCapitalized,
               (max(tEnd, q - 4)..<q).contains(where: { words.titleWords.contains(toks[$0].key) }) { q += 1; steps += 1; continue }
            // "with leaders from South Korea": a preposition inside the noun phrase keeps the outer one
            // ("the capture of 12 villages from the rebels": the trigger's own "of" that names no role does not hold)
            // (after the trigger's own preposition "in" still tells a place: "met with X on Friday in Oslo")
            if prep != nil ? prep != words.kAnd : triggerEndsInPrep && t.key != words.kIn, words.innerPreps.contains(t.key), q > tEnd, toks[q - 1].isWord,
               prepToken.map({ $0 != tEnd || toks[$0].key != words.kOf || info.prepRoles[words.kOf] != nil }) ?? true,
               !ms.contains(where: { $0.tokens.upperBound == q }) {
                // ("concerned about the safety of aid workers in countries such as Somalia": who is
                // criticised or accused is named in the phrase itself, not inside a noun phrase within it)
                if info.judgesEvents { deep = true }
                q += 1; steps += 1; continue
            }
            // "accused each other": the accusers are also the accused
            // ("with each side accusing the other", "each blamed the other": "each" just before the trigger, and
            // "one another")
            if q + 1 < s.tokens.upperBound, let r = info.objectRole,
               t.key == words.kEach && toks[q + 1].key == words.kOther
                || t.key == words.kOne && toks[q + 1].key == words.kAnother
                || t.key == words.kThe && toks[q + 1].key == words.kOther && q == tEnd
                    && (max(s.tokens.lowerBound, i - 2)..<i).contains(where: { toks[$0].key == words.kEach }) {
                for a in args where a.0 == info.subjectRole { if !args.contains(where: { $0.0 == r && $0.1 == a.1 }) { args.append((r, a.1)) } }
            }
            // (a preposition the trigger's frame names is one though the grammar's list lacks it: "launched 30 drones
            // toward Kyiv")
            if words.preps.contains(t.key) || info.prepRoles[t.key] != nil {
                if t.key == words.kAnd, prep == nil || lastMentionEnd < q { if prep == nil { prep = t.key } }
                else if t.key != words.kAnd {
                    prep = t.key; prepToken = q; deep = false
                    hostBy = t.key == byKey && q > tEnd && words.hostVerbs.contains(toks[q - 1].key)
                }
                else { prep = prep ?? t.key }
                if t.key == words.kAnd && lastMentionEnd == q { prep = words.kAnd }
            }
            q += 1; steps += 1
        }
        // "Talks between India and Pakistan have been suspended": a between-phrase before the trigger names the parties
        if info.isTalks, let b = (clauseStart..<i).last(where: { toks[$0].key == words.kBetween }) {
            // ("Talks between Russian and Ukrainian delegations": states named by their adjectives too; "the dialogue
            // between Belgrade and Pristina": capitals for their states)
            // (up to the first word in small letters outside the list: not "ended in the Austrian capital")
            // ("negotiations between the military and the Arakan Army": the story's own state, as "the army said")
            let end = namesEnd(doc, ms, from: b + 1, before: i)
            for m in ms where m.tokens.lowerBound > b && m.tokens.upperBound <= end
                && (m.kind == .name || m.kind == .modifier || m.kind == .reference && found.type(of: m.actor) == "country") {
                addArg(info.def.roles[0], m, asState: true)
            }
        }
        // "Five rounds of U.S.-Iranian talks were cut short", "Sudan peace talks were suspended": the states named right
        // before the talks' noun hold them, in any voice (not a venue: "the Astana talks"; nor who brokers them:
        // "China-brokered talks")
        if info.isFailedTalks, !args.contains(where: { $0.role == info.def.roles[0] }),
           let t = (clauseStart..<i).last(where: { discourseWords.talkNouns.contains(toks[$0].key) }) {
            var k = t - 1
            while k >= clauseStart, k > t - 3, toks[k].isWord, !toks[k].isCapitalized, !words.kLed.contains(toks[k].key),
                  !ms.contains(where: { $0.tokens.contains(k) }) { k -= 1 }
            var end = k + 1
            while let m = ms.last(where: { $0.tokens.upperBound == end && $0.tokens.lowerBound >= clauseStart && ($0.kind == .name || $0.kind == .modifier) }),
                  !found.isPlace(m.actor) {
                addArg(info.def.roles[0], m, asState: true)
                let p = m.tokens.lowerBound - 1
                guard p > clauseStart, toks[p].key == words.kHyphen || toks[p].key == words.kAnd || toks[p].key == words.kComma else { break }
                end = p
            }
        }
        // "Iran's talks with Britain, France and Germany ended without agreement": the talks' holder and those they
        // are held with are the parties
        if info.isFailedTalks, let t = (clauseStart..<i).last(where: { discourseWords.talkNouns.contains(toks[$0].key) }),
           t > s.tokens.lowerBound, t + 1 < i, toks[t + 1].key == words.kWith, toks[t - 1].flags.contains(.possessive),
           let owner = ms.last(where: { $0.tokens.upperBound == t - 1 && $0.kind == .name }) {
            addArg(info.def.roles[0], owner)
            // (up to the first lower-case word outside a name: not "in Brussels", "over the dam")
            let end = namesEnd(doc, ms, from: t + 2, before: i)
            for m in ms where m.tokens.lowerBound > t + 1 && m.tokens.upperBound <= end && (m.kind == .name || m.kind == .modifier) { addArg(info.def.roles[0], m) }
        }
        // "Officials in A said B's troops shelled villages, an accusation B denied": an accusation noun in
        // apposition to a reported clause is the reporter's
        if info.judgesEvents, entry.form == .noun, i >= s.tokens.lowerBound + 2, toks[i - 2].key == words.kComma,
           toks[i - 1].key == words.kA || toks[i - 1].key == words.kAn, !args.contains(where: { $0.0 == info.def.roles[0] }),
           let v = (s.tokens.lowerBound..<(i - 2)).first(where: { k in
               !toks[k].isCapitalized && saysAt(doc, k, before: i) }) {
            for m in subjectGroup(doc, ms, before: v, from: s.tokens.lowerBound) where !args.contains(where: { $0.1 == m.actor }) {
                addArg(info.def.roles[0], m, asState: true)
            }
        }
        if reciprocal {
            for a in args where a.0 == info.def.roles[0] && !args.contains(where: { $0.0 == info.def.roles[1] && $0.1 == a.1 }) {
                args.append((info.def.roles[1], a.1))
            }
        }
        // meetings: the speaker of "X said after talks with Y" takes part
        // (also beside those "talks with" names when no one before the noun takes part: "X, who arrived on Wednesday
        // for talks with A and B, said")
        // (`args` passed, not captured: a local function capturing it, called in an operand of `||`, made every
        // access to `args` in `event` checked for exclusivity at run time)
        func withOnly(_ args: [(role: String, actor: String)]) -> Bool {
            entry.form == .noun && tEnd < s.tokens.upperBound && toks[tEnd].key == words.kWith
                && !ms.contains { m in m.tokens.upperBound <= i && args.contains { $0.1 == m.actor } }
        }
        if info.isTalks, !args.contains(where: { $0.0 == info.def.roles[0] }) || args.count < 2 || withOnly(args) {
            if let m = ms.last(where: { $0.tokens.upperBound <= i && $0.kind == .name && found.type(of: $0.actor) == "person" && !onBehalf(doc, $0, s.tokens.lowerBound) }) {
                addArg(info.def.roles[0], m)
            }
        }
        // "X told his counterpart Y by phone": the one speaking and the one told ("told Reuters by phone" is an
        // interview, no call between actors); "X discussed the grain deal and the situation in the region with Y by
        // telephone": what was discussed may stand between the verb and the call, hence a window of 16 words
        if let r = info.callerRole, let v = (max(s.tokens.lowerBound, i - 16)..<i).last(where: { words.speakingVerbs.contains(toks[$0].key) }),
           !ms.contains(where: { $0.tokens.lowerBound > v && $0.tokens.upperBound <= i && found.type(of: $0.actor) == "media" }) {
            let lo = clauseStart < v ? clauseStart : s.tokens.lowerBound
            for m in subjectGroup(doc, ms, before: v, from: lo) { addArg(r, m, asState: true) }
            if let pr = (lo..<v).last(where: { words.personPronouns.contains(toks[$0].key) }), !args.contains(where: { $0.0 == r }),
               let m = personBefore(found, pr, doc, s, si) {
                addArg(r, m)
            }
            for m in ms where m.tokens.lowerBound > v && m.tokens.upperBound <= i && m.kind == .name { addArg(r, m, asState: true) }
        }
        // "X said (that) Y breached the truce", "Y breached the truce, X said": the reporter of the clause
        // "“Our military strongly condemns the launch,” the JCS said": a verb of judging whose subject is the speakers
        // themselves ("we", "our military") is the attributed speaker's
        if info.judgesEvents, entry.form != .noun, let sr = info.subjectRole, !args.contains(where: { $0.0 == sr }),
           (max(clauseStart, i - 4)..<i).contains(where: { words.firstPerson.contains(toks[$0].key) }),
           let m = attributed(doc, ms, s, after: tEnd) {
            // (the attribution is no object the trigger governs: "condemns the launch as a provocation,” the JCS said")
            args.removeAll { $0.1 == m.actor }
            addArg(sr, m, asState: true)
        }
        if let r = info.reporterRole ?? info.speakerRole {
            var reporter: Mention? = nil
            var k = clauseStart - 1
            while k >= max(s.tokens.lowerBound, clauseStart - 12) {
                if !toks[k].isCapitalized, saysAt(doc, k, before: clauseStart) {
                    reporter = speaker(doc, ms, found, s, verb: k)
                    break
                }
                k -= 1
            }
            // "X called the drills a declaration of war", "X branded Y's move a provocation": the verb that names the
            // verdict reports it, and what it names (up to the article) is who is judged
            // (the namer is no one judged: "Seoul called the launch a provocation")
            if let v = namingVerb(doc, s, before: i, from: clauseStart, bare: info.trig.namedOnly), let namer = reporter ?? speaker(doc, ms, found, s, verb: v) {
                reporter = namer
                if let sr = info.subjectRole {
                    let named = capitalState(namer).map { "actor:" + $0 } ?? namer.actor
                    args.removeAll { $0.0 == sr && ($0.1 == namer.actor || $0.1 == named) }
                    if !args.contains(where: { $0.0 == sr }),
                       let m = ms.first(where: { $0.tokens.lowerBound > v && $0.tokens.upperBound < i && ($0.kind == .name || $0.kind == .modifier) }) {
                        addArg(sr, m, asState: true)
                    }
                }
            }
            // "X held Y responsible for the strike": who holds the one judged to account
            if reporter == nil, let sr = info.subjectRole, let a = args.first(where: { $0.0 == sr }),
               let m = ms.last(where: { $0.actor == a.1 && $0.tokens.upperBound <= i }), m.tokens.lowerBound > s.tokens.lowerBound,
               words.holdingVerbs.contains(toks[m.tokens.lowerBound - 1].key) {
                reporter = subjectGroup(doc, ms, before: m.tokens.lowerBound - 1, from: s.tokens.lowerBound).first
            }
            if reporter == nil { reporter = attributed(doc, ms, s, after: tEnd) }
            // a violation nobody is said to report, or with no one said to commit it, is no accusation
            // (a `speaker`'s judgment stands without one: its speaker judges)
            guard let m = reporter,
                  info.reporterRole == nil || info.subjectRole.map({ r in args.contains(where: { $0.0 == r }) }) == true else { return nil }
            addArg(r, m, asState: true)
        }
        // "talks between the two neighbours stalled", "cooperation between the two countries' armies": a pair
        // phrase stands for the two states named last, in this sentence or the ones before (Discourse.swift)
        if info.isPairPhrase, let lead = info.def.roles.first, args.lazy.filter({ $0.0 == lead }).count < 2,
           let p = pairPhrase(tp, s, clauseStart: clauseStart, trigger: i, end: tEnd, described: info.isTalks || info.isFailedTalks),
           let pair = pairAntecedents(doc, found, before: p.start, sentence: si, exclude: args.map(\.1) + (place.map { [$0] } ?? [])) {
            let detail = doc.text(tokens: p.start..<(p.noun + 1))
            // ("talks between the two NATO allies": the body that names the pair is none of its parties)
            args.removeAll { a in ms.contains { $0.actor == a.1 && $0.tokens.lowerBound > p.start && $0.tokens.upperBound <= p.noun } }
            for a in pair {
                args.append((lead, a.actor))
                guard a.sentence != si else { continue }
                let ev = discourseEvidence(doc, a.sentence, article, rule: "discourse.pair", detail: detail)
                if !discourse.contains(ev) { discourse.append(ev) }
            }
        }
        // "Peru signed a deal for Brazilian armored vehicles": the weapons come from elsewhere than the subject
        // the frame made their supplier, so the subject is who gets them
        if let o = originActor, let origin = info.prepRoles[words.kFrom], let to = info.prepRoles[words.kTo], to != origin,
           subjectArgs.upperBound <= args.count, !args.contains(where: { $0.role == to }) {
            for x in subjectArgs where args[x].role == origin && args[x].actor != o { args[x].role = to }
        }
        // "Saudi Arabia and the United States suspended talks in Jeddah between Sudan's warring factions": who stops talks
        // held between others mediates them (not "Colombia suspended talks with the ELN": talks with X are the subject's)
        if info.hasMediator, entry.form != .noun,
           let t = (tEnd..<min(s.tokens.upperBound, tEnd + 4)).first(where: { discourseWords.talkNouns.contains(toks[$0].key) }),
           let b = (t + 1..<min(s.tokens.upperBound, t + 6)).first(where: { toks[$0].key == words.kBetween }),
           (t + 1..<b).allSatisfy({ toks[$0].key != words.kComma && toks[$0].key != words.kWith }) {
            let end = namesEnd(doc, ms, from: b + 1, before: s.tokens.upperBound)
            let listed = Set(ms.filter { $0.tokens.lowerBound > b && $0.tokens.upperBound <= end }.map(\.actor))
            let subject = Set(ms.filter { $0.tokens.lowerBound >= clauseStart && $0.tokens.upperBound <= i }.map(\.actor))
            if !listed.isEmpty {
                for x in args.indices where args[x].role == info.def.roles[0] && subject.contains(args[x].actor) && !listed.contains(args[x].actor) {
                    args[x].role = "mediator"
                }
            }
        }
        // "urged Serbia to avoid buying Russian weapons": the demand's addressee is its target, not what it names after
        // ("demanded that China stop": the addressee opens the clause)
        if demand, info.def.roles.count >= 2 {
            let r = info.def.roles[1]
            if !args.contains(where: { $0.role == r }), tEnd < s.tokens.upperBound, toks[tEnd].key == words.kThat,
               let m = ms.first(where: { $0.kind == .name && $0.tokens.lowerBound == tEnd + 1 }) {
                addArg(r, m, asState: true)
            }
            if let first = args.firstIndex(where: { $0.role == r }) {
                args = args.indices.filter { $0 <= first || args[$0].role != r }.map { args[$0] }
            }
        }
        // "Presidents A and B discussed Syria at a meeting on the sidelines of …": a meeting noun after "at a" or
        // "during a" is held by the names that open the sentence; what their verb governs is its topic
        if info.isMeeting, entry.form == .noun, i >= s.tokens.lowerBound + 4, words.determiners.contains(toks[i - 1].key),
           toks[i - 2].key == words.kAt || toks[i - 2].key == words.kDuring {
            let v = namesEnd(doc, ms, from: s.tokens.lowerBound, before: i - 2)
            let opening = ms.filter { $0.kind == .name && $0.tokens.lowerBound >= s.tokens.lowerBound && $0.tokens.upperBound <= v }
            if opening.count >= 2, v < i - 2, toks[v].isWord, doc.token(v, endsIn: "ed", minLength: 4, anyCase: false) {
                let topic = Set(ms.filter { $0.tokens.lowerBound > v && $0.tokens.upperBound <= i - 2 }.map(\.actor))
                args.removeAll { a in topic.contains(a.actor) && !opening.contains(where: { $0.actor == a.actor }) }
                for m in opening { addArg(info.def.roles[0], m, asState: true) }
            }
        }
        // "The United Nations has postponed peace talks on Yemen", "talks between A and B, the AU and C stalled": a body of
        // states (`bodiesOfStates`) at failed talks mediates them, unless it faces one party alone ("talks between
        // ECOWAS and the junta")
        if info.isFailedTalks, info.hasMediator {
            let party = info.def.roles[0]
            let bodies = args.indices.filter { args[$0].role == party && bodiesOfStates.contains(args[$0].actor) }
            if !bodies.isEmpty, args.count(where: { $0.role == party }) - bodies.count != 1 {
                for x in bodies { args[x].role = "mediator" }
            }
        }
        // "three envoys, former presidents A of Mozambique and B of Liberia": a state named after a person's "of" is
        // that person's, no side of its own beside them (unless the sentence names it elsewhere too)
        // (the states named elsewhere are gathered only when some state is a person's: most sentences have
        // none, and a Set of every state's id hashed each of them for nothing)
        if args.count >= 2 {
            /// Whether the state mention `m` follows a named person's "of", that person being an argument.
            /// (`args` passed, not captured: see `withOnly`)
            func personsState(_ m: Mention, _ args: [(role: String, actor: String)]) -> Bool {
                let b = m.tokens.lowerBound
                guard b >= s.tokens.lowerBound + 2, toks[b - 1].key == words.kOf,
                      let p = ms.first(where: { $0.tokens.upperBound == b - 1 && $0.kind == .name && found.type(of: $0.actor) == "person" })
                else { return false }
                return args.contains(where: { $0.actor == p.actor })
            }
            var own: [String] = []
            // (the "of" before the mention tested first, which most fail, before its type is looked up; the mentions
            // read in place: a copy of each retained and released its id)
            for x in ms.indices {
                let b = ms[x].tokens.lowerBound
                guard b >= s.tokens.lowerBound + 2, toks[b - 1].key == words.kOf, found.type(of: ms[x].actor) == "country",
                      personsState(ms[x], args) else { continue }
                own.append(ms[x].actor)
            }
            if !own.isEmpty {
                let elsewhere = ms.filter { [args] in found.type(of: $0.actor) == "country" && !personsState($0, args) }.map(\.actor)
                args.removeAll { own.contains($0.actor) && !elsewhere.contains($0.actor) }
            }
        }
        // "blamed the bombing on the Taliban", "blamed Hezbollah for the rocket attack", "an attack the government
        // blamed on Islamic State": the one blame for an attack is laid on is its attacker (as charged), not its target
        // (a capital there names its state, as the accused of the blame does)
        if info.isAttack, let attacker = info.def.roles.first {
            for m in blamedFor(doc, ms, found, s, trigger: i, end: tEnd, noun: entry.form == .noun) {
                let actor = found.type(of: m.actor) == "place" ? capitalState(m).map { "actor:" + $0 } : m.actor
                guard let actor else { continue }
                args.removeAll { $0.actor == actor }
                if info.allowedTypes(attacker).map({ a in found.type(of: actor).map(a.contains) ?? false }) ?? true {
                    args.append((attacker, actor))
                }
            }
        }
        let actorArgs = args
        // talks named by their venue ("the Geneva 2 talks"): the venue is the place
        if place == nil, info.isTalks {
            for m in ms where m.kind == .name && found.isPlace(m.actor) && m.tokens.upperBound < s.tokens.upperBound {
                var k = m.tokens.upperBound
                while k < s.tokens.upperBound, toks[k].flags.contains(.number) { k += 1 }
                if k < s.tokens.upperBound, negotiationWords?.longest(doc.tokens[..<s.tokens.upperBound], from: k) != nil { place = m.actor; break }
            }
        }
        // "a setback to peace talks in Qatar", "negotiations held in Kuwait": a state right after the talks and "in" is
        // where they are held, as a city is
        if place == nil, info.isTalks {
            for m in ms where m.kind == .name && m.tokens.lowerBound >= s.tokens.lowerBound + 2 && toks[m.tokens.lowerBound - 1].key == words.kIn {
                let t = m.tokens.lowerBound - 2 - (toks[m.tokens.lowerBound - 2].key == words.kHeld && m.tokens.lowerBound >= s.tokens.lowerBound + 3 ? 1 : 0)
                if discourseWords.talkNouns.contains(toks[t].key), found.isPlace(m.actor) || found.type(of: m.actor) == "country" { place = m.actor; break }
            }
        }
        // "A car bomb exploded outside a police station in Kabul, killing six officers": the casualties
        // clause belongs to the sentence's event, and so does the place named before it
        if place == nil, entry.form == .ing, i > s.tokens.lowerBound, toks[i - 1].key == words.kComma {
            place = placeNamed(doc, ms, found, after: s.tokens.lowerBound, before: i)
        }
        // "militants attacked an army base in Uri": an attack told by its verb stands with its place alone
        // ("a gunman carried out an attack near the embassy in Nairobi", "a shooting in Tunis that killed
        // two": an attack noun after a light verb, or with its toll, is told as a deed too)
        // (a noun reported too: "carried out an attack near the embassy in Nairobi, according to local media")
        let placeOnly = place != nil && info.isAttackOrSeizure && (modality == .asserted || modality == .reported && entry.form == .noun)
            && (entry.form != .noun || info.isAttack && attackNounTold(doc, s, i, &memo))
            && !doc.isHeadline(s)  // a headline's nouns look like verbs ("Thwarted Terrorist Attacks")
            && memo.has("violence_words", contexts, sentenceSlice)  // "a party was struck" by lightning is no attack
            // "a shark attack killed", "lightning strikes killed": a false friend in the sentence says who killed
            && !toks[s.tokens].contains(where: { words.falseFriends.contains($0.key) })
        // stalled talks are often told without their parties ("there has been little progress"): the
        // negotiation context the trigger requires is enough
        // "The interior ministers will meet in Vilnius next week": a meeting of officials (`people_nouns`)
        // told by its verb, with its place ("the two clubs will meet in Madrid", "shareholders will meet" are none)
        let placedMeeting = info.isMeeting && entry.form != .noun && place != nil && !doc.isHeadline(s)
            && (clauseStart..<i).contains { words.peopleNouns.contains(toks[$0].key) }
        if actorArgs.isEmpty && !info.isFailedTalks && !placeOnly && !placedMeeting { return nil }
        // "fired three missiles into the sea": munitions aimed at no one and no place named are a test, no attack
        if objectEnd != nil, info.isPhysical, place == nil, !actorArgs.contains(where: { $0.role != info.subjectRole }) { return nil }
        // "The United States will send two destroyers to the Middle East": warships or troops sent to a region, with no
        // one named to get them, are the sender's own forces deployed, no weapons changing hands ("will send two patrol
        // boats to the Philippines" names its recipient)
        if info.isArmsTransfer, entry.form != .noun, let forces = deployedForces, let to = info.prepRoles[words.kTo],
           !actorArgs.contains(where: { $0.role == to }),
           let e = countedObject(doc, from: tEnd, end: s.tokens.upperBound, forces), e < s.tokens.upperBound, toks[e].key == words.kTo { return nil }
        // (an organization's meeting counts when the text dates it right after the noun: "an EU summit next Monday";
        // "texts approved by the NATO summit" tells of its outcome)
        if organizationMeets {
            let from = toks[tEnd - 1].start, to = tEnd + 5 < s.tokens.upperBound ? toks[tEnd + 5].start : s.end
            organizationMeets = dates.contains { $0.start > from && $0.start <= to }
        }
        if info.isMeeting && actorArgs.count < 2 && entry.form == .noun && place == nil && !organizationMeets { return nil }
        // place: "in/near/at X" anywhere in the clause, else the dateline for meetings
        if place == nil { place = placeNamed(doc, ms, found, after: clauseStart, before: scanEnd) }
        // "gunmen stormed a hotel in Mogadishu's port district, killing nine, in what police called an attack by X":
        // the noun after "in what" names the deed the sentence told before it, at that deed's place
        if place == nil, entry.form == .noun, info.isAttack, i > s.tokens.lowerBound + 1,
           let w = (s.tokens.lowerBound + 1..<i).last(where: { toks[$0].key == words.kWhat && toks[$0 - 1].key == words.kIn }) {
            place = placeNamed(doc, ms, found, after: s.tokens.lowerBound, before: w - 1)
        }
        // date: the most specific time expression in the trigger's clause, then the nearest; weak ones (in
        // another clause, a period, a possessive that dates another noun, "this year") only when the
        // sentence has nothing better. An event its sentence does not date takes the article's date,
        // flagged as such.
        var date: PartialDate? = nil
        var dateSource = "text"
        var best = Int.max
        var bestWeak = Int.max
        var weakDate: PartialDate? = nil
        var weakCoversArticle = false
        var clauseEnd = tEnd
        while clauseEnd < s.tokens.upperBound, !words.boundaries.contains(toks[clauseEnd].key) { clauseEnd += 1 }
        let clauseEndByte = clauseEnd < s.tokens.upperBound ? toks[clauseEnd].start : s.end
        // a present "is/are …ing" before the trigger in its clause (asked only of a weekday)
        func progressive() -> Bool { (clauseStart..<i).contains { k in
            words.presentBe.contains(toks[k].key) && !words.notParticiples.contains(toks[k + 1].key)
                && doc.token(k + 1, endsIn: "ing", minLength: 3, anyCase: true)
        } }
        // (an expression starting after the sentence ends after it: past `hi`, none passes the test)
        let lo = datesSorted ? dates.partitionPoint { $0.start >= s.start } : 0
        let hi = datesSorted ? dates[lo...].partitionPoint { $0.start > s.end } : dates.count
        for d in dates[lo..<hi] where d.start >= s.start && d.end <= s.end {
            var dist = abs(d.start - toks[i].start)
            if d.value.day == nil { dist += d.value.month == nil ? 80 : 40 }
            var weak = d.end <= toks[clauseStart].start || d.start >= clauseEndByte
            // "recaptured the town, which rebels had held since March": another clause's starting point
            // or span dates nothing here
            if weak, d.kind == .duration || d.kind == .since { continue }
            if d.kind == .duration || d.kind == .since { weak = true }
            // dates of something else are no candidates: "last year's agreement" (a possessive dates the noun
            // after it), "an official said on Friday" (the telling), "talks set to begin on Monday" (another,
            // planned event)
            let next = doc.firstToken(startingAtOrAfter: d.end)
            if next < toks.count, toks[next].flags.contains(.possessive), !(next + 1...next + 3).contains(i) { continue }
            if next > 0, toks[next - 1].flags.contains(.possessive), !(next...next + 2).contains(i) { continue }
            let firstAt = doc.firstToken(startingAtOrAfter: d.start)
            let first = firstAt < toks.count ? firstAt : 0
            // "retaliation for the April 1 strike": a date between "the" and a noun dates that noun (not this trigger)
            if first > s.tokens.lowerBound, toks[first - 1].key == words.kThe, next < s.tokens.upperBound, toks[next].isWord,
               !toks[next].isCapitalized, !(next...next + 4).contains(i) { continue }
            if first > s.tokens.lowerBound, (max(s.tokens.lowerBound, first - 2)..<first).contains(where: { words.originWords.contains(toks[$0].key) }) { continue }
            if first > s.tokens.lowerBound, words.spanEnds.contains(toks[first - 1].key) { continue }
            // "his second visit since taking office in 2014", "the worst shelling since the 2014 war": a date in a
            // "since" phrase is where a span starts, not when the event was (in the trigger's own clause; another
            // clause's stays a weak candidate)
            if !weak, let k = (max(s.tokens.lowerBound, first - 4)..<first).last(where: { toks[$0].key == words.kSince }),
               !((k + 1)..<first).contains(where: { words.boundaries.contains(toks[$0].key) || toks[$0].key == words.kComma }) { continue }
            // (but when the speech verb is the trigger, the telling is the event: "accused X on Monday of …")
            if first > i, first > s.tokens.lowerBound,
               (max(s.tokens.lowerBound, first - 2)..<first).contains(where: { ($0 < i || $0 >= tEnd) && isTelling($0, before: first, doc) }) { continue }
            // "blamed X for the impasse, saying the group had rejected a proposal last month": the date is in
            // what was said
            if first > tEnd, (tEnd..<first).contains(where: { words.sayingWords.contains(toks[$0].key) }) { continue }
            if first > tEnd + 1, let other = ((tEnd + 1)..<first).first(where: { k in
                   triggerTrie.longest(doc.tokens[..<first], from: k).map { $0.payload.form == .noun } ?? false }),
               (other..<first).contains(where: { words.plannedAfter.contains(toks[$0].key) || words.beginWords.contains(toks[$0].key) }) {
                continue
            }
            // "delivered … under a contract signed in 2022": a noun trigger after this one, with a participle clause
            // of its own holding the date, is what the date dates
            if first > tEnd + 1, let o = ((tEnd + 1)..<first).first(where: { k in
                   triggerTrie.longest(doc.tokens[..<first], from: k).map { $0.payload.form == .noun && words.subordinateNoun(doc, k, k + $0.length, lo: tEnd, hi: first) } ?? false }),
               !(o..<first).contains(where: { words.boundaries.contains(toks[$0].key) || toks[$0].key == words.kComma }) {
                continue
            }
            // a date in a relative clause before the trigger's clause is that clause's verb's: "paid from a
            // fund that parliament approved last month, the minister said after meeting X"
            if d.end <= toks[clauseStart].start, first > s.tokens.lowerBound,
               let b = (s.tokens.lowerBound..<first).last(where: { words.boundaries.contains(toks[$0].key) }),
               words.relativeOpeners.contains(toks[b].key), !(b..<first).contains(where: { toks[$0].key == words.kComma }) { continue }
            // a date in a clause that a subordinator opens after the trigger is that clause's event's
            if !weak, first > tEnd + 2,
               let k = (tEnd..<(first - 2)).last(where: { words.subordinators.contains(toks[$0].key) }),
               !words.timesOfDay.contains(toks[k + 1].key) { weak = true }
            var coversArticle = false
            if d.kind == .relativeYear || d.kind == .relativeMonth || d.kind == .relativeWeek,
               let a = article.date, d.value.year == a.year, d.value.month == nil || d.value.month == a.month {
                weak = true
                // "this year", "earlier this month": the period of the article's own date ("next week" is another)
                let f = doc.firstToken(startingAtOrAfter: d.start)
                coversArticle = (f..<min(f + 3, s.tokens.upperBound)).contains { toks[$0].key == words.kThis && toks[$0].end <= d.end }
            }
            var value = d.value
            // "will meet on Monday": a weekday of a planned event lies ahead of the article (so does one of an
            // arrangement told in the present progressive: "is holding talks on Monday"; not a judgment a speaker
            // voiced that day: "said on Sunday the raids are eroding the truce")
            // ("signed a deal on Wednesday to buy jets": a weekday before the purpose's "to", in a clause with no
            // future of its own, dates the told verb that governs it)
            // (a "to" before the clause opens is no purpose of its verb: "Monday to: criticized …")
            let toldBeforePurpose = plannedTo.map { to in
                to >= clauseStart && d.end <= toks[to].start && !(clauseStart..<to).contains { toks[$0].start < d.start && words.planned.contains(toks[$0].key) && $0 != to }
            } ?? false
            if d.kind == .weekday, modality == .planned && !purposeOnly && !toldBeforePurpose || progressive() && info.speakerRole == nil,
               let a = article.date, a.isComplete, value.isComplete, value < a {
                value = CalendarMath.addDays(value, 7)
            }
            // "Sunday through Wednesday": a range starts at its first date
            if let prevEnd = doc.lastToken(endingAtOrBefore: d.start), words.rangeWords.contains(toks[prevEnd].key),
               let first = dates.last(where: { $0.end <= toks[prevEnd].start && $0.end >= toks[prevEnd].start - 2 && $0.kind == d.kind }) {
                value = first.value
            }
            if weak {
                if dist < bestWeak { bestWeak = dist; weakDate = value; weakCoversArticle = coversArticle }
            } else if dist < best {
                best = dist; date = value
            }
        }
        // "accused Y on Tuesday, a day after Z handed over boats": a deed in a clause that "N days after" opens lies N
        // days before the day of the clause it follows ("hours after": the same day)
        // (the dates before "after" are the other clause's: only one of the deed's own keeps it)
        if case let from = max(s.tokens.lowerBound + 2, clauseStart - 1), from < i,
           let a = (from..<i).last(where: { toks[$0].key == words.kAfter || toks[$0].key == words.kBefore }),
           !(a + 1..<i).contains(where: { toks[$0].key == words.kComma || words.boundaries.contains(toks[$0].key) }),
           let unit = words.offsetUnits[toks[a - 1].key],
           !dates[lo..<hi].contains(where: { $0.start > toks[a].start && $0.start < clauseEndByte }) {
            let count = toks[a - 2].key == words.kA || toks[a - 2].key == words.kAn ? 1 : Self.number(doc, a - 2) ?? (unit == 0 ? 0 : nil)
            // ("The aerial battle came a day after …": a clause that opens on "the" and a noun names what the
            // sentences just before told, and their last day is its day)
            let told = dates[lo..<hi].last(where: { $0.start >= s.start && $0.end <= toks[a - 1].start && $0.value.isComplete })?.value
                ?? (toks[s.tokens.lowerBound].key == words.kThe && si >= 1 && datesSorted
                    && !(1...2).contains(where: { s.tokens.lowerBound + $0 < a && words.remarkNouns.contains(toks[s.tokens.lowerBound + $0].key) })
                    ? dates[..<lo].last(where: { $0.start >= doc.sentences[max(0, si - 2)].start && $0.value.isComplete })?.value : nil)
                ?? (article.date?.isComplete == true ? article.date : nil)
            if let n = count, let base = told {
                date = CalendarMath.addDays(base, toks[a].key == words.kAfter ? -n * unit : n * unit)
            }
        }
        // ("this year", "this month", "this week" only: the article's own date lies in that period, and says more)
        if date == nil, !weakCoversArticle { date = weakDate }
        if date == nil, let a = article.date, a.year != nil {
            date = a
            dateSource = "article"
        }
        let sentenceText = texts.text(doc, si)
        let triggerText = doc.text(tokens: i..<tEnd)
        let ev = evidence(doc, s, article, rule: rules.rule(info.trig.origin, "", detail: triggerText), text: sentenceText)
        var confidence = 0.5
        if entry.form != .noun { confidence += 0.15 }
        confidence += min(0.3, 0.1 * Double(actorArgs.count))
        if modality == .reported || modality == .alleged { confidence -= 0.1 }
        if info.trig.requires != nil { confidence += 0.05 }
        // "accused India of abuses in Kashmir", "pledged aid to troops in the south": a statement's or a
        // commitment's clause places its matter, not the statement (`placeless`)
        if info.def.placeless { place = nil }
        // (a lone state is the one visited, by a visitor the finder did not know: "Roe is due to visit Chile")
        if info.trig.minActors > 1, case let actors = Set(actorArgs.lazy.map(\.actor)), actors.count < info.trig.minActors,
           !(actors.count == 1 && actors.allSatisfy { isState($0, found) }) { return nil }
        var event = Event(type: info.def.type, arguments: actorArgs, place: place, date: date,
                     modality: modality, confidence: min(1, confidence), trigger: triggerText,
                     evidence: discourse.isEmpty ? [ev] : [ev] + discourse, count: nil, dateSource: dateSource)
        // "28 terrorist attacks", "killing 36", "wounding close to 150": counts and casualties as stated
        event.count = countBefore(doc, i, s) ?? (info.isAttackThwarted ? countedSubject(doc, clauseStart, i) : nil)
        if info.isAttackOrSeizure {
            let c = memo.casualties ?? casualties(doc, s)
            memo.casualties = c
            (event.killed, event.wounded) = c
        }
        return event
    }

    /// "… Rwanda to withdraw", "… the government to halt", "… China to immediately stop", "demanded that Russia
    /// stop": after a verb of asking at `from`, its addressee (a name, or a word of `demand_addressees` after "the")
    /// and a verb of `cessation_verbs` (an infinitive, or the bare verb of a "that" clause), an adverb allowed before it.
    func demandsStop(_ doc: Document, _ ms: ArraySlice<Mention>, from: Int, end: Int) -> Bool {
        let toks = doc.tokens
        let clause = from < end && toks[from].key == words.kThat
        var k = clause ? from + 1 : from
        if let m = ms.first(where: { $0.kind == .name && ($0.tokens.lowerBound == k || $0.tokens.lowerBound == k + 1 && toks[k].key == words.kThe) }) {
            k = m.tokens.upperBound
        } else if k + 1 < end, toks[k].key == words.kThe, words.demandAddressees.contains(toks[k + 1].key) {
            k += 2
        } else {
            return false
        }
        if !clause {
            guard k + 1 < end, toks[k].key == words.kTo else { return false }
            k += 1
        }
        if k + 1 < end, words.isAdverb(doc, k) { k += 1 }
        return k < end && words.cessationVerbs.contains(toks[k].key)
    }

    /// Where the hyphenated compound whose last part is token `k` starts ("large-scale", "12,000-strong",
    /// "well-armed"), not before `lo`; `k` itself when no hyphen joins it to the word before. (Names are no such
    /// compound: "the Joint Sword-2024A exercises", "F-15 fighter jets".)
    func hyphenatedStart(_ doc: Document, _ k: Int, lo: Int) -> Int {
        let toks = doc.tokens
        var k = k
        while k - 2 >= lo, toks[k - 1].key == words.kHyphen, !toks[k - 1].flags.contains(.spaceBefore), !toks[k].flags.contains(.spaceBefore),
              !toks[k].isCapitalized, !toks[k - 2].isCapitalized, toks[k - 2].isWord || toks[k - 2].flags.contains(.number) { k -= 2 }
        return k
    }

    /// "carried out an attack", "launched a raid", "a shooting … that killed two": an attack noun after a light verb
    /// (`subject_cues`, a word or two before it) or in a sentence that counts its dead; not one meant ("planned to
    /// carry out an attack").
    func attackNounTold(_ doc: Document, _ s: Sentence, _ i: Int, _ memo: inout SentenceMemo) -> Bool {
        let toks = doc.tokens
        var k = i - 1
        while k >= max(s.tokens.lowerBound, i - 10), toks[k].key != words.kComma, !words.boundaries.contains(toks[k].key) {
            if toks[k].key == words.kTo { return false }
            k -= 1
        }
        // (three words back, a hyphenated compound one word: "launched a large-scale attack")
        var w = i, n = 0
        while w > s.tokens.lowerBound, n < 3 { w = hyphenatedStart(doc, w - 1, lo: s.tokens.lowerBound); n += 1 }
        if (w..<i).contains(where: { words.subjectCues.contains(toks[$0].key) && !toks[$0].isCapitalized }) { return true }
        let c = memo.casualties ?? casualties(doc, s)
        memo.casualties = c
        return c.0 != nil
    }

    /// The names blame for the attack told at `i` is laid on: "blamed the bombing on X" (a noun right after the verb,
    /// the names after its "on"), "blamed X for the attack", "held X responsible for the attack" (the names before
    /// "for"), and "an attack the government blamed on X", "attacks blamed on X" (a blame verb and "on" after the
    /// attack, no other attack between them).
    func blamedFor(_ doc: Document, _ ms: ArraySlice<Mention>, _ found: MentionFinder.Result, _ s: Sentence, trigger i: Int, end tEnd: Int, noun: Bool) -> [Mention] {
        let toks = doc.tokens, lo = s.tokens.lowerBound, hi = s.tokens.upperBound
        /// The names of the list that starts at `k` (past a determiner; `namesEnd`), the first starting there.
        func group(at k: Int) -> [Mention] {
            let k = k < hi && words.determiners.contains(toks[k].key) ? k + 1 : k
            guard ms.contains(where: { $0.tokens.lowerBound == k }) else { return [] }
            let e = namesEnd(doc, ms, from: k, before: hi)
            return ms.filter { $0.tokens.lowerBound >= k && $0.tokens.upperBound <= e }
        }
        // ("blamed the attacks on X": a verb's form after a determiner is its noun)
        if noun || i > lo && words.determiners.contains(toks[i - 1].key) {
            // back over the noun's modifiers ("the deadly rocket attack", "Sunday's bombing", "a wave of attacks")
            // ("blamed that attack on the rebels": "that" a determiner here)
            var k = i - 1 - (i - 1 > lo && toks[i - 1].key == words.kThat ? 1 : 0)
            while k > lo, i - k <= 5, !words.blameVerbs.contains(toks[k].key), toks[k].key != words.kFor,
                  toks[k].key != words.kComma, !words.boundaries.contains(toks[k].key),
                  !ms.contains(where: { $0.kind == .name && $0.tokens.contains(k) && !found.isPlace($0.actor) }) {
                k -= 1
            }
            if k >= lo, words.blameVerbs.contains(toks[k].key) {
                var q = tEnd
                while q + 1 < hi, toks[q].key != words.kComma, !words.boundaries.contains(toks[q].key) {
                    if toks[q].key == words.kOn {
                        let g = group(at: q + 1)
                        if !g.isEmpty { return g }
                    }
                    q += 1
                }
                return []
            }
            if k > lo, toks[k].key == words.kFor {
                // "blamed X for", "held X responsible for"
                var end = k
                if toks[end - 1].key == words.kResponsible { end -= 1 }
                guard let last = ms.last(where: { $0.tokens.upperBound == end }) else { return [] }
                var start = last.tokens.lowerBound
                // (back over "A and B", "A, B")
                while start >= lo + 2, toks[start - 1].key == words.kAnd || toks[start - 1].key == words.kComma,
                      let m = ms.last(where: { $0.tokens.upperBound == start - 1 }) { start = m.tokens.lowerBound }
                var v = start - 1
                if v >= lo, words.determiners.contains(toks[v].key) { v -= 1 }
                guard v >= lo, words.blameVerbs.contains(toks[v].key) || end < k && words.holdingVerbs.contains(toks[v].key) else { return [] }
                return group(at: start)
            }
        }
        // "an attack the government blamed on X", "attacks in Istanbul blamed on X", "…, which Kiev blamed on the rebels"
        var q = tEnd
        while q + 2 < hi, q - tEnd < 24, toks[q].key != words.kSemicolon {
            if words.blameVerbs.contains(toks[q].key), toks[q + 1].key == words.kOn { return group(at: q + 2) }
            // (a verb of the attack's own clause: "attacks followed the sabotage …, which X blamed on Y" lay it on
            // the sabotage; "an attack on an armed convoy": a participle after a determiner modifies)
            if toks[q].isWord, !toks[q].isCapitalized, !words.determiners.contains(toks[q - 1].key),
               doc.token(q, endsIn: "ed", minLength: 4, anyCase: false) { return [] }
            // (another attack between them takes the blame)
            if q > tEnd, triggerTrie.mayStart(toks[q].key), let h = triggerTrie.longest(doc.tokens[..<hi], from: q),
               armedTypeFlags[Int(h.payload.eventType)] { return [] }
            q += 1
        }
        return []
    }

    /// Where a clause that "as" opens after token `from` starts: "as" before a name of sentence `si` ("drones as
    /// al-Shabaab steps up raids", "talks stall as Israel and Hamas trade blame"), not after a word that makes it name a
    /// role or an instance ("such as Russia", "known as Daesh"). A headline's "as" opens a clause before any word
    /// ("Pakistan foils plot as tensions with Kabul flare"), but for "as well as" and "as part of".
    static let asContinues = TokenKeySet(words: ["well", "part"])

    func asClause(_ doc: Document, _ found: MentionFinder.Result, _ si: Int, from: Int, _ end: Int) -> Int? {
        let toks = doc.tokens
        let headline = doc.isHeadline(doc.sentences[si])
        var k = from + 1
        while k + 1 < end {
            if toks[k].key == words.kAs, !words.asNotClause.contains(toks[k - 1].key),
               toks[k + 1].isCapitalized || found.starting(at: k + 1).map({ $0.sentence == si }) ?? false
                || headline && toks[k + 1].isWord && !EventExtractor.asContinues.contains(toks[k + 1].key) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// The first place of `ms` that starts after token `lo` and ends before `hi`, introduced as a place
    /// is: "in/near/at X", "the city of X".
    func placeNamed(_ doc: Document, _ ms: ArraySlice<Mention>, _ found: MentionFinder.Result, after lo: Int, before hi: Int) -> String? {
        let toks = doc.tokens
        // (the token tests come before the actor's hashed lookup: most mentions fail them)
        for m in ms where m.tokens.lowerBound > lo && m.tokens.upperBound <= hi {
            // (a place after "the": "in the Austrian capital")
            let b = m.tokens.lowerBound - 1 - (m.tokens.lowerBound >= 2 && toks[m.tokens.lowerBound - 1].key == words.kThe ? 1 : 0)
            if words.placePreps.contains(toks[b].key) || (b >= 1 && toks[b].key == words.kOf && words.placeNouns.contains(toks[b - 1].key)),
               found.isPlace(m.actor) {
                return m.actor
            }
            // "held talks in the Kremlin", "at the White House": the seat's city, which the finder linked
            if MentionFinder.isAtSeat(toks, m.tokens.lowerBound), let city = seatPlaces[m.actor], found.record(city) != nil { return city }
        }
        return nil
    }

    /// The actors that open sentence `s` when the verb at `i` follows ", but" or ", and" with no subject of its own
    /// ("A and B met in C at the invitation of D, but failed to agree"): the names, coordinated and after "the
    /// presidents of", before the first word in small letters; nil when the verb has its own subject or none opens.
    func elidedSubject(_ doc: Document, _ ms: ArraySlice<Mention>, _ s: Sentence, trigger i: Int) -> [Mention]? {
        let toks = doc.tokens
        var c = i - 1
        while c > s.tokens.lowerBound, words.isAdverb(doc, c) { c -= 1 }
        // "China opposes the sales and has lodged a protest with …": "and" with a perfect auxiliary after it needs no comma
        let perfect = c > s.tokens.lowerBound + 3 && words.perfectAuxiliaries.contains(toks[c].key) && toks[c - 1].key == words.kAnd
        if perfect { c -= 1 }
        guard c > s.tokens.lowerBound + 2, toks[c].key == words.kBut || toks[c].key == words.kAnd, perfect || toks[c - 1].key == words.kComma else { return nil }
        let before = perfect ? c : c - 1
        let v = namesEnd(doc, ms, from: s.tokens.lowerBound, before: before)
        // (a verb must follow the opening names, well before the conjunction)
        guard v > s.tokens.lowerBound, v < before, toks[v].isWord else { return nil }
        let opening = ms.filter { $0.tokens.lowerBound >= s.tokens.lowerBound && $0.tokens.upperBound <= v && ($0.kind == .name || $0.kind == .modifier) }
        return opening.isEmpty ? nil : Array(opening)
    }

    /// Where a list of names that starts at `from` ends, before `limit` at the latest: past names, capitalized words,
    /// punctuation, "the", "of", "and" and people nouns ("the presidents of A and B", "Britain, France and Germany"), at
    /// the first other word in small letters.
    func namesEnd(_ doc: Document, _ ms: ArraySlice<Mention>, from: Int, before limit: Int) -> Int {
        let toks = doc.tokens
        var v = from
        while v < limit {
            if toks[v].isCapitalized || !toks[v].isWord || toks[v].key == words.kThe || toks[v].key == words.kOf || toks[v].key == words.kAnd
                || words.peopleNouns.contains(toks[v].key) || ms.contains(where: { $0.tokens.contains(v) }) { v += 1; continue }
            // "between Yemen's government and the Houthis": a name's own body in one small word, then the next name
            let noun = toks[v].flags.contains(.possessive) ? v + 1 : v
            guard noun > from, noun + 1 < limit, toks[noun - 1].flags.contains(.possessive), toks[noun].isWord, !toks[noun].isCapitalized,
                  toks[noun + 1].key == words.kAnd || toks[noun + 1].key == words.kComma else { break }
            v = noun + 1
        }
        return v
    }

    /// A number right before the trigger ("28 terrorist attacks", "three new towns" is not ours).
    func countBefore(_ doc: Document, _ i: Int, _ s: Sentence) -> Int? {
        var k = i - 1
        var n = 0
        while k >= s.tokens.lowerBound && n < 3 {
            if let v = EventExtractor.number(doc, k) { return v }
            guard doc.tokens[k].isWord, !doc.tokens[k].isCapitalized else { return nil }
            k -= 1; n += 1
        }
        return nil
    }

    /// "28 terrorist attacks have been averted": a counted plural subject of the trigger's clause.
    func countedSubject(_ doc: Document, _ lo: Int, _ i: Int) -> Int? {
        var k = lo
        while k < i {
            if let v = EventExtractor.number(doc, k),
               let words = attackWords,
               (k + 1..<min(i, k + 3)).contains(where: { j in words.longest(doc.tokens[..<i], from: j) != nil }) {
                return v
            }
            k += 1
        }
        return nil
    }

    /// "killing 36 people", "36 people were killed", "wounding close to 150": the sentence's toll.
    func casualties(_ doc: Document, _ s: Sentence) -> (Int?, Int?) {
        var killed: Int? = nil, wounded: Int? = nil
        let toks = doc.tokens
        for k in s.tokens {
            let w = toks[k].key
            let isKilled = words.killWords.contains(w), isWounded = words.woundWords.contains(w)
            guard isKilled || isWounded else { continue }
            // a number after the verb ("killing 36", "wounding close to 150") or before it ("36 were killed")
            var found: Int? = nil
            for j in (k + 1)..<min(s.tokens.upperBound, k + 5) { if let v = EventExtractor.number(doc, j) { found = v; break } }
            if found == nil { for j in stride(from: k - 1, through: max(s.tokens.lowerBound, k - 5), by: -1) { if let v = EventExtractor.number(doc, j) { found = v; break } } }
            if let v = found {
                if isKilled, killed == nil { killed = v }
                if isWounded, wounded == nil { wounded = v }
            }
        }
        return (killed, wounded)
    }

    static let numberWords: TokenKeyMap<Int> = {
        var m = TokenKeyMap<Int>()
        for (i, w) in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].enumerated() { m[Tokenizer.key(w)] = i + 1 }
        return m
    }()

    static func number(_ doc: Document, _ k: Int) -> Int? {
        let t = doc.tokens[k]
        if t.flags.contains(.number) {
            // (read on the bytes: a number token is ASCII digits with "," and "." between them)
            var v = 0, digits = 0
            for b in doc.bytes[t.start..<t.end] {
                if b == UInt8(ascii: ".") { return nil }
                if isASCIIDigit(b) { if digits < 9 { v = v * 10 + Int(b - 48) }; digits += 1 }
            }
            guard digits >= 1, digits <= 9 else { return nil }
            // a year is no count
            if v >= 1900 && v <= 2100 && digits == 4 { return nil }
            return v
        }
        return numberWords[t.key]
    }

    /// Whether a reporting verb in the past or the third person ("said", "accuses") starts at token `k`,
    /// read within the tokens before `end`.
    func saysAt(_ doc: Document, _ k: Int, before end: Int) -> Bool {
        guard let v = speechVerbs.longest(doc.tokens[..<end], from: k) else { return false }
        return v.payload == .past || v.payload == .third
    }

    /// The speaker a sentence attributes its words to after a comma past token `from` ("…, X said"; not a name after a
    /// preposition: "…, he told reporters in Srinagar").
    func attributed(_ doc: Document, _ ms: ArraySlice<Mention>, _ s: Sentence, after from: Int) -> Mention? {
        let toks = doc.tokens
        guard let comma = (from..<s.tokens.upperBound).first(where: { toks[$0].key == words.kComma && attributionFollows(doc, $0 + 1, s.tokens.upperBound) }) else { return nil }
        return ms.first { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 6 && $0.kind == .name
            && !words.placePreps.contains(toks[$0.tokens.lowerBound - 1].key) && !words.objectPreps.contains(toks[$0.tokens.lowerBound - 1].key) }
    }

    /// The verb naming a verdict before the trigger at `i` ("called the drills a declaration of war", "branded the
    /// move a grave provocation"): within ten words, with "a" or "an" opening the verdict and only adjectives,
    /// adverbs or quotes between it and the trigger (not "called for an end to provocations").
    /// An opening quote or "as" right before the trigger opens the verdict too ("called the sinking “unforgivable”",
    /// "described the move as reckless"); and a named-only verdict (`bare`) may follow its object with no opener
    /// ("called Y's stance risky").
    func namingVerb(_ doc: Document, _ s: Sentence, before i: Int, from lo: Int, bare: Bool = false) -> Int? {
        let toks = doc.tokens
        let opener = (max(lo, i - 4)..<i).last(where: { toks[$0].key == words.kA || toks[$0].key == words.kAn })
            ?? (i - 1 >= lo && (toks[i - 1].isQuote || toks[i - 1].key == words.kAs) ? i - 1 : nil)
            ?? (bare ? i : nil)
        guard let art = opener,
              (min(art + 1, i)..<i).allSatisfy({ !toks[$0].isWord || !toks[$0].isCapitalized && !words.objectPreps.contains(toks[$0].key)
                  && !words.placePreps.contains(toks[$0].key) && toks[$0].key != words.kOf && toks[$0].key != words.kThe }),
              let v = (max(lo, i - 12)..<art).last(where: { !toks[$0].isCapitalized && words.namingVerbs.contains(toks[$0].key) }) else { return nil }
        // ("called for an end to the provocations", "called on Y to halt its reckless …": a demand, no verdict)
        if art < i || bare, v + 1 < i, case let k = toks[v + 1].key, k == words.kFor || k == words.kOn || k == words.kUpon { return nil }
        return v
    }

    /// Whether the named-only verdict at `i` judges a deed or stance its naming verb names: "called Y's stance
    /// risky", "called the agreement “a dangerous step”", "calling it reckless" (the object an actor's, a deed of
    /// `judgedActs`, or "it"); not "called the weather unusual", nor a charge ("called the claims absurd" rejects them).
    func judgedByName(_ doc: Document, _ ms: ArraySlice<Mention>, _ s: Sentence, trigger i: Int) -> Bool {
        let toks = doc.tokens
        let lo = s.tokens.lowerBound
        guard let v = namingVerb(doc, s, before: i, from: lo, bare: true), v + 1 < i else { return false }
        let object = (v + 1)..<i
        // (the object is a short phrase with no clause boundary: not "called for calm, saying the step was dangerous")
        guard object.count <= 10, !object.contains(where: { words.boundaries.contains(toks[$0].key) || toks[$0].key == words.kComma }),
              !object.contains(where: { words.chargeNouns.contains(toks[$0].key) }) else { return false }
        return object.contains { words.judgedActs.contains(toks[$0].key) }
            || ms.contains { object.contains($0.tokens.lowerBound) && ($0.kind == .name || $0.kind == .modifier) }
    }

    /// Who speaks with the verb of saying at token `k`: the name before it ("X said"); but when the verb is coordinated
    /// with one before it ("X called on Y to end the conflict with Z and said …") or the name before it is governed by a
    /// preposition ("X, speaking in Brussels, said"), the sentence's opening subject: the person named in its first
    /// words ("U.S. Vice President A", "Iranian Foreign Ministry spokesman B"), else the name that opens it.
    func speaker(_ doc: Document, _ ms: ArraySlice<Mention>, _ found: MentionFinder.Result, _ s: Sentence, verb k: Int) -> Mention? {
        let toks = doc.tokens
        let lo = s.tokens.lowerBound
        var c = k - 1
        while c > lo, words.isAdverb(doc, c) { c -= 1 }
        let near = subjectGroup(doc, ms, before: k, from: lo)
        let coordinated = c > lo && toks[c].key == words.kAnd
        let governed = near.last.map { m in
            m.tokens.lowerBound > lo && (words.placePreps.contains(toks[m.tokens.lowerBound - 1].key) || words.objectPreps.contains(toks[m.tokens.lowerBound - 1].key))
        } ?? false
        guard coordinated || governed else { return near.first }
        let opening = ms.filter { $0.kind == .name && $0.tokens.lowerBound >= lo && $0.tokens.upperBound <= k }
        return opening.first { $0.tokens.lowerBound <= lo + 8 && found.type(of: $0.actor) == "person" }
            ?? opening.first { $0.tokens.lowerBound <= lo + 3 }
    }

    /// The person named last before token `pr`, whom a pronoun there stands for ("he also held talks with …").
    func personBefore(_ found: MentionFinder.Result, _ pr: Int, _ doc: Document, _ s: Sentence, _ si: Int) -> Mention? {
        // "\"…,\" Siniora told reporters, announcing that Rice should not come. He accused Israel of …": a pronoun that
        // opens its sentence stands for the person the sentence before opens with (outside its quotes), not the last named
        if pr == s.tokens.lowerBound, si > 0, case let prev = doc.sentences[si - 1], !doc.isHeadline(prev),
           let m = found.mentions.first(where: { m in
               m.tokens.lowerBound >= prev.tokens.lowerBound && m.tokens.upperBound <= prev.tokens.upperBound && m.kind == .name
                   && found.type(of: m.actor) == "person"
                   && doc.tokens[prev.tokens.lowerBound..<m.tokens.lowerBound].filter(\.isQuote).count % 2 == 0 }) {
            return m
        }
        return found.mentions.last(where: { $0.tokens.upperBound <= pr && $0.kind == .name && found.type(of: $0.actor) == "person" })
    }

    /// Whether the clause is the content of a reporting verb ("X said (that) …").
    func reportedClause(_ doc: Document, _ s: Sentence, _ clauseStart: Int) -> Bool {
        var k = clauseStart - 1
        if k >= s.tokens.lowerBound, doc.tokens[k].key == words.kThat { k -= 1 }
        var n = 0
        while k >= s.tokens.lowerBound && n < 3 {
            if saysAt(doc, k, before: clauseStart) { return true }
            k -= 1; n += 1
        }
        return false
    }

    /// ", FSB chief Aleksandr Bortnikov told RIA Novosti": what follows the comma is the attribution.
    func attributionFollows(_ doc: Document, _ from: Int, _ end: Int) -> Bool {
        var k = from
        var limit = from + 8
        while k < end && k < limit {
            if doc.tokens[k].key == words.kComma || words.boundaries.contains(doc.tokens[k].key) { return false }
            if k > from, saysAt(doc, k, before: end) { return true }
            // "…, the United Kingdom Maritime Trade Operations (UKMTO) agency said": a short parenthesis (an
            // acronym) inside the speaker's name does not count towards the window
            if doc.tokens[k].key == words.kOpenParen, let close = (k + 1..<min(end, k + 5)).first(where: { doc.tokens[$0].key == words.kCloseParen }) {
                limit += close - k + 1
                k = close + 1
                continue
            }
            k += 1
        }
        return false
    }


    /// `verb`: the trigger is a finite verb or the bare verb after "to".
    func clauseStart(_ doc: Document, _ s: Sentence, _ i: Int, verb: Bool) -> Int {
        var k = i - 1
        // "France condemned the attack and accused Iran of …", "welcomed the ruling and pledged to deliver …": a
        // verb coordinated with a verb of judging shares its subject (what is judged is a noun, no clause)
        let coordinated = verb && i - 1 > s.tokens.lowerBound
            && (doc.tokens[i - 1].key == words.kAnd
                || i - 3 > s.tokens.lowerBound && doc.tokens[i - 1].key == words.kTo && !doc.tokens[i - 2].isCapitalized && doc.tokens[i - 3].key == words.kAnd)
        // "The EU, which has long backed the talks, condemned …": the relative clause is the subject's, not the verb's
        let relative = verb ? relativeBeforeVerb(doc, i, from: s.tokens.lowerBound) : nil
        let beforeSpeakerOpens = lexicon.beforeSpeaker.mayStart(doc.tokens[s.tokens.lowerBound].key)
        while k > s.tokens.lowerBound {
            let key = doc.tokens[k].key
            // (past the relative clause at once: its own verbs and words open no clause of the verb's)
            if let r = relative, k >= r { k = r - 2; continue }
            if words.boundaries.contains(key) { return k + 1 }
            // "Italy delivers boats to Tunisia as Meloni hosts …": "as" before a name opens the verb's own clause (not
            // "such as", "known as", "condemned the strike as an execution": see `asClause`)
            if verb, key == words.kAs, doc.tokens[k + 1].isCapitalized, !words.asNotClause.contains(doc.tokens[k - 1].key) { return k + 1 }
            // "According to the U.N., drones struck …": the source that opens the sentence reports the clause
            // after its comma; it does not act in it
            // (the tries' first-key filters before their walks: most words start no phrase, and the walk was a call
            // and a slice of the tokens each)
            if key == words.kComma, beforeSpeakerOpens, lexicon.beforeSpeaker.longest(doc.tokens[..<k], from: s.tokens.lowerBound) != nil { return k + 1 }
            // (a capitalized word inside a sentence is a name, not a verb: "the United States will")
            if !doc.tokens[k].isCapitalized, speechVerbs.mayStart(key), let v = speechVerbs.longest(doc.tokens[..<i], from: k), v.length >= 1, k + v.length <= i, v.payload != .ing {
                // "X said Y attacked Z": the claim's content is its own clause ("claimed responsibility for"
                // reports nothing)
                if k + v.length < i, !words.claimedObjects.contains(doc.tokens[k + v.length].key),
                   !(coordinated && words.stanceVerbs.contains(key)) { return k + v.length }
            }
            k -= 1
        }
        return s.tokens.lowerBound
    }

    /// The relative pronoun ("which", "who") of a clause that commas set off right before the verb at `i` ("The EU,
    /// which has long backed the talks, condemned"): a comma before the pronoun, one before the verb, none between.
    /// The verb's auxiliaries and a quote that closes inside the clause may follow its comma ("Talks …, which opened in
    /// May, were called off", "Erdogan, who has called it \"inhumane,\" spoke by phone").
    func relativeBeforeVerb(_ doc: Document, _ i: Int, from lo: Int) -> Int? {
        let toks = doc.tokens
        var e = i - 1
        while e > lo, e > i - 4, toks[e].isQuote || words.beForms.contains(toks[e].key) || words.auxiliaries.contains(toks[e].key) { e -= 1 }
        guard e > lo, toks[e].key == words.kComma,
              let r = (max(lo + 1, e - 16)..<e).last(where: { toks[$0].key != words.kThat && words.relativeOpeners.contains(toks[$0].key) }),
              toks[r - 1].key == words.kComma, !((r + 1)..<e).contains(where: { toks[$0].key == words.kComma }) else { return nil }
        return r
    }

    /// "seized two explosive belts", "captured weapons and ammunition": the object after the verb (past an article
    /// or a count) is a weapon that heads its phrase ("an arms depot" is a site).
    func weaponObject(_ doc: Document, _ k: Int, _ end: Int) -> Bool {
        guard let weapons else { return false }
        let toks = doc.tokens
        var j = k
        while j < end, j < k + 3, words.objectOpeners.contains(toks[j].key) || Self.number(doc, j) != nil { j += 1 }
        guard j < end, let w = weapons.longest(toks[..<end], from: j) else { return false }
        let after = j + w.length
        return after >= end || !toks[after].isWord || words.objectClosers.contains(toks[after].key)
    }

    /// A country named by its own name (not "Turkish police", "Russian troops": plural men) standing alone as the
    /// subject of the verb at the mention's end: no "and", comma or "that" before it.
    func soleCountry(_ doc: Document, _ m: Mention, _ found: MentionFinder.Result, _ s: Sentence) -> Bool {
        found.type(of: m.actor) == "country" && doc.tokens[m.tokens.upperBound - 1].isCapitalized
            && !verbHostBefore(doc, m.tokens.lowerBound, s)
    }

    /// Whether a word that lets a bare verb follow a name ("and Russia", ", Russia", "that Russia") comes
    /// right before the name at `lo`.
    func verbHostBefore(_ doc: Document, _ lo: Int, _ s: Sentence) -> Bool {
        guard lo > s.tokens.lowerBound else { return false }
        let key = doc.tokens[lo - 1].key
        return key == words.kAnd || key == words.kComma || words.relativeOpeners.contains(key) || words.verbHosts.contains(key)
    }

    /// A weapon named at k or a few words later, past only capitalized words, numbers and hyphenated parts of
    /// its name ("K9 self-propelled howitzers", "Rafale fighter jets").
    func weaponFollows(_ doc: Document, _ k: Int, _ end: Int) -> Bool {
        guard let weapons else { return false }
        let toks = doc.tokens
        var j = k
        /// Whether a model designation with digits stands between ("Russian Su-30SM fighters", "US F-16 fighters").
        var designation = false
        while j < end, j < k + (designation ? 8 : 5) {
            // (not "fighters" alone: "arms for Kurdish fighters" are men, but "fighters" after a model name are
            // jets; nor a weapon that qualifies an event: "Russian missile strikes")
            if let w = weapons.longest(toks[..<end], from: j) {
                if w.length == 1 && words.fighterWords.contains(toks[j].key) && !designation { return false }
                return j + w.length >= end || triggerTrie.longest(toks[..<end], from: j + w.length) == nil
            }
            let t = toks[j]
            let hyphenated = t.key == words.kHyphen || j + 1 < end && toks[j + 1].key == words.kHyphen && !toks[j + 1].flags.contains(.spaceBefore)
                || j > k && toks[j - 1].key == words.kHyphen && !t.flags.contains(.spaceBefore)
            guard t.isCapitalized || t.flags.contains(.number) || hyphenated else { return false }
            if !designation, t.isWord, t.end <= doc.bytes.count {
                designation = doc.bytes[t.start..<t.end].contains { $0 >= 0x30 && $0 <= 0x39 }
            }
            j += 1
        }
        return false
    }

    /// "X killed in a drone strike": "in"/"during" right after the trigger, then within a few words a noun
    /// trigger of the same event type.
    func reducedPassive(_ doc: Document, _ s: Sentence, _ tEnd: Int, _ type: Int32) -> Bool {
        guard tEnd < s.tokens.upperBound, words.inDuring.contains(doc.tokens[tEnd].key) else { return false }
        let end = min(s.tokens.upperBound, tEnd + 6)
        return (tEnd + 1..<end).contains { k in
            triggerTrie.longest(doc.tokens[..<s.tokens.upperBound], from: k, accept: { $1.eventType == type && $1.form == .noun }) != nil
        }
    }

    /// "Five soldiers killed in border town", "Two policemen wounded": a headline drops the passive's "be"; its
    /// participle ends the headline or comes before a comma, "in" or "during" ("says it killed 50 militants" has an object).
    func headlinePassive(_ doc: Document, _ s: Sentence, _ tEnd: Int) -> Bool {
        guard doc.isHeadline(s) else { return false }
        return tEnd >= s.tokens.upperBound || doc.tokens[tEnd].key == words.kComma || words.inDuring.contains(doc.tokens[tEnd].key)
    }

    func isPassive(_ doc: Document, _ i: Int, _ lo: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= lo && steps < 3 {
            let key = doc.tokens[k].key
            if words.beForms.contains(key) { return true }
            if !words.adverbs.contains(key) { break }
            k -= 1; steps += 1
        }
        // "attacks averted by ...": a participle right after its noun, followed by "by"
        if i + 1 < doc.tokens.count, doc.tokens[i + 1].key == words.kBy { return true }
        return false
    }

    /// The mentions joined to `m` from the left by hyphens or coordination in a modifier position:
    /// "the Chile-Peru-Bolivia summit", "British, French and Dutch warships" (nearest first).
    func possessorPartners(_ doc: Document, _ ms: ArraySlice<Mention>, before m: Mention) -> [Mention] {
        var out: [Mention] = []
        var cur = m
        while out.count < 6 {
            let j = cur.tokens.lowerBound
            guard j >= 2 else { break }
            let sep = doc.tokens[j - 1].key
            let isHyphen = sep == words.kHyphen
            guard isHyphen || sep == words.kAnd || sep == words.kComma else { break }
            guard let p = ms.last(where: { $0.tokens.upperBound == j - 1 }) else { break }
            // (past a comma or "and" only nationality adjectives or names standing as modifiers: "Spain and
            // Italy's talks" is told by the possessive rule, "Greece, where talks" is no list)
            if !isHyphen, p.kind != .modifier, cur.kind != .modifier { break }
            out.append(p)
            cur = p
        }
        return out
    }

    /// Token `k` (before "by") is a past participle of a deed named after the trigger: "staged", "carried out",
    /// "led" (read on its bytes: "-ed", or a particle after one).
    func agentParticiple(_ doc: Document, _ k: Int, after tEnd: Int) -> Bool {
        var k = k
        if k > tEnd, words.particles.contains(doc.tokens[k].key) { k -= 1 }
        return k >= tEnd && words.isParticiple(doc, k, irregular: words.kLed, also: words.hostVerbs, minLength: 4, anyCase: true)
    }

    /// "Russian jets struck Odesa", "warplanes of A struck villages in southern B": one state's attack on a place of
    /// another state, told with no target, is on that state; not when that state's own forces attack in the article
    /// too (a war it wages with the other's help: "backed by Russian strikes, government forces reached Palmyra"), nor
    /// when the sentence names an armed group (whom the strikes are more likely on). `sites`: where each event was told.
    func targetByPlace(_ events: inout [Event], _ sites: [Site], _ found: MentionFinder.Result, _ bySentence: SentenceMentions) {
        func stateOf(_ a: String) -> String? {
            guard let rec = found.actors[a], rec.type == "country" || rec.type == "government", let c = rec.country else { return nil }
            return "actor:" + c
        }
        for e in events.indices where armedTypes.contains(events[e].type) {
            let type = events[e].type
            guard let p = events[e].place, let c = found.record(p)?.country, case let state = "actor:" + c,
                  !events[e].arguments.contains(where: { $0.role == "target" || $0.actor == state }),
                  events[e].arguments.contains(where: { $0.role == "attacker" && isState($0.actor, found) }),
                  !events.contains(where: { $0.type == type && $0.arguments.contains { $0.role == "attacker" && stateOf($0.actor) == state } }),
                  !bySentence[sites[e].sentence].contains(where: { ["armed_group", "group"].contains(found.type(of: $0.actor)) })
            else { continue }
            events[e].arguments.append((role: "target", actor: state))
        }
    }

    /// "Rebels attacked a military base in Arauca", "gang members stormed a police station": a non-state attacker's
    /// attack on a site of the state's forces, told with no target, is on that state: the place's, else the
    /// attacker's own (insurgents fight their own state); an attack by no one named, the place's. The site is named
    /// right after the trigger, in its clause.
    func targetBySite(_ events: inout [Event], _ sites: [Site], _ doc: Document, _ found: MentionFinder.Result) {
        guard let trie = stateSites else { return }
        let toks = doc.tokens
        for e in events.indices where armedTypes.contains(events[e].type) {
            // (an attacker left unnamed, "suspected jihadists attacked a military post in Mopti", is no state's either:
            // the place tells the state)
            let a = events[e].arguments.first(where: { $0.role == "attacker" })
            guard !events[e].arguments.contains(where: { $0.role == "target" }),
                  a.map({ found.type(of: $0.actor) == "armed_group" || found.type(of: $0.actor) == "group" }) ?? (events[e].place != nil),
                  let c = events[e].place.flatMap({ found.record($0)?.country }) ?? a.flatMap({ found.record($0.actor)?.country }) else { continue }
            let end = min(doc.sentences[sites[e].sentence].tokens.upperBound, sites[e].end + 6)
            var k = sites[e].end
            var named = false
            while k < end, !words.boundaries.contains(toks[k].key), toks[k].key != words.kComma {
                if trie.longest(toks[..<end], from: k) != nil { named = true; break }
                k += 1
            }
            if named { events[e].arguments.append((role: "target", actor: "actor:" + c)) }
        }
    }

    /// Whether actor id `a` is a country (one named in the text, or the state a capital stood for).
    func isState(_ a: String, _ found: MentionFinder.Result) -> Bool {
        if let t = found.type(of: a) { return t == "country" }
        return a.hasPrefix("actor:") && lexicon.countryIndexByISO[String(a.dropFirst(6))] != nil
    }

    /// "on behalf of (President) X": X stands in a phrase of its own, not as the clause's subject.
    func onBehalf(_ doc: Document, _ m: Mention, _ lo: Int) -> Bool {
        var k = m.tokens.lowerBound - 1
        var n = 0
        // (past a title or a determiner before the name: "on behalf of the Prime Minister X")
        while k > lo, n < 4, doc.tokens[k].key != words.kOf, doc.tokens[k].isWord,
              doc.tokens[k].isCapitalized || doc.tokens[k].key == words.kThe || words.titleWords.contains(doc.tokens[k].key) { k -= 1; n += 1 }
        return k > lo && doc.tokens[k].key == words.kOf && doc.tokens[k - 1].key == words.kBehalf
    }

    /// The counterpart noun that ends the list of adjectives modifier `m` starts ("Chinese and Indian counterparts"),
    /// when a person is named right after it (else the adjectives stand for their states: "with his Greek counterpart").
    func counterpartNoun(_ doc: Document, _ found: MentionFinder.Result, after m: Mention, _ end: Int) -> Int? {
        var k = m.tokens.upperBound
        while k + 1 < end, doc.tokens[k].key == words.kAnd || doc.tokens[k].key == words.kComma,
              let n = found.starting(at: k + 1), n.kind == .modifier { k = n.tokens.upperBound }
        guard k + 1 < end, words.counterparts.contains(doc.tokens[k].key),
              let p = found.starting(at: doc.tokens[k + 1].key == words.kComma ? k + 2 : k + 1), found.type(of: p.actor) == "person" else { return nil }
        return k
    }

    /// A gap of "and" (or a comma) and a title between two names: "A and Defence Minister B", "A and Turkish
    /// President B".
    func coordinatedByTitle(_ doc: Document, _ gap: ArraySlice<Token>) -> Bool {
        guard gap.count >= 2, gap.count <= 5, let f = gap.first, f.key == words.kAnd || f.key == words.kComma else { return false }
        var k = gap.startIndex + 1
        if doc.tokens[k].key == words.kAnd || doc.tokens[k].key == words.kThe { k += 1 }
        // "A and his Russian counterpart B met": the counterpart coordinates as a title does
        let owned = k < gap.endIndex && MentionFinder.counterpartOwners.contains(doc.tokens[k].key)
        if owned { k += 1 }
        // ("A and Turkish President B": a nationality adjective before the title)
        if k + 1 < gap.endIndex, doc.tokens[k].isCapitalized, lexicon.titles.longest(doc.tokens[..<gap.endIndex], from: k) == nil { k += 1 }
        if owned { return k + 1 == gap.endIndex && words.counterparts.contains(doc.tokens[k].key) }
        guard k < gap.endIndex, let t = lexicon.titles.longest(doc.tokens[..<gap.endIndex], from: k) else { return false }
        return k + t.length == gap.endIndex
    }

    /// Where the object a counted fire trigger names ends: past a count ("more than 100", "at least 30", "a barrage of",
    /// "dozens of") and up to three words of its kind ("long-range", "Iranian-made"), a term of `trie` that ends the
    /// phrase (a preposition, "and", a punctuation mark or a capital after it: "launched drone production" fires none);
    /// nil when none does. `from`: the token after the trigger.
    func countedObject(_ doc: Document, from: Int, end: Int, _ trie: PhraseTrie<Bool>) -> Int? {
        let toks = doc.tokens
        var k = from
        var n = 0
        while k < end, n < 8 {
            let key = toks[k].key
            if toks[k].flags.contains(.number) || words.munitionCounts.contains(key) { k += 1; n += 1; continue }
            if k + 1 < end, key == words.kAt && toks[k + 1].key == words.kLeast || key == words.kUp && toks[k + 1].key == words.kTo { k += 2; n += 2; continue }
            // ("dozens of", "a barrage of": "of" after a word of the count)
            if key == words.kOf, k > from, words.munitionCounts.contains(toks[k - 1].key) { k += 1; n += 1; continue }
            break
        }
        var w = 0
        while k < end, w <= 3 {
            if trie.mayStart(toks[k].key), let m = trie.longest(toks[..<end], from: k) {
                var e = k + m.length
                // ("dozens of missiles and drones", "30 drones and 12 missiles": the munitions coordinated after it)
                if e + 1 < end, toks[e].key == words.kAnd {
                    var j = e + 1
                    while j < end, j < e + 4, toks[j].flags.contains(.number) || words.munitionCounts.contains(toks[j].key) { j += 1 }
                    if j < end, trie.mayStart(toks[j].key), let m2 = trie.longest(toks[..<end], from: j) { e = j + m2.length }
                }
                guard e == end || !toks[e].isWord || toks[e].isCapitalized || words.preps.contains(toks[e].key) || words.afterMunition.contains(toks[e].key) else { return nil }
                return e
            }
            guard toks[k].isWord || toks[k].key == words.kHyphen, !words.preps.contains(toks[k].key), !words.boundaries.contains(toks[k].key) else { return nil }
            k += 1; w += 1
        }
        return nil
    }

    /// The end of an object whose head noun is a term of `trie`, a few words of the phrase before it ("the
    /// country's first counter-terrorism law", "a new law", "amendments"): no preposition, clause boundary, name
    /// or number before the head, and no noun after it that makes it a modifier ("law enforcement", "bill
    /// payments"): the sentence's end, punctuation, a preposition, "that", "which", "to" or an -ing participle.
    func headedObject(_ doc: Document, from: Int, end: Int, _ trie: PhraseTrie<Bool>) -> Int? {
        let toks = doc.tokens
        var k = from
        while k < end, k - from <= 7 {
            if trie.mayStart(toks[k].key), let m = trie.longest(toks[..<end], from: k) {
                let e = k + m.length
                guard e == end || !toks[e].isWord || words.preps.contains(toks[e].key) || words.afterMunition.contains(toks[e].key)
                        || toks[e].key == words.kTo || doc.token(e, endsIn: "ing", minLength: 5, anyCase: false) else { return nil }
                return e
            }
            let t = toks[k]
            guard t.isWord || t.key == words.kHyphen, !t.isCapitalized || t.flags.contains(.possessive), !t.flags.contains(.number),
                  !words.preps.contains(t.key), !words.boundaries.contains(t.key) else { return nil }
            k += 1
        }
        return nil
    }

    /// The actor nearest before the trigger and those coordinated with it ("Russia and Belarus").
    func subjectGroup(_ doc: Document, _ ms: ArraySlice<Mention>, before i: Int, from lo: Int) -> [Mention] {
        // (the candidates walked from the last, in place: no filtered copy of the sentence's mentions)
        var group: [Mention] = []
        /// Where the last member's phrase starts when a name before its title opens it ("US President B").
        var edge: Int? = nil
        // "The EU, which has long backed the talks, condemned": the subject is named before the relative clause, not inside it
        var i = i
        if let r = relativeBeforeVerb(doc, i, from: lo) { i = r - 1 }
        // (the candidates tested in place, each copied out only once it passes: a copy retained and released its id)
        for x in ms.indices.reversed() where ms[x].tokens.upperBound <= i && ms[x].tokens.lowerBound >= lo && ms[x].kind == .name {
            let m = ms[x]
            guard let cur = group.last else {
                // "the envoy, on behalf of the king, met": who acts for another is the subject
                if onBehalf(doc, m, lo) { continue }
                // "the Duma, the lower house of Russia's parliament, passed": the name before an apposition is the subject
                if m.tokens.upperBound < i, doc.tokens[m.tokens.upperBound].key == words.kComma,
                   let c = (max(lo + 1, m.tokens.lowerBound - 8)..<max(lo + 1, m.tokens.lowerBound)).last(where: { doc.tokens[$0].key == words.kComma }),
                   doc.tokens[c + 1].key == words.kThe || doc.tokens[c + 1].key == words.kA,
                   let head = ms.last(where: { $0.tokens.upperBound == c && $0.kind == .name && $0.tokens.lowerBound >= lo }) {
                    group.append(head); continue
                }
                group.append(m); continue
            }
            let start = edge ?? cur.tokens.lowerBound
            guard m.tokens.upperBound <= start else { break }
            let gap = doc.tokens[m.tokens.upperBound..<start]
            // "Abe and US President Barack Obama met": a name right before the member's title is part of its phrase
            if edge == nil, !gap.isEmpty, let t = lexicon.titles.longest(doc.tokens[..<start], from: m.tokens.upperBound),
               m.tokens.upperBound + t.length == start {
                edge = m.tokens.lowerBound
                continue
            }
            if gap.count <= 2, gap.allSatisfy({ $0.key == words.kAnd || $0.key == words.kComma || $0.key == words.kThe }) , !gap.isEmpty {
                group.append(m); edge = nil
            } else if coordinatedByTitle(doc, gap) {
                // "Foreign Minister A and Defence Minister B spoke": coordination across the second one's title
                group.append(m); edge = nil
            } else { break }
        }
        // "Belgian and Dutch troops attacked": a nationality adjective coordinated right before the
        // group's first member modifies the same head noun, so it names another actor of the group
        group.reverse()
        while let first = group.first, group.count < 8 {
            let j = first.tokens.lowerBound
            guard j >= lo + 2, doc.tokens[j - 1].key == words.kAnd || doc.tokens[j - 1].key == words.kComma,
                  let m = ms.last(where: { $0.tokens.upperBound == j - 1 && $0.kind == .modifier && $0.tokens.lowerBound >= lo }) else { break }
            group.insert(m, at: 0)
        }
        // "Belousov and his Egyptian counterpart discussed": the counterpart stands for the state its adjective names
        if let near = group.last, near.tokens.upperBound + 3 < i, doc.tokens[near.tokens.upperBound].key == words.kAnd,
           let m = ms.first(where: { $0.kind == .modifier && $0.tokens.lowerBound > near.tokens.upperBound && $0.tokens.lowerBound <= near.tokens.upperBound + 2 }),
           m.tokens.upperBound < i, words.counterparts.contains(doc.tokens[m.tokens.upperBound].key) {
            group.append(m)
        }
        return group
    }

    /// Whether a speech verb starts at token `k` (ending by `end`): "said", "told", "states"; not a noun of the
    /// same spelling, as in "Lagos State" or "the state on Saturday".
    func isTelling(_ k: Int, before end: Int, _ doc: Document) -> Bool {
        guard let v = speechVerbs.longest(doc.tokens[..<end], from: k) else { return false }
        let toks = doc.tokens
        if toks[k].isCapitalized { return false }
        guard v.payload == .base || v.payload == .noun, k > 0 else { return true }
        if words.determiners.contains(toks[k - 1].key) { return false }
        // "state" is far more often the noun ("in Kaduna state late Friday") than a verb in the present
        if toks[k].key == words.kState { return words.beforeVerb.contains(toks[k - 1].key) }
        return true
    }

    func evidence(_ doc: Document, _ s: Sentence, _ article: Article, rule: String, text: String) -> Evidence {
        let headline = doc.isHeadline(s)
        let start = headline ? s.start : s.start - doc.bodyStart + article.bodyOffset
        let end = headline ? s.end : s.end - doc.bodyStart + article.bodyOffset
        return Evidence(article: article.id, path: article.path, sentence: text, start: start, end: end, rule: rule)
    }

    /// Adds what `e` tells of the same event to `o`: arguments, the date and place it lacks, evidence.
    static func absorb(_ e: Event, into o: inout Event) {
        for a in e.arguments where !o.arguments.contains(where: { $0.actor == a.actor }) { o.arguments.append(a) }
        // (an event told with its place alone does not date one whose actors are named: "an air strike on a market
        // in Mekelle killed three on Monday" is one raid of the week's)
        if o.date == nil || o.dateSource == "article" && e.dateSource == "text" && (!e.arguments.isEmpty || o.arguments.isEmpty) {
            o.date = e.date; o.dateSource = e.dateSource
        }
        // (nor does it place it: "a second blast hit a bus depot in the Austrian capital" is no place
        // of the airport bombing it was merged into)
        if o.place == nil, !e.arguments.isEmpty || o.arguments.isEmpty { o.place = e.place }
        o.count = o.count ?? e.count
        o.killed = o.killed ?? e.killed
        o.wounded = o.wounded ?? e.wounded
        for ev in e.evidence where !o.evidence.contains(ev) { o.evidence.append(ev) }
        o.confidence = min(1, max(o.confidence, e.confidence) + 0.05)
    }

    /// One event per real-world event: mentions of the same type whose actors overlap and whose dates agree.
    /// The first `headline` events are the headline's, where a state stands for the official or government
    /// (`stateOf`) that the body names.
    /// `lede`: where the body's first sentence starts (its events' evidence start).
    /// `sides`: `stateOf` with the groups' states, for a headline's sides told otherwise in the body (see `sameEvent`).
    static func merge(_ events: [Event], rules: MergeRules, headline: Int = 0, stateOf: [String: String] = [:], sides: [String: String] = [:],
                      articleDate: PartialDate? = nil, lede: Int? = nil) -> [Event] {
        // (the lead sentence tells the headline's news again: its reading of the sides is not set against the headline's,
        // "Militants kill 23 in attack on army post in central Mali" and "militants … attacked an army post … in central
        // Mali" read with Mali for the attacker; see `sameEvent`)
        let ledeOf: (Int) -> Bool = { i in lede != nil && i >= headline && events[i].evidence.first?.start == lede }
        var out: [Event] = []
        var outHeadline: [Bool] = []
        var headlineArgs: [[(role: String, actor: String)]] = []
        // (room for all at once: grown one event at a time, the three were reallocated and copied over and over)
        out.reserveCapacity(events.count)
        outHeadline.reserveCapacity(events.count)
        headlineArgs.reserveCapacity(events.count)
        // (events read in place, through pointers: `firstIndex(where:)` and `for e in` copied each one compared)
        events.withUnsafeBufferPointer { events in
            for e in events.indices {
                if let j = out.withUnsafeBufferPointer({ out in
                    out.indices.first {
                        // (for meetings only one way: see `sameEvent`)
                        let loose = e < headline || outHeadline[$0]
                        if events[e].apart, e >= headline, !Self.toldApart(out.baseAddress! + $0, events.baseAddress! + e, headline: outHeadline[$0], stateOf) {
                            return false
                        }
                        // a headline tells the news of its day: an undated headline event is not the body's
                        // background event dated well before ("to deliver more systems" and "sent the first
                        // one in 2022")
                        // (unless the body names it with the headline's own word: "Helicopter Contract" and
                        // "the contract, signed in 2019", one deal)
                        if let a = articleDate, e < headline || outHeadline[$0] {
                            // (the two read through pointers: copied out, each pair retained and released all their fields)
                            let (h, b) = outHeadline[$0] ? (out.baseAddress! + $0, events.baseAddress! + e) : (events.baseAddress! + e, out.baseAddress! + $0)
                            // (nor a span that reaches the present: "has sent two million shells since 2023")
                            if h.pointee.textDate == nil, Self.wellBefore(b.pointee.textDate, a),
                               !containsIgnoringCase(h.pointee.evidence.first?.sentence ?? "", b.pointee.trigger),
                               !Self.spanToNow(b.pointee.evidence.first?.sentence ?? "") { return false }
                            // nor one the agency recalls from its earlier reports ("As reported earlier, the FSB
                            // prevented a similar sabotage on 14 November"), dated days before the news
                            if h.pointee.textDate == nil, b.pointee.textDate != nil, Self.recalledReport(b.pointee.evidence.first?.sentence ?? "") { return false }
                        }
                        return sameEvent(out.baseAddress! + $0, events.baseAddress! + e, rules, stateOf: loose ? stateOf : nil,
                                         headlineSide: outHeadline[$0] == (e < headline) ? .neither : outHeadline[$0] ? .first : .second,
                                         bodies: stateOf, sides: sides, opposable: !(outHeadline[$0] && ledeOf(e)), articleDate: articleDate)
                    } }) {
                    // (changed in place: a copy taken out and written back shared its arrays, so each append copied them)
                    // a headline's event told again in the body: where the headline put two actors in one role and
                    // left another empty, the body's role wins ("Vietnam signs deal for South Korean howitzers" names
                    // two suppliers and no recipient; "Vietnam signed a contract to buy …" names the recipient)
                    // (judged on the headline's own arguments, not on what body events merged into it added)
                    // (the roles left empty read before any actor moves: "Qatar, Egypt suspend Libya talks" and "Qatar and Egypt
                    // suspended talks between Libya's rival governments" make both mediators, not the first alone)
                    if outHeadline[j], e >= headline {
                        let own = headlineArgs[j]
                        let filled = Set(out[j].arguments.map(\.role))
                        for a in events[e].arguments where !events[e].arguments.contains(where: { $0.actor == a.actor && $0.role != a.role })
                            && !own.contains(where: { $0.role == a.role }) && !filled.contains(a.role)
                            && own.contains(where: { h in h.actor == a.actor && own.contains { $0.role == h.role && $0.actor != a.actor } }) {
                            for x in out[j].arguments.indices where out[j].arguments[x].actor == a.actor { out[j].arguments[x].role = a.role }
                        }
                        var seen: [(role: String, actor: String)] = []
                        out[j].arguments.removeAll { a in
                            if seen.contains(where: { $0 == a }) { return true }
                            seen.append(a); return false
                        }
                    }
                    // a meeting's state told beside its leader ("Modi" and "India") is one party, not two
                    // (the arguments read before, not `out` captured: a closure holding it made every access to `out`
                    // checked for exclusivity at run time)
                    let held = out[j].arguments
                    let leaderState = { (a: (role: String, actor: String)) in held.contains { stateOf[$0.actor] == a.actor } }
                    if rules.meetings.contains(out[j].type), events[e].arguments.contains(where: leaderState) {
                        var told = events[e]
                        told.arguments.removeAll(where: leaderState)
                        Self.absorb(told, into: &out[j])
                    } else {
                        Self.absorb(events[e], into: &out[j])
                    }
                    // "Kyrgyz security service foils plot" and "the State Committee for National Security prevented …": a
                    // headline's institution named by its state and kind, beside another body of that state in the same
                    // role, is that body, named more fully
                    if outHeadline[j], e >= headline {
                        let own = headlineArgs[j]
                        out[j].arguments.removeAll { x in
                            guard let sx = stateOf[x.actor], Self.isInstitution(x.actor, of: String(sx.dropFirst(6))),
                                  own.contains(where: { $0 == x }) else { return false }
                            return events[e].arguments.contains { $0.role == x.role && $0.actor != x.actor && stateOf[$0.actor] == sx }
                        }
                    }
                    // the more precise place wins: a city told where the other said only its state
                    if let p = out[j].place, let q = events[e].place, stateOf[q] == p { out[j].place = q }
                } else {
                    out.append(events[e])
                    outHeadline.append(e < headline)
                    headlineArgs.append(e < headline ? events[e].arguments : [])
                }
            }
        }
        return out
    }

    /// "Residents heard blasts during the exercises on Thursday … China criticized the exercises": a noun that
    /// the text dates once, with a day of the past week right after it ("the exercises on Thursday"), dates the events that noun names
    /// in sentences without a date of their own. (Not one marked another: "In a separate attack on Monday" dates that
    /// attack alone, not the attack the headline tells.)
    static func dateByNoun(_ events: inout [Event], _ doc: Document, _ dates: [TimeExpression], kOn: UInt64,
                           apart: TokenKeySet = TokenKeySet(words: [])) {
        guard events.contains(where: { $0.dateSource == "article" }) else { return }
        let toks = doc.tokens
        var nounDate: [UInt64: PartialDate?] = [:]  // nil value: two different days
        for d in dates where d.kind == .weekday || d.kind == .relativeDay {
            var f = doc.firstToken(startingAtOrAfter: d.start)
            if f < toks.count, toks[f].key == kOn { f += 1 }
            guard f >= 2, toks[f - 1].key == kOn, toks[f - 2].isWord, !toks[f - 2].isCapitalized,
                  f < 3 || !apart.contains(toks[f - 3].key) else { continue }
            let k = toks[f - 2].key
            if let old = nounDate[k] { if old != d.value { nounDate[k] = .some(nil) } } else { nounDate[k] = d.value }
        }
        guard !nounDate.isEmpty else { return }
        for e in events.indices where events[e].dateSource == "article" {
            guard let d = nounDate[Tokenizer.key(lastWord(events[e].trigger))], let d else { continue }
            events[e].date = d
            events[e].dateSource = "text"
        }
    }

    /// The last of the words of `trigger` split at spaces (the whole trigger when it has none): read on its bytes
    /// when it is plain ASCII, where `split(separator: " ")` walked it Character by Character.
    static func lastWord(_ trigger: String) -> String {
        guard isPlainASCII(trigger) else { return trigger.split(separator: " ").last.map(String.init) ?? trigger }
        let b = trigger.utf8
        guard let end = b.lastIndex(where: { $0 != 0x20 }) else { return trigger }
        let start = b[..<end].lastIndex(of: 0x20).map { b.index(after: $0) } ?? b.startIndex
        return String(trigger[start...end])
    }

    /// Whether actor id `id` is an institution of state `country` (an ISO code) named in the text, as `MentionFinder`
    /// makes them ("actor:org:rus:defence-ministry"): read on its bytes, with no id built to compare.
    static func isInstitution(_ id: String, of country: String) -> Bool {
        let b = id.utf8, prefix = "actor:org:".utf8
        guard b.starts(with: prefix) else { return false }
        var i = b.index(b.startIndex, offsetBy: prefix.count)
        for c in country.utf8 {
            guard i < b.endIndex, b[i] == c | 0x20 else { return false }
            i = b.index(after: i)
        }
        return i < b.endIndex && b[i] == UInt8(ascii: ":")
    }

    /// Whether `text` opens with an agency's pointer to its earlier reports: "As reported earlier, …", "As TASS
    /// reported earlier, …", "As previously reported, …" (the verb in the clause before the first comma).
    static func recalledReport(_ text: String) -> Bool {
        let b = text.utf8
        guard b.starts(with: "As ".utf8) else { return false }
        let clause = b.prefix { $0 != UInt8(ascii: ",") }.prefix(48)
        return clause.count < 48 && clause.indices.contains { clause[$0...].starts(with: " reported".utf8) }
    }

    /// Whether `text` dates a span from a point to the present: "since 2023", "since May", "since last year"
    /// (not the adverb: "has since supplied").
    static func spanToNow(_ text: String) -> Bool {
        let b = Array(text.utf8)
        var i = 0
        while i + 6 < b.count {
            if (b[i] | 0x20) == UInt8(ascii: "s"), b[i + 1] == UInt8(ascii: "i"), b[i + 2] == UInt8(ascii: "n"),
               b[i + 3] == UInt8(ascii: "c"), b[i + 4] == UInt8(ascii: "e"), b[i + 5] == UInt8(ascii: " "),
               i == 0 || b[i - 1] == UInt8(ascii: " ") {
                let c = b[i + 6]
                if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c) { return true }
                let rest = b[(i + 6)...].prefix(6)
                if rest.starts(with: "last ".utf8) || rest.starts(with: "early".utf8) || rest.starts(with: "late ".utf8)
                    || rest.starts(with: "the s".utf8) || rest.starts(with: "the b".utf8) { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether `d` lies well before the article's date `a`: a month or year before the article's month, or a
    /// day more than a month before it.
    static func wellBefore(_ d: PartialDate?, _ a: PartialDate) -> Bool {
        guard let d, let dy = d.year, let ay = a.year else { return false }
        if dy != ay { return dy < ay }
        guard let dm = d.month, let am = a.month else { return false }
        guard let dd = d.day, let ad = a.day else { return dm < am }
        return CalendarMath.dayNumber(year: ay, month: am, day: ad) - CalendarMath.dayNumber(year: dy, month: dm, day: dd) > 31
    }

    /// Whether `e`, told apart from the sentences before it ("In a separate attack …"), may still join `o`: a mention
    /// of `o`'s in its own sentence, or a headline's event that names one of its actors (or their state) or its place
    /// ("Separately, the Interior Ministry said it had foiled a bombing" under "… ; Syrian security foils bombing").
    static func toldApart(_ o: UnsafePointer<Event>, _ e: UnsafePointer<Event>, headline: Bool, _ stateOf: [String: String]) -> Bool {
        guard let own = e.pointee.evidence.first else { return true }
        if o.pointee.evidence.contains(where: { $0.start == own.start && $0.article == own.article && $0.path == own.path }) { return true }
        guard headline else { return false }
        // (a place and its state, not two places of one state: Helmand and the "neighbouring Uruzgan province")
        if let p = o.pointee.place, let q = e.pointee.place, onePlace(p, q, stateOf) { return true }
        return o.pointee.arguments.contains { x in e.pointee.arguments.contains { related(x.actor, $0.actor, stateOf) } }
    }

    /// Whether two places are one: the same, or a city and its state.
    static func onePlace(_ p: String, _ q: String, _ stateOf: [String: String]) -> Bool { p == q || stateOf[p] == q || stateOf[q] == p }

    /// Whether two actor ids name one party: the same actor, an actor and its state, or two bodies of one state.
    static func related(_ x: String, _ y: String, _ stateOf: [String: String]) -> Bool {
        guard x != y else { return true }
        let sx = stateOf[x], sy = stateOf[y]
        return sx == y || sy == x || sx != nil && sx == sy
    }

    /// Which of two events compared alone comes from the headline: neither (or both), the first or the second.
    enum HeadlineSide { case neither, first, second }

    /// Whether `e` tells the event `o` again; with `stateOf`, a state stands for its official or government.
    /// `headlineSide` tells which of the two alone is the headline's.
    static func sameEvent(_ op: UnsafePointer<Event>, _ ep: UnsafePointer<Event>, _ rules: MergeRules,
                          stateOf: [String: String]? = nil, headlineSide: HeadlineSide = .neither, bodies: [String: String] = [:], sides: [String: String] = [:],
                          opposable: Bool = true, articleDate: PartialDate? = nil) -> Bool {
        guard op.pointee.type == ep.pointee.type else { return false }
        let leadRoles = rules.leadRoles
        // "Ankara has sold drones to Ethiopia and Somalia" is not the delivery to Kenya told before, nor "Beijing's pact
        // with the Solomon Islands" the cooperation with Fiji: the other side of the deal named in both, and no party of
        // one's the other's (an official and his state, two bodies of one state: `bodies`), is another deal
        if let role = rules.counterRoles[op.pointee.type] {
            let a = op.pointee.arguments.filter { $0.role == role }, b = ep.pointee.arguments.filter { $0.role == role }
            if role == leadRoles[op.pointee.type] {
                // (a headline's against the body's, which may name a side by its group: "Pakistan-Afghanistan talks" and
                // "talks between Pakistan and the Taliban government")
                let sideOf = headlineSide == .neither ? bodies : sides
                if a.count >= 2, b.count >= 2, a.contains(where: { x in !b.contains { related(x.actor, $0.actor, sideOf) } }),
                   b.contains(where: { y in !a.contains { related($0.actor, y.actor, sideOf) } }) { return false }
            } else if !a.isEmpty, !b.isEmpty,
                      // (in no role of the other: "India signed a contract with France" read backwards is still the deal)
                      !a.contains(where: { x in ep.pointee.arguments.contains { related(x.actor, $0.actor, bodies) } }),
                      !b.contains(where: { y in op.pointee.arguments.contains { related($0.actor, y.actor, bodies) } }) {
                return false
            }
        }
        let datesAgree = op.pointee.textDate == ep.pointee.textDate || op.pointee.textDate == nil || ep.pointee.textDate == nil
        // a headline's event and a body's of its type at the same named place on agreeing dates: the headline names
        // the parties by a group or a state ("Geneva talks with E3 produced no results"), the body one by one
        // (not two attackers' strikes on one town, nor a visit to a city and the talks held there)
        // (a city and its state are one place: "Sudan truce talks in Cairo stall" and the talks "in Egypt")
        if headlineSide != .neither, datesAgree, !rules.meetings.contains(op.pointee.type), let p = op.pointee.place, let q = ep.pointee.place,
           onePlace(p, q, stateOf ?? [:]) {
            guard let lead = leadRoles[op.pointee.type], lead != "party", lead != "participant" else { return true }
            let a = op.pointee.arguments.filter { $0.role == lead }, b = ep.pointee.arguments.filter { $0.role == lead }
            // (the same actor, or its state, or two bodies of one state: "Kyrgyz security service" and its full name)
            if a.isEmpty || b.isEmpty || a.contains(where: { x in b.contains { related(x.actor, $0.actor, stateOf ?? [:]) } }) { return true }
        }
        // the same actor in the same role, on compatible dates: one event told twice
        // the shared actor must lead both events (the same supplier, attacker, accuser): two shipments to
        // one recipient are two events; a meeting needs two participants in common
        // (worked out only when the dates agree; actor sets compared on the argument lists, unhashed)
        // (not for meetings: a headline's "Putin visits Armenia" and the body's talks with its leader differ)
        let isMeeting = rules.meetings.contains(op.pointee.type)
        let statesOf = isMeeting ? nil : stateOf
        func same(_ a: String, _ b: String) -> Bool {
            a == b || statesOf.map { $0[a] == b || $0[b] == a } ?? false
        }
        func sameActors() -> Bool {
            // (the arguments both tell in one role counted or looked for in place: gathered into an array, they cost
            // an allocation per pair compared)
            func shared(_ a: (role: String, actor: String)) -> Bool { ep.pointee.arguments.contains { same($0.actor, a.actor) && $0.role == a.role } }
            let sameRole: Bool
            if isMeeting {
                sameRole = op.pointee.arguments.reduce(0) { $0 + (shared($1) ? 1 : 0) } >= 2 || sharedParties() >= 2 || personForState()
            } else {
                let lead = leadRoles[op.pointee.type]
                sameRole = op.pointee.arguments.contains { $0.role == lead && shared($0) }
            }
            return sameRole || !opposed() && (op.pointee.arguments.allSatisfy { a in ep.pointee.arguments.contains { same($0.actor, a.actor) } }
                || ep.pointee.arguments.allSatisfy { a in op.pointee.arguments.contains { same($0.actor, a.actor) } })
        }
        // "Taliban fighters attacked checkpoints" and "U.S. aircraft struck Taliban fighters": who leads one is the
        // other's target, and the other has a lead of its own: two sides' acts, not one told twice (not `opposable`:
        // the headline and its lead sentence, one news told twice); so too "Turkish forces retaliated" beside "shelling
        // killed Turkish soldiers": one names only who struck back, the other only whom it struck
        func opposed() -> Bool {
            guard opposable, rules.twoSided.contains(op.pointee.type), let lead = leadRoles[op.pointee.type] else { return false }
            func against(_ x: UnsafePointer<Event>, _ y: UnsafePointer<Event>) -> Bool {
                (y.pointee.arguments.contains { $0.role == lead } || x.pointee.arguments.allSatisfy { $0.role == lead })
                    && x.pointee.arguments.contains { a in
                    a.role == lead && y.pointee.arguments.contains { same($0.actor, a.actor) }
                        && !y.pointee.arguments.contains { same($0.actor, a.actor) && $0.role == lead }
                }
            }
            return against(op, ep) || against(ep, op)
        }
        // a headline's meeting of two leaders that the body tells as a visit to one's country ("Modi, Ghani meet",
        // "Ghani, on his visit to India"): a leader the headline names stands for the state the body names, two
        // parties in common (not the other way round: "Minister visits Armenia" and the body's meeting with one of
        // its ministers are a visit and the talks held during it)
        func sharedParties() -> Int {
            guard headlineSide != .neither, let states = stateOf else { return 0 }
            let (h, b) = headlineSide == .first ? (op, ep) : (ep, op)
            var parties: [String] = []
            for x in h.pointee.arguments {
                guard let y = b.pointee.arguments.first(where: { $0.actor == x.actor || states[x.actor] == $0.actor }),
                      !parties.contains(y.actor) else { continue }
                parties.append(y.actor)
            }
            return parties.count
        }
        // two meetings of two parties on agreeing dates, one party the same state in both and the other an official
        // in one and his own state in the other ("the minister said after meeting Indonesia's security minister" and
        // "Indonesia and Australia signed …"): one meeting whose visiting party is named two ways (not two officials,
        // even of one state; nor a state against one of its officials: "the minister visits Manila" and his talks with
        // the Philippine defence secretary are a visit and a meeting held during it; nor talks told undated and a visit dated
        // well before the news: "the two have been in talks" and "when the prime minister visited Tokyo in March 2023")
        func personForState() -> Bool {
            guard let lead = leadRoles[op.pointee.type] else { return false }
            if op.pointee.textDate != ep.pointee.textDate {
                guard let a = articleDate, !Self.wellBefore(op.pointee.textDate, a), !Self.wellBefore(ep.pointee.textDate, a) else { return false }
            }
            let p = op.pointee.arguments.filter { $0.role == lead }.map(\.actor), q = ep.pointee.arguments.filter { $0.role == lead }.map(\.actor)
            guard p.count == 2, q.count == 2 else { return false }
            let common = p.filter { q.contains($0) }
            guard common.count == 1, bodies[common[0]] == nil, let x = p.first(where: { $0 != common[0] }),
                  let y = q.first(where: { $0 != common[0] }) else { return false }
            return bodies[x] == y || bodies[y] == x
        }
        // two triggers of one sentence that fill each other's roles ("India announced $1 billion in development aid
        // for Afghanistan": the funder the verb's, the recipient the noun's), unless a role holds another actor in each
        func complementary() -> Bool {
            guard let a = op.pointee.evidence.first, let b = ep.pointee.evidence.first, a.start == b.start, a.path == b.path,
                  a.article == b.article else { return false }
            return !op.pointee.arguments.contains { x in
                ep.pointee.arguments.contains { ($0.role == x.role) != same($0.actor, x.actor) }
            }
        }
        return datesAgree && (sameActors() || complementary())
            || op.pointee.textDate != nil && op.pointee.textDate == ep.pointee.textDate && op.pointee.textDate!.isComplete
    }
}

/// The phrases that cancel a trigger when they follow it (a trigger's `not_after`), as token keys, with
/// the first key of each in a set. A phrase is looked for past a determiner, and past a count and one
/// capitalized modifier after that, so it can only start within the five tokens after the trigger: most
/// triggers are followed there by no phrase's first word, and the phrases (up to dozens per trigger) are
/// then not read one by one.
/// (A class: `event` reads it from its trigger's `TriggerInfo` for every candidate, and a struct of three
/// tables was copied out, retained and released each time.)
final class FollowingPhrases: Sendable {
    let phrases: [[UInt64]]
    /// The first key of every phrase.
    let firsts: TokenKeySet
    /// Whether some phrase is empty (it follows anywhere: the set cannot rule it out).
    let hasEmpty: Bool

    init(_ phrases: [[UInt64]]) {
        self.phrases = phrases
        firsts = TokenKeySet(phrases.compactMap(\.first))
        hasEmpty = phrases.contains(where: \.isEmpty)
    }

    /// Whether a phrase follows from `start` (its sentence ending at `end`): past a determiner (`a`, `the`)
    /// unless the phrase starts with it, and then either there or past a count of at most two tokens and
    /// one capitalized modifier ("captured two Israeli soldiers" reads as "captured soldiers").
    func follow(_ toks: UnsafeBufferPointer<Token>, _ doc: Document, _ start: Int, _ end: Int, determiners: (UInt64, UInt64)) -> Bool {
        guard !phrases.isEmpty else { return false }
        // (a phrase starts at `start` or the token after it, or at most three tokens past that)
        if !hasEmpty {
            var i = start, some = false
            while i < min(start + 5, end) { if firsts.contains(toks[i].key) { some = true; break }; i += 1 }
            if !some { return false }
        }
        let determiner: UInt64? = start < end && (toks[start].key == determiners.0 || toks[start].key == determiners.1) ? toks[start].key : nil
        /// `k` past a count and one capitalized modifier.
        func skipModifiers(_ k: Int) -> Int {
            var past = k
            while past < end, past < k + 2, EventExtractor.number(doc, past) != nil { past += 1 }
            if past + 1 < end, toks[past].isCapitalized, toks[past + 1].isWord, !toks[past + 1].isCapitalized { past += 1 }
            return past
        }
        /// Whether `ks` is the tokens' keys from `k` on.
        func phrase(_ ks: [UInt64], at k: Int) -> Bool {
            guard k + ks.count <= end else { return false }
            for (n, key) in ks.enumerated() where toks[k + n].key != key { return false }
            return true
        }
        // (where a phrase may start depends only on whether it starts with the determiner: the two starts
        // past the modifiers are worked out once each, when first asked, not once per phrase)
        var pastAt: Int? = nil, pastAfter: Int? = nil
        for ks in phrases {
            let skip = determiner != nil && ks.first != determiner
            let k = skip ? start + 1 : start
            let past: Int
            if skip {
                if pastAfter == nil { pastAfter = skipModifiers(k) }
                past = pastAfter!
            } else {
                if pastAt == nil { pastAt = skipModifiers(k) }
                past = pastAt!
            }
            if past > k, phrase(ks, at: past) { return true }
            if phrase(ks, at: k) { return true }
        }
        return false
    }
}
