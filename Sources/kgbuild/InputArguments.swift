import ArgumentParser
import KGBuildCore

/// The articles to read, shared by `build` and `extract`: files, folders (recursively) or `-`, and the
/// globs that choose files inside folders.
struct InputArguments: ParsableArguments {
    @Argument(help: "Files or folders to read (folders recursively), or - for standard input.")
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("In folders, read only files whose relative path or name matches this glob (any extension then); repeatable.", valueName: "glob"))
    var include: [String] = []

    @Option(name: .long, help: ArgumentHelp("In folders, skip files and folders whose relative path or name matches this glob; repeatable.", valueName: "glob"))
    var exclude: [String] = []

    var filter: InputFilter { InputFilter(include: include, exclude: exclude) }

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one input file or folder (or - for standard input)") }
    }
}
