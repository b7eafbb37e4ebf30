import CLibXML2

/// Shared libxml2 plumbing for the HTML and feed readers. Every walk here is iterative (pages nest
/// 60,000 deep without a stack overflow) and never enters entity references, so a billion-laughs or
/// external entity is never expanded, whatever the parser left in the tree.
enum LibXML {
    /// libxml2 must be initialized once before threads use it; its error printing is silenced.
    static let initialized: Bool = {
        xmlInitParser()
        kg_silenceLibxml()
        return true
    }()

    /// Calls `enter` on every node of `root`'s subtree in document order, descending only into elements
    /// (and only when `enter` returns true), and `leave` after an element's subtree. Uses the tree's own
    /// links instead of a stack.
    static func walk(_ root: xmlNodePtr, enter: (xmlNodePtr) -> Bool, leave: (xmlNodePtr) -> Void = { _ in }) {
        var node: xmlNodePtr = root
        while true {
            if enter(node), node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
                node = child
                continue
            }
            var cur = node
            while true {
                if cur.pointee.type == XML_ELEMENT_NODE { leave(cur) }
                if cur == root { return }
                if let next = cur.pointee.next { node = next; break }
                guard let parent = cur.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE || parent == root else { return }
                cur = parent
            }
        }
    }

    /// Lower-case ASCII local name of an element ("p", "encoded" for content:encoded).
    static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return asciiLower(n)
    }

    /// The namespace prefix of an element, "" when none.
    static func prefix(_ node: xmlNodePtr) -> String {
        guard let ns = node.pointee.ns, let p = ns.pointee.prefix else { return "" }
        return asciiLower(p)
    }

    static func asciiLower(_ p: UnsafePointer<xmlChar>) -> String {
        var bytes: [UInt8] = []
        var i = 0
        while p[i] != 0 {
            let b = p[i]
            bytes.append(b >= 65 && b <= 90 ? b + 32 : b)
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An attribute's value from its text children only (not `xmlGetProp`, which expands entity
    /// references and so would run a billion-laughs attack).
    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var a = node.pointee.properties
        while let attr = a {
            if let n = attr.pointee.name, asciiLower(n) == wanted {
                var bytes: [UInt8] = []
                var c = attr.pointee.children
                while let t = c {
                    if t.pointee.type == XML_TEXT_NODE, let s = t.pointee.content { append(s, to: &bytes) }
                    c = t.pointee.next
                }
                return String(decoding: bytes, as: UTF8.self)
            }
            a = attr.pointee.next
        }
        return nil
    }

    static func append(_ p: UnsafePointer<xmlChar>, to out: inout [UInt8]) {
        var i = 0
        while p[i] != 0 { out.append(p[i]); i += 1 }
    }

    /// Text and CDATA content of one node (not of its children).
    static func content(_ node: xmlNodePtr) -> UnsafePointer<xmlChar>? {
        let t = node.pointee.type
        guard t == XML_TEXT_NODE || t == XML_CDATA_SECTION_NODE else { return nil }
        return UnsafePointer(node.pointee.content)
    }

    /// The text of a subtree with whitespace collapsed; block elements end lines. `skip` prunes subtrees.
    static func text(_ root: xmlNodePtr, skip: (xmlNodePtr, String) -> Bool = { _, _ in false }) -> String {
        var sink = TextSink()
        walk(root, enter: { n in
            if let c = content(n) { sink.add(c); return false }
            guard n.pointee.type == XML_ELEMENT_NODE else { return false }
            let nm = name(n)
            if n != root, skip(n, nm) { return false }
            if nm == "br" { sink.lineBreak(1) } else if blockElements.contains(nm) { sink.lineBreak(2) }
            return true
        }, leave: { n in
            if blockElements.contains(name(n)) { sink.lineBreak(2) }
        })
        return sink.string
    }

    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "footer", "dd", "dt", "dl", "figure", "hr", "address", "body", "aside", "nav",
    ]

    /// Elements whose content is never article text.
    static let neverText: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "select", "option",
        "button", "form", "input", "textarea", "canvas", "video", "audio", "picture", "img", "figure", "figcaption",
        "head", "title", "meta", "link",
    ]
}

/// Collects text bytes, collapsing runs of ASCII white space to one space and turning requested breaks
/// into "\n" or "\n\n" between pieces of text (never at the ends). C0 controls other than tab and
/// newline become spaces.
struct TextSink {
    var out: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreak = 0

    mutating func add(_ p: UnsafePointer<UInt8>) {
        var i = 0
        while p[i] != 0 { byte(p[i]); i += 1 }
    }

    mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes { byte(b) }
    }

    @inline(__always) mutating func byte(_ b: UInt8) {
        if b <= 32 || b == 127 { pendingSpace = true; return }
        if !out.isEmpty {
            if pendingBreak > 0 { out.append(10); if pendingBreak > 1 { out.append(10) } }
            else if pendingSpace { out.append(32) }
        }
        pendingBreak = 0
        pendingSpace = false
        out.append(b)
    }

    mutating func lineBreak(_ n: Int) { pendingBreak = max(pendingBreak, n) }

    var string: String { String(decoding: out, as: UTF8.self) }
}
