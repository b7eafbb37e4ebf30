/// A typed property graph: what every exporter reads.
///
/// Attribute maps (`Attributes`) keep their names in the order they were set; exporters sort the names,
/// so no output depends on that order or on hashing.
public struct KnowledgeGraph: Sendable, Equatable {
    public var nodes: [Node]
    public var edges: [Edge]
    /// Index into `nodes` of each edge's source and target (two per edge), as `GraphBuilder` knows them:
    /// saves the exporters a string lookup per edge end on big graphs. Only a hint: exporters check it
    /// against the ids (cheap, the strings are shared) and ignore it when the graph was changed since.
    var endpointHint: [Int32]? = nil

    public init(nodes: [Node] = [], edges: [Edge] = []) {
        self.nodes = nodes
        self.edges = edges
    }

    public static func == (a: KnowledgeGraph, b: KnowledgeGraph) -> Bool {
        a.nodes == b.nodes && a.edges == b.edges
    }
}

/// The value of one attribute; its case decides the GraphML `attr.type`.
public enum AttributeValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)

    public var text: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return AttributeValue.format(d)
        }
    }

    /// Shortest round-trip text, locale-free, so files are byte-identical across machines.
    static func format(_ d: Double) -> String {
        if isWhole(d) { return String(Int(d)) + ".0" }
        return "\(d)"
    }

    /// Written as digits and ".0" (an `Int` holds it exactly).
    static func isWhole(_ d: Double) -> Bool { d.isFinite && d == d.rounded() && abs(d) < 1e15 }
}

public struct Node: Sendable, Equatable {
    public var id: String
    public var attributes: Attributes

    public init(id: String, attributes: Attributes) {
        self.id = id
        self.attributes = attributes
    }

    public subscript(_ key: String) -> String? { attributes[key]?.text }
    public var kind: String { self["kind"] ?? "" }
    public var label: String { self["label"] ?? id }
}

public struct Edge: Sendable, Equatable {
    public var id: String
    public var source: String
    public var target: String
    public var attributes: Attributes

    public init(id: String, source: String, target: String, attributes: Attributes) {
        self.id = id
        self.source = source
        self.target = target
        self.attributes = attributes
    }

    public subscript(_ key: String) -> String? { attributes[key]?.text }
    public var role: String { self["role"] ?? "" }
}
