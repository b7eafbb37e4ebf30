import ArgumentParser
import Foundation
import KGBuildCore

/// `-o` and `--format`, shared by the commands that write a graph (`build`, `merge`).
struct GraphFileArguments: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output file; the format follows its extension. Standard output when omitted.")
    var output: String?

    @Option(name: .long, help: "Output format: \(ExporterRegistry.formatNames.joined(separator: ", ")) (default: from -o, else graphml).")
    var format: String?
}

/// `--view` and the filters, shared by the commands that write a graph (`build`, `merge`).
struct ViewArguments: ParsableArguments {
    @Option(name: .long, help: "Which graph to write: full (default), actors (actor-to-actor network), events (actors, places, events).")
    var view: String = "full"

    @Option(name: .long, help: "Only events of these types, comma-separated (e.g. arms_transfer,attack).")
    var types: String?

    @Option(name: .long, help: "Only events and claims dated on or after YYYY[-MM[-DD]].")
    var since: String?

    @Option(name: .long, help: "Only events and claims dated on or before YYYY[-MM[-DD]].")
    var until: String?

    @Option(name: .customLong("min-confidence"), help: "Only events with a confidence of at least X (0 to 1).")
    var minConfidence: Double?
}

/// The options a command that writes a graph shares (`build`, `merge`).
protocol GraphOutputOptions {
    var file: GraphFileArguments { get }
    var views: ViewArguments { get }
}

extension KGBuild: GraphOutputOptions {}

/// The view, filter and folder-output parts of the commands, kept apart from `main.swift`.
extension GraphOutputOptions {
    /// The `--view` value, or a usage error that lists the views.
    func viewKind() throws -> GraphViewKind {
        let name = views.view.trimmingCharacters(in: .whitespaces).lowercased()
        if let v = GraphViewKind(rawValue: name) { return v }
        var message = "--view '\(views.view)' is not a view; use one of: \(GraphViewKind.names.joined(separator: ", "))"
        if let close = GraphViewKind.names.first(where: { $0.hasPrefix(name) || name.hasPrefix($0) }), !name.isEmpty {
            message += " (did you mean '\(close)'?)"
        }
        throw ValidationError(message)
    }

    /// The filter from `--types`, `--since`, `--until`, `--min-confidence`; usage errors say what is valid.
    func graphFilter() throws -> GraphFilter {
        do { return try GraphFilter(types: views.types, since: views.since, until: views.until, minConfidence: views.minConfidence) } catch {
            throw ValidationError("\(error)")
        }
    }

    /// Checks the view options and that folder formats (CSV) get a folder.
    func validateViewOptions() throws {
        _ = try viewKind()
        _ = try graphFilter()
        if file.output == nil || file.output == "-",
           let t = try? ExporterRegistry.exporter(format: file.format, path: nil), t is any MultiFileGraphExporter.Type {
            throw ValidationError("--format \(t.formatName) writes \(t.formatName == "csv" ? "nodes.csv and edges.csv" : "several files") into a folder: add -o DIR")
        }
    }

    /// The requested view of `graph`, after checking `--types` against the ontology.
    func selectView(_ graph: KnowledgeGraph, ontology: Ontology) throws -> KnowledgeGraph {
        let filter = try graphFilter()
        do { try filter.validateTypes(known: ontology.eventTypes.map(\.type)) } catch {
            throw ValidationError("\(error)")
        }
        let kind = try viewKind()
        // the built graph is the full view, its shared pairs labelled: nothing to derive
        if kind == .full && filter == GraphFilter() { return graph }
        return GraphView.derive(graph, view: kind, filter: filter)
    }

    /// Like `AtomicFileWriter.checkWritable`, but a folder format gets its folder (created when
    /// missing, parent must exist) and a probe of its first file.
    static func checkOutput(_ path: String, as exporter: any GraphExporter.Type) throws {
        guard exporter is any MultiFileGraphExporter.Type else { return try AtomicFileWriter.checkWritable(path: path) }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if mkdir(path, 0o777) != 0 { throw FileWriteError(path: path, operation: "create folder", code: errno) }
        } else if !isDirectory.boolValue {
            throw FileWriteError(path: path, operation: "use as output folder", code: ENOTDIR)
        }
        try AtomicFileWriter.checkWritable(path: (path.hasSuffix("/") ? String(path.dropLast()) : path) + "/nodes.csv")
    }
}
