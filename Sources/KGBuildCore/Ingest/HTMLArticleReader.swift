import CLibXML2
import Foundation

/// Reads a saved news page with libxml2's HTML parser (no network, no entities): the headline from
/// `og:title`, `<h1>` or `<title>`; the date from `article:published_time`, `<time datetime>` or
/// JSON-LD `datePublished`; the agency from `og:site_name` or the byline; the body from the paragraphs
/// of the main content (`<article>`, `<main>`, else the element holding the most paragraph text),
/// without navigation, scripts, captions, share buttons or link lists.
public struct HTMLArticleReader: Sendable {
    public var textReader: TextArticleReader

    public init(textReader: TextArticleReader = TextArticleReader()) {
        self.textReader = textReader
    }

    public func read(data: [UInt8], path: String, problems: inout [IngestProblem]) -> [Article] {
        guard let page = Self.parse(data) else {
            problems.append(IngestProblem(path: path, reason: "HTML could not be parsed; skipped"))
            return []
        }
        guard !page.body.isEmpty else {
            problems.append(IngestProblem(path: path, reason: "HTML page without article text; skipped"))
            return []
        }
        let title = page.title.isEmpty ? "(untitled)" : page.title
        return [RecordAssembly.article(title: title, text: page.body, date: page.date, source: page.source,
                                       url: page.url, id: nil, fallbackID: "\(path)#1", path: path, index: 0,
                                       isPlace: textReader.isPlace)]
    }

    /// What a page yields.
    struct Page {
        var title = ""
        var body = ""
        var date: PartialDate?
        var source: String?
        var url: String?
    }

    /// Bytes and encoding name for libxml2: UTF-16 and text that is not UTF-8 and declares no other
    /// charset are converted to UTF-8 here (libxml2 would read the latter as Latin-1, not Windows-1252).
    static func prepare(_ data: [UInt8]) -> (bytes: [UInt8], encoding: String?) {
        if data.count >= 2, (data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF) {
            if case .success(let s) = TextDecoding.decode(data) { return (Array(s.utf8), "UTF-8") }
        }
        var bytes = data[...]
        if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF { bytes = data[3...] }
        if String(validatingUTF8Bytes: bytes) != nil { return (Array(bytes), "UTF-8") }
        if let cs = declaredCharset(bytes.prefix(4096)), cs != "utf-8", cs != "utf8" { return (Array(bytes), nil) }
        return (Array(TextDecoding.windows1252(bytes).utf8), "UTF-8")
    }

    /// The `charset=` value in the first bytes of a page, lower case.
    static func declaredCharset(_ head: ArraySlice<UInt8>) -> String? {
        let lower = head.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let key = Array("charset=".utf8)
        guard lower.count >= key.count else { return nil }
        for i in 0...(lower.count - key.count) where lower[i] == 99 && Array(lower[i..<(i + key.count)]) == key {
            var j = i + key.count
            while j < lower.count, lower[j] == 34 || lower[j] == 39 || lower[j] == 32 { j += 1 }
            var k = j
            while k < lower.count, isASCIILetterOrDigit(lower[k]) || lower[k] == 45 || lower[k] == 95 { k += 1 }
            return k > j ? String(decoding: lower[j..<k], as: UTF8.self) : nil
        }
        return nil
    }

    static func isASCIILetterOrDigit(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || (b >= 65 && b <= 90) }

    /// Parses an HTML document into a page; nil when libxml2 returns no document.
    static func parse(_ data: [UInt8]) -> Page? {
        let (bytes, encoding) = prepare(data)
        if let page = parse(bytes, encoding: encoding) { return page }
        // a charset libxml2 cannot convert: read the bytes as Windows-1252 instead
        guard encoding == nil else { return nil }
        return parse(Array(TextDecoding.windows1252(bytes[...]).utf8), encoding: "UTF-8")
    }

    static func parse(_ bytes: [UInt8], encoding: String?) -> Page? {
        _ = LibXML.initialized
        guard !bytes.isEmpty else { return nil }
        let options = Int32(bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(clamping: buf.count), nil, encoding, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return Page() }
        var scan = PageScan()
        scan.run(root)
        return scan.page()
    }

    /// Text of an HTML fragment (a feed item's description): all text, blocks on their own lines.
    static func fragmentText(_ html: String) -> String {
        _ = LibXML.initialized
        let bytes = Array(html.utf8)
        guard !bytes.isEmpty else { return "" }
        let options = Int32(bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(clamping: buf.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return "" }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return "" }
        return LibXML.text(root, skip: { n, nm in LibXML.neverText.contains(nm) || PageScan.isJunk(n, nm) })
    }
}

/// One pass over a page's tree, collecting metadata and candidate paragraphs.
struct PageScan {
    struct Paragraph {
        var text: [UInt8]
        var linkBytes: Int
        var parent: UInt
        var grandparent: UInt
        var container: UInt?
        var inHeader: Bool
    }

    var meta: [String: String] = [:]
    var titleTag = ""
    var h1: [(text: String, container: UInt?)] = []
    var times: [(value: String, container: UInt?)] = []
    var ldjson: [String] = []
    var bylines: [String] = []
    var paragraphs: [Paragraph] = []
    var containers: [xmlNodePtr] = []
    var headerDepth: [xmlNodePtr] = []
    var bodyNode: xmlNodePtr?

    static func id(_ n: xmlNodePtr?) -> UInt { n.map { UInt(bitPattern: $0) } ?? 0 }

    /// Class and id tokens of boilerplate blocks. Matched on non-container elements below `<body>` only,
    /// since themes put words like "sidebar" on `<body>` itself.
    static let junkWords = ["share", "social", "related", "comment", "promo", "advert", "newsletter", "subscri",
                            "sidebar", "breadcrumb", "cookie", "popup", "modal", "recommend", "outbrain", "taboola",
                            "caption", "sponsor", "trending", "most-read", "mostread", "toolbar", "signup", "paywall",
                            "more-stories", "read-more", "readmore", "tags", "menu", "masthead", "skip-link"]
    static let junkTokens: Set<String> = ["ad", "ads", "nav", "footer", "banner", "widget", "print", "email", "tweet"]

    static func isJunk(_ n: xmlNodePtr, _ nm: String) -> Bool {
        if nm == "nav" || nm == "aside" || nm == "footer" || nm == "menu" { return true }
        if nm == "body" || nm == "html" || nm == "article" || nm == "main" { return false }
        if let role = LibXML.attribute(n, "role"), ["navigation", "complementary", "banner", "contentinfo", "menu", "dialog"].contains(role.lowercased()) {
            return true
        }
        if LibXML.attribute(n, "hidden") != nil || LibXML.attribute(n, "aria-hidden") == "true" { return true }
        for attr in ["class", "id"] {
            guard let v = LibXML.attribute(n, attr), !v.isEmpty else { continue }
            for tok in v.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                if junkTokens.contains(String(tok)) || tok.hasPrefix("ad-") || tok.hasPrefix("ads-") || tok.hasPrefix("ad_") { return true }
                if tok.contains("commentary") { continue }
                for w in junkWords where tok.contains(w) { return true }
            }
        }
        return false
    }

    static func isByline(_ n: xmlNodePtr) -> Bool {
        if LibXML.attribute(n, "rel") == "author" || LibXML.attribute(n, "itemprop") == "author" { return true }
        guard let c = LibXML.attribute(n, "class")?.lowercased() else { return false }
        return c.contains("byline") || c.contains("author")
    }

    static func isContainer(_ n: xmlNodePtr, _ nm: String) -> Bool {
        if nm == "article" || nm == "main" { return true }
        if let ip = LibXML.attribute(n, "itemprop"), ip == "articleBody" { return true }
        return LibXML.attribute(n, "role") == "main"
    }

    mutating func run(_ root: xmlNodePtr) {
        LibXML.walk(root, enter: { n in enter(n) }, leave: { n in
            if containers.last == n { containers.removeLast() }
            if headerDepth.last == n { headerDepth.removeLast() }
        })
    }

    mutating func enter(_ n: xmlNodePtr) -> Bool {
        guard n.pointee.type == XML_ELEMENT_NODE else { return false }
        let nm = LibXML.name(n)
        switch nm {
        case "head":
            return true
        case "body":
            if bodyNode == nil { bodyNode = n }
        case "meta":
            let key = (LibXML.attribute(n, "property") ?? LibXML.attribute(n, "name") ?? LibXML.attribute(n, "itemprop"))?.lowercased()
            if let key, let c = LibXML.attribute(n, "content"), meta[key] == nil { meta[key] = c }
            return false
        case "link":
            if LibXML.attribute(n, "rel")?.lowercased() == "canonical", let h = LibXML.attribute(n, "href"), meta["canonical"] == nil {
                meta["canonical"] = h
            }
            return false
        case "title":
            if titleTag.isEmpty { titleTag = LibXML.text(n) }
            return false
        case "script":
            if LibXML.attribute(n, "type")?.lowercased() == "application/ld+json", ldjson.count < 8 { ldjson.append(LibXML.text(n)) }
            return false
        case "time":
            if let v = LibXML.attribute(n, "datetime") { times.append((v, containers.last.map(Self.id))) }
        default: break
        }
        if LibXML.neverText.contains(nm) { return false }
        if Self.isByline(n) {
            if bylines.count < 4 { bylines.append(LibXML.text(n)) }
            return false
        }
        if Self.isJunk(n, nm) { return false }
        if nm == "h1" {
            h1.append((LibXML.text(n), containers.last.map(Self.id)))
            return false
        }
        if nm == "p" {
            addParagraph(n)
            return false
        }
        if Self.isContainer(n, nm) { containers.append(n) }
        if nm == "header" { headerDepth.append(n) }
        return true
    }

    mutating func addParagraph(_ n: xmlNodePtr) {
        var sink = TextSink()
        var links = 0
        var linkEnd: xmlNodePtr? = nil
        LibXML.walk(n, enter: { c in
            if let t = LibXML.content(c) {
                let before = sink.out.count
                sink.add(t)
                if linkEnd != nil { links += sink.out.count - before }
                return false
            }
            guard c.pointee.type == XML_ELEMENT_NODE else { return false }
            let nm = LibXML.name(c)
            if c != n, LibXML.neverText.contains(nm) || Self.isJunk(c, nm) { return false }
            if nm == "br" { sink.lineBreak(1) }
            if nm == "a", linkEnd == nil { linkEnd = c }
            return true
        }, leave: { c in
            if c == linkEnd { linkEnd = nil }
        })
        guard !sink.out.isEmpty else { return }
        let parent = n.pointee.parent
        paragraphs.append(Paragraph(text: sink.out, linkBytes: links, parent: Self.id(parent),
                                    grandparent: Self.id(parent?.pointee.parent), container: containers.last.map(Self.id),
                                    inHeader: !headerDepth.isEmpty))
    }

    static let furnitureKeys = TextArticleReader.furnitureKeys.union(["share on facebook", "share on twitter", "ad", "ads",
                                                                      "sponsored", "continue reading", "sign up", "loading..."])

    /// A paragraph that is page furniture: mostly links, a lone "Share"/"Advertisement", or a byline.
    static func isFurniture(_ p: Paragraph) -> Bool {
        if p.linkBytes * 2 > p.text.count { return true }
        if p.text.count < 40 {
            let key = TextArticleReader.foldKey(p.text[...])
            if furnitureKeys.contains(key) { return true }
            if key.hasPrefix("by ") || key.hasPrefix("photo:") || key.hasPrefix("image:") { return true }
        }
        return false
    }

    func page() -> HTMLArticleReader.Page {
        var page = HTMLArticleReader.Page()
        let candidates = paragraphs.filter { !$0.inHeader && !Self.isFurniture($0) }
        var chosen: [Paragraph] = []
        var container: UInt? = nil
        if candidates.contains(where: { $0.container != nil }) {
            var total: [UInt: Int] = [:]
            var order: [UInt] = []
            for p in candidates { if let c = p.container { if total[c] == nil { order.append(c) }; total[c, default: 0] += p.text.count } }
            var best = order[0]
            for o in order where total[o]! > total[best]! { best = o }
            container = best
            chosen = candidates.filter { $0.container == best }
        } else if !candidates.isEmpty {
            // readability-style: a paragraph scores for its parent, half for its grandparent
            var score: [UInt: Int] = [:]
            var order: [UInt] = []
            for p in candidates {
                if score[p.parent] == nil { order.append(p.parent) }
                score[p.parent, default: 0] += p.text.count * 2
                if p.grandparent != 0 {
                    if score[p.grandparent] == nil { order.append(p.grandparent) }
                    score[p.grandparent, default: 0] += p.text.count
                }
            }
            var best = order[0]
            for o in order where score[o]! > score[best]! { best = o }
            chosen = candidates.filter { $0.parent == best || $0.grandparent == best }
        }
        let title = firstNonEmpty([meta["og:title"], meta["twitter:title"],
                                   h1.first(where: { $0.container == container && container != nil })?.text,
                                   h1.first?.text, ld("headline"), stripSiteSuffix(titleTag)])
        page.title = TextArticleReader.clean(title ?? "")
        var body: [UInt8] = []
        for p in chosen {
            if body.isEmpty, TextArticleReader.clean(String(decoding: p.text, as: UTF8.self)) == page.title { continue }
            if !body.isEmpty { body += [10, 10] }
            body += p.text
        }
        if body.isEmpty, let b = bodyNode {
            // no paragraphs (text in bare divs or <br> lines): all text outside page furniture
            body = Array(LibXML.text(b, skip: { n, nm in LibXML.neverText.contains(nm) || Self.isJunk(n, nm) || Self.isByline(n) || nm == "h1" }).utf8)
        }
        page.body = String(decoding: body, as: UTF8.self)
        var dateStrings: [String?] = [meta["article:published_time"], meta["og:article:published_time"], meta["datepublished"],
                                      meta["pubdate"], meta["publishdate"], meta["date"], meta["dc.date"], meta["dcterms.created"],
                                      meta["parsely-pub-date"], meta["sailthru.date"]]
        dateStrings += times.filter { $0.container == container && container != nil }.map(\.value)
        dateStrings += times.map(\.value)
        dateStrings.append(ld("datePublished"))
        dateStrings.append(ld("dateCreated"))
        for s in dateStrings { if let s, let d = DateParsing.parse(s.trimmingCharacters(in: .whitespaces)) { page.date = d; break } }
        page.source = firstNonEmpty([meta["og:site_name"], bylineAgency(), ldPublisher()])
        page.url = firstNonEmpty([meta["og:url"], meta["canonical"]])
        return page
    }

    func firstNonEmpty(_ xs: [String?]) -> String? {
        for x in xs { if let x, hasNonWhitespace(x) { return TextArticleReader.clean(x) } }
        return nil
    }

    /// "Talks stall again | Example News" → "Talks stall again".
    func stripSiteSuffix(_ t: String) -> String {
        for sep in [" | ", " - ", " – ", " — "] {
            if let r = t.range(of: sep, options: .backwards), t.distance(from: t.startIndex, to: r.lowerBound) >= 12 {
                return String(t[..<r.lowerBound])
            }
        }
        return t
    }

    /// An agency named in a byline ("By Jane Doe, Reuters", "Associated Press").
    func bylineAgency() -> String? {
        for b in bylines {
            let words = b.split(whereSeparator: { !$0.isLetter && $0 != "-" })
            for (k, v) in DatelineParser.agencies {
                let kw = k.split(separator: " ")
                if kw.count == 1 ? words.contains(where: { $0 == kw[0] }) : b.contains(k) { return v }
            }
        }
        return nil
    }

    /// The first string value of `key` in the page's JSON-LD (searched breadth-first, depth-limited).
    func ld(_ key: String) -> String? {
        for s in ldjson {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(s.utf8)) else { continue }
            var queue: [(Any, Int)] = [(obj, 0)]
            var i = 0
            while i < queue.count, i < 10_000 {
                let (v, depth) = queue[i]
                i += 1
                if let d = v as? [String: Any] {
                    if let s = d[key] as? String, !s.isEmpty { return s }
                    if depth < 8 { for k in d.keys.sorted() { queue.append((d[k]!, depth + 1)) } }
                } else if let a = v as? [Any], depth < 8 {
                    for x in a { queue.append((x, depth + 1)) }
                }
            }
        }
        return nil
    }

    func ldPublisher() -> String? {
        for s in ldjson {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(s.utf8)) else { continue }
            let items: [Any] = (obj as? [Any]) ?? ((obj as? [String: Any])?["@graph"] as? [Any]) ?? [obj]
            for it in items {
                if let d = it as? [String: Any], let p = d["publisher"] as? [String: Any], let n = p["name"] as? String { return n }
            }
        }
        return nil
    }
}
