import ArgumentParser
import Foundation
import KGBuildCore

/// `kgbuild ontology`: the tool's knowledge, which users extend with their own YAML files.
struct OntologyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ontology",
        abstract: "Check or summarize the ontology (event types, lexicons, actors).",
        subcommands: [Check.self, List.self, Terms.self]
    )

    struct Check: ParsableCommand {
        // (each subcommand's name given: derived from the type's name, it cost ArgumentParser some two
        // million instructions per subcommand at every start, `kgbuild build` included)
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate the built-in ontology with the YAML files of DIR laid over it; print file:line: message for each problem.",
            discussion: "Exit status 0 when there is no error (warnings are printed but allowed), 65 otherwise."
        )

        @Argument(help: "A folder of YAML files to lay over the built-in ontology.")
        var directory: String?

        @Flag(name: .long, help: "Do not print warnings (aliases two actors share, merged duplicates).")
        var noWarnings = false

        func run() throws {
            let started = Date()
            let problems = Ontology.check(directory: directory)
            for p in problems where !(noWarnings && p.isWarning) { print(p) }
            let errors = problems.filter { !$0.isWarning }.count
            let ms = Int(Date().timeIntervalSince(started) * 1000)
            FileHandle.standardError.write(Data("kgbuild ontology check: \(errors) errors, \(problems.count - errors) warnings (\(ms) ms)\n".utf8))
            if errors > 0 { throw ExitCode(65) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Summarize the event types, actors and lexicons.")

        @Argument(help: "A folder of YAML files to lay over the built-in ontology.")
        var directory: String?

        func run() throws {
            do { print(try Ontology.load(directory: directory).summary()) } catch {
                FileHandle.standardError.write(Data("kgbuild: ontology: \(error)\n".utf8))
                throw ExitCode(65)
            }
        }
    }

    struct Terms: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "terms",
            abstract: "Print the trigger phrases and actor names and aliases, one a line (for scripts/bench.sh's grep reference).")

        @Argument(help: "A folder of YAML files to lay over the built-in ontology.")
        var directory: String?

        func run() throws {
            let onto: Ontology
            do { onto = try Ontology.load(directory: directory) } catch {
                FileHandle.standardError.write(Data("kgbuild: ontology: \(error)\n".utf8))
                throw ExitCode(65)
            }
            var terms = Set<String>()
            for t in onto.eventTypes { for trig in t.triggers { for p in trig.phrases { terms.insert(p) } } }
            for a in onto.actors {
                terms.insert(a.name)
                for x in a.aliases { terms.insert(x) }
            }
            let lines = terms.filter { !$0.isEmpty && !$0.contains("\n") }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            print(lines.joined(separator: "\n"))
        }
    }
}
