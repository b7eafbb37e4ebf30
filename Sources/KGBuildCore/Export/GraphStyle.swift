/// Presentation shared by the GraphML (Gephi's r/g/b/size/weight) and DOT writers: colour by node
/// kind (events by event type), node size by importance, edge weight, DOT shape by kind.
/// Everything is a pure function of the graph: no randomness, no Swift `Hasher`.

/// A colour with 0...255 channels.
public struct RGB: Sendable, Hashable, CustomStringConvertible {
    public var r: Int
    public var g: Int
    public var b: Int

    public init(_ r: Int, _ g: Int, _ b: Int) {
        self.r = max(0, min(255, r))
        self.g = max(0, min(255, g))
        self.b = max(0, min(255, b))
    }

    /// `#rrggbb`, lower case.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var s = "#"
        for c in [r, g, b] {
            s.append(digits[c >> 4])
            s.append(digits[c & 15])
        }
        return s
    }

    /// Relative luminance in 0...1 (sRGB weights, no gamma: good enough to pick a text colour).
    public var luminance: Double {
        (0.2126 * Double(r) + 0.7152 * Double(g) + 0.0722 * Double(b)) / 255
    }

    public var description: String { hex }
}

/// A Graphviz node shape and the `style` that goes with it.
public struct DOTNodeShape: Sendable, Hashable {
    public var shape: String
    public var style: String

    public init(shape: String, style: String = "filled") {
        self.shape = shape
        self.style = style
    }
}

/// Colours, sizes and weights for one graph, index-aligned with its nodes and edges.
public struct GraphStyle: Sendable {
    /// The node kinds of the graph contract, in legend order.
    public static let kinds = ["article", "actor", "place", "event", "claim"]

    public let nodeColors: [RGB]
    public let nodeSizes: [Double]
    public let edgeWeights: [Double]
    /// Number of edges touching each node (a self-loop counts twice).
    public let degrees: [Int]
    /// Number of distinct articles each node is `reported_in` (meaningful for events and claims).
    public let reportCounts: [Int]

    /// Computes the style of every node and edge. Edge endpoints are matched to the first node
    /// with that id; an endpoint naming no node becomes an implicit node as in `ExportLayout`, so the
    /// arrays may run past `graph.nodes` (the graph's own nodes keep their indexes).
    public init(_ graph: KnowledgeGraph) {
        self.init(ExportLayout(graph))
    }

    /// The style of a laid-out graph (its endpoints already resolved to node indexes), the per-node
    /// and per-edge lookups done on up to `jobs` threads.
    init(_ layout: ExportLayout, jobs: Int = 1) {
        let graph = layout.graph
        // Only each element's attributes are read (copying a whole node or edge retains all its strings).
        let nodes = graph.nodes, edges = graph.edges
        let nodeInfo = ParallelChunks.each(nodes.count, jobs: jobs) { i -> (kind: String, color: RGB) in
            let a = nodes[i].attributes
            let kind = a["kind"]?.text ?? ""
            // (only an event's colour depends on its type: looking it up walked every name of the others)
            return (kind, GraphStyle.color(kind: kind, type: kind == "event" ? a["type"]?.text : nil))
        }
        let edgeInfo = ParallelChunks.each(edges.count, jobs: jobs, state: { AttributesMemo<(isReport: Bool, weight: Double)>() }) {
            memo, i -> (isReport: Bool, weight: Double) in
            let a = edges[i].attributes
            if let known = memo[a] { return known }
            let info = (isReport: a["role"] == .string("reported_in"), weight: GraphStyle.edgeWeight(attributes: a))
            memo[a] = info
            return info
        }
        // Degrees and (node, article) pairs of `reported_in` edges, counted on every thread over its own part
        // of the edges (counts of its own, summed after); the pairs counted once each after sorting: no set per
        // node. This pass ran on one thread between the parallel ones, most of the style's time on two cores.
        let nodeCount = graph.nodes.count
        let sources = layout.sources, targets = layout.targets
        let parts = ParallelChunks.map(count: edges.count, jobs: jobs, minimumChunk: max(2_048, edges.count / max(1, jobs))) {
            range -> (degrees: [Int32], reports: [UInt64]) in
            var degrees = [Int32](repeating: 0, count: nodeCount)
            var reports: [UInt64] = []
            for i in range {
                let s = sources[i], t = targets[i]
                degrees[s] += 1
                degrees[t] += 1
                if edgeInfo[i].isReport {
                    // Direction is free: whichever end is the article counts as the reporter.
                    if nodeInfo[t].kind == "article" { reports.append(UInt64(s) << 32 | UInt64(t)) }
                    if nodeInfo[s].kind == "article" { reports.append(UInt64(t) << 32 | UInt64(s)) }
                }
            }
            return (degrees, reports)
        }
        var degrees = [Int](repeating: 0, count: nodeCount)
        for part in parts {
            part.degrees.withUnsafeBufferPointer { d in for i in d.indices { degrees[i] += Int(d[i]) } }
        }
        var reports = parts.count == 1 ? parts[0].reports : parts.flatMap(\.reports)
        reports.sort()
        var reportCounts = [Int](repeating: 0, count: nodeCount)
        for (k, pair) in reports.enumerated() where k == 0 || reports[k - 1] != pair {
            reportCounts[Int(pair >> 32)] += 1
        }
        self.degrees = degrees
        self.reportCounts = reportCounts
        self.nodeColors = nodeInfo.map(\.color)
        let degreeList = degrees, reportList = reportCounts
        self.nodeSizes = ParallelChunks.each(nodeInfo.count, jobs: jobs) { i in
            GraphStyle.nodeSize(kind: nodeInfo[i].kind, degree: degreeList[i], reportCount: reportList[i])
        }
        self.edgeWeights = edgeInfo.map(\.weight)
    }

    // MARK: colour

    /// Fixed colours per kind (a Tableau-like palette) and per known event type (other types get
    /// `hashedColor(type)`), as lists that `color` walks: every node of a big graph asks, and comparing a
    /// handful of short names costs less than hashing one.
    private static let kindPalette: [(String, RGB)] = [
        ("article", RGB(127, 127, 127)),
        ("actor", RGB(31, 119, 180)),
        ("place", RGB(44, 160, 44)),
        ("event", RGB(255, 187, 120)),
        ("claim", RGB(148, 103, 189)),
    ]
    private static let eventTypePalette: [(String, RGB)] = [
        ("arms_transfer", RGB(214, 39, 40)),
        ("attack", RGB(255, 127, 14)),
        ("attack_thwarted", RGB(188, 189, 34)),
        ("talks_stalled", RGB(140, 86, 75)),
        ("seizure", RGB(227, 119, 194)),
        ("meeting", RGB(23, 190, 207)),
        ("accusation", RGB(255, 152, 150)),
        ("criticism", RGB(196, 156, 148)),
        ("military_cooperation", RGB(152, 223, 138)),
        ("funding", RGB(219, 219, 141)),
        ("pledge", RGB(158, 218, 229)),
        ("peacekeeping", RGB(174, 199, 232)),
        ("legislation", RGB(197, 176, 213)),
    ]

    /// The colour of a node of `kind`; for events, of event `type` when it has one.
    public static func color(kind: String, type: String?) -> RGB {
        if kind == "event", let type, !type.isEmpty {
            return find(type, in: eventTypePalette) ?? hashedColor(type)
        }
        if let c = find(kind, in: kindPalette) { return c }
        return kind.isEmpty ? RGB(190, 190, 190) : hashedColor(kind)
    }

    private static func find(_ name: String, in palette: [(String, RGB)]) -> RGB? {
        for (n, c) in palette where n == name { return c }
        return nil
    }

    /// 64-bit FNV-1a over the UTF-8 bytes: stable across runs, machines and Swift versions.
    public static func fnv1a(_ s: String) -> UInt64 { exactFNV(s) }

    /// A mid-saturation colour whose hue comes from the FNV-1a hash of `name`.
    public static func hashedColor(_ name: String) -> RGB {
        let h = fnv1a(name)
        let hue = Double(h % 360) / 60            // 0..<6
        let s = 0.55 + Double((h >> 16) % 16) / 100  // 0.55...0.70
        let v = 0.80 + Double((h >> 24) % 11) / 100  // 0.80...0.90
        let c = v * s
        let x = c * (1 - abs(hue.truncatingRemainder(dividingBy: 2) - 1))
        let m = v - c
        let (r, g, b): (Double, Double, Double)
        switch Int(hue) {
        case 0: (r, g, b) = (c, x, 0)
        case 1: (r, g, b) = (x, c, 0)
        case 2: (r, g, b) = (0, c, x)
        case 3: (r, g, b) = (0, x, c)
        case 4: (r, g, b) = (x, 0, c)
        default: (r, g, b) = (c, 0, x)
        }
        return RGB(Int(((r + m) * 255).rounded()), Int(((g + m) * 255).rounded()), Int(((b + m) * 255).rounded()))
    }

    /// Black on light fills, white on dark ones.
    public static func textColor(on fill: RGB) -> RGB {
        fill.luminance < 0.45 ? RGB(255, 255, 255) : RGB(0, 0, 0)
    }

    // MARK: size and weight

    /// Gephi-style size: actors and places (and unknown kinds) grow with their degree, events
    /// with the number of articles reporting them; articles and claims are fixed.
    public static func nodeSize(kind: String, degree: Int, reportCount: Int) -> Double {
        switch kind {
        case "article": return 14
        case "claim": return 10
        case "event": return 12 + 6 * Double(max(0, reportCount)).squareRoot()
        default: return 10 + 4 * Double(max(0, degree)).squareRoot()
        }
    }

    /// The edge's `weight` attribute when it is a positive finite number, else 1.0: never 0
    /// (Gephi drops edges of weight 0) and never negative or NaN.
    public static func edgeWeight(_ edge: Edge) -> Double { edgeWeight(attributes: edge.attributes) }

    static func edgeWeight(attributes: Attributes) -> Double {
        let w: Double?
        switch attributes["weight"] {
        case .double(let d)?: w = d
        case .int(let i)?: w = Double(i)
        case .string(let s)?: w = Double(ExportText.trim(s))
        case nil: w = nil
        }
        if let w, w.isFinite, w > 0 { return w }
        return 1.0
    }

    // MARK: DOT shapes

    public static func dotShape(for node: Node) -> DOTNodeShape {
        dotShape(kind: node.kind, type: node["type"])
    }

    public static func dotShape(kind: String, type: String?) -> DOTNodeShape {
        switch kind {
        case "article": return DOTNodeShape(shape: "note")
        case "place": return DOTNodeShape(shape: "house")
        case "event": return DOTNodeShape(shape: "diamond")
        case "claim": return DOTNodeShape(shape: "box", style: "rounded,filled")
        case "actor":
            switch type ?? "" {
            case "country": return DOTNodeShape(shape: "doubleoctagon")
            case "organization": return DOTNodeShape(shape: "box")
            case "government": return DOTNodeShape(shape: "octagon")
            case "armed_group": return DOTNodeShape(shape: "hexagon")
            case "media": return DOTNodeShape(shape: "tab")
            default: return DOTNodeShape(shape: "ellipse")   // person, group, unknown
            }
        default: return DOTNodeShape(shape: "ellipse")
        }
    }
}
