/// The ontology compiled for matching: tries over token keys, built once and shared by all workers.
public final class Lexicon: Sendable {
    public enum NameKind: UInt8, Sendable { case name, adjective, demonym, capital }

    /// A gazetteer name; plain values only, so reading one in the trie's hot loop retains nothing.
    public struct NameEntry: Sendable {
        public var actor: Int32
        public var kind: NameKind
        /// Where the name's tokens start in `nameShapes` and `nameExact` (one entry per token).
        public var shapes: Int32
    }

    public enum VerbForm: UInt8, Sendable { case base, third, past, participle, ing, noun }

    public struct TriggerEntry: Sendable {
        public var eventType: Int32
        public var trigger: Int32
        public var form: VerbForm
    }

    public let ontology: Ontology
    public let names: PhraseTrie<NameEntry>
    /// Per token of each gazetteer name (`NameEntry.shapes`): 0 matches any case, 1 needs a capital,
    /// 2 needs the exact bytes (acronyms: US, IS), whose case-sensitive key is in `nameExact`.
    public let nameShapes: [UInt8]
    public let nameExact: [UInt64]
    public let triggers: PhraseTrie<TriggerEntry>
    public let speechVerbs: PhraseTrie<VerbForm>
    public let speechLemmas: PhraseTrie<String>
    public let beforeSpeaker: PhraseTrie<Bool>
    public let statementNouns: PhraseTrie<Bool>
    public let titles: PhraseTrie<String>
    public let titleModifiers: TokenKeySet
    public let roleNouns: PhraseTrie<String>
    public let stateNouns: PhraseTrie<String>
    public let groupNouns: PhraseTrie<String>
    public let groupQualifiers: PhraseTrie<String>
    public let institutions: PhraseTrie<String>
    public let institutionKinds: [String: String]
    /// "<state id> <institution kind>" → the gazetteer's actor that is that state's institution ("USA State
    /// Department" → state-department), so "America's State Department" is the node the ontology names.
    public let namedInstitutions: [String: Int]
    public let orgHeads: TokenKeySet
    public let armedHeads: TokenKeySet
    public let placeHeads: PhraseTrie<String>
    /// First names of the people the ontology knows: "Mark Vande Hei" is a person even without a title.
    public let givenNames: TokenKeySet
    public let contexts: [String: PhraseTrie<Bool>]
    /// The word lists of `lexicon/words.yaml` as token keys: the extractors read them in their loops.
    public let wordLists: [String: TokenKeySet]
    /// Surname key → person actors whose name ends with it.
    public let surnames: TokenKeyMap<[Int32]>
    /// Actor id → index in `ontology.actors`.
    public let actorIndex: [String: Int]
    /// Lower-cased place names (capitals and places), for datelines.
    public let placeNames: Set<String>
    public let countryIndexByISO: [String: Int]
    /// Spelling-variant key of a person's name or alias (`MentionFinder.personKey`) → the person.
    public let personByKey: [String: Int32]
    /// "foreign minister|RUS" → people who held the office (any time).
    public let titleHolders: [String: [Int]]

    /// Countries whose names put the family name first (Kim Jong Un → "Kim").
    public static let familyNameFirst: Set<String> = ["PRK", "KOR", "CHN", "TWN", "VNM", "KHM", "HKG", "MAC", "HUN"]

    public init(_ o: Ontology) {
        ontology = o
        // The gazetteer (every actor's names) is about half the work: it is built while the rest is.
        let (gazetteer, rest) = ParallelChunks.both({ Lexicon.gazetteer(o) }, { Lexicon.rest(o) })
        names = gazetteer.names
        nameShapes = gazetteer.shapes
        nameExact = gazetteer.exact
        surnames = gazetteer.surnames
        actorIndex = gazetteer.actorIndex
        placeNames = gazetteer.placeNames
        countryIndexByISO = rest.countryIndexByISO
        titleHolders = rest.titleHolders
        personByKey = rest.personByKey
        triggers = rest.triggers
        speechVerbs = rest.speechVerbs
        speechLemmas = rest.speechLemmas
        beforeSpeaker = rest.beforeSpeaker
        statementNouns = rest.statementNouns
        titles = rest.titles
        titleModifiers = rest.titleModifiers
        roleNouns = rest.roleNouns
        stateNouns = rest.stateNouns
        groupNouns = rest.groupNouns
        groupQualifiers = rest.groupQualifiers
        institutions = rest.institutions
        institutionKinds = o.institutionKinds
        namedInstitutions = Lexicon.namedInstitutions(o, gazetteer.actorIndex)
        orgHeads = rest.orgHeads
        armedHeads = rest.armedHeads
        placeHeads = rest.placeHeads
        givenNames = rest.givenNames
        contexts = rest.contexts
        wordLists = rest.wordLists
    }

    /// The word list `name` of `lexicon/words.yaml`, as token keys; empty when no file names it.
    public func words(_ name: String) -> TokenKeySet { wordLists[name] ?? TokenKeySet() }

    /// The tables built from every actor's names.
    struct Gazetteer {
        var names = PhraseTrie<NameEntry>()
        var shapes: [UInt8] = []
        var exact: [UInt64] = []
        var surnames = TokenKeyMap<[Int32]>()
        var actorIndex: [String: Int] = [:]
        var placeNames: Set<String> = []

        /// Adds a name to the trie, its tokens' case shapes to `shapes` and `exact`; gives its number of
        /// tokens and its first and last token keys (what `surnames` needs, without tokenizing it again).
        @discardableResult
        mutating func addName(_ name: String, _ actor: Int32, _ kind: NameKind) -> (count: Int, first: UInt64, last: UInt64) {
            var s = name
            return s.withUTF8 { p in
                let toks = Tokenizer.tokenize(p)
                guard let first = toks.first, let last = toks.last else { return (0, 0, 0) }
                let entry = NameEntry(actor: actor, kind: kind, shapes: Int32(shapes.count))
                for t in toks {
                    if t.flags.contains(.allCaps) || (t.isCapitalized && t.end - t.start == 1) {
                        shapes.append(2)
                    } else if t.isCapitalized {
                        shapes.append(1)
                    } else {
                        shapes.append(0)
                    }
                    exact.append(caseSensitiveKey(p, t))
                }
                names.insert(toks.lazy.map(\.key), entry)
                return (toks.count, first.key, last.key)
            }
        }
    }

    static func gazetteer(_ o: Ontology) -> Gazetteer {
        var g = Gazetteer()
        g.names.reserveCapacity(o.actors.count * 8)  // about the names and tokens the built-in ontology gives
        var surnames = TokenKeyMap<[Int32]>()
        var actorIndex: [String: Int] = [:]
        var placeNames: Set<String> = []
        var ownKeys: [(count: Int, first: UInt64, last: UInt64)] = []
        let indexed = o.actorPositionsHold
        // ("Salih Muslim" is met by his whole name: "Muslim neighborhoods", "Christian militias" name no one)
        let notSurnames = TokenKeySet(words: o.wordLists["not_surnames"] ?? [])
        for (i, a) in o.actors.enumerated() {
            if !indexed { actorIndex[a.id] = i }
            let idx = Int32(i)
            // unique(name + aliases + transliterations) starts with unique(name + aliases), the names
            // `surnames` reads: their token keys are kept from the trie's insertion
            let own = Lexicon.unique(a.name, a.aliases)
            let variants = a.type == "person" ? Lexicon.transliterations(a.name) : []
            ownKeys.removeAll(keepingCapacity: true)
            for n in variants.isEmpty ? own : Lexicon.unique(own + variants) {
                let k = g.addName(n, idx, .name)
                if ownKeys.count < own.count { ownKeys.append(k) }
            }
            for n in a.adjectives { g.addName(n, idx, .adjective) }
            for n in a.demonyms { g.addName(n, idx, .demonym) }
            if let c = a.capital { for n in Lexicon.unique(c, a.capitalAliases) { g.addName(n, idx, .capital) } }
            if a.type == "place" { placeNames.insert(a.name.lowercased()); for al in a.aliases { placeNames.insert(al.lowercased()) } }
            if let c = a.capital { placeNames.insert(c.lowercased()); for al in a.capitalAliases { placeNames.insert(al.lowercased()) } }
            if a.type == "person" {
                for (count, first, last) in ownKeys where count >= 2 {
                    if !notSurnames.contains(last), !surnames[last, default: []].contains(idx) {
                        surnames[last, default: []].append(idx)
                    }
                    if let c = a.country, Lexicon.familyNameFirst.contains(c), !surnames[first, default: []].contains(idx) {
                        surnames[first, default: []].append(idx)
                    }
                }
            }
        }
        g.surnames = surnames
        g.actorIndex = indexed ? o.actorPositions : actorIndex
        g.placeNames = placeNames
        return g
    }

    /// Every other table.
    struct Rest {
        var countryIndexByISO: [String: Int] = [:]
        var titleHolders: [String: [Int]] = [:]
        var personByKey: [String: Int32] = [:]
        var triggers = PhraseTrie<TriggerEntry>()
        var speechVerbs = PhraseTrie<VerbForm>()
        var speechLemmas = PhraseTrie<String>()
        var beforeSpeaker = PhraseTrie<Bool>()
        var statementNouns = PhraseTrie<Bool>()
        var titles = PhraseTrie<String>()
        var titleModifiers: TokenKeySet = []
        var roleNouns = PhraseTrie<String>()
        var stateNouns = PhraseTrie<String>()
        var groupNouns = PhraseTrie<String>()
        var groupQualifiers = PhraseTrie<String>()
        var institutions = PhraseTrie<String>()
        var orgHeads: TokenKeySet = []
        var armedHeads: TokenKeySet = []
        var placeHeads = PhraseTrie<String>()
        var givenNames: TokenKeySet = []
        var contexts: [String: PhraseTrie<Bool>] = [:]
        var wordLists: [String: TokenKeySet] = [:]
    }

    static func rest(_ o: Ontology) -> Rest {
        var r = Rest()
        var iso: [String: Int] = [:]
        for (i, a) in o.actors.enumerated() where a.type == "country" { iso[a.id] = i }
        r.countryIndexByISO = iso
        var holders: [String: [Int]] = [:]
        for (i, a) in o.actors.enumerated() where a.type == "person" {
            for t in a.titles {
                guard let c = t.country else { continue }
                let k = t.title + "|" + c
                if holders[k]?.last != i { holders[k, default: []].append(i) }
            }
        }
        r.titleHolders = holders
        var byKey: [String: Int32] = [:]
        byKey.reserveCapacity(o.actors.count * 2)  // (about the built-in ontology's person names)
        for (i, a) in o.actors.enumerated() where a.type == "person" {
            Lexicon.forEachName(of: a) { n in
                guard Lexicon.contains(n, " ") else { return }
                let k = MentionFinder.personKey(n)
                if byKey[k] == nil { byKey[k] = Int32(i) }
            }
        }
        r.personByKey = byKey

        var triggers = PhraseTrie<TriggerEntry>()
        for (ti, t) in o.eventTypes.enumerated() {
            for (ri, tr) in t.triggers.enumerated() {
                for phrase in tr.phrases {
                    if tr.isVerb {
                        for (form, f) in Lexicon.inflections(phrase, o.irregularVerbs) {
                            triggers.insert(Tokenizer.keys(form), TriggerEntry(eventType: Int32(ti), trigger: Int32(ri), form: f))
                        }
                    } else {
                        triggers.insert(Tokenizer.keys(phrase), TriggerEntry(eventType: Int32(ti), trigger: Int32(ri), form: .noun))
                    }
                }
            }
        }
        r.triggers = triggers

        var sv = PhraseTrie<VerbForm>()
        var sl = PhraseTrie<String>()
        for v in o.speech.verbs {
            for (form, f) in Lexicon.inflections(v, o.irregularVerbs) {
                sv.insert(Tokenizer.keys(form), f)
                sl.insert(Tokenizer.keys(form), v)
            }
        }
        r.speechVerbs = sv
        r.speechLemmas = sl
        r.beforeSpeaker = Lexicon.set(o.speech.beforeSpeaker)
        r.statementNouns = Lexicon.set(o.speech.statementNouns)
        var tt = PhraseTrie<String>()
        for t in o.titles { tt.insert(Tokenizer.keys(t), t.lowercased()) }
        r.titles = tt
        r.titleModifiers = TokenKeySet(words: o.titleModifiers)
        r.roleNouns = Lexicon.named(o.roleNouns)
        r.stateNouns = Lexicon.named(o.stateNouns)
        r.groupNouns = Lexicon.named(o.groupNouns)
        r.groupQualifiers = Lexicon.named(o.groupQualifiers)
        r.institutions = Lexicon.named(o.institutions)
        r.orgHeads = TokenKeySet(words: o.orgHeads)
        r.armedHeads = TokenKeySet(words: o.armedHeads)
        r.placeHeads = Lexicon.named(o.placeHeads)
        var given: TokenKeySet = []
        let notGiven: Set<String> = ["al", "el", "abu", "bin", "ibn", "de", "van", "von", "mullah", "sheikh", "king", "prince", "emir", "general", "the"]
        for a in o.actors where a.type == "person" {
            Lexicon.forEachName(of: a) { n in
                if isPlainASCII(n) {
                    // one byte a Character: the test below on bytes, without splitting the whole name; the
                    // first word starts with a capital, so its key is `Tokenizer.word`'s (no String made)
                    var name = n
                    let key = name.withUTF8 { u -> UInt64? in
                        guard let s = u.firstIndex(where: { $0 != 32 }) else { return nil }
                        let e = u[s...].firstIndex(of: 32) ?? u.count
                        guard u[e...].contains(where: { $0 != 32 }) else { return nil }
                        let f = UnsafeBufferPointer(rebasing: u[s..<e])
                        // (no word of `notGiven` has more than 7 letters)
                        guard f.count >= 3, isASCIIUpper(f[0]), !f.contains(46),
                              f.count > 7 || !notGiven.contains(String(decoding: f.map(asciiLower), as: UTF8.self)) else { return nil }
                        return Tokenizer.word(f, 0, f.count, .upper).0.key
                    }
                    if let key { given.insert(key) }
                    return
                }
                guard let first = n.split(separator: " ").first, n.split(separator: " ").count >= 2 else { return }
                let f = String(first)
                if f.count >= 3, !notGiven.contains(f.lowercased()), f.first?.isUppercase == true, !f.contains(".") { given.insert(Tokenizer.key(f)) }
            }
        }
        // the given names of `words.yaml`'s `given_names`, common in news of many regions
        for n in o.wordLists["given_names"] ?? [] { given.insert(Tokenizer.key(n)) }
        // a given name that is also a place or organization name is not evidence of a person
        for a in o.actors where a.type != "person" { given.remove(Tokenizer.key(a.name)) }
        r.givenNames = given
        var ctx: [String: PhraseTrie<Bool>] = [:]
        // ("not_armed_words_except": phrases that, where they stand, hold no term of "not_armed_words")
        for (k, v) in o.contexts {
            var t = Lexicon.set(v)
            for p in o.contexts[k + "_except"] ?? [] { t.insert(Tokenizer.keys(p), false) }
            ctx[k] = t
        }
        r.contexts = ctx
        r.wordLists = o.wordLists.mapValues { TokenKeySet(words: $0) }
        return r
    }

    /// `Set(names)` in first-seen order: the same names, added to the tries in an order that does not
    /// change from run to run (a Set's does). A short list is searched, a long one (an actor with dozens of
    /// aliases) hashed into a Set: comparing each name with every one before it cost 42 k String comparisons
    /// at start-up. (A Set finds a String by the same equality `==` tests.)
    static func unique(_ names: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(names.count)
        if names.count <= 8 {
            for n in names where !out.contains(n) { out.append(n) }
        } else {
            var seen = Set<String>(minimumCapacity: names.count)
            for n in names where seen.insert(n).inserted { out.append(n) }
        }
        return out
    }

    /// `unique([first] + rest)`, without making the joined array.
    static func unique(_ first: String, _ rest: [String]) -> [String] {
        var out = [first]
        out.reserveCapacity(rest.count + 1)
        if rest.count < 8 {
            for n in rest where !out.contains(n) { out.append(n) }
        } else {
            var seen = Set<String>(minimumCapacity: rest.count + 1)
            seen.insert(first)
            for n in rest where seen.insert(n).inserted { out.append(n) }
        }
        return out
    }

    /// `body` on an actor's name, then on each of its aliases (what `[a.name] + a.aliases` lists, without the array).
    @inline(__always)
    static func forEachName(of a: ActorEntry, _ body: (String) -> Void) {
        body(a.name)
        for n in a.aliases { body(n) }
    }

    /// Foundation's `s.contains(t)`; a byte search when both are plain ASCII, which has no canonical
    /// equivalents (the same answer without bridging to CFString).
    static func contains(_ s: String, _ t: String) -> Bool {
        if isPlainASCII(s) && isPlainASCII(t) && !t.isEmpty { return utf8Contains(s, t) }
        return s.contains(t)
    }

    /// `contains(s.lowercased(), word)` for a lower-case ASCII `word`: on bytes, lower-casing as it goes,
    /// when `s` is plain ASCII (its `lowercased()` is then the ASCII one), without making the String.
    static func lowercasedContains(_ s: String, _ word: String) -> Bool {
        guard isPlainASCII(s), isPlainASCII(word), !word.isEmpty else { return contains(s.lowercased(), word) }
        // (a capital in `word` is in no lower-cased text; otherwise folding `word` too changes nothing)
        return !word.utf8.contains(where: isASCIIUpper) && asciiContainsIgnoringCase(s, word)
    }

    /// Foundation's `s.replacingOccurrences(of: target, with: replacement)`; on bytes when all three are
    /// plain ASCII (a literal search, left to right, as Foundation's), without bridging.
    static func replacing(_ s: String, _ target: String, with replacement: String) -> String {
        guard isPlainASCII(s), isPlainASCII(target), isPlainASCII(replacement), !target.isEmpty else {
            return s.replacingOccurrences(of: target, with: replacement)
        }
        let h = Array(s.utf8), t = Array(target.utf8), r = Array(replacement.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(h.count + r.count)
        var i = 0
        while i < h.count {
            if i + t.count <= h.count && h[i] == t[0] && h[i..<(i + t.count)].elementsEqual(t) {
                out += r
                i += t.count
            } else {
                out.append(h[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func set(_ phrases: [String]) -> PhraseTrie<Bool> {
        var t = PhraseTrie<Bool>()
        for p in phrases { t.insert(Tokenizer.keys(p), true) }
        return t
    }

    /// See `namedInstitutions`: an organization of a state one of whose names is an institution, bare or
    /// after the state's name, possessive or adjective ("Foreign Office", "Taiwan's Ministry of National Defense").
    static func namedInstitutions(_ o: Ontology, _ actorIndex: [String: Int]) -> [String: Int] {
        let institutions = Set(o.institutions)
        // Names are read as bytes: a hash of a name's last word rules out most of them (no institution ends
        // so), and a hash of each of its word-initial suffixes finds the institution it may end in; only then
        // is a String made and what stands before the institution compared with the state's prefixes.
        func suffixKey(_ p: UnsafeBufferPointer<UInt8>, from b: Int) -> UInt64 { fnvBytes(p[b...]) }
        func lastWordStart(_ p: UnsafeBufferPointer<UInt8>) -> Int {
            var b = p.count
            while b > 0 && p[b - 1] != 32 { b -= 1 }
            return b
        }
        var lastWords = TokenKeySet(), wholes = TokenKeySet()
        for var inst in o.institutions {
            inst.withUTF8 { p in
                lastWords.insert(suffixKey(p, from: lastWordStart(p)))
                wholes.insert(suffixKey(p, from: 0))
            }
        }
        var out: [String: Int] = [:]
        // (the actors' fields read in place: a copy of each entry retained and released all of them)
        for i in o.actors.indices where o.actors[i].type == "organization" || o.actors[i].type == "government" {
            guard let c = o.actors[i].country else { continue }
            var prefixes: [String]? = nil
            for k in -1..<o.actors[i].aliases.count {
                var n = k < 0 ? o.actors[i].name : o.actors[i].aliases[k]
                // the byte offsets where an institution may start: the name's start or a word's
                let starts = n.withUTF8 { p -> [Int] in
                    guard lastWords.contains(suffixKey(p, from: lastWordStart(p))) else { return [] }
                    return (0..<p.count).filter { ($0 == 0 || p[$0 - 1] == 32) && wholes.contains(suffixKey(p, from: $0)) }
                }
                for b in starts {
                    if prefixes == nil {
                        guard let ci = actorIndex[c] else { break }
                        let state = o.actors[ci]
                        prefixes = [""] + state.adjectives.map { $0 + " " } + [state.name + " ", state.name + "'s "]
                    }
                    let at = n.utf8.index(n.utf8.startIndex, offsetBy: b)
                    let rest = String(n[at...])
                    guard institutions.contains(rest), prefixes!.contains(String(n[..<at])) else { continue }
                    let key = c + " " + (o.institutionKinds[rest] ?? rest)
                    if out[key] == nil { out[key] = i }
                }
            }
        }
        return out
    }

    static func named(_ phrases: [String]) -> PhraseTrie<String> {
        var t = PhraseTrie<String>()
        for p in phrases { t.insert(Tokenizer.keys(p), p) }
        return t
    }

    @inline(__always)
    static func caseSensitiveKey(_ p: UnsafeBufferPointer<UInt8>, _ t: Token) -> UInt64 {
        fnvBytes(UnsafeBufferPointer(rebasing: p[t.start..<t.end]))
    }

    /// Spelling variants of transliterated names: Sergei/Sergey, Aleksandr/Alexander, Mohammed/Muhammad.
    static let transliterationGroups: [[String]] = [
        ["Sergei", "Sergey"], ["Aleksandr", "Alexander", "Alexandr"], ["Aleksei", "Alexei", "Alexey", "Aleksey"],
        ["Mohammed", "Muhammad", "Mohammad", "Mohamed", "Muhammed"], ["Yuri", "Yury", "Yuriy"],
        ["Nikolai", "Nikolay"], ["Andrei", "Andrey"], ["Dmitry", "Dmitri", "Dmitriy"], ["Mikhail", "Michael"],
        ["Valery", "Valeri", "Valeriy"], ["Yevgeny", "Evgeny", "Yevgeniy"], ["Vasily", "Vasiliy"],
        ["Anatoly", "Anatoliy"], ["Arkady", "Arkadiy"], ["Gennady", "Gennadiy"], ["Vitaly", "Vitaliy"],
    ]
    /// Spelling → its group in `transliterationGroups` (each spelling is in one group).
    static let transliterationGroup: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, g) in transliterationGroups.enumerated() { for w in g { m[w] = i } }
        return m
    }()

    /// FNV-1a hashes of the spellings in `transliterationGroups`, bytes as they are.
    static let transliterationHashes: Set<UInt64> = Set(transliterationGroup.keys.map(exactFNV))

    /// Whether a plain-ASCII name has a space-separated part that may be a spelling of
    /// `transliterationGroups` (by hash) or holds ` al-`/` el-`: most names have neither, and then have no
    /// variants, without splitting them into Strings.
    static func mayHaveTransliterations(_ name: String) -> Bool {
        var s = name
        return s.withUTF8 { u in
            var i = 0
            while i < u.count {
                let start = i
                while i < u.count, u[i] != 32 { i += 1 }
                if i > start, transliterationHashes.contains(fnvBytes(UnsafeBufferPointer(rebasing: u[start..<i]))) { return true }
                if i + 3 < u.count, u[i + 1] == 97 || u[i + 1] == 101, u[i + 2] == 108, u[i + 3] == 45 { return true }
                i += 1
            }
            return false
        }
    }

    static func transliterations(_ name: String) -> [String] {
        var out: [String] = []
        let ascii = isPlainASCII(name)
        if ascii && !mayHaveTransliterations(name) { return out }
        let parts = ascii ? name.utf8.split(separator: 32).map { String(decoding: $0, as: UTF8.self) } : name.split(separator: " ").map(String.init)
        for (i, p) in parts.enumerated() {
            if let gi = transliterationGroup[p] {
                for alt in transliterationGroups[gi] where alt != p {
                    var q = parts
                    q[i] = alt
                    out.append(q.joined(separator: " "))
                }
            }
        }
        // al-/el-/al prefixes
        for prefix in ["al-", "el-"] where Lexicon.contains(name, " " + prefix) {
            for alt in ["al-", "el-", "al ", ""] where alt != prefix {
                out.append(Lexicon.replacing(name, " " + prefix, with: " " + alt))
            }
        }
        return out
    }

    /// The inflected forms of a verb phrase (the first word is inflected).
    static func inflections(_ phrase: String, _ irregular: [String: [String]]) -> [(String, VerbForm)] {
        let parts = phrase.split(separator: " ", maxSplits: 1).map(String.init)
        let v = parts[0]
        let rest = parts.count > 1 ? " " + parts[1] : ""
        var forms: [(String, VerbForm)] = [(v, .base)]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = v.last ?? " "
        let beforeLast = v.count >= 2 ? v[v.index(v.endIndex, offsetBy: -2)] : " "
        if v.hasSuffix("s") || v.hasSuffix("sh") || v.hasSuffix("ch") || v.hasSuffix("x") || v.hasSuffix("z") || v.hasSuffix("o") {
            forms.append((v + "es", .third))
        } else if last == "y" && !vowels.contains(beforeLast) {
            forms.append((String(v.dropLast()) + "ies", .third))
        } else {
            forms.append((v + "s", .third))
        }
        if last == "e" {
            forms.append((v + "d", .past))
            forms.append((v.hasSuffix("ee") ? v + "ing" : String(v.dropLast()) + "ing", .ing))
        } else if last == "y" && !vowels.contains(beforeLast) {
            forms.append((String(v.dropLast()) + "ied", .past))
            forms.append((v + "ing", .ing))
        } else {
            forms.append((v + "ed", .past))
            forms.append((v + "ing", .ing))
        }
        if let irr = irregular[v] {
            // irregular lists replace regular -ed forms when they give past forms
            let hasPast = irr.contains { !$0.hasSuffix("ing") }
            if hasPast { forms.removeAll { $0.1 == .past } }
            for (i, f) in irr.enumerated() {
                if f.hasSuffix("ing") { forms.append((f, .ing)) } else { forms.append((f, i == 0 ? .past : .participle)) }
            }
        }
        return forms.map { ($0.0 + rest, $0.1) }
    }

    /// Whether the sentence contains a term of the named context lexicon.
    public func sentenceHas(_ context: String, _ tokens: ArraySlice<Token>) -> Bool {
        guard let trie = contexts[context] else { return true }
        return trie.occurs(in: tokens)
    }
}
