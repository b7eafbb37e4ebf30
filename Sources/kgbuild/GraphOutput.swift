import ArgumentParser
import Foundation
import KGBuildCore

/// What `build` and `merge` share around the graph: the output chosen by `-o`/`--format` and checked
/// before any work, the ontology, and the atomic write at the end; each failure with its exit status.
struct GraphOutput {
    let exporter: any GraphExporter.Type
    /// nil: standard output.
    let path: String?

    init(_ file: GraphFileArguments) throws {
        let path = file.output == "-" ? nil : file.output
        do { exporter = try ExporterRegistry.exporter(format: file.format, path: path) } catch {
            throw ValidationError("\(error)")
        }
        if let out = path {
            do { try KGBuild.checkOutput(out, as: exporter) } catch { throw GraphOutput.fail("\(error)", 73) }
        }
        self.path = path
    }

    static func loadOntology(_ directory: String?) throws -> Ontology {
        do { return try Ontology.load(directory: directory) } catch { throw fail("ontology: \(error)", 65) }
    }

    /// `jobs` threads build the bytes (formats that can split their work do).
    /// A folder format (`-o DIR`) writes each of its files into the folder.
    func write(_ graph: KnowledgeGraph, jobs: Int) throws {
        let writer = exporter.init()
        guard let out = path else {
            try writer.export(graph, jobs: jobs) { FileHandle.standardOutput.write(Data($0)) }
            return
        }
        do {
            if let folder = writer as? any MultiFileGraphExporter {
                try folder.write(graph, toDirectory: out)
            } else {
                try writer.write(graph, to: out, jobs: jobs)
            }
        } catch let e as GraphExportError {
            throw e
        } catch {
            throw GraphOutput.fail("\(error)", 73)
        }
    }

    /// A big graph is millions of small allocations; freeing them one by one when the command returns
    /// took seconds at the end of a large run and gives nothing back to anyone, since the process ends
    /// right after. So a command that is done with its graph leaves it allocated; likewise the pipeline
    /// (its lexicon's tries and the ontology: 9.5 M instructions to free, on the main thread before the export).
    static func abandon<T>(_ value: T) {
        _ = Unmanaged.passRetained(Abandoned(value))
    }

    private final class Abandoned<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }

    static func report(_ problems: [IngestProblem]) {
        for p in problems { FileHandle.standardError.write(Data("kgbuild: skipped \(p)\n".utf8)) }
    }

    static func fail(_ message: String, _ status: Int32) -> ExitCode {
        FileHandle.standardError.write(Data("kgbuild: \(message)\n".utf8))
        return ExitCode(status)
    }
}
