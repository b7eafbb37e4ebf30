import ArgumentParser
import KGBuildCore

/// `kgbuild`: builds the graph by default; `kgbuild ontology check|list` looks after the ontology.
struct KGBuildTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kgbuild",
        abstract: "Build an event/claim knowledge graph from news articles.",
        discussion: """
        EXAMPLES:
          kgbuild seeds/ -o graph.graphml                  # open in Gephi
          kgbuild seeds/ --format dot | dot -Tsvg > g.svg  # graphviz
          kgbuild articles.jsonl -o graph.json             # for scripts
          kgbuild ontology check my-ontology/              # validate your additions

        A folder literally named "build" or "ontology" is read as ./build or ./ontology.
        """,
        version: "kgbuild 0.2.0",
        subcommands: [KGBuild.self, ExtractCommand.self, MergeCommand.self, OntologyCommand.self],
        defaultSubcommand: KGBuild.self
    )
}

MallocTuning.apply()
CrashGuard.install()
Supervisor.superviseIfBuild()   // in the parent: does not return
Ontology.startLoadingBuiltIn()
KGBuildTool.main()
