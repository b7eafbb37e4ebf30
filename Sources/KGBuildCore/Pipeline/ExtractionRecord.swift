import Foundation
#if canImport(Glibc)
import Glibc
#endif

// `kgbuild extract` / `kgbuild merge`: the per-article map step and the global reduce step.
//
// One extraction line is a pure function of one article and the ontology. The only cross-article input
// of the analysis is the year hint (a dateline without a year, "MOSCOW, April 9", whose weekday and named
// office holders leave several years): such an article is analysed once per candidate year as well, and
// the merge picks the variant the corpus hint selects, exactly as `Pipeline.analyze(_:jobs:)` would.

/// A JSON value, as the general reader of extraction lines gives it (any layout; `JSONBytes` writes them).
public enum ExtractJSON: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number's text as written, converted on use (so integers and doubles round-trip exactly).
    case number(String)
    case string(String)
    case array([ExtractJSON])
    case object([String: ExtractJSON])

    subscript(key: String) -> ExtractJSON? { if case .object(let o) = self { return o[key] } else { return nil } }
    var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    var intValue: Int? { if case .number(let n) = self { return Int(n) } else { return nil } }
    var doubleValue: Double? { if case .number(let n) = self { return Double(n) } else { return nil } }
    var arrayValue: [ExtractJSON]? { if case .array(let a) = self { return a } else { return nil } }
    var objectValue: [String: ExtractJSON]? { if case .object(let o) = self { return o } else { return nil } }

    /// Parses one JSON text (leading and trailing white space allowed); nil when it is not valid JSON.
    public static func parse<C: Collection>(_ bytes: C) -> ExtractJSON? where C.Element == UInt8 {
        let buf = Array(bytes)
        return buf.withUnsafeBufferPointer { p -> ExtractJSON? in
            var r = ExtractJSONReader(p: p)
            guard let v = r.value() else { return nil }
            r.skipSpace()
            return r.i == p.count ? v : nil
        }
    }

    /// The value of `key` when it is the first key of the top-level object: extraction lines start with
    /// `"article"`, so the merge's first pass reads only that and skips the rest of the line.
    static func parseFirstMember<C: Collection>(_ bytes: C, key: String) -> ExtractJSON? where C.Element == UInt8 {
        let buf = Array(bytes)
        return buf.withUnsafeBufferPointer { p -> ExtractJSON? in
            var r = ExtractJSONReader(p: p)
            r.skipSpace()
            guard r.i < p.count, p[r.i] == UInt8(ascii: "{") else { return nil }
            r.i += 1
            r.skipSpace()
            guard let k = r.string(), k == key else { return nil }
            r.skipSpace()
            guard r.i < p.count, p[r.i] == UInt8(ascii: ":") else { return nil }
            r.i += 1
            return r.value()
        }
    }
}

/// Compact JSON written straight into bytes, with the commas placed for the caller: extraction lines are
/// written field by field, keys in byte order, without a tree of dictionaries to build, sort and walk.
struct JSONBytes {
    private(set) var bytes: [UInt8]
    /// A value or member was written at this level: the next one needs a comma.
    private var needsComma = false

    init(_ bytes: [UInt8] = []) { self.bytes = bytes }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    mutating func open(_ bracket: UInt8) { separate(); bytes.append(bracket); needsComma = false }
    mutating func close(_ bracket: UInt8) { bytes.append(bracket); needsComma = true }

    /// An object's key; its value comes next.
    mutating func key(_ k: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        needsComma = false
    }

    mutating func key(_ k: String) { string(k); bytes.append(UInt8(ascii: ":")); needsComma = false }

    mutating func null() { separate(); bytes.append(contentsOf: [110, 117, 108, 108]) }
    mutating func bool(_ b: Bool) { separate(); bytes.append(contentsOf: b ? [116, 114, 117, 101] : [102, 97, 108, 115, 101]) }
    mutating func number(_ text: String) { separate(); bytes.append(contentsOf: text.utf8) }
    mutating func int(_ v: Int) { number(String(v)) }
    /// Swift's shortest representation that reads back to the same bits.
    mutating func double(_ v: Double) { if v.isFinite { number("\(v)") } else { null() } }
    mutating func date(_ d: PartialDate?) { if let d { string(d.normalized) } else { null() } }

    mutating func strings<S: Sequence>(_ s: S) where S.Element == String {
        open(UInt8(ascii: "["))
        for x in s { string(x) }
        close(UInt8(ascii: "]"))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string: runs of bytes that need no escape are copied whole (records are mostly sentences).
    mutating func string(_ s: String) {
        separate()
        var s = s
        bytes.append(UInt8(ascii: "\""))
        s.withUTF8 { p in
            var i = 0
            while i < p.count {
                let e = jsonPlainRun(p, from: i, orDEL: true)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<e]))
                guard e < p.count else { break }
                let b = p[e]
                switch b {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
                case 10: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
                case 13: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
                case 9: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
                default: bytes.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, Self.hexDigits[Int(b >> 4)], Self.hexDigits[Int(b & 15)]])
                }
                i = e + 1
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A small recursive-descent JSON reader over bytes (RFC 8259; nesting limited so hostile input cannot
/// exhaust the stack).
struct ExtractJSONReader: JSONCursor {
    let p: UnsafeBufferPointer<UInt8>
    var i = 0
    var depth = 0

    mutating func value() -> ExtractJSON? {
        skipSpace()
        guard i < p.count else { return nil }
        switch p[i] {
        case UInt8(ascii: "{"):
            guard depth < 200 else { return nil }
            depth += 1; defer { depth -= 1 }
            i += 1
            var o: [String: ExtractJSON] = [:]
            skipSpace()
            if i < p.count, p[i] == UInt8(ascii: "}") { i += 1; return .object(o) }
            while true {
                skipSpace()
                guard let k = string() else { return nil }
                skipSpace()
                guard i < p.count, p[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value() else { return nil }
                o[k] = v
                skipSpace()
                guard i < p.count else { return nil }
                if p[i] == UInt8(ascii: ",") { i += 1; continue }
                if p[i] == UInt8(ascii: "}") { i += 1; return .object(o) }
                return nil
            }
        case UInt8(ascii: "["):
            guard depth < 200 else { return nil }
            depth += 1; defer { depth -= 1 }
            i += 1
            var a: [ExtractJSON] = []
            skipSpace()
            if i < p.count, p[i] == UInt8(ascii: "]") { i += 1; return .array(a) }
            while true {
                guard let v = value() else { return nil }
                a.append(v)
                skipSpace()
                guard i < p.count else { return nil }
                if p[i] == UInt8(ascii: ",") { i += 1; continue }
                if p[i] == UInt8(ascii: "]") { i += 1; return .array(a) }
                return nil
            }
        case UInt8(ascii: "\""):
            return string().map { .string($0) }
        case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return literal("null") ? .null : nil
        default:
            return numberText().map { .number($0) }
        }
    }

    /// A number at `i`, as written.
    mutating func numberText() -> String? {
        let start = i
        if i < p.count, p[i] == UInt8(ascii: "-") { i += 1 }
        var digits = 0
        while i < p.count, (48...57).contains(p[i]) || p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: "e")
            || p[i] == UInt8(ascii: "E") || p[i] == UInt8(ascii: "+") || (p[i] == UInt8(ascii: "-") && i > start) {
            if (48...57).contains(p[i]) { digits += 1 }
            i += 1
        }
        guard digits > 0 else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
        guard Double(text) != nil else { return nil }
        return text
    }

    /// A string at `i` (which must be at its opening quote).
    mutating func string() -> String? {
        guard i < p.count, p[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        let start = i
        // fast path: no escapes
        i = jsonPlainRun(p, from: i)
        guard i < p.count else { return nil }
        if p[i] == UInt8(ascii: "\"") {
            let s = String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
            i += 1
            return s
        }
        var out = Array(UnsafeBufferPointer(rebasing: p[start..<i]))
        while i < p.count {
            let b = p[i]
            if b == UInt8(ascii: "\"") { i += 1; return String(decoding: out, as: UTF8.self) }
            if b < 32 { return nil }
            if b != 92 { out.append(b); i += 1; continue }
            i += 1
            guard i < p.count else { return nil }
            let e = p[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(34)
            case 92: out.append(92)
            case UInt8(ascii: "/"): out.append(47)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "u"):
                guard var u = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(u), i + 1 < p.count, p[i] == 92, p[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    guard let lo = hex4() else { return nil }
                    if (0xDC00..<0xE000).contains(lo) { u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00) } else { i -= 6; u = 0xFFFD }
                }
                let scalar = Unicode.Scalar(u) ?? "\u{FFFD}"
                out += Array(String(Character(scalar)).utf8)
            default: return nil
            }
        }
        return nil
    }
}

// MARK: - Records

/// One line of `kgbuild extract`: an article's metadata and what the analysis found in it.
public struct ExtractionRecord: Sendable {
    /// The article as read (its date as its dateline or record gives it), without its body.
    public var article: Article
    /// The analysis without a year hint.
    public var result: ArticleResult
    /// When a dateline's year only the hint can choose: the analysis for each candidate year.
    public var variants: [Int: ArticleResult]

    /// Format version, bumped when a field changes meaning.
    public static let version = 1

    public init(article: Article, result: ArticleResult, variants: [Int: ArticleResult] = [:]) {
        var a = article
        a.body = ""
        self.article = a
        self.result = result
        self.variants = variants
    }

    /// The result to merge given the corpus year hint: the candidate nearest the hint (the smaller on a
    /// tie), as `Pipeline.inferYear` chooses; without a hint, the unhinted analysis.
    public func resolved(yearHint: Int?) -> ArticleResult {
        guard let h = yearHint, !variants.isEmpty,
              let y = Pipeline.nearestYear(variants.keys, to: h) else { return result }
        return variants[y]!
    }

    /// The line, without its newline.
    public func jsonLine() -> [UInt8] {
        var j = JSONBytes()
        j.open(UInt8(ascii: "{"))
        j.key("article"); Self.write(article, &j)
        j.key("kgbuild_extract"); j.int(Self.version)
        j.key("result"); Self.write(result, &j)
        if !variants.isEmpty {
            j.key("variants")
            j.open(UInt8(ascii: "["))
            for y in variants.keys.sorted() {
                j.open(UInt8(ascii: "{"))
                j.key("result"); Self.write(variants[y]!, &j)
                j.key("year"); j.int(y)
                j.close(UInt8(ascii: "}"))
            }
            j.close(UInt8(ascii: "]"))
        }
        j.close(UInt8(ascii: "}"))
        return j.bytes
    }

    public enum DecodeError: Error, CustomStringConvertible {
        case notJSON, missing(String), version(Int)
        public var description: String {
            switch self {
            case .notJSON: return "not a JSON object"
            case .missing(let what): return "not an extraction line (no valid \(what))"
            case .version(let v): return "extraction line of format \(v); this kgbuild reads format \(ExtractionRecord.version)"
            }
        }
    }

    public init<C: Collection>(line: C) throws where C.Element == UInt8 {
        let bytes = Array(line)
        if let r = bytes.withUnsafeBufferPointer({ p -> ExtractionRecord? in
            var reader = ExtractJSONReader(p: p)
            return reader.canonicalRecord()
        }) {
            self = r
        } else {
            try self.init(anyLayout: bytes)
        }
    }

    /// Any JSON layout of a line (keys in any order, white space, unknown keys), through the general JSON tree.
    init(anyLayout bytes: [UInt8]) throws {
        guard let v = ExtractJSON.parse(bytes), case .object(let o) = v else { throw DecodeError.notJSON }
        if let ver = o["kgbuild_extract"]?.intValue, ver != Self.version { throw DecodeError.version(ver) }
        guard let av = o["article"], let a = Self.decodeArticle(av) else { throw DecodeError.missing("article") }
        guard let rv = o["result"], let r = Self.decodeResult(rv, article: a) else { throw DecodeError.missing("result") }
        var variants: [Int: ArticleResult] = [:]
        for item in o["variants"]?.arrayValue ?? [] {
            guard let y = item["year"]?.intValue, let rv = item["result"], let r = Self.decodeResult(rv, article: a) else {
                throw DecodeError.missing("variants")
            }
            variants[y] = r
        }
        self.init(article: a, result: r, variants: variants)
    }

    // MARK: encoding

    /// Reads back what `PartialDate.normalized` wrote, any number of year digits included.
    static func date(_ v: ExtractJSON?) -> PartialDate?? {
        guard let v = v else { return .some(nil) }
        if v == .null { return .some(nil) }
        guard let s = v.stringValue else { return nil }
        if s.isEmpty { return PartialDate(year: nil) }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        let y: Int? = parts[0] == "XXXX" ? nil : Int(parts[0])
        if parts[0] != "XXXX" && y == nil { return nil }
        let m = parts.count > 1 ? Int(parts[1]) : nil
        let d = parts.count > 2 ? Int(parts[2]) : nil
        if (parts.count > 1 && m == nil) || (parts.count > 2 && d == nil) { return nil }
        return PartialDate(year: y, month: m, day: d)
    }

    // The writers below give each object's keys in UTF-8 byte order: a record has one line, byte for byte.

    static func write(_ a: Article, _ j: inout JSONBytes) {
        j.open(UInt8(ascii: "{"))
        j.key("body_offset"); j.int(a.bodyOffset)
        if let d = a.date { j.key("date"); j.date(d) }
        j.key("id"); j.string(a.id)
        j.key("index"); j.int(a.index)
        j.key("path"); j.string(a.path)
        if let p = a.place { j.key("place"); j.string(p) }
        if let s = a.source { j.key("source"); j.string(s) }
        j.key("title"); j.string(a.title)
        if let u = a.url { j.key("url"); j.string(u) }
        j.close(UInt8(ascii: "}"))
    }

    static func decodeArticle(_ v: ExtractJSON) -> Article? {
        guard let id = v["id"]?.stringValue, let path = v["path"]?.stringValue, let index = v["index"]?.intValue,
              let title = v["title"]?.stringValue, let d = date(v["date"]) else { return nil }
        return Article(id: id, path: path, index: index, title: title, body: "", bodyOffset: v["body_offset"]?.intValue ?? 0,
                       date: d, source: v["source"]?.stringValue, place: v["place"]?.stringValue, url: v["url"]?.stringValue)
    }

    static func write(_ r: ArticleResult, _ j: inout JSONBytes) {
        j.open(UInt8(ascii: "{"))
        j.key("actors")
        j.open(UInt8(ascii: "{"))
        for id in r.actors.keys.sorted(by: utf8Precedes) {
            let a = r.actors[id]!
            j.key(id)
            j.open(UInt8(ascii: "{"))
            j.key("aliases"); j.strings(a.aliases.sorted(by: utf8Precedes))
            if let c = a.country { j.key("country"); j.string(c) }
            j.key("id"); j.string(a.id)
            j.key("name"); j.string(a.name)
            j.key("roles"); j.strings(a.roles.sorted(by: utf8Precedes))
            j.key("type"); j.string(a.type)
            j.close(UInt8(ascii: "}"))
        }
        j.close(UInt8(ascii: "}"))
        j.key("claims")
        j.open(UInt8(ascii: "["))
        for c in r.claims { write(c, &j) }
        j.close(UInt8(ascii: "]"))
        if let d = r.article.date { j.key("date"); j.date(d) }
        j.key("events")
        j.open(UInt8(ascii: "["))
        for e in r.events { write(e, &j) }
        j.close(UInt8(ascii: "]"))
        j.key("mention_counts")
        j.open(UInt8(ascii: "{"))
        for id in r.mentionCounts.keys.sorted(by: utf8Precedes) { j.key(id); j.int(r.mentionCounts[id]!) }
        j.close(UInt8(ascii: "}"))
        if !r.yearCandidates.isEmpty {
            j.key("year_candidates")
            j.open(UInt8(ascii: "["))
            for y in r.yearCandidates { j.int(y) }
            j.close(UInt8(ascii: "]"))
        }
        j.close(UInt8(ascii: "}"))
    }

    static func decodeResult(_ v: ExtractJSON, article: Article) -> ArticleResult? {
        guard let ao = v["actors"]?.objectValue, let mo = v["mention_counts"]?.objectValue,
              let ev = v["events"]?.arrayValue, let cv = v["claims"]?.arrayValue, let d = date(v["date"]) else { return nil }
        var actors: [String: ActorRecord] = [:]
        for (id, x) in ao {
            guard let name = x["name"]?.stringValue, let type = x["type"]?.stringValue else { return nil }
            actors[id] = ActorRecord(id: x["id"]?.stringValue ?? id, name: name, type: type,
                                     aliases: Set((x["aliases"]?.arrayValue ?? []).compactMap(\.stringValue)),
                                     country: x["country"]?.stringValue,
                                     roles: Set((x["roles"]?.arrayValue ?? []).compactMap(\.stringValue)))
        }
        var counts: [String: Int] = [:]
        for (id, n) in mo {
            guard let c = n.intValue else { return nil }
            counts[id] = c
        }
        var events: [Event] = []
        for e in ev {
            guard let x = decodeEvent(e) else { return nil }
            events.append(x)
        }
        var claims: [Claim] = []
        for c in cv {
            guard let x = decodeClaim(c) else { return nil }
            claims.append(x)
        }
        var a = article
        a.date = d
        return ArticleResult(article: a, actors: actors, mentionCounts: counts, events: events, claims: claims,
                             yearCandidates: (v["year_candidates"]?.arrayValue ?? []).compactMap(\.intValue))
    }

    static func write(_ evidence: [Evidence], _ j: inout JSONBytes) {
        j.open(UInt8(ascii: "["))
        for e in evidence {
            j.open(UInt8(ascii: "{"))
            j.key("article"); j.string(e.article)
            j.key("end"); j.int(e.end)
            j.key("path"); j.string(e.path)
            j.key("rule"); j.string(e.rule)
            j.key("sentence"); j.string(e.sentence)
            j.key("start"); j.int(e.start)
            j.close(UInt8(ascii: "}"))
        }
        j.close(UInt8(ascii: "]"))
    }

    static func decodeEvidence(_ v: ExtractJSON) -> Evidence? {
        guard let article = v["article"]?.stringValue, let path = v["path"]?.stringValue, let sentence = v["sentence"]?.stringValue,
              let start = v["start"]?.intValue, let end = v["end"]?.intValue, let rule = v["rule"]?.stringValue else { return nil }
        return Evidence(article: article, path: path, sentence: sentence, start: start, end: end, rule: rule)
    }

    static func decodeEvidenceList(_ v: ExtractJSON?) -> [Evidence]? {
        guard let a = v?.arrayValue else { return nil }
        var out: [Evidence] = []
        for x in a {
            guard let e = decodeEvidence(x) else { return nil }
            out.append(e)
        }
        return out
    }

    static func write(_ e: Event, _ j: inout JSONBytes) {
        j.open(UInt8(ascii: "{"))
        j.key("arguments")
        j.open(UInt8(ascii: "["))
        for a in e.arguments { j.strings([a.role, a.actor]) }
        j.close(UInt8(ascii: "]"))
        j.key("confidence"); j.double(e.confidence)
        if let c = e.count { j.key("count"); j.int(c) }
        if let d = e.date { j.key("date"); j.date(d) }
        j.key("date_source"); j.string(e.dateSource)
        j.key("evidence"); write(e.evidence, &j)
        if let k = e.killed { j.key("killed"); j.int(k) }
        j.key("modality"); j.string(e.modality.rawValue)
        if let p = e.place { j.key("place"); j.string(p) }
        j.key("trigger"); j.string(e.trigger)
        j.key("type"); j.string(e.type)
        if let w = e.wounded { j.key("wounded"); j.int(w) }
        j.close(UInt8(ascii: "}"))
    }

    static func decodeEvent(_ v: ExtractJSON) -> Event? {
        guard let type = v["type"]?.stringValue, let args = v["arguments"]?.arrayValue,
              let modality = v["modality"]?.stringValue.flatMap(Modality.init(rawValue:)),
              let confidence = v["confidence"]?.doubleValue, let trigger = v["trigger"]?.stringValue,
              let evidence = decodeEvidenceList(v["evidence"]), let d = date(v["date"]) else { return nil }
        var arguments: [(role: String, actor: String)] = []
        for a in args {
            guard let pair = a.arrayValue, pair.count == 2, let role = pair[0].stringValue, let actor = pair[1].stringValue else { return nil }
            arguments.append((role: role, actor: actor))
        }
        var e = Event(type: type, arguments: arguments, place: v["place"]?.stringValue, date: d, modality: modality,
                      confidence: confidence, trigger: trigger, evidence: evidence, count: v["count"]?.intValue)
        e.dateSource = v["date_source"]?.stringValue ?? "text"
        e.killed = v["killed"]?.intValue
        e.wounded = v["wounded"]?.intValue
        return e
    }

    static func write(_ c: Claim, _ j: inout JSONBytes) {
        j.open(UInt8(ascii: "{"))
        j.key("about"); j.strings(c.about)
        j.key("asserts")
        j.open(UInt8(ascii: "["))
        for i in c.asserts { j.int(i) }
        j.close(UInt8(ascii: "]"))
        if let d = c.date { j.key("date"); j.date(d) }
        j.key("evidence"); write(c.evidence, &j)
        j.key("first_sentence"); j.int(c.firstSentence)
        j.key("kind"); j.string(c.kind)
        j.key("last_sentence"); j.int(c.lastSentence)
        j.key("speaker"); j.string(c.speaker)
        if let s = c.speakerSurface { j.key("speaker_surface"); j.string(s) }
        j.key("stance"); j.string(c.stance)
        j.key("text"); j.string(c.text)
        j.close(UInt8(ascii: "}"))
    }

    static func decodeClaim(_ v: ExtractJSON) -> Claim? {
        guard let speaker = v["speaker"]?.stringValue, let text = v["text"]?.stringValue, let about = v["about"]?.arrayValue,
              let stance = v["stance"]?.stringValue, let kind = v["kind"]?.stringValue, let evidence = decodeEvidenceList(v["evidence"]),
              let asserts = v["asserts"]?.arrayValue, let d = date(v["date"]) else { return nil }
        var c = Claim(speaker: speaker, text: text, date: d, about: about.compactMap(\.stringValue), stance: stance, kind: kind,
                      evidence: evidence, asserts: asserts.compactMap(\.intValue))
        c.speakerSurface = v["speaker_surface"]?.stringValue
        c.firstSentence = v["first_sentence"]?.intValue ?? 0
        c.lastSentence = v["last_sentence"]?.intValue ?? 0
        return c
    }
}

// MARK: - Order

extension ArticleResult {
    /// The order results are merged in: by path, compared folder by folder (as a folder walk lists
    /// them: `a/b.txt` before `a.txt`), then by position in the file. Nil on a tie.
    public static func mergeOrder(_ a: ArticleResult, _ b: ArticleResult) -> Bool? {
        mergeOrder(path: a.article.path, index: a.article.index, path: b.article.path, index: b.article.index)
    }

    static func mergeOrder(path pa: String, index ia: Int, path pb: String, index ib: Int) -> Bool? {
        if pa != pb { return comparePaths(pa, pb) }
        return ia == ib ? nil : ia < ib
    }

    /// Component-wise byte order of two paths (true when `a` comes first).
    static func comparePaths(_ a: String, _ b: String) -> Bool {
        let ca = a.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        let cb = b.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        for (x, y) in zip(ca, cb) where !x.elementsEqual(y) { return x.lexicographicallyPrecedes(y) }
        return ca.count < cb.count
    }
}

// MARK: - Extraction

extension Pipeline {
    /// The extraction record of one article: a pure function of the article and the ontology (no year hint;
    /// when only a hint could date the article, one analysis per candidate year as well).
    public func extract(_ article: Article) -> ExtractionRecord { extract(article, scratch: Scratch()) }

    /// `extract` with the values this thread has already worked out (see `Pipeline.Scratch`).
    func extract(_ article: Article, scratch: Scratch) -> ExtractionRecord {
        CrashGuard.note(article); defer { CrashGuard.clear() }
        let prepared = prepare(article, scratch)
        let base = analyze(article, prepared, yearHint: nil)
        var variants: [Int: ArticleResult] = [:]
        for y in base.yearCandidates { variants[y] = analyze(article, prepared, yearHint: y) }
        return ExtractionRecord(article: article, result: base, variants: variants)
    }

    /// Extraction records of `articles` on `jobs` threads, in input order.
    public func extract(_ articles: [Article], jobs: Int) -> [ExtractionRecord] {
        ParallelChunks.each(articles.count, jobs: jobs, minimumChunk: 1) { extract(articles[$0]) }
    }

    /// The extraction lines (`ExtractionRecord.jsonLine`) of `articles`, made on `jobs` threads, in input order.
    public func extractLines(_ articles: [Article], jobs: Int) -> [[UInt8]] {
        ParallelChunks.each(articles.count, jobs: jobs, minimumChunk: 1) { extract(articles[$0]).jsonLine() }
    }

    /// Articles from numbered JSON Lines (`N<TAB>record`, N the record's 1-based line number in the
    /// file `path`): what Spark pipes to `kgbuild extract --numbered`, so that ids and order are those of
    /// reading the whole file even when its lines are split over many workers.
    public func readNumbered(line: ArraySlice<UInt8>, path: String, problems: inout [IngestProblem]) -> Article? {
        guard let tab = line.firstIndex(of: 9), let n = Int(String(decoding: line[line.startIndex..<tab], as: UTF8.self)), n >= 1 else {
            problems.append(IngestProblem(path: path, reason: "numbered line without 'N<TAB>' prefix; skipped"))
            return nil
        }
        var body = line[(tab + 1)...]
        if n == 1, body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // a byte-order mark
        if body.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return nil }
        guard var a = JSONLinesReader(textReader: textReader).record(body, path: path, line: n, index: n - 1, problems: &problems) else {
            return nil
        }
        if a.body.utf8.count > Self.maxBodyBytes {
            a.body = Self.truncate(a.body, to: Self.maxBodyBytes)
            problems.append(IngestProblem(path: "\(path):\(n)", reason: "longer than \(Self.maxBodyBytes >> 20) MiB; the rest is not read"))
        }
        return a
    }
}

// MARK: - Lines

/// Reads a file descriptor line by line in blocks, so no more than a block and one line are held.
struct LineReader {
    let fd: Int32
    var buffer: [UInt8] = []
    var start = 0
    var eof = false
    /// Byte offset in the file of `buffer[0]`.
    var bufferOffset: Int64 = 0
    static let block = 1 << 20

    init(fd: Int32) { self.fd = fd }

    /// The next line without its `\n`, with its byte offset; nil at the end.
    mutating func next() -> (line: ArraySlice<UInt8>, offset: Int64)? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 10) {
                let line = buffer[start..<nl]
                let off = bufferOffset + Int64(start)
                start = nl + 1
                return (line, off)
            }
            if eof {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                let off = bufferOffset + Int64(start)
                start = buffer.count
                return (line, off)
            }
            // compact and refill
            if start > 0 {
                bufferOffset += Int64(start)
                buffer.removeSubrange(0..<start)
                start = 0
            }
            let old = buffer.count
            buffer += [UInt8](repeating: 0, count: Self.block)
            let n = buffer.withUnsafeMutableBufferPointer { p in read(fd, p.baseAddress! + old, Self.block) }
            if n <= 0 {
                if n < 0 && errno == EINTR { buffer.removeSubrange(old...); continue }
                eof = true
                buffer.removeSubrange(old...)
            } else {
                buffer.removeSubrange((old + n)...)
            }
        }
    }
}

// MARK: - Merge

/// `kgbuild merge`: extraction lines in, one graph out, the same bytes as `kgbuild INPUT` whatever the
/// split or order of the lines.
///
/// Memory: a first pass reads each line's `article` member only and keeps a small index entry per
/// article (file, offset, length, position key, year): tens of bytes. The lines are then read again one
/// at a time in merge order and streamed through `GraphBuilder`, so what stays in memory is the graph
/// being built plus the index, never the records.
public struct ExtractionMerger {
    public let ontology: Ontology

    public init(ontology: Ontology) { self.ontology = ontology }

    struct Entry {
        var file: Int32
        var line: Int32
        var offset: Int64
        var length: Int32
        var path: Int32
        var index: Int
        var hash: UInt64
    }

    public struct Summary: Sendable {
        public var articles = 0
        public var eventsByType: [String: Int] = [:]
        public var claims = 0
    }

    /// The files behind `inputs`: files as named, folders' regular files (sorted, skipping names that start
    /// with `.` or `_`, like Spark's `_SUCCESS`), `-` for standard input.
    public static func files(_ inputs: [String], problems: inout [IngestProblem]) -> [String] {
        var out: [String] = []
        for input in inputs {
            if input == "-" { out.append(input); continue }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
                problems.append(IngestProblem(path: input, reason: "no such file or folder; skipped"))
                continue
            }
            if !isDir.boolValue { out.append(input); continue }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? [])
                .filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }
                .sorted(by: utf8Precedes)
            let base = input.hasSuffix("/") ? input : input + "/"
            for n in names {
                var d: ObjCBool = false
                if FileManager.default.fileExists(atPath: base + n, isDirectory: &d), !d.boolValue { out.append(base + n) }
            }
        }
        return out
    }

    /// Merges the extraction lines of `inputs` (files, folders, `-`) into one graph.
    public func merge(_ inputs: [String], problems: inout [IngestProblem]) -> (KnowledgeGraph, Summary) {
        var entries: [Entry] = []
        var names: [String] = []
        /// What the second pass opens for each file: the file itself, or standard input's spool.
        var sources: [String] = []
        var pathIDs: [String: Int32] = [:]
        var pathList: [String] = []
        var yearsByPath: [Int32: [Int: Int]] = [:]
        var spooled: [String] = []
        defer { for s in spooled { unlink(s) } }
        for f in Self.files(inputs, problems: &problems) {
            var fd: Int32
            var spool: Int32 = -1
            if f == "-" {
                fd = 0
                var template = Array((NSTemporaryDirectory() + "/kgbuild-merge-XXXXXX").utf8CString)
                spool = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
                if spool < 0 { problems.append(IngestProblem(path: "-", reason: "cannot spool standard input; skipped")); continue }
                spooled.append(String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            } else {
                fd = open(f, O_RDONLY | O_CLOEXEC)
                if fd < 0 { problems.append(IngestProblem(path: f, reason: "cannot open (\(String(cString: strerror(errno)))); skipped")); continue }
            }
            let fileNo = Int32(names.count)
            names.append(f)
            var reader = LineReader(fd: fd)
            var lineNo: Int32 = 0
            while let (line, off) = reader.next() {
                lineNo += 1
                if spool >= 0 {
                    // standard input is copied to a temporary file so that the second pass can seek
                    var chunk = Array(line); chunk.append(10)
                    _ = chunk.withUnsafeBufferPointer { write(spool, $0.baseAddress!, $0.count) }
                }
                if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                let head = ExtractJSON.parseFirstMember(line, key: "article") ?? ExtractJSON.parse(line)?["article"]
                guard let h = head, let a = ExtractionRecord.decodeArticle(h) else {
                    problems.append(IngestProblem(path: "\(f):\(lineNo)", reason: "not an extraction line; skipped"))
                    continue
                }
                let pid: Int32
                if let p = pathIDs[a.path] { pid = p } else { pid = Int32(pathList.count); pathIDs[a.path] = pid; pathList.append(a.path) }
                if let y = a.date?.year { yearsByPath[pid, default: [:]][y, default: 0] += 1 }
                entries.append(Entry(file: fileNo, line: lineNo, offset: off, length: Int32(line.count), path: pid, index: a.index, hash: fnvBytes(line)))
            }
            if spool >= 0 {
                close(spool)
                sources.append(spooled.last!)
            } else {
                close(fd)
                sources.append(f)
            }
        }
        // year hints: the median year of the same path's dated articles, else of all (Pipeline.yearHints)
        var all: [Int: Int] = [:]
        for h in yearsByPath.values { for (y, c) in h { all[y, default: 0] += c } }
        let global = Pipeline.medianYear(counts: all)
        let hints: [Int?] = pathList.indices.map { Pipeline.medianYear(counts: yearsByPath[Int32($0)] ?? [:]) ?? global }
        // merge order: path rank, position, then the line's hash so that equal keys still sort the same
        let rank = pathList.indices.sorted { ArticleResult.comparePaths(pathList[$0], pathList[$1]) }
        var rankOf = [Int](repeating: 0, count: pathList.count)
        for (r, p) in rank.enumerated() { rankOf[p] = r }
        entries.sort { (rankOf[Int($0.path)], $0.index, $0.hash, $0.length) < (rankOf[Int($1.path)], $1.index, $1.hash, $1.length) }

        let problemBox = ProblemBox()
        let namesCopy = names, sourcesCopy = sources
        // one file open at a time (Spark writes thousands of part files); merge order visits them in runs
        let open1 = OpenFile()
        defer { open1.close() }
        let results = entries.lazy.compactMap { e -> ArticleResult? in
            var bytes = [UInt8](repeating: 0, count: Int(e.length))
            let fd = open1.fd(for: Int(e.file), path: sourcesCopy[Int(e.file)])
            let got = fd < 0 ? -1 : bytes.withUnsafeMutableBufferPointer { pread(fd, $0.baseAddress!, Int(e.length), off_t(e.offset)) }
            guard got == Int(e.length) else {
                problemBox.items.append(IngestProblem(path: "\(namesCopy[Int(e.file)]):\(e.line)", reason: "cannot be read again; skipped"))
                return nil
            }
            do {
                let record = try ExtractionRecord(line: bytes)
                return record.resolved(yearHint: hints[Int(e.path)])
            } catch {
                problemBox.items.append(IngestProblem(path: "\(namesCopy[Int(e.file)]):\(e.line)", reason: "\(error); skipped"))
                return nil
            }
        }
        let merged = GraphBuilder(ontology: ontology).accumulate(results, jobs: ProcessInfo.processInfo.activeProcessorCount)
        let summary = Summary(articles: merged.articleCount, eventsByType: merged.eventsByType, claims: merged.claimCount)
        problems += problemBox.items
        return (merged.finish(), summary)
    }
}

final class ProblemBox { var items: [IngestProblem] = [] }

/// The one file the merge's second pass has open.
final class OpenFile {
    var file = -1
    var descriptor: Int32 = -1
    func fd(for file: Int, path: String) -> Int32 {
        if file != self.file {
            close()
            self.file = file
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        }
        return descriptor
    }
    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
        file = -1
    }
}

/// FNV-1a of `bytes`; `continuing`, the hash of what came before them (several buffers hashed as one).
func fnvBytes<C: Collection>(_ bytes: C, continuing start: UInt64 = 0xcbf29ce484222325) -> UInt64 where C.Element == UInt8 {
    var h = start
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    return h
}

// MARK: - Canonical lines

/// Extraction lines as `jsonLine` writes them (its keys in its order, no white space) read straight into
/// records, without a tree of dictionaries: reading the cache's lines cost as much as analysing the
/// articles. Anything else gives nil, and `ExtractionRecord(line:)` reads the line through the general
/// JSON tree, which then decides; both give the same record for a line they both read.
extension ExtractJSONReader {
    mutating func take(_ b: UInt8) -> Bool {
        guard i < p.count, p[i] == b else { return false }
        i += 1
        return true
    }

    /// `"key":`, after a comma unless it is the object's first member; on a mismatch nothing is consumed.
    mutating func member(_ key: StaticString, first: Bool = false) -> Bool {
        let start = i
        let n = key.utf8CodeUnitCount
        guard first || take(UInt8(ascii: ",")), take(UInt8(ascii: "\"")), i + n + 2 <= p.count,
              memcmp(p.baseAddress! + i, key.utf8Start, n) == 0, p[i + n] == UInt8(ascii: "\""), p[i + n + 1] == UInt8(ascii: ":") else {
            i = start
            return false
        }
        i += n + 2
        return true
    }

    /// An integer as `Int(text)` reads the number's text; nil for anything else.
    mutating func int() -> Int? {
        let start = i
        let negative = take(UInt8(ascii: "-"))
        var v = 0
        while i < p.count, p[i] >= 48, p[i] <= 57 {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(p[i] - 48))
            guard !o1, !o2 else { return nil }
            v = a
            i += 1
        }
        guard i > start + (negative ? 1 : 0) else { return nil }
        if i < p.count, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") { return nil }
        return negative ? -v : v
    }

    mutating func double() -> Double? { numberText().flatMap { Double($0) } }

    mutating func strings() -> [String]? { list { $0.string() } }
    mutating func ints() -> [Int]? { list { $0.int() } }

    /// `[X,X,...]` with `element` reading each X.
    mutating func list<T>(_ element: (inout ExtractJSONReader) -> T?) -> [T]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var out: [T] = []
        if take(UInt8(ascii: "]")) { return out }
        repeat {
            guard let x = element(&self) else { return nil }
            out.append(x)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? out : nil
    }

    /// A date as `ExtractionRecord.date` reads it (the string `PartialDate.normalized` wrote).
    mutating func date() -> PartialDate?? {
        guard let s = string(), let d = ExtractionRecord.date(.string(s)) else { return nil }
        return .some(d)
    }

    mutating func canonicalRecord() -> ExtractionRecord? {
        guard take(UInt8(ascii: "{")), member("article", first: true), let a = canonicalArticle(),
              member("kgbuild_extract"), int() == ExtractionRecord.version,
              member("result"), let r = canonicalResult(a) else { return nil }
        var variants: [Int: ArticleResult] = [:]
        if member("variants") {
            guard let list = list({ rd -> (Int, ArticleResult)? in
                guard rd.take(UInt8(ascii: "{")), rd.member("result", first: true), let r = rd.canonicalResult(a),
                      rd.member("year"), let y = rd.int(), rd.take(UInt8(ascii: "}")) else { return nil }
                return (y, r)
            }) else { return nil }
            for (y, r) in list { variants[y] = r }
        }
        guard take(UInt8(ascii: "}")), i == p.count else { return nil }
        return ExtractionRecord(article: a, result: r, variants: variants)
    }

    mutating func canonicalArticle() -> Article? {
        guard take(UInt8(ascii: "{")), member("body_offset", first: true), let offset = int() else { return nil }
        var date: PartialDate? = nil
        if member("date") { guard let d = self.date() else { return nil }; date = d }
        guard member("id"), let id = string(), member("index"), let index = int(), member("path"), let path = string() else { return nil }
        var place: String? = nil, source: String? = nil, url: String? = nil
        if member("place") { guard let x = string() else { return nil }; place = x }
        if member("source") { guard let x = string() else { return nil }; source = x }
        guard member("title"), let title = string() else { return nil }
        if member("url") { guard let x = string() else { return nil }; url = x }
        guard take(UInt8(ascii: "}")) else { return nil }
        return Article(id: id, path: path, index: index, title: title, body: "", bodyOffset: offset, date: date,
                       source: source, place: place, url: url)
    }

    mutating func canonicalResult(_ article: Article) -> ArticleResult? {
        guard take(UInt8(ascii: "{")), member("actors", first: true), take(UInt8(ascii: "{")) else { return nil }
        var actors: [String: ActorRecord] = [:]
        if !take(UInt8(ascii: "}")) {
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")), take(UInt8(ascii: "{")),
                      member("aliases", first: true), let aliases = strings() else { return nil }
                var country: String? = nil
                if member("country") { guard let c = string() else { return nil }; country = c }
                guard member("id"), let id = string(), member("name"), let name = string(), member("roles"), let roles = strings(),
                      member("type"), let type = string(), take(UInt8(ascii: "}")) else { return nil }
                actors[key] = ActorRecord(id: id, name: name, type: type, aliases: Set(aliases), country: country, roles: Set(roles))
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return nil }
        }
        guard member("claims"), let claims = list({ $0.canonicalClaim() }) else { return nil }
        var a = article
        a.date = nil
        if member("date") { guard let d = date() else { return nil }; a.date = d }
        guard member("events"), let events = list({ $0.canonicalEvent() }), member("mention_counts"), take(UInt8(ascii: "{")) else { return nil }
        var counts: [String: Int] = [:]
        if !take(UInt8(ascii: "}")) {
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")), let n = int() else { return nil }
                counts[key] = n
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return nil }
        }
        var years: [Int] = []
        if member("year_candidates") { guard let y = ints() else { return nil }; years = y }
        guard take(UInt8(ascii: "}")) else { return nil }
        return ArticleResult(article: a, actors: actors, mentionCounts: counts, events: events, claims: claims, yearCandidates: years)
    }

    mutating func canonicalEvidence() -> [Evidence]? {
        list { rd -> Evidence? in
            guard rd.take(UInt8(ascii: "{")), rd.member("article", first: true), let article = rd.string(),
                  rd.member("end"), let end = rd.int(), rd.member("path"), let path = rd.string(),
                  rd.member("rule"), let rule = rd.string(), rd.member("sentence"), let sentence = rd.string(),
                  rd.member("start"), let start = rd.int(), rd.take(UInt8(ascii: "}")) else { return nil }
            return Evidence(article: article, path: path, sentence: sentence, start: start, end: end, rule: rule)
        }
    }

    mutating func canonicalEvent() -> Event? {
        guard take(UInt8(ascii: "{")), member("arguments", first: true),
              let args = list({ rd -> (role: String, actor: String)? in
                  guard let pair = rd.strings(), pair.count == 2 else { return nil }
                  return (role: pair[0], actor: pair[1])
              }),
              member("confidence"), let confidence = double() else { return nil }
        var count: Int? = nil, date: PartialDate? = nil, killed: Int? = nil, place: String? = nil, wounded: Int? = nil
        if member("count") { guard let c = int() else { return nil }; count = c }
        if member("date") { guard let d = self.date() else { return nil }; date = d }
        guard member("date_source"), let dateSource = string(), member("evidence"), let evidence = canonicalEvidence() else { return nil }
        if member("killed") { guard let k = int() else { return nil }; killed = k }
        guard member("modality"), let m = string(), let modality = Modality(rawValue: m) else { return nil }
        if member("place") { guard let x = string() else { return nil }; place = x }
        guard member("trigger"), let trigger = string(), member("type"), let type = string() else { return nil }
        if member("wounded") { guard let w = int() else { return nil }; wounded = w }
        guard take(UInt8(ascii: "}")) else { return nil }
        var e = Event(type: type, arguments: args, place: place, date: date, modality: modality, confidence: confidence,
                      trigger: trigger, evidence: evidence, count: count)
        e.dateSource = dateSource
        e.killed = killed
        e.wounded = wounded
        return e
    }

    mutating func canonicalClaim() -> Claim? {
        guard take(UInt8(ascii: "{")), member("about", first: true), let about = strings(), member("asserts"), let asserts = ints() else { return nil }
        var date: PartialDate? = nil, surface: String? = nil
        if member("date") { guard let d = self.date() else { return nil }; date = d }
        guard member("evidence"), let evidence = canonicalEvidence(), member("first_sentence"), let first = int(),
              member("kind"), let kind = string(), member("last_sentence"), let last = int(),
              member("speaker"), let speaker = string() else { return nil }
        if member("speaker_surface") { guard let x = string() else { return nil }; surface = x }
        guard member("stance"), let stance = string(), member("text"), let text = string(), take(UInt8(ascii: "}")) else { return nil }
        var c = Claim(speaker: speaker, text: text, date: date, about: about, stance: stance, kind: kind, evidence: evidence, asserts: asserts)
        c.speakerSurface = surface
        c.firstSentence = first
        c.lastSentence = last
        return c
    }
}
