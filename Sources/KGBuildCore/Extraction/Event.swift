/// Where an extracted item comes from: enough to show a user the sentence that justifies an edge.
public struct Evidence: Sendable, Equatable, Hashable {
    public var article: String
    public var path: String
    public var sentence: String
    /// Byte offsets of the sentence in its file (or in the JSON record's text).
    public var start: Int
    public var end: Int
    /// The rule that produced the item: `event_types.yaml:42 (air strikes)`, `claim.quote`, ...
    public var rule: String

    /// Whether a rule is one of an argument's sentence (`discourse.*`, Discourse.swift) rather than the event's
    /// own: read on its first byte before its prefix (the rules of triggers start with their file's name).
    static func isContext(_ rule: String) -> Bool {
        rule.utf8.first == UInt8(ascii: "d") && rule.hasPrefix("discourse.")
    }

    /// A rule's text, `head + name + " (" + detail + ")"`, written as bytes into a string of its final size:
    /// each `+=` of a string went through String's general append path (hundreds of instructions).
    static func rule(_ head: String, _ name: String, detail: String) -> String {
        var head = head, name = name, detail = detail
        let count = head.utf8.count + name.utf8.count + detail.utf8.count + 3
        return String(unsafeUninitializedCapacity: count) { buf in
            var at = 0
            func put(_ b: UnsafeBufferPointer<UInt8>) {
                if let from = b.baseAddress { (buf.baseAddress! + at).update(from: from, count: b.count) }
                at += b.count
            }
            head.withUTF8(put)
            name.withUTF8(put)
            buf[at] = 0x20; buf[at + 1] = 0x28; at += 2   // " ("
            detail.withUTF8(put)
            buf[at] = 0x29; at += 1                       // ")"
            return at
        }
    }
}

/// Evidence rules already written (`Evidence.rule`), by their parts: the same triggers and verbs come back
/// in article after article, and writing a rule cost an allocation and a validation of its bytes. Found by
/// an FNV hash of the parts' bytes, the parts compared in full. One thread's (see `Pipeline.Scratch`).
final class RuleCache {
    /// (The table in a struct of its own, held through a pointer: each read of a class's `var` is checked
    /// for exclusive access at run time, which cost more than the lookup.)
    private let table: UnsafeMutablePointer<Table>

    init() {
        table = .allocate(capacity: 1)
        table.initialize(to: Table())
    }

    deinit {
        table.deinitialize(count: 1)
        table.deallocate()
    }

    func rule(_ head: String, _ name: String, detail: String) -> String { table.pointee.rule(head, name, detail: detail) }

    private struct Table {
        /// Slot of each rule by the hash of its parts; the parts and the rule by slot (read in place: a
        /// tuple of four strings read out of a table retained and released each).
        var slots = TokenKeyMap<Int32>(minimumCapacity: 512)
        var parts: [(head: String, name: String, detail: String)] = []
        var rules: [String] = []

        mutating func rule(_ head: String, _ name: String, detail: String) -> String {
            @inline(__always) func hash(_ s: String, _ h: UInt64) -> UInt64 {
                s.utf8.withContiguousStorageIfAvailable { fnvBytes($0, continuing: h) } ?? fnvBytes(s.utf8, continuing: h)
            }
            let key = hash(detail, (hash(name, (hash(head, 0xcbf29ce484222325) ^ 0x1F) &* 0x100000001b3) ^ 0x1F) &* 0x100000001b3)
            if let s = slots[key] {
                let k = Int(s)
                if utf8Equal(parts[k].head, head) && utf8Equal(parts[k].name, name) && utf8Equal(parts[k].detail, detail) { return rules[k] }
                return Evidence.rule(head, name, detail: detail)   // another rule with the same hash: not kept
            }
            let r = Evidence.rule(head, name, detail: detail)
            if rules.count < 1 << 14 {
                slots[key] = Int32(rules.count)
                parts.append((head, name, detail))
                rules.append(r)
            }
            return r
        }
    }
}

/// The texts of an article's sentences, each made once for the evidence of every event and claim citing
/// it (made again for each one, a sentence's text cost an allocation and a validation of its bytes).
/// One article's, on one thread.
final class SentenceTexts {
    /// (Held through a pointer: a class's `var` is checked for exclusive access at run time at every
    /// read and write, which cost more than the lookup.)
    private let texts: UnsafeMutableBufferPointer<String?>

    init(count: Int) {
        texts = .allocate(capacity: count)
        texts.initialize(repeating: nil)
    }

    deinit {
        _ = texts.deinitialize()
        texts.deallocate()
    }

    /// `doc.text(of: doc.sentences[i])`.
    func text(_ doc: Document, _ i: Int) -> String {
        precondition(i >= 0 && i < texts.count)
        if let t = texts[i] { return t }
        let t = doc.text(of: doc.sentences[i])
        texts[i] = t
        return t
    }
}

public enum Modality: String, Sendable {
    case asserted, reported, alleged, planned, hypothetical, negated

    /// Whether the event is told as not having happened (yet): planned, supposed or denied.
    var unreal: Bool { self == .planned || self == .hypothetical || self == .negated }
}

public struct Event: Sendable, Equatable {
    public var type: String
    /// (role, actor id), in sentence order.
    public var arguments: [(role: String, actor: String)]
    public var place: String?
    public var date: PartialDate?
    public var modality: Modality
    public var confidence: Double
    public var trigger: String
    public var evidence: [Evidence]
    public var count: Int?
    /// People killed and wounded, as the sentence states them.
    public var killed: Int?
    public var wounded: Int?
    /// Where the date comes from: `text` (an expression in the sentence) or `article` (the report's date).
    public var dateSource: String = "text"
    /// Told apart from the events of the sentences before ("In a separate attack …", "Separately, …"): it joins
    /// only what its own sentence tells, or a headline's event sharing an actor or its place.
    public var apart = false

    public static func == (a: Event, b: Event) -> Bool {
        a.type == b.type && a.place == b.place && a.date == b.date && a.evidence == b.evidence
            && a.arguments.map { $0.role + "\u{1}" + $0.actor } == b.arguments.map { $0.role + "\u{1}" + $0.actor }
    }

    public var actorSet: Set<String> { Set(arguments.map(\.actor)) }
    /// The date the text itself gives, if any.
    public var textDate: PartialDate? { dateSource == "text" ? date : nil }
}

public struct Claim: Sendable, Equatable {
    public var speaker: String
    public var text: String
    public var date: PartialDate?
    public var about: [String]
    public var stance: String
    public var kind: String  // quote | reported
    public var evidence: [Evidence]
    /// Indexes of events in the same article asserted by this claim.
    public var asserts: [Int]
    /// How the text named the speaker when it is an unnamed source ("a Western diplomat").
    public var speakerSurface: String? = nil
    /// Sentence indexes the claim spans in its article, for joining a paraphrase with the quote after it.
    public var firstSentence: Int = 0
    public var lastSentence: Int = 0
}
