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
    public var speech = SpeechLexicon()
    public var titles: [String] = []
    public var titleModifiers: [String] = []
    public var roleNouns: [String] = []
    public var stateNouns: [String] = []
    public var groupNouns: [String] = []
    public var groupQualifiers: [String] = []
    public var institutions: [String] = []
    public var orgHeads: [String] = []
    public var armedHeads: [String] = []
    public var placeHeads: [String] = []
    public var irregularVerbs: [String: [String]] = [:]
    /// A hash of every file's bytes: identifies the ontology version (for caches and `--version`).
    public var fingerprint: UInt64 = 0

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
}

public struct TriggerDefinition: Sendable {
    public var phrases: [String]
    public var isVerb: Bool
    public var requires: String?
    public var notBefore: [String]
    public var notAfter: [String]
    public var frame: [String: String?]
    /// `file:line` of the trigger list, reported as the rule that fired.
    public var origin: String
}

public struct DatedTitle: Sendable, Equatable {
    public var title: String
    public var country: String?
    public var from: PartialDate?
    public var to: PartialDate?

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
    public var titles: [DatedTitle] = []
    public var org: String?
    public var origin: String = ""
}

/// A problem in an ontology file, with its position, so users can fix their own additions.
public struct OntologyError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

extension Ontology {
    static let actorTypes: Set<String> = ["country", "organization", "person", "armed_group", "media", "group", "government", "place"]

    /// Loads the embedded ontology, or the one in `directory` when given.
    public static func load(directory: String? = nil) throws -> Ontology {
        var files: [(String, String)] = []
        if let dir = directory {
            let fm = FileManager.default
            guard let e = fm.enumerator(atPath: dir) else {
                throw OntologyError(file: dir, line: 0, message: "cannot read the ontology directory")
            }
            var names: [String] = []
            while let n = e.nextObject() as? String {
                if n.hasSuffix(".yaml") || n.hasSuffix(".yml") { names.append(n) }
            }
            for n in names.sorted() {
                let path = dir + "/" + n
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw OntologyError(file: path, line: 0, message: "cannot read the file as UTF-8")
                }
                files.append((n, text))
            }
        } else {
            files = EmbeddedOntology.files
        }
        return try load(files: files)
    }

    /// Parses ontology files given as (relative path, text); the path decides what a file holds.
    public static func load(files: [(String, String)]) throws -> Ontology {
        var o = Ontology()
        var fp = TokenHasher()
        for (name, text) in files.sorted(by: { $0.0 < $1.0 }) {
            for b in name.utf8 { fp.add(b) }
            for b in text.utf8 { fp.add(b) }
            let node: Yams.Node?
            do { node = try Yams.compose(yaml: text) } catch {
                throw OntologyError(file: name, line: lineOf(error), message: "invalid YAML: \(error)")
            }
            guard let root = node else { continue }
            let reader = YAMLReader(file: name)
            if name.hasSuffix("event_types.yaml") {
                o.eventTypes += try reader.eventTypes(root)
            } else if name.contains("actors/") {
                if name.hasSuffix("country_extras.yaml") { continue }  // merged into countries.yaml by its generator
                o.actors += try reader.actors(root)
            } else if name.hasSuffix("context.yaml") {
                for (k, v) in try reader.mapping(root) { o.contexts[k] = try reader.strings(v) }
            } else if name.hasSuffix("speech.yaml") {
                let m = try reader.mappingDict(root)
                o.speech.verbs = try reader.strings(m["verbs"])
                o.speech.statementNouns = try reader.strings(m["statement_nouns"])
                o.speech.beforeSpeaker = try reader.strings(m["before_speaker"])
                o.speech.negativeVerbs = try reader.strings(m["negative_verbs"])
                o.speech.positiveVerbs = try reader.strings(m["positive_verbs"])
            } else if name.hasSuffix("titles.yaml") {
                let m = try reader.mappingDict(root)
                o.titles = try reader.strings(m["titles"])
                o.titleModifiers = try reader.strings(m["modifiers"])
                o.roleNouns = try reader.strings(m["role_nouns"])
            } else if name.hasSuffix("groups.yaml") {
                let m = try reader.mappingDict(root)
                o.stateNouns = try reader.strings(m["state_nouns"])
                o.groupNouns = try reader.strings(m["group_nouns"])
                o.groupQualifiers = try reader.strings(m["qualifiers"])
                o.institutions = try reader.strings(m["institutions"])
                o.orgHeads = try reader.strings(m["org_heads"])
                o.armedHeads = try reader.strings(m["armed_heads"])
                o.placeHeads = try reader.strings(m["place_heads"])
            } else if name.hasSuffix("irregular_verbs.yaml") {
                for (k, v) in try reader.mapping(root) { o.irregularVerbs[k] = try reader.strings(v) }
            }
        }
        o.fingerprint = fp.value
        try o.validate()
        return o
    }

    static func lineOf(_ error: Error) -> Int {
        if let e = error as? YamlError, case .scanner(_, _, let mark, _) = e { return mark.line }
        if let e = error as? YamlError, case .parser(_, _, let mark, _) = e { return mark.line }
        return 0
    }

    func validate() throws {
        var ids: [String: String] = [:]
        for a in actors {
            if let prev = ids[a.id] {
                let (f, l) = YAMLReader.split(a.origin)
                throw OntologyError(file: f, line: l, message: "actor id '\(a.id)' is already used at \(prev)")
            }
            ids[a.id] = a.origin
        }
        var types: Set<String> = []
        for t in eventTypes {
            guard types.insert(t.type).inserted else {
                throw OntologyError(file: "event_types.yaml", line: 0, message: "event type '\(t.type)' is defined twice")
            }
            for tr in t.triggers {
                if let r = tr.requires, contexts[r] == nil {
                    let (f, l) = YAMLReader.split(tr.origin)
                    throw OntologyError(file: f, line: l, message: "unknown lexicon '\(r)' in requires (known: \(contexts.keys.sorted().joined(separator: ", ")))")
                }
                for (slot, role) in tr.frame.merging(t.frame, uniquingKeysWith: { a, _ in a }) {
                    if let r = role, !t.roles.contains(r), r != "place" {
                        let (f, l) = YAMLReader.split(tr.origin)
                        throw OntologyError(file: f, line: l, message: "slot '\(slot)' maps to role '\(r)', which \(t.type) does not have (roles: \(t.roles.joined(separator: ", ")))")
                    }
                }
            }
        }
    }
}

/// Reads YAML nodes into ontology values, with `file:line` on every error.
struct YAMLReader {
    var file: String

    static func split(_ origin: String) -> (String, Int) {
        guard let i = origin.lastIndex(of: ":"), let l = Int(origin[origin.index(after: i)...]) else { return (origin, 0) }
        return (String(origin[..<i]), l)
    }

    func fail(_ node: Yams.Node?, _ message: String) -> OntologyError {
        OntologyError(file: file, line: node?.mark?.line ?? 0, message: message)
    }

    func origin(_ node: Yams.Node) -> String { "\(file):\(node.mark?.line ?? 0)" }

    func mapping(_ node: Yams.Node) throws -> [(String, Yams.Node)] {
        guard case .mapping(let m) = node else { throw fail(node, "expected a mapping") }
        return try m.map { (k, v) in
            guard let key = k.string else { throw fail(k, "expected a string key") }
            return (key, v)
        }
    }

    func mappingDict(_ node: Yams.Node) throws -> [String: Yams.Node] {
        Dictionary(try mapping(node), uniquingKeysWith: { a, _ in a })
    }

    func strings(_ node: Yams.Node?) throws -> [String] {
        guard let node else { return [] }
        if case .scalar(let s) = node { return s.string.isEmpty || s.string == "~" || s.string == "null" ? [] : [s.string] }
        guard case .sequence(let seq) = node else { throw fail(node, "expected a list of strings") }
        return try seq.map {
            guard case .scalar(let s) = $0 else { throw fail($0, "expected a string") }
            return s.string
        }
    }

    func string(_ node: Yams.Node?) -> String? {
        guard let node, case .scalar(let s) = node else { return nil }
        let v = s.string
        return v.isEmpty || v == "~" || v == "null" ? nil : v
    }

    func frame(_ node: Yams.Node?) throws -> [String: String?] {
        guard let node else { return [:] }
        var out: [String: String?] = [:]
        for (k, v) in try mapping(node) { out[k] = string(v) }
        return out
    }

    func eventTypes(_ root: Yams.Node) throws -> [EventTypeDefinition] {
        guard case .sequence(let seq) = root else { throw fail(root, "expected a list of event types") }
        return try seq.map { item in
            let m = try mappingDict(item)
            guard let type = string(m["type"]) else { throw fail(item, "event type without `type`") }
            let roles = try strings(m["roles"])
            if roles.isEmpty { throw fail(item, "event type '\(type)' has no roles") }
            var triggers: [TriggerDefinition] = []
            if let tnode = m["triggers"] {
                guard case .sequence(let ts) = tnode else { throw fail(tnode, "`triggers` must be a list") }
                for t in ts {
                    let tm = try mappingDict(t)
                    let verbs = try strings(tm["verbs"])
                    let nouns = try strings(tm["nouns"])
                    if verbs.isEmpty && nouns.isEmpty { throw fail(t, "trigger needs `verbs` or `nouns`") }
                    let known: Set<String> = ["verbs", "nouns", "requires", "not_before", "not_after", "frame"]
                    for k in tm.keys where !known.contains(k) { throw fail(t, "unknown trigger field '\(k)' (known: \(known.sorted().joined(separator: ", ")))") }
                    let common = (requires: string(tm["requires"]), nb: try strings(tm["not_before"]), na: try strings(tm["not_after"]), frame: try frame(tm["frame"]))
                    if !verbs.isEmpty {
                        triggers.append(TriggerDefinition(phrases: verbs, isVerb: true, requires: common.requires, notBefore: common.nb, notAfter: common.na, frame: common.frame, origin: origin(t)))
                    }
                    if !nouns.isEmpty {
                        triggers.append(TriggerDefinition(phrases: nouns, isVerb: false, requires: common.requires, notBefore: common.nb, notAfter: common.na, frame: common.frame, origin: origin(t)))
                    }
                }
            }
            return EventTypeDefinition(type: type, cameo: string(m["cameo"]) ?? "", plover: string(m["plover"]) ?? "",
                                       roles: roles, frame: try frame(m["frame"]), triggers: triggers)
        }
    }

    func actors(_ root: Yams.Node) throws -> [ActorEntry] {
        guard case .sequence(let seq) = root else { throw fail(root, "expected a list of actors") }
        return try seq.map { item in
            let m = try mappingDict(item)
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
            a.org = string(m["org"])
            a.origin = origin(item)
            if let tn = m["titles"] {
                guard case .sequence(let ts) = tn else { throw fail(tn, "`titles` must be a list") }
                a.titles = try ts.map { t in
                    let tm = try mappingDict(t)
                    guard let title = string(tm["title"]) else { throw fail(t, "title without `title`") }
                    func date(_ k: String) throws -> PartialDate? {
                        guard let s = string(tm[k]) else { return nil }
                        guard let d = PartialDate(normalized: s) else { throw fail(tm[k], "'\(s)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
                        return d
                    }
                    return DatedTitle(title: title.lowercased(), country: string(tm["country"]) ?? a.country, from: try date("from"), to: try date("to"))
                }
            }
            return a
        }
    }
}
