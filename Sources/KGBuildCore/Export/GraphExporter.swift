/// One output format. Each exporter lives in its own file and turns the whole graph into bytes;
/// writing them (atomically) is the caller's job.
public protocol GraphExporter: Sendable {
    /// The name used by `--format`.
    static var formatName: String { get }
    /// File extensions (lower case, without the dot) that select this format from `-o`.
    static var fileExtensions: [String] { get }
    init()
    func export(_ graph: KnowledgeGraph) throws -> [UInt8]
    /// The same bytes handed to `sink` piece by piece, in order, built on up to `jobs` threads: a big
    /// graph's file is never held whole in memory. The default hands over `export` in one piece.
    func export(_ graph: KnowledgeGraph, jobs: Int, to sink: ([UInt8]) throws -> Void) throws
}

extension GraphExporter {
    public func export(_ graph: KnowledgeGraph, jobs: Int, to sink: ([UInt8]) throws -> Void) throws {
        try sink(export(graph))
    }
}

/// A format that writes several files into a folder (`-o DIR`), e.g. CSV's nodes and edges tables.
public protocol MultiFileGraphExporter: GraphExporter {
    /// File names (no folders) and their contents, in a fixed order.
    func exportFiles(_ graph: KnowledgeGraph) throws -> [(name: String, bytes: [UInt8])]
}

extension MultiFileGraphExporter {
    /// Writes every file into `directory` (which must exist), each one atomically.
    public func write(_ graph: KnowledgeGraph, toDirectory directory: String) throws {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        for file in try exportFiles(graph) {
            try AtomicFileWriter.write(file.bytes, to: (base.isEmpty ? "/" : base + "/") + file.name)
        }
    }
}
