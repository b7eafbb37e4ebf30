/// Node-link JSON in the shape of NetworkX's `node_link_data` (read it back with
/// `networkx.node_link_graph(data, edges="links")`):
///
///     {"directed": true, "graph": {}, "links": [{"id": ..., "key": 0, "source": ..., "target": ..., attrs...}],
///      "multigraph": true, "nodes": [{"id": ..., attrs...}]}
///
/// Object keys are sorted (by UTF-8 bytes), one node or link per line; ids are the graph's own
/// (JSON can carry any string). `key` numbers parallel edges per (source, target) from 0, as
/// NetworkX does. Strings are kept as they are (control characters escaped, not removed): this is
/// the lossless format. Non-finite doubles become `null`. An attribute whose name collides with a
/// structural field (`id`, and `source`, `target`, `key` on links) is written with a `_` suffix.
public struct JSONWriter: GraphExporter {
    public static let formatName = "json"
    public static let fileExtensions = ["json"]

    public init() {}

    public func export(_ graph: KnowledgeGraph) throws -> [UInt8] {
        let layout = ExportLayout(graph)
        let g = layout.graph
        var out = JSONOutput()
        out.raw("{\n  \"directed\": true,\n  \"graph\": {},\n  \"links\": [")

        var pairCounts: [PairKey: Int] = [:]
        for (i, edge) in g.edges.enumerated() {
            let pair = PairKey(source: layout.sources[i], target: layout.targets[i])
            let key = pairCounts[pair, default: 0]
            pairCounts[pair] = key + 1
            var fields: [(String, JSONValue)] = [
                ("id", .string(edge.id)),
                ("key", .int(key)),
                ("source", .string(edge.source)),
                ("target", .string(edge.target)),
            ]
            fields += JSONWriter.attributeFields(edge.attributes, reserved: ["id", "key", "source", "target"])
            out.raw(i == 0 ? "\n    " : ",\n    ")
            out.object(fields)
        }
        out.raw(g.edges.isEmpty ? "],\n" : "\n  ],\n")
        out.raw("  \"multigraph\": true,\n  \"nodes\": [")
        for (i, node) in g.nodes.enumerated() {
            var fields: [(String, JSONValue)] = [("id", .string(node.id))]
            fields += JSONWriter.attributeFields(node.attributes, reserved: ["id"])
            out.raw(i == 0 ? "\n    " : ",\n    ")
            out.object(fields)
        }
        out.raw(g.nodes.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return out.bytes
    }

    private struct PairKey: Hashable {
        var source: Int
        var target: Int
    }

    /// The attributes as JSON fields, renaming the ones that collide with structural fields.
    static func attributeFields(_ attributes: Attributes, reserved: Set<String>) -> [(String, JSONValue)] {
        var taken = reserved
        var fields: [(String, JSONValue)] = []
        // Plain names first so a renamed `id` → `id_` never steals the name of a real `id_`.
        let names = attributes.keys.sorted(by: ExportText.byteOrder)
        for name in names where !reserved.contains(name) { taken.insert(name) }
        for name in names {
            var key = name
            if reserved.contains(name) {
                key = name + "_"
                while taken.contains(key) { key += "_" }
                taken.insert(key)
            }
            fields.append((key, JSONValue(attributes[name]!)))
        }
        return fields
    }
}

enum JSONValue {
    case string(String)
    case int(Int)
    case double(Double)

    init(_ v: AttributeValue) {
        switch v {
        case .string(let s): self = .string(s)
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        }
    }
}

/// A tiny deterministic JSON emitter over UTF-8 bytes.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    /// `{"k": v, ...}` on one line, keys sorted by UTF-8 bytes.
    mutating func object(_ fields: [(String, JSONValue)]) {
        bytes.append(UInt8(ascii: "{"))
        for (i, f) in fields.sorted(by: { ExportText.byteOrder($0.0, $1.0) }).enumerated() {
            if i > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
            string(f.0)
            bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
            value(f.1)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func value(_ v: JSONValue) {
        switch v {
        case .string(let s): string(s)
        case .int(let i): raw(String(i))
        case .double(let d): raw(d.isFinite ? AttributeValue.format(d) : "null")
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`, ... or `\u00XX`,
    /// U+2028/U+2029 as `\u2028`/`\u2029` (JavaScript-safe); everything else as UTF-8.
    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var previous2: UInt8 = 0
        var previous1: UInt8 = 0
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(JSONOutput.hex[Int(b >> 4)])
                bytes.append(JSONOutput.hex[Int(b & 15)])
            case 0xA8...0xA9 where previous2 == 0xE2 && previous1 == 0x80:
                // U+2028 / U+2029 (E2 80 A8 / E2 80 A9): replace the two bytes already written.
                bytes.removeLast(2)
                bytes.append(contentsOf: Array((b == 0xA8 ? "\\u2028" : "\\u2029").utf8))
            default:
                bytes.append(b)
            }
            previous2 = previous1
            previous1 = b
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
