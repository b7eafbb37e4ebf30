import CLibXML2
import Foundation

/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one article per item or entry, with
/// `content:encoded`, `description`, `content` or `summary` as body (HTML in it is turned into text by the
/// HTML parser) and `pubDate`, `published`, `dc:date` or `updated` as date. libxml2 runs without network,
/// DTD loading or entity substitution; entity references left in the tree are never followed, so neither
/// a billion-laughs nor an external entity is expanded.
public struct FeedReader: Sendable {
    public var textReader: TextArticleReader

    public init(textReader: TextArticleReader = TextArticleReader()) {
        self.textReader = textReader
    }

    /// Whether the first few KB name a feed root element.
    static func looksLikeFeed(_ head: ArraySlice<UInt8>) -> Bool {
        let s = String(decoding: head.prefix(4096), as: UTF8.self).lowercased()
        return s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf")
    }

    public func read(data: [UInt8], path: String, problems: inout [IngestProblem]) -> [Article] {
        _ = LibXML.initialized
        var bytes = data
        var encoding: String? = nil
        // UTF-16, and bytes that are not UTF-8 in a document that declares no encoding: to UTF-8 here
        if data.count >= 2, (data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF) || String(validatingUTF8Bytes: data[...]) == nil && !Self.declaresEncoding(data) {
            if case .success(let s) = TextDecoding.decode(data) { bytes = Array(s.utf8); encoding = "UTF-8" }
        }
        guard !bytes.isEmpty else {
            problems.append(IngestProblem(path: path, reason: "empty file; skipped"))
            return []
        }
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(clamping: buf.count), nil, encoding, options)
            }
        }
        guard let doc else {
            problems.append(IngestProblem(path: path, reason: "not well-formed XML; skipped"))
            return []
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            problems.append(IngestProblem(path: path, reason: "XML without a root element; skipped"))
            return []
        }
        let rootName = LibXML.name(root)
        var items: [xmlNodePtr] = []
        var feedTitle: String? = nil
        switch rootName {
        case "rss":
            for ch in Self.children(root) where LibXML.name(ch) == "channel" {
                for c in Self.children(ch) {
                    let nm = LibXML.name(c)
                    if nm == "item" { items.append(c) } else if nm == "title", feedTitle == nil { feedTitle = Self.plain(c) }
                }
            }
        case "rdf":
            for c in Self.children(root) {
                let nm = LibXML.name(c)
                if nm == "item" { items.append(c) }
                if nm == "channel", feedTitle == nil { feedTitle = Self.children(c).first { LibXML.name($0) == "title" }.map(Self.plain) }
            }
        case "feed":
            for c in Self.children(root) {
                let nm = LibXML.name(c)
                if nm == "entry" { items.append(c) } else if nm == "title", feedTitle == nil { feedTitle = Self.plain(c) }
            }
        default:
            problems.append(IngestProblem(path: path, reason: "XML document is not an RSS or Atom feed (root <\(rootName)>); skipped"))
            return []
        }
        if items.isEmpty {
            problems.append(IngestProblem(path: path, reason: "feed has no items; skipped"))
            return []
        }
        var out: [Article] = []
        for (i, item) in items.enumerated() {
            var fields: [String: xmlNodePtr] = [:]
            var link: String? = nil
            for c in Self.children(item) {
                let nm = LibXML.name(c)
                let key = LibXML.prefix(c) == "dc" ? "dc:" + nm : nm
                if key == "link" {
                    // Atom: <link rel="alternate" href="..."/>; RSS: <link>url</link>
                    if let href = LibXML.attribute(c, "href") {
                        let rel = LibXML.attribute(c, "rel") ?? "alternate"
                        if rel == "alternate", link == nil { link = href }
                    } else if link == nil {
                        link = Self.plain(c)
                    }
                    continue
                }
                if fields[key] == nil { fields[key] = c }
            }
            let where_ = "\(path): item \(i + 1)"
            guard let bodyNode = ["encoded", "content", "description", "summary"].lazy.compactMap({ fields[$0] }).first(where: { !Self.plain($0).isEmpty }) else {
                problems.append(IngestProblem(path: where_, reason: "item has no text; skipped"))
                continue
            }
            let body = Self.markupText(bodyNode)
            guard !body.isEmpty else {
                problems.append(IngestProblem(path: where_, reason: "item has no text; skipped"))
                continue
            }
            let title = fields["title"].map(Self.markupText).map(TextArticleReader.clean) ?? ""
            var date: PartialDate? = nil
            for k in ["pubdate", "published", "dc:date", "issued", "updated", "modified", "dc:created"] {
                if let n = fields[k], let d = DateParsing.parse(Self.plain(n).trimmingCharacters(in: .whitespacesAndNewlines)) { date = d; break }
            }
            let source = fields["source"].flatMap { n -> String? in
                // Atom <source> holds a feed's elements; RSS <source> is the feed's name
                let t = Self.children(n).first { LibXML.name($0) == "title" }.map(Self.plain) ?? Self.plain(n)
                return t.isEmpty ? nil : TextArticleReader.clean(t)
            } ?? feedTitle.map(TextArticleReader.clean).flatMap { $0.isEmpty ? nil : $0 }
            let id = (fields["guid"] ?? fields["id"]).map(Self.plain).flatMap { $0.isEmpty ? nil : $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            out.append(RecordAssembly.article(title: title, text: body, date: date, source: source, url: link, id: id,
                                              fallbackID: "\(path)#\(i + 1)", path: path, index: out.count,
                                              isPlace: textReader.isPlace))
        }
        return out
    }

    /// Whether the XML declaration names an encoding (then libxml2 decodes it).
    static func declaresEncoding(_ data: [UInt8]) -> Bool {
        let head = String(decoding: data.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>") else { return false }
        let decl = head[..<end.lowerBound].lowercased()
        return decl.contains("encoding=") && !decl.contains("utf-8")
    }

    static func children(_ n: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var c = n.pointee.children
        while let x = c {
            if x.pointee.type == XML_ELEMENT_NODE { out.append(x) }
            c = x.pointee.next
        }
        return out
    }

    /// The text of an element's subtree as is (text and CDATA only; entity references are skipped).
    static func plain(_ n: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        LibXML.walk(n, enter: { c in
            if let t = LibXML.content(c) { LibXML.append(t, to: &bytes); return false }
            return c.pointee.type == XML_ELEMENT_NODE
        })
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An element's text; escaped or CDATA HTML (`type="html"`, RSS descriptions) goes through the HTML
    /// parser, inline XHTML is read as elements.
    static func markupText(_ n: xmlNodePtr) -> String {
        let hasElements = !children(n).isEmpty
        if hasElements {
            return LibXML.text(n, skip: { c, nm in LibXML.neverText.contains(nm) || PageScan.isJunk(c, nm) })
        }
        let raw = plain(n)
        if raw.utf8.contains(60) || raw.utf8.contains(38) { return HTMLArticleReader.fragmentText(raw) }
        return raw.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
