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
        let layout = ExportLayout(graph)
        let g = layout.graph
        let style = GraphStyle(layout)
        var out = DOTOutput()

        out.line("digraph \"kgbuild\" {")
        // size: drawings larger than 150 in are scaled down instead of overflowing cairo's bitmaps.
        out.line("  graph [layout=sfdp, overlap=prism, splines=false, outputorder=edgesfirst, "
                 + "charset=\"UTF-8\", fontname=\"\(DOTWriter.font)\", size=\"150,150\"];")
        out.line("  node [fontname=\"\(DOTWriter.font)\", fontsize=10, style=filled, penwidth=0.8, margin=\"0.06,0.03\"];")
        out.line("  edge [fontname=\"\(DOTWriter.font)\", fontsize=7, fontcolor=\"#555555\", color=\"#99999999\", arrowsize=0.5];")

        for (i, node) in g.nodes.enumerated() {
            let shape = GraphStyle.dotShape(for: node)
            let fill = style.nodeColors[i]
            let size = style.nodeSizes[i]
            var attrs: [(String, String)] = [
                ("label", DOTWriter.label(node.label)),
                ("shape", shape.shape),
                ("style", shape.style),
                ("fillcolor", fill.hex),
                ("fontcolor", GraphStyle.textColor(on: fill).hex),
                ("fontsize", ExportText.decimal(min(24, 6 + size * 0.4), digits: 1)),
                ("width", ExportText.decimal(size / 36)),
                ("height", ExportText.decimal(size / 60)),
            ]
            let text = node["text"] ?? ""
            if (node.kind == "event" || node.kind == "claim"), !ExportText.isBlank(text) {
                attrs.append(("tooltip", DOTWriter.plain(ExportText.truncate(ExportText.clean(text), limit: DOTWriter.tooltipLimit))))
            }
            out.line("  " + DOTWriter.quote(layout.nodeIDs[i]) + " " + DOTWriter.attributeList(attrs) + ";")
        }

        for (i, edge) in g.edges.enumerated() {
            var attrs: [(String, String)] = []
            let role = edge.role.isEmpty ? (edge["label"] ?? "") : edge.role
            if !ExportText.isBlank(role) { attrs.append(("label", DOTWriter.label(role))) }
            let w = style.edgeWeights[i]
            if w != 1 { attrs.append(("penwidth", ExportText.decimal(min(6, max(0.3, w))))) }
            let arrow = DOTWriter.quote(layout.nodeIDs[layout.sources[i]]) + " -> " + DOTWriter.quote(layout.nodeIDs[layout.targets[i]])
            out.line("  " + arrow + (attrs.isEmpty ? "" : " " + DOTWriter.attributeList(attrs)) + ";")
        }

        writeLegend(&out, graph: g, taken: Set(layout.nodeIDs))
        out.line("}")
        return out.bytes
    }

    /// A cluster with a title node, one node per kind and one per event type present (sorted, at
    /// most 40), chained with invisible edges so the legend stays compact.
    private func writeLegend(_ out: inout DOTOutput, graph: KnowledgeGraph, taken: Set<String>) {
        var namer = ExportNamer(reserved: Array(taken))
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
