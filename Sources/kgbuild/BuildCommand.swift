import ArgumentParser
import Foundation
import KGBuildCore
import KGBuildCache

/// `kgbuild build` (the default command): folders of news in, an event/claim knowledge graph out.
struct KGBuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build an event/claim knowledge graph from news articles (the default command).",
        discussion: """
        Reads plain-text files (several articles per file are split), JSON Lines and JSON records (title, text, \
        date, source, url, id), saved web pages, RSS and Atom feeds, and folders of them, and writes who did what to whom, when, and who said so.

        EXAMPLES:
          kgbuild seeds/ -o graph.graphml                  # open in Gephi
          kgbuild seeds/ --format dot | dot -Tsvg > g.svg  # graphviz
          kgbuild articles.jsonl -o graph.json             # for scripts
          cat story.txt | kgbuild - --format dot

        EXIT STATUS: 0 when at least one article was read; 1 when nothing could be read; \
        64 for usage errors; 65 for an invalid ontology; 73 when the output cannot be written.
        """
    )

    @OptionGroup var input: InputArguments

    @OptionGroup var file: GraphFileArguments

    @Option(name: .long, help: "Read the ontology from this folder instead of the built-in copy.")
    var ontology: String?

    @Option(name: .shortAndLong, help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "No progress bar and no summary line on standard error.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Folder of the extraction cache (default: $XDG_CACHE_HOME/kgbuild or ~/.cache/kgbuild); safe to move or delete.", valueName: "dir"))
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Analyse every article; neither read nor write the cache.")
    var noCache = false

    @Flag(name: .customLong("unnamed-sources"), help: "Keep claims whose speaker is unnamed (\"a Western diplomat said\") as claims of one 'unnamed source' actor.")
    var unnamedSources = false

    @OptionGroup(title: "Views and filters")
    var views: ViewArguments

    func validate() throws {
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
        try validateViewOptions()
    }

    func run() throws {
        let started = Date()
        let target = try GraphOutput(file)
        let onto = try GraphOutput.loadOntology(ontology)
        var pipeline = Pipeline(ontology: onto)
        pipeline.includeUnnamedSources = unnamedSources
        var problems: [IngestProblem] = []
        let extractionCache = noCache ? nil : KGBuild.openCache(cache, ontology: onto, unnamedSources: unnamedSources)
        let bar = ProgressBar.forStandardError(quiet: quiet)
        var report: (@Sendable (RunProgress) -> Void)? = nil
        if let bar { report = { p in bar.update(p) } }
        let store: (any ExtractionStore)? = extractionCache
        let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let timer = PhaseTimer()
        var run = pipeline.run(input.inputs, filter: input.filter, jobs: threads,
                               cache: store, progress: report, problems: &problems)
        GraphOutput.abandon(pipeline)
        // (with the timings: how often a dateline's guessed year was not the corpus's, see RunOutput.reanalysed)
        timer.lap(run.reanalysed > 0 ? "read, analyse and merge (\(run.reanalysed) analysed again for another year)" : "read, analyse and merge")
        bar?.finish()
        GraphOutput.report(problems)
        if run.articles == 0 { throw GraphOutput.fail("no article could be read", 1) }
        let graph = try selectView(run.graph, ontology: onto)
        run.graph = KnowledgeGraph()   // one copy of the graph is enough
        timer.lap("view")
        try target.write(graph, jobs: threads)
        timer.lap("export and write")
        if !quiet {
            let events = run.eventsByType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let actors = graph.nodes.filter { $0.kind == "actor" }.count
            let secs = String(format: "%.2f", Date().timeIntervalSince(started))
            let cached = run.fromCache > 0 ? " (\(run.fromCache) from the cache)" : ""
            FileHandle.standardError.write(Data("kgbuild: \(run.articles) articles\(cached); events: \(events.isEmpty ? "none" : events); \(run.claims) claims; \(actors) actors; \(secs) s\n".utf8))
        }
        GraphOutput.abandon(graph)
    }
}

