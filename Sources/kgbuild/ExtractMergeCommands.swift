import ArgumentParser
import Foundation
import KGBuildCore

/// `kgbuild extract`: the map step. One JSON line per article, a pure function of the article and the
/// ontology, so any number of workers can run it on any split of the input (see README, "Past one machine").
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write one JSON line per article: its metadata, actors, mentions, events and claims (the map step).",
        discussion: """
        The lines can be split, shuffled and concatenated at will: 'kgbuild merge' turns any set of them into \
        the graph 'kgbuild INPUT' builds, byte for byte.

        EXAMPLES:
          kgbuild extract seeds/ -o seeds.extract.jsonl
          kgbuild extract articles.jsonl | kgbuild merge - -o graph.graphml
          # what Spark pipes in: 'LINE<TAB>record', LINE the record's line number in corpus.jsonl
          kgbuild extract --numbered --stdin-path corpus.jsonl -

        EXIT STATUS: 0 when every input was read or standard input was empty; 1 when nothing could be read; \
        64 for usage errors; 65 for an invalid ontology; 73 when the output cannot be written.
        """
    )

    @OptionGroup var input: InputArguments

    @Option(name: .shortAndLong, help: "Output file (written atomically). Standard output when omitted.")
    var output: String?

    @Option(name: .long, help: "Read the ontology from this folder instead of the built-in copy.")
    var ontology: String?

    @Option(name: .shortAndLong, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(name: .customLong("unnamed-sources"), help: "Keep claims whose speaker is unnamed (as in 'kgbuild build').")
    var unnamedSources = false

    @Option(name: .customLong("stdin-path"), help: ArgumentHelp("The file name standard input stands for (its format, article ids and paths); default '-'.", valueName: "name"))
    var stdinPath: String?

    @Flag(name: .long, help: "Standard input is numbered JSON Lines: 'LINE<TAB>record' per line (what scale/kgbuild_spark.py pipes).")
    var numbered = false

    @Flag(name: .shortAndLong, help: "No summary line on standard error.")
    var quiet = false

    /// Articles analysed together: enough to keep every core busy, few enough to bound memory.
    static let batch = 512

    func validate() throws {
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
        if numbered && input.inputs != ["-"] { throw ValidationError("--numbered reads standard input only: use '-' as the one input") }
    }

    func run() throws {
        let started = Date()
        let onto: Ontology
        do { onto = try Ontology.load(directory: ontology) } catch {
            FileHandle.standardError.write(Data("kgbuild: ontology: \(error)\n".utf8))
            throw ExitCode(65)
        }
        var pipeline = Pipeline(ontology: onto)
        pipeline.includeUnnamedSources = unnamedSources
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let sink: LineSink
        do { sink = try LineSink(path: output == "-" ? nil : output) } catch {
            FileHandle.standardError.write(Data("kgbuild: \(error)\n".utf8))
            throw ExitCode(73)
        }
        var problems: [IngestProblem] = []
        var articles = 0
        var readSomething = false
        func emit(_ batch: [Article]) throws {
            for line in pipeline.extractLines(batch, jobs: jobs) { try sink.write(line) }
            articles += batch.count
        }
        do {
            if numbered {
                readSomething = true
                var reader = StdinLines()
                var batch: [Article] = []
                while let line = reader.next() {
                    if let a = pipeline.readNumbered(line: line, path: stdinPath ?? "-", problems: &problems) { batch.append(a) }
                    if batch.count == Self.batch { try emit(batch); batch = [] }
                }
                try emit(batch)
            } else {
                let files = InputFiles.collect(input.inputs, filter: input.filter, problems: &problems)
                let named = Set(input.inputs)
                for f in files {
                    let data: [UInt8]
                    if f == "-" {
                        data = Array(FileHandle.standardInput.readDataToEndOfFile())
                        // an empty split is normal when workers get the input in pieces
                        if data.isEmpty { readSomething = true; continue }
                    } else {
                        switch InputFiles.read(f, explicit: named.contains(f)) {
                        case .success(let d): data = d
                        case .failure(let p): problems.append(p); continue
                        }
                    }
                    let arts = pipeline.read(data: data, path: f == "-" ? (stdinPath ?? "-") : f, problems: &problems)
                    if !arts.isEmpty { readSomething = true }
                    for k in stride(from: 0, to: arts.count, by: Self.batch) { try emit(Array(arts[k..<min(arts.count, k + Self.batch)])) }
                }
            }
            try sink.finish()
            GraphOutput.abandon(pipeline)
        } catch {
            sink.abandon()
            FileHandle.standardError.write(Data("kgbuild: \(error)\n".utf8))
            throw ExitCode(73)
        }
        for p in problems { FileHandle.standardError.write(Data("kgbuild: skipped \(p)\n".utf8)) }
        if !readSomething {
            FileHandle.standardError.write(Data("kgbuild: no article could be read\n".utf8))
            throw ExitCode(1)
        }
        if !quiet {
            let secs = String(format: "%.2f", Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data("kgbuild extract: \(articles) articles; \(secs) s\n".utf8))
        }
    }
}

/// `kgbuild merge`: the reduce step. Extraction lines in any order and split, one graph out.
struct MergeCommand: ParsableCommand, GraphOutputOptions {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Build the graph from 'kgbuild extract' lines (the reduce step); same options and output as 'kgbuild build'.",
        discussion: """
        Reads extraction lines from files, folders (every file not starting with '.' or '_', so a Spark output \
        folder works as is) or standard input, in any order, and writes the graph 'kgbuild INPUT' would write \
        for the same articles, byte for byte. Memory grows with the graph, not with the input: the lines are \
        read twice and never held together.

        EXAMPLES:
          kgbuild extract seeds/ | kgbuild merge - -o graph.graphml
          kgbuild merge out/extract/ --view actors -o actors.gexf

        EXIT STATUS: 0 when at least one line was merged and the graph was written; 1 when no line could be \
        read; 64 for usage errors; 65 for an invalid ontology; 73 when the output cannot be written.
        """
    )

    @Argument(help: "Extraction files or folders, or - for standard input.")
    var inputs: [String]

    @OptionGroup var file: GraphFileArguments

    @Option(name: .long, help: "The ontology the lines were extracted with (default: the built-in copy).")
    var ontology: String?

    @Flag(name: .shortAndLong, help: "No summary line on standard error.")
    var quiet = false

    @OptionGroup(title: "Views and filters")
    var views: ViewArguments

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one extraction file or folder (or - for standard input)") }
        try validateViewOptions()
    }

    func run() throws {
        let started = Date()
        let target = try GraphOutput(file)
        let onto = try GraphOutput.loadOntology(ontology)
        var problems: [IngestProblem] = []
        let (merged, summary) = ExtractionMerger(ontology: onto).merge(inputs, problems: &problems)
        GraphOutput.report(problems)
        if summary.articles == 0 { throw GraphOutput.fail("no extraction line could be read", 1) }
        let graph = try selectView(merged, ontology: onto)
        try target.write(graph, jobs: ProcessInfo.processInfo.activeProcessorCount)
        if !quiet {
            let events = summary.eventsByType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let actors = graph.nodes.filter { $0.kind == "actor" }.count
            let secs = String(format: "%.2f", Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data("kgbuild merge: \(summary.articles) articles; events: \(events.isEmpty ? "none" : events); \(summary.claims) claims; \(actors) actors; \(secs) s\n".utf8))
        }
        GraphOutput.abandon(graph)
    }
}

/// Where extraction lines go: standard output, or a temporary file renamed over `path` at the end
/// (so a failed run leaves no half-written file).
final class LineSink {
    let handle: FileHandle
    let path: String?
    let temp: String?
    var buffer: [UInt8] = []

    struct WriteError: Error, CustomStringConvertible { var description: String }

    init(path: String?) throws {
        self.path = path
        if let p = path {
            let t = p + ".tmp-\(getpid())"
            guard FileManager.default.createFile(atPath: t, contents: nil), let h = FileHandle(forWritingAtPath: t) else {
                throw WriteError(description: "\(p): cannot write (\(String(cString: strerror(errno))))")
            }
            temp = t
            handle = h
        } else {
            temp = nil
            handle = FileHandle.standardOutput
        }
    }

    func write(_ line: [UInt8]) throws {
        buffer += line
        buffer.append(10)
        if buffer.count > 1 << 20 { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws {
        try flush()
        if let t = temp, let p = path {
            try handle.close()
            guard rename(t, p) == 0 else { throw WriteError(description: "\(p): cannot write (\(String(cString: strerror(errno))))") }
        }
    }

    func abandon() { if let t = temp { try? handle.close(); unlink(t) } }
}

/// Standard input line by line, without reading it all first.
struct StdinLines {
    var buffer: [UInt8] = []
    var start = 0
    var eof = false

    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 10) {
                defer { start = nl + 1 }
                return buffer[start..<nl]
            }
            if eof {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return buffer[start...]
            }
            buffer.removeSubrange(0..<start)
            start = 0
            let chunk = FileHandle.standardInput.availableData
            if chunk.isEmpty { eof = true } else { buffer += chunk }
        }
    }
}
