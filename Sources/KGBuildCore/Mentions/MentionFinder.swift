import Foundation
/// Finds the actors and places an article names.
///
/// Pass one: gazetteer names (longest match, case-checked), a country adjective with what follows it
/// (an institution, "forces", "rebels", a title), titles and appositions introducing people the
/// gazetteer does not know, organization names by their head noun. Pass two: surnames of people met
/// anywhere in the article, and bare group nouns ("the rebels") referring back to a qualified group.
public struct MentionFinder: Sendable {
    public let lexicon: Lexicon
    /// The record of each ontology actor (by index), made once: an article names the same actors again
    /// and again, and each record built anew copied the entry and concatenated its id.
    let entryRecords: [ActorRecord]
    /// Whether each ontology actor (by index) is a country: pass one asks it at every name of the gazetteer,
    /// where `entryRecords[a].type`, read in a function too long for the array's getter to be inlined, copied
    /// the whole record out (retaining and releasing its six fields).
    let entryIsCountry: [Bool]

    /// Whether pass one passes over a plain token at once (`State.startsNothing`); false only in the test
    /// that checks the two ways find the same.
    var skipPlainTokens = true
    /// The keys a rule of pass one may start with, as `State.startsNothing` tests them: the first words
    /// of titles, gazetteer names and group qualifiers, title modifiers, place nouns and particles.
    let ruleStarts: TokenKeyFilter
    /// See `State.passTwoStarts`.
    let passTwoStarts: TokenKeyFilter
    /// Group entries of a state by lower-cased name or alias ("syrian rebels"), for "the rebels" of the
    /// country in focus.
    let groupEntryByName: [String: Int]
    /// Ids of the group entries that are a state's opposition (named or aliased with "opposition"/"rebel").
    let oppositionBodies: Set<String>
    /// Seats of government (an actor id) → the place of their city (`seat` in the ontology).
    let seatPlaces: [String: ActorRecord]
    /// See `Words`.
    let words: Words

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        words = Words(lexicon)
        ruleStarts = TokenKeyFilter(lexicon.names.firstKeys + lexicon.titles.firstKeys + lexicon.groupQualifiers.firstKeys
            + lexicon.titleModifiers.keys + words.placeNouns.keys + words.placePluralNouns.keys + MentionFinder.particles.keys)
        passTwoStarts = TokenKeyFilter(lexicon.stateNouns.firstKeys + lexicon.groupNouns.firstKeys
            + words.orgReferences.keys + words.mediaReferences.keys + [MentionFinder.kGroup]
            + words.legislatureNouns.firstKeys + words.legislatorNouns.keys)
        entryRecords = lexicon.ontology.actors.map { e in
            ActorRecord(id: (e.type == "place" ? "place:" : "actor:") + e.id, name: e.name, type: e.type, aliases: [],
                        country: e.type == "country" ? e.id : e.country)
        }
        entryIsCountry = entryRecords.map { $0.type == "country" }
        // (once per ontology: the gazetteer's group entries by lower-cased name and alias, and those that are
        // a state's opposition, i.e. say "opposition" or "rebel" in a name)
        var byName: [String: Int] = [:], bodies: Set<String> = []
        for (k, e) in lexicon.ontology.actors.enumerated() where e.type == "group" && e.country != nil {
            let names = ([e.name] + e.aliases).map { $0.lowercased() }
            for n in names where byName[n] == nil { byName[n] = k }
            // (`Lexicon.contains`: Foundation's `contains` through CFString cost 1.8 M instructions at every start)
            if names.contains(where: { Lexicon.contains($0, "opposition") || Lexicon.contains($0, "rebel") }) { bodies.insert("actor:" + e.id) }
        }
        groupEntryByName = byName
        oppositionBodies = bodies
        seatPlaces = MentionFinder.seatPlaces(lexicon.ontology)
    }

    /// Months that are surnames too ("Theresa May"): a stopword, read as the person only where `passTwo` says.
    static let monthSurnames: TokenKeySet = TokenKeySet(words: ["may", "june", "april", "august"])

    static let stopwords: TokenKeySet = TokenKeySet(("the a an in on at he she it they we i but and or for with from by as after before during " +
        "while when if this that these those there his her their its our my your meanwhile however according also although though " +
        "since until despite under over about among between into through what who which where why how some many most all both each " +
        "more no not nor so yet one two three four five six several other another such than then thus to of us me him them you be is " +
        "are was were has have had will would can could should may might must do does did said says earlier later last next new now " +
        "today yesterday tomorrow here every any only even still just again already western eastern northern southern central god " +
        "sir while unlike like because once whether without within around against following amid near via per " +
        "january february march april may june july august september october november december feb mar apr jun jul aug sep sept " +
        "oct nov dec monday tuesday wednesday thursday friday saturday sunday islamic").split(separator: " ").map { Tokenizer.key(String($0)) })
    static let compassWords = TokenKeySet(words: ["western", "eastern", "northern", "southern", "central"])
    /// Lower-case words inside place names of the Romance languages ("Mocimboa da Praia", "Foz do Iguacu").
    static let placeLinks: TokenKeySet = TokenKeySet(words: ["da", "de", "do", "dos", "das", "del", "di"])
    /// Small words of the Romance languages inside the names of outlets and firms ("Journal du Dimanche").
    static let nameLinks: TokenKeySet = TokenKeySet(words: ["da", "de", "do", "dos", "das", "del", "della", "di", "du", "des"])
    /// The flags no plain token has (`State.startsNothing`).
    static let notPlainMask = Token.Flags.capitalized.rawValue | Token.Flags.allCaps.rawValue | Token.Flags.possessive.rawValue
    static let particles: TokenKeySet = TokenKeySet(words: ["al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "la", "le", "di", "da", "du", "del", "ben", "bint", "ould", "ag", "dos", "den", "los"])
    static let connectors: TokenKeySet = TokenKeySet(words: ["of", "for", "and", "the", "on", "de", "des", "du", "la", "al"])
    static let kAlso = Tokenizer.key("also")
    static let kOf = Tokenizer.key("of"), kThe = Tokenizer.key("the"), kA = Tokenizer.key("a"), kAn = Tokenizer.key("an")
    static let kComma = Tokenizer.key(","), kOpenParen = Tokenizer.key("("), kCloseParen = Tokenizer.key(")")
    static let kHe = Tokenizer.key("he"), kShe = Tokenizer.key("she"), kOwn = Tokenizer.key("own")
    static let kWho = Tokenizer.key("who"), kNews = Tokenizer.key("news"), kAt = Tokenizer.key("at"), kHyphen = Tokenizer.key("-"), kTV = Tokenizer.key("tv"), kAnd = Tokenizer.key("and")
    static let kAdditional = Tokenizer.key("additional"), kBy = Tokenizer.key("by")
    static let creditVerbs = TokenKeySet(words: ["reporting", "writing", "editing"])
    static let kNamed = Tokenizer.key("named"), kCalled = Tokenizer.key("called"), kPolice = Tokenizer.key("police")
    /// "his Greek counterpart Jane Roe", "A and his Russian counterpart B": whose counterpart the person named is.
    static let counterpartOwners = TokenKeySet(words: ["his", "her", "their"])
    static let kCounterparts = Tokenizer.key("counterparts"), kCapital = Tokenizer.key("capital")
    static let kOn = Tokenizer.key("on")
    static let kAs = Tokenizer.key("as"), kKnown = Tokenizer.key("known"), kWhich = Tokenizer.key("which"), kFor = Tokenizer.key("for")
    /// Words that end an apposition's noun phrase without being its head (", a bank based in …").
    static let appositionStops: TokenKeySet = TokenKeySet(words: ["based", "owned", "run", "headed", "backed", "founded", "led", "close", "known", "whose"])

    /// The vocabulary of the rules below, from the lexicon (`lexicon/words.yaml`, which a user's ontology
    /// extends): token keys, or lower-cased words for the lists a group noun's or title's text is looked up in.
    /// A finder holds one instance (`words`), each article's `State` reads it.
    final class Words: Sendable {
        /// "a woman named …": nouns for a person introduced by a bare name.
        let personNouns: TokenKeySet
        /// What an outlet is called before or after its name ("the daily X", "X news website"); `agency` and
        /// `site` only after "news".
        let outletNouns: TokenKeySet
        let newsOnlyOutletNouns: TokenKeySet
        /// Who owns a broadcaster named by its acronym after `television` or `radio` ("state television RTI",
        /// "public radio RNE"); a country's adjective does too ("Swiss television RTS").
        let outletOwnerWords: TokenKeySet
        /// "X analysts", "analysts at X": the firm they work for.
        let analystNouns: TokenKeySet
        /// "X bank said": a firm named before what it is.
        let firmNouns: TokenKeySet
        /// "the city of X", "the town of X": nouns that introduce a place's name.
        let placeNouns: TokenKeySet
        /// "the towns of X and Y": plural nouns that introduce a list of places (none of them the one place of
        /// an event, so a list the extractors' `place_nouns` do not hold).
        let placePluralNouns: TokenKeySet
        /// "the Zorbak district", "the Kotli sector": place heads after which the bare name is the place's alias.
        let bareNamePlaceHeads: TokenKeySet
        /// "Russian and Syrian troops": state nouns before which joined adjectives each name their state.
        let joinedAdjectiveNouns: Set<String>
        /// Last words of place names that describing nouns also follow ("Wall Street analysts").
        let placeLikeEnds: TokenKeySet
        /// Group nouns that news use for an armed group already named in the article ("ISIS … the militants"),
        /// and the qualifiers that make militants of a few others ("Sunni fighters"): lower-cased words, and
        /// their bytes for `asciiIsMilitantGroupName`.
        let militantNouns: Set<String>, militantQualifiers: Set<String>, militantHeads: Set<String>
        /// Actor ids of armed groups a state hires, which "the militants" never stand for.
        let hiredArmedGroups: Set<String>
        let militantNounBytes: [[UInt8]], militantQualifierBytes: [[UInt8]], militantHeadBytes: [[UInt8]]
        /// ", a … bank,": heads of an apposition that make the name before it an organization or an outlet.
        let orgDescriptors: TokenKeySet
        let mediaDescriptors: TokenKeySet
        /// Group nouns for the side that fights or opposes a state's government: "the opposition", "rebels".
        let oppositionNouns: Set<String>
        /// "government forces": the state's own force, whatever precedes it.
        let governmentForceNouns: TokenKeySet
        let missionNouns: TokenKeySet
        /// "the Indian capital markets": words after "capital" that make it money, not a city.
        let capitalMoneyNouns: TokenKeySet
        let headTitles: Set<String>
        /// "the North", "the South" (by token key): the state each names in a story of a divided country
        /// (`divided_halves`), and the actor ids of those states, one of which the story must name.
        let dividedHalves: TokenKeyMap<String>
        let dividedStates: [String]
        let homeNouns: Set<String>
        let homeOnlyNouns: Set<String>
        /// "Parliament passed a law", "the lower house approved": a legislature told by its kind alone
        /// (`legislature_nouns`), and the members of one who act for it before a verb of legislating
        /// (`legislator_nouns`, `legislating_verbs`): the story's own state's.
        let legislatureNouns: PhraseTrie<Bool>
        let legislatorNouns: TokenKeySet, legislatingVerbs: TokenKeySet
        let orgReferences: TokenKeySet
        /// "an alliance spokesman": the nouns after which an indefinite reference is still to a body named before.
        let spokesNouns: TokenKeySet
        /// "the newspaper said": the outlet named last.
        let mediaReferences: TokenKeySet
        /// "carmaker X", "the union X": what a firm, union, party or club is called before its name.
        let orgCueNouns: TokenKeySet
        /// "militant group X", "rights group X": a group noun before a name, and the words before the noun that
        /// make the name an armed group or an organization.
        let groupCueNouns: TokenKeySet, armedGroupCues: TokenKeySet, orgGroupCues: TokenKeySet
        /// "Acme's chief executive": titles that make an unknown possessive before them a firm or club.
        let corporateTitles: Set<String>
        /// "the X-linked Y network": participles that tie a group to another.
        let tieParticiples: TokenKeySet
        /// "X peacekeeping mission": the kind of a mission or force, and its head noun.
        let missionKinds: TokenKeySet, missionHeads: TokenKeySet
        /// "his Greek counterpart Jane Roe": the noun after which a name is the other state's person.
        let counterpartNouns: TokenKeySet
        /// "the Law Society of Uganda": the heads of a civic body whose "of <state>" belongs to its name.
        let civicHeads: TokenKeySet
        /// "Tajikistan's GKNB": the organizations (by actor index) that are another state's body of the same name as
        /// an organization ("State Committee for National Security of X"), by that organization's index, for an
        /// acronym more than one state uses.
        let namesakeBodies: [Int: [Int]]

        init(_ lexicon: Lexicon) {
            // (lists looked up with lower-cased text: lower-cased, so that a user's "Sunni" counts too)
            let list = { (name: String) in (lexicon.ontology.wordLists[name] ?? []).map { $0.lowercased() } }
            personNouns = lexicon.words("person_nouns")
            outletNouns = lexicon.words("outlet_nouns")
            newsOnlyOutletNouns = lexicon.words("news_only_outlet_nouns")
            outletOwnerWords = lexicon.words("outlet_owner_words")
            analystNouns = lexicon.words("analyst_nouns")
            firmNouns = lexicon.words("firm_nouns")
            placeNouns = lexicon.words("place_nouns")
            placePluralNouns = lexicon.words("place_plural_nouns")
            bareNamePlaceHeads = lexicon.words("bare_name_place_heads")
            joinedAdjectiveNouns = Set(list("joined_adjective_nouns"))
            placeLikeEnds = lexicon.words("place_like_ends")
            militantNouns = Set(list("militant_nouns"))
            militantQualifiers = Set(list("militant_qualifiers"))
            hiredArmedGroups = Set(list("hired_armed_groups").map { "actor:" + $0 })
            militantHeads = Set(list("militant_heads"))
            militantNounBytes = militantNouns.sorted().map { Array($0.utf8) }
            militantQualifierBytes = militantQualifiers.sorted().map { Array($0.utf8) }
            militantHeadBytes = militantHeads.sorted().map { Array($0.utf8) }
            orgDescriptors = lexicon.words("org_descriptors")
            mediaDescriptors = lexicon.words("media_descriptors")
            governmentForceNouns = lexicon.words("government_force_nouns")
            missionNouns = lexicon.words("embassy_nouns")
            capitalMoneyNouns = lexicon.words("capital_money_nouns")
            headTitles = Set(list("head_titles"))
            homeNouns = Set(list("home_nouns"))
            var halves = TokenKeyMap<String>()
            var halfStates: [String] = []
            for item in lexicon.ontology.wordLists["divided_halves"] ?? [] {
                let parts = item.split(separator: " ")
                if parts.count == 2 { halves[Tokenizer.key(String(parts[0]))] = String(parts[1]); halfStates.append(String(parts[1])) }
            }
            dividedHalves = halves
            dividedStates = Set(halfStates).sorted().map { "actor:" + $0 }
            homeOnlyNouns = Set(list("home_only_nouns"))
            legislatureNouns = Lexicon.set(list("legislature_nouns"))
            legislatorNouns = lexicon.words("legislator_nouns")
            legislatingVerbs = lexicon.words("legislating_verbs")
            oppositionNouns = Set(list("opposition_nouns"))
            orgReferences = lexicon.words("org_references")
            spokesNouns = lexicon.words("spokes_nouns")
            mediaReferences = lexicon.words("media_references")
            orgCueNouns = lexicon.words("org_cue_nouns")
            groupCueNouns = lexicon.words("group_cue_nouns")
            armedGroupCues = lexicon.words("armed_group_cues")
            orgGroupCues = lexicon.words("org_group_cues")
            corporateTitles = Set(list("corporate_titles"))
            tieParticiples = lexicon.words("tie_participles")
            missionKinds = lexicon.words("mission_kinds")
            missionHeads = lexicon.words("mission_heads")
            counterpartNouns = lexicon.words("counterpart_nouns")
            civicHeads = lexicon.words("civic_heads")
            // (once per ontology: national bodies grouped by their name less " of <their state>")
            let actors = lexicon.ontology.actors
            var stateName: [String: String] = [:]
            for e in actors where e.type == "country" { stateName[e.id] = e.name }
            var byBase: [String: [Int]] = [:]
            for (k, e) in actors.enumerated() where e.type == "organization" {
                guard let c = e.country, let n = stateName[c], e.name.hasSuffix(" of " + n) else { continue }
                byBase[String(e.name.dropLast(n.utf8.count + 4)), default: []].append(k)
            }
            var namesakes: [Int: [Int]] = [:]
            for group in byBase.values where group.count > 1 { for k in group { namesakes[k] = group.filter { $0 != k } } }
            namesakeBodies = namesakes
        }
    }

    /// A given name reduced to its consonants, with the usual transliteration variants folded.
    static func skeleton(_ w: String) -> String {
        var out: [UInt8] = []
        skeleton(Array(w.utf8).map(asciiLower)[...], into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `skeleton` of lower-cased bytes, appended to `out`.
    static func skeleton<C: RandomAccessCollection<UInt8>>(_ word: C, into out: inout [UInt8]) where C.Index == Int {
        // "Abdel-", "Abdul", "Abd al-" are one name part: "abd" (each prefix begins with an a: a word that
        // does not is passed by at once; one that starts with none is read where it is)
        if word.first == 97, skeletonPrefixes.contains(where: { word.starts(with: $0) }) {
            var b = ArraySlice(word)
            for prefix in skeletonPrefixes where b.starts(with: prefix) { b = ArraySlice(abd + b.dropFirst(prefix.count)) }
            skeletonLetters(b, into: &out)
        } else {
            skeletonLetters(word, into: &out)
        }
    }

    /// `skeleton` after its prefixes.
    private static func skeletonLetters<C: RandomAccessCollection<UInt8>>(_ b: C, into out: inout [UInt8]) where C.Index == Int {
        var last: UInt8 = 0
        var i = b.startIndex
        @inline(__always) func emit(_ c: UInt8) {
            if c != last { out.append(c) }  // doubled letters fold: Mohammed / Mohamed
            last = c
        }
        while i < b.endIndex {
            let c = b[i]
            let n: UInt8 = i + 1 < b.endIndex ? b[i + 1] : 0
            if c == 112 && n == 104 { emit(102); i += 2; continue }             // ph → f
            if c == 120 { emit(107); emit(115); i += 1; continue }              // x → ks
            if isASCIILower(c) && !isVowelOrY(c) { emit(c) } else if c >= 0x80 { emit(c) }
            i += 1
        }
    }

    private static let skeletonPrefixes: [[UInt8]] = ["abdel", "abdul", "abd-al", "abd-el"].map { Array($0.utf8) }
    private static let abd: [UInt8] = Array("abd".utf8)
    @inline(__always) private static func isVowelOrY(_ c: UInt8) -> Bool {
        c == 97 || c == 101 || c == 105 || c == 111 || c == 117 || c == 121  // a e i o u y
    }

    /// One id for spelling variants of a name: transliterations folded, particles (al-, el-) dropped, given
    /// names by their consonants (Abdel-Rahman / Abdulrahman, Sergei / Sergey, Aleksandr / Alexander).
    static func personKey(_ name: String) -> String {
        asciiPersonKey(name) ?? stringPersonKey(name)
    }

    /// `personKey` on Characters, for any name.
    static func stringPersonKey(_ name: String) -> String {
        var parts: [String] = []
        for w in name.split(whereSeparator: { $0 == " " }) {
            var lw = w.lowercased()
            for prefix in ["al-", "el-", "ad-", "as-", "ash-", "an-"] where lw.hasPrefix(prefix) && lw.count > prefix.count + 2 { lw.removeFirst(prefix.count) }
            if ["al", "el", "ad", "as", "ash", "an", "de", "bin", "ibn"].contains(lw) { continue }
            parts.append(transliterationKey[lw] ?? lw)
        }
        guard let surname = parts.popLast() else { return slug(name) }
        let given = parts.map(skeleton).joined(separator: "-")
        return slug(given.isEmpty ? surname : given + " " + surname)
    }

    /// `personKey` on bytes, for names in ASCII without a carriage return: there every Character is one
    /// byte, so splitting, lower-casing and counting agree with the String version, which builds a
    /// String per word and per step (the lexicon keys every person's name and alias at start-up).
    static func asciiPersonKey(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { p -> String? in
            for b in p where b >= 0x80 || b == 13 { return nil }
            // the kept words, lower-cased and folded, one after another in `buf`, and their ranges in `parts`,
            // in buffers of this call (a folded word is at most one byte longer; the words are at most half
            // the bytes, and one)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * p.count + 16) { buf -> String in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: p.count / 2 + 2) { parts -> String in
                    var n = 0, count = 0
                    let transliterations = transliterationByHash, prefixes = personPrefixes, particles = personParticles
                    let prefixFirsts = personPrefixFirsts, particleFirsts = personParticleFirsts
                    var i = 0
                    while i < p.count {
                        if p[i] == 32 { i += 1; continue }
                        var j = i
                        while j < p.count && p[j] != 32 { j += 1 }
                        var s = i
                        i = j
                        // (a word whose first letter starts no prefix or particle is not compared with each)
                        var f = asciiLower(p[s])
                        if prefixFirsts[Int(f)] {
                            for prefix in prefixes where j - s > prefix.count + 2 && lowerStarts(p, s, prefix) { s += prefix.count }
                            f = asciiLower(p[s])
                        }
                        if particleFirsts[Int(f)],
                           particles.contains(where: { $0.count == j - s && lowerStarts(p, s, $0) }) { continue }
                        let start = n
                        for k in s..<j { buf[n] = asciiLower(p[k]); n += 1 }
                        if (4...9).contains(j - s), let t = transliterations[fnvBytes(buf[start..<n])], t.spelling.elementsEqual(buf[start..<n]) {
                            n = start
                            for c in t.key { buf[n] = c; n += 1 }
                        }
                        parts[count] = start..<n
                        count += 1
                    }
                    guard count > 0 else { return slug(bytes: UnsafeBufferPointer(rebasing: p[...])) }
                    let surname = parts[count - 1]
                    var key: [UInt8] = []
                    key.reserveCapacity(2 * n + count + 1)
                    for k in 0..<(count - 1) {
                        if k > 0 { key.append(45) }
                        skeleton(UnsafeBufferPointer(rebasing: buf[parts[k]]), into: &key)
                    }
                    if !key.isEmpty { key.append(32) }
                    key.append(contentsOf: UnsafeBufferPointer(rebasing: buf[surname]))
                    return slug(bytes: key)
                }
            }
        }
    }

    /// Whether `p[s...]`, lower-cased, starts with `prefix` (lower-case).
    @inline(__always) private static func lowerStarts(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ prefix: [UInt8]) -> Bool {
        guard s + prefix.count <= p.count else { return false }
        for (k, c) in prefix.enumerated() where asciiLower(p[s + k]) != c { return false }
        return true
    }

    private static let personPrefixes: [[UInt8]] = ["al-", "el-", "ad-", "as-", "ash-", "an-"].map { Array($0.utf8) }
    private static let personParticles: [[UInt8]] = ["al", "el", "ad", "as", "ash", "an", "de", "bin", "ibn"].map { Array($0.utf8) }
    /// By byte: whether some prefix (particle) starts with it.
    private static let personPrefixFirsts: [Bool] = firstBytes(personPrefixes)
    private static let personParticleFirsts: [Bool] = firstBytes(personParticles)
    private static func firstBytes(_ words: [[UInt8]]) -> [Bool] {
        var t = [Bool](repeating: false, count: 256)
        for w in words { t[Int(w[0])] = true }
        return t
    }

    static let transliterationKey: [String: String] = {
        var m: [String: String] = [:]
        for g in [["sergei", "sergey"], ["aleksandr", "alexander", "alexandr"], ["aleksei", "alexei", "alexey", "aleksey"],
                  ["mohammed", "muhammad", "mohammad", "mohamed", "muhammed"], ["yuri", "yury", "yuriy"], ["nikolai", "nikolay"],
                  ["andrei", "andrey"], ["dmitry", "dmitri", "dmitriy"], ["valery", "valeri", "valeriy"], ["yevgeny", "evgeny", "yevgeniy"]] {
            for w in g { m[w] = g[0] }
        }
        return m
    }()
    /// `transliterationKey` by the FNV hash of each spelling's bytes, so a word is looked up without
    /// making a String of it (the spelling is compared too).
    static let transliterationByHash: TokenKeyMap<(spelling: [UInt8], key: [UInt8])> = {
        var m = TokenKeyMap<(spelling: [UInt8], key: [UInt8])>()
        for (w, k) in transliterationKey { m[fnvBytes(w.utf8)] = (Array(w.utf8), Array(k.utf8)) }
        return m
    }()
    static let tentativeMilitants = "actor:group:~militants"
    /// The ids of people the gazetteer does not know begin so.
    static let personPrefix: [UInt8] = Array("actor:person:".utf8)
    /// The ids of groups named by a common noun begin so.
    static let groupPrefix: [UInt8] = Array("actor:group:".utf8)
    /// The prepositions before a town `placeAfterPreposition` takes, and the words that may follow it.
    static let violentPlacePreps = TokenKeySet(words: ["in", "near", "outside"])
    static let afterTownWords = TokenKeySet(words: ["on", "late", "early", "overnight", "last", "this", "and", "killing", "wounding",
                                                    "after", "when", "where", "as", "earlier", "today", "yesterday", "close", "district", "province"])
    static let kStop = Tokenizer.key(".")
    static let kGroup = Tokenizer.key("group"), kGovernment = Tokenizer.key("government"), kIn = Tokenizer.key("in"), kTo = Tokenizer.key("to"), kNear = Tokenizer.key("near")

    /// The key a group noun phrase is filed under: its first word without a plural s ("rebel commanders", "rebels" → "rebel").
    static func stemKey(_ doc: Document, _ i: Int) -> UInt64 {
        asciiStemKey(doc, i) ?? stringStemKey(doc.text(token: i))
    }

    /// `stemKey` on bytes, for a word of ASCII letters (nearly all): there a Character is a byte and the
    /// key of the lower-cased word is the token hash of its bytes.
    static func asciiStemKey(_ doc: Document, _ i: Int) -> UInt64? {
        let t = doc.tokens[i]
        guard t.end > t.start else { return nil }
        return doc.bytes.withUnsafeBufferPointer { p -> UInt64? in
            for k in t.start..<t.end { guard isASCIILetter(p[k]) else { return nil } }
            let end = t.end - t.start > 3 && asciiLower(p[t.end - 1]) == 115 ? t.end - 1 : t.end
            var h = TokenHasher()
            for k in t.start..<end { h.add(p[k]) }
            return h.value
        }
    }

    /// `stemKey` of any word, on Characters.
    static func stringStemKey(_ word: String) -> UInt64 {
        var w = word.lowercased()
        if w.hasSuffix("s") && w.count > 3 { w.removeLast() }
        return Tokenizer.key(w)
    }

    /// Whether a group's name stands for militants: "the insurgents", "Sunni fighters" (`words`' lists).
    static func isMilitantGroupName(_ name: String, _ words: Words) -> Bool {
        asciiIsMilitantGroupName(name, words) ?? stringIsMilitantGroupName(name, words)
    }

    /// `isMilitantGroupName` on bytes, for an ASCII name (there lower-casing is per byte and a word split
    /// on spaces is the Characters' split): its last two words compared, without a String per word.
    static func asciiIsMilitantGroupName(_ name: String, _ lists: Words) -> Bool? {
        var s = name
        return s.withUTF8 { p -> Bool? in
            for b in p where b >= 0x80 { return nil }
            // the word that ends before `end` (after any spaces): its start and end
            func word(before end: Int) -> Range<Int>? {
                var e = end
                while e > 0 && p[e - 1] == 32 { e -= 1 }
                guard e > 0 else { return nil }
                var b = e
                while b > 0 && p[b - 1] != 32 { b -= 1 }
                return b..<e
            }
            func among(_ r: Range<Int>, _ words: [[UInt8]]) -> Bool {
                words.contains { w in w.count == r.count && w.indices.allSatisfy { asciiLower(p[r.lowerBound + $0]) == w[$0] } }
            }
            guard let noun = word(before: p.count) else { return false }
            if among(noun, lists.militantNounBytes) { return true }
            guard among(noun, lists.militantHeadBytes), let qualifier = word(before: noun.lowerBound) else { return false }
            return among(qualifier, lists.militantQualifierBytes)
        }
    }

    /// `isMilitantGroupName` on Characters, for any name.
    static func stringIsMilitantGroupName(_ name: String, _ lists: Words) -> Bool {
        let words = name.lowercased().split(separator: " ").map(String.init)
        guard let noun = words.last else { return false }
        return lists.militantNouns.contains(noun) || (words.count >= 2 && lists.militantQualifiers.contains(words[words.count - 2]) && lists.militantHeads.contains(noun))
    }

    /// The capitals that open the words of `name` (words split at spaces and hyphens): "State Security
    /// Committee" → "SSC".
    static func acronymInitials(_ name: String) -> String {
        // ASCII without CR: words split on bytes, a capital is A-Z (as `Character.isUppercase` has it)
        var copy = name
        if let fast = copy.withUTF8({ p -> String? in
            var out: [UInt8] = []
            var atStart = true
            for b in p {
                if b >= 0x80 || b == 13 { return nil }
                if b == 32 || b == 45 { atStart = true; continue }
                if atStart && isASCIIUpper(b) { out.append(b) }
                atStart = false
            }
            return String(decoding: out, as: UTF8.self)
        }) { return fast }
        return String(name.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { w -> Character? in
            guard let f = w.first, f.isUppercase else { return nil }
            return f
        })
    }

    /// Whether `acronymInitials(name) == surface`, compared byte by byte when the name is ASCII without CR
    /// (an ASCII String equals another only byte for byte): no String of the initials is made for each of the
    /// article's names at each acronym.
    static func spellsInitials(_ name: String, _ surface: String) -> Bool {
        var n = name, s = surface
        if let r = n.withUTF8({ p -> Bool? in
            for b in p where b >= 0x80 || b == 13 { return nil }
            return s.withUTF8 { q -> Bool in
                var k = 0, atStart = true
                for b in p {
                    if b == 32 || b == 45 { atStart = true; continue }
                    if atStart && isASCIIUpper(b) {
                        if k == q.count || q[k] != b { return false }
                        k += 1
                    }
                    atStart = false
                }
                return k == q.count
            }
        }) { return r }
        return acronymInitials(name) == surface
    }

    public struct Result: Sendable {
        public var mentions: [Mention] { didSet { index() } }
        /// (Each change rebuilds the type index below: add records in one assignment, not one by one.)
        public var actors: [String: ActorRecord] { didSet { indexActors() } }
        /// The ids of `actors` and their types, by a hash of the id's bytes (`ActorTable.asciiHash`): the
        /// extractors ask an actor's type for every candidate argument and speaker, where the dictionary
        /// SipHashed the id and copied the record each time. Rebuilt whenever `actors` changes.
        private var byHash = TokenKeyMap<Int32>()
        /// The same slots by the ids' String values: a mention's id is nearly always the very String the
        /// index holds, found so with no hash of its bytes.
        private var byIdentity = StringIdentityIndex()
        private var tableIDs: [String] = []
        /// (nil: a record `find` removed)
        private var tableTypes: [String?] = []
        /// Whether some id is not plain ASCII, or two ids share a hash: an id the table lacks may then still be
        /// a key of `actors` (a canonically equivalent spelling), which the dictionary itself decides.
        private var tableIncomplete = false
        /// Actors the article names only inside another name ("Russian" in "Russian Defense Minister").
        public var implied: Set<String> = []
        /// The ISO code of the state the story is told from (the dateline's, when the story bears it out, else the state
        /// it names most): "the interior ministry said" before the story names its state is that state's.
        public var home: String? = nil
        /// By token index: the mention (index into `mentions`) starting there, and the one ending there;
        /// -1 for none (mentions never overlap). Dense, up to the last mention's end: token indexes are
        /// small and consecutive, so a read by the claims is one load, not a hash probe.
        private var startingAt: [Int32] = []
        private var endingAt: [Int32] = []
        /// What the date given to `find` was asked (an office held on it, whether it has a year) and
        /// answered, in order. `find` depends on the date only through these answers: another date that
        /// answers them alike finds the same mentions, so the year a dateline lacks, once inferred, often
        /// needs no second search.
        var dateAnswers: [DateAnswer] = []

        /// Whether `find` with `date` would answer every question as this result's date did.
        public func sameAnswers(for date: PartialDate?) -> Bool {
            dateAnswers.allSatisfy { a in
                switch a {
                case .holds(let t, let r): return t.holds(on: date) == r
                case .hasYear(let r): return (date?.year != nil) == r
                }
            }
        }

        public init(mentions: [Mention], actors: [String: ActorRecord], implied: Set<String> = []) {
            self.mentions = mentions
            self.actors = actors
            self.implied = implied
            index()
            indexActors()
        }

        /// The result of `find`, whose actor table already holds the ids by hash: the dictionary takes its
        /// records, and the ids and types stay as the index (no second hashing of every id).
        init(mentions: [Mention], table: inout ActorTable, implied: Set<String>) {
            self.mentions = mentions
            self.implied = implied
            byHash = table.byHash
            byIdentity = table.byIdentity
            tableIDs = table.ids
            tableTypes = table.types()
            tableIncomplete = table.hasOther
            actors = table.takeDictionary()
            index()
        }

        mutating func indexActors() {
            byHash = TokenKeyMap(minimumCapacity: actors.count)
            byIdentity = StringIdentityIndex()
            tableIDs = []
            tableTypes = []
            tableIDs.reserveCapacity(actors.count)
            tableTypes.reserveCapacity(actors.count)
            tableIncomplete = false
            for (id, rec) in actors {
                guard let h = ActorTable.asciiHash(id), byHash[h] == nil else { tableIncomplete = true; continue }
                byHash[h] = Int32(tableIDs.count)
                byIdentity.insert(id, tableIDs.count)
                tableIDs.append(id)
                tableTypes.append(rec.type)
            }
        }

        /// The record of actor `id` (`actors[id]`), for the few readers that need more than its type.
        public func record(_ id: String) -> ActorRecord? { actors[id] }
        /// The type of actor `id`, if it has a record (`actors[id]?.type`).
        public func type(of id: String) -> String? {
            if let s = byIdentity.slot(of: id) { return tableTypes[s] }
            if let h = ActorTable.asciiHash(id) {
                if let s = byHash[h], tableIDs[Int(s)] == id { return tableTypes[Int(s)] }
                if !tableIncomplete { return nil }
            }
            return actors[id]?.type
        }
        /// The position of `id` among `indexedIDs`, if the type index has it (a plain ASCII id of `actors`
        /// or of the table `find` filled): found by the hash of its bytes, with no SipHash of the id.
        func indexSlot(of id: String) -> Int? {
            if let s = byIdentity.slot(of: id) { return s }
            guard let h = ActorTable.asciiHash(id), let s = byHash[h], tableIDs[Int(s)] == id else { return nil }
            return Int(s)
        }
        /// The ids of the type index, by `indexSlot`.
        var indexedIDs: [String] { tableIDs }
        /// Whether actor `id` is a place (`actors[id]?.isPlace == true`).
        public func isPlace(_ id: String) -> Bool { type(of: id) == "place" }

        mutating func index() {
            // (the mentions read in place: a copy of each retained and released its id)
            var size = 0
            var starting: [Int32] = [], ending: [Int32] = [], sorted = true
            mentions.withUnsafeBufferPointer { ms in
                for i in ms.indices { size = max(size, ms[i].tokens.upperBound + 1) }
                starting = [Int32](repeating: -1, count: size)
                ending = [Int32](repeating: -1, count: size)
                for i in ms.indices {
                    starting[ms[i].tokens.lowerBound] = Int32(i)
                    ending[ms[i].tokens.upperBound] = Int32(i)
                    if i > 0 && ms[i - 1].start > ms[i].start { sorted = false }
                }
            }
            startingAt = starting
            endingAt = ending
            sortedByStart = sorted
        }

        /// Whether `mentions` are in order of their start (as `find` gives them), worked out once here so
        /// that readers may bound them by binary search.
        public private(set) var sortedByStart = true

        /// The mentions that start before byte `offset` (and, when they are not in order of their start, the
        /// others too: the caller still tests the start). A search for the last mention before a speaker's
        /// words walks back from there, not from the article's last mention.
        public func mentions(startingBefore offset: Int) -> ArraySlice<Mention> {
            sortedByStart ? mentions[..<mentions.partitionPoint { $0.start >= offset }] : mentions[...]
        }

        /// The mention that starts at token `i`, if any.
        public func starting(at i: Int) -> Mention? { Self.at(startingAt, i).map { mentions[$0] } }
        /// The mention whose last token is `i - 1`, if any.
        public func ending(at i: Int) -> Mention? { Self.at(endingAt, i).map { mentions[$0] } }

        @inline(__always) private static func at(_ table: [Int32], _ i: Int) -> Int? {
            i >= 0 && i < table.count && table[i] >= 0 ? Int(table[i]) : nil
        }
    }

    /// The place node for a name such as a dateline's "Moscow" or "Tal Afar".
    public func placeRecord(named name: String) -> ActorRecord? {
        var s = name
        return s.withUTF8 { p -> ActorRecord? in
            let toks = Tokenizer.tokenize(p)
            guard let g = lexicon.names.longest(toks[...], from: 0), g.length == toks.count else {
                return ActorRecord(id: "place:" + slug(name), name: name, type: "place", aliases: [], country: nil)
            }
            let e = lexicon.ontology.actors[Int(g.payload.actor)]
            if g.payload.kind == .capital { return ActorRecord(id: "place:" + slug(e.capital ?? name), name: e.capital ?? name, type: "place", aliases: [], country: e.id) }
            if e.type == "place" { return ActorRecord(id: "place:" + e.id, name: e.name, type: "place", aliases: [], country: e.country) }
            return nil
        }
    }

    /// The state a dateline's country after its place names ("BOSASO, Somalia (AP) -": "SOM"), by a name or alias of a
    /// country in the gazetteer; nil for anything else.
    public func countryCode(named name: String) -> String? {
        var s = name
        return s.withUTF8 { p -> String? in
            let toks = Tokenizer.tokenize(p)
            guard let g = lexicon.names.longest(toks[...], from: 0), g.length == toks.count, g.payload.kind == .name else { return nil }
            let e = lexicon.ontology.actors[Int(g.payload.actor)]
            return e.type == "country" && lexicon.countryIndexByISO[e.id] != nil ? e.id : nil
        }
    }

    /// - Parameter home: the country of the dateline, if known; unqualified "security forces", "the
    ///   government" stand for it when the story bears it out (else for the country the article names most).
    public func find(_ doc: Document, date: PartialDate?, home: String? = nil) -> Result {
        find(doc, date: date, homes: home.map { [$0] } ?? [], names: NameKeys())
    }

    /// `homes`: the states of the dateline's places, in its order ("TRIPOLI/BENGHAZI": one state; "KYIV/MOSCOW": two).
    /// `names`: the person and name keys worked out so far on this thread.
    /// `spare`: the tables the thread's last search filled, emptied here and filled again.
    func find(_ doc: Document, date: PartialDate?, homes: [String] = [], names: NameKeys, spare: SpareTables = SpareTables()) -> Result {
        names.beginSearch()
        var tables = spare.tables.take() ?? ArticleTables()
        tables.reset(tokens: doc.tokens.count)
        var state = State(doc: doc, lex: lexicon, date: date, entryRecords: entryRecords, entryIsCountry: entryIsCountry, ruleStarts: ruleStarts, passTwoStarts: passTwoStarts,
                          names: names, words: words, tables: consume tables)  // (held here, the state's first write copied each table)
        state.skipPlainTokens = skipPlainTokens
        state.groupEntryByName = groupEntryByName
        state.oppositionBodies = oppositionBodies
        doc.bytes.withUnsafeBufferPointer { p in
            // (pass one reads the tokens through a buffer: it is too long for the array's subscript to be inlined
            // there, and each read was a call that copied the token out)
            doc.tokens.withUnsafeBufferPointer { tp in
                for (si, s) in doc.sentences.enumerated() { state.passOne(p, tp, si, s) }
            }
            // (a dateline the story does not bear out gives no home: the state whose name, people, bodies and places
            // the story names most is the government's and the army's)
            let counts = state.mentionCounts()
            let (home, top) = state.datelineHome(homes, counts)
            let named = state.mostNamedCountry(counts)
            state.home = homes.isEmpty ? named : (home ?? top)
            state.homeIndex = state.home.flatMap { lexicon.countryIndexByISO[$0] }
            // (a bare legislature only for a dateline the story bears out, or the state it names most without one: a
            // WASHINGTON story about Iran's sanctions does not make "the Senate" Iran's)
            state.legislatureHome = homes.isEmpty ? named : home
            state.legislatureIndex = state.legislatureHome.flatMap { lexicon.countryIndexByISO[$0] }
            // (only when the dateline, if any, agrees: a story from one capital about another country's war
            // names several states, and the wrong one is worse than none)
            let filed = home ?? homes.first
            let focus = filed == nil ? named : (named == filed ? filed : nil)
            state.focusIndex = focus.flatMap { lexicon.countryIndexByISO[$0] }
            for (si, s) in doc.sentences.enumerated() { state.passTwo(p, si, s) }
        }
        state.resolveBareInstitutions()
        state.resolveParentheticalNames()
        state.resolveAcronyms()
        state.resolveMilitants()
        state.resolveGroupsOfNamedBodies()
        state.mergeSurnameOnlyPeople()
        state.resolveTitles()
        // "(Reporting by Jane Roe in Cairo; Editing by John Doe)": the agency's credit line names who wrote and
        // edited the story, no one (and nowhere) the story tells of
        let credits = MentionFinder.creditLines(doc.tokens)
        if !credits.isEmpty {
            var credited: [String] = []
            state.mentions.removeAll { m in
                guard credits.contains(where: { $0.contains(m.tokens.lowerBound) }) else { return false }
                credited.append(m.actor)
                return true
            }
            // (and no node: an actor the story names nowhere else is not one of its actors)
            for id in Set(credited) where !state.mentions.contains(where: { $0.actor == id }) && !state.implied.contains(id) {
                state.actors.remove(id)
            }
        }
        // "talks in the Kremlin", "met at the White House": the seat's city is where it happened, named or not
        if !seatPlaces.isEmpty {
            for m in state.mentions where m.tokens.lowerBound >= 1 && MentionFinder.isAtSeat(doc.tokens, m.tokens.lowerBound) {
                if let place = seatPlaces[m.actor], state.actors.slot(of: place.id) == nil { state.imply(place) }
            }
        }
        // overlapping spans (a title-only phrase over a modifier, a name inside a title): keep the longer
        state.mentions.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        // (kept in place, by swaps: a mention copied into a second array retained its id)
        var kept = state.mentions
        state.mentions = []
        var n = 0
        for r in kept.indices {
            if n > 0, kept[r].tokens.lowerBound < kept[n - 1].tokens.upperBound {
                if kept[r].tokens.count > kept[n - 1].tokens.count { kept.swapAt(n - 1, r) }
                continue
            }
            kept.swapAt(n, r)
            n += 1
        }
        kept.removeLast(kept.count - n)
        // (a few implied actors against the mentions: compared, not hashed into a Set of every mention's id)
        let implied = state.implied.filter { id in !kept.contains { $0.actor == id } }
        var result = Result(mentions: kept, table: &state.actors, implied: implied)
        result.dateAnswers = state.memo.dateAnswers
        result.home = state.home
        spare.tables = ArticleTables(surnames: state.surnames, givenRefs: state.givenRefs, groupByNoun: state.groupByNoun,
                                     cuedOrganizationByFirst: state.cuedOrganizationByFirst, entrySlots: state.entrySlots, covered: state.covered,
                                     gazetteerMissEnd: state.gazetteerMissEnd)
        return result
    }

    /// Seats of government by actor id, each with the place record of its city, the id a mention of the city has.
    static func seatPlaces(_ ontology: Ontology) -> [String: ActorRecord] {
        var out: [String: ActorRecord] = [:]
        for e in ontology.actors {
            if let city = e.seat { out["actor:" + e.id] = ActorRecord(id: "place:" + slug(city), name: city, type: "place", aliases: [], country: e.country) }
        }
        return out
    }

    /// Whether the name at token `start` is where something happens: "in/at (the) Kremlin".
    static func isAtSeat(_ toks: [Token], _ start: Int) -> Bool {
        let b = start >= 2 && toks[start - 1].key == kThe ? start - 2 : start - 1
        return toks[b].key == kIn || toks[b].key == kAt
    }

    /// The spans of the agency's credit lines, "(Reporting by Jane Roe in Cairo; Additional reporting by …; Editing by
    /// John Doe)": from the bracket to its close (or the text's end), when a verb of the trade and "by" open it.
    static func creditLines(_ toks: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // (the keys held in locals and the tokens read through a buffer: the scan reads every token of the
        // article, and each read of a static key or of the array went through an accessor)
        let open = kOpenParen, additional = kAdditional, by = kBy, close = kCloseParen
        toks.withUnsafeBufferPointer { toks in
            var i = 0
            while i + 2 < toks.count {
                if toks[i].key == open {
                    var j = i + 1
                    if toks[j].key == additional { j += 1 }
                    if j + 1 < toks.count, creditVerbs.contains(toks[j].key), toks[j + 1].key == by {
                        var e = j + 2
                        while e < toks.count, toks[e].key != close { e += 1 }
                        out.append(i..<min(toks.count, e + 1))
                        i = e
                    }
                }
                i += 1
            }
        }
        return out
    }

    /// The token-keyed tables and by-token arrays a search fills for one article. Kept for the next
    /// article one thread searches (`SpareTables`, in `Pipeline.Scratch`): made afresh they were seven
    /// allocations, and as many frees, per article.
    struct ArticleTables {
        var surnames = TokenKeyMap<String>(), givenRefs = TokenKeyMap<String>(), groupByNoun = TokenKeyMap<String>()
        var cuedOrganizationByFirst = TokenKeyMap<Int>()
        /// See `State.entrySlots`.
        var entrySlots = TokenKeyMap<Int32>()
        var covered: [Bool] = [], gazetteerMissEnd: [Int32] = []

        /// Empty tables, and arrays of a false / 0 per token of an article of `tokens` tokens.
        mutating func reset(tokens: Int) {
            surnames.removeAll()
            givenRefs.removeAll()
            groupByNoun.removeAll()
            cuedOrganizationByFirst.removeAll()
            entrySlots.removeAll()
            covered.removeAll(keepingCapacity: true)
            covered.append(contentsOf: repeatElement(false, count: tokens))
            gazetteerMissEnd.removeAll(keepingCapacity: true)
            gazetteerMissEnd.append(contentsOf: repeatElement(0, count: tokens))
        }
    }

    /// The `ArticleTables` of a thread's last search (nil while a search holds them). Never shared between threads.
    final class SpareTables {
        var tables: ArticleTables?
    }

    /// A question `find` asked of the article's date, and its answer.
    enum DateAnswer: Sendable {
        case holds(DatedTitle, Bool)
        case hasYear(Bool)
    }

    /// A name's person key and token keys: functions of the name alone, kept for every article one
    /// thread analyses (see `Pipeline.Scratch`): the same people come back in article after article, where
    /// a memo per article worked nearly every key out again.
    final class NameKeys {
        var keys = NameMemo<String>()
        var nameKeys = NameMemo<[UInt64]>()

        /// Forgets the names not in plain ASCII before each search: their String-keyed table matches a
        /// canonically equivalent spelling (NFD "e\u{301}" for NFC "é"), whose keys differ in bytes, so kept
        /// across articles one article's spelling would give another its keys (results would depend on the
        /// batch, and cached records on the corpus they were made in).
        func beginSearch() {
            keys.forgetOther()
            nameKeys.forgetOther()
        }
    }

    /// Per-article memo (a class so non-mutating lookups can fill it): the questions asked of the
    /// article's date, each recorded once.
    final class ArticleMemo {
        var dateAnswers: [DateAnswer] = []
        /// (an array: an article asks a few questions, and hashing a `DatedTitle` hashed its Strings)
        var askedTitles: [DatedTitle] = []
        var askedYear = false
    }

    /// A value worked out once per name and article. Names in plain ASCII (nearly all) are found by a
    /// hash of their bytes (`ActorTable.asciiHash`: the ASCII test and the hash in one pass, eight bytes
    /// at a time), where byte equality is String equality; others by a String-keyed table, which also
    /// matches their canonically equivalent spellings. SipHash over every name was most of it.
    struct NameMemo<Value: Sendable> {
        private var ascii = TokenKeyMap<(name: String, value: Value)>()
        private var other: [String: Value] = [:]

        mutating func value(_ name: String, _ make: (String) -> Value) -> Value {
            guard let h = ActorTable.asciiHash(name) else {
                if let v = other[name] { return v }
                let v = make(name)
                other[name] = v
                return v
            }
            if let e = ascii[h], e.name == name { return e.value }
            let v = make(name)
            if ascii[h] == nil { ascii[h] = (name, v) }
            return v
        }

        mutating func forgetOther() { if !other.isEmpty { other.removeAll(keepingCapacity: true) } }
    }

    struct State {
        let doc: Document
        let lex: Lexicon
        let date: PartialDate?
        var actors = ActorTable()
        var mentions: [Mention] = []
        var covered: [Bool]
        /// By token: the end up to which the gazetteer is known to have no name there (0: not asked).
        var gazetteerMissEnd: [Int32]
        /// surname key → person id, for people met in this article
        var surnames: TokenKeyMap<String>
        /// given name key → the person named in full with it in this article (people the gazetteer does not
        /// know); "" when two such people share it
        var givenRefs: TokenKeyMap<String>
        let memo = ArticleMemo()
        let names: NameKeys
        /// group noun key → group id ("rebels" → Syrian rebels)
        var groupByNoun: TokenKeyMap<String>
        /// Organizations the gazetteer does not know, named with a cue in this article ("carmaker Acme"): by
        /// their first word's key, the index in `cuedOrganizations` (id and tokens of the cued mention), for
        /// pass two to find the bare name again ("Acme said").
        var cuedOrganizationByFirst: TokenKeyMap<Int>
        var cuedOrganizations: [(id: String, tokens: Range<Int>)] = []
        /// The actor slots of the gazetteer's entries named so far, by ontology actor index: a country or body
        /// named again and again is found by its index, its id not hashed and compared each time.
        var entrySlots: TokenKeyMap<Int32>
        /// titles with a country and no name ("the German foreign minister"): span, sentence, role, country
        var titleOnly: [(Range<Int>, Int, String, String)] = []
        /// Institutions named with no state ("the Foreign Ministry said"): mention index and institution, given
        /// the story's state once pass one has counted the countries (`resolveBareInstitutions`).
        var bareInstitutions: [(mention: Int, institution: String)] = []
        /// The country unqualified state nouns stand for.
        var home: String? = nil
        /// `home`'s entry, looked up once per article rather than at every sentence or token.
        var homeIndex: Int? = nil
        /// The state whose legislature "parliament", "the lower house" name bare (`legislatureAt`).
        var legislatureHome: String? = nil
        /// Its index among the countries, looked up once (not hashed at each token).
        var legislatureIndex: Int? = nil
        /// The country the article names most (not the dateline's): whose opposition "the rebels" are.
        var focusIndex: Int? = nil
        /// See `MentionFinder.groupEntryByName`, `MentionFinder.oppositionBodies`.
        var groupEntryByName: [String: Int] = [:]
        var oppositionBodies: Set<String> = []
        /// By actor slot: whether its id is among `oppositionBodies` (1), is not (-1), or not yet asked (0).
        var oppositionSlots: [Int8] = []
        var implied: Set<String> = []
        /// See `MentionFinder.skipPlainTokens`.
        var skipPlainTokens = true
        let ruleStarts: TokenKeyFilter
        /// The first words of pass two's rules for a word without a capital: state nouns, group nouns,
        /// organization and media references.
        let passTwoStarts: TokenKeyFilter

        init(doc: Document, lex: Lexicon, date: PartialDate?, entryRecords: [ActorRecord], entryIsCountry: [Bool], ruleStarts: TokenKeyFilter, passTwoStarts: TokenKeyFilter,
             names: NameKeys, words: Words, tables: ArticleTables) {
            self.names = names
            surnames = tables.surnames
            givenRefs = tables.givenRefs
            groupByNoun = tables.groupByNoun
            cuedOrganizationByFirst = tables.cuedOrganizationByFirst
            entrySlots = tables.entrySlots
            covered = tables.covered
            gazetteerMissEnd = tables.gazetteerMissEnd
            self.words = words
            placeNouns = words.placeNouns
            orgReferences = words.orgReferences
            mediaReferences = words.mediaReferences
            self.entryRecords = entryRecords
            self.entryIsCountry = entryIsCountry
            self.ruleStarts = ruleStarts
            self.passTwoStarts = passTwoStarts
            entries = lex.ontology.actors
            self.doc = doc
            self.lex = lex
            self.date = date
            tokens = doc.tokens
            gazetteerNames = lex.names
            nameShapes = lex.nameShapes
            nameExact = lex.nameExact
            titles = lex.titles
            titleModifiers = lex.titleModifiers
            stateNouns = lex.stateNouns
            groupNouns = lex.groupNouns
            groupQualifiers = lex.groupQualifiers
            institutions = lex.institutions
            institutionKinds = lex.institutionKinds
            namedInstitutions = lex.namedInstitutions
            orgHeads = lex.orgHeads
            armedHeads = lex.armedHeads
            placeHeads = lex.placeHeads
            speechVerbs = lex.speechVerbs
            givenNames = lex.givenNames
            knownSurnames = lex.surnames
            // about what an article needs: the table does not regrow
            mentions.reserveCapacity(64)
        }

        /// The word sets and keys read at every token, copied in once per article: each read of a static
        /// constant is a `swift_once` call.
        let stopwords = MentionFinder.stopwords, particles = MentionFinder.particles, connectors = MentionFinder.connectors
        let placeNouns: TokenKeySet, orgReferences: TokenKeySet, mediaReferences: TokenKeySet
        /// The finder's vocabulary (`MentionFinder.Words`).
        let words: Words
        let kOf = MentionFinder.kOf, kThe = MentionFinder.kThe, kA = MentionFinder.kA, kAn = MentionFinder.kAn, kComma = MentionFinder.kComma
        let kOpenParen = MentionFinder.kOpenParen, kCloseParen = MentionFinder.kCloseParen, kOwn = MentionFinder.kOwn
        let kIn = MentionFinder.kIn, kNear = MentionFinder.kNear

        /// The document's tokens and the lexicon's tables, held here: read at every token, they are not
        /// fetched (and retained) through `doc` and the `Lexicon` object each time.
        let tokens: [Token]
        /// The ontology's actors and their records (`MentionFinder.entryRecords`), by index.
        let entries: [ActorEntry]
        let entryRecords: [ActorRecord]
        /// `MentionFinder.entryIsCountry`.
        let entryIsCountry: [Bool]
        let gazetteerNames: PhraseTrie<Lexicon.NameEntry>
        let nameShapes: [UInt8]
        let nameExact: [UInt64]
        let titles: PhraseTrie<String>
        let titleModifiers: TokenKeySet
        let stateNouns: PhraseTrie<String>
        let groupNouns: PhraseTrie<String>
        let groupQualifiers: PhraseTrie<String>
        let institutions: PhraseTrie<String>
        let institutionKinds: [String: String]
        let namedInstitutions: [String: Int]
        let orgHeads: TokenKeySet
        let armedHeads: TokenKeySet
        let placeHeads: PhraseTrie<String>
        let speechVerbs: PhraseTrie<Lexicon.VerbForm>
        let givenNames: TokenKeySet
        let knownSurnames: TokenKeyMap<[Int32]>

        // MARK: records

        func entryRecord(_ i: Int) -> ActorRecord { entryRecords[i] }

        mutating func add(_ r: Range<Int>, _ rec: ActorRecord, _ kind: Mention.Kind, _ si: Int, alias: Bool = true) {
            // stored as given if new, else updated in place: one hash lookup and no copy of the record either
            // way (for a new record the update adds only its alias: its roles' union with themselves is them,
            // and is not taken)
            let (s, stored) = actors.slot(updating: rec.id, default: rec)
            if !stored && !rec.roles.isEmpty { actors.records[s].roles.formUnion(rec.roles) }
            // (the table's own id String: the mention shares it, and is found by it at once, `StringIdentityIndex`)
            add(r, slot: s, id: actors.ids[s], kind, si, alias: alias)
        }

        /// `add` for the gazetteer's record of ontology actor `a` (`entryRecord(a)`, which has no roles): found by
        /// the entry's index, the record neither copied to be passed nor its id hashed again.
        mutating func add(_ r: Range<Int>, entry a: Int, _ kind: Mention.Kind, _ si: Int) {
            add(r, slot: entrySlot(a).slot, id: entryRecords[a].id, kind, si, alias: true)
        }

        /// `add` for the record the article already has at slot `s` (`add(r, actors.records[s], …)`, whose roles'
        /// union with themselves is them): read in place, not copied out and looked up again by its id.
        mutating func add(_ r: Range<Int>, slot s: Int, _ kind: Mention.Kind, _ si: Int) {
            add(r, slot: s, id: actors.ids[s], kind, si, alias: true)
        }

        /// `actors.slot(updating:default:)` for the gazetteer's record of ontology actor `a`, by `entrySlots`.
        mutating func entrySlot(_ a: Int) -> (slot: Int, stored: Bool) {
            if let s = entrySlots[UInt64(a)] { return actors.slot(updating: Int(s), default: entryRecords, a) }
            let found = actors.slot(updating: entryRecords[a].id, default: entryRecords[a])
            entrySlots[UInt64(a)] = Int32(found.slot)
            return found
        }

        /// The mention of the record at slot `s` (with id `id`), its alias, and the person's name keys.
        mutating func add(_ r: Range<Int>, slot s: Int, id: String, _ kind: Mention.Kind, _ si: Int, alias: Bool) {
            // the surface, when it may be an alias: its bytes (none when they spell the alias given last, which the
            // record holds: neither made a String nor hashed into its aliases again)
            var span = alias && kind == .name && !r.isEmpty ? tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end : nil
            if let b = span, Self.sameBytes(doc.bytes, b, actors.aliasSpans[s]) { span = nil }
            let (person, aliased) = Self.update(&actors.records[s], aliasBytes: span, doc.bytes)
            if aliased, let b = span { actors.aliasSpans[s] = b }
            mentions.append(Mention(tokens: r, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end, actor: id, kind: kind, sentence: si))
            for k in r { covered[k] = true }
            if let (name, country) = person, !isCreditLine(si) {
                let keys = nameKeys(name)
                if keys.count >= 2, let last = keys.last {
                    surnames[last] = id
                    // a hyphenated surname ("Jane Roe-Doe"): its first part starts it
                    var k = keys.count - 1
                    while k >= 2, keys[k - 1] == MentionFinder.kHyphen { k -= 2 }
                    if k < keys.count - 1, k >= 1, !particles.contains(keys[k]) { surnames[keys[k]] = id }
                    // an unknown person's given name, for a later "Jane said"
                    if hasASCIIPrefix(id, MentionFinder.personPrefix), k >= 1, keys[1] != MentionFinder.kHyphen, !particles.contains(keys[0]) {
                        if let other = givenRefs[keys[0]] { if other != id { givenRefs[keys[0]] = "" } } else { givenRefs[keys[0]] = id }
                    }
                }
                // family name first: Kim Jong Un, Xi Jinping
                if let c = country, Lexicon.familyNameFirst.contains(c), let first = keys.first, keys.count >= 2 { surnames[first] = id }
                // "Michael Makuei Lueth … Makuei said": the middle one of an unknown person's three names, when it
                // is no one else's, names them too (a letter, a particle or a hyphenated part is no name)
                if keys.count == 3, hasASCIIPrefix(id, MentionFinder.personPrefix), surnames[keys[1]] == nil,
                   keys[1] != MentionFinder.kHyphen, keys[2] != MentionFinder.kHyphen, !particles.contains(keys[1]),
                   r.count == 3, tokens[r.lowerBound + 1].end - tokens[r.lowerBound + 1].start > 2 {
                    surnames[keys[1]] = id
                }
            }
        }

        /// "(Reporting by Jane Roe; Editing by John Doe)": the agency's credit line names its reporters, who
        /// are no one's surname for the story ("Roe said" above it is someone the story quoted)
        func isCreditLine(_ si: Int) -> Bool {
            let r = doc.sentences[si].tokens
            var i = r.lowerBound
            if i < r.upperBound, tokens[i].key == MentionFinder.kOpenParen { i += 1 }
            if i < r.upperBound, tokens[i].key == MentionFinder.kAdditional { i += 1 }
            return i + 1 < r.upperBound && MentionFinder.creditVerbs.contains(tokens[i].key) && tokens[i + 1].key == MentionFinder.kBy
        }

        /// Adds the text at `aliasBytes` to the actor `e` as an alias when it is not the name; the person's name
        /// and country for the surname table, if `e` is a person.
        /// (and whether an alias was given)
        static func update(_ e: inout ActorRecord, aliasBytes: Range<Int>?, _ bytes: [UInt8]) -> (person: (name: String, country: String?)?, aliased: Bool) {
            var aliased = false
            if let b = aliasBytes, let a = aliasText(bytes, b, unlike: e.name) { e.aliases.insert(a); aliased = true }
            return (e.type == "person" ? (e.name, e.country) : nil, aliased)
        }

        /// Whether the bytes at `a` and `b` are the same, `b` not empty.
        static func sameBytes(_ bytes: [UInt8], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
            guard !b.isEmpty, a.count == b.count else { return false }
            return bytes.withUnsafeBufferPointer { p in memcmp(p.baseAddress! + a.lowerBound, p.baseAddress! + b.lowerBound, a.count) == 0 }
        }

        /// The text of `bytes[span]` when it is not `name` (an alias to record), else nil. The bytes are
        /// compared first: most mentions spell the name itself, and need no String.
        static func aliasText(_ bytes: [UInt8], _ span: Range<Int>, unlike name: String) -> String? {
            guard !span.isEmpty else { return nil }
            let same = name.utf8.count == span.count && bytes.withUnsafeBufferPointer { b in
                name.utf8.withContiguousStorageIfAvailable { n in memcmp(b.baseAddress! + span.lowerBound, n.baseAddress!, n.count) == 0 }
                    ?? name.utf8.elementsEqual(UnsafeBufferPointer(rebasing: b[span]))
            }
            if same { return nil }
            let surface = String(decoding: bytes[span], as: UTF8.self)
            return surface != name ? surface : nil
        }

        /// `Tokenizer.keys` of a person's name, worked out once per name and article.
        func nameKeys(_ name: String) -> [UInt64] {
            names.nameKeys.value(name) { Tokenizer.keys($0) }
        }

        /// One id for spelling variants of a name: transliterations folded, particles (al-, el-) dropped.
        /// The same names come back in an article: each key is worked out once.
        func personKey(_ name: String) -> String {
            names.keys.value(name) { MentionFinder.personKey($0) }
        }

        // MARK: gazetteer

        // The scanning helpers below change nothing, yet are `mutating`: called from the passes, they then
        // take the state by address; as plain methods each call copied the whole state (memcpy at every token).

        /// The longest gazetteer name at i whose capitalization fits the entry.
        mutating func gazetteer(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, onlyNames: Bool = false) -> (Int, Lexicon.NameEntry)? {
            // a token is asked again by the rules that follow (organizations, places, names): a miss up to
            // an end is a miss up to any end before it, with or without `onlyNames`
            // (callers may ask just past the sentence: "... said the President." ends on a title)
            if i >= end || end <= gazetteerMissEnd[i] { return nil }
            // (most words start no name: one bit says so, with no walk of the trie, no memo written)
            if !gazetteerNames.mayStart(tokens[i].key) { return nil }
            let found = gazetteerNames.longest(tokens[..<end], from: i) { len, e in
                if onlyNames && e.kind != .name { return false }
                let shapes = Int(e.shapes)
                for k in 0..<len {
                    let t = tokens[i + k]
                    switch nameShapes[shapes + k] {
                    case 1: if !t.isCapitalized && !(p[t.start] >= 0x80) { return false }
                    case 2: if Lexicon.caseSensitiveKey(p, t) != nameExact[shapes + k] { return false }
                    default: break
                    }
                }
                // a match must not end inside a hyphenated word ("Moscow-led" is fine, "Iran-" + "Contra" is not ours to judge)
                // "US$3.4 billion", "HK$", "NZ$": a code glued to a dollar sign is a currency, not its state
                let last = tokens[i + len - 1]
                if last.end < p.count, p[last.end] == UInt8(ascii: "$") { return false }
                // "The National Meteorological Center", "The National People's Congress": a name opening with "The" is
                // whole; a capitalized word right after it opens a longer name (no newspaper "The National" in it)
                if len >= 2, tokens[i].key == MentionFinder.kThe, i + len < end, tokens[i + len].isWord, tokens[i + len].isCapitalized,
                   !tokens[i + len - 1].flags.contains(.possessive) { return false }
                return true
            }
            if found == nil && !onlyNames { gazetteerMissEnd[i] = Int32(end) }
            return found
        }

        /// Whether a model's number follows a name ending at byte `after` (token `j` next): "-21" glued to it
        /// ("MiG-21"), or a short code with digits after a space ("A320", "737", "TB2"; not a year: "the Hamas 2006 war").
        mutating func modelNumberFollows(_ p: UnsafeBufferPointer<UInt8>, _ after: Int, _ j: Int, _ end: Int) -> Bool {
            @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
            if after + 1 < p.count, p[after] == UInt8(ascii: "-"), isDigit(p[after + 1]) { return true }
            guard j < end, tokens[j].start == after + 1, p[after] == 0x20 else { return false }
            let t = tokens[j], n = t.end - t.start
            guard n >= 2 && n <= 6, isDigit(p[t.start]) || (p[t.start] >= 0x41 && p[t.start] <= 0x5A) else { return false }
            var digits = 0
            for k in t.start..<t.end {
                if isDigit(p[k]) { digits += 1 } else if !(p[k] >= 0x41 && p[k] <= 0x5A) && !(p[k] >= 0x61 && p[k] <= 0x7A) { return false }
            }
            if digits == 4 && n == 4 { return false }
            return digits > 0
        }

        mutating func nameLike(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
            guard i < tokens.count else { return false }
            let t = tokens[i]
            guard t.isWord, !t.flags.contains(.possessive), t.isCapitalized || p[t.start] >= 0xC0, !t.flags.contains(.number), t.end - t.start >= 2 else { return false }
            if t.flags.contains(.allCaps) && t.end - t.start >= 2 { return false }  // acronyms are not given names
            if stopwords.contains(t.key) { return false }
            if titles.longest(tokens[...], from: i) != nil {
                // a title word ("President") is not part of a name
                return false
            }
            return true
        }

        /// One to three capital letters written without dots: a person's initials before their name.
        func undottedInitials(_ p: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
            let t = tokens[j]
            guard t.isWord, t.isCapitalized, !t.flags.contains(.acronym), !t.flags.contains(.possessive), t.end - t.start <= 3, t.end <= p.count else { return false }
            return (t.start..<t.end).allSatisfy { p[$0] >= 0x41 && p[$0] <= 0x5A }
        }

        /// A person's name: 2–5 name-like tokens, with particles (al-, bin, de) inside.
        mutating func personName(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, minTokens: Int = 2, initials: Bool = false) -> Range<Int>? {
            var j = i
            var words = 0
            while j < end {
                // "Special Commissioner of Police HGS Dhaliwal", "Foreign Minister S Jaishankar": after a title,
                // undotted initials (one to three capitals, no known name) that open a name are part of it
                if initials, words == 0, undottedInitials(p, j), j + 1 < end, nameLike(p, j + 1), gazetteer(p, j, end) == nil {
                    words += 1; j += 1
                    continue
                }
                // "R.G.K. Kapoor", "M.M. Naravane": dotted initials that open a name are part of it (not a known
                // name: "U.S. Army")
                if words == 0, tokens[j].flags.contains(.acronym), j + 1 < end, nameLike(p, j + 1), gazetteer(p, j, end) == nil {
                    words += 1; j += 1
                    continue
                }
                if nameLike(p, j) {
                    if let g = gazetteer(p, j, end), entryRecords[Int(g.1.actor)].type != "person", g.1.kind == .name || g.1.kind == .capital {
                        if words == 0 { return nil }
                        break
                    }
                    words += 1; j += 1
                    // hyphenated parts: Abdel-Fattah, al-Maliki, Ja-ick, Jong-un
                    if j + 1 < end, tokens[j].flags.contains(.hyphen), !tokens[j].flags.contains(.spaceBefore), !tokens[j + 1].flags.contains(.spaceBefore), tokens[j + 1].isWord, !tokens[j + 1].flags.contains(.number) {
                        j += 2
                        if j < end, tokens[j].flags.contains(.hyphen) { j += 1 }
                    }
                    continue
                }
                // "Hyun In-taek", "Kim Do-hoon": a given name whose first syllable spells a small word ("In", "Do") is
                // one name part when a hyphen joins it to a small-letter syllable
                if words > 0, tokens[j].isCapitalized, j + 2 < end, tokens[j + 1].flags.contains(.hyphen), !tokens[j + 1].flags.contains(.spaceBefore),
                   !tokens[j + 2].flags.contains(.spaceBefore), tokens[j + 2].isWord, !tokens[j + 2].isCapitalized, !tokens[j + 2].flags.contains(.number) {
                    words += 1; j += 3
                    continue
                }
                if words > 0, particles.contains(tokens[j].key), j + 1 < end {
                    if tokens[j + 1].flags.contains(.hyphen), j + 2 < end, nameLike(p, j + 2) { j += 3; words += 1; continue }
                    if nameLike(p, j + 1) { j += 1; continue }
                    // "Ursula von der Leyen", "Jan van den Berg", "Maria de los Santos": two particles in a row
                    if j + 2 < end, particles.contains(tokens[j + 1].key), nameLike(p, j + 2) { j += 2; continue }
                }
                // (flags before the set: most tokens fail on them)
                if words == 0, tokens[j].isCapitalized == false, j + 2 < end, tokens[j + 1].flags.contains(.hyphen), particles.contains(tokens[j].key), nameLike(p, j + 2) {
                    j += 3; words += 1; continue
                }
                break
            }
            if words < minTokens || words > 5 { return nil }
            return i..<j
        }

        mutating func personRecord(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, role: String?, country: String?) -> ActorRecord {
            // a known person under this name?
            if let g = gazetteer(p, r.lowerBound, r.upperBound), g.0 == r.count, entryRecords[Int(g.1.actor)].type == "person" {
                var rec = entryRecord(Int(g.1.actor))
                if let role { rec.roles.insert(role) }
                return rec
            }
            // a surname already met: the same person
            let name = doc.text(tokens: r)
            if r.count == 1, let id = surnames[tokens[r.lowerBound].key], let rec = actors[id] { return rec }
            if r.count == 1, let known = knownPerson(tokens[r.lowerBound].key, role: role) {
                var rec = entryRecord(known)
                if let role { rec.roles.insert(role) }
                return rec
            }
            if r.count >= 2, let id = surnames[tokens[r.upperBound - 1].key], let rec = actors[id], personKey(rec.name) == personKey(name) || particles.contains(tokens[r.lowerBound].key) {
                return rec
            }
            // a known person under another spelling ("Sergey Lavrov" for "Sergei Lavrov")
            let key = personKey(name)
            if let known = lex.personByKey[key] {
                var rec = entryRecord(Int(known))
                if let role { rec.roles.insert(role) }
                return rec
            }
            var rec = ActorRecord(id: "actor:person:" + key, name: name, type: "person", aliases: [], country: country)
            if let role { rec.roles.insert(role) }
            return rec
        }

        // MARK: pass one

        /// Whether no rule of pass one can match at token i, a plain token (not capitalized, possessive or
        /// all capitals, nor starting with a non-ASCII letter: punctuation and lower-case words, most of
        /// the text), decided by two probes instead of a call to every rule: the token's key in
        /// `ruleStarts` (a title starts with a modifier or a title word; a gazetteer name, group qualifier
        /// or place noun ("city of") with a word of its own table; a name with a particle, "al-Assad"), and
        /// the next token's among the titles' first words (a portfolio word before a title). The rules for
        /// organizations, places by head noun, names, acronyms and possessives all need the flags a plain
        /// token lacks. (`mutating`, as the helpers below, so as not to copy the state.)
        @inline(__always) mutating func startsNothing(_ p: UnsafeBufferPointer<UInt8>, _ tp: UnsafeBufferPointer<Token>, _ i: Int, _ end: Int) -> Bool {
            let t = tp[i]
            // (a mask of raw bits: the set literal `[.capitalized, .allCaps, .possessive]` was built as an array at every
            // token once pass one grew past what the optimizer folds)
            guard t.flags.rawValue & MentionFinder.notPlainMask == 0, t.start < p.count, p[t.start] < 0xC0 else { return false }
            if ruleStarts.mayContain(t.key) { return false }
            return !(i + 1 < end && titles.mayStart(tp[i + 1].key))
        }

        mutating func passOne(_ p: UnsafeBufferPointer<UInt8>, _ tp: UnsafeBufferPointer<Token>, _ si: Int, _ s: Sentence) {
            var i = s.tokens.lowerBound
            let end = s.tokens.upperBound
            var pendingTitle: (role: String, country: String?, start: Int)? = nil
            while i < end {
                if covered[i] { i += 1; continue }
                if skipPlainTokens && startsNothing(p, tp, i, end) { i += 1; continue }
                // a title, optionally "of <country>", then a name
                if let t = title(p, i, end) {
                    // "Acme's chief executive": a firm or club whose office it is
                    if let o = possessiveBeforeTitle(i, s.tokens.lowerBound, t.role) { addCuedOrganization(o, "organization", si) }
                    var j = t.end
                    var country = pendingTitle?.country
                    // "Minister for Home Affairs Jane Roe", "Special Representative on African Affairs Jane Roe": the
                    // portfolio "for" or "on" opens, then the name (a body after "for", "a spokesman for the Defence
                    // Ministry", is the spokesman's, which the claims' rules read)
                    if j + 1 < end, tp[j].key == MentionFinder.kFor || tp[j].key == MentionFinder.kOn, let q = portfolioEnd(p, j + 1, end) {
                        j = q
                    } else if j + 1 < end, tp[j].key == kOf {
                        // "Foreign Minister of Mali", "Director of the Federal Security Service"
                        let k = j + 1 < end && tp[j + 1].key == kThe ? j + 2 : j + 1
                        // (a minister of no outlet: "Minister of Foreign Affairs" is a portfolio, not the magazine)
                        if k < end, let g = gazetteer(p, k, end, onlyNames: true), entries[Int(g.1.actor)].type != "media" {
                            let e = entries[Int(g.1.actor)]
                            if e.type == "country" {
                                add(k..<(k + g.0), entry: Int(g.1.actor), .modifier, si)
                                country = e.id
                                j = k + g.0
                            } else if e.type != "person" && e.type != "place" {
                                add(k..<(k + g.0), entry: Int(g.1.actor), .name, si)
                                country = e.country ?? country
                                j = k + g.0
                            }
                        } else if k < end, let (r, type) = organizationName(p, k, end) {
                            let name = doc.text(tokens: r)
                            add(r, ActorRecord(id: "actor:org:" + slug(name), name: name, type: type, aliases: [], country: nil), .name, si)
                            j = r.upperBound
                        } else if k < end, let q = portfolioEnd(p, k, end) {
                            // "Minister of Water Resources Jane Roe": the portfolio, then the name
                            j = q
                        }
                    }
                    // "Deputy Defence Minister Sultan Roe": a one-word title right after the title, before a single
                    // name not met yet, is the given name ("Sultan", "Sheikh", "Prince" are also names)
                    var given: Int? = nil
                    if j + 1 < end, tp[j].isCapitalized, !tp[j].flags.contains(.allCaps), !tp[j].flags.contains(.possessive),
                       let t2 = titles.longest(tokens[..<end], from: j), t2.length == 1,
                       let r1 = personName(p, j + 1, end, minTokens: 1), r1.count == 1, tp[r1.lowerBound].isCapitalized,
                       gazetteer(p, j + 1, end) == nil, surnames[tp[r1.lowerBound].key] == nil, !isKnownSurname(r1.lowerBound, role: t.role) {
                        given = j
                    }
                    if let r = given.flatMap({ g in personName(p, g + 1, end, minTokens: 1).map { g..<$0.upperBound } }) ?? personName(p, j, end, minTokens: 1, initials: true)
                        ?? placeGivenName(p, j, end),
                       r.count >= 2 || tp[r.lowerBound].isCapitalized {
                        if r.count >= 2 || surnames[tp[r.lowerBound].key] != nil || isKnownSurname(r.lowerBound, role: t.role) {
                            // "QRX engineer Jane Roe", "Acme Motors manager Jane Roe": unknown names before the title
                            // are the person's organization
                            if let o = organizationBeforeTitle(i, s.tokens.lowerBound, t.role, p) { addCuedOrganization(o, "organization", si) }
                            // "Kremlin spokesman Jane Roe": the institution is named too, as without a name after
                            if country == nil, pendingTitle == nil, let o = institutionBeforeTitle(p, i, t.end, end) { add(o.range, entry: o.actor, .name, si) }
                            add(r, personRecord(p, r, role: t.role, country: country), .name, si)
                            i = r.upperBound
                            pendingTitle = nil
                            continue
                        }
                    }
                    // "a retired surgeon, Jane Roe, …": the name set off by commas after the title
                    // (a title of its own may lead the name: "its founder, Sheikh Roe,")
                    if j + 1 < end, tp[j].key == kComma, let inner = Optional(title(p, j + 1, end)?.end),
                       let r = personName(p, inner ?? j + 1, end, minTokens: inner == nil ? 2 : 1), r.upperBound < end, tp[r.upperBound].key == kComma,
                       r.count >= 2 || tp[r.lowerBound].isCapitalized {
                        add(r, personRecord(p, r, role: t.role, country: country), .name, si)
                        i = r.upperBound
                        pendingTitle = nil
                        continue
                    }
                    // a title with its country but no name: "the German foreign minister" (resolved after both passes)
                    if let c = country, let start = pendingTitle?.start ?? (j > t.end ? Optional(i) : nil) {
                        titleOnly.append((start..<j, si, t.role, c))
                        for k in start..<j { covered[k] = true }
                    } else if country == nil, pendingTitle == nil, let o = institutionBeforeTitle(p, i, t.end, end) {
                        // "a Kremlin spokesperson", "a Pentagon spokesman" with no name after: the institution the
                        // title is of is named (its spokesperson then speaks for it)
                        add(o.range, entry: o.actor, .name, si)
                    }
                    pendingTitle = nil
                    i = max(i + 1, j)
                    continue
                }
                if let g = gazetteer(p, i, end) {
                    // (the entry's fields read in place: a copy of the whole entry retains all of them)
                    let a = Int(g.1.actor)
                    let j = i + g.0
                    if g.1.kind == .adjective {
                        i = adjective(p, si, i, j, end, Int(g.1.actor), &pendingTitle)
                        continue
                    }
                    if g.1.kind == .demonym {
                        let name = doc.text(tokens: i..<j)
                        add(i..<j, ActorRecord(id: "actor:group:" + slug(name), name: name, type: "group", aliases: [], country: entries[a].id), .name, si)
                        i = j
                        continue
                    }
                    if (j < end && tp[j].key == MentionFinder.kPolice) || policeInBefore(i, s.tokens.lowerBound),
                       let e = cityPolice(i, j, end, a, g.1.kind, si) {
                        i = e
                        continue
                    }
                    if g.1.kind == .capital, j < end, tp[j].isCapitalized, let e = bodyNamedAfterState(p, i, j, end, a, g.1.kind, si) {
                        i = e
                        continue
                    }
                    if g.1.kind == .capital {
                        add(i..<j, placeRecord(entries[a].capital ?? doc.text(tokens: i..<j), country: entries[a].id), .name, si)
                        i = j
                        continue
                    }
                    // "Kim Il Sung Square", "Ataturk Airport": a known person's name before a capitalized place noun
                    // names the place, not the person (who would take the later "Kim said")
                    if g.1.kind == .name, entryRecords[a].type == "person", j < end, tp[j].isCapitalized,
                       let h = placeHeads.longest(tokens[..<end], from: j) {
                        let r = i..<(j + h.length)
                        add(r, placeRecord(doc.text(tokens: r), country: entryRecords[a].country), .name, si)
                        i = r.upperBound
                        continue
                    }
                    if entryIsCountry[a], let inst = institutions.longest(tokens[..<end], from: j),
                       tp[j].isCapitalized || words.missionNouns.contains(tp[j].key) {
                        // "Russia's Foreign Ministry" is handled below; "Russia Defense Ministry" is rare: treat as institution
                        // (lower case only for a mission, as after an adjective: "the U.S. embassy")
                        add(i..<(j + inst.length), institutionRecord(entries[a], inst.payload), .name, si)
                        implyState(a)
                        i = j + inst.length
                        continue
                    }
                    // "the Pakistan-Afghanistan Joint Chamber of Commerce", "the U.S.-China Business Council": a body named
                    // after two states joined by a hyphen is one name (not the first state, then a body of the second)
                    if j + 1 < end, tp[j].flags.contains(.hyphen), !tp[j].flags.contains(.spaceBefore), tp[j + 1].isCapitalized,
                       entryIsCountry[a], let (b, type) = organizationByHead(p, j + 1, end), type == "organization", b.lowerBound == j + 1 {
                        let name = doc.text(tokens: i..<b.upperBound)
                        add(i..<b.upperBound, ActorRecord(id: "actor:org:" + slug(name), name: name, type: type, aliases: [], country: nil), .name, si)
                        i = b.upperBound
                        continue
                    }
                    if j < end, tp[j].isCapitalized, let e = bodyNamedAfterState(p, i, j, end, a, g.1.kind, si) {
                        i = e
                        continue
                    }
                    // (the entry chosen first: a mutating call inside the arguments of `entryRecord` copied the state)
                    let entry = j == i + 1 && tp[i].flags.contains(.allCaps) ? namesakeOfNearestState(a) : a
                    // "the CAR government said", "the Sudan army": a state's name used as its adjective before one of
                    // its home bodies is the state, as "the Sudanese army" is
                    if entryIsCountry[entry], g.1.kind == .name, j < end, !tp[j].isCapitalized, let sn = stateNouns.longest(tokens[..<end], from: j),
                       words.homeNouns.contains(sn.payload.lowercased()), j + sn.length >= end || tp[j + sn.length].key != kOf {
                        add(i..<(j + sn.length), entry: entry, .name, si)
                        i = j + sn.length
                        continue
                    }
                    // "the Kurdistan Democratic Party of Iran" beside a known party of Iraq: a known body's name
                    // followed by "of" another state names that state's namesake body, not the known one
                    if !entryIsCountry[entry], entryRecords[entry].type == "organization", let own = entryRecords[entry].country,
                       j + 1 < end, tp[j].key == kOf, let g2 = gazetteer(p, j + 1, end), g2.1.kind == .name, entryIsCountry[Int(g2.1.actor)],
                       let other = entryRecords[Int(g2.1.actor)].country, other != own {
                        let r = i..<(j + 1 + g2.0)
                        let name = doc.text(tokens: r)
                        add(r, ActorRecord(id: "actor:org:" + slug(name), name: name, type: "organization", aliases: [], country: other), .name, si)
                        i = r.upperBound
                        continue
                    }
                    // "a MiG-21 jet", "Airbus A320s", "Boeing 737 airliners": a maker's name with a model's number
                    // names the product, and the maker takes no part in what the product does
                    if modelNumberFollows(p, tokens[j - 1].end, j, end), entryRecords[entry].type == "organization" {
                        i = j
                        continue
                    }
                    add(i..<j, entry: entry, .name, si)
                    // "American Israel Public Affairs Committee (AIPAC)": alias in parentheses
                    i = j
                    continue
                }
                // "<Country>'s Foreign Ministry" handled when the possessive follows a country name
                if tp[i].flags.contains(.possessive), i > s.tokens.lowerBound, let last = mentions.last, last.tokens.upperBound == i,
                   let inst = institutions.longest(tokens[..<end], from: i + 1), let rec = actors[last.actor], rec.type == "country",
                   let ei = lex.actorIndex[String(rec.id.dropFirst(6))] {
                    add((i + 1)..<(i + 1 + inst.length), institutionRecord(entries[ei], inst.payload), .name, si)
                    i += 1 + inst.length
                    continue
                }
                // "New Zealand's High Commission", "Brazil's Federal Police": a body named by its head after a state's
                // possessive is that state's, as "the New Zealand High Commission" is (not a body of no state)
                if tp[i].flags.contains(.possessive), i > s.tokens.lowerBound, i + 2 < end, tp[i + 1].isCapitalized,
                   let last = mentions.last, last.tokens.upperBound == i, let rec = actors[last.actor], rec.type == "country",
                   let (b, type) = organizationByHead(p, i + 1, end), type == "organization" {
                    let body = doc.text(tokens: b)
                    let name = rec.name + " " + body
                    add(b, ActorRecord(id: "actor:org:" + slug(name), name: name, type: type, aliases: [rec.name + "'s " + body], country: rec.country), .name, si)
                    i = b.upperBound
                    continue
                }
                // "Ukraine's energy minister said": a country's office with no name after it
                if tp[i].flags.contains(.possessive), i > s.tokens.lowerBound, let last = mentions.last, last.tokens.upperBound == i,
                   let rec = actors[last.actor], rec.type == "country", let c = rec.country, let t = title(p, i + 1, end),
                   personName(p, t.end, end, minTokens: 1) == nil, placeGivenName(p, t.end, end) == nil,
                   !(t.end + 1 < end && (tp[t.end].key == kOf || tp[t.end].key == MentionFinder.kFor || tp[t.end].key == MentionFinder.kOn)
                       && portfolioEnd(p, t.end + 1, end) != nil) {
                    titleOnly.append(((i + 1)..<t.end, si, t.role, c))
                    for k in (i + 1)..<t.end { covered[k] = true }
                    i = t.end
                    continue
                }
                // group qualifier + group noun: "Sunni militants", "Kurdish fighters"
                // (the first-key test before the call: most capitalized words qualify no group)
                if groupQualifiers.mayStart(tp[i].key), let q = groupQualifiers.longest(tokens[..<end], from: i),
                   let gn = groupNouns.longest(tokens[..<end], from: i + q.length) {
                    let r = i..<(i + q.length + gn.length)
                    let name = doc.text(tokens: r)
                    add(r, ActorRecord(id: "actor:group:" + slug(name), name: name, type: "group", aliases: [gn.payload], country: nil), .name, si)
                    groupByNoun[MentionFinder.stemKey(doc, i + q.length)] = "actor:group:" + slug(name)
                    i = r.upperBound
                    continue
                }
                // an organization or armed group named by its head noun ("Southern Front", "National Anti-Terrorist Committee")
                if let (r, type) = organizationName(p, i, end) {
                    // "the Ministry of National Defence of the DPRK", "Ministry of Foreign Affairs of Norway": a state's
                    // institution named after it
                    let inst = institutions.longest(tokens[..<end], from: i)
                    if let inst, case let e = i + inst.length, e <= r.upperBound, tp[e].key == kOf, let (a, after) = nameAfterOf(p, tp, e, end),
                       entryIsCountry[a] {
                        add(i..<after, institutionRecord(entries[a], inst.payload), .name, si)
                        implyState(a)
                        i = after
                        continue
                    }
                    // "The Ground Force of the Islamic Revolutionary Guard Corps", "the Political Bureau of Hamas": a branch
                    // named by its head before a body the gazetteer knows speaks and acts as that body
                    if r.upperBound < end, tp[r.upperBound].key == kOf, let (a, after) = nameAfterOf(p, tp, r.upperBound, end),
                       case let t = entries[a].type, t == "organization" || t == "armed_group" {
                        add(i..<after, entry: a, .name, si)
                        i = after
                        continue
                    }
                    let name = doc.text(tokens: r)
                    var rec = ActorRecord(id: "actor:org:" + slug(name), name: name, type: type, aliases: [], country: nil)
                    // "the Law Society of Uganda": a civic body named after its state is of that state
                    if r.count >= 4, let o = ((r.upperBound - 4)..<(r.upperBound - 1)).last(where: { tp[$0].key == kOf }), o > r.lowerBound,
                       self.words.civicHeads.contains(tp[o - 1].key), let g = gazetteer(p, o + 1, end), o + 1 + g.0 == r.upperBound,
                       g.1.kind == .name, entryIsCountry[Int(g.1.actor)] {
                        rec.country = entries[Int(g.1.actor)].id
                    }
                    if r.upperBound + 2 < end, tp[r.upperBound].key == kOpenParen, tp[r.upperBound + 1].flags.contains(.allCaps), tp[r.upperBound + 2].key == kCloseParen {
                        rec.aliases.insert(doc.text(token: r.upperBound + 1))
                    }
                    if let inst, inst.length == r.count {
                        bareInstitutions.append((mentions.count, inst.payload))
                    }
                    add(r, rec, .name, si)
                    i = r.upperBound
                    continue
                }
                // "Inter-Services Public Relations (ISPR)": a body of no head noun that the acronym after it spells
                if let (r, short) = acronymedName(i, end) {
                    let name = doc.text(tokens: r)
                    add(r, ActorRecord(id: "actor:org:" + slug(name), name: name, type: "organization", aliases: [short], country: nil), .name, si)
                    i = r.upperBound
                    continue
                }
                // "in the eastern town of Kiri Valo", "the towns of A and B", "A, the capital of …"
                if i + 2 < end, case let k = tp[i + 1].key, k == kOf || k == kIn || k == kNear,
                   let next = placeNounRules(p, i, s.tokens.lowerBound, end, si) {
                    i = next
                    continue
                }
                // "police in Kaiserslautern said": a town's police
                if policeInBefore(i, s.tokens.lowerBound), tp[i].isCapitalized, let e = policeIn(p, i, end, si) {
                    i = e
                    continue
                }
                // "struck a market in El Obeid on Tuesday", "ambushed a patrol near Koutougou, killing 17": a town the
                // gazetteer lacks, after a place preposition in a sentence of violence
                if tp[i].isCapitalized, i > s.tokens.lowerBound, MentionFinder.violentPlacePreps.contains(tp[i - 1].key),
                   let e = placeAfterPreposition(p, i, s, end, si) {
                    i = e
                    continue
                }
                // "the Kandahar province", "Sheremetyevo Airport": a place named by its head noun
                if tp[i].isCapitalized, let r = placeByHead(p, i, end) {
                    let name = doc.text(tokens: r)
                    var rec = placeRecord(name, country: nil)
                    // ("the Taftanaz area": Taftanaz, as a place noun before the name tells it)
                    if r.count >= 2, words.bareNamePlaceHeads.contains(tp[r.upperBound - 1].key) {
                        rec.aliases = [doc.text(tokens: r.lowerBound..<(r.upperBound - 1))]
                    }
                    add(r, rec, .name, si)
                    i = r.upperBound
                    continue
                }
                // an outlet or a firm introduced by what it is: "the daily X", "X news website", "analysts at X",
                // "X, an investment bank,"
                if tp[i].isCapitalized, let (r, type) = describedOrganization(p, i, end, s.tokens.lowerBound) {
                    addCuedOrganization(r, type, si)
                    i = r.upperBound
                    continue
                }
                // "Acme, which makes …, said", "…, known as QRX, said": a name that speaks but is no person's
                if tp[i].isCapitalized, let r = speakingBody(p, i, end, s.tokens.lowerBound) {
                    addCuedOrganization(r, "organization", si)
                    i = r.upperBound
                    continue
                }
                // "a woman named X": a person introduced by a bare name
                if i >= 2, tp[i].isCapitalized, tp[i - 1].key == MentionFinder.kNamed || tp[i - 1].key == MentionFinder.kCalled,
                   words.personNouns.contains(tp[i - 2].key), let r = personName(p, i, end, minTokens: 1), r.count <= 3 {
                    add(r, personRecord(p, r, role: nil, country: nil), .name, si)
                    i = r.upperBound
                    continue
                }
                // a name followed by an apposition with a title, or by a reporting verb, or a known first name,
                // or by a relative clause about a person (", who runs the clinic")
                if let r = personName(p, i, end) {
                    // "Veteran Kim Yong Nam", "Citizen Kim Jong Un": a capitalized word that is no given name before a
                    // known person's full name is no part of it (read as one unknown name, its words were each taken
                    // for some other person's surname)
                    if r.count >= 3, !givenNames.contains(tp[i].key), let g = gazetteer(p, i + 1, end), g.0 == r.count - 1,
                       entryRecords[Int(g.1.actor)].type == "person" {
                        i += 1
                        continue
                    }
                    // ("Al Jazeera's Hiba Yusuf", "the BBC's Lyse Doucet": an outlet's own is its reporter)
                    if apposition(p, r.upperBound, end) != nil || (givenNames.contains(tp[r.lowerBound].key) && r.count <= 3) || speechVerbAt(r.upperBound, end) || speechVerbBefore(r.lowerBound, s.tokens.lowerBound)
                        || r.count <= 3 && outletPossessiveBefore(i)
                        || describedAs(r.upperBound, end) || whoFollows(r.upperBound, end) || coordinatedSpeaker(p, r.upperBound, end)
                        || appositiveSpeaker(r, s.tokens.lowerBound, end) {
                        let role = apposition(p, r.upperBound, end)
                        add(r, personRecord(p, r, role: role, country: nil), .name, si)
                        i = r.upperBound
                        continue
                    }
                    i = r.upperBound
                    continue
                }
                // "Roe said" where the article named "Jane Roe" without a cue ("Jane Roe's side won"): the person
                // (so is "Roe, who …" and "Roe, 38, …")
                if tp[i].isCapitalized, !tp[i].flags.contains(.allCaps),
                   speechVerbAt(i + 1, end) || whoFollows(i + 1, end) || ageFollows(p, i + 1, end), let q = fullNameBefore(p, i) {
                    let rec = personRecord(p, q..<(q + 2), role: nil, country: nil)
                    add(q..<(q + 2), rec, .name, si)
                    add(i..<(i + 1), rec, .name, si)
                    i += 1
                    continue
                }
                // "Roe, who coached the side for a decade, …", "Roe, 38, studied …": a lone name opening its sentence
                // and described as a person's is one
                // (`personName` checks the word is name-like: no acronym, possessive or stopword; a known name was
                // read above)
                if i == s.tokens.lowerBound, tp[i].isCapitalized, whoFollows(i + 1, end) || ageFollows(p, i + 1, end),
                   !orgHeads.contains(tp[i].key), !armedHeads.contains(tp[i].key), personName(p, i, end, minTokens: 1) == i..<(i + 1) {
                    add(i..<(i + 1), personRecord(p, i..<(i + 1), role: nil, country: nil), .name, si)
                    i += 1
                    continue
                }
                // an unknown acronym speaking: "HDP said", "NTV reported"
                if tp[i].flags.contains(.allCaps), tp[i].end - tp[i].start >= 2, tp[i].end - tp[i].start <= 6, speechVerbAt(i + 1, end) {
                    let name = doc.text(token: i)
                    add(i..<(i + 1), ActorRecord(id: "actor:org:" + slug(name), name: name, type: "organization", aliases: [], country: nil), .name, si)
                    i += 1
                    continue
                }
                i += 1
            }
        }

        /// Whether an office is held on the article's date; every question is recorded once, with its
        /// answer (`Result.sameAnswers`).
        func holds(_ t: DatedTitle) -> Bool {
            let r = t.holds(on: date)
            if !memo.askedTitles.contains(t) {
                memo.askedTitles.append(t)
                memo.dateAnswers.append(.holds(t, r))
            }
            return r
        }

        /// Whether the article's date has a year; recorded like `holds`.
        func hasYear() -> Bool {
            let r = date?.year != nil
            if !memo.askedYear { memo.askedYear = true; memo.dateAnswers.append(.hasYear(r)) }
            return r
        }

        func isKnownSurname(_ i: Int, role: String? = nil) -> Bool { knownPerson(tokens[i].key, role: role) != nil }

        /// The known person a bare surname names: the only one, or the only one holding the title ("President
        /// Assad") or any office on the article's date.
        func knownPerson(_ key: UInt64, role: String?) -> Int? {
            guard let known = knownSurnames[key] else { return nil }
            func holding(_ i: Int, _ title: String?) -> Bool {
                entries[i].titles.contains { ($0.title == title || title == nil || $0.title.hasSuffix(title!)) && holds($0) }
            }
            if known.count == 1 {
                let only = Int(known[0])
                return entries[only].titles.isEmpty || holding(only, nil) ? only : nil
            }
            /// The one person holding `title`, if exactly one does; every person is asked (each question is
            /// recorded in order, as `holds` has it).
            func single(_ title: String?) -> Int? {
                var found: Int? = nil, n = 0
                for k in known where holding(Int(k), title) { found = Int(k); n += 1 }
                return n == 1 ? found : nil
            }
            if let role, let titled = single(role) { return titled }
            guard hasYear() else { return nil }
            return single(nil)
        }

        /// After a country adjective at i..<j: an institution, a state noun, a group noun, a title, or a modifier.
        mutating func adjective(_ p: UnsafeBufferPointer<UInt8>, _ si: Int, _ i: Int, _ j: Int, _ end: Int, _ actor: Int,
                                _ pendingTitle: inout (role: String, country: String?, start: Int)?) -> Int {
            let countryID = entryRecords[actor].country
            var k = j
            // "Russian-made", "U.S.-led": the adjective is a modifier of what follows
            // (a lower-case one-word institution only for a diplomatic mission: "the Chinese embassy in Lima")
            if k < end, let inst = institutions.longest(tokens[..<end], from: k),
               tokens[k].isCapitalized || inst.length > 1 || words.missionNouns.contains(tokens[k].key) {
                add(i..<(k + inst.length), institutionRecord(entries[actor], inst.payload), .name, si)
                implyState(actor)
                return k + inst.length
            }
            // "ended in the Moldovan capital": the state's capital is the place, as its name would be (unless the
            // name follows: "the Angolan capital, Luanda")
            if k < end, tokens[k].key == MentionFinder.kCapital, i > 0, tokens[i - 1].key == MentionFinder.kThe, let capital = entries[actor].capital,
               !(k + 1 < end && (tokens[k + 1].isCapitalized || words.capitalMoneyNouns.contains(tokens[k + 1].key)
                    || tokens[k + 1].key == MentionFinder.kComma && k + 2 < end && tokens[k + 2].isCapitalized)) {
                add(i..<(k + 1), placeRecord(capital, country: entries[actor].id), .name, si)
                return k + 1
            }
            // skip "own", "top" between adjective and noun ("Iraq's own air force")
            if k < end, tokens[k].key == kOwn { k += 1 }
            if k < end, let sn = stateNouns.longest(tokens[..<end], from: k) {
                add(i..<(k + sn.length), entry: actor, .name, si)
                return k + sn.length
            }
            // (not a title before a name: "Israeli opposition leader Yair Lapid", "Syrian rebel commander Jane Roe")
            if k < end, let gn = groupNouns.longest(tokens[..<end], from: k),
               !(titles.longest(tokens[..<end], from: k).map { $0.length > gn.length && k + $0.length < end && tokens[k + $0.length].isCapitalized } ?? false) {
                let r = i..<(k + gn.length)
                let name = doc.text(tokens: r)
                let id = "actor:group:" + slug(name)
                add(r, ActorRecord(id: id, name: name, type: "group", aliases: [gn.payload], country: countryID), .name, si)
                groupByNoun[MentionFinder.stemKey(doc, k)] = id
                return r.upperBound
            }
            if k < end, tokens[k].isCapitalized, let (r, type) = organizationName(p, k, end) {
                let name = doc.text(tokens: i..<r.upperBound)
                add(i..<r.upperBound, ActorRecord(id: "actor:org:" + slug(name), name: name, type: type, aliases: [], country: countryID), .name, si)
                return r.upperBound
            }
            if k < end, tokens[k].isCapitalized, let h = orgHeads.contains(tokens[k].key) ? k : nil, titles.longest(tokens[..<end], from: h) == nil {
                let name = doc.text(tokens: i..<(k + 1))
                add(i..<(k + 1), ActorRecord(id: "actor:org:" + slug(name), name: name, type: "organization", aliases: [], country: countryID), .name, si)
                return k + 1
            }
            // "his Greek counterpart Giorgos Roe": a name the gazetteer lacks is that state's person. (Not read
            // as a title: a title's name stops at a title word, so "Hassan Sheikh Roe" gave "Hassan" alone,
            // taken for a known person's surname; a known name is left to the gazetteer.)
            if i > 0, MentionFinder.counterpartOwners.contains(tokens[i - 1].key), let e = counterparts(p, si, i, j, end, actor) {
                return e
            }
            // "Russian and Syrian positions", "the U.S., British and German embassies": adjectives joined before one
            // state noun each name their state, as the last one does (not a modifier left without its noun)
            if k < end, let e = joinedAdjectivesEnd(p, k, end), let sn = stateNouns.longest(tokens[..<end], from: e),
               words.joinedAdjectiveNouns.contains(sn.payload.lowercased()) {
                add(i..<j, entry: actor, .name, si)
                return j
            }
            if k < end, let t = title(p, k, end) {
                pendingTitle = (t.role, countryID, i)
                add(i..<j, entry: actor, .modifier, si)
                // the title is read at k on the next step
                return k
            }
            add(i..<j, entry: actor, .modifier, si)
            return j
        }

        /// Where a run of country adjectives joined at `k` by commas and "and" ends (", British and German" before
        /// "embassies"), or nil when no adjective follows the joint.
        mutating func joinedAdjectivesEnd(_ p: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Int? {
            var q = k, n = 0
            while q < end, n < 4, tokens[q].key == kComma || tokens[q].key == MentionFinder.kAnd {
                var r = q + 1
                if tokens[q].key == kComma, r < end, tokens[r].key == MentionFinder.kAnd { r += 1 }
                guard r < end, let g = gazetteer(p, r, end), g.1.kind == .adjective else { return nil }
                q = r + g.0
                n += 1
            }
            return n > 0 ? q : nil
        }

        /// "his Greek counterpart Giorgos Roe", "his Greek counterpart, Giorgos Roe,", "their Chinese and Indian
        /// counterparts, A and B": names the gazetteer lacks after the counterpart noun are people of the states
        /// the adjectives before it name, in order (one adjective: all of them its state's). Not read as a title: a
        /// title's name stops at a title word, so "Hassan Sheikh Roe" gave "Hassan" alone, taken for a known
        /// person's surname; a known name is left to the gazetteer. Where to go on from, or nil.
        @inline(never) mutating func counterparts(_ p: UnsafeBufferPointer<UInt8>, _ si: Int, _ i: Int, _ j: Int, _ end: Int, _ actor: Int) -> Int? {
            var states = [(range: i..<j, actor: actor)]
            var k = j
            // "Chinese and Indian", "Chinese, Indian and Brazilian"
            while k + 1 < end, states.count < 4, tokens[k].key == MentionFinder.kAnd || tokens[k].key == kComma,
                  let g = gazetteer(p, k + 1, end), g.1.kind == .adjective {
                states.append(((k + 1)..<(k + 1 + g.0), Int(g.1.actor)))
                k += 1 + g.0
            }
            guard k + 2 < end, words.counterpartNouns.contains(tokens[k].key) else { return nil }
            // (a list of names only after the plural, as many as the states when they are more than one)
            let most = states.count > 1 ? states.count : tokens[k].key == MentionFinder.kCounterparts ? 4 : 1
            let comma = tokens[k + 1].key == kComma
            var n = comma ? k + 2 : k + 1
            var people: [Range<Int>] = []
            while n < end, gazetteer(p, n, end) == nil, let r = personName(p, n, end), r.count <= 3 {
                people.append(r)
                n = r.upperBound
                guard people.count < most, n + 1 < end, tokens[n].key == MentionFinder.kAnd || tokens[n].key == kComma else { break }
                n += 1
                if tokens[n].key == MentionFinder.kAnd { n += 1 }
            }
            // ("his Greek counterpart, Giorgos Roe, said": the names set off by commas, up to the clause's end)
            guard let last = people.last, !comma || last.upperBound >= end || !tokens[last.upperBound].isWord,
                  states.count == 1 || states.count == people.count else { return nil }
            for s in states { add(s.range, entry: s.actor, .modifier, si) }
            for (x, r) in people.enumerated() {
                add(r, personRecord(p, r, role: nil, country: entryRecords[states[states.count == 1 ? 0 : x].actor].country), .name, si)
            }
            return last.upperBound
        }

        /// An acronym of a national body that states share ("GKNB") is the body of the one of those states named
        /// nearest before ("Tajikistan's GKNB", or its body under its full name: "Tajikistan's State Committee for
        /// National Security (GKNB)"), else the gazetteer's.
        mutating func namesakeOfNearestState(_ a: Int) -> Int {
            guard let others = words.namesakeBodies[a] else { return a }
            for m in mentions.reversed() {
                guard let rec = actors[m.actor], rec.type == "country" || rec.type == "organization", let c = rec.country else { continue }
                if c == entryRecords[a].country { return a }
                if let b = others.first(where: { entryRecords[$0].country == c }) { return b }
            }
            return a
        }

        /// "President Santiago Roe", "Defence Minister Israel Roe": after a title, a place's or a state's name
        /// followed by a name that heads no body or place is the person's given name (`personName` stops at a
        /// known name: "Santiago de Chile", "Paris Airport" stay places).
        @inline(never) mutating func placeGivenName(_ p: UnsafeBufferPointer<UInt8>, _ j: Int, _ end: Int) -> Range<Int>? {
            guard let g = gazetteer(p, j, end), g.0 == 1, g.1.kind == .name || g.1.kind == .capital,
                  case let type = entryRecords[Int(g.1.actor)].type, type == "place" || type == "country",
                  j + 1 < end, tokens[j + 1].isCapitalized, !orgHeads.contains(tokens[j + 1].key), !armedHeads.contains(tokens[j + 1].key),
                  placeHeads.longest(tokens[..<end], from: j + 1) == nil,
                  let r = personName(p, j + 1, end, minTokens: 1), r.count <= 2 else { return nil }
            return j..<r.upperBound
        }

        /// "the Vanuatu Meteorology Department", "the New Zealand High Commission": capitalized words after a
        /// state's or a place's name (`i..<j`) that run on to an organization's head are one body, of that state
        /// (not the state and fragments). Where to go on from, or nil. A state's name before an armed body's head
        /// is its military ("the Guyana Defence Force", an organization as "Israel Defense Forces" is); a place's
        /// is no body of a state ("Kosovo Liberation Army" stays for the armed-group rules). A capital's name
        /// names its state's body too ("the Baghdad Operations Command", "the Moscow City Court").
        @inline(never) mutating func bodyNamedAfterState(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, _ end: Int, _ a: Int, _ kind: Lexicon.NameKind, _ si: Int) -> Int? {
            guard kind == .name || kind == .capital, case let type = entryRecords[a].type, type == "country" || type == "place",
                  let (b, orgType) = organizationByHead(p, j, end), orgType == "organization" || type == "country" else { return nil }
            let r = i..<b.upperBound
            let name = doc.text(tokens: r)
            add(r, ActorRecord(id: "actor:org:" + slug(name), name: name, type: "organization", aliases: [], country: entryRecords[a].country), .name, si)
            implyState(a)
            return r.upperBound
        }

        // (`mutating` like the scanning helpers: called from the passes, a plain method copied the whole state)
        mutating func institutionRecord(_ country: ActorEntry, _ inst: String) -> ActorRecord {
            let kind = institutionKinds[inst] ?? inst
            if let a = namedInstitutions[country.id + " " + kind] { return entryRecords[a] }
            let adj = country.adjectives.first ?? country.name
            let name = adj + " " + inst
            // the id from the institution's kind: "Russia's Ministry of Defence" is the "Russian Defense Ministry"
            var rec = ActorRecord(id: "actor:org:\(country.id.lowercased()):" + slug(kind), name: name, type: "organization",
                                  aliases: [inst + " of " + country.name, country.name + "'s " + inst], country: country.id)
            let lower = inst.lowercased()
            if ["ministry", "department", "office"].contains(where: { Lexicon.contains(lower, $0) }) {
                rec.roles.insert("ministry")
            }
            return rec
        }

        mutating func placeRecord(_ name: String, country: String?) -> ActorRecord {
            ActorRecord(id: "place:" + slug(name), name: name, type: "place", aliases: [], country: country)
        }

        /// An actor named only inside another's name ("the Iranian Foreign Ministry" names Iran, "Paris police"
        /// Paris): linked to the article with no mention of its own, as a title's country is, so that it takes
        /// no argument or speaker the longer name holds.
        mutating func imply(_ rec: ActorRecord) {
            _ = actors.slot(updating: rec.id, default: rec)
            implied.insert(rec.id)
        }

        /// `imply` for the state whose adjective or name an institution's name holds.
        mutating func implyState(_ actor: Int) {
            guard entryIsCountry[actor] else { return }
            _ = entrySlot(actor)
            implied.insert(entryRecords[actor].id)
        }

        /// A title at i (with modifiers: "Deputy Foreign Minister", "senior adviser"): its end and role noun.
        mutating func title(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (end: Int, role: String)? {
            // every title below opens with a modifier at i, or a title word at i or after it (a portfolio word
            // first): most words are none of these, and the probes below answer it at once
            guard i < end, titleModifiers.contains(tokens[i].key) || titles.mayStart(tokens[i].key)
                    || i + 1 < end && titles.mayStart(tokens[i + 1].key) else { return nil }
            var k = i
            while k < end, titleModifiers.contains(tokens[k].key) { k += 1 }
            if k < end, let t = titles.longest(tokens[..<end], from: k) { return (k + t.length, t.payload) }
            // "Chief Executive Jane Roe": modifiers that are themselves a title ("executive" modifies "director" too)
            if k > i, k < end, tokens[k].key != kComma {
                for m in i..<k { if let t = titles.longest(tokens[..<end], from: m), m + t.length >= k { return (m + t.length, t.payload) } }
            }
            // "her deputy, …": the last modifier is the title itself (deputy, chief)
            if k > i, k >= end || tokens[k].key == kComma, let t = titles.longest(tokens[..<end], from: k - 1), t.length == 1 { return (k, t.payload) }
            // "energy minister", "army spokesman": a portfolio word before a head title
            // (the trie first: it rules out most tokens with one bit)
            if k + 1 < end, tokens[k].isWord, !tokens[k].flags.contains(.number), let t = titles.longest(tokens[..<end], from: k + 1),
               !stopwords.contains(tokens[k].key), words.headTitles.contains(t.payload) {
                return (k + 1 + t.length, doc.text(token: k).lowercased() + " " + t.payload)
            }
            return nil
        }

        /// "Pentagon spokesman", "senior Kremlin official": a title (i..<titleEnd) whose first word after its
        /// modifiers is the gazetteer name of an institution or organization (not a country, person or place),
        /// ending inside the title. The name's tokens and its entry.
        mutating func institutionBeforeTitle(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ titleEnd: Int, _ end: Int) -> (range: Range<Int>, actor: Int)? {
            var k = i
            while k < titleEnd, titleModifiers.contains(tokens[k].key) { k += 1 }
            guard k + 1 < titleEnd, tokens[k].isCapitalized, let g = gazetteer(p, k, titleEnd, onlyNames: true), k + g.0 < titleEnd else { return nil }
            let a = Int(g.1.actor)
            switch entryRecords[a].type {
            case "country", "person", "place": return nil
            default: return (k..<(k + g.0), a)
            }
        }

        /// ", a senior adviser to ...", ", the spokesman for ...", ", a former Pakistani ambassador", ", Iraq's prime minister".
        mutating func apposition(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> String? {
            guard i + 1 < end, tokens[i].key == kComma else { return nil }
            var k = i + 1
            if tokens[k].key == kA || tokens[k].key == kAn || tokens[k].key == kThe { k += 1 }
            var steps = 0
            while k < end, steps < 5 {
                // ("…in the Middle East, the prime minister's office said", "X, the president's spokesman": a title
                // in the possessive owns what follows it; the name before the comma is not that title's holder)
                if let t = title(p, k, end) {
                    if t.end + 1 < end, tokens[t.end].flags.contains(.possessive) { k = t.end + 1; steps += 1; continue }
                    return t.role
                }
                let tk = tokens[k]
                if tk.isCapitalized || tk.flags.contains(.possessive) || tk.flags.contains(.hyphen) || titleModifiers.contains(tk.key) { k += 1; steps += 1; continue }
                break
            }
            return nil
        }

        /// ", a senior associate at …", ", an analyst": a name described by an indefinite apposition is a person.
        mutating func describedAs(_ i: Int, _ end: Int) -> Bool {
            guard i + 2 < end, tokens[i].key == kComma, tokens[i + 1].key == kA || tokens[i + 1].key == kAn else { return false }
            let next = tokens[i + 2]
            return next.isWord && !next.isCapitalized && !next.flags.contains(.number)
        }

        /// After "Minister of": capitalized portfolio words and then a name of two words ("Water Resources Jane
        /// Roe"), or a known person's name: where the name starts.
        mutating func portfolioEnd(_ p: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Int? {
            var n = k
            var joined = 0  // "Political and Security Affairs": an "and" between capitalized portfolio words
            while n < end, n < k + 7 + joined {
                if n > k, tokens[n].key == MentionFinder.kAnd, n + 1 < end, tokens[n + 1].isCapitalized, joined == 0 { joined = 1; n += 1; continue }
                guard tokens[n].isCapitalized, tokens[n].isWord, !tokens[n].flags.contains(.number), !tokens[n].flags.contains(.possessive),
                      !stopwords.contains(tokens[n].key) else { break }
                n += 1
            }
            guard n - k - joined >= 3, n - k - joined <= 6, n >= end || !tokens[n].flags.contains(.hyphen) else { return nil }
            for q in (k + 1)..<(n - 1) {
                if let g = gazetteer(p, q, n, onlyNames: true), q + g.0 == n, entryRecords[Int(g.1.actor)].type == "person" { return q }
            }
            // ("Special Commissioner of Police HGS Dhaliwal": initials may open the name after the portfolio too)
            guard personName(p, n - 2, n, initials: true) == (n - 2)..<n else { return nil }
            return n - 2
        }

        /// "and John Doe said": a name coordinated with another that a reporting verb follows.
        mutating func coordinatedSpeaker(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
            guard i + 2 < end, tokens[i].key == MentionFinder.kAnd, let r = personName(p, i + 1, end) else { return false }
            return speechVerbAt(r.upperBound, end)
        }

        /// Whether an outlet's name and its possessive end right before token `i` ("Al Jazeera's", "the BBC's").
        func outletPossessiveBefore(_ i: Int) -> Bool {
            guard i >= 2, tokens[i - 1].flags.contains(.possessive), let m = mentions.last, m.tokens.upperBound == i - 1 else { return false }
            return actors[m.actor]?.type == "media"
        }

        /// ", who …": a relative clause that only a person (or people) takes.
        mutating func whoFollows(_ i: Int, _ end: Int) -> Bool {
            i + 2 < end && tokens[i].key == kComma && tokens[i + 1].key == MentionFinder.kWho
        }

        /// ", 38,": an age between commas after a name.
        mutating func ageFollows(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
            guard i + 3 < end, tokens[i].key == kComma, tokens[i + 2].key == kComma, tokens[i + 1].end - tokens[i + 1].start == 2 else { return false }
            let a = p[tokens[i + 1].start], b = p[tokens[i + 1].start + 1]
            return a >= 0x31 && a <= 0x39 && b >= 0x30 && b <= 0x39
        }

        /// "…, Jane Roe, said": a name set off by commas right before a reporting verb (the apposition of a
        /// role told before it: "the firm's head of sales, Jane Roe, said").
        mutating func appositiveSpeaker(_ r: Range<Int>, _ start: Int, _ end: Int) -> Bool {
            r.lowerBound > start && tokens[r.lowerBound - 1].key == kComma && r.upperBound + 1 < end && tokens[r.upperBound].key == kComma
                && speechVerbAt(r.upperBound + 1, end)
        }

        /// Whether token k may be part of an unknown organization's name: a capitalized word, not a stopword
        /// (articles, pronouns, months and days), a number or already taken.
        func organizationWord(_ k: Int) -> Bool {
            let t = tokens[k]
            return !covered[k] && t.isWord && t.isCapitalized && !t.flags.contains(.number) && !t.flags.contains(.possessive) && !stopwords.contains(t.key)
        }

        /// Whether a name at a sentence's start is a name and not any capitalized first word: two words or
        /// more, a word with a capital inside ("QRX", "AcmeCorp"), or one the article capitalizes inside a
        /// sentence too.
        func nameShaped(_ r: Range<Int>, _ start: Int, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
            if r.lowerBound > start || r.count >= 2 { return true }
            let t = tokens[r.lowerBound]
            if t.flags.contains(.allCaps) { return true }
            var k = t.start + 1
            while k < t.end { if p[k] >= 0x41 && p[k] <= 0x5A { return true }; k += 1 }
            for s in doc.sentences where s.tokens.count > 1 {
                for q in (s.tokens.lowerBound + 1)..<s.tokens.upperBound where tokens[q].key == t.key && tokens[q].isCapitalized && !tokens[q - 1].isQuote {
                    return true
                }
            }
            return false
        }

        /// "Acme Motors manager Jane Roe", "QRX engineer Jane Roe": an unknown acronym right before a title
        /// (at i) that a name follows, or up to three unknown capitalized words before a firm's or club's title
        /// (not a state's: "National Security Adviser", "Air Force General"), neither continuing a name
        /// already found ("Acme Europe correspondent") nor holding a title word ("Director General").
        mutating func organizationBeforeTitle(_ i: Int, _ start: Int, _ role: String, _ p: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
            guard i > start, organizationWord(i - 1) else { return nil }
            let t = tokens[i - 1]
            if t.flags.contains(.allCaps), (2...6).contains(t.end - t.start) { return (i - 1)..<i }
            guard words.corporateTitles.contains(role) else { return nil }
            var b = i
            while b > start, b > i - 3, organizationWord(b - 1), !titleModifiers.contains(tokens[b - 1].key), titles.longest(tokens[..<i], from: b - 1) == nil { b -= 1 }
            guard b < i, b == start || !(covered[b - 1] && tokens[b - 1].isWord), nameShaped(b..<i, start, p) else { return nil }
            return b..<i
        }

        /// "Acme's chief executive", "Acme's head of sales": an unknown word with a possessive before a firm's
        /// or club's title (not a person's: "Roe's spokesman"), no one's surname met or known.
        func possessiveBeforeTitle(_ i: Int, _ start: Int, _ role: String) -> Range<Int>? {
            guard i - 2 >= start, tokens[i - 1].flags.contains(.possessive), organizationWord(i - 2), words.corporateTitles.contains(role) else { return nil }
            let key = tokens[i - 2].key
            guard surnames[key] == nil, knownSurnames[key] == nil, !givenNames.contains(key), !tokens[i - 2].flags.contains(.hyphen) else { return nil }
            return (i - 2)..<(i - 1)
        }

        /// The start of a two-word name earlier in the article that ends in the word at i and no rule took
        /// ("Jane Roe" before "Roe said"): two name-like words, neither taken, with no capitalized word before.
        mutating func fullNameBefore(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
            let key = tokens[i].key
            guard nameLike(p, i), !stopwords.contains(key) else { return nil }
            var q = 1
            while q < i {
                if tokens[q].key == key, tokens[q].isCapitalized, !covered[q], !covered[q - 1], tokens[q - 1].isCapitalized, nameLike(p, q - 1),
                   q < 2 || !(tokens[q - 2].isCapitalized && tokens[q - 2].isWord), personName(p, q - 1, q + 1) == (q - 1)..<(q + 1) {
                    return q - 1
                }
                q += 1
            }
            return nil
        }

        /// Adds an organization the gazetteer does not know, named at `r`, and files it for pass two.
        mutating func addCuedOrganization(_ r: Range<Int>, _ type: String, _ si: Int) {
            let name = doc.text(tokens: r)
            let id = "actor:org:" + slug(name)
            add(r, ActorRecord(id: id, name: name, type: type, aliases: [], country: nil), .name, si)
            if cuedOrganizationByFirst[tokens[r.lowerBound].key] == nil {
                cuedOrganizationByFirst[tokens[r.lowerBound].key] = cuedOrganizations.count
                cuedOrganizations.append((id, r))
            }
        }

        /// "Acme, which makes …, said", "the commission for …, known as QRX, said": capitalized words (one to
        /// three) that a relative clause with "which" follows, up to a reporting verb after a comma; or one word
        /// after ", known as" before a comma or a reporting verb. Neither is said of a person.
        mutating func speakingBody(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ start: Int) -> Range<Int>? {
            guard organizationWord(i) else { return nil }
            if i >= start + 3, tokens[i - 1].key == MentionFinder.kAs, tokens[i - 2].key == MentionFinder.kKnown, tokens[i - 3].key == kComma,
               i + 1 < end, tokens[i + 1].key == kComma || speechVerbAt(i + 1, end) {
                return i..<(i + 1)
            }
            var j = i + 1
            while j < end, j < i + 3, organizationWord(j) { j += 1 }
            guard j + 2 < end, tokens[j].key == kComma, tokens[j + 1].key == MentionFinder.kWhich else { return nil }
            // "the Committee, which …": a body's common noun, which refers back (pass two)
            if j == i + 1, orgHeads.contains(tokens[i].key) || armedHeads.contains(tokens[i].key) || orgReferences.contains(tokens[i].key) { return nil }
            var k = j + 2
            while k + 1 < end {
                if tokens[k].key == kComma, speechVerbAt(k + 1, end) { return i..<j }
                k += 1
            }
            return nil
        }

        /// Capitalized words at i that what surrounds them makes an outlet or a firm: an outlet noun before
        /// ("the daily X", "news channel X") or after ("X news website"), analysts of it ("X analysts",
        /// "analysts at X"), a firm noun after it ("X bank said"), or an apposition headed by an organization
        /// or outlet noun ("X, an investment bank,"). The name is up to four capitalized words, hyphenated
        /// parts and particles included, and holds no gazetteer name.
        mutating func describedOrganization(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ start: Int) -> (Range<Int>, String)? {
            guard !stopwords.contains(tokens[i].key), !tokens[i].flags.contains(.possessive), !tokens[i].flags.contains(.number) else { return nil }
            var j = i
            while j < end, j < i + 6 {
                let t = tokens[j]
                if t.isWord, t.isCapitalized, !t.flags.contains(.possessive), !t.flags.contains(.number), j == i || !stopwords.contains(t.key) {
                    if j > i, gazetteer(p, j, end) != nil { return nil }
                    j += 1
                    continue
                }
                // "Abu al-Noor": a particle, a hyphen and a capitalized word
                if j > i, j + 2 < end, particles.contains(t.key), tokens[j + 1].flags.contains(.hyphen), !tokens[j + 1].flags.contains(.spaceBefore),
                   !tokens[j + 2].flags.contains(.spaceBefore), tokens[j + 2].isCapitalized, tokens[j + 2].isWord {
                    j += 3
                    continue
                }
                // "Journal du Dimanche", "Corriere della Sera": a small Romance link between capitalized words
                if j > i, j + 1 < end, !t.isCapitalized, MentionFinder.nameLinks.contains(t.key), tokens[j + 1].isWord, tokens[j + 1].isCapitalized,
                   !tokens[j + 1].flags.contains(.possessive), !stopwords.contains(tokens[j + 1].key), gazetteer(p, j + 1, end) == nil {
                    j += 2
                    continue
                }
                // "Roe-Doe"
                if j > i, j + 1 < end, t.flags.contains(.hyphen), !t.flags.contains(.spaceBefore), !tokens[j + 1].flags.contains(.spaceBefore),
                   tokens[j + 1].isWord, !tokens[j + 1].flags.contains(.number), tokens[j + 1].isCapitalized || particles.contains(t.key) || particles.contains(tokens[j - 1].key) {
                    j += 2
                    continue
                }
                break
            }
            let r = i..<j
            guard !r.isEmpty, r.count <= 5 else { return nil }
            let single = r.count == 1 && !tokens[i].flags.contains(.allCaps)
            // "Wall Street analysts", "Gulf Coast economists": a place, not a firm
            if words.placeLikeEnds.contains(tokens[j - 1].key) { return nil }
            // "TV channel …": a generic word is no outlet's name
            if r.count == 1, tokens[i].key == MentionFinder.kTV || words.outletNouns.contains(tokens[i].key) { return nil }
            // before the name: "the daily X", "news agency X", "analysts at X"
            if i >= 1, !tokens[i - 1].isCapitalized {
                let b = tokens[i - 1].key
                if words.outletNouns.contains(b), !words.newsOnlyOutletNouns.contains(b) || (i >= 2 && tokens[i - 2].key == MentionFinder.kNews) {
                    return (r, "media")
                }
                // "state television RTI", "Swiss television RTS": a broadcaster's acronym after its owner and medium
                if words.newsOnlyOutletNouns.contains(b), i >= 2, r.allSatisfy({ tokens[$0].flags.contains(.allCaps) }),
                   tokens[i - 2].isCapitalized || words.outletOwnerWords.contains(tokens[i - 2].key) {
                    return (r, "media")
                }
                if b == MentionFinder.kAt, i >= 2, words.analystNouns.contains(tokens[i - 2].key) { return (r, "organization") }
                // "carmaker Acme", "the union QRX", "militant group X", "rights group X" (not a person's name:
                // "the club Jane Roe owns")
                if !givenNames.contains(tokens[i].key), title(p, i, end) == nil {
                    if words.orgCueNouns.contains(b) { return (r, "organization") }
                    if words.groupCueNouns.contains(b), i >= 2 {
                        if words.armedGroupCues.contains(tokens[i - 2].key) { return (r, "armed_group") }
                        if words.orgGroupCues.contains(tokens[i - 2].key) { return (r, "organization") }
                    }
                    // "the Islamic State-linked X network": a group tied to one named before the hyphen, armed if that one is
                    if words.tieParticiples.contains(b), i >= 3, tokens[i - 2].flags.contains(.hyphen), j < end, words.groupCueNouns.contains(tokens[j].key),
                       let last = mentions.last, last.tokens.upperBound == i - 2 {
                        return (r, actors[last.actor]?.type == "armed_group" ? "armed_group" : "organization")
                    }
                }
            }
            guard j < end else { return nil }
            // after it: "X news website said", "X analysts wrote", "X bank said" (a lone word opening a sentence
            // may be any word: there the outlet needs "news" and the rest are not taken)
            var k = j
            if tokens[k].key == MentionFinder.kNews { k += 1 }
            if k < end, !tokens[k].isCapitalized, words.outletNouns.contains(tokens[k].key),
               k > j || !words.newsOnlyOutletNouns.contains(tokens[k].key), !(single && i == start && k == j),
               !(k + 1 < end && (tokens[k + 1].isCapitalized || tokens[k + 1].isQuote)) {
                return (r, "media")
            }
            if !tokens[j].isCapitalized, j + 1 < end,
               words.analystNouns.contains(tokens[j].key) || words.firmNouns.contains(tokens[j].key) && !tokens[j + 1].isCapitalized,
               !(single && i == start) || nameShaped(r, start, p) {
                return (r, "organization")
            }
            // "X peacekeeping mission said": a mission or force named before what it is
            if j + 2 < end, words.missionKinds.contains(tokens[j].key), words.missionHeads.contains(tokens[j + 1].key), !tokens[j + 2].isCapitalized,
               !(single && i == start) || nameShaped(r, start, p) {
                return (r, "organization")
            }
            // ", an investment bank,": the apposition's head noun
            if j + 2 < end, tokens[j].key == kComma, tokens[j + 1].key == kA || tokens[j + 1].key == kAn {
                var h = j + 2, head: UInt64? = nil
                while h < end, h < j + 8 {
                    let t = tokens[h]
                    if t.flags.contains(.hyphen) && head != nil { h += 1; continue }
                    guard t.isWord, !t.isCapitalized, !t.flags.contains(.number), !stopwords.contains(t.key),
                          !MentionFinder.appositionStops.contains(t.key) else { break }
                    head = t.key
                    h += 1
                }
                if let head {
                    if words.mediaDescriptors.contains(head) { return (r, "media") }
                    if words.orgDescriptors.contains(head) { return (r, "organization") }
                }
            }
            return nil
        }

        /// The length of a bare legislature at `i` ("Parliament", "the lower house", "lawmakers" before "passed"): opening
        /// its sentence or after "the", not "the parliament of X" nor a name's first word ("Parliament Speaker X").
        mutating func legislatureAt(_ i: Int, _ end: Int, _ s: Sentence) -> Int? {
            let t = tokens[i]
            if words.legislatorNouns.contains(t.key) {
                // (past one adverb: "lawmakers also passed", "legislators unanimously approved")
                var v = i + 1
                if v + 1 < end, tokens[v].isWord, !tokens[v].isCapitalized, !words.legislatingVerbs.contains(tokens[v].key),
                   doc.token(v, endsIn: "ly", minLength: 4, anyCase: false) || tokens[v].key == MentionFinder.kAlso { v += 1 }
                guard v < end, words.legislatingVerbs.contains(tokens[v].key),
                      i == s.tokens.lowerBound || tokens[i - 1].key == kThe || !tokens[i - 1].isWord && !tokens[i - 1].flags.contains(.hyphen)
                else { return nil }
                return 1
            }
            guard words.legislatureNouns.mayStart(t.key), let ln = words.legislatureNouns.longest(tokens[..<end], from: i),
                  i == s.tokens.lowerBound || tokens[i - 1].key == kThe,
                  i + ln.length >= end || tokens[i + ln.length].key != kOf && !(tokens[i + ln.length].isCapitalized && tokens[i + ln.length].isWord)
            else { return nil }
            return ln.length
        }

        /// The gazetteer's legislature of state `h` that the bare noun at `i` names: the state's body named by that
        /// noun after its adjective or name ("the Russian lower house"), else its parliament ("the Ukrainian parliament").
        mutating func legislature(of h: String, _ i: Int, _ len: Int) -> Int? {
            let noun = doc.text(tokens: i..<(i + len))
            let lower = noun.lowercased()
            for k in [noun, lower, lower.prefix(1).uppercased() + lower.dropFirst(), "parliament", "Parliament"] {
                if let e = namedInstitutions[h + " " + k] { return e }
            }
            return nil
        }

        mutating func speechVerbAt(_ i: Int, _ end: Int) -> Bool {
            guard i < end else { return false }
            guard let v = speechVerbs.longest(tokens[..<end], from: i) else { return false }
            return v.payload != .ing && v.payload != .base
        }

        mutating func speechVerbBefore(_ i: Int, _ start: Int) -> Bool {
            // "said Louay Safi", "said Bruce Riedel, a former CIA analyst"
            /// Whether a one-word reporting verb in the past or third person stands at `k`.
            func says(_ k: Int) -> Bool {
                guard let v = speechVerbs.longest(tokens[...], from: k), v.length == 1 else { return false }
                return v.payload == .past || v.payload == .third
            }
            var k = i - 1
            while k >= start, tokens[k].key == kComma { k -= 1 }
            guard k >= start else { return false }
            if says(k) { return true }
            // "said farmer Musa Roe", "said taxi driver Jane Roe": up to three plain lowercase words describe the one
            // named (no determiner or preposition: "said the Acme Council" is no person)
            guard k == i - 1 else { return false }
            var d = k
            while d >= start, d > i - 4, tokens[d].isWord, !tokens[d].isCapitalized, !tokens[d].flags.contains(.number),
                  !MentionFinder.stopwords.contains(tokens[d].key) { d -= 1 }
            return d < k && d >= start && says(d)
        }

        /// Capitalized words (hyphenated parts, "of" and "for" between them) whose initials the all-caps acronym in
        /// brackets right after them spells: "Inter-Services Public Relations (ISPR)". The name and the acronym.
        mutating func acronymedName(_ i: Int, _ end: Int) -> (Range<Int>, String)? {
            guard tokens[i].isCapitalized, !tokens[i].flags.contains(.allCaps), !MentionFinder.stopwords.contains(tokens[i].key) else { return nil }
            var j = i
            // (the initials packed into a word, eight at most: no array per capitalized word)
            var initials: UInt64 = 0, count = 0
            while j < end, count < 8 {
                let t = tokens[j]
                if t.isCapitalized, t.isWord, !t.flags.contains(.allCaps), !t.flags.contains(.number), t.start < doc.bytes.count {
                    initials |= UInt64(doc.bytes[t.start]) << (8 * count); count += 1; j += 1; continue
                }
                if j > i, t.flags.contains(.hyphen) || MentionFinder.connectors.contains(t.key) && !t.isCapitalized, j + 1 < end,
                   tokens[j + 1].isCapitalized, !tokens[j + 1].flags.contains(.allCaps) { j += 1; continue }
                break
            }
            guard count >= 3, j + 2 < end, tokens[j].key == MentionFinder.kOpenParen, tokens[j + 2].key == MentionFinder.kCloseParen,
                  tokens[j + 1].flags.contains(.allCaps), tokens[j + 1].end - tokens[j + 1].start == count else { return nil }
            var acronym: UInt64 = 0
            for (n, k) in (tokens[j + 1].start..<tokens[j + 1].end).enumerated() { acronym |= UInt64(doc.bytes[k]) << (8 * n) }
            guard acronym == initials else { return nil }
            return (i..<j, doc.text(token: j + 1))
        }

        /// Capitalized words ending in an organization or armed-group head noun, or beginning with one and
        /// "of" ("University of Oxford", "Bank of England").
        mutating func organizationName(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Range<Int>, String)? {
            if tokens[i].isCapitalized, orgHeads.contains(tokens[i].key), i + 2 < end, tokens[i + 1].key == kOf, tokens[i + 2].isCapitalized {
                var j = i + 2
                while j < end, tokens[j].isCapitalized || (connectors.contains(tokens[j].key) && j + 1 < end && tokens[j + 1].isCapitalized) { j += 1 }
                if j - i <= 7 { return (i..<j, "organization") }
            }
            return organizationByHead(p, i, end)
        }

        /// A compass word may open a body's name ("Southern Theater Command", "Central Election Commission"),
        /// though not a place's ("Northern Syria": the next word a known name).
        mutating func organizationByHead(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Range<Int>, String)? {
            guard tokens[i].isCapitalized, !stopwords.contains(tokens[i].key)
                    || MentionFinder.compassWords.contains(tokens[i].key) && i + 1 < end && tokens[i + 1].isCapitalized && gazetteer(p, i + 1, end) == nil
            else { return nil }
            var j = i
            var lastHead: (Int, String)? = nil
            var words = 0
            while j < end {
                let t = tokens[j]
                if t.isCapitalized && t.isWord && !t.flags.contains(.number) {
                    words += 1
                    if orgHeads.contains(t.key) { lastHead = (j + 1, "organization") }
                    else if armedHeads.contains(t.key) { lastHead = (j + 1, "armed_group") }
                    j += 1
                    continue
                }
                if words > 0, t.flags.contains(.hyphen), !t.flags.contains(.spaceBefore), j + 1 < end, tokens[j + 1].isCapitalized { j += 1; continue }
                if words > 0, connectors.contains(t.key), !t.isCapitalized, j + 1 < end, tokens[j + 1].isCapitalized { j += 1; continue }
                // "the Federal Prosecutor's Office": an office named after its holder, the head right after the possessive
                // (the holder a title: "Prosecutor's", "Ombudsman's"; not "the North's Committee for …")
                if words > 0, t.flags.contains(.possessive), j + 1 < end, tokens[j + 1].isCapitalized, orgHeads.contains(tokens[j + 1].key),
                   j + 2 >= end || !tokens[j + 2].isCapitalized && !connectors.contains(tokens[j + 2].key),
                   titles.longest(tokens[..<j], from: j - 1) != nil, gazetteer(p, j - 1, end) == nil { j += 1; continue }
                break
            }
            guard case (var hend, let type)? = lastHead, hend - i >= 2 else { return nil }
            // "the International Bureau for Human Rights": what the body is for belongs to its name
            if hend + 1 < j, tokens[hend].key == MentionFinder.kFor { hend = j }
            // "the National Bureau of Investigation", "the Joint Chamber of Commerce": what the body is of belongs to its
            // name too, unless that is a known name ("the Security Council of Russia": the council, then the state)
            else if hend + 1 < j, tokens[hend].key == kOf, gazetteer(p, hend + 1, end) == nil { hend = j }
            // "the Muslim Council of Britain", "the Law Society of Uganda": a civic body's state belongs to its name (not a
            // state's institution, "the Security Council of Russia", nor a known body, "the Federation Council of Russia")
            else if hend + 1 < j, tokens[hend].key == kOf, self.words.civicHeads.contains(tokens[hend - 1].key),
                    let g = gazetteer(p, hend + 1, end), g.1.kind == .name, entryIsCountry[Int(g.1.actor)],
                    gazetteer(p, i, end)?.0 != hend - i, institutions.longest(tokens[..<end], from: i).map({ i + $0.length != hend }) ?? true { hend += 1 + g.0 }
            // "the Standing Committee on Defence", "the Commission on Human Rights": what the body is on too (not a
            // day, a month or a known name: "the Security Council on Monday", "the Council on Syria")
            else if hend + 1 < j, tokens[hend].key == MentionFinder.kOn, gazetteer(p, hend + 1, end) == nil,
                    ((hend + 1)..<j).allSatisfy({ !tokens[$0].isCapitalized || !stopwords.contains(tokens[$0].key) }) { hend = j }
            // do not swallow a known name at the start ("Russian Security Council" is an institution, handled elsewhere)
            if gazetteer(p, i, end)?.0 == hend - i { return nil }
            return (i..<hend, type)
        }

        /// Capitalized words followed by a place head noun: "Helmand province", "Bekaa Valley", "Bagram air base".
        mutating func placeByHead(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Range<Int>? {
            var j = i
            while j < end, j < i + 4, tokens[j].isCapitalized, tokens[j].isWord, !stopwords.contains(tokens[j].key), !tokens[j].flags.contains(.allCaps) || tokens[j].end - tokens[j].start > 4 {
                if j > i, let h = placeHeads.longest(tokens[..<end], from: j) { return i..<(j + h.length) }
                if gazetteer(p, j, end) != nil { return nil }
                j += 1
                if j + 1 < end, tokens[j].flags.contains(.hyphen), !tokens[j].flags.contains(.spaceBefore), tokens[j + 1].isWord { j += 2 }
            }
            guard j > i, j < end, let h = placeHeads.longest(tokens[..<end], from: j) else { return nil }
            return i..<(j + h.length)
        }

        mutating func placeName(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Range<Int>? {
            var j = i
            // a particle joined to the name: "al-Bab", "el-Arish"
            if j + 2 < end, !tokens[j].isCapitalized, particles.contains(tokens[j].key), tokens[j + 1].flags.contains(.hyphen),
               !tokens[j + 1].flags.contains(.spaceBefore), tokens[j + 2].isCapitalized {
                j += 2
            }
            // (words counted without the hyphens and lower-case links between them)
            var words = 0
            while j < end, tokens[j].isCapitalized, tokens[j].isWord, !stopwords.contains(tokens[j].key) {
                j += 1
                words += 1
                // a lower-case link between the words of a Portuguese, Spanish or Italian name: "Mocimboa da Praia",
                // "Foz do Iguacu", "Vila de Sena"
                if j + 1 < end, MentionFinder.placeLinks.contains(tokens[j].key), !tokens[j].isCapitalized, tokens[j + 1].isCapitalized,
                   tokens[j + 1].isWord, !stopwords.contains(tokens[j + 1].key) {
                    j += 1
                    continue
                }
                // a particle joined to the next word: "Bir al-Ghanam", "Ras al-Ain", "Deir el-Balah"
                if j + 2 < end, !tokens[j].isCapitalized, particles.contains(tokens[j].key), tokens[j + 1].flags.contains(.hyphen),
                   !tokens[j + 1].flags.contains(.spaceBefore), tokens[j + 2].isCapitalized, tokens[j + 2].isWord {
                    j += 2
                    continue
                }
                if j + 1 < end, tokens[j].flags.contains(.hyphen), !tokens[j].flags.contains(.spaceBefore) {
                    j += 1
                    // a lower-case link between hyphenated parts: "Pul-e-Khumri", "Kafr-al-Bir"
                    if j + 2 < end, !tokens[j].isCapitalized, tokens[j].isWord, tokens[j + 1].flags.contains(.hyphen),
                       !tokens[j + 1].flags.contains(.spaceBefore), tokens[j + 2].isCapitalized {
                        j += 2
                    }
                }
            }
            if j > i, tokens[j - 1].flags.contains(.hyphen) { j -= 1 }
            return words > 0 && words <= 4 ? i..<j : nil
        }

        /// The rules read at a place noun (`i`), kept out of `passOne` (a rare word: its code there slowed every
        /// token's): "in the eastern town of Kiri Valo"; a plural noun names more, "the rebel towns of Kafr Ala
        /// and Tell Barak"; "Kafr Ala, the capital of Idlib province" makes the name before a place (passed over
        /// before: no rule took it). Where to go on from, or nil to try the other rules.
        @inline(never) mutating func placeNounRules(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ end: Int, _ si: Int) -> Int? {
            let plural = words.placePluralNouns.contains(tokens[i].key)
            guard plural || placeNouns.contains(tokens[i].key) else { return nil }
            if i + 2 < end, tokens[i + 1].key == kOf, let r = placeName(p, i + 2, end) {
                if let g = gazetteer(p, r.lowerBound, end), g.0 >= r.count { return i + 2 }
                if plural {
                    listedPlace(r)
                    return listedPlaces(p, r.upperBound, end)
                }
                add(r, placeRecord(doc.text(tokens: r), country: nil), .name, si)
                return r.upperBound
            }
            if !plural, let r = namePlacedBefore(p, i, lo, end), gazetteer(p, r.lowerBound, end) == nil, surnames[tokens[r.upperBound - 1].key] == nil {
                add(r, placeRecord(doc.text(tokens: r), country: nil), .name, si)
            }
            return nil
        }

        /// "Paris police", "the Lyon Police Department", "police in Lyon": a city's police (`i..<j` the city, by
        /// gazetteer entry `a`), an organization of its own; the city is named too. Where the name ends, or nil
        /// for no city.
        @inline(never) mutating func cityPolice(_ i: Int, _ j: Int, _ end: Int, _ a: Int, _ kind: Lexicon.NameKind, _ si: Int) -> Int? {
            guard kind == .capital || (kind == .name && entryRecords[a].type == "place") else { return nil }
            let place = kind == .capital ? placeRecord(entries[a].capital ?? doc.text(tokens: i..<j), country: entries[a].id) : entryRecord(a)
            if j >= end || tokens[j].key != MentionFinder.kPolice {
                // "police in Lyon"
                let name = doc.text(tokens: i..<j) + " police"
                add((i - 2)..<j, ActorRecord(id: "actor:org:" + slug(name), name: name, type: "organization", aliases: [], country: place.country), .name, si)
                imply(place)
                return j
            }
            // "a Dushanbe police station": a site in the city (the context `state_sites`), no force of its own
            if let sites = lex.contexts["state_sites"], sites.longest(tokens[..<end], from: j) != nil { return nil }
            let e = j + 1 < end && tokens[j + 1].isCapitalized && orgHeads.contains(tokens[j + 1].key) ? j + 2 : j + 1
            let name = doc.text(tokens: i..<e)
            add(i..<e, ActorRecord(id: "actor:org:" + slug(name), name: name, type: "organization", aliases: [], country: place.country), .name, si)
            imply(place)
            return e
        }

        /// The gazetteer's actor named after the "of" at `e` ("of the DPRK", "of Hamas") and where its name ends.
        mutating func nameAfterOf(_ p: UnsafeBufferPointer<UInt8>, _ tp: UnsafeBufferPointer<Token>, _ e: Int, _ end: Int) -> (actor: Int, end: Int)? {
            guard e + 1 < end else { return nil }
            let c = e + (tp[e + 1].key == kThe ? 2 : 1)
            guard c < end, let g = gazetteer(p, c, end), g.1.kind == .name else { return nil }
            return (Int(g.1.actor), c + g.0)
        }

        /// A name the gazetteer lacks at `i`, after "in", "near" or "outside", taken for a town where the sentence tells of
        /// violence (`violence_words`) and the name is closed by punctuation or a word in small letters ("in El Obeid on
        /// Tuesday"; not "in Smith's view", nor "in Blue Helmet uniforms" before a noun). Where the name ends, or nil.
        @inline(never) mutating func placeAfterPreposition(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: Sentence, _ end: Int, _ si: Int) -> Int? {
            // (not in a headline, whose words are all capitalized: "Modi, Ghani Meet In Delhi")
            guard !doc.isHeadline(s), let r = placeName(p, i, end), r.count <= 3, surnames[tokens[r.upperBound - 1].key] == nil,
                  gazetteer(p, r.lowerBound, end) == nil else { return nil }
            if r.upperBound < end {
                let next = tokens[r.upperBound]
                guard !next.flags.contains(.possessive), next.isWord ? MentionFinder.afterTownWords.contains(next.key) : next.key == kComma || next.key == MentionFinder.kStop
                else { return nil }
            }
            // ("the summit in Los Cabos, Mexico": a town the state after it places, whatever the sentence tells)
            let state = tokens[i - 1].key == MentionFinder.kIn ? stateAfterTown(p, r.upperBound, end) : nil
            guard state != nil || lex.contexts["violence_words"]?.occurs(in: tokens[s.tokens.lowerBound..<end]) == true else { return nil }
            add(r, placeRecord(doc.text(tokens: r), country: state), .name, si)
            return r.upperBound
        }

        /// ", Mexico" at `k` after a town's name, closing the phrase (a comma, a full stop or a word of time or
        /// place follows): the state's id.
        mutating func stateAfterTown(_ p: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> String? {
            guard k + 1 < end, tokens[k].key == kComma, tokens[k + 1].isCapitalized, let g = gazetteer(p, k + 1, end), g.1.kind == .name,
                  entryIsCountry[Int(g.1.actor)] else { return nil }
            let j = k + 1 + g.0
            if j < end {
                let next = tokens[j]
                guard !next.flags.contains(.possessive), next.isWord ? MentionFinder.afterTownWords.contains(next.key) : next.key == kComma || next.key == MentionFinder.kStop
                else { return nil }
            }
            return entryRecords[Int(g.1.actor)].country
        }

        /// Whether "police in" comes right before token `i` (no rule took it), in the sentence from `lo`.
        @inline(__always) func policeInBefore(_ i: Int, _ lo: Int) -> Bool {
            i >= lo + 2 && tokens[i - 1].key == MentionFinder.kIn && tokens[i - 2].key == MentionFinder.kPolice && !covered[i - 2]
        }

        /// "police in Kaiserslautern said": the police of a town the gazetteer lacks (its name at `i`), as
        /// `cityPolice` names a known city's. Where the name ends, or nil.
        @inline(never) mutating func policeIn(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ si: Int) -> Int? {
            guard let r = placeName(p, i, end), r.upperBound >= end || !tokens[r.upperBound].flags.contains(.possessive),
                  surnames[tokens[r.upperBound - 1].key] == nil else { return nil }
            let place = placeRecord(doc.text(tokens: r), country: nil)
            let name = place.name + " police"
            add((i - 2)..<r.upperBound, ActorRecord(id: "actor:org:" + slug(name), name: name, type: "organization", aliases: [], country: nil), .name, si)
            imply(place)
            return r.upperBound
        }

        /// A place of a list ("the towns of A and B"): linked to the article, its words taken, with no mention:
        /// an event has one place, and the first of a list is no more it than the others (nor than the region
        /// named after the list: "strikes on the towns of A and B in northern C").
        mutating func listedPlace(_ r: Range<Int>) {
            imply(placeRecord(doc.text(tokens: r), country: nil))
            for k in r { covered[k] = true }
        }

        /// The places after a plural place noun's first name (at `i`): ", B and C", up to a name the
        /// gazetteer knows (left to it). Where the list ends.
        mutating func listedPlaces(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
            var i = i
            while i + 1 < end, tokens[i].key == MentionFinder.kAnd || tokens[i].key == kComma, let r = placeName(p, i + 1, end) {
                if let g = gazetteer(p, r.lowerBound, end), g.0 >= r.count { return i + 1 }
                listedPlace(r)
                let last = tokens[i].key == MentionFinder.kAnd
                i = r.upperBound
                if last { break }
            }
            return i
        }

        /// ", the capital of", ", a town in", ", a small village near": at a singular place noun `k` followed by
        /// "of", "in" or "near" (as `passOne` calls it), with up to two lower-case words between it and "the"/"a" after a comma, the
        /// place name before the comma, if no rule took its words.
        mutating func namePlacedBefore(_ p: UnsafeBufferPointer<UInt8>, _ k: Int, _ lo: Int, _ end: Int) -> Range<Int>? {
            // (`passOne` checked the word after `k`: "of", "in" or "near")
            var c = k - 1
            while c >= lo, c > k - 4, tokens[c].key != kThe, tokens[c].key != kA {
                guard !tokens[c].isCapitalized, tokens[c].isWord, !tokens[c].flags.contains(.possessive) else { return nil }
                c -= 1
            }
            guard c - 2 >= lo, tokens[c].key == kThe || tokens[c].key == kA, tokens[c - 1].key == kComma else { return nil }
            let nameEnd = c - 1
            var s = nameEnd
            while s > lo, nameEnd - s < 9, !covered[s - 1], tokens[s - 1].isWord || tokens[s - 1].flags.contains(.hyphen) { s -= 1 }
            // the longest name that ends at the comma
            for t in s..<nameEnd where tokens[t].isWord {
                if let r = placeName(p, t, end), r.upperBound == nameEnd { return r }
            }
            return nil
        }

        /// "the coast guard" after "the Chinese coast guard", "police" after "Paris police": the actor whose body of that
        /// noun (the `n` words at `i`) the article named last before `i`, by a name or an adjective before the noun (its
        /// slot in the table; nil when none: the article's own state's then).
        mutating func qualifiedAntecedent(_ i: Int, _ n: Int) -> Int? {
            // (the nearest: the mentions of both passes are not in the text's order)
            var best: Int? = nil
            for k in mentions.indices {
                let m = mentions[k]
                guard m.tokens.upperBound <= i, m.tokens.count > n, best.map({ mentions[$0].tokens.upperBound < m.tokens.upperBound }) ?? true,
                      (0..<n).allSatisfy({ tokens[m.tokens.upperBound - n + $0].key == tokens[i + $0].key }) else { continue }
                best = k
            }
            guard let b = best, let s = actors.slot(of: mentions[b].actor), case let t = actors.records[s].type, t != "place", t != "person" else { return nil }
            return s
        }

        /// How many mentions name each actor, by slot (removed records count none): the dateline's home and the
        /// country named most are both counted from it, each id hashed once per mention for both.
        /// (`mutating`, as the two below: called inside `find`'s closure, a plain method copied the whole state.)
        mutating func mentionCounts() -> [Int] {
            var counts = [Int](repeating: 0, count: actors.ids.count)
            mentions.withUnsafeBufferPointer { ms in
                for k in ms.indices { if let s = actors.slot(of: ms[k].actor) { counts[s] += 1 } }
            }
            return counts
        }

        /// The first of the dateline's states the story bears out as its own: named in it (itself, its people, bodies
        /// or places) at least half as often as the state it names most. A story filed from where talks are held,
        /// or where a correspondent sits, about other states is not that city's state's story: nil then.
        /// `top`: the state the story names most so counted.
        /// `counts`: `mentionCounts()`.
        mutating func datelineHome(_ homes: [String], _ counts: [Int]) -> (home: String?, top: String?) {
            guard !homes.isEmpty else { return (nil, nil) }
            // (each actor's count given to its country once: the String-keyed table hashed the country at every mention;
            // an article's few countries are a short list, searched, where a Dictionary was made and grown per article)
            var weight: [(country: String, count: Int)] = []
            for s in counts.indices where counts[s] > 0 {
                guard let c = actors.records[s].country else { continue }
                if let w = weight.firstIndex(where: { $0.country == c }) { weight[w].count += counts[s] } else { weight.append((c, counts[s])) }
            }
            let top = weight.lazy.map(\.count).max() ?? 0
            let chosen = homes.first { h in (weight.first { $0.country == h }?.count ?? 0) * 2 >= top }
            // (none on a tie: two states' story)
            let leaders = weight.filter { $0.count == top }
            let topState = leaders.count == 1 ? leaders[0].country : nil
            return (chosen, top > 0 ? topState : nil)
        }

        /// `counts`: `mentionCounts()`.
        mutating func mostNamedCountry(_ counts: [Int]) -> String? {
            // counted by the actors' slots (ids hashed once per mention, not twice into a String table)
            var best: (key: String, value: Int)? = nil
            for s in counts.indices where counts[s] > 0 && actors.records[s].type == "country" {
                let c = (key: actors.ids[s], value: counts[s])
                if let b = best, (b.value, c.key) >= (c.value, b.key) { continue }
                best = c
            }
            guard let best, best.value >= 2 else { return nil }
            return actors[best.key]?.country
        }

        /// "Hayat Tahrir al-Sham (Levant Liberation Committee)", "Kurdistan Workers Party (PKK)": the parenthesis names the same actor.
        mutating func resolveParentheticalNames() {
            mentions.sort { $0.start < $1.start }
            var k = 0
            while k < mentions.count {
                let m = mentions[k]
                let o = m.tokens.upperBound
                guard m.kind == .name, o + 2 < tokens.count, tokens[o].key == kOpenParen,
                      let close = (o + 1..<min(tokens.count, o + 7)).first(where: { tokens[$0].key == kCloseParen }), close > o + 1,
                      (o + 1..<close).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].flags.contains(.allCaps) || tokens[$0].flags.contains(.hyphen) || connectors.contains(tokens[$0].key) }),
                      let rec = actors[m.actor], rec.type != "place", rec.type != "person" || close == o + 2 else { k += 1; continue }
                let inner = (o + 1)..<close
                // replace whatever was found inside by the outer actor, unless it is a known actor of its own
                var keep = true
                for j in mentions.indices where inner.contains(mentions[j].tokens.lowerBound) {
                    if let other = actors[mentions[j].actor], !other.id.hasPrefix("actor:org:"), !other.id.hasPrefix("actor:person:"), other.id != rec.id { keep = false }
                }
                if keep {
                    let dropped = Set(mentions.filter { inner.contains($0.tokens.lowerBound) }.map(\.actor))
                    mentions.removeAll { inner.contains($0.tokens.lowerBound) }
                    for id in dropped where !mentions.contains(where: { $0.actor == id }) && id != rec.id { actors.remove(id) }
                    let alias = doc.text(tokens: inner)
                    actors.modify(rec.id) { $0.aliases.insert(alias) }
                    mentions.append(Mention(tokens: inner, start: tokens[inner.lowerBound].start, end: tokens[inner.upperBound - 1].end, actor: rec.id, kind: .name, sentence: m.sentence))
                    mentions.sort { $0.start < $1.start }
                }
                k += 1
            }
        }

        /// `s.count`, from the byte count when every byte is ASCII other than a carriage return (there a
        /// Character is a byte).
        func characterCount(_ s: String) -> Int {
            var copy = s
            return copy.withUTF8 { p in p.allSatisfy { $0 < 0x80 && $0 != 13 } ? p.count : nil } ?? s.count
        }

        /// An acronym the gazetteer gives to one actor ("NSC" → the U.S. council) names another actor of the
        /// article whose initials it spells ("State Security Committee" for "SSC").
        /// "the Defence Ministry said" in a story about one state (its dateline's and the one it names most) is
        /// that state's ministry, the node "the Spanish Defence Ministry" names; in a story about several it stays bare.
        mutating func resolveBareInstitutions() {
            guard let ci = focusIndex else { return }
            for (k, inst) in bareInstitutions {
                let old = mentions[k].actor
                let rec = institutionRecord(entries[ci], inst)
                let surface = doc.text(tokens: mentions[k].tokens)
                _ = actors.slot(updating: rec.id, default: rec)
                // (the bare name stays an alias: the name the story uses)
                if surface != rec.name { actors.modify(rec.id) { $0.aliases.insert(surface) } }
                mentions[k].actor = rec.id
                if !mentions.contains(where: { $0.actor == old }) { actors.remove(old) }
            }
        }

        mutating func resolveAcronyms() {
            // Worked out once, on the first acronym that needs them: the actors named in full (reassigning a
            // one-token mention never changes them), by their slots in id order; their names and aliases are
            // read in place at each comparison (an acronym added as an alias has one initial, so it never
            // matches a surface of two or more: what the loop adds changes no answer).
            // (by the actors' slots: a record's name is not hashed, nor the record copied, at each acronym)
            // by the actors' slots: whether a mention of two or more tokens names it (a `Set` of ids hashed
            // every id); the candidates are sorted on their first use (not when an acronym is named in full)
            var fullMentions: [Bool]? = nil
            var candidates: [Int]? = nil
            for k in mentions.indices {
                // (the mention is copied only when it is a one-token acronym)
                guard mentions[k].tokens.count == 1, tokens[mentions[k].tokens.lowerBound].flags.contains(.allCaps) else { continue }
                let m = mentions[k]
                let surface = doc.text(tokens: m.tokens)
                guard (2...6).contains(characterCount(surface)), let current = actors.slot(of: m.actor) else { continue }
                if MentionFinder.spellsInitials(actors.records[current].name, surface) { continue }
                if fullMentions == nil {
                    var full = [Bool](repeating: false, count: actors.ids.count)
                    mentions.withUnsafeBufferPointer { ms in
                        for j in ms.indices where ms[j].tokens.count > 1 { if let s = actors.anySlot(of: ms[j].actor) { full[s] = true } }
                    }
                    fullMentions = full
                }
                if let s = actors.anySlot(of: m.actor), fullMentions![s] { continue }
                if candidates == nil {
                    // (nothing changes the actors before the first match, which needs the candidates)
                    let full = fullMentions!, ids = actors.ids
                    candidates = ids.indices.filter { actors.present[$0] && full[$0] }.sorted { ids[$0] < ids[$1] }
                }
                var match: String? = nil
                for c in candidates! where actors.ids[c] != m.actor {
                    if MentionFinder.spellsInitials(actors.records[c].name, surface)
                        || actors.records[c].aliases.contains(where: { MentionFinder.spellsInitials($0, surface) }) {
                        match = actors.ids[c]
                        break
                    }
                }
                if let otherID = match {
                    mentions[k].actor = otherID
                    actors.modify(otherID) { $0.aliases.insert(surface) }
                    if !mentions.contains(where: { $0.actor == m.actor }) { actors.remove(m.actor) }
                }
            }
        }

        /// "the Russian Foreign Minister": the holder of the office on the article's date, preferring someone
        /// the article names; otherwise the country the office stands for.
        mutating func resolveTitles() {
            for (r, si, role, country) in titleOnly {
                let holders = lex.titleHolders[role + "|" + country] ?? []
                // (holders are people: their record ids are "actor:" + the entry's id, made once)
                let named = holders.filter { actors[entryRecords[$0].id] != nil }
                let dated = holders.filter { h in entries[h].titles.contains { $0.title == role && $0.country == country && holds($0) } }
                var rec: ActorRecord
                if named.count == 1 {
                    rec = entryRecord(named[0])
                } else if hasYear(), dated.count == 1 {
                    rec = entryRecord(dated[0])
                } else if let prev = lastPerson(before: tokens[r.lowerBound].start, from: country) {
                    rec = prev
                } else if let person = firstPerson(withRole: role, from: country) {
                    // "Ukraine's energy minister said …" and, later, "Energy Minister Herman Halushchenko"
                    rec = person
                } else if let ci = lex.countryIndexByISO[country] ?? lex.actorIndex[country] {
                    rec = entryRecord(ci)
                } else { continue }
                rec.roles.insert(role)
                // the modifiers inside the title go (removed by index: removeAll copies every mention)
                var modifiers: [Int] = []
                mentions.withUnsafeBufferPointer { ms in
                    for k in ms.indices where ms[k].kind == .modifier && r.contains(ms[k].tokens.lowerBound) {
                        implied.insert(ms[k].actor)
                        modifiers.append(k)
                    }
                }
                for k in modifiers.reversed() { mentions.remove(at: k) }
                add(r, rec, .name, si, alias: rec.type == "country")
            }
        }

        /// The last person named before byte `start` who is from `country`. (Mentions are read in place,
        /// through a buffer: a copy of one, as `last(where:)` or an array subscript makes, retains its id.)
        func lastPerson(before start: Int, from country: String) -> ActorRecord? {
            // (records read in place by slot: only the one returned is copied)
            mentions.withUnsafeBufferPointer { ms in
                for k in ms.indices.reversed() where ms[k].start < start && ms[k].kind == .name {
                    if let a = actors.slot(of: ms[k].actor), actors.records[a].type == "person", actors.records[a].country == country { return actors.records[a] }
                }
                return nil
            }
        }

        /// The first person named with `role` among their roles (or a role that ends with it, or it ends with),
        /// unless they are known to serve another country ("Eide, a former Norwegian foreign minister" is not
        /// the Turkish foreign minister the article names later).
        func firstPerson(withRole role: String, from country: String) -> ActorRecord? {
            // (records read in place by slot, as in `lastPerson`)
            mentions.withUnsafeBufferPointer { ms in
                for k in ms.indices where ms[k].kind == .name {
                    if let a = actors.slot(of: ms[k].actor), actors.records[a].type == "person",
                       actors.records[a].country.map({ $0 == country }) ?? true,
                       actors.records[a].roles.contains(where: { $0 == role || $0.hasSuffix(" " + role) || role.hasSuffix(" " + $0) }) { return actors.records[a] }
                }
                return nil
            }
        }

        /// A person first named by surname only ("— Lavrov" in a headline) is the full name met later.
        mutating func mergeSurnameOnlyPeople() {
            var target: [String: String] = [:]
            // (the records read in place, by slot)
            for s in actors.ids.indices where actors.present[s] {
                let id = actors.ids[s]
                guard actors.records[s].type == "person" && id.hasPrefix("actor:person:") && !actors.records[s].name.utf8.contains(32) else { continue }
                let rec = actors.records[s]
                let key = Tokenizer.key(rec.name)
                if let full = surnames[key], full != id, actors[full] != nil { target[id] = full }
            }
            guard !target.isEmpty else { return }
            for k in mentions.indices {
                if let t = target[mentions[k].actor] {
                    let alias = doc.text(mentions[k].start, mentions[k].end)
                    actors.modify(t) { $0.aliases.insert(alias) }
                    if let roles = actors[mentions[k].actor]?.roles { actors.modify(t) { $0.roles.formUnion(roles) } }
                    mentions[k].actor = t
                }
            }
            for id in target.keys { actors.remove(id) }
        }

        /// What "the opposition" or "rebels" (at byte `before`) stands for: the opposition body named last
        /// (a gazetteer opposition, or "<Country adjective> rebels/opposition"), else the opposition of the
        /// country the article names most, else nothing.
        mutating func oppositionReferent(before: Int, noun: String) -> ActorRecord? {
            if let found = namedOpposition(before: before) { return found }
            guard let ci = focusIndex else { return nil }
            return opposition(of: ci, noun: noun)
        }

        /// The opposition (or rebels) of the country at entry `ci`: the gazetteer's group so named, else a group
        /// made for it.
        func opposition(of ci: Int, noun: String) -> ActorRecord? {
            guard let adj = entries[ci].adjectives.first else { return nil }
            let name = adj + " " + (noun == "rebels" ? "rebels" : "opposition")
            if let k = groupEntryByName[name.lowercased()] { return entryRecord(k) }
            return ActorRecord(id: "actor:group:" + slug(name), name: name, type: "group", aliases: [noun], country: entries[ci].id)
        }

        /// The opposition body named last before byte `before`, if any.
        mutating func namedOpposition(before: Int) -> ActorRecord? {
            var found = -1
            var nearest = -1
            // (records read in place by slot, only the one found copied; whether a slot's id is an opposition
            // body is asked once per slot, not hashed at every mention)
            let table = actors, bodies = oppositionBodies
            var isBody: [Int8] = []
            swap(&isBody, &oppositionSlots)  // (moved out, so that writing it copies nothing)
            if isBody.count < table.ids.count { isBody += [Int8](repeating: 0, count: table.ids.count - isBody.count) }
            mentions.withUnsafeBufferPointer { ms in
                for k in ms.indices where ms[k].start < before && ms[k].start > nearest && ms[k].kind == .name {
                    guard let a = table.slot(of: ms[k].actor) else { continue }
                    if isBody[a] == 0 { isBody[a] = bodies.contains(table.ids[a]) ? 1 : -1 }
                    if isBody[a] > 0 || (table.records[a].type == "group" && table.records[a].country != nil && hasASCIIPrefix(table.ids[a], MentionFinder.groupPrefix)
                            && table.records[a].aliases.contains(where: { words.oppositionNouns.contains($0.lowercased()) })) {
                        found = a
                        nearest = ms[k].start
                    }
                }
            }
            oppositionSlots = isBody
            return found >= 0 ? actors.records[found] : nil
        }

        /// Whether some mention names `id` (`mentions.contains { $0.actor == id }`), read in place (the
        /// closure copied each mention) and compared by byte count first.
        func named(_ id: String) -> Bool {
            let n = id.utf8.count
            return mentions.withUnsafeBufferPointer { ms in ms.contains { $0.actor.utf8.count == n && $0.actor == id } }
        }

        /// Removes the mentions of `id` (`mentions.removeAll { $0.actor == id }`), the others kept in order,
        /// moved by swaps and compared by byte count first.
        mutating func removeMentions(of id: String) {
            let n = id.utf8.count
            var w = 0
            for r in mentions.indices {
                if mentions[r].actor.utf8.count == n && mentions[r].actor == id { continue }
                if w != r { mentions.swapAt(w, r) }
                w += 1
            }
            mentions.removeLast(mentions.count - w)
        }

        /// "Sunni militants", "the insurgents": the armed group the article names most, when it names one.
        mutating func resolveMilitants() {
            // every mention's actor is among the actors: without the tentative actor there is nothing to drop
            // (removeAll moves every element, and compares every id)
            let anyTentative = actors[MentionFinder.tentativeMilitants] != nil
            // counted by the actors' slots, as in `mostNamedCountry`
            var counts = [Int](repeating: 0, count: actors.ids.count)
            // no armed group among the actors: nothing to count (the loop below would find none)
            let anyArmed = actors.contains { $0.type == "armed_group" }
            if anyArmed {
                mentions.withUnsafeBufferPointer { ms in
                    for k in ms.indices {
                        guard let s = actors.slot(of: ms[k].actor), actors.records[s].type == "armed_group",
                              !words.hiredArmedGroups.contains(ms[k].actor) else { continue }
                        if ms[k].actor.hasPrefix("actor:") && !ms[k].actor.hasPrefix("actor:org:") { counts[s] += 1 }
                    }
                }
            }
            var ranked: [(key: String, value: Int)] = []
            for s in counts.indices where counts[s] > 0 { ranked.append((actors.ids[s], counts[s])) }
            ranked.sort { ($0.value, $1.key) > ($1.value, $0.key) }
            // only a clearly dominant group: the one named, or named at least twice as often as the next
            guard let top = ranked.first, ranked.count == 1 || top.value >= 2 * ranked[1].value else {
                if anyTentative {
                    removeMentions(of: MentionFinder.tentativeMilitants)
                    actors.remove(MentionFinder.tentativeMilitants)
                }
                return
            }
            let dominant = top.key
            var moved: Set<String> = []
            // the groups the loop below moves are militant-named groups of no country: with none among the
            // actors (most articles), no mention need be read
            let anyMilitantGroup = actors.contains { $0.type == "group" && $0.country == nil && MentionFinder.isMilitantGroupName($0.name, words) }
            var firstDominant = Int.max
            if anyMilitantGroup {
                for k in mentions.indices where mentions[k].actor == dominant { firstDominant = min(firstDominant, mentions[k].start) }
            }
            for k in mentions.indices where anyMilitantGroup {
                // anaphora follows its antecedent (the headline excepted: it summarizes the story)
                guard mentions[k].start > firstDominant || mentions[k].start < doc.bodyStart else { continue }
                guard let rec = actors[mentions[k].actor], rec.type == "group", rec.country == nil || rec.id.hasPrefix("actor:group:") else { continue }
                guard MentionFinder.isMilitantGroupName(rec.name, words), rec.country == nil else { continue }
                let surface = doc.text(mentions[k].start, mentions[k].end)
                if surface.utf8.contains(32) { actors.modify(dominant) { $0.aliases.insert(surface) } }
                moved.insert(rec.id)
                mentions[k].actor = dominant
                mentions[k].kind = .name
            }
            for id in moved where !named(id) { actors.remove(id) }
            if anyTentative {
                removeMentions(of: MentionFinder.tentativeMilitants)
                actors.remove(MentionFinder.tentativeMilitants)
            }
        }

        /// "Russian mercenaries of the Wagner Group", "rebels of the Permanent Front": a group named by a common
        /// noun whose "of" names an armed group or organization is that body, here and wherever else the
        /// article uses the same group noun.
        mutating func resolveGroupsOfNamedBodies() {
            // (most articles have no group named by a common noun: nothing to read)
            // (ids and mentions read in place, their prefix compared on bytes)
            let groupPrefix = MentionFinder.groupPrefix
            guard actors.ids.indices.contains(where: { actors.present[$0] && hasASCIIPrefix(actors.ids[$0], groupPrefix) }) else { return }
            var into: [String: String] = [:]
            for k in mentions.indices where mentions[k].kind == .name && hasASCIIPrefix(mentions[k].actor, groupPrefix) && into[mentions[k].actor] == nil {
                let m = mentions[k]
                var j = m.tokens.upperBound
                guard j + 1 < doc.tokens.count, doc.tokens[j].key == kOf else { continue }
                j += 1
                if doc.tokens[j].key == kThe { j += 1 }
                guard let body = mentions.first(where: { $0.tokens.lowerBound == j && $0.kind == .name }),
                      let rec = actors[body.actor], rec.type == "armed_group" || rec.type == "organization" else { continue }
                into[m.actor] = body.actor
            }
            guard !into.isEmpty else { return }
            for k in mentions.indices {
                guard let body = into[mentions[k].actor] else { continue }
                let surface = doc.text(mentions[k].start, mentions[k].end)
                actors.modify(body) { $0.aliases.insert(surface) }
                mentions[k].actor = body
            }
            for id in into.keys { actors.remove(id) }
        }

        // MARK: pass two

        mutating func passTwo(_ p: UnsafeBufferPointer<UInt8>, _ si: Int, _ s: Sentence) {
            var i = s.tokens.lowerBound
            let end = s.tokens.upperBound
            while i < end {
                if covered[i] { i += 1; continue }
                let t = tokens[i]
                // every rule below needs a capital or a word of its tables (as `startsNothing` in pass one)
                if skipPlainTokens && !t.isCapitalized && !passTwoStarts.mayContain(t.key) { i += 1; continue }
                // "May told the House of Commons", "said May.": a month's name that is the surname of someone named in
                // this article, as the subject of a verb of saying or right after one (not "May 4", "in May", "May
                // the talks …")
                if t.isCapitalized, t.isWord, MentionFinder.monthSurnames.contains(t.key), let id = surnames[t.key], let slot = actors.slot(of: id),
                   i + 1 < end, !tokens[i + 1].flags.contains(.number),
                   speechVerbAt(i + 1, end) || (i > s.tokens.lowerBound && speechVerbAt(i - 1, i) && !tokens[i + 1].isWord) {
                    add(i..<(i + 1), slot: slot, .name, si)
                    i += 1
                    continue
                }
                // "Pyongyang blamed the South for the clash", "the North's military said": in a story that names a
                // state of a divided country, its halves by their compass word (not "the South China Sea", "the North
                // Korean army", "the South-East")
                if t.isCapitalized, let iso = words.dividedHalves[t.key],
                   i > s.tokens.lowerBound && tokens[i - 1].key == kThe || i + 1 < end && tokens[i + 1].flags.contains(.possessive),
                   i + 1 >= end || !(tokens[i + 1].isCapitalized && tokens[i + 1].isWord) && !tokens[i + 1].flags.contains(.hyphen),
                   let ci = lex.countryIndexByISO[iso],
                   words.dividedStates.contains(where: { id in mentions.contains { $0.actor == id } }) {
                    add(i..<(i + 1), entry: ci, .reference, si)
                    i += 1
                    continue
                }
                // a surname of someone named in this article, or of a unique known person
                if t.isCapitalized, t.isWord, !stopwords.contains(t.key) {
                    if let id = surnames[t.key], let slot = actors.slot(of: id) {
                        var r = i..<(i + 1)
                        // "al-Assad": keep the particle
                        if i >= 2, tokens[i - 1].flags.contains(.hyphen), particles.contains(tokens[i - 2].key) { r = (i - 2)..<(i + 1) }
                        // "Roe-Doe": the whole hyphenated surname
                        while r.upperBound + 1 < end, tokens[r.upperBound].flags.contains(.hyphen), !tokens[r.upperBound].flags.contains(.spaceBefore),
                              !tokens[r.upperBound + 1].flags.contains(.spaceBefore), surnames[tokens[r.upperBound + 1].key] == id {
                            r = r.lowerBound..<(r.upperBound + 2)
                        }
                        add(r, slot: slot, .name, si)
                        i = r.upperBound
                        continue
                    }
                    // "Jane said", once "Jane Roe" was named: a given name alone, not part of another name
                    if let id = givenRefs[t.key], !id.isEmpty, let slot = actors.slot(of: id),
                       !(i + 1 < end && tokens[i + 1].isCapitalized && tokens[i + 1].isWord),
                       !(i + 1 < end && tokens[i + 1].flags.contains(.hyphen) && !tokens[i + 1].flags.contains(.spaceBefore)),
                       !(i > s.tokens.lowerBound && tokens[i - 1].isCapitalized && tokens[i - 1].isWord) {
                        add(i..<(i + 1), slot: slot, .name, si)
                        i += 1
                        continue
                    }
                    // "Acme said", once "carmaker Acme" was named
                    if let o = cuedOrganizationByFirst[t.key], case let (id, named) = cuedOrganizations[o], i + named.count <= end,
                       (1..<named.count).allSatisfy({ tokens[i + $0].key == tokens[named.lowerBound + $0].key && !covered[i + $0] }),
                       let slot = actors.slot(of: id) {
                        add(i..<(i + named.count), slot: slot, .name, si)
                        i += named.count
                        continue
                    }
                    // (a word no known person's surname is not asked: the call copies the state)
                    if knownSurnames[t.key] != nil, let known = knownPerson(t.key, role: nil) {
                        add(i..<(i + 1), entry: known, .name, si)
                        i += 1
                        continue
                    }
                }
                // "government forces shelled the town", "rebels fought government troops", with or without an article
                // (not "pro-government forces": a hyphen before): the state whose opposition the article named
                // before, else the country in focus
                if t.key == MentionFinder.kGovernment, i + 1 < end,
                   words.governmentForceNouns.contains(tokens[i + 1].key),
                   i == s.tokens.lowerBound || !tokens[i - 1].flags.contains(.hyphen),
                   i + 2 >= end || tokens[i + 2].key != kOf,
                   let ci = namedOpposition(before: t.start).flatMap({ $0.country }).flatMap({ lex.countryIndexByISO[$0] }) ?? focusIndex {
                    add(i..<(i + 2), entry: ci, .reference, si)
                    i += 2
                    continue
                }
                // "security forces arrested …", "the government said": the article's country; also after a comma before a
                // verb of saying ("…, police said") and after "a" before a spokesman's noun ("a police spokesman said")
                // (the first-key tests before the calls: most words start no state or group noun)
                if let ci = homeIndex, stateNouns.mayStart(t.key), let sn = stateNouns.longest(tokens[..<end], from: i),
                   words.homeNouns.contains(sn.payload.lowercased()),
                   i == s.tokens.lowerBound || tokens[i - 1].key == kThe
                    || tokens[i - 1].key == kComma && speechVerbAt(i + sn.length, end)
                    || (tokens[i - 1].key == kA || tokens[i - 1].key == kAn) && i + sn.length < end && words.spokesNouns.contains(tokens[i + sn.length].key),
                   i + sn.length >= end || tokens[i + sn.length].key != kOf {
                    if !words.homeOnlyNouns.contains(sn.payload.lowercased()), let a = qualifiedAntecedent(i, sn.length) { add(i..<(i + sn.length), slot: a, .reference, si) }
                    else { add(i..<(i + sn.length), entry: ci, .reference, si) }
                    i += sn.length
                    continue
                }
                // "Parliament passed the law", "the lower house approved the bill", "lawmakers voted to …": a legislature
                // named by its kind alone is one told before ("Ukraine's parliament"), else the story's own state's: its
                // legislature the gazetteer names ("the Rada"), else the state
                if let ci = legislatureIndex, let h = legislatureHome, let len = legislatureAt(i, end, s) {
                    if let a = qualifiedAntecedent(i, len) { add(i..<(i + len), slot: a, .reference, si) }
                    else if let e = legislature(of: h, i, len) { add(i..<(i + len), entry: e, .reference, si) }
                    else { add(i..<(i + len), entry: ci, .reference, si) }
                    i += len
                    continue
                }
                // a bare group noun referring to a qualified group: "the rebels", "rebel commanders" → "Syrian rebels"
                if groupNouns.mayStart(t.key), let gn = groupNouns.longest(tokens[..<end], from: i),
                   // not "opposition-held areas" (a hyphenated modifier), nor "in opposition to"
                   !(i + gn.length < end && tokens[i + gn.length].flags.contains(.hyphen) && !tokens[i + gn.length].flags.contains(.spaceBefore)),
                   !(i > s.tokens.lowerBound && tokens[i - 1].key == MentionFinder.kIn && i + gn.length < end && tokens[i + gn.length].key == MentionFinder.kTo) {
                    if let id = groupByNoun[MentionFinder.stemKey(doc, i)], let slot = actors.slot(of: id) {
                        add(i..<(i + gn.length), slot: slot, .name, si)
                        i += gn.length
                        continue
                    }
                    // "the opposition", "rebels": the opposition body named last, else the opposition of the
                    // country in focus
                    let noun = gn.payload.lowercased()
                    if words.oppositionNouns.contains(noun) {
                        let next = i + gn.length
                        let definite = i > s.tokens.lowerBound && tokens[i - 1].key == kThe
                        // "Syria's opposition said", "Venezuela's rebels": the opposition of the country named in the
                        // possessive right before
                        if i >= s.tokens.lowerBound + 2, tokens[i - 1].flags.contains(.possessive),
                           let owner = mentions.last(where: { $0.tokens.upperBound == i - 1 }), owner.kind == .name,
                           owner.actor.hasPrefix("actor:"), case let iso = String(owner.actor.dropFirst(6)),
                           let ci = lex.countryIndexByISO[iso], let rec = opposition(of: ci, noun: noun) {
                            add(i..<next, rec, .name, si)
                            i = next
                            continue
                        }
                        if definite || noun == "rebels", let rec = oppositionReferent(before: tokens[i].start, noun: noun) {
                            // (a name, as "the rebels" for a group named so: it speaks and takes part as one)
                            add(i..<next, rec, .name, si)
                            i = next
                            continue
                        }
                    }
                    // "the militants", "jihadists": kept only if the article names the armed group they stand for
                    if words.militantNouns.contains(noun) && gn.length == 1 {
                        add(i..<(i + 1), ActorRecord(id: MentionFinder.tentativeMilitants, name: gn.payload, type: "group", aliases: [], country: nil), .reference, si)
                        i += 1
                        continue
                    }
                }
                // "the group said": the armed group named last, when the actor named last of the kinds a
                // group may be is one and the article names no other armed group before (not "the group of …")
                if t.key == MentionFinder.kGroup, i > s.tokens.lowerBound, tokens[i - 1].key == kThe, i + 1 >= end || tokens[i + 1].key != kOf {
                    let before = t.start
                    var antecedent: Int? = nil
                    var nearest = -1
                    var armed = -1, twoArmed = false
                    // (the table held once: read through `self` in the closure, it was copied at every mention)
                    let table = actors
                    mentions.withUnsafeBufferPointer { ms in
                        for k in ms.indices {
                            guard ms[k].start < before, ms[k].kind == .name, let a = table.slot(of: ms[k].actor) else { continue }
                            let type = table.records[a].type
                            guard type == "armed_group" || type == "organization" || type == "group" || type == "media" else { continue }
                            if type == "armed_group" { if armed >= 0 && armed != a { twoArmed = true }; armed = a }
                            guard ms[k].start > nearest else { continue }
                            nearest = ms[k].start
                            antecedent = type == "armed_group" ? a : nil
                        }
                    }
                    if twoArmed { antecedent = nil }
                    if let a = antecedent { add(i..<(i + 1), slot: a, .reference, si) }
                    i += 1
                    continue
                }
                // "the organization", "the bloc": the organization named last
                // ("an alliance spokesman said": the spokesman of the alliance named before)
                if i > s.tokens.lowerBound, tokens[i - 1].key == kThe
                    || (tokens[i - 1].key == kA || tokens[i - 1].key == kAn) && i + 1 < end && words.spokesNouns.contains(tokens[i + 1].key),
                   orgReferences.contains(tokens[i].key) || mediaReferences.contains(tokens[i].key) {
                    let noun = doc.text(token: i).lowercased()
                    let media = mediaReferences.contains(tokens[i].key)
                    let specific = ["ministry", "department", "committee", "agency", "service"].contains(noun)
                    // the last such mention's record (mentions and records read in place, not copied)
                    let before = tokens[i].start
                    var antecedent: Int? = nil
                    // ("the alliance" after the "Northern Alliance" and then the Taliban: the body whose name holds the
                    // noun, else the last one named)
                    var last: Int? = nil
                    let table = actors
                    mentions.withUnsafeBufferPointer { ms in
                        for k in ms.indices.reversed() {
                            guard ms[k].start < before, ms[k].kind == .name, let a = table.slot(of: ms[k].actor) else { continue }
                            let found: Bool
                            if media { found = table.records[a].type == "media" }
                            else if specific { found = Lexicon.lowercasedContains(table.records[a].name, noun) || (noun == "ministry" && table.records[a].roles.contains("ministry")) }
                            else {
                                guard table.records[a].type == "organization" || table.records[a].type == "armed_group" else { continue }
                                if last == nil { last = a }
                                found = Lexicon.lowercasedContains(table.records[a].name, noun)
                            }
                            if found { antecedent = a; break }
                        }
                    }
                    if antecedent == nil { antecedent = last }
                    if let a = antecedent { add(i..<(i + 1), slot: a, .reference, si) }
                    i += 1
                    continue
                }
                i += 1
            }
        }
    }
}

/// `s.hasPrefix(prefix)` for a `prefix` in ASCII, on bytes where it can be: when the byte after the prefix
/// is ASCII too (or there is none), no combining mark joins the prefix's last Character, and byte equality
/// is Character equality. (`hasPrefix` compares Characters, at a cost in the per-mention path.)
@inline(__always) func hasASCIIPrefix(_ s: String, _ prefix: [UInt8]) -> Bool {
    let bytes = s.utf8
    if let r = bytes.withContiguousStorageIfAvailable({ b -> Bool? in
        guard b.count >= prefix.count else { return false }
        for k in prefix.indices where b[k] != prefix[k] { return false }
        return b.count == prefix.count || b[prefix.count] < 0x80 ? true : nil
    }), let known = r { return known }
    return s.hasPrefix(String(decoding: prefix, as: UTF8.self))
}

/// A lower-case ASCII identifier for a name: "Louay Safi" → "louay-safi".
public func slug(_ s: String) -> String {
    var copy = s
    return copy.withUTF8 { slug(bytes: $0) }
}

/// `slug` of UTF-8 bytes, written straight into the String's storage (at most three bytes out per byte
/// in: a dash and two hex digits), without an intermediate array.
func slug<C: Collection<UInt8>>(bytes: C) -> String {
    String(unsafeUninitializedCapacity: bytes.count * 3) { out in
        var n = 0
        var dash = false
        @inline(__always) func hex(_ v: UInt8) -> UInt8 { v < 10 ? 48 + v : 87 + v }  // 0-9 a-f
        for b in bytes {
            if isASCIILetter(b) || isASCIIDigit(b) {
                if dash && n > 0 { out[n] = 45; n += 1 }
                out[n] = asciiLower(b); n += 1; dash = false
            } else if b >= 0x80 {
                if dash && n > 0 { out[n] = 45; n += 1 }
                out[n] = hex(b >> 4); out[n + 1] = hex(b & 15); n += 2; dash = false
            } else {
                dash = true
            }
        }
        return n
    }
}
