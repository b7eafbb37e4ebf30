/// One output format. Each exporter lives in its own file and turns the whole graph into bytes;
/// writing them (atomically) is the caller's job.
public protocol GraphExporter: Sendable {
    /// The name used by `--format`.
    static var formatName: String { get }
    /// File extensions (lower case, without the dot) that select this format from `-o`.
    static var fileExtensions: [String] { get }
    init()
    func export(_ graph: KnowledgeGraph) throws -> [UInt8]
}
