/// Graphviz DOT for quick looks (`dot -Tsvg graph.dot`): the file selects `sfdp` itself, which
/// lays out 1,000 nodes / 3,000 edges in about a second where `dot` does not finish.
///
/// Every ID and string is quoted and escaped (`"` → `\"`, `\` → `\\`, newline → `\n`), control
/// characters are removed, labels are cut to ~60 characters and wrapped; node shape and fill
/// colour come from `GraphStyle`; edge labels are the edge role; a legend cluster shows one node
/// per kind and per event type present. Settings were chosen so that Graphviz 2.43 writes nothing
/// on stderr for SVG and PNG (`overlap=prism`: `scale` makes drawings too large for PNG).
public struct DOTWriter: GraphExporter {
    public static let formatName = "dot"
    public static let fileExtensions = ["dot", "gv"]

    /// Longest label, in characters, before it is cut with "…".
    public static let labelLimit = 60
    /// Line width labels are wrapped at.
    public static let lineWidth = 24
    /// Longest tooltip (event and claim text) in characters.
    public static let tooltipLimit = 400
    static let font = "DejaVu Sans"

    public init() {}

    public func export(_ graph: KnowledgeGraph) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try export(graph, jobs: 1) { bytes += $0 }
        return bytes
    }

    /// The file written as bytes, nodes and edges in chunks on up to `jobs` threads, joined in order (the
    /// output does not depend on `jobs`). Built as Strings (a `quote`, a `label` and a joined list per node and
    /// per edge) it cost 2.9 G instructions for the 5 MB file of the 1 MB bench corpus.
    public func export(_ graph: KnowledgeGraph, jobs: Int, to sink: ([UInt8]) throws -> Void) throws {
        let layout = ExportLayout(graph, jobs: jobs)
        let style = GraphStyle(layout, jobs: jobs)
        // The arrays the loops read, taken out of their structs once.
        let nodes = layout.graph.nodes, edges = layout.graph.edges
        let sources = layout.sources, targets = layout.targets
        let colors = style.nodeColors, sizes = style.nodeSizes, weights = style.edgeWeights

        var head = XMLBytes(capacity: 1_024)
        head.append("digraph \"kgbuild\" {\n")
        // size: drawings larger than 150 in are scaled down instead of overflowing cairo's bitmaps.
        head.append("  graph [layout=sfdp, overlap=prism, splines=false, outputorder=edgesfirst, charset=\"UTF-8\", fontname=\"")
        head.append(string: DOTWriter.font)
        head.append("\", size=\"150,150\"];\n  node [fontname=\"")
        head.append(string: DOTWriter.font)
        head.append("\", fontsize=10, style=filled, penwidth=0.8, margin=\"0.06,0.03\"];\n  edge [fontname=\"")
        head.append(string: DOTWriter.font)
        head.append("\", fontsize=7, fontcolor=\"#555555\", color=\"#99999999\", arrowsize=0.5];\n")
        try sink(head.bytes)

        // Each node's quoted id, made once (at `idStarts[i]` in `quotedIDs`): an edge writes two of them.
        var ids = XMLBytes(capacity: 64 * layout.nodeIDs.count)
        var idStarts = [0]
        idStarts.reserveCapacity(layout.nodeIDs.count + 1)
        for id in layout.nodeIDs {
            DOTText.quote(id, into: &ids)
            idStarts.append(ids.count)
        }
        let quotedIDs = ids, starts = idStarts
        /// Node `i`'s quoted id into `out`.
        func quotedID(_ i: Int, _ out: inout XMLBytes) { quotedIDs.withBytes(starts[i]..<starts[i + 1]) { out.append($0) } }
        try ParallelChunks.forEach(count: nodes.count, jobs: jobs, { range in
            XMLBytes.array(capacity: range.count * 512) { out in
                var text = DOTText()
                for i in range {
                    let node = nodes[i]
                    let kind = node.kind
                    let shape = GraphStyle.dotShape(kind: kind, type: node["type"])
                    let fill = colors[i], size = sizes[i]
                    out.append("  ")
                    quotedID(i, &out)
                    out.append(" [label=")
                    text.label(node.label, into: &out)
                    out.append(", shape=\"")
                    out.append(string: shape.shape)
                    out.append("\", style=\"")
                    out.append(string: shape.style)
                    out.append("\", fillcolor=\"")
                    DOTText.hex(fill, into: &out)
                    out.append("\", fontcolor=\"")
                    DOTText.hex(GraphStyle.textColor(on: fill), into: &out)
                    out.append("\", fontsize=\"")
                    DOTText.decimal(min(24, 6 + size * 0.4), digits: 1, into: &out)
                    out.append("\", width=\"")
                    DOTText.decimal(size / 36, digits: 2, into: &out)
                    out.append("\", height=\"")
                    DOTText.decimal(size / 60, digits: 2, into: &out)
                    out.append(UInt8(ascii: "\""))
                    if kind == "event" || kind == "claim", let t = node["text"], !ExportText.isBlank(t) {
                        out.append(", tooltip=")
                        text.tooltip(t, into: &out)
                    }
                    out.append("];\n")
                }
            }
        }, consume: sink)
        try ParallelChunks.forEach(count: edges.count, jobs: jobs, { range in
            XMLBytes.array(capacity: range.count * 160) { out in
                var text = DOTText()
                // An edge's ` [label="…"` (empty: no label) by its attribute map: edges alike share one, and
                // the label is all in it (`AttributesMemo`).
                var labels = AttributesMemo<[UInt8]>()
                for i in range {
                    let attributes = edges[i].attributes
                    out.append("  ")
                    quotedID(sources[i], &out)
                    out.append(" -> ")
                    quotedID(targets[i], &out)
                    let label: [UInt8]
                    if let known = labels[attributes] {
                        label = known
                    } else {
                        var part = XMLBytes(capacity: 128)
                        // (`Edge.role`, else its `label`)
                        let ownRole = attributes["role"]?.text ?? ""
                        let role = ownRole.isEmpty ? (attributes["label"]?.text ?? "") : ownRole
                        if !ExportText.isBlank(role) {
                            part.append(" [label=")
                            text.label(role, into: &part)
                        }
                        label = part.bytes
                        labels[attributes] = label
                    }
                    label.withUnsafeBufferPointer { out.append($0) }
                    var open = !label.isEmpty
                    let w = weights[i]
                    if w != 1 {
                        if open { out.append(", penwidth=\"") } else { out.append(" [penwidth=\"") }
                        DOTText.decimal(min(6, max(0.3, w)), digits: 2, into: &out)
                        out.append(UInt8(ascii: "\""))
                        open = true
                    }
                    if open { out.append("];\n") } else { out.append(";\n") }
                }
            }
        }, consume: sink)

        var tail = DOTOutput()
        writeLegend(&tail, graph: layout.graph, taken: layout.nodeIDs)
        tail.line("}")
        try sink(tail.bytes)
    }

    /// A cluster with a title node, one node per kind and one per event type present (sorted, at
    /// most 40), chained with invisible edges so the legend stays compact.
    private func writeLegend(_ out: inout DOTOutput, graph: KnowledgeGraph, taken: [String]) {
        var namer = ExportNamer(reserved: taken)
        var entries: [(id: String, label: String, shape: DOTNodeShape, fill: RGB)] = []
        // A title node: sfdp ignores clusters (silently), so the cluster's own label is not drawn there.
        entries.append((namer.claim("kgbuild_legend"), "Legend", DOTNodeShape(shape: "plaintext", style: "solid"), RGB(255, 255, 255)))
        for kind in GraphStyle.kinds {
            entries.append((namer.claim("kgbuild_legend_" + kind), kind,
                            GraphStyle.dotShape(kind: kind, type: nil), GraphStyle.color(kind: kind, type: nil)))
        }
        var types = Set<String>()
        for n in graph.nodes where n.kind == "event" {
            if let t = n["type"], !ExportText.isBlank(t) { types.insert(ExportText.clean(t)) }
        }
        for t in types.sorted(by: ExportText.byteOrder).prefix(40) {
            entries.append((namer.claim("kgbuild_legend_event_" + ExportID.token(t, allowColon: false)), "event: " + t,
                            GraphStyle.dotShape(kind: "event", type: t), GraphStyle.color(kind: "event", type: t)))
        }
        out.line("  subgraph \"cluster_legend\" {")
        out.line("    graph [label=\"Legend\", style=\"rounded\", color=\"#bbbbbb\", fontsize=12];")
        for e in entries {
            let attrs: [(String, String)] = [
                ("label", DOTWriter.label(e.label)),
                ("shape", e.shape.shape),
                ("style", e.shape.style),
                ("fillcolor", e.fill.hex),
                ("fontcolor", GraphStyle.textColor(on: e.fill).hex),
            ]
            out.line("    " + DOTWriter.quote(e.id) + " " + DOTWriter.attributeList(attrs) + ";")
        }
        for (a, b) in zip(entries, entries.dropFirst()) {
            out.line("    " + DOTWriter.quote(a.id) + " -> " + DOTWriter.quote(b.id) + " [style=invis];")
        }
        out.line("  }")
    }

    // MARK: escaping

    /// `[a="x", b=y]`: values are quoted unless they are plain Graphviz numerals or names we chose.
    static func attributeList(_ attrs: [(String, String)]) -> String {
        "[" + attrs.map { $0.0 + "=" + quote($0.1) }.joined(separator: ", ") + "]"
    }

    /// A node label: cleaned, cut to `labelLimit` characters, wrapped at `lineWidth`, and with
    /// `&name;` protected from Graphviz's entity decoding. The result is raw text; `quote` escapes it.
    static func label(_ s: String) -> String {
        let cleaned = ExportText.clean(s)
            .replacingTabs()
        let short = ExportText.truncate(ExportText.trim(cleaned), limit: labelLimit)
        return protectEntities(wrap(short, width: lineWidth))
    }

    /// Text for escString attributes other than labels (tooltips): cleaned and protected.
    static func plain(_ s: String) -> String {
        protectEntities(ExportText.clean(s).replacingTabs())
    }

    /// Greedy word wrap at spaces; existing newlines are kept; words longer than the width stay whole.
    static func wrap(_ s: String, width: Int) -> String {
        guard s.count > width else { return s }
        var lines: [String] = []
        for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineCount = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wc = word.count
                if lineCount > 0 && lineCount + 1 + wc > width {
                    lines.append(line)
                    line = ""
                    lineCount = 0
                }
                if lineCount > 0 { line += " "; lineCount += 1 }
                line += word
                lineCount += wc
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Graphviz decodes HTML entities (`&amp;`, `&#38;`, `&lt;` ...) in labels: write the `&` of
    /// anything that looks like one as `&amp;`, so the label shows the original text.
    static func protectEntities(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for (i, b) in bytes.enumerated() {
            out.append(b)
            guard b == UInt8(ascii: "&") else { continue }
            var j = i + 1
            while j < bytes.count, j - i <= 32,
                  ExportID.isTokenByte(bytes[j], allowColon: false) || bytes[j] == UInt8(ascii: "#") {
                j += 1
            }
            if j > i + 1, j < bytes.count, bytes[j] == UInt8(ascii: ";") {
                out.append(contentsOf: Array("amp;".utf8))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A double-quoted DOT string: `\` → `\\`, `"` → `\"`, newline → `\n`, other control
    /// characters removed. The text must already be valid Unicode (Swift strings always are).
    static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x5C: out += "\\\\"
            case 0x22: out += "\\\""
            case 0x0A: out += "\\n"
            case 0x09: out += " "
            default:
                if ExportText.isForbidden(u.value) || u.value == 0x0D { continue }
                out.unicodeScalars.append(u)
            }
        }
        out += "\""
        return out
    }
}

private extension String {
    func replacingTabs() -> String {
        guard utf8.contains(0x09) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" ? " " : $0 }))
    }
}

/// Accumulates output lines as UTF-8 bytes.
struct DOTOutput {
    private(set) var bytes: [UInt8] = []

    mutating func line(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        bytes.append(0x0A)
    }
}

/// The text of DOT strings written as bytes: `quote(label(s))` and `quote(plain(truncate(clean(s))))` of
/// `DOTWriter`, on the bytes of plain-ASCII text (almost every label and tooltip), where one byte is one
/// Character, so counting, cutting and wrapping bytes is what the String functions do; other text goes
/// through those functions. Holds two buffers a chunk of the file reuses for every value.
struct DOTText {
    private var a: [UInt8] = []
    private var b: [UInt8] = []
    /// The last label written and its quoted bytes: edges' labels are their roles, a handful of words each
    /// written thousands of times.
    private var lastLabel = ""
    private var lastQuoted: [UInt8] = []

    init() {
        a.reserveCapacity(512)
        b.reserveCapacity(512)
    }

    /// `DOTWriter.quote(DOTWriter.label(s))`.
    mutating func label(_ s: String, into out: inout XMLBytes) {
        if !lastQuoted.isEmpty && DOTText.sameBytes(s, lastLabel) {
            return lastQuoted.withUnsafeBufferPointer { out.append($0) }
        }
        let start = out.count
        if load(s) {
            if DOTText.needsClean(a) {
                DOTText.clean(a, into: &b, tabsToSpaces: true)
                swap(&a, &b)
            }
            // trim: after `clean` and the tabs, the only white space left is space and line feed
            var lo = 0, hi = a.count
            while lo < hi && (a[lo] == 0x20 || a[lo] == 0x0A) { lo += 1 }
            while hi > lo && (a[hi - 1] == 0x20 || a[hi - 1] == 0x0A) { hi -= 1 }
            a.removeSubrange(hi...)
            a.removeSubrange(..<lo)
            DOTText.truncate(&a, limit: DOTWriter.labelLimit)
            if DOTText.wrap(a, width: DOTWriter.lineWidth, into: &b) { swap(&a, &b) }
            if DOTText.protectEntities(a, into: &b) { swap(&a, &b) }
            DOTText.quote(a, into: &out)
        } else {
            DOTText.quote(DOTWriter.label(s), into: &out)
        }
        lastLabel = s
        lastQuoted.removeAll(keepingCapacity: true)
        out.withBytes(start..<out.count) { lastQuoted.append(contentsOf: $0) }
    }

    /// `DOTWriter.quote(DOTWriter.plain(ExportText.truncate(ExportText.clean(s), limit: DOTWriter.tooltipLimit)))`.
    /// Text of no more bytes than the limit has no more Characters either, so it is never cut: it is written
    /// on bytes whatever its characters (an event's sentence with curly quotes or dashes).
    mutating func tooltip(_ s: String, into out: inout XMLBytes) {
        if load(s) {
            if DOTText.needsClean(a) {
                DOTText.clean(a, into: &b, tabsToSpaces: false)
                swap(&a, &b)
            }
            DOTText.truncate(&a, limit: DOTWriter.tooltipLimit)
        } else if s.utf8.count <= DOTWriter.tooltipLimit {
            var s = s
            s.withUTF8 { DOTText.cleanUTF8($0, into: &a) }
        } else {
            return DOTText.quote(DOTWriter.plain(ExportText.truncate(ExportText.clean(s), limit: DOTWriter.tooltipLimit)), into: &out)
        }
        for k in a.indices where a[k] == 0x09 { a[k] = 0x20 }
        if DOTText.protectEntities(a, into: &b) { swap(&a, &b) }
        DOTText.quote(a, into: &out)
    }

    /// `s`'s bytes into `a`, when it is plain ASCII (`isPlainASCII`: no carriage return either); false, and
    /// `a` left as it was, otherwise.
    private mutating func load(_ s: String) -> Bool {
        guard isPlainASCII(s) else { return false }
        var s = s
        a.removeAll(keepingCapacity: true)
        s.withUTF8 { a.append(contentsOf: $0) }
        return true
    }

    /// Whether two Strings have the same bytes (`==` also equates canonically equivalent ones, whose labels differ).
    static func sameBytes(_ x: String, _ y: String) -> Bool {
        var x = x, y = y
        return x.withUTF8 { p in
            y.withUTF8 { q in p.count == q.count && p.elementsEqual(q) }
        }
    }

    /// Whether `clean` changes ASCII bytes (or makes a tab a space): a C0 control or DEL among them.
    static func needsClean(_ t: [UInt8]) -> Bool { t.contains { $0 < 0x20 && $0 != 0x0A || $0 == 0x7F } }

    /// `ExportText.clean` of ASCII bytes (C0 controls but tab and line feed dropped, DEL too, a carriage return
    /// read as a line feed, CR LF as one), tabs made spaces when asked (`replacingTabs`).
    static func clean(_ t: [UInt8], into out: inout [UInt8], tabsToSpaces: Bool) {
        t.withUnsafeBufferPointer { cleanUTF8($0, into: &out, tabsToSpaces: tabsToSpaces) }
    }

    /// `ExportText.clean` of UTF-8 bytes (a String's): as `clean` for ASCII, and the C1 controls (C2 80...C2 9F)
    /// and U+FFFE/U+FFFF (EF BF BE/BF) dropped too (neither occurs in ASCII text, which `clean` passes here).
    static func cleanUTF8(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], tabsToSpaces: Bool = false) {
        out.removeAll(keepingCapacity: true)
        var lastWasCR = false
        var i = 0
        while i < p.count {
            let c = p[i]
            i += 1
            if c == 0x0D {
                out.append(0x0A)
                lastWasCR = true
                continue
            }
            if c == 0x0A && lastWasCR { lastWasCR = false; continue }
            lastWasCR = false
            if c == 0x09 { out.append(tabsToSpaces ? 0x20 : 0x09); continue }
            if c < 0x20 && c != 0x0A || c == 0x7F { continue }
            if c == 0xC2 && i < p.count && p[i] >= 0x80 && p[i] <= 0x9F { i += 1; continue }
            if c == 0xEF && i + 1 < p.count && p[i] == 0xBF && (p[i + 1] == 0xBE || p[i + 1] == 0xBF) { i += 2; continue }
            out.append(c)
        }
    }

    /// `ExportText.truncate` of ASCII bytes, in place: the ellipsis added is the only non-ASCII character.
    static func truncate(_ t: inout [UInt8], limit: Int) {
        guard limit > 1, t.count > limit else { return }
        var end = limit - 1
        if let space = t[..<end].lastIndex(of: 0x20), space >= limit * 2 / 3 { end = space }
        while end > 0 && (t[end - 1] == 0x20 || t[end - 1] == 0x0A || t[end - 1] == 0x09) { end -= 1 }
        t.removeSubrange(end...)
        t.append(contentsOf: [0xE2, 0x80, 0xA6])   // …
    }

    /// `DOTWriter.wrap` of ASCII bytes and a final ellipsis (a Character is a byte that does not continue one),
    /// into `out`; false, and nothing written, when the text is no longer than `width` (it stays as it is).
    static func wrap(_ t: [UInt8], width: Int, into out: inout [UInt8]) -> Bool {
        var characters = 0
        for c in t where c & 0xC0 != 0x80 { characters += 1 }
        guard characters > width else { return false }
        out.removeAll(keepingCapacity: true)
        let n = t.count
        var lines = 0
        var paragraph = 0
        while true {
            let paragraphEnd = t[paragraph...].firstIndex(of: 0x0A) ?? n
            if lines > 0 { out.append(0x0A) }
            lines += 1
            var lineCount = 0
            var j = paragraph
            while j < paragraphEnd {
                if t[j] == 0x20 { j += 1; continue }
                var k = j, wc = 0
                while k < paragraphEnd && t[k] != 0x20 {
                    if t[k] & 0xC0 != 0x80 { wc += 1 }
                    k += 1
                }
                if lineCount > 0 && lineCount + 1 + wc > width {
                    out.append(0x0A)
                    lineCount = 0
                }
                if lineCount > 0 { out.append(0x20); lineCount += 1 }
                out.append(contentsOf: t[j..<k])
                lineCount += wc
                j = k
            }
            if paragraphEnd == n { break }
            paragraph = paragraphEnd + 1
        }
        return true
    }

    /// `DOTWriter.protectEntities` on bytes (of any text), into `out`; false, and nothing written, when the text
    /// has no `&` (it stays as it is).
    static func protectEntities(_ t: [UInt8], into out: inout [UInt8]) -> Bool {
        guard t.contains(UInt8(ascii: "&")) else { return false }
        out.removeAll(keepingCapacity: true)
        for (i, c) in t.enumerated() {
            out.append(c)
            guard c == UInt8(ascii: "&") else { continue }
            var j = i + 1
            while j < t.count, j - i <= 32, ExportID.isTokenByte(t[j], allowColon: false) || t[j] == UInt8(ascii: "#") {
                j += 1
            }
            if j > i + 1, j < t.count, t[j] == UInt8(ascii: ";") { out.append(contentsOf: "amp;".utf8) }
        }
        return true
    }

    /// `DOTWriter.quote` of a String.
    static func quote(_ s: String, into out: inout XMLBytes) {
        var s = s
        s.withUTF8 { quote($0, into: &out) }
    }

    static func quote(_ t: [UInt8], into out: inout XMLBytes) {
        t.withUnsafeBufferPointer { quote($0, into: &out) }
    }

    /// `DOTWriter.quote` on UTF-8 bytes (valid UTF-8, as a String's): `\` and `"` escaped, a line feed written
    /// `\n`, a tab a space; CR, the other C0 controls, DEL, C1 controls (C2 80...C2 9F) and U+FFFE/U+FFFF
    /// (EF BF BE/BF) dropped. Runs of bytes that need none of this are copied whole.
    static func quote(_ p: UnsafeBufferPointer<UInt8>, into out: inout XMLBytes) {
        out.append(UInt8(ascii: "\""))
        var run = 0, i = 0
        @inline(__always) func flush(_ end: Int, _ out: inout XMLBytes) {
            if end > run { out.append(UnsafeBufferPointer(rebasing: p[run..<end])) }
        }
        while i < p.count {
            let c = p[i]
            if c >= 0x20 && c < 0x7F && c != 0x5C && c != 0x22 { i += 1; continue }
            var skip = 1
            let escape: StaticString
            switch c {
            case 0x5C: escape = "\\\\"
            case 0x22: escape = "\\\""
            case 0x0A: escape = "\\n"
            case 0x09: escape = " "
            case 0xC2 where i + 1 < p.count && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F:
                escape = ""; skip = 2
            case 0xEF where i + 2 < p.count && p[i + 1] == 0xBF && (p[i + 2] == 0xBE || p[i + 2] == 0xBF):
                escape = ""; skip = 3
            default:
                // other non-ASCII bytes are kept; controls, DEL and CR dropped
                if c >= 0x80 { i += 1; continue }
                escape = ""
            }
            flush(i, &out)
            if escape.utf8CodeUnitCount > 0 { out.append(escape) }
            i += skip
            run = i
        }
        flush(p.count, &out)
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// `RGB.hex`.
    static func hex(_ c: RGB, into out: inout XMLBytes) {
        out.append(UInt8(ascii: "#"))
        hexDigits.withUTF8Buffer { d in
            out.append(d[c.r >> 4]); out.append(d[c.r & 15])
            out.append(d[c.g >> 4]); out.append(d[c.g & 15])
            out.append(d[c.b >> 4]); out.append(d[c.b & 15])
        }
    }

    /// `ExportText.decimal(x, digits:)`.
    static func decimal(_ x: Double, digits: Int, into out: inout XMLBytes) {
        guard x.isFinite else { return out.append(UInt8(ascii: "0")) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        guard scaled < 9e15 else { return out.integer(Int(x.rounded())) }
        let n = Int(scaled)
        let whole = n / Int(scale)
        var frac = n % Int(scale)
        var fracDigits = digits
        while fracDigits > 0 && frac % 10 == 0 && frac != 0 { frac /= 10; fracDigits -= 1 }
        if x < 0 && n != 0 { out.append(UInt8(ascii: "-")) }
        out.integer(whole)
        guard frac != 0 else { return }
        out.append(UInt8(ascii: "."))
        var width = 1, f = frac
        while f >= 10 { f /= 10; width += 1 }
        for _ in width..<max(width, fracDigits) { out.append(UInt8(ascii: "0")) }
        out.integer(frac)
    }
}
