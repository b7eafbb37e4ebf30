/// Two CSV tables, `nodes.csv` and `edges.csv` (`-o DIR --format csv`), whose headers both Gephi's
/// spreadsheet import (Data Laboratory → Import Spreadsheet) and `neo4j-admin database import` accept:
///
///     nodes.csv: Id,Label,:ID,:LABEL,<attributes...>
///     edges.csv: Source,Target,:START_ID,:END_ID,:TYPE,Id,Kind,Label,Weight,<attributes...>
///
/// Gephi matches the column names `Id`, `Label`, `Source`, `Target`, `Kind` (edge type: parallel
/// edges of different kinds are kept apart), `Type` (direction) and `Weight` case-insensitively;
/// neo4j reads `:ID`, `:LABEL`, `:START_ID`, `:END_ID` and `:TYPE` and ignores nothing else, so the
/// other columns become properties in both (Gephi also shows the `:...` columns, which can be
/// unticked in its import wizard). Properties are untyped (strings in neo4j) to keep the names
/// clean in Gephi. An attribute whose name is one of the columns above is written as `node_NAME` /
/// `edge_NAME` (so the actors view's `type` does not become Gephi's direction column). The neo4j
/// label is the node kind capitalised (`Actor`, `Event`, ...), the relationship type the role.
///
/// RFC 4180: comma separated, CRLF line ends, a field quoted when it holds `,` `"` CR or LF (or
/// starts/ends with a space), `"` doubled. Text is cleaned of control characters; line breaks
/// inside values are kept (quoted), so neo4j needs `--multiline-fields=true`. Ids are those of the
/// GraphML export (`ExportLayout`), so edges never name a missing node.
public struct CSVWriter: MultiFileGraphExporter {
    public static let formatName = "csv"
    /// None: a `.csv` path names one file, and this format writes a folder.
    public static let fileExtensions: [String] = []

    public static let nodesFile = "nodes.csv"
    public static let edgesFile = "edges.csv"

    static let nodeColumns = ["Id", "Label", ":ID", ":LABEL"]
    static let edgeColumns = ["Source", "Target", ":START_ID", ":END_ID", ":TYPE", "Id", "Kind", "Label", "Weight"]

    public init() {}

    /// Both tables, nodes first, separated by an empty line (for standard output and tests; the
    /// command line writes `exportFiles` into a folder).
    public func export(_ graph: KnowledgeGraph) throws -> [UInt8] {
        let files = try exportFiles(graph)
        return files[0].bytes + [0x0D, 0x0A] + files[1].bytes
    }

    public func exportFiles(_ graph: KnowledgeGraph) throws -> [(name: String, bytes: [UInt8])] {
        let layout = ExportLayout(graph)
        let g = layout.graph
        let style = GraphStyle(layout)

        var nodes = CSVOutput()
        let nodeNames = CSVWriter.attributeNames(g.nodes.map(\.attributes), skip: ["label"], prefix: "node_",
                                                 reserved: CSVWriter.nodeColumns)
        nodes.row(CSVWriter.nodeColumns + nodeNames.map(\.column))
        for (i, node) in g.nodes.enumerated() {
            var fields = [layout.nodeIDs[i], ExportText.clean(node.label), layout.nodeIDs[i], CSVWriter.neo4jLabel(node.kind)]
            for n in nodeNames { fields.append(CSVWriter.text(node.attributes[n.name])) }
            nodes.row(fields)
        }

        var edges = CSVOutput()
        let edgeNames = CSVWriter.attributeNames(g.edges.map(\.attributes), skip: ["label", "weight"], prefix: "edge_",
                                                 reserved: CSVWriter.edgeColumns + ["Type"])
        edges.row(CSVWriter.edgeColumns + edgeNames.map(\.column))
        for (i, edge) in g.edges.enumerated() {
            let source = layout.nodeIDs[layout.sources[i]], target = layout.nodeIDs[layout.targets[i]]
            let role = ExportText.clean(edge.role)
            var fields = [source, target, source, target, ExportText.isBlank(role) ? "related" : role,
                          layout.edgeIDs[i], role, ExportText.clean(edge["label"] ?? edge.role),
                          GraphMLKeys.number(style.edgeWeights[i])]
            for n in edgeNames { fields.append(CSVWriter.text(edge.attributes[n.name])) }
            edges.row(fields)
        }
        return [(CSVWriter.nodesFile, nodes.bytes), (CSVWriter.edgesFile, edges.bytes)]
    }

    /// Attribute names in byte order with their column names: clashes with the fixed columns
    /// (case-insensitive, as Gephi compares) get `prefix`; `:` (neo4j's type separator) becomes `_`.
    static func attributeNames(_ maps: [Attributes], skip: Set<String>, prefix: String,
                               reserved: [String]) -> [(name: String, column: String)] {
        var names = Set<String>()
        for m in maps { for k in m.keys where !skip.contains(k) { names.insert(k) } }
        var out: [(String, String)] = []
        var used = Set(reserved.map(lower))
        for name in names.sorted(by: ExportText.byteOrder) {
            var c = column(name)
            if used.contains(lower(c)) { c = prefix + c }
            while used.contains(lower(c)) { c += "_" }
            used.insert(lower(c))
            out.append((name, c))
        }
        return out
    }

    /// A header-safe column name: no `:` (neo4j), no control characters, never empty.
    static func column(_ name: String) -> String {
        let cleaned = ExportText.clean(name).replacingColons()
        return ExportText.isBlank(cleaned) ? "_" : cleaned
    }

    static func lower(_ s: String) -> String {
        String(decoding: s.utf8.map { ($0 >= 65 && $0 <= 90) ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// `actor` → `Actor`; an empty kind → `Node`.
    static func neo4jLabel(_ kind: String) -> String {
        let k = ExportID.name(ExportText.trim(kind))
        guard k != "_", let first = k.first else { return "Node" }
        return first.uppercased() + k.dropFirst()
    }

    static func text(_ value: AttributeValue?) -> String {
        switch value {
        case .string(let s)?: return ExportText.clean(s)
        case .int(let i)?: return String(i)
        case .double(let d)?: return GraphMLKeys.number(d)
        case nil: return ""
        }
    }
}

extension String {
    fileprivate func replacingColons() -> String {
        String(decoding: utf8.map { $0 == UInt8(ascii: ":") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }
}

/// RFC 4180 rows over UTF-8 bytes.
struct CSVOutput {
    private(set) var bytes: [UInt8] = []

    mutating func row(_ fields: [String]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            field(f)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    mutating func field(_ s: String) {
        let utf8 = s.utf8
        var needsQuotes = utf8.first == 0x20 || utf8.last == 0x20
        if !needsQuotes {
            for b in utf8 where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0D || b == 0x0A {
                needsQuotes = true
                break
            }
        }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for b in utf8 {
            if b == UInt8(ascii: "\"") { bytes.append(b) }
            bytes.append(b)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
