import Foundation
import Yams

/// The tool's knowledge, read from the YAML files of `ontology/`: event types with their triggers and
/// role frames, lexicons, and actors. Users extend it without recompiling (`--ontology DIR`); a copy is
/// embedded in the binary so kgbuild runs from any directory.
public struct Ontology: Sendable {
    public var eventTypes: [EventTypeDefinition] = []
    public var actors: [ActorEntry] = []
    /// Named term lists from `lexicon/context.yaml` (`weapons`, `attack_words`, ...).
    public var contexts: [String: [String]] = [:]
    /// Named word lists from `lexicon/words.yaml` that the extraction rules read (`stance_verbs`,
    /// `charge_nouns`, ...): vocabulary a user extends without recompiling.
    public var wordLists: [String: [String]] = [:]
    public var speech = SpeechLexicon()
    public var titles: [String] = []
    public var titleModifiers: [String] = []
    public var roleNouns: [String] = []
    public var stateNouns: [String] = []
    public var groupNouns: [String] = []
    public var groupQualifiers: [String] = []
    public var institutions: [String] = []
    /// Spelling of an institution → the spelling its id is made from, so one state body is one node.
    public var institutionKinds: [String: String] = [:]
    public var orgHeads: [String] = []
    public var armedHeads: [String] = []
    public var placeHeads: [String] = []
    public var irregularVerbs: [String: [String]] = [:]
    /// A hash of every file's bytes: identifies the ontology version (for caches and `--version`).
    public var fingerprint: UInt64 = 0
    var actorPositions: [String: Int] = [:]
    /// Whether `actorPositions` is every actor's position (`add` keeps it so; `actors` is public, so it is
    /// checked rather than trusted): then tables keyed by actor id can take it instead of building their own.
    var actorPositionsHold: Bool {
        actorPositions.count == actors.count && actors.indices.allSatisfy { actorPositions[actors[$0].id] == $0 }
    }
    /// Actors whose id was given twice, with where it was first defined.
    var duplicates: [(ActorEntry, String)] = []

    public init() {}
}

public struct SpeechLexicon: Sendable {
    public var verbs: [String] = []
    public var statementNouns: [String] = []
    public var beforeSpeaker: [String] = []
    public var negativeVerbs: [String] = []
    public var positiveVerbs: [String] = []
}

public struct EventTypeDefinition: Sendable {
    public var type: String
    public var cameo: String
    public var plover: String
    public var roles: [String]
    /// slot (subject, object, possessor, or a preposition) → role; nil role means "not an argument".
    public var frame: [String: String?]
    public var triggers: [TriggerDefinition]
    /// role → actor types it accepts; a role not listed accepts any actor.
    public var roleTypes: [String: [String]] = [:]
    public var definition: String = ""
    public var origin: String = ""
    /// Its `flags`, what the extraction rules know of the type beyond its frame (ontology/README.md, "Event
    /// type flags"): it happens at a place (`physical`); "both sides" names its first role (`pair_phrase`); it
    /// judges other events, "condemned the strikes" (`judges_events`); it is talks between parties (`talks`);
    /// it is talks that failed, whose parties and mediators may be told in other sentences (`failed_talks`);
    /// it is a statement or commitment, whose clause's place is its matter's, not where it happened (`placeless`);
    /// its roles are two sides, one acting against the other (`two_sided`); it is armed violence (`armed_attack`);
    /// it is taken or done by force, so a planned one has not happened (`forcible`); it is an attack foiled
    /// (`foiled_attack`); it is a meeting of its parties (`meeting`); it is weapons changing hands (`weapons_transfer`).
    public var physical = false
    public var pairPhrase = false
    public var judgesEvents = false
    public var talks = false
    public var failedTalks = false
    public var placeless = false
    public var twoSided = false
    public var armedAttack = false
    public var forcible = false
    public var foiledAttack = false
    public var meeting = false
    public var weaponsTransfer = false
    /// The role naming the other side of a deal (`counter_role`): mentions with different ones are different deals.
    public var counterRole: String?
    /// Nouns that tell no event of the type but name one told before (`anaphors`): "condemned the killings".
    public var anaphors: [String] = []
}

public struct TriggerDefinition: Sendable {
    public var phrases: [String]
    public var isVerb: Bool
    public var requires: String?
    /// Lexicons whose terms in the sentence cancel the trigger: each names one other sense of its words
    /// (drills, sport, the screen, markets), so a type picks the senses it can meet.
    public var unless: [String] = []
    /// A place named as the trigger's object meets `requires` too ("retook Ramadi": the place is the territory).
    public var placeObjectMeetsRequires = false
    /// A lexicon (context.yaml) a term of which must open the trigger's object, past a count ("fired more than 100
    /// rockets at X": `munition_words`); that object is then no argument, and the roles are read after it.
    public var objectWords: String? = nil
    /// The fewest distinct actors an event of the trigger needs ("visited the town": one visitor is no meeting).
    public var minActors = 0
    /// The trigger counts only as the verdict a naming verb passes on a deed or stance ("called Y's move
    /// reckless", "described the step as dangerous"): the words are too common to judge anything alone.
    public var namedOnly = false
    public var notBefore: [String]
    public var notAfter: [String]
    public var frame: [String: String?]
    /// `file:line` of the trigger list, reported as the rule that fired.
    public var origin: String
}

public struct DatedTitle: Sendable, Hashable {
    public var title: String
    public var country: String?
    public var from: PartialDate?
    public var to: PartialDate?
    /// The international body the title is held in (`org`: "un", "osce"), if any.
    public var org: String? = nil

    /// Whether the role was held on `date` (unknown dates count as held).
    public func holds(on date: PartialDate?) -> Bool {
        guard let d = date, d.year != nil else { return true }
        if let f = from, d < f, !(d.year == f.year && d.month == nil) { return false }
        if let t = to, t < d, !(d.year == t.year && d.month == nil) { return false }
        return true
    }
}

public struct ActorEntry: Sendable {
    public var id: String
    public var name: String
    public var type: String
    public var aliases: [String] = []
    public var country: String?
    public var adjectives: [String] = []
    public var demonyms: [String] = []
    public var capital: String?
    public var capitalAliases: [String] = []
    /// The city a seat of government stands in ("Kremlin": Moscow): "talks in the Kremlin" took place there.
    public var seat: String?
    public var titles: [DatedTitle] = []
    public var org: String?
    public var origin: String = ""
}

/// A problem in an ontology file, with its position, so users can fix their own additions.
public struct OntologyError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String
    /// Warnings (an alias two actors claim, a merged duplicate) are reported by `ontology check` but do not stop a run.
    public var isWarning = false
    public init(file: String, line: Int, message: String, isWarning: Bool = false) {
        self.file = file
        self.line = line
        self.message = message
        self.isWarning = isWarning
    }
    public var description: String { "\(file):\(line): \(isWarning ? "warning: " : "")\(message)" }
}

extension Ontology {
    static let actorTypes: Set<String> = ["country", "organization", "person", "armed_group", "media", "group", "government", "place"]

    /// The built-in ontology, with the user's YAML files in `directory` laid over it: a user file adds
    /// actors, aliases, triggers and event types, and an entry with a built-in id or type extends it.
    public static func load(directory: String? = nil) throws -> Ontology {
        var o = try builtIn.value()
        if let dir = directory {
            let user = try parse(files: try readFiles(in: dir))
            o.overlay(user)
        }
        if let first = o.problems(warnings: false).first { throw first }
        return o
    }

    /// Every problem of the built-in ontology with the user's files laid over it, as `file:line: message`.
    public static func check(directory: String? = nil) -> [OntologyError] {
        var out: [OntologyError] = []
        var o = (try? builtIn.value()) ?? Ontology()
        if let dir = directory {
            do {
                let files = try readFiles(in: dir)
                var user = Ontology()
                for f in files {
                    do {
                        let read = try parse(files: [f])
                        out += unknownWordLists(read, in: f, known: o)
                        user.overlay(read)
                    } catch let e as OntologyError { out.append(e) } catch {
                        out.append(OntologyError(file: f.0, line: 0, message: "\(error)"))
                    }
                }
                o.overlay(user)
            } catch let e as OntologyError { out.append(e) } catch {}
        }
        return out + o.problems()
    }

    /// A warning for each word list of a user's file that no rule reads (a list the built-in ontology `known`
    /// does not name: "stance_verb" for "stance_verbs"), at the line that names it.
    static func unknownWordLists(_ read: Ontology, in file: (String, String), known: Ontology) -> [OntologyError] {
        read.wordLists.keys.filter { known.wordLists[$0] == nil }.sorted().map { name in
            let line = file.1.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(name + ":") }.map { $0 + 1 } ?? 0
            return OntologyError(file: file.0, line: line, message: "word list '\(name)' is read by no rule; its words are not used", isWarning: true)
        }
    }

    /// Starts parsing the built-in files on another thread, once; `load` and `check` wait for that parse.
    /// The command line calls it first thing, so that the parse overlaps what comes before `load` (reading
    /// the arguments: 23 M instructions on the main thread).
    public static func startLoadingBuiltIn() { _ = builtIn }

    private static let builtIn = BuiltInParse()

    /// The built-in files parsed on a thread of their own.
    private final class BuiltInParse: @unchecked Sendable {
        private let done = DispatchGroup()
        private var result: Result<Ontology, any Error>?

        init() {
            done.enter()
            // (a queue of its own, so a thread of its own: callers that wait for the parse on the shared
            // threads never leave it without one; its parallel loop runs on the calling thread too)
            DispatchQueue(label: "kgbuild.ontology").async { [self] in
                result = Result { try Ontology.parse(files: EmbeddedOntology.files, trees: Ontology.embeddedTree,
                                                     knownFingerprint: EmbeddedOntology.fingerprint) }
                done.leave()
            }
        }

        func value() throws -> Ontology {
            done.wait()
            return try result!.get()
        }
    }

    static func readFiles(in dir: String) throws -> [(String, String)] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue, let e = fm.enumerator(atPath: dir) else {
            throw OntologyError(file: dir, line: 0, message: "not a readable directory")
        }
        var names: [String] = []
        while let n = e.nextObject() as? String {
            if n.hasSuffix(".yaml") || n.hasSuffix(".yml") { names.append(n) }
        }
        return try names.sorted().map { n in
            let path = dir.hasSuffix("/") ? dir + n : dir + "/" + n
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw OntologyError(file: path, line: 0, message: "cannot read the file as UTF-8")
            }
            return (n, text)
        }
    }

    /// Parses ontology files given as (relative path, text); the file name decides what a file holds
    /// (`event_types.yaml`, `actors/*.yaml`, `lexicon/context.yaml`, `words.yaml`, `speech.yaml`, `titles.yaml`,
    /// `groups.yaml`, `irregular_verbs.yaml`). Lists add up across files.
    public static func load(files: [(String, String)]) throws -> Ontology {
        let o = try parse(files: files)
        if let first = o.problems(warnings: false).first { throw first }
        return o
    }

    /// The built-in file `name`'s tree, from the events its generator wrote; nil: parse its text.
    @Sendable static func embeddedTree(_ name: String) -> YAMLTree? {
        guard let i = EmbeddedOntology.files.firstIndex(where: { $0.0 == name }), let events = EmbeddedOntology.trees[i] else { return nil }
        return YAMLTree.precomposed(EmbeddedOntology.files[i].1, events: events)
    }

    /// FNV-1a over the files sorted by name, every byte of each name and text as it is: the cache's key, so an
    /// edit that only changes case (an alias in capitals) changes it too.
    static func fingerprint(_ sorted: [(String, String)]) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for (name, text) in sorted {
            var name = name, text = text  // contiguous bytes: a tight loop
            h = name.withUTF8 { fnvBytes($0, continuing: h) }
            h = text.withUTF8 { fnvBytes($0, continuing: h) }
        }
        return h
    }

    /// `trees` gives the tree of a file already composed (the built-in ones), else its text is composed;
    /// `knownFingerprint`, the files' `fingerprint` when the generator worked it out.
    static func parse(files: [(String, String)], trees: @Sendable (String) -> YAMLTree? = { _ in nil },
                      knownFingerprint: UInt64? = nil) throws -> Ontology {
        var o = Ontology()
        let files = files.sorted(by: { $0.0 < $1.0 })
        // Composing the YAML and reading actors and event types is most of the work and each file is
        // independent: files are read in parallel (largest first), then added in name order, so the
        // result and the first error reported are those of reading them one by one.
        let order = files.indices.sorted { (files[$0].1.utf8.count, $1) > (files[$1].1.utf8.count, $0) }
        func readAll() -> [FileRead] {
            ParallelChunks.each(order.count, jobs: ProcessInfo.processInfo.activeProcessorCount, minimumChunk: 1) { i in
                readFile(files[order[i]].0, files[order[i]].1, tree: trees(files[order[i]].0))
            }
        }
        // (not inside `both` when the fingerprint is known: Dispatch runs a parallel loop nested in
        // another one on the calling thread alone, so the built-in files were read on one core)
        let (read, fingerprint) = knownFingerprint.map { (readAll(), $0) }
            ?? ParallelChunks.both(readAll, { Self.fingerprint(files) })
        var byFile = [FileRead](repeating: .empty, count: files.count)
        var actorCount = 0
        for (k, i) in order.enumerated() {
            byFile[i] = read[k]
            if case .actors(let a) = read[k] { actorCount += a.count }
        }
        o.actors.reserveCapacity(actorCount)
        o.actorPositions.reserveCapacity(actorCount)
        for (i, (name, _)) in files.enumerated() {
            switch byFile[i] {
            case .empty: continue
            case .failed(let e): throw e
            case .eventTypes(let ts): for t in ts { o.add(t) }
            case .actors(let actors): for a in actors { o.add(a) }
            case .tree(let tree, let root): try o.addLexicon(name, YAMLReader(file: name, tree: tree), root)
            }
        }
        o.fingerprint = fingerprint
        return o
    }

    /// One file composed, and read when it holds actors or event types.
    enum FileRead: Sendable {
        case empty
        case failed(OntologyError)
        case eventTypes([EventTypeDefinition])
        case actors([ActorEntry])
        case tree(YAMLTree, Int32)
    }

    /// Composes one file and reads what it holds when that is actors or event types; the file name
    /// decides (`event_types.yaml`, `actors/*.yaml`; the lexicon files are read by `addLexicon`).
    static func readFile(_ name: String, _ text: String, tree composed: YAMLTree? = nil) -> FileRead {
        let tree: YAMLTree
        do { tree = try composed ?? YAMLTree.compose(text) } catch {
            return .failed(OntologyError(file: name, line: lineOf(error), message: "invalid YAML: \(error)"))
        }
        guard let root = tree.root else { return .empty }
        let reader = YAMLReader(file: name, tree: tree)
        let base = (name as NSString).lastPathComponent
        do {
            if base == "event_types.yaml" || base.hasSuffix("event_types.yaml") {
                return .eventTypes(try reader.eventTypes(root))
            } else if name.contains("actors/") || base.hasPrefix("actors") {
                if base == "country_extras.yaml" { return .empty }  // merged into countries.yaml by its generator
                return .actors(try reader.actors(root))
            }
        } catch let e as OntologyError {
            return .failed(e)
        } catch {
            return .failed(OntologyError(file: name, line: 0, message: "\(error)"))
        }
        return .tree(tree, root)
    }

    /// Adds a lexicon file (`lexicon/context.yaml`, `words.yaml`, `speech.yaml`, `titles.yaml`, `groups.yaml`,
    /// `irregular_verbs.yaml`); other files add nothing. Lists add up across files.
    mutating func addLexicon(_ name: String, _ reader: YAMLReader, _ root: Int32) throws {
        let base = (name as NSString).lastPathComponent
        if base == "context.yaml" {
            for (k, v) in try reader.mapping(root) { contexts[k, default: []] += try reader.strings(v) }
        } else if base == "words.yaml" {
            for (k, v) in try reader.mapping(root) { wordLists[k, default: []] += try reader.strings(v) }
        } else if base == "speech.yaml" {
            let m = try reader.fields(root)
            speech.verbs += try reader.strings(m["verbs"])
            speech.statementNouns += try reader.strings(m["statement_nouns"])
            speech.beforeSpeaker += try reader.strings(m["before_speaker"])
            speech.negativeVerbs += try reader.strings(m["negative_verbs"])
            speech.positiveVerbs += try reader.strings(m["positive_verbs"])
        } else if base == "titles.yaml" {
            let m = try reader.fields(root)
            titles += try reader.strings(m["titles"])
            titleModifiers += try reader.strings(m["modifiers"])
            roleNouns += try reader.strings(m["role_nouns"])
        } else if base == "groups.yaml" {
            let m = try reader.fields(root)
            stateNouns += try reader.strings(m["state_nouns"])
            groupNouns += try reader.strings(m["group_nouns"])
            groupQualifiers += try reader.strings(m["qualifiers"])
            institutions += try reader.strings(m["institutions"])
            if let kinds = m["institution_kinds"] {
                for (canonical, v) in try reader.mapping(kinds) {
                    let spellings = try reader.strings(v)
                    institutions += spellings
                    for s in spellings { institutionKinds[s] = canonical }
                }
            }
            orgHeads += try reader.strings(m["org_heads"])
            armedHeads += try reader.strings(m["armed_heads"])
            placeHeads += try reader.strings(m["place_heads"])
        } else if base == "irregular_verbs.yaml" {
            for (k, v) in try reader.mapping(root) { irregularVerbs[k] = try reader.strings(v) }
        }
    }

    /// Adds an actor; one with an id already present extends it (aliases, titles, missing fields).
    mutating func add(_ a: ActorEntry) {
        if let i = actorPositions[a.id] {
            var e = actors[i]
            for al in a.aliases where !e.aliases.contains(al) { e.aliases.append(al) }
            for al in a.adjectives where !e.adjectives.contains(al) { e.adjectives.append(al) }
            for al in a.demonyms where !e.demonyms.contains(al) { e.demonyms.append(al) }
            e.titles += a.titles
            if a.name != e.name { e.aliases.append(a.name) }
            e.country = a.country ?? e.country
            e.capital = a.capital ?? e.capital
            e.seat = a.seat ?? e.seat
            actors[i] = e
            duplicates.append((a, e.origin))
        } else {
            actorPositions[a.id] = actors.count
            actors.append(a)
        }
    }

    /// Adds an event type; one already present gets the new triggers, roles and frame entries.
    mutating func add(_ t: EventTypeDefinition) {
        if let i = eventTypes.firstIndex(where: { $0.type == t.type }) {
            var e = eventTypes[i]
            e.triggers += t.triggers
            for r in t.roles where !e.roles.contains(r) { e.roles.append(r) }
            for (k, v) in t.frame { e.frame[k] = v }
            for (k, v) in t.roleTypes { e.roleTypes[k] = v }
            if !t.cameo.isEmpty { e.cameo = t.cameo }
            if !t.plover.isEmpty { e.plover = t.plover }
            if !t.definition.isEmpty { e.definition = t.definition }
            e.physical = e.physical || t.physical
            e.pairPhrase = e.pairPhrase || t.pairPhrase
            e.judgesEvents = e.judgesEvents || t.judgesEvents
            e.talks = e.talks || t.talks
            e.failedTalks = e.failedTalks || t.failedTalks
            e.placeless = e.placeless || t.placeless
            e.twoSided = e.twoSided || t.twoSided
            e.armedAttack = e.armedAttack || t.armedAttack
            e.forcible = e.forcible || t.forcible
            e.foiledAttack = e.foiledAttack || t.foiledAttack
            e.meeting = e.meeting || t.meeting
            e.weaponsTransfer = e.weaponsTransfer || t.weaponsTransfer
            if t.counterRole != nil { e.counterRole = t.counterRole }
            for w in t.anaphors where !e.anaphors.contains(w) { e.anaphors.append(w) }
            eventTypes[i] = e
        } else {
            eventTypes.append(t)
        }
    }

    /// Lays another ontology (the user's) over this one.
    public mutating func overlay(_ other: Ontology) {
        for t in other.eventTypes { add(t) }
        for a in other.actors { add(a) }
        duplicates += other.duplicates
        for (k, v) in other.contexts { contexts[k, default: []] += v }
        for (k, v) in other.wordLists { wordLists[k, default: []] += v }
        speech.verbs += other.speech.verbs
        speech.statementNouns += other.speech.statementNouns
        speech.beforeSpeaker += other.speech.beforeSpeaker
        speech.negativeVerbs += other.speech.negativeVerbs
        speech.positiveVerbs += other.speech.positiveVerbs
        titles += other.titles
        titleModifiers += other.titleModifiers
        roleNouns += other.roleNouns
        stateNouns += other.stateNouns
        groupNouns += other.groupNouns
        groupQualifiers += other.groupQualifiers
        institutions += other.institutions
        for (k, v) in other.institutionKinds { institutionKinds[k] = v }
        orgHeads += other.orgHeads
        armedHeads += other.armedHeads
        placeHeads += other.placeHeads
        for (k, v) in other.irregularVerbs { irregularVerbs[k] = v }
        var fp = TokenHasher()
        for b in "\(fingerprint)|\(other.fingerprint)".utf8 { fp.add(b) }
        fingerprint = fp.value
    }

    /// A one-screen summary for `kgbuild ontology list`.
    public func summary() -> String {
        var lines: [String] = []
        lines.append("event types (\(eventTypes.count)):")
        for t in eventTypes {
            let n = t.triggers.reduce(0) { $0 + $1.phrases.count }
            lines.append("  \(t.type): roles \(t.roles.joined(separator: ", ")); \(n) trigger phrases; CAMEO \(t.cameo); PLOVER \(t.plover)")
        }
        var byType: [String: Int] = [:]
        for a in actors { byType[a.type, default: 0] += 1 }
        lines.append("actors (\(actors.count)): " + byType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        lines.append("people with dated titles: \(actors.filter { !$0.titles.isEmpty }.count)")
        lines.append("lexicons: " + contexts.keys.sorted().map { "\($0) (\(contexts[$0]!.count))" }.joined(separator: ", "))
        lines.append("reporting verbs: \(speech.verbs.count); titles: \(titles.count); group nouns: \(groupNouns.count)")
        return lines.joined(separator: "\n")
    }

    static func lineOf(_ error: Error) -> Int {
        if let e = error as? YamlError, case .scanner(_, _, let mark, _) = e { return mark.line }
        if let e = error as? YamlError, case .parser(_, _, let mark, _) = e { return mark.line }
        return 0
    }

    /// Everything wrong with the ontology, each with the file and line of the entry at fault; without
    /// the warnings when `warnings` is false (a run needs only the errors, and finding the aliases two
    /// actors share hashes every name).
    public func problems(warnings: Bool = true) -> [OntologyError] {
        var out: [OntologyError] = []
        func err(_ origin: String, _ message: String, warning: Bool = false) {
            let (f, l) = YAMLReader.split(origin)
            out.append(OntologyError(file: f, line: l, message: message, isWarning: warning))
        }
        for (a, first) in duplicates where warnings { err(a.origin, "actor id '\(a.id)' is already used at \(first); the entries were merged", warning: true) }
        // an alias claimed by two actors makes every mention of it ambiguous
        var owner: [String: (String, String)] = [:]
        for a in actors {
            if warnings {
                for al in Lexicon.unique([a.name] + a.aliases) {
                    if let (id, origin) = owner[al], id != a.id {
                        err(a.origin, "alias '\(al)' of '\(a.id)' is also claimed by '\(id)' (\(origin))", warning: true)
                    } else {
                        owner[al] = (a.id, a.origin)
                    }
                }
            }
            for t in a.titles {
                if let f = t.from, let to = t.to, to < f { err(a.origin, "title '\(t.title)' of '\(a.id)' ends (\(to)) before it starts (\(f))") }
            }
            if let c = a.country, a.type != "country", actorPositions[c] == nil { err(a.origin, "'\(a.id)' names unknown country '\(c)'") }
        }
        var types: Set<String> = []
        for t in eventTypes {
            if !types.insert(t.type).inserted { err(t.origin, "event type '\(t.type)' is defined twice") }
            if t.roles.isEmpty { err(t.origin, "event type '\(t.type)' has no roles") }
            for (role, allowed) in t.roleTypes {
                if !t.roles.contains(role) { err(t.origin, "role_types names role '\(role)', which \(t.type) does not have (roles: \(t.roles.joined(separator: ", ")))") }
                for a in allowed where !Ontology.actorTypes.contains(a) {
                    err(t.origin, "role_types of '\(role)' names unknown actor type '\(a)' (known: \(Ontology.actorTypes.sorted().joined(separator: ", ")))")
                }
            }
            if let r = t.counterRole, !t.roles.contains(r) {
                err(t.origin, "counter_role names role '\(r)', which \(t.type) does not have (roles: \(t.roles.joined(separator: ", ")))")
            }
            for tr in t.triggers {
                for (field, names) in [("requires", tr.requires.map { [$0] } ?? []), ("unless", tr.unless), ("object_words", tr.objectWords.map { [$0] } ?? [])] {
                    for r in names where contexts[r] == nil {
                        err(tr.origin, "unknown lexicon '\(r)' in \(field) (known: \(contexts.keys.sorted().joined(separator: ", ")))")
                    }
                }
                for (slot, role) in tr.frame.merging(t.frame, uniquingKeysWith: { a, _ in a }).sorted(by: { $0.key < $1.key }) {
                    if let r = role, !t.roles.contains(r), r != "place" {
                        err(tr.origin, "slot '\(slot)' maps to role '\(r)', which \(t.type) does not have (roles: \(t.roles.joined(separator: ", ")))")
                    }
                }
            }
        }
        return out
    }
}

/// Reads YAML nodes into ontology values, with `file:line` on every error.
struct YAMLReader {
    var file: String
    let tree: YAMLTree

    static func split(_ origin: String) -> (String, Int) {
        guard let i = origin.lastIndex(of: ":"), let l = Int(origin[origin.index(after: i)...]) else { return (origin, 0) }
        return (String(origin[..<i]), l)
    }

    func fail(_ node: Int32?, _ message: String) -> OntologyError {
        OntologyError(file: file, line: node.map { tree.line($0) } ?? 0, message: message)
    }

    /// "file:line", written as bytes into one string of its final size: the interpolation cost a thousand
    /// instructions an entry, for every actor, event type and trigger of the ontology at every start.
    func origin(_ node: Int32) -> String {
        let line = tree.line(node)
        var name = file
        return name.withUTF8 { f in
            let sign = line < 0 ? 1 : 0, n = f.count + 1 + sign + decimalWidth(line.magnitude)
            return String(unsafeUninitializedCapacity: n) { out in
                if let base = f.baseAddress, f.count > 0 { out.baseAddress!.update(from: base, count: f.count) }
                out[f.count] = UInt8(ascii: ":")
                if sign == 1 { out[f.count + 1] = UInt8(ascii: "-") }
                writeDecimal(line.magnitude, to: out.baseAddress!, end: n)
                return n
            }
        }
    }

    func mapping(_ node: Int32) throws -> [(String, Int32)] {
        let kv = try fields(node).pairs
        var out: [(String, Int32)] = []
        out.reserveCapacity(kv.count / 2)
        var i = kv.startIndex
        while i < kv.endIndex {
            out.append((tree.string(kv[i]), kv[i + 1]))
            i += 2
        }
        return out
    }

    /// A mapping's fields, in file order, looked up by name: a linear scan of a few keys costs less
    /// than building a dictionary per entry.
    struct Fields {
        let tree: YAMLTree
        /// Keys and values alternating.
        let pairs: ArraySlice<Int32>

        /// The value of the first key `name` (keys are unique: Yams rejects a duplicate).
        subscript(_ name: StaticString) -> Int32? {
            var i = pairs.startIndex
            while i < pairs.endIndex {
                if tree.scalarIs(pairs[i], name) { return pairs[i + 1] }
                i += 2
            }
            return nil
        }

        /// The first key (in file order) that is not one of `known`.
        func unknownKey(_ known: [StaticString]) -> String? {
            var i = pairs.startIndex
            while i < pairs.endIndex {
                let k = pairs[i]
                if !known.contains(where: { tree.scalarIs(k, $0) }) { return tree.string(k) }
                i += 2
            }
            return nil
        }
    }

    func fields(_ node: Int32) throws -> Fields {
        guard tree.kind(node) == .mapping else { throw fail(node, "expected a mapping") }
        let kv = tree.items(node)
        var i = kv.startIndex
        while i < kv.endIndex {
            guard tree.kind(kv[i]) == .scalar else { throw fail(kv[i], "expected a string key") }
            i += 2
        }
        return Fields(tree: tree, pairs: kv)
    }

    func strings(_ node: Int32?) throws -> [String] {
        guard let node else { return [] }
        switch tree.kind(node) {
        case .scalar: return tree.isNullScalar(node) ? [] : [tree.string(node)]
        case .sequence:
            return try tree.items(node).map {
                guard tree.kind($0) == .scalar else { throw fail($0, "expected a string") }
                return tree.string($0)
            }
        default: throw fail(node, "expected a list of strings")
        }
    }

    func string(_ node: Int32?) -> String? {
        guard let node, tree.kind(node) == .scalar, !tree.isNullScalar(node) else { return nil }
        return tree.string(node)
    }

    /// A YAML boolean (`true`/`false`, `yes`/`no`); absent is false.
    func bool(_ node: Int32?) throws -> Bool {
        guard let node else { return false }
        switch string(node)?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off", nil: return false
        default: throw fail(node, "expected true or false")
        }
    }

    /// Fails at `node` with `message` and the first phrase of `list`, for a list read one word at a time.
    func singleWords(_ list: [String], _ node: Int32?, _ message: String) throws {
        guard let node, let phrase = list.first(where: { $0.contains(" ") }) else { return }
        throw fail(node, "\(message): '\(phrase)'")
    }

    func frame(_ node: Int32?) throws -> [String: String?] {
        guard let node else { return [:] }
        var out: [String: String?] = [:]
        for (k, v) in try mapping(node) { out[k] = string(v) }
        return out
    }

    static let triggerFields: [StaticString] = ["verbs", "nouns", "requires", "unless", "place_object_meets_requires", "not_before", "not_after", "frame", "min_actors", "named_only", "object_words"]
    static let eventTypeFields: [StaticString] = ["type", "cameo", "plover", "roles", "frame", "triggers", "role_types", "definition", "flags", "counter_role", "anaphors"]
    static let eventTypeFlags: [StaticString] = ["physical", "pair_phrase", "judges_events", "talks", "failed_talks", "placeless", "two_sided", "armed_attack", "forcible", "foiled_attack", "meeting", "weapons_transfer"]

    static func knownList(_ fields: [StaticString]) -> String {
        fields.map { $0.description }.sorted().joined(separator: ", ")
    }

    func eventTypes(_ root: Int32) throws -> [EventTypeDefinition] {
        guard tree.kind(root) == .sequence else { throw fail(root, "expected a list of event types") }
        return try tree.items(root).map { item in
            let m = try fields(item)
            guard let type = string(m["type"]) else { throw fail(item, "event type without `type`") }
            let roles = try strings(m["roles"])
            var triggers: [TriggerDefinition] = []
            if let tnode = m["triggers"] {
                guard tree.kind(tnode) == .sequence else { throw fail(tnode, "`triggers` must be a list") }
                for t in tree.items(tnode) {
                    let tm = try fields(t)
                    let verbs = try strings(tm["verbs"])
                    let nouns = try strings(tm["nouns"])
                    if verbs.isEmpty && nouns.isEmpty { throw fail(t, "trigger needs `verbs` or `nouns`") }
                    if let k = tm.unknownKey(Self.triggerFields) { throw fail(t, "unknown trigger field '\(k)' (known: \(Self.knownList(Self.triggerFields)))") }
                    let common = (requires: string(tm["requires"]), nb: try strings(tm["not_before"]), na: try strings(tm["not_after"]), frame: try frame(tm["frame"]))
                    // (`not_before` is read word by word, one or two words back: a phrase there would silently stand for
                    // its first word)
                    try singleWords(common.nb, tm["not_before"], "`not_before` lists single words (each is read one word before the trigger, or two past a lowercase word)")
                    for (phrases, isVerb) in [(verbs, true), (nouns, false)] where !phrases.isEmpty {
                        var tr = TriggerDefinition(phrases: phrases, isVerb: isVerb, requires: common.requires, notBefore: common.nb, notAfter: common.na, frame: common.frame, origin: origin(t))
                        tr.unless = try strings(tm["unless"])
                        tr.placeObjectMeetsRequires = try bool(tm["place_object_meets_requires"])
                        tr.namedOnly = try bool(tm["named_only"])
                        tr.objectWords = string(tm["object_words"])
                        if let n = string(tm["min_actors"]) {
                            guard let v = Int(n), v >= 0 else { throw fail(tm["min_actors"]!, "`min_actors` must be a whole number: '\(n)'") }
                            tr.minActors = v
                        }
                        triggers.append(tr)
                    }
                }
            }
            var def = EventTypeDefinition(type: type, cameo: string(m["cameo"]) ?? "", plover: string(m["plover"]) ?? "",
                                          roles: roles, frame: try frame(m["frame"]), triggers: triggers)
            def.definition = string(m["definition"]) ?? ""
            def.origin = origin(item)
            if let node = m["counter_role"] {
                guard let role = string(node) else { throw fail(node, "`counter_role` must be a role name") }
                def.counterRole = role
            }
            def.anaphors = try strings(m["anaphors"])
            // (an anaphor is read as one word after "the", "this" or "these")
            try singleWords(def.anaphors, m["anaphors"], "`anaphors` lists single words (each is read as the noun after a definite determiner)")
            for f in try strings(m["flags"]) {
                switch f {
                case "physical": def.physical = true
                case "pair_phrase": def.pairPhrase = true
                case "judges_events": def.judgesEvents = true
                case "talks": def.talks = true
                case "failed_talks": def.failedTalks = true
                case "placeless": def.placeless = true
                case "two_sided": def.twoSided = true
                case "armed_attack": def.armedAttack = true
                case "forcible": def.forcible = true
                case "foiled_attack": def.foiledAttack = true
                case "meeting": def.meeting = true
                case "weapons_transfer": def.weaponsTransfer = true
                default: throw fail(m["flags"]!, "unknown event type flag '\(f)' (known: \(Self.knownList(Self.eventTypeFlags)))")
                }
            }
            if let rt = m["role_types"] {
                for (k, v) in try mapping(rt) { def.roleTypes[k] = try strings(v) }
            }
            if let k = m.unknownKey(Self.eventTypeFields) { throw fail(item, "unknown event type field '\(k)' (known: \(Self.knownList(Self.eventTypeFields)))") }
            return def
        }
    }

    func actors(_ root: Int32) throws -> [ActorEntry] {
        guard tree.kind(root) == .sequence else { throw fail(root, "expected a list of actors") }
        return try tree.items(root).map { item in
            let m = try fields(item)
            guard let id = string(m["id"]) else { throw fail(item, "actor without `id`") }
            guard let name = string(m["name"]) else { throw fail(item, "actor '\(id)' without `name`") }
            guard let type = string(m["type"]), Ontology.actorTypes.contains(type) else {
                throw fail(m["type"] ?? item, "actor '\(id)': `type` must be one of \(Ontology.actorTypes.sorted().joined(separator: ", "))")
            }
            var a = ActorEntry(id: id, name: name, type: type)
            a.aliases = try strings(m["aliases"])
            a.country = string(m["country"])
            a.adjectives = try strings(m["adjectives"])
            a.demonyms = try strings(m["demonyms"])
            a.capital = string(m["capital"])
            a.capitalAliases = try strings(m["capital_aliases"])
            a.seat = string(m["seat"])
            a.org = string(m["org"])
            a.origin = origin(item)
            if let tn = m["titles"] {
                guard tree.kind(tn) == .sequence else { throw fail(tn, "`titles` must be a list") }
                a.titles = try tree.items(tn).map { t in
                    let tm = try fields(t)
                    guard let title = string(tm["title"]) else { throw fail(t, "title without `title`") }
                    func date(_ k: StaticString) throws -> PartialDate? {
                        guard let s = string(tm[k]) else { return nil }
                        guard let d = PartialDate(normalized: s) else { throw fail(tm[k], "'\(s)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
                        return d
                    }
                    return DatedTitle(title: title.lowercased(), country: string(tm["country"]) ?? a.country, from: try date("from"), to: try date("to"),
                                      org: string(tm["org"]))
                }
            }
            return a
        }
    }
}
